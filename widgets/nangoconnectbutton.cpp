// SPDX-License-Identifier: MIT
#include "nangoconnectbutton.h"

#include "nangocredentialsdialog.h"

class NangoConnectButtonPrivate
{
public:
    NangoConnectAction *action = nullptr;
};

NangoConnectButton::NangoConnectButton(QWidget *parent)
    : QPushButton(parent)
    , d(new NangoConnectButtonPrivate)
{
    setObjectName(QStringLiteral("NangoConnectButton"));
    NangoConnectAction *action = d->action = new NangoConnectAction(this);
    setText(action->text());
    connect(this, &QPushButton::clicked, this, &NangoConnectButton::connectAccount);
    connect(action, &NangoConnectAction::authChanged, this, &NangoConnectButton::authChanged);
    connect(action, &NangoConnectAction::integrationIdChanged, this, &NangoConnectButton::integrationIdChanged);
    connect(action, &NangoConnectAction::displayNameChanged, this, &NangoConnectButton::displayNameChanged);
    connect(action, &NangoConnectAction::connectionIdChanged, this, &NangoConnectButton::connectionIdChanged);
    connect(action, &NangoConnectAction::authModeChanged, this, &NangoConnectButton::authModeChanged);
    connect(action, &NangoConnectAction::catalogChanged, this, &NangoConnectButton::catalogChanged);
    connect(action, &NangoConnectAction::succeeded, this, &NangoConnectButton::succeeded);
    connect(action, &NangoConnectAction::failed, this, &NangoConnectButton::failed);
    connect(action, &NangoConnectAction::textChanged, this, [this] {
        setText(d->action->text());
        setAccessibleName(text());
    });
    connect(action, &NangoConnectAction::stateChanged, this, [this](State state) {
        setToolTip(d->action->errorMessage());
        setEnabled(d->action->isEnabled());
        Q_EMIT stateChanged(state);
    });
    connect(action, &NangoConnectAction::credentialsRequested, this, [this](NangoCredentialsFormModel *form) {
        auto *dialog = new NangoCredentialsDialog(form, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Errors stay in the dialog so the user can correct them; closing it without success is a cancel.
        connect(dialog, &QDialog::rejected, d->action, &NangoConnectAction::cancelCredentials);
        dialog->open();
    });
}

NangoConnectButton::~NangoConnectButton() = default;

NangoConnectAction *NangoConnectButton::connectAction() const { return d->action; }
NangoAuth *NangoConnectButton::auth() const { return d->action->auth(); }
void NangoConnectButton::setAuth(NangoAuth *auth) { d->action->setAuth(auth); }
QString NangoConnectButton::integrationId() const { return d->action->integrationId(); }
void NangoConnectButton::setIntegrationId(const QString &integrationId) { d->action->setIntegrationId(integrationId); }
QString NangoConnectButton::displayName() const { return d->action->displayName(); }
void NangoConnectButton::setDisplayName(const QString &name) { d->action->setDisplayName(name); }
QString NangoConnectButton::connectionId() const { return d->action->connectionId(); }
void NangoConnectButton::setConnectionId(const QString &connectionId) { d->action->setConnectionId(connectionId); }
NangoAuthMode::Mode NangoConnectButton::authMode() const { return d->action->authMode(); }
void NangoConnectButton::setAuthMode(NangoAuthMode::Mode authMode) { d->action->setAuthMode(authMode); }
NangoCatalog *NangoConnectButton::catalog() const { return d->action->catalog(); }
void NangoConnectButton::setCatalog(NangoCatalog *catalog) { d->action->setCatalog(catalog); }
NangoConnectButton::State NangoConnectButton::state() const { return d->action->state(); }
QString NangoConnectButton::errorMessage() const { return d->action->errorMessage(); }

void NangoConnectButton::connectAccount()
{
    d->action->trigger();
}
