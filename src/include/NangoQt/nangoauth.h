// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangoauthwindow.h>
#include <NangoQt/nangoconnectuioptions.h>
#include <NangoQt/nangoconnectuiwindow.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class NangoAuthFlow;
class NangoAuthPrivate;
class NangoConnectUISession;
class QNetworkAccessManager;

/**
 * @brief Connects a user's third-party account through Nango — `@nangohq/frontend` for Qt.
 *
 * @code
 * auto *nango = new NangoAuth(this);
 * nango->setConnectSessionToken(tokenFromYourBackend);
 * connect(nango, &NangoAuth::succeeded, this, [](const QString &key, const QString &id) { ... });
 * connect(nango, &NangoAuth::failed, this, [](const QString &type, const QString &message) { ... });
 * nango->auth(QStringLiteral("github"));
 * @endcode
 *
 * Every call returns a NangoAuthFlow that ends with exactly one succeeded() or failed(), also
 * re-emitted here. Validation errors are delivered asynchronously too, so connect after the call.
 * Settings are read when a call starts: changing them later does not affect running flows.
 *
 * **Session tokens that expire** (they live 30 minutes; a desktop app stays open for days): give
 * NangoAuth a way to ask your backend for a fresh one, and it asks — when a call starts without a
 * token (nor a public key), or when a credentials request is answered 401
 * `unknown_connect_session_token` — at most once per request, then retries that request once.
 * It never asks for an OAuth flow whose window is open (the window carries its token), and never
 * in a loop: a refused fresh token ends the flow with the server's error. Two ways, never blocking:
 * - C++: setConnectSessionTokenProvider(); the callback gets a TokenReply and answers it later,
 *   from your backend's reply, with TokenReply::setToken() (or fail()).
 * - QML (or C++ without a provider): connect to connectSessionTokenRequested() and answer by
 *   setting connectSessionToken (an empty string: none to give).
 * @code
 * nango->setConnectSessionTokenProvider([backend](const NangoAuth::TokenReply &reply) {
 *     backend->mintSession(reply.isReconnect(), [reply](const QString &token) { reply.setToken(token); });
 * });
 * @endcode
 * Other classes that use the token (the catalog) call refreshConnectSessionToken() on their own
 * 401 and wait for connectSessionTokenRefreshed(bool).
 */
