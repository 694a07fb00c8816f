// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class NangoAuth;
class NangoAuthFlowPrivate;
class NangoAuthPrivate;
class QNetworkAccessManager;
namespace NangoQtPrivate {
struct NangoAuthSettings;
struct NangoFlowRequest;
}

/**
 * @brief One running auth() or create() call — as QNetworkReply is to QNetworkAccessManager.
 *
 * Each flow ends with exactly one of succeeded() or failed(), followed by finished(); NangoAuth
 * re-emits the same result on its own signals as finished() is emitted. The flow deletes itself (deleteLater) after
 * finished(), so keep a QPointer if you hold on to it.
 */
class NANGOQT_CORE_EXPORT NangoAuthFlow : public QObject
{
    Q_OBJECT
    /// The integration (provider config key) the call was made for, as passed to auth() or create().
    Q_PROPERTY(QString integrationId READ integrationId CONSTANT)
    /// @copydoc authMode() const
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode CONSTANT)
    /// Where the flow is: Starting, WaitingForUser (OAuth window open), then Succeeded or Failed.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /// @copydoc providerConfigKey() const
    Q_PROPERTY(QString providerConfigKey READ providerConfigKey NOTIFY stateChanged)
    /// Filled on success: the connection's ID, the one the call gave or the one Nango made.
    Q_PROPERTY(QString connectionId READ connectionId NOTIFY stateChanged)
    /// @copydoc isPending() const
    Q_PROPERTY(bool isPending READ isPending NOTIFY stateChanged)
    /// @copydoc errorType() const
    Q_PROPERTY(QString errorType READ errorType NOTIFY stateChanged)
    /// Filled on failure: a sentence for the user or the log, next to errorType (never a secret).
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    /// @copydoc authorizationUrl() const
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY stateChanged)
    /// @copydoc isInSystemBrowser() const
    Q_PROPERTY(bool inSystemBrowser READ isInSystemBrowser NOTIFY stateChanged)
    /// @copydoc browserReason() const
    Q_PROPERTY(QString browserReason READ browserReason NOTIFY stateChanged)

public:
    /// The flow's progress (#state).
    enum class State {
        Starting,       ///< validating, connecting the WebSocket or sending the request
        WaitingForUser, ///< the authorization window is open
        Succeeded,      ///< ended with succeeded()
        Failed,         ///< ended with failed()
    };
    Q_ENUM(State)

    ~NangoAuthFlow() override;

    /// Getter of the #integrationId property.
    QString integrationId() const;
    /**
     * Which flow runs: OAuth2 (WebSocket + authorization window, docs/protocol.md §5), ApiKey
     * (`POST /api-auth/api-key`), Basic (`POST /api-auth/basic`), None (create():
     * `POST /auth/unauthenticated`), or Unknown when the call was refused before any request
     * (see errorType()).
     */
    NangoAuthMode::Mode authMode() const;
    /// Getter of the #state property.
    State state() const;
    /// True once the state is Succeeded or Failed (finished() has been or is being emitted).
    bool isFinished() const;

    /// Filled on success: what the server returned (or the success frame carried).
    QString providerConfigKey() const;
    /// Getter of the #connectionId property.
    QString connectionId() const;
    /// The success frame's is_pending (e.g. a GitHub App install awaiting approval).
    bool isPending() const;

    /// Filled on failure.
    QString errorType() const;
    /// Getter of the #errorMessage property.
    QString errorMessage() const;

    /**
     * OAuth: the Nango `/oauth/connect` URL the window was opened at, from WaitingForUser on;
     * empty for other kinds and before the window opens. It carries the session token (or the
     * public key and HMAC): show it redacted, and copy it only when the user asks (e.g. to paste
     * into a browser when the system browser did not come up). NangoQt never logs it in full.
     */
    QUrl authorizationUrl() const;
    /// OAuth: the window is the user's own browser (Browser::System, or Auto for a provider that
    /// refuses embedded browsers (browserReason()) or with no embedded window), which cannot be
    /// closed from here: offer the user a way to cancel, and openAgain().
    bool isInSystemBrowser() const;
    /**
     * OAuth: why the system browser was chosen for this flow, for logs and the UI (e.g. "Google
     * refuses sign-in in embedded browsers" when Browser::Auto found the provider's authorization
     * URL on a host of NangoAuth::systemBrowserHosts); empty when it was not chosen for a reason
     * (an embedded window, or no embedded window available).
     */
    QString browserReason() const;

    /**
     * Opens authorizationUrl() again in the system browser (the user closed its tab, or it came
     * up behind the app). No-op unless isInSystemBrowser() and the state is WaitingForUser.
     */
    Q_INVOKABLE void openAgain();

public Q_SLOTS:
    /// Ends the flow with `authorization_cancelled` (no-op once finished).
    void cancel();

Q_SIGNALS:
    /// The account is connected: @p providerConfigKey and @p connectionId as the server returned
    /// them (also in providerConfigKey() and connectionId()). Then finished().
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The flow failed: @p type is a NangoErrorType string (the README's error table), @p message
    /// says why. Then finished().
    void failed(const QString &type, const QString &message);
    /// Emitted once, after succeeded() or failed(); the flow deletes itself afterwards (deleteLater).
    void finished();
    /// Notifier of #state and of every property filled as the flow goes (providerConfigKey,
    /// connectionId, errorType, authorizationUrl, …); @p state is the new state.
    void stateChanged(NangoAuthFlow::State state);

private:
    // Made and started by NangoAuth only (auth(), create()), with a copy of its settings.
    friend class NangoAuthPrivate;
    NangoAuthFlow(const NangoQtPrivate::NangoAuthSettings &settings, QNetworkAccessManager *network,
                  const NangoQtPrivate::NangoFlowRequest &request, NangoAuth *parent);
    void start();
    std::unique_ptr<NangoAuthFlowPrivate> const d;
};
