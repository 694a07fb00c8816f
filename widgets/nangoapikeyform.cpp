// SPDX-License-Identifier: MIT
#include "nangoapikeyform.h"

#include "nangosecretfield_p.h"

#include <NangoQt/NangoCredentialsValidator>

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

class NangoApiKeyFormPrivate
{
public:
    std::unique_ptr<NangoSecretField> key;
};

NangoApiKeyForm::NangoApiKeyForm(NangoAuth *auth, QWidget *parent)
    : NangoCredentialsForm(auth, parent)
    , d(new NangoApiKeyFormPrivate)
{
    setObjectName(QStringLiteral("NangoApiKeyForm"));
    setAccessibleName(tr("API key"));
    d->key.reset(new NangoSecretField(this, QStringLiteral("apiKeyEdit"), tr("API key")));
    auto *label = new QLabel(tr("&API key:"), this);
    label->setBuddy(d->key->edit);
    fieldsLayout()->addRow(label, d->key->container);
    connect(d->key->edit, &QLineEdit::returnPressed, this, &NangoApiKeyForm::submit);
    setTabOrder(d->key->edit, d->key->show);
    setTabOrder(d->key->show, submitButton());
}

NangoApiKeyForm::~NangoApiKeyForm() = default;

void NangoApiKeyForm::submit()
{
    if (!accept(NangoCredentialsValidator::checkApiKey(d->key->edit->text()), d->key->edit))
        return;
    NangoAuthOptions options;
    options.setApiKey(d->key->edit->text());
    run(options);
}