class NANGOQT_CORE_EXPORT NangoAuth : public QObject
{
    Q_OBJECT
    /// @copydoc host() const
    Q_PROPERTY(QUrl host READ host WRITE setHost RESET resetHost NOTIFY hostChanged)
    /// The environment's public key, for Nango servers that still authenticate flows with one
    /// (the 2024 "seed" generation); empty by default. New apps use connectSessionToken instead.
    Q_PROPERTY(QString publicKey READ publicKey WRITE setPublicKey NOTIFY publicKeyChanged)
    /// The connect session token your backend made (`POST /connect/sessions`, it lives 30 minutes):
    /// what a flow authenticates with. Read when a call starts; see "Session tokens that expire" in
    /// the class notes for how NangoAuth asks for a fresh one.
    Q_PROPERTY(QString connectSessionToken READ connectSessionToken WRITE setConnectSessionToken NOTIFY connectSessionTokenChanged)
    /// @copydoc websocketsPath() const
    Q_PROPERTY(QString websocketsPath READ websocketsPath WRITE setWebsocketsPath RESET resetWebsocketsPath NOTIFY websocketsPathChanged)
    /// @copydoc width() const
    Q_PROPERTY(int width READ width WRITE setWidth NOTIFY widthChanged)
    /// Height of the authorization window in logical pixels (default 600); see #width.
    Q_PROPERTY(int height READ height WRITE setHeight NOTIFY heightChanged)
    /// @copydoc debug() const
    Q_PROPERTY(bool debug READ debug WRITE setDebug NOTIFY debugChanged)
    /// @copydoc timeout() const
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    /// @copydoc requestTimeout() const
    Q_PROPERTY(int requestTimeout READ requestTimeout WRITE setRequestTimeout NOTIFY requestTimeoutChanged)
    /// @copydoc keepAliveInterval() const
    Q_PROPERTY(int keepAliveInterval READ keepAliveInterval WRITE setKeepAliveInterval NOTIFY keepAliveIntervalChanged)
    /// Where the OAuth window of the next flows opens (default Browser::Auto): the embedded modal,
    /// the system browser, or the one that works for the provider. See Browser.
    Q_PROPERTY(Browser browser READ browser WRITE setBrowser NOTIFY browserChanged)
    /// @copydoc systemBrowserHosts() const
    Q_PROPERTY(QStringList systemBrowserHosts READ systemBrowserHosts WRITE setSystemBrowserHosts RESET resetSystemBrowserHosts
                   NOTIFY systemBrowserHostsChanged)
    /// @copydoc caCertificates() const
    Q_PROPERTY(QList<QSslCertificate> caCertificates READ caCertificates WRITE setCaCertificates NOTIFY caCertificatesChanged)
    /// @copydoc isBusy() const
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    /// Where the OAuth window is shown.
    enum class Browser {
        /// The window that works for this provider: the system browser when the provider's
        /// authorization URL is on a host of systemBrowserHosts, else the embedded modal when one
        /// is registered, else the system browser. The provider's URL comes from the call's
        /// NangoAuthOptions::providerAuthorizationUrl() (the catalog-driven models set it), else,
        /// with a connect session token and an embedded modal registered, from the catalog
        /// (GET /integrations, GET /providers/:provider; at most 5 s, then the modal; known
        /// answers decide at once). An app's own setWindowFactory() (a QML NangoAuth's AuthWindow
        /// too) is used without that lookup, except for a providerAuthorizationUrl() on such a
        /// host, which goes to the system browser. An empty systemBrowserHosts skips the lookup.
        Auto,
        Embedded, ///< the embedded modal; `blocked_by_browser` when none is available
        System,   ///< the user's default browser
    };
    Q_ENUM(Browser)

    /// The default #width of the authorization window, in logical pixels.
    static constexpr int DefaultWidth = 500;
    /// The default #height of the authorization window, in logical pixels.
    static constexpr int DefaultHeight = 600;
    static constexpr int DefaultTimeout = 10 * 60 * 1000;      ///< ms
    static constexpr int DefaultKeepAliveInterval = 25 * 1000; ///< ms
    static constexpr int DefaultRequestTimeout = 30 * 1000;    ///< ms

    /**
     * One request for a fresh connect session token, handed to the provider
     * (setConnectSessionTokenProvider()). A cheap, copyable handle: keep it, answer it once,
     * later, from NangoAuth's thread. Answers after the first, after the request timed out
     * (requestTimeout), or after NangoAuth is gone are ignored.
     */
    class NANGOQT_CORE_EXPORT TokenReply
    {
    public:
        /// The integration of the flow that needs the token; empty for refreshConnectSessionToken(),
        /// the session's integration when NangoCatalog refreshes a reconnect session's token.
        QString integrationId() const;
        /// True when a reconnect() flow needs it, or NangoCatalog refreshes the token of a session it
        /// loaded as `isReconnecting`: the backend makes it with POST /connect/sessions/reconnect.
        bool isReconnect() const;
        /// The fresh token: NangoAuth sets it as connectSessionToken and goes on.
        void setToken(const QString &token) const;
        /// No token to give: the flows that waited fail (@p message says why, if given).
        void fail(const QString &message = QString()) const;

        /// @cond INTERNAL
        // Made by NangoAuth for each request (State is private).
        struct State;
        explicit TokenReply(std::shared_ptr<State> state);
        /// @endcond

    private:
        std::shared_ptr<State> m_state;
    };
    /// The callback of setConnectSessionTokenProvider(): answer @p reply now or later, once.
    using ConnectSessionTokenProvider = std::function<void(const TokenReply &reply)>;

