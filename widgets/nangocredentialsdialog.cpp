// SPDX-License-Identifier: MIT
#include "nangocredentialsdialog.h"

#include "nangoapikeyform.h"
#include "nangobasicauthform.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

class NangoCredentialsDialogPrivate
{
public:
    NangoCredentialsForm *form = nullptr;
};

NangoCredentialsDialog::NangoCredentialsDialog(NangoAuth *auth, const QString &integrationId, Kind kind, QWidget *parent)
    : QDialog(parent)
    , d(new NangoCredentialsDialogPrivate)
{
    setObjectName(QStringLiteral("NangoCredentialsDialog"));
    setWindowTitle(tr("Connect %1").arg(integrationId));
    auto *layout = new QVBoxLayout(this);
    if (kind == Kind::ApiKey)
        d->form = new NangoApiKeyForm(auth, this);
    else
        d->form = new NangoBasicAuthForm(auth, this);
    d->form->setIntegrationId(integrationId);
    connect(d->form, &NangoCredentialsForm::succeeded, this, &NangoCredentialsDialog::succeeded);
    connect(d->form, &NangoCredentialsForm::failed, this, &NangoCredentialsDialog::failed);
    connect(d->form, &NangoCredentialsForm::succeeded, this, &QDialog::accept);
    layout->addWidget(d->form);
    // One button row: the form's Connect (the default button) beside Cancel.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    if (auto *connectButton = d->form->findChild<QPushButton *>(QStringLiteral("submitButton")))
        buttons->addButton(connectButton, QDialogButtonBox::AcceptRole); // clicking it submits the form
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The dialog is always as large as its content: it grows when an error appears.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

NangoCredentialsDialog::~NangoCredentialsDialog() = default;

void NangoCredentialsDialog::setConnectionId(const QString &connectionId)
{
    d->form->setConnectionId(connectionId);
}

NangoCredentialsForm *NangoCredentialsDialog::form() const
{
    return d->form;
}
