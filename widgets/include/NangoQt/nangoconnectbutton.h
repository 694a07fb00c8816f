// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoconnectaction.h>
#include <NangoQt/nangoqtwidgets_export.h>

#include <QPushButton>

#include <memory>

class NangoConnectButtonPrivate;

/**
 * @brief A drop-in button that connects one integration: a view over a NangoConnectAction.
 *
 * OAuth opens the modal, API key and Basic open a NangoCredentialsDialog, None creates an
 * unauthenticated connection (see authMode). With a catalog (setCatalog()) the integration's
 * provider decides: its schema form in a NangoCredentialsDialog (NangoIntegrationForm), the
 * modal for the window modes, a create for NONE (see NangoConnectAction). It shows the state: "Connect <name>",
 * "Connecting…", "Connected", or "Retry <name>" with the error as tooltip.
 */
class NANGOQT_WIDGETS_EXPORT NangoConnectButton : public QPushButton
{
    Q_OBJECT
    /// The NangoAuth the flows run on (NangoConnectAction::auth).
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    /// The integration to connect (NangoConnectAction::integrationId).
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    /// The name in the label, "Connect <name>"; the integration id when empty (NangoConnectAction::displayName).
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    /// The connection id to request; empty: the server makes one (NangoConnectAction::connectionId).
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    /// Which flow a click runs without a catalog; default OAuth2 (NangoConnectAction::authMode).
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode WRITE setAuthMode NOTIFY authModeChanged)
    /// @copydoc catalog() const
    Q_PROPERTY(NangoCatalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    /// Idle, Connecting, Connected or Failed (NangoConnectAction::state); the label follows it.
    Q_PROPERTY(NangoConnectAction::State state READ state NOTIFY stateChanged)
    /// In Failed: the flow's message, also the button's tooltip (NangoConnectAction::errorMessage).
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    /// The button's state is its action's.
    using State = NangoConnectAction::State;

    /// A button with its own NangoConnectAction; set #auth and #integrationId.
    explicit NangoConnectButton(QWidget *parent = nullptr);
    ~NangoConnectButton() override;

    /// The action the button shows: state, label, which flow runs, options (params, hmac, …).
    /// The properties below are the action's.
    NangoConnectAction *connectAction() const;

    /// Getter of the #auth property.
    NangoAuth *auth() const;
    /// Setter of the #auth property (notifier: authChanged()).
    void setAuth(NangoAuth *auth);
    /// Getter of the #integrationId property.
    QString integrationId() const;
    /// Setter of the #integrationId property (notifier: integrationIdChanged()).
    void setIntegrationId(const QString &integrationId);
    /// Getter of the #displayName property.
    QString displayName() const;
    /// Setter of the #displayName property (notifier: displayNameChanged()).
    void setDisplayName(const QString &name);
    /// Getter of the #connectionId property.
    QString connectionId() const;
    /// Setter of the #connectionId property (notifier: connectionIdChanged()).
    void setConnectionId(const QString &connectionId);
    /// Getter of the #authMode property.
    NangoAuthMode::Mode authMode() const;
    /// Setter of the #authMode property (notifier: authModeChanged()).
    void setAuthMode(NangoAuthMode::Mode authMode);
    /// The action's catalog (NangoConnectAction::catalog()); null: authMode() decides.
    NangoCatalog *catalog() const;
    /// Setter of the #catalog property (notifier: catalogChanged()).
    void setCatalog(NangoCatalog *catalog);
    /// Getter of the #state property.
    State state() const;
    /// Getter of the #errorMessage property.
    QString errorMessage() const;

public Q_SLOTS:
    /// Runs the integration's flow (what a click does).
    void connectAccount();

Q_SIGNALS:
    /// The account is connected (NangoConnectAction::succeeded()); the button shows "Connected".
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The flow failed (NangoConnectAction::failed()); the button shows "Retry <name>".
    void failed(const QString &type, const QString &message);
    /// Notifier of the #auth property.
    void authChanged();
    /// Notifier of the #integrationId property.
    void integrationIdChanged();
    /// Notifier of the #displayName property.
    void displayNameChanged();
    /// Notifier of the #connectionId property.
    void connectionIdChanged();
    /// Notifier of the #authMode property.
    void authModeChanged();
    /// Notifier of the #catalog property.
    void catalogChanged();
    /// Notifier of #state and #errorMessage; @p state is the new state.
    void stateChanged(NangoConnectAction::State state);

private:
    std::unique_ptr<NangoConnectButtonPrivate> const d;
};
