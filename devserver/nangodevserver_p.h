// SPDX-License-Identifier: MIT
// Private parts of the dev server. Not installed; used by the devserver/*.cpp files only.
#pragma once

#include "nangodevserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QQueue>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>

namespace NangoDev {

Q_DECLARE_LOGGING_CATEGORY(lcDevServer)

namespace Limits {
constexpr qint64 MaxBody = 1024 * 1024;               ///< request bodies above this → 413
constexpr qint64 MaxHead = 64 * 1024;                 ///< request line + headers
constexpr qint64 ReadBuffer = MaxBody + MaxHead;      ///< hard cap of what a socket buffers
constexpr int MaxLogEntries = 10000;
constexpr int MaxPendingOAuth = 1000;
constexpr int MaxSessions = 10000;
constexpr qint64 MaxHugeFrame = 256 * 1024 * 1024;
} // namespace Limits

// ---- what the server writes (devserver_encoding.cpp) ---------------------------------------

/// A JSON object whose keys keep the given order (QJsonObject sorts them).
QByteArray orderedJson(std::initializer_list<std::pair<const char *, QJsonValue>> members);
/// Same, with a dynamic list.
QByteArray orderedJson(const QList<std::pair<QString, QJsonValue>> &members);
QString htmlEscape(const QString &text);
QByteArray percentEncodeComponent(const QString &text); ///< RFC 3986: only unreserved stay literal
/// The media type of a Content-Type header, lower-case, without parameters (devserver_api.cpp).
QByteArray mediaType(const QByteArray &contentType);
/// "'a', 'b'" as zod lists unrecognized keys (devserver_api.cpp).
QString keysList(const QStringList &keys);

/// Messages several endpoints answer with, word for word as Nango's.
namespace Msg {
inline const QString TokenFormat = QStringLiteral("Authentication failed. The provided connect session token is not following correct format: nango_connect_session_RANDOM)");
inline const QString UnknownToken = QStringLiteral("Authentication failed. The provided connect session token does not match any account.");
inline const QString UnknownAccount = QStringLiteral("Authentication failed. The provided authorization header does not match any account.");
inline const QString MissingAuthHeader = QStringLiteral("Authentication failed. The request is missing the Authorization header.");
inline const QString MalformedAuthHeader = QStringLiteral("Authentication failed. The Authorization header is malformed.");
inline const QString InvalidAuthMode = QStringLiteral("Invalid auth mode. The provider does not support this auth mode.");
inline const QString UnknownProviderConfig = QStringLiteral("There is no Provider Configuration matching this key.");
inline const QString ContentType = QStringLiteral("Content-Type header must be application/json");
} // namespace Msg

// ---- identifiers and secrets, made and checked (devserver_identifiers.cpp) ------------------

QString newUuid();
QString randomHex(int bytes);
QString hmacHex(const QString &key, const QString &message);
bool isUuidV4(const QString &text);
bool isValidConnectionId(const QString &id);
bool isValidIntegrationKey(const QString &key);
bool isSessionTokenFormat(const QString &token);

// ---- the qs query parser (devserver_qs.cpp) --------------------------------------------------

/// The qs decoder for one key or value: '+' → space, then decodeURIComponent; on a malformed
/// sequence the whole string is kept as it is (with '+' → space), as qs does.
QString qsDecode(const QByteArray &raw);

// ---- the integrations file (devserver_config.cpp) -------------------------------------------

/// Reads an integrations file: the old array of integrations, or {"providers": {...},
/// "integrations": [...]} (devserver/README.md). False with a message naming @p fileName.
bool parseIntegrationsFile(const QByteArray &json, const QString &fileName, QList<Integration> *integrations,
                           QJsonObject *providers, QString *errorMessage);

// ---- raw request tracking (devserver_http.cpp) ----------------------------------------------

/// Watches one socket's byte stream ahead of QHttpServer so the request target can be logged
/// exactly as received (QUrl re-encodes it), and oversized requests are refused early.
class RawTracker : public QObject
{
    Q_OBJECT
public:
    explicit RawTracker(QTcpSocket *socket, NangoDevServerPrivate *d);
    void before();
    void after();
    /// The raw target ("/path?query") of the next request QHttpServer hands us, if known.
    bool takeTarget(QByteArray *target);
    bool isRefused() const { return m_refused; }

private:
    void feed(const QByteArray &bytes);
    void refuse(int status, const QByteArray &reason);