    /// A NangoAuth for Nango Cloud (host https://api.nango.dev) with the default settings; set
    /// connectSessionToken (or a token provider) before the first call.
    explicit NangoAuth(QObject *parent = nullptr);
    ~NangoAuth() override;

    /// Nango server base URL; default https://api.nango.dev. Trailing slashes are stripped.
    QUrl host() const;
    /// Setter of the #host property (notifier: hostChanged()).
    void setHost(const QUrl &host);
    /// Resets the #host property to its default.
    void resetHost();

    /// Getter of the #publicKey property.
    QString publicKey() const;
    /// Setter of the #publicKey property (notifier: publicKeyChanged()).
    void setPublicKey(const QString &publicKey);
    /// Getter of the #connectSessionToken property.
    QString connectSessionToken() const;
    /// Setter of the #connectSessionToken property (notifier: connectSessionTokenChanged()).
    void setConnectSessionToken(const QString &token);

    /**
     * The path OAuth flows open their WebSocket on, resolved as a URL reference against host
     * (docs/protocol.md §1): the one the app set with setWebsocketsPath() when it set one,
     * else the connect session's (sessionWebsocketsPath(), which a self-hosted Nango names and
     * a NangoCatalog that loaded the session passes on), else "/". resetWebsocketsPath()
     * forgets the app's own, so the session's applies again.
     */
    QString websocketsPath() const;
    /// Setter of the #websocketsPath property (notifier: websocketsPathChanged()).
    void setWebsocketsPath(const QString &path);
    /// Resets the #websocketsPath property to its default.
    void resetWebsocketsPath();
    /// True when the app set websocketsPath itself (then the session's is not used).
    bool isWebsocketsPathSet() const;
    /**
     * The `websocketsPath` the connect session names (GET /connect/session; a self-hosted
     * Nango sends it, Nango Cloud does not): used by OAuth flows while the app has not set
     * websocketsPath itself. A NangoCatalog on this NangoAuth calls it when it loads the
     * session; an app reading the session itself may too. Cleared when host changes.
     */
    QString sessionWebsocketsPath() const;
    /// Sets sessionWebsocketsPath() (NangoCatalog does when it loads the session).
    void setSessionWebsocketsPath(const QString &path);

    /// Size of the authorization window in logical pixels (default 500 × 600; values < 1 use it).
    int width() const;
    /// Setter of the #width property (notifier: widthChanged()).
    void setWidth(int width);
    /// Getter of the #height property.
    int height() const;
    /// Setter of the #height property (notifier: heightChanged()).
    void setHeight(int height);

    /// Extra logging on `nangoqt.core` (secrets are never logged, debug or not).
    bool debug() const;
    /// Setter of the #debug property (notifier: debugChanged()).
    void setDebug(bool debug);

    /// Milliseconds a flow may take before it fails with `timeout` (default 10 min; 0 = never).
    int timeout() const;
    /// Setter of the #timeout property (notifier: timeoutChanged()).
    void setTimeout(int milliseconds);

    /**
     * Milliseconds one HTTP request to Nango may take (default 30 s; 0 = unbounded, then only
     * timeout bounds the flow): a request the server leaves unanswered (BILL and SIGNATURE can)
     * fails with `timeout` naming the endpoint and the host. Also bounds the wait for a fresh
     * session token from the app. The flow's overall timeout stays.
     */
    int requestTimeout() const;
    /// Setter of the #requestTimeout property (notifier: requestTimeoutChanged()).
    void setRequestTimeout(int milliseconds);

    /// Milliseconds between WebSocket pings while waiting for the result (default 25 s).
    int keepAliveInterval() const;
    /// Setter of the #keepAliveInterval property (notifier: keepAliveIntervalChanged()).
    void setKeepAliveInterval(int milliseconds);

    /// Getter of the #browser property.
    Browser browser() const;
    /// Setter of the #browser property (notifier: browserChanged()).
    void setBrowser(Browser browser);

