// SPDX-License-Identifier: MIT
#include "nangobasicauthform.h"

#include "nangosecretfield_p.h"

#include <NangoQt/NangoCredentialsValidator>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class NangoBasicAuthFormPrivate
{
public:
    QLineEdit *username = nullptr;
    std::unique_ptr<NangoSecretField> password;
};

NangoBasicAuthForm::NangoBasicAuthForm(NangoAuth *auth, QWidget *parent)
    : NangoCredentialsForm(auth, parent)
    , d(new NangoBasicAuthFormPrivate)
{
    setObjectName(QStringLiteral("NangoBasicAuthForm"));
    setAccessibleName(tr("User name and password"));
    d->username = new QLineEdit(this);
    d->username->setObjectName(QStringLiteral("usernameEdit"));
    d->username->setAccessibleName(tr("User name"));
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(d->username);
    fieldsLayout()->addRow(userLabel, d->username);
    d->password.reset(new NangoSecretField(this, QStringLiteral("passwordEdit"), tr("Password")));
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(d->password->edit);
    fieldsLayout()->addRow(passwordLabel, d->password->container);
    connect(d->username, &QLineEdit::returnPressed, this, &NangoBasicAuthForm::submit);
    connect(d->password->edit, &QLineEdit::returnPressed, this, &NangoBasicAuthForm::submit);
    setTabOrder(d->username, d->password->edit);
    setTabOrder(d->password->edit, d->password->show);
    setTabOrder(d->password->show, submitButton());
}

NangoBasicAuthForm::~NangoBasicAuthForm() = default;

void NangoBasicAuthForm::submit()
{
    if (!accept(NangoCredentialsValidator::checkUsername(d->username->text()), d->username)
        || !accept(NangoCredentialsValidator::checkPassword(d->password->edit->text()), d->password->edit))
        return;
    NangoAuthOptions options;
    options.setUsername(d->username->text());
    options.setPassword(d->password->edit->text());
    run(options);
}