    QTcpSocket *m_socket;
    NangoDevServerPrivate *m_d;
    qint64 m_availableAfter = 0;
    enum class State { Head, Body, Blind } m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    QQueue<QByteArray> m_targets;
    bool m_refused = false;
};

/// The listening socket: every connection gets a RawTracker and a bounded read buffer, then goes
/// to QHttpServer (which routes WebSocket upgrades on the right path to its QWebSocketServer).
class FrontServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FrontServer(NangoDevServerPrivate *d, QObject *parent = nullptr)
        : QTcpServer(parent), m_d(d)
    {
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    NangoDevServerPrivate *m_d;
};

// ---- per-request context --------------------------------------------------------------------

struct HttpExchange
{
    QString method;
    QString path;          ///< decoded
    QByteArray rawPath;    ///< as received
    QByteArray rawQuery;   ///< as received, without '?'
    QVariantMap query;     ///< parseQs(rawQuery)
    QMap<QByteArray, QByteArray> headers; ///< lower-case names (repeated headers joined with ", ")
    QByteArray body;
    QString origin;        ///< "http://<host>" as the client addressed us
    quint64 logId = 0;
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    int delayMs = 0;       ///< httpDelayMs, where it applies

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString queryString(const char *key) const; ///< empty when absent or not a single string
};
using Exchange = std::shared_ptr<HttpExchange>;

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

struct ConnectSession
{
    QString token;
    QString endUserId;
    QString endUserEmail;
    QString endUserDisplayName;
    QStringList allowedIntegrations; ///< empty = all
    QJsonObject integrationsConfigDefaults; ///< as POST /connect/sessions got it
    QString reconnectConnectionId;   ///< reconnect sessions: the connection their auth calls re-authorize
    QDateTime expiresAt;
};

/// The Authorization: Bearer check of the secret-key and catalog routes.
struct BearerAuth
{
    bool ok = false;
    bool viaToken = false;   ///< a connect session token (else the secret key)
    ConnectSession session;
};

struct OAuthSession
{
    QString state;
    QString providerConfigKey;
    QString connectionId;
    QString wsClientId;
    QString endUserId;
    QMap<QString, QString> connectionConfig;
    QString codeVerifier;
    QStringList scopes;
    bool autoApprove = false;
    QString redirectUri;
    QString codeChallenge; ///< as sent to the fake provider
};

struct IssuedCode
{
    QString state;
    QString codeChallenge;
};

/// The outcome of the public key / session token checks (docs/protocol.md §4, §4.2).
struct AuthCheck
{
    bool ok = false;
    int status = 0;
    QString code;
    QString message;
    bool viaToken = false;
    ConnectSession session;
};

class NangoDevServerPrivate : public QObject
{
    Q_OBJECT
public:
    explicit NangoDevServerPrivate(NangoDevServer *q);
    ~NangoDevServerPrivate() override;

    NangoDevServer *q;
    Era era = Era::Current;
    QList<Integration> integrations;
    QString publicKey;
    QString secretKey;
    QString hmacKey;
    QString webSocketPath = QStringLiteral("/");
    int sessionLifetimeSecs = 30 * 60;
    Faults faults;
    QSslConfiguration tls; ///< null local certificate = plain HTTP/WS

    bool tlsOn() const { return !tls.localCertificate().isNull(); }

    QHttpServer *http = nullptr;
    FrontServer *front = nullptr;
    quint16 port = 0;

    QList<LoggedRequest> log;
    QList<quint64> logIds;
    quint64 nextLogId = 1;

    QList<Connection> connections;
    QHash<QString, ConnectSession> sessions;
    QHash<QString, OAuthSession> oauthSessions;   ///< by state, until the callback
    QHash<QString, OAuthSession> providerPending; ///< by state, at the fake provider
    QList<QString> oauthOrder;                     ///< states, oldest first (bounded)
    QHash<QString, IssuedCode> codes;
    QHash<QString, QPointer<QWebSocket>> wsClients; ///< ws_client_id → socket, until its result
    QList<QPointer<QWebSocket>> sockets;
    QList<Exchange> parked; ///< neverAnswer: requests kept open on purpose

