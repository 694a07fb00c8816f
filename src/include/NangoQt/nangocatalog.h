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
    /// @copydoc auth() const
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    /// @copydoc language() const
    Q_PROPERTY(QString language READ language WRITE setLanguage RESET resetLanguage NOTIFY languageChanged)
    /// @copydoc timeout() const
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    /// @copydoc isBusy() const
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// @copydoc session() const
    Q_PROPERTY(QVariantMap session READ session NOTIFY sessionChanged)
    /// The session's `isReconnecting`: the token was made for a reconnect (`POST
    /// /connect/sessions/reconnect`); false until the session is loaded.
    Q_PROPERTY(bool reconnecting READ isReconnecting NOTIFY sessionChanged)
    /// @copydoc websocketsPath() const
    Q_PROPERTY(QString websocketsPath READ websocketsPath NOTIFY websocketsPathChanged)
    /// @copydoc integrations() const
    Q_PROPERTY(QVariantList integrations READ integrations NOTIFY integrationsChanged)
    /// @copydoc integrationsModel() const
    Q_PROPERTY(NangoIntegrationsModel *integrationsModel READ integrationsModel CONSTANT)
    /// @copydoc errorType() const
    Q_PROPERTY(QString errorType READ errorType NOTIFY errorChanged)
    /// The last failure's message ("" after a success); its type is #errorType.
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
    /// Bytes a catalog answer may have: a larger one fails the load with `invalid_response`.
    static constexpr qint64 MaxResponseSize = 32 * 1024 * 1024;

    /// A catalog without a NangoAuth: set #auth before loading.
    explicit NangoCatalog(QObject *parent = nullptr);
    /// A catalog that reads with @p auth's host, session token and CA certificates.
    explicit NangoCatalog(NangoAuth *auth, QObject *parent = nullptr);
    ~NangoCatalog() override;

    /// The NangoAuth whose host, connect session token and CA certificates are used.
    NangoAuth *auth() const;
    /// Setter of the #auth property (notifier: authChanged()).
    void setAuth(NangoAuth *auth);

    /// The `Accept-Language` sent: by default the language NangoTranslations::install() put
    /// NangoQt in (so the providers' field titles match the forms' own texts), else the language
    /// of QLocale() (e.g. "de"), with "en" after it as a fallback.
    QString language() const;
    /// Setter of the #language property (notifier: languageChanged()).
    void setLanguage(const QString &language);
    /// Resets the #language property to its default.
    void resetLanguage();

    /// Milliseconds a load may take before it fails with `timeout` (default 30 s; 0 = never).
    int timeout() const;
    /// Setter of the #timeout property (notifier: timeoutChanged()).
    void setTimeout(int milliseconds);

    /// True while a load runs.
    bool isBusy() const;

    /// GET /connect/session's `data` (endUser, allowed_integrations, integrations_config_defaults,
    /// isReconnecting, websocketsPath, …); empty until loaded.
    QVariantMap session() const;
    /// True once a session is loaded (for the current token, host and language).
    bool hasSession() const;
    /// Getter of the #reconnecting property.
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
    /// True once the integrations are loaded (for the current token, host and language).
    bool hasIntegrations() const;
    /// The integration whose `unique_key` is @p uniqueKey; empty when none.
    Q_INVOKABLE QVariantMap integration(const QString &uniqueKey) const;
    /// integrations() as a list model, with the auth mode of each once its provider is loaded.
    NangoIntegrationsModel *integrationsModel() const;

    /// GET /providers/:provider's `data`, with the server's field order under `$keyOrder`
    /// (NangoCredentialsFormModel::setSchema() reads it); empty until loaded.
    Q_INVOKABLE QVariantMap provider(const QString &name) const;
    /// True once provider(@p name) is loaded.
    Q_INVOKABLE bool hasProvider(const QString &name) const;
    /// GET /providers?search=@p search's `data` (every provider for ""); empty until loaded.
    Q_INVOKABLE QVariantList providers(const QString &search = QString()) const;
    /// True once providers(@p search) is loaded.
    Q_INVOKABLE bool hasProviders(const QString &search = QString()) const;

    /// The last failure's type and message ("" after a success).
    QString errorType() const;
    /// Getter of the #errorMessage property.
    QString errorMessage() const;

public Q_SLOTS:
    /// The session, then the integrations, then the provider of each integration (for their auth mode).
    void load();
    /// Loads session() (GET /connect/session); a cached answer ends with loaded() too.
    void loadSession();
    /// Loads integrations() (GET /integrations).
    void loadIntegrations();
    /// Loads providers(@p search) (GET /providers, `?search=` when @p search is not empty).
    void loadProviders(const QString &search = QString());
    /// Loads provider(@p name) (GET /providers/:provider); also sets that provider's auth mode in
    /// integrationsModel().
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
    /// Notifier of the #auth property.
    void authChanged();
    /// Notifier of the #language property.
    void languageChanged();
    /// Notifier of the #timeout property.
    void timeoutChanged();
    /// Notifier of the #busy property; @p busy is its new value.
    void busyChanged(bool busy);
    /// Notifier of #session and #reconnecting.
    void sessionChanged();
    /// Notifier of the #websocketsPath property.
    void websocketsPathChanged();
    /// Notifier of the #integrations property.
    void integrationsChanged();
    /// A provider() or providers() answer arrived, or another session's cache applies.
    void providersChanged();
    /// Notifier of #errorType and #errorMessage.
    void errorChanged();

private:
    friend class NangoCatalogPrivate;
    std::unique_ptr<NangoCatalogPrivate> const d;
};
