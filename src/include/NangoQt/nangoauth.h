// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangoauthwindow.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class NangoAuthFlow;
class NangoAuthPrivate;
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
 */
class NANGOQT_CORE_EXPORT NangoAuth : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl host READ host WRITE setHost RESET resetHost NOTIFY hostChanged)
    Q_PROPERTY(QString publicKey READ publicKey WRITE setPublicKey NOTIFY publicKeyChanged)
    Q_PROPERTY(QString connectSessionToken READ connectSessionToken WRITE setConnectSessionToken NOTIFY connectSessionTokenChanged)
    Q_PROPERTY(QString websocketsPath READ websocketsPath WRITE setWebsocketsPath NOTIFY websocketsPathChanged)
    Q_PROPERTY(int width READ width WRITE setWidth NOTIFY widthChanged)
    Q_PROPERTY(int height READ height WRITE setHeight NOTIFY heightChanged)
    Q_PROPERTY(bool debug READ debug WRITE setDebug NOTIFY debugChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(int keepAliveInterval READ keepAliveInterval WRITE setKeepAliveInterval NOTIFY keepAliveIntervalChanged)
    Q_PROPERTY(Browser browser READ browser WRITE setBrowser NOTIFY browserChanged)
    Q_PROPERTY(QList<QSslCertificate> caCertificates READ caCertificates WRITE setCaCertificates NOTIFY caCertificatesChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    /// Where the OAuth window is shown.
    enum class Browser {
        Auto,     ///< the embedded modal when a GUI module registered one, else the system browser
        Embedded, ///< the embedded modal; `blocked_by_browser` when none is available
        System,   ///< the user's default browser
    };
    Q_ENUM(Browser)

    static constexpr int DefaultWidth = 500;
    static constexpr int DefaultHeight = 600;
    static constexpr int DefaultTimeout = 10 * 60 * 1000;      ///< ms
    static constexpr int DefaultKeepAliveInterval = 25 * 1000; ///< ms

    explicit NangoAuth(QObject *parent = nullptr);
    ~NangoAuth() override;

    /// Nango server base URL; default https://api.nango.dev. Trailing slashes are stripped.
    QUrl host() const;
    void setHost(const QUrl &host);
    void resetHost();

    QString publicKey() const;
    void setPublicKey(const QString &publicKey);
    QString connectSessionToken() const;
    void setConnectSessionToken(const QString &token);

    /// Resolved as a URL reference against host (docs/protocol.md §1); default "/".
    QString websocketsPath() const;
    void setWebsocketsPath(const QString &path);

    /// Size of the authorization window in logical pixels (default 500 × 600; values < 1 use it).
    int width() const;
    void setWidth(int width);
    int height() const;
    void setHeight(int height);

    /// Extra logging on `nangoqt.core` (secrets are never logged, debug or not).
    bool debug() const;
    void setDebug(bool debug);

    /// Milliseconds a flow may take before it fails with `timeout` (default 10 min; 0 = never).
    int timeout() const;
    void setTimeout(int milliseconds);

    /// Milliseconds between WebSocket pings while waiting for the result (default 25 s).
    int keepAliveInterval() const;
    void setKeepAliveInterval(int milliseconds);

    Browser browser() const;
    void setBrowser(Browser browser);

    /**
     * Extra certificate authorities NangoAuth's own connections (the credentials requests and
     * the WebSocket) trust, **in addition to** the system's CAs — e.g. a self-hosted Nango behind
     * a private CA. Empty by default: only the system's CAs. Certificate checks stay on either
     * way (expiry, host name, chain); nothing in NangoQt ever ignores a TLS error. Other
     * QSslSockets of the application are not affected. The embedded modal (QtWebEngine) uses
     * Chromium's own trust store, not this list: see README "Security and failure behaviour".
     */
    QList<QSslCertificate> caCertificates() const;
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    /// Adds one CA to caCertificates() (ignored if null or already there).
    void addCaCertificate(const QSslCertificate &certificate);
    /// Adds the PEM certificates of a file; false (nothing added) if it holds none.
    bool addCaCertificates(const QString &pemFile);

    /// Overrides how the OAuth window is made for this object (tests, custom windows).
    void setWindowFactory(const NangoAuthWindowFactory &factory);

    /// True while at least one flow runs.
    bool isBusy() const;
    QList<NangoAuthFlow *> flows() const;

    /// The WebSocket URL the OAuth branch will use with the current settings (docs/protocol.md §1).
    QUrl webSocketUrl() const;

    /// Connect an account: the credentials branch or the OAuth window (docs/protocol.md §2).
    NangoAuthFlow *auth(const QString &integrationId, const QString &connectionId = QString(),
                        const NangoAuthOptions &options = NangoAuthOptions());
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

    void hostChanged();
    void publicKeyChanged();
    void connectSessionTokenChanged();
    void websocketsPathChanged();
    void widthChanged();
    void heightChanged();
    void debugChanged();
    void timeoutChanged();
    void keepAliveIntervalChanged();
    void browserChanged();
    void caCertificatesChanged();
    void busyChanged(bool busy);

private:
    std::unique_ptr<NangoAuthPrivate> const d;
};
