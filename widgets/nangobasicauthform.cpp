// SPDX-License-Identifier: MIT
#include "nangobasicauthform.h"

#include "nangosecretfield_p.h"

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
    : NangoCredentialsForm(NangoAuthMode::Basic, auth, parent)
    , d(new NangoBasicAuthFormPrivate)
{
    setObjectName(QStringLiteral("NangoBasicAuthForm"));
    setAccessibleName(tr("User name and password"));
    d->username = new QLineEdit(this);
    d->username->setObjectName(QStringLiteral("usernameEdit"));
    d->username->setAccessibleName(tr("User name"));
    addField(QStringLiteral("username"), new QLabel(tr("&User name:"), this), d->username);
    d->password.reset(new NangoSecretField(this, QStringLiteral("passwordEdit"), tr("Password")));
    addField(QStringLiteral("password"), new QLabel(tr("&Password:"), this), d->password->edit, d->password->container);
    setTabOrder(d->username, d->password->edit);
    setTabOrder(d->password->edit, d->password->show);
    setTabOrder(d->password->show, submitButton());
}

NangoBasicAuthForm::~NangoBasicAuthForm() = default;
