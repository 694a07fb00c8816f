// SPDX-License-Identifier: MIT
#pragma once

#include "nangoauthflow.h"
#include "nangoauthsettings_p.h"
#include "nangoframe_p.h"
#include "nangoquery_p.h"

#include <QPointer>
#include <QTimer>

class NangoCatalog;
class QNetworkAccessManager;
namespace NangoQtPrivate {
class NangoCredentialsRequest;
class NangoWebSocketSession;
}

class NangoAuthFlowPrivate
{
public:
    NangoAuthFlowPrivate(NangoAuthFlow *q, const NangoQtPrivate::NangoAuthSettings &settings, QNetworkAccessManager *network,
                         const NangoQtPrivate::NangoFlowRequest &request);

    void start();
    void cancel();
    void openAgain();
    /// Stops timers, the request, the socket and the window, quietly (no signal follows).
    void releaseResources();

    NangoAuthFlow *const q;
    NangoQtPrivate::NangoAuthSettings settings; ///< its token may be replaced by a fresh one
    const NangoQtPrivate::NangoFlowRequest request;
    QPointer<QNetworkAccessManager> network;
    QUrl host; ///< normalized, once the call's checks passed
    NangoAuthMode::Mode mode = NangoAuthMode::Unknown;
    NangoAuthFlow::State state = NangoAuthFlow::State::Starting;

    QString providerConfigKey;
    QString connectionId;
    bool isPending = false;
    QString errorType;
    QString errorMessage;
    QUrl authorizationUrl;
    bool inSystemBrowser = false;
    QString browserReason;
    bool terminal = false;

private:
    /// What every endpoint's query carries (docs/protocol.md §3); the OAuth window adds its own.
    NangoQtPrivate::NangoQueryInput queryInput() const;
    void startTimeout();
    /// After the checks (and a fresh token, if one was needed): the mode's request or window.
    void proceed();
    void startCredentials(const QByteArray &path, const QByteArray &body);
    void sendCredentials();
    /// A credentials request answered 401 unknown_connect_session_token: one fresh token, one retry.
    bool retryWithFreshToken(const QString &type, const QString &message);
    void startOAuth();
    /// The window kinds a flow can get, decided before any window is made.
    enum class WindowKind { System, Embedded, EmbeddedOrSystem };
    /// Browser::Auto without the provider's URL: looks it up in NangoAuth's catalog (bounded).
    bool needsProviderLookup() const;
    bool cachedProviderHost(QString *host) const;
    void lookUpProvider();
    void endLookup();
    /// The host of the provider's authorization URL is known (or not: empty): the window of Browser::Auto.
    void decideAuto(const QString &providerHost);
    /// Makes, connects and prepares the window of @p kind; opens it when the ack came first.
    bool setUpWindow(WindowKind kind);
    void openWebSocket();
    NangoAuthWindow *createWindow(WindowKind kind, QString *why);
    void openWindow(const QString &wsClientId);
    void onFrame(const NangoQtPrivate::NangoFrame &frame);
    void onPageLoaded(const QUrl &url, int httpStatus, const QString &text);
    void onUserClosed();
    QString hostForMessages() const;

    void succeed(const QString &providerConfigKey, const QString &connectionId, bool isPending);
    void fail(const QString &type, const QString &message);
    void fail(const char *type, const QString &message) { fail(QString::fromLatin1(type), message); }
    void failLater(const QString &type, const QString &message);
    /// Sets the final state, emits the result, then finished(), then deletes the flow.
    void deliver(NangoAuthFlow::State finalState);
    void setState(NangoAuthFlow::State state);

    QTimer timeoutTimer;
    QTimer windowErrorGrace;
    NangoQtPrivate::NangoCredentialsRequest *credentialsRequest = nullptr;
    QByteArray requestPath;
    QByteArray requestBody;
    bool retriedWithFreshToken = false;
    NangoQtPrivate::NangoWebSocketSession *webSocket = nullptr;
    QPointer<NangoAuthWindow> window;
    bool windowDecided = false;
    QString pendingWsClientId; ///< the ack came while the window was being decided
    bool ackPending = false;
    QObject *lookup = nullptr; ///< the running provider lookup's connections and timer
    QPointer<NangoCatalog> lookupSource;
};