    /**
     * The hosts whose authorization pages refuse embedded browsers: with Browser::Auto, a
     * provider whose authorization URL is on one of them gets the system browser. An entry is an
     * exact host or `*.example.com` (any subdomain). Default: defaultSystemBrowserHosts(). Extend
     * it with `setSystemBrowserHosts(NangoAuth::defaultSystemBrowserHosts() << "login.example.com")`,
     * replace it with any list; `{}` never picks the system browser for a provider.
     */
    QStringList systemBrowserHosts() const;
    /// Setter of the #systemBrowserHosts property (notifier: systemBrowserHostsChanged()).
    void setSystemBrowserHosts(const QStringList &hosts);
    /// Resets the #systemBrowserHosts property to its default.
    void resetSystemBrowserHosts();
    /// The hosts of NangoQt's resource `embedded-refusals.json` (resources/README.md), each with
    /// a public source: today `accounts.google.com` (Google's `disallowed_useragent` policy).
    static QStringList defaultSystemBrowserHosts();
    /**
     * Whether a provider whose authorization URL is @p providerAuthorizationUrl gets the system
     * browser under Browser::Auto: its host matches an entry of systemBrowserHosts (a Nango
     * template host such as `${connectionConfig.subdomain}.example.com` matches the entry
     * `*.example.com` by its fixed suffix).
     */
    Q_INVOKABLE bool refusesEmbeddedBrowser(const QUrl &providerAuthorizationUrl) const;

    /**
     * Extra certificate authorities NangoAuth's own connections (the credentials requests and
     * the WebSocket) trust, **in addition to** the system's CAs — e.g. a self-hosted Nango behind
     * a private CA. Empty by default: only the system's CAs. Certificate checks stay on either
     * way (expiry, host name, chain); nothing in NangoQt ever ignores a TLS error. Other
     * QSslSockets of the application are not affected. The embedded modal (QtWebEngine) uses
     * Chromium's own trust store, not this list: see README "Security and failure behaviour".
     */
    QList<QSslCertificate> caCertificates() const;
    /// Setter of the #caCertificates property (notifier: caCertificatesChanged()).
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    /// Adds one CA to caCertificates() (ignored if null or already there).
    void addCaCertificate(const QSslCertificate &certificate);
    /// Adds the PEM certificates of a file; false (nothing added) if it holds none.
    bool addCaCertificates(const QString &pemFile);

    /// How NangoAuth gets a fresh connect session token from the app (see the class notes);
    /// an empty function removes it (then connectSessionTokenRequested() is used, if connected).
    void setConnectSessionTokenProvider(const ConnectSessionTokenProvider &provider);

    /// Overrides how the OAuth window is made for this object (tests, custom windows).
    void setWindowFactory(const NangoAuthWindowFactory &factory);

    /// True while at least one flow runs.
    bool isBusy() const;
    /// The flows that are running, oldest first (each is removed when it finishes).
    QList<NangoAuthFlow *> flows() const;

    /// The WebSocket URL the OAuth branch will use with the current settings (docs/protocol.md §1).
    QUrl webSocketUrl() const;

    /// Connect an account: the credentials branch or the OAuth window (docs/protocol.md §2).
    NangoAuthFlow *auth(const QString &integrationId, const QString &connectionId = QString(),
                        const NangoAuthOptions &options = NangoAuthOptions());
    /**
     * Re-authorize an existing connection, like the JS SDK's `reconnect()`: needs a connect
     * session token your backend made for it with `POST /connect/sessions/reconnect` (else the
     * flow fails with `missing_connect_session_token`, or — with a token provider — NangoAuth
     * asks for one, TokenReply::isReconnect() true), then runs auth(). `invalid_connection`:
     * the connection was deleted since the session was made.
     */
    NangoAuthFlow *reconnect(const QString &integrationId, const NangoAuthOptions &options = NangoAuthOptions());
    /**
     * Opens Nango's hosted Connect UI, like the JS SDK's `nango.openConnectUI(options)`: in an
     * embedded window that frames it (NangoQt::Widgets or the QML module; Browser Auto or
     * Embedded), or its connect link in the system browser (Browser::System, or Auto without an
     * embedded window). The returned session belongs to this NangoAuth and is deleted after its
     * closed(); see NangoConnectUISession for the protocol and for what the app gets in each mode.
     * The session token is the session's (NangoConnectUISession::setSessionToken()), else
     * connectSessionToken, else the token provider is asked.
     */
    NangoConnectUISession *openConnectUI(const NangoConnectUIOptions &options = NangoConnectUIOptions());
    /// Overrides the embedded Connect UI window for this object (tests, the QML module's NangoAuth).
    void setConnectUIWindowFactory(const NangoConnectUIWindowFactory &factory);

