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
    Q_PROPERTY(QString integrationId READ integrationId CONSTANT)
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString providerConfigKey READ providerConfigKey NOTIFY stateChanged)
    Q_PROPERTY(QString connectionId READ connectionId NOTIFY stateChanged)
    Q_PROPERTY(bool isPending READ isPending NOTIFY stateChanged)
    Q_PROPERTY(QString errorType READ errorType NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY stateChanged)
    Q_PROPERTY(bool inSystemBrowser READ isInSystemBrowser NOTIFY stateChanged)
    Q_PROPERTY(QString browserReason READ browserReason NOTIFY stateChanged)

public:
    enum class State {
        Starting,       ///< validating, connecting the WebSocket or sending the request
        WaitingForUser, ///< the authorization window is open
        Succeeded,
        Failed,
    };
    Q_ENUM(State)

    ~NangoAuthFlow() override;

    QString integrationId() const;
    /**
     * Which flow runs: OAuth2 (WebSocket + authorization window, docs/protocol.md §5), ApiKey
     * (`POST /api-auth/api-key`), Basic (`POST /api-auth/basic`), None (create():
     * `POST /auth/unauthenticated`), or Unknown when the call was refused before any request
     * (see errorType()).
     */
    NangoAuthMode::Mode authMode() const;
    State state() const;
    bool isFinished() const;

    /// Filled on success: what the server returned (or the success frame carried).
    QString providerConfigKey() const;
    QString connectionId() const;
    /// The success frame's is_pending (e.g. a GitHub App install awaiting approval).
    bool isPending() const;

    /// Filled on failure.
    QString errorType() const;
    QString errorMessage() const;

    /**
     * OAuth: the Nango `/oauth/connect` URL the window was opened at, from WaitingForUser on;
     * empty for other kinds and before the window opens. It carries the session token (or the
     * public key and HMAC): show it redacted, and copy it only when the user asks (e.g. to paste
     * into a browser when the system browser did not come up). NangoQt never logs it in full.
     */
    QUrl authorizationUrl() const;
    /// OAuth: the window is the user's own browser (Browser::System, or Auto with no embedded
    /// window), which cannot be closed from here: offer the user a way to cancel.
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
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    void finished();
    void stateChanged(NangoAuthFlow::State state);

private:
    // Made and started by NangoAuth only (auth(), create()), with a copy of its settings.
    friend class NangoAuthPrivate;
    NangoAuthFlow(const NangoQtPrivate::NangoAuthSettings &settings, QNetworkAccessManager *network,
                  const NangoQtPrivate::NangoFlowRequest &request, NangoAuth *parent);
    void start();
    std::unique_ptr<NangoAuthFlowPrivate> const d;
};