    // devserver_http.cpp
    void setUpHttp();
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void onWebSocketUpgrade(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    quint64 appendLog(LoggedRequest entry);
    void finishLog(quint64 id, int status);
    void reply(const Exchange &ex, int status, const QByteArray &contentType, const QByteArray &body,
               const HeaderPairs &extraHeaders = {});
    void replyJson(const Exchange &ex, int status, const QByteArray &json) { reply(ex, status, "application/json; charset=utf-8", json); }
    void replyHtml(const Exchange &ex, int status, const QString &html, const HeaderPairs &extra = {})
    {
        reply(ex, status, "text/html; charset=utf-8", html.toUtf8(), extra);
    }
    void writeNow(const Exchange &ex, int status, const QByteArray &contentType, const QByteArray &body,
                  const HeaderPairs &extraHeaders);
    /// Applies html502 / truncatedJson / neverAnswer; returns true if the request was taken care of.
    bool applyApiFaults(const Exchange &ex);
    void notFound(const Exchange &ex);

    // errors in the era's shape (devserver_api.cpp)
    QByteArray errorBody(const QString &code, const QString &message) const;
    void replyError(const Exchange &ex, int status, const QString &code, const QString &message = {});
    void replyValidation(const Exchange &ex, const QString &code, const QString &zodCode,
                         const QString &message, const QJsonArray &path);
    /// Current era, shared by the credentials endpoints and /oauth/connect: connection_id
    /// (and, with @p checkParams, the params object), the integration key in the URI, and a
    /// session token sent with a connection_id. Answers and returns false on the first failure.
    bool checkQueryAndUri(const Exchange &ex, const QString &key, bool viaToken, bool checkParams);

    // devserver_api.cpp
    AuthCheck checkAuth(const Exchange &ex);
    void replyAuthError(const Exchange &ex, const AuthCheck &auth);
    const Integration *integration(const QString &key) const;
    /// @p kind: the auth mode of the endpoint ("API_KEY", "BASIC", "NONE", "OAUTH2_CC", "TBA",
    /// "JWT", "TWO_STEP", "BILL", "SIGNATURE", "AWS_SIGV4") or "OUTBOUND" (/auth/oauth-outbound).
    void handleCredentials(const Exchange &ex, const QString &kind, const QString &key);
    void storeConnection(const Connection &c);
    const Connection *findConnection(const QString &connectionId, const QString &providerConfigKey) const;
    static QMap<QString, QString> connectionConfigFrom(const QVariantMap &query);
    /// Keeps the request open and never answers it (neverAnswer, and providers that hang).
    void park(const Exchange &ex);

    // devserver_sessions.cpp
    QJsonObject providers; ///< the catalog: name → definition
    const ConnectSession *liveSession(const QString &token) const; ///< null if unknown or expired
    QString mintSession(const ConnectSession &init);
    /// Authorization: Bearer <secret key or session token> (@p allowToken / @p allowSecret);
    /// answers 401 and returns !ok on failure.
    BearerAuth checkBearer(const Exchange &ex, bool allowToken, bool allowSecret);
    void handleConnectSessions(const Exchange &ex);
    void handleReconnectSession(const Exchange &ex);
    void replyNewSession(const Exchange &ex, const QString &token); ///< 201 {data:{token, connect_link, expires_at}}
    /// The secret-key routes' first checks: Content-Type, the Bearer secret key, a JSON object
    /// with no key beyond @p known. Answers and returns false on the first failure.
    bool readSecretKeyBody(const Exchange &ex, const QStringList &known, QJsonObject *body);
    /// A session body's allowed_integrations and integrations_config_defaults into @p s.
    bool readSessionOptions(const Exchange &ex, const QJsonObject &body, ConnectSession *s);

    // devserver_catalog.cpp
    void handleGetConnectSession(const Exchange &ex);
    void handleDeleteConnectSession(const Exchange &ex);
    void handleListIntegrations(const Exchange &ex);
    void handleProviders(const Exchange &ex, const QString &name);
    void handleLogo(const Exchange &ex, const QString &file);
    /// The provider definition in the language of the request's Accept-Language (en, es, fr, de).
    QJsonObject providerFor(const QString &name, const QString &lang) const;

    // devserver_oauth.cpp
    void onNewWebSocket();
    void setUpWebSocket(QWebSocket *ws);
    void sendGarbageFrames(QWebSocket *ws);
    void sendTerminalFrame(const QString &wsClientId, const QByteArray &frame);
    QByteArray errorFrame(const QString &key, const QString &connectionId, const QString &type,
                          const QString &desc) const;
    void handleOAuthConnect(const Exchange &ex, const QString &key);
    void handleProviderAuthorize(const Exchange &ex);
    void handleProviderDecide(const Exchange &ex);
    void handleOAuthCallback(const Exchange &ex);
    void rememberOAuth(const OAuthSession &s);

    // devserver_connectui.cpp
    /// The Connect UI page (@p asset null) or one of its assets; false if there is no such asset.
    bool handleConnectUI(const Exchange &ex, const QString &asset);
    /// OPTIONS: a CORS preflight answer (every answer also carries Access-Control-Allow-Origin: *).
    void handlePreflight(const Exchange &ex);

    // devserver_pages.cpp
    QString callbackPage(bool success, const QString &message) const;
    static QString messagePage(const QString &title, const QString &text);
    static QString providerPage(const Integration &integration, const OAuthSession &s);
    /// Google's refusal of an embedded browser (HTTP 403 disallowed_useragent), imitated.
    static QString disallowedUserAgentPage();
    /// The integration's provider authorizes on a host that refuses embedded browsers
    /// (accounts.google.com: google, google-calendar).
    bool refusesEmbeddedBrowsers(const Integration &integ) const;
    QString indexPage() const;
};

} // namespace NangoDev
