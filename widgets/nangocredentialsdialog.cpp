// SPDX-License-Identifier: MIT
#include "nangocredentialsdialog.h"

#include "nangoapikeyform.h"
#include "nangobasicauthform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

class NangoCredentialsDialogPrivate
{
public:
    NangoApiKeyForm *apiKey = nullptr;
    NangoBasicAuthForm *basic = nullptr;
};

NangoCredentialsDialog::NangoCredentialsDialog(NangoAuth *auth, const QString &integrationId, Kind kind, QWidget *parent)
    : QDialog(parent)
    , d(new NangoCredentialsDialogPrivate)
{
    setObjectName(QStringLiteral("NangoCredentialsDialog"));
    setWindowTitle(tr("Connect %1").arg(integrationId));
    auto *layout = new QVBoxLayout(this);
    QWidget *form = nullptr;
    if (kind == Kind::ApiKey) {
        form = d->apiKey = new NangoApiKeyForm(auth, this);
        d->apiKey->setIntegrationId(integrationId);
        connect(d->apiKey, &NangoApiKeyForm::succeeded, this, &NangoCredentialsDialog::succeeded);
        connect(d->apiKey, &NangoApiKeyForm::failed, this, &NangoCredentialsDialog::failed);
        connect(d->apiKey, &NangoApiKeyForm::succeeded, this, &QDialog::accept);
    } else {
        form = d->basic = new NangoBasicAuthForm(auth, this);
        d->basic->setIntegrationId(integrationId);
        connect(d->basic, &NangoBasicAuthForm::succeeded, this, &NangoCredentialsDialog::succeeded);
        connect(d->basic, &NangoBasicAuthForm::failed, this, &NangoCredentialsDialog::failed);
        connect(d->basic, &NangoBasicAuthForm::succeeded, this, &QDialog::accept);
    }
    layout->addWidget(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

NangoCredentialsDialog::~NangoCredentialsDialog() = default;

void NangoCredentialsDialog::setConnectionId(const QString &connectionId)
{
    if (d->apiKey)
        d->apiKey->setConnectionId(connectionId);
    else
        d->basic->setConnectionId(connectionId);
}

QWidget *NangoCredentialsDialog::form() const
{
    return d->apiKey ? static_cast<QWidget *>(d->apiKey) : static_cast<QWidget *>(d->basic);
}
