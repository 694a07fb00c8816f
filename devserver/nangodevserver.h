// SPDX-License-Identifier: MIT
// A local, Nango-compatible server for the demo and the tests (design.md §4).
// It depends on nothing of NangoQt's: it imitates the server side of
// docs/protocol.md.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace NangoDev {

Q_NAMESPACE

/// Which generation of Nango server to imitate (docs/protocol.md, "Server eras").
enum class Era {
    Seed,    ///< 2024 servers: public keys only, errors {"error":"msg","type":"code"}, minimal callback page
    Current, ///< 0.42.15+: session tokens, errors {"error":{"code","message"}}, "Successful connection" page
};
Q_ENUM_NS(Era)

/// One integration (provider config), loaded from the integrations JSON file.
struct Integration
{
    QString uniqueKey;          ///< the provider config key ("github-dev")
    QString provider;           ///< e.g. "github": a key of the provider catalog (NangoDevServer::providers())
    /// Nango's auth_mode: "OAUTH2", "OAUTH2_CC", "API_KEY", "BASIC", "NONE", "TBA", "JWT", "TWO_STEP",
    /// "BILL", "SIGNATURE" or "AWS_SIGV4" (the file may leave it out: the provider's then)
    QString authMode;
    QString displayName;
    QStringList scopes;         ///< OAuth scopes the fake provider is asked for
    QMap<QString, QString> authorizationParams; ///< template authorization params
    bool hasClientCredentials = true; ///< false → provider_config_err at /oauth/connect
    bool autoApprove = false;   ///< the fake provider approves without showing Allow / Deny
    bool pkce = true;           ///< send a S256 code_challenge
    QString credentialsCheck;   ///< API_KEY/BASIC: a value that makes the "test API call" fail (connection_test_failed)
    /// Credentials the integration holds itself (listed by name in GET /integrations as
    /// preconfigured_credentials; filled into a connection when the body lacks them).
    QMap<QString, QString> preconfiguredCredentials;
    QString defaultRegion;      ///< AWS_SIGV4: the integration's default region (last in the precedence)
    QString credentialsLabel;   ///< API_KEY: a label for the key field (GET /integrations credentials_label.apiKey)
    bool forwardWebhooks = true;
};

/// A connection the server stored.
struct Connection
{
    QString providerConfigKey;
    QString connectionId;
    QString authMode;
    QMap<QString, QString> connectionConfig; ///< params[...] as the server decoded them
    QVariantMap credentials;                 ///< apiKey / username / password / access_token
    QString endUserId;                       ///< from the session token, if any
    bool pending = false;                    ///< outbound installation: waiting for the provider
};

/// Fault knobs (all off by default). They apply to every request/socket until changed.
struct Faults
{
    int httpDelayMs = 0;              ///< delay every HTTP answer (API and /oauth/*) by this much
    int ackDelayMs = 0;               ///< delay the WebSocket ack by this much
    bool dropWebSocketBeforeAck = false; ///< accept the upgrade, then close before sending the ack
    bool ackWithoutId = false;        ///< ack frame without ws_client_id
    bool garbageFrames = false;       ///< send a non-JSON text frame and a binary frame before the ack and before the result (a proxy's keep-alive or banner: the flow still works)
    bool garbageInsteadOfAck = false; ///< send a non-JSON text frame and a binary frame and never the ack (a WebSocket peer that is not Nango)
    bool unknownFrames = false;       ///< send frames with unknown message_type before the ack and before the result (the flow still works)
    bool closeAfterAck = false;       ///< close the socket right after the ack
    bool neverSendResult = false;     ///< never send the terminal frame (callback page still renders)
    bool html502 = false;             ///< API endpoints (/api-auth/*, /auth/*, /connect/*) answer 502 with an HTML page
    bool truncatedJson = false;       ///< API endpoints answer 200 with half a JSON document
    bool neverAnswer = false;         ///< API endpoints accept the request and never answer
    qint64 hugeFrameBytes = 0;        ///< > 0: send a text frame of this many bytes right after the ack
    bool refusePublicKeys = false;    ///< public keys → 401 deprecated_authentication (a fresh self-hosted Nango)
    /// > 0: API endpoints answer this HTTP status with an error in the era's shape: 401
    /// unknown_account, 404 unknown_provider_config, 415 invalid_content_type, 429
    /// too_many_request, any other server_error.
    int apiErrorStatus = 0;
    bool redirectLoop = false;        ///< API endpoints answer 302 to the same URL, every time
    bool okNotJson = false;           ///< API endpoints answer 200 with an HTML page
    bool okMissingFields = false;     ///< API endpoints answer 200 with JSON lacking connectionId and providerConfigKey
    bool connectUiNeverReady = false; ///< the Connect UI page (GET /connect) never posts `ready` (a host's 10 s rule can be tested); its `?neverReady=1` query does the same for one load
};

