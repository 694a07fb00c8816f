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
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode WRITE setAuthMode NOTIFY authModeChanged)
    Q_PROPERTY(NangoCatalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(NangoConnectAction::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    using State = NangoConnectAction::State;

    explicit NangoConnectButton(QWidget *parent = nullptr);
    ~NangoConnectButton() override;

    /// The action the button shows: state, label, which flow runs, options (params, hmac, …).
    /// The properties below are the action's.
    NangoConnectAction *connectAction() const;

    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);
    QString integrationId() const;
    void setIntegrationId(const QString &integrationId);
    QString displayName() const;
    void setDisplayName(const QString &name);
    QString connectionId() const;
    void setConnectionId(const QString &connectionId);
    NangoAuthMode::Mode authMode() const;
    void setAuthMode(NangoAuthMode::Mode authMode);
    /// The action's catalog (NangoConnectAction::catalog()); null: authMode() decides.
    NangoCatalog *catalog() const;
    void setCatalog(NangoCatalog *catalog);
    State state() const;
    QString errorMessage() const;

public Q_SLOTS:
    /// Runs the integration's flow (what a click does).
    void connectAccount();

Q_SIGNALS:
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    void authChanged();
    void integrationIdChanged();
    void displayNameChanged();
    void connectionIdChanged();
    void authModeChanged();
    void catalogChanged();
    void stateChanged(NangoConnectAction::State state);

private:
    std::unique_ptr<NangoConnectButtonPrivate> const d;
};
