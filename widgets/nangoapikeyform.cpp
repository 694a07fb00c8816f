// SPDX-License-Identifier: MIT
#include "nangoapikeyform.h"

#include "nangoformpart_p.h"
#include "nangosecretfield_p.h"

#include <NangoQt/NangoCredentialsValidator>

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

class NangoApiKeyFormPrivate
{
public:
    NangoFormPart *part = nullptr;
    NangoSecretField *key = nullptr;
    ~NangoApiKeyFormPrivate() { delete key; }
};

NangoApiKeyForm::NangoApiKeyForm(NangoAuth *auth, QWidget *parent)
    : QWidget(parent)
    , d(new NangoApiKeyFormPrivate)
{
    setObjectName(QStringLiteral("NangoApiKeyForm"));
    setAccessibleName(tr("API key"));
    auto *layout = new QVBoxLayout(this);
    auto *fields = new QFormLayout;
    layout->addLayout(fields);
    d->key = new NangoSecretField(this, QStringLiteral("apiKeyEdit"), tr("API key"));
    auto *label = new QLabel(tr("&API key:"), this);
    label->setBuddy(d->key->edit);
    fields->addRow(label, d->key->container);
    d->part = new NangoFormPart(this, layout);
    d->part->auth = auth;
    connect(d->key->edit, &QLineEdit::returnPressed, this, &NangoApiKeyForm::submit);
    connect(d->part, &NangoFormPart::succeeded, this, &NangoApiKeyForm::succeeded);
    connect(d->part, &NangoFormPart::failed, this, [this](const QString &type, const QString &message) {
        Q_EMIT errorTextChanged();
        Q_EMIT failed(type, message);
    });
    connect(d->part, &NangoFormPart::busyChanged, this, &NangoApiKeyForm::busyChanged);
    connect(d->part->submitButton(), &QPushButton::clicked, this, &NangoApiKeyForm::submit);
    setTabOrder(d->key->edit, d->key->show);
    setTabOrder(d->key->show, d->part->submitButton());
}

NangoApiKeyForm::~NangoApiKeyForm() = default;

NangoAuth *NangoApiKeyForm::auth() const { return d->part->auth; }
void NangoApiKeyForm::setAuth(NangoAuth *auth) { d->part->auth = auth; }
QString NangoApiKeyForm::integrationId() const { return d->part->integrationId; }
void NangoApiKeyForm::setIntegrationId(const QString &integrationId)
{
    if (d->part->integrationId == integrationId)
        return;
    d->part->integrationId = integrationId;
    Q_EMIT integrationIdChanged();
}
QString NangoApiKeyForm::connectionId() const { return d->part->connectionId; }
void NangoApiKeyForm::setConnectionId(const QString &connectionId)
{
    if (d->part->connectionId == connectionId)
        return;
    d->part->connectionId = connectionId;
    Q_EMIT connectionIdChanged();
}
bool NangoApiKeyForm::isBusy() const { return d->part->isBusy(); }
QString NangoApiKeyForm::errorText() const { return d->part->errorText(); }

void NangoApiKeyForm::submit()
{
    const QString problem = NangoCredentialsValidator::checkApiKey(d->key->edit->text());
    if (!problem.isEmpty()) {
        d->part->showError(problem);
        Q_EMIT errorTextChanged();
        d->key->edit->setFocus();
        return;
    }
    NangoAuthOptions options;
    options.setApiKey(d->key->edit->text());
    d->part->run(options);
    Q_EMIT errorTextChanged();
}
