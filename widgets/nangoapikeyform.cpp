// SPDX-License-Identifier: MIT
#include "nangoapikeyform.h"

#include "nangosecretfield_p.h"

#include <QLabel>
#include <QPushButton>

class NangoApiKeyFormPrivate
{
public:
    std::unique_ptr<NangoSecretField> key;
};

NangoApiKeyForm::NangoApiKeyForm(NangoAuth *auth, QWidget *parent)
    : NangoCredentialsForm(NangoAuthMode::ApiKey, auth, parent)
    , d(new NangoApiKeyFormPrivate)
{
    setObjectName(QStringLiteral("NangoApiKeyForm"));
    setAccessibleName(tr("API key"));
    d->key.reset(new NangoSecretField(this, QStringLiteral("apiKeyEdit"), tr("API key")));
    addField(QStringLiteral("apiKey"), new QLabel(tr("&API key:"), this), d->key->edit, d->key->container);
    setTabOrder(d->key->edit, d->key->show);
    setTabOrder(d->key->show, submitButton());
}

NangoApiKeyForm::~NangoApiKeyForm() = default;