    /// Create an unauthenticated connection (docs/protocol.md §4.3); uses options' params and hmac.
    NangoAuthFlow *create(const QString &integrationId, const QString &connectionId = QString(),
                          const NangoAuthOptions &options = NangoAuthOptions());

    /**
     * Warms the embedded browser ahead of the first auth(), so the first modal appears as fast
     * as later ones. Does nothing when no embedded window is registered (Core alone). Call it
     * once the application object exists, e.g. right after creating QApplication.
     */
    static void preload();

public Q_SLOTS:
    /// Cancels every running flow (each fails with `authorization_cancelled`).
    void cancel();

    /**
     * Asks the app for a fresh connect session token now (the provider, or
     * connectSessionTokenRequested()), for a class of its own that got 401
     * `unknown_connect_session_token` (the catalog). Joins a request already under way. Returns
     * false when nobody can be asked (no provider, nothing connected to the signal);
     * connectSessionTokenRefreshed() follows either way, once, from the event loop.
     */
    bool refreshConnectSessionToken();

Q_SIGNALS:
    /// Every flow's result, re-emitted after the flow's own succeeded(), as its finished() is
    /// emitted (NangoAuth is the first receiver of its flows' finished(), as
    /// QNetworkAccessManager is of its replies').
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// Every flow's failure, re-emitted likewise after the flow's own failed().
    void failed(const QString &type, const QString &message);
    /// Every flow, from any caller (forms, buttons, your code), as auth() or create() returns it:
    /// its integrationId and authMode are set; its result comes later.
    void flowStarted(NangoAuthFlow *flow);
    /// Every flow, as its finished() is emitted, after succeeded() or failed() here; the flow is
    /// no longer in flows() and isBusy() is up to date.
    void flowFinished(NangoAuthFlow *flow);

    /// A fresh connect session token is needed and no provider is set: answer by setting
    /// connectSessionToken (empty: none to give) within requestTimeout.
    void connectSessionTokenRequested();
    /// A request for a fresh token ended: @p ok when connectSessionToken now holds the new one.
    void connectSessionTokenRefreshed(bool ok);

    /// Notifier of the #host property.
    void hostChanged();
    /// Notifier of the #publicKey property.
    void publicKeyChanged();
    /// Notifier of the #connectSessionToken property.
    void connectSessionTokenChanged();
    /// Notifier of the #websocketsPath property.
    void websocketsPathChanged();
    /// Notifier of the #width property.
    void widthChanged();
    /// Notifier of the #height property.
    void heightChanged();
    /// Notifier of the #debug property.
    void debugChanged();
    /// Notifier of the #timeout property.
    void timeoutChanged();
    /// Notifier of the #keepAliveInterval property.
    void keepAliveIntervalChanged();
    /// Notifier of the #requestTimeout property.
    void requestTimeoutChanged();
    /// Notifier of the #browser property.
    void browserChanged();
    /// Notifier of the #systemBrowserHosts property.
    void systemBrowserHostsChanged();
    /// Notifier of the #caCertificates property.
    void caCertificatesChanged();
    /// Notifier of the #busy property; @p busy is its new value.
    void busyChanged(bool busy);

private:
    friend class NangoAuthPrivate;
    std::unique_ptr<NangoAuthPrivate> const d;
};
