// SPDX-License-Identifier: MIT
#include "nangobasicauthform.h"

#include "nangoformpart_p.h"
#include "nangosecretfield_p.h"

#include <NangoQt/NangoCredentialsValidator>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

class NangoBasicAuthFormPrivate
{
public:
    NangoFormPart *part = nullptr;
    QLineEdit *username = nullptr;
    NangoSecretField *password = nullptr;
    ~NangoBasicAuthFormPrivate() { delete password; }
};

NangoBasicAuthForm::NangoBasicAuthForm(NangoAuth *auth, QWidget *parent)
    : QWidget(parent)
    , d(new NangoBasicAuthFormPrivate)
{
    setObjectName(QStringLiteral("NangoBasicAuthForm"));
    setAccessibleName(tr("User name and password"));
    auto *layout = new QVBoxLayout(this);
    auto *fields = new QFormLayout;
    layout->addLayout(fields);
    d->username = new QLineEdit(this);
    d->username->setObjectName(QStringLiteral("usernameEdit"));
    d->username->setAccessibleName(tr("User name"));
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(d->username);
    fields->addRow(userLabel, d->username);
    d->password = new NangoSecretField(this, QStringLiteral("passwordEdit"), tr("Password"));
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(d->password->edit);
    fields->addRow(passwordLabel, d->password->container);
    d->part = new NangoFormPart(this, layout);
    d->part->auth = auth;
    connect(d->username, &QLineEdit::returnPressed, this, &NangoBasicAuthForm::submit);
    connect(d->password->edit, &QLineEdit::returnPressed, this, &NangoBasicAuthForm::submit);
    connect(d->part, &NangoFormPart::succeeded, this, &NangoBasicAuthForm::succeeded);
    connect(d->part, &NangoFormPart::failed, this, [this](const QString &type, const QString &message) {
        Q_EMIT errorTextChanged();
        Q_EMIT failed(type, message);
    });
    connect(d->part, &NangoFormPart::busyChanged, this, &NangoBasicAuthForm::busyChanged);
    connect(d->part->submitButton(), &QPushButton::clicked, this, &NangoBasicAuthForm::submit);
    setTabOrder(d->username, d->password->edit);
    setTabOrder(d->password->edit, d->password->show);
    setTabOrder(d->password->show, d->part->submitButton());
}

NangoBasicAuthForm::~NangoBasicAuthForm() = default;

NangoAuth *NangoBasicAuthForm::auth() const { return d->part->auth; }
void NangoBasicAuthForm::setAuth(NangoAuth *auth) { d->part->auth = auth; }
QString NangoBasicAuthForm::integrationId() const { return d->part->integrationId; }
void NangoBasicAuthForm::setIntegrationId(const QString &integrationId)
{
    if (d->part->integrationId == integrationId)
        return;
    d->part->integrationId = integrationId;
    Q_EMIT integrationIdChanged();
}
QString NangoBasicAuthForm::connectionId() const { return d->part->connectionId; }
void NangoBasicAuthForm::setConnectionId(const QString &connectionId)
{
    if (d->part->connectionId == connectionId)
        return;
    d->part->connectionId = connectionId;
    Q_EMIT connectionIdChanged();
}
bool NangoBasicAuthForm::isBusy() const { return d->part->isBusy(); }
QString NangoBasicAuthForm::errorText() const { return d->part->errorText(); }

void NangoBasicAuthForm::submit()
{
    QString problem = NangoCredentialsValidator::checkUsername(d->username->text());
    QLineEdit *offending = d->username;
    if (problem.isEmpty()) {
        problem = NangoCredentialsValidator::checkPassword(d->password->edit->text());
        offending = d->password->edit;
    }
    if (!problem.isEmpty()) {
        d->part->showError(problem);
        Q_EMIT errorTextChanged();
        offending->setFocus();
        return;
    }
    NangoAuthOptions options;
    options.setUsername(d->username->text());
    options.setPassword(d->password->edit->text());
    d->part->run(options);
    Q_EMIT errorTextChanged();
}
