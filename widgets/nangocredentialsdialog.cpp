// SPDX-License-Identifier: MIT
#include "nangocredentialsdialog.h"

#include "nangoapikeyform.h"
#include "nangobasicauthform.h"
#include "nangointegrationform.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

class NangoCredentialsDialogPrivate
{
public:
    NangoCredentialsForm *form = nullptr;
};

NangoCredentialsDialog::NangoCredentialsDialog(NangoAuth *auth, const QString &integrationId, NangoAuthMode::Mode authMode,
                                               QWidget *parent)
    : QDialog(parent)
    , d(new NangoCredentialsDialogPrivate)
{
    setUp(integrationId, authMode, auth);
}

NangoCredentialsDialog::NangoCredentialsDialog(NangoCredentialsFormModel *model, QWidget *parent)
    : QDialog(parent)
    , d(new NangoCredentialsDialogPrivate)
{
    if (model->hasSchema()) // the provider's own form
        d->form = new NangoIntegrationForm(model->auth(), this);
    setUp(model->integrationId(), model->authMode(), model->auth());
    d->form->setModel(model);
    if (model->hasSchema())
        setWindowTitle(tr("Connect %1").arg(model->displayName()));
    connect(model, &QObject::destroyed, this, &QObject::deleteLater);
}

void NangoCredentialsDialog::setUp(const QString &integrationId, NangoAuthMode::Mode authMode, NangoAuth *auth)
{
    setObjectName(QStringLiteral("NangoCredentialsDialog"));
    setWindowTitle(tr("Connect %1").arg(integrationId));
    auto *layout = new QVBoxLayout(this);
    if (d->form) {
        // made by the caller (a schema form)
    } else if (authMode == NangoAuthMode::ApiKey) {
        d->form = new NangoApiKeyForm(auth, this);
    } else {
        d->form = new NangoBasicAuthForm(auth, this);
    }
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

NangoCredentialsFormModel *NangoCredentialsDialog::model() const
{
    return d->form->model();
}
