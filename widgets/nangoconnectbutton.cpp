// SPDX-License-Identifier: MIT
#include "nangoconnectbutton.h"

#include "nangobrowserwait_p.h"
#include "nangocredentialsdialog.h"

#include <QApplication>
#include <QPointer>

class NangoConnectButtonPrivate
{
public:
    void updateBrowserWait(NangoConnectButton *button);

    NangoConnectAction *action = nullptr;
    QPointer<NangoBrowserWaitPopup> browserWait; // made the first time a flow waits in the system browser
};

void NangoConnectButtonPrivate::updateBrowserWait(NangoConnectButton *button)
{
    if (!action->isInSystemBrowser()) {
        if (browserWait && browserWait->isVisible()) {
            const bool hadFocus = browserWait->isAncestorOf(QApplication::focusWidget());
            browserWait->hide();
            if (hadFocus) { // back to where the user was, once the button is enabled again
                QPointer<NangoConnectButton> target = button;
                QMetaObject::invokeMethod(button, [target] {
                    if (target && target->isVisible()) {
                        target->activateWindow();
                        target->setFocus(Qt::OtherFocusReason);
                    }
                }, Qt::QueuedConnection);
            }
        }
        return;
    }
    if (!browserWait) {
        browserWait = new NangoBrowserWaitPopup(button);
        NangoBrowserWaitPanel *panel = browserWait->panel();
        QObject::connect(panel, &NangoBrowserWaitPanel::openAgainRequested, action, &NangoConnectAction::openAgain);
        QObject::connect(panel, &NangoBrowserWaitPanel::cancelRequested, action, &NangoConnectAction::cancel);
    }
    browserWait->panel()->setProviderName(action->shownName());
    browserWait->panel()->setAuthorizationUrl(action->authorizationUrl());
    if (button->isVisible())
        browserWait->popUp();
}

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
    // While the flow waits in the system browser: "Continue in your browser" under the button.
    connect(action, &NangoConnectAction::inSystemBrowserChanged, this, [this] { d->updateBrowserWait(this); });
    connect(action, &NangoConnectAction::shownNameChanged, this, [this] {
        if (d->browserWait)
            d->browserWait->panel()->setProviderName(d->action->shownName());
    });
    connect(action, &NangoConnectAction::credentialsRequested, this, [this](NangoCredentialsFormModel *form) {
        auto *dialog = new NangoCredentialsDialog(form, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Errors stay in the dialog so the user can correct them; closing it without success is a cancel.
        connect(dialog, &QDialog::rejected, d->action, &NangoConnectAction::cancelCredentials);
        dialog->open();
    });
}

NangoConnectButton::~NangoConnectButton()
{
    // What the action emits while it goes (its flow ending) no longer reaches the button.
    disconnect(d->action, nullptr, this, nullptr);
    delete d->browserWait;
}

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
