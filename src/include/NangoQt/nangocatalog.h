// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangointegrationsmodel.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

class NangoAuth;
class NangoCatalogPrivate;
class NangoIntegrationsModel;

/**
 * @brief What the connect session may connect: Nango's catalog, read with the session token.
 *
 * One job, like a QNetworkAccessManager for four read-only endpoints (spec §2): on the host,
 * session token and TLS CAs of auth(), it reads `GET /connect/session`, `GET /integrations`,
 * `GET /providers[?search=]` and `GET /providers/:provider` with `Authorization: Bearer <token>`
 * and `Accept-Language` from NangoTranslations' language or the application's locale (language()). Every load is asynchronous
 * and ends with exactly one loaded() or failed() (also when the answer is cached: a later event
 * loop turn); cancel() ends the running ones with `authorization_cancelled`. Answers are cached
 * per session token (and host and language): a new token reads afresh, clearCache() forgets.
 *
 * **Expired tokens.** A load answered 401 `unknown_connect_session_token` asks auth() for a fresh
 * token once (NangoAuth::refreshConnectSessionToken(): its token provider, or
 * connectSessionTokenRequested()), waits for NangoAuth::connectSessionTokenRefreshed(), forgets
 * the dead token's cached answers and sends the load again once with the new token. Without a
 * new token (nobody to ask, none given, the same one again), or when the retry is refused too,
 * the load fails with that typed error: never a loop.
 *
 * Errors are typed like every flow's: a refused token is `unknown_connect_session_token` with a
 * message saying the session expired and the app must fetch a new token from its backend;
 * `missing_auth_token` without a session token (the catalog does not take public keys),
 * `network_error` / `tls_error` in the flows' words, `invalid_response`, `timeout`.
 *
 * @code
 * auto *catalog = new NangoCatalog(nango, this);
 * connect(catalog, &NangoCatalog::loaded, this, [catalog](NangoCatalog::Request r) {
 *     if (r == NangoCatalog::Integrations)
 *         listView->setModel(catalog->integrationsModel());
 * });
 * catalog->load(); // the session and its integrations
 * @endcode
 *
 * A self-hosted Nango names its WebSocket path in the session (`websocketsPath`): see
 * websocketsPath(); the catalog hands it to auth() (NangoAuth::setSessionWebsocketsPath()), so
 * OAuth flows use it unless the app set NangoAuth::websocketsPath itself.
 */
class NANGOQT_CORE_EXPORT NangoCatalog : public QObject
{
    Q_OBJECT
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage RESET resetLanguage NOTIFY languageChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QVariantMap session READ session NOTIFY sessionChanged)
    Q_PROPERTY(bool reconnecting READ isReconnecting NOTIFY sessionChanged)
    Q_PROPERTY(QString websocketsPath READ websocketsPath NOTIFY websocketsPathChanged)
    Q_PROPERTY(QVariantList integrations READ integrations NOTIFY integrationsChanged)
    Q_PROPERTY(NangoIntegrationsModel *integrationsModel READ integrationsModel CONSTANT)
    Q_PROPERTY(QString errorType READ errorType NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    /// What a load reads.
    enum Request {
        Session,      ///< GET /connect/session
        Integrations, ///< GET /integrations
        Providers,    ///< GET /providers[?search=]
        Provider,     ///< GET /providers/:provider
    };
    Q_ENUM(Request)

    static constexpr int DefaultTimeout = 30 * 1000; ///< ms
    static constexpr qint64 MaxResponseSize = 32 * 1024 * 1024;

    explicit NangoCatalog(QObject *parent = nullptr);
    explicit NangoCatalog(NangoAuth *auth, QObject *parent = nullptr);
    ~NangoCatalog() override;

    /// The NangoAuth whose host, connect session token and CA certificates are used.
    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);

    /// The `Accept-Language` sent: by default the language NangoTranslations::install() put
    /// NangoQt in (so the providers' field titles match the forms' own texts), else the language
    /// of QLocale() (e.g. "de"), with "en" after it as a fallback.
    QString language() const;
    void setLanguage(const QString &language);
    void resetLanguage();

    /// Milliseconds a load may take before it fails with `timeout` (default 30 s; 0 = never).
    int timeout() const;
    void setTimeout(int milliseconds);

    /// True while a load runs.
    bool isBusy() const;

    /// GET /connect/session's `data` (endUser, allowed_integrations, integrations_config_defaults,
    /// isReconnecting, websocketsPath, …); empty until loaded.
    QVariantMap session() const;
    bool hasSession() const;
    bool isReconnecting() const;
    /// The session's `integrations_config_defaults`, by integration.
    Q_INVOKABLE QVariantMap integrationsConfigDefaults() const;
    /**
     * The session's `websocketsPath` (a self-hosted Nango always sends it, Nango Cloud never):
     * where OAuth flows of this session should open their WebSocket when the app has not set
     * NangoAuth::websocketsPath itself. "" until the session is loaded or when it names none.
     * Each loaded session is passed on with NangoAuth::setSessionWebsocketsPath().
     */
    QString websocketsPath() const;

    /// GET /integrations's `data` (the integrations the session may connect).
    QVariantList integrations() const;
    bool hasIntegrations() const;
    /// The integration whose `unique_key` is @p uniqueKey; empty when none.
    Q_INVOKABLE QVariantMap integration(const QString &uniqueKey) const;
    /// integrations() as a list model, with the auth mode of each once its provider is loaded.
    NangoIntegrationsModel *integrationsModel() const;

    /// GET /providers/:provider's `data`, with the server's field order under `$keyOrder`
    /// (NangoCredentialsFormModel::setSchema() reads it); empty until loaded.
    Q_INVOKABLE QVariantMap provider(const QString &name) const;
    Q_INVOKABLE bool hasProvider(const QString &name) const;
    /// GET /providers?search=@p search's `data` (every provider for ""); empty until loaded.
    Q_INVOKABLE QVariantList providers(const QString &search = QString()) const;
    Q_INVOKABLE bool hasProviders(const QString &search = QString()) const;

    /// The last failure's type and message ("" after a success).
    QString errorType() const;
    QString errorMessage() const;

public Q_SLOTS:
    /// The session, then the integrations, then the provider of each integration (for their auth mode).
    void load();
    void loadSession();
    void loadIntegrations();
    void loadProviders(const QString &search = QString());
    void loadProvider(const QString &name);
    /// Forgets every cached answer (of every token).
    void clearCache();
    /// Ends every running load with failed(…, `authorization_cancelled`, …).
    void cancel();

Q_SIGNALS:
    /// A load ended: its answer is now in session(), integrations(), providers(@p name) or provider(@p name).
    void loaded(NangoCatalog::Request request, const QString &name);
    /// A load failed; @p name is the provider or the search.
    void failed(NangoCatalog::Request request, const QString &name, const QString &type, const QString &message);
    void authChanged();
    void languageChanged();
    void timeoutChanged();
    void busyChanged(bool busy);
    void sessionChanged();
    void websocketsPathChanged();
    void integrationsChanged();
    void providersChanged();
    void errorChanged();

private:
    friend class NangoCatalogPrivate;
    std::unique_ptr<NangoCatalogPrivate> const d;
};