/// One entry of the request log.
struct LoggedRequest
{
    QString method;                  ///< "GET", "POST", or "WS" for a WebSocket upgrade
    QString path;                    ///< decoded path, e.g. "/api-auth/api-key/stripe"
    QByteArray rawQuery;             ///< the query string exactly as received, without '?'
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    int status = 0;                  ///< status answered (101 for an accepted upgrade)
};

/// Parse a query string the way Nango's server does (the `qs` library): split on '&', '+' → space,
/// percent-decode, nested keys "params[a]" → map "params" → {"a": …}; for plain keys the first
/// value wins... except where noted in the implementation. Returns QVariantMap of QString or
/// QVariantMap values.
QVariantMap parseQs(const QByteArray &rawQuery);

class NangoDevServerPrivate;

class NangoDevServer : public QObject
{
    Q_OBJECT
public:
    explicit NangoDevServer(QObject *parent = nullptr);
    ~NangoDevServer() override;

    void setEra(Era era);
    Era era() const;

    /// Integrations: from a JSON file (see resources/devserver/integrations.sample.json) or directly.
    bool loadIntegrations(const QString &jsonFile, QString *errorMessage = nullptr);
    /// The sample integrations compiled into the dev server (a Qt resource path for
    /// loadIntegrations(); the default of nango-dev-server and the demo).
    static QString sampleIntegrationsFile();
    void setIntegrations(const QList<Integration> &integrations);
    QList<Integration> integrations() const;

    /// The environment's keys. A fresh server makes a random public key (UUID v4) and secret key.
    QString publicKey() const;
    void setPublicKey(const QString &uuid);
    QString secretKey() const;
    /// HMAC: empty key = HMAC verification disabled (the default).
    void setHmacKey(const QString &key);
    QString hmacKey() const;

    /// The provider catalog (GET /providers): provider name → definition in providers.yaml's
    /// shape (auth_mode, credentials, connection_config, …, plus "translations"; see README.md).
    void setProviders(const QJsonObject &providers);
    QJsonObject providers() const;

    /// Same as POST /connect/sessions with the secret key: returns a fresh
    /// "nango_connect_session_<64 hex>" token (current era). @p integrationsConfigDefaults is
    /// the body's object of that name ({key: {user_scopes?, authorization_params?, connection_config?}}).
    QString createConnectSession(const QString &endUserId,
                                 const QStringList &allowedIntegrations = {},
                                 const QJsonObject &integrationsConfigDefaults = {});
    /// Same as POST /connect/sessions/reconnect: a session limited to @p integrationId whose auth
    /// calls re-authorize that connection. Empty when there is no such connection.
    QString createReconnectSession(const QString &connectionId, const QString &integrationId);
    /// Makes a token unknown from now on (401 unknown_connect_session_token), as when it expires.
    void expireConnectSession(const QString &token);
    /// Forgets a stored connection (a reconnect session for it then gets 400 invalid_connection).
    bool deleteConnection(const QString &connectionId, const QString &providerConfigKey);

    Faults faults() const;
    void setFaults(const Faults &faults);

    /// Serve HTTPS and WSS (on the same single port) with this certificate and key instead of
    /// HTTP and WS. Call before listen(). A null certificate or key turns TLS off again.
    void setTlsCertificate(const QSslCertificate &certificate, const QSslKey &privateKey);
    /// Same, from PEM files (an RSA or EC key, unencrypted). False with a message if unreadable.
    bool loadTlsCertificate(const QString &certificateFile, const QString &keyFile, QString *errorMessage = nullptr);
    bool isTls() const;

    /// Listen on 127.0.0.1 only. port 0 = any free port. Returns false (with a message) if it can't.
    bool listen(quint16 port = 0, QString *errorMessage = nullptr);
    QUrl url() const; ///< e.g. http://127.0.0.1:34567, or https://127.0.0.1:34567 with TLS

    /// The WebSocket path (default "/"). An upgrade on any other path is refused with HTTP 400
    /// (docs/protocol.md §5.1). Takes effect for the next upgrade.
    void setWebSocketPath(const QString &path);
    QString webSocketPath() const;

    /// How long a connect session token lives (default 30 minutes, docs/protocol.md §6).
    void setConnectSessionLifetime(int seconds);

    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();
    QList<Connection> connections() const;
    int openWebSocketCount() const;

Q_SIGNALS:
    void requestLogged(const NangoDev::LoggedRequest &request);
    void connectionCreated(const NangoDev::Connection &connection);
    /// A terminal frame (success or error) was just handed to the WebSocket of @p wsClientId
    /// (emitted right after QWebSocket::sendTextMessage(); the benchmarks time result delivery
    /// from here).
    void resultFrameSent(const QString &wsClientId);

private:
    std::unique_ptr<NangoDevServerPrivate> d;
};

} // namespace NangoDev

Q_DECLARE_METATYPE(NangoDev::LoggedRequest)
Q_DECLARE_METATYPE(NangoDev::Connection)
Q_DECLARE_METATYPE(NangoDev::Integration)
Q_DECLARE_METATYPE(NangoDev::Faults)
