// SPDX-License-Identifier: MIT
#include "nangocatalog.h"
#include "nangotranslations.h"

#include "nangoauth_p.h"
#include "nangoerrorparser_p.h"
#include "nangoerrortypes.h"
#include "nangoformschema_p.h"
#include "nangologging_p.h"
#include "nangomessages_p.h"
#include "nangonetworkerror_p.h"
#include "nangoquery_p.h"
#include "nangotls_p.h"
#include "nangovalidation_p.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoIntegrationsModel>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

using namespace NangoQtPrivate;

namespace {

/// The answers of one session token, on one host, in one language.
struct Cache
{
    QVariantMap session;
    bool hasSession = false;
    QVariantList integrations;
    bool hasIntegrations = false;
    QHash<QString, QVariantMap> providers;     // by name
    QHash<QString, QVariantList> providerLists; // by search
};

struct Load
{
    NangoCatalog::Request request;
    QString name;
    QString cacheKey;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    bool retried = false;       // sent again after a token refresh: never refreshed twice
    bool awaitingToken = false; // answered 401 unknown_connect_session_token: waits for a fresh token
    quint64 serial = 0;         // which load, for callbacks that outlive it
    QString token;              // the token it was sent with
    QString deadToken;          // the token the server refused
    QString refusedType;        // the server's error, reported if no fresh token comes
    QString refusedMessage;
};

} // namespace

class NangoCatalogPrivate
{
public:
    explicit NangoCatalogPrivate(NangoCatalog *q)
        : q(q)
    {
    }
    QString cacheKey() const;
    Cache &cache() { return caches[cacheKey()]; }
    const Cache *currentCache() const
    {
        const auto it = caches.constFind(cacheKey());
        return it == caches.cend() ? nullptr : &*it;
    }
    QString acceptLanguage() const;
    void start(NangoCatalog::Request request, const QString &name, bool retried = false);
    bool awaitToken(Load *load, const QString &type, const QString &message);
    void tokenRefreshed(bool ok);
    void retryWithFreshToken(Load *load);
    void finish(Load *load, const QByteArray &body, int status, QNetworkReply *reply);
    void fail(Load *load, const QString &type, const QString &message);
    void end(Load *load);
    void deliverLater(NangoCatalog::Request request, const QString &name);
    void setError(const QString &type, const QString &message);
    void updateBusy();
    void tokenChanged();
    void announceSession();
    void refreshModel();
    void loadProvidersOfIntegrations();

    NangoCatalog *const q;
    QPointer<NangoAuth> auth;
    QNetworkAccessManager *network = nullptr;
    QString language; // "" = from QLocale()
    int timeout = NangoCatalog::DefaultTimeout;
    QHash<QString, Cache> caches;
    QList<Load *> loads;
    NangoIntegrationsModel *model = nullptr;
    QString errorType;
    QString errorMessage;
    QString websocketsPath; // as announced
    bool busy = false;
    bool loadAll = false; // load(): session → integrations → their providers
    quint64 loadSerial = 0;
};

QString NangoCatalogPrivate::cacheKey() const
{
    if (!auth)
        return QString();
    return auth->host().toString() + QLatin1Char('\n') + auth->connectSessionToken() + QLatin1Char('\n') + acceptLanguage();
}

QString NangoCatalogPrivate::acceptLanguage() const
{
    QString lang = language.isEmpty() ? NangoTranslations::language() : language;
    if (lang.isEmpty()) {
        lang = QLocale().name().section(QLatin1Char('_'), 0, 0);
        if (lang.isEmpty() || lang == QLatin1String("C"))
            lang = QStringLiteral("en");
    }
    if (lang != QLatin1String("en"))
        lang += QStringLiteral(", en;q=0.5");
    return lang;
}

void NangoCatalogPrivate::setError(const QString &type, const QString &message)
{
    if (errorType == type && errorMessage == message)
        return;
    errorType = type;
    errorMessage = message;
    Q_EMIT q->errorChanged();
}

void NangoCatalogPrivate::updateBusy()
{
    const bool now = !loads.isEmpty();
    if (now == busy)
        return;
    busy = now;
    Q_EMIT q->busyChanged(busy);
}

void NangoCatalogPrivate::deliverLater(NangoCatalog::Request request, const QString &name)
{
    QTimer::singleShot(0, q, [this, request, name] {
        setError(QString(), QString());
        Q_EMIT q->loaded(request, name);
        if (loadAll && request == NangoCatalog::Session)
            q->loadIntegrations();
        else if (loadAll && request == NangoCatalog::Integrations)
            loadProvidersOfIntegrations();
    });
}

void NangoCatalogPrivate::start(NangoCatalog::Request request, const QString &name, bool retried)
{
    for (const Load *l : std::as_const(loads)) {
        if (l->request == request && l->name == name && l->cacheKey == cacheKey())
            return; // already on its way: one answer serves both
    }
    const auto failLater = [this, request, name](const QString &type, const QString &message) {
        QTimer::singleShot(0, q, [this, request, name, type, message] {
            setError(type, message);
            Q_EMIT q->failed(request, name, type, message);
        });
    };
    if (!auth) {
        failLater(QString::fromLatin1(NangoErrorType::MissingAuthToken), NangoMessages::tr("The catalog has no NangoAuth to read the session from."));
        return;
    }
    if (auth->connectSessionToken().isEmpty()) {
        failLater(QString::fromLatin1(NangoErrorType::MissingAuthToken),
                  NangoMessages::tr("Reading the catalog needs a connect session token (a public key cannot read it): "
                                    "ask your backend for one (POST /connect/sessions) and set it on NangoAuth."));
        return;
    }
    QString hostError;
    const QUrl host = normalizeHost(auth->host(), &hostError);
    if (!host.isValid()) {
        failLater(QString::fromLatin1(NangoErrorType::InvalidHostUrl), hostError);
        return;
    }
    const Cache *cached = currentCache();
    if (cached) {
        const bool hit = (request == NangoCatalog::Session && cached->hasSession)
            || (request == NangoCatalog::Integrations && cached->hasIntegrations)
            || (request == NangoCatalog::Provider && cached->providers.contains(name))
            || (request == NangoCatalog::Providers && cached->providerLists.contains(name));
        if (hit) {
            deliverLater(request, name);
            return;
        }
    }

    QByteArray path;
    QByteArray query;
    switch (request) {
    case NangoCatalog::Session:
        path = "/connect/session";
        break;
    case NangoCatalog::Integrations:
        path = "/integrations";
        break;
    case NangoCatalog::Providers:
        path = "/providers";
        if (!name.isEmpty())
            query = "?search=" + percentEncode(name);
        break;
    case NangoCatalog::Provider:
        path = "/providers/" + percentEncode(name);
        break;
    }
    const QUrl url = buildUrl(host, path, query);
    if (!network)
        network = new QNetworkAccessManager(q);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + auth->connectSessionToken().toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Accept-Language", acceptLanguage().toUtf8());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(sslConfiguration(auth->caCertificates()));
    trace(auth->debug()) << "GET" << url.toDisplayString(); // the token travels in a header only

    auto *load = new Load;
    load->request = request;
    load->name = name;
    load->cacheKey = cacheKey();
    load->token = auth->connectSessionToken();
    load->serial = ++loadSerial;
    load->reply = network->get(req);
    load->retried = retried;
    loads << load;
    QNetworkReply *reply = load->reply;
    auto tlsError = std::make_shared<QString>();
    QObject::connect(reply, &QNetworkReply::sslErrors, q, [tlsError](const QList<QSslError> &errors) {
        *tlsError = errors.isEmpty() ? QString() : errors.first().errorString(); // never ignored
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, q, [this, load, host](qint64 received, qint64) {
        if (received > NangoCatalog::MaxResponseSize) {
            fail(load, QString::fromLatin1(NangoErrorType::InvalidResponse),
                 NangoMessages::tr("The Nango server at %1 sent a catalog answer larger than %2 bytes.")
                     .arg(host.toDisplayString())
                     .arg(NangoCatalog::MaxResponseSize));
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, load, reply, host, tlsError] {
        if (!loads.contains(load))
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const ConnectFailure failure = connectFailure(reply->error());
            const NangoError e = connectError(failure, host, failure == ConnectFailure::Tls && !tlsError->isEmpty() ? *tlsError : reply->errorString());
            fail(load, e.type, e.message);
            return;
        }
        finish(load, reply->read(NangoCatalog::MaxResponseSize), status, reply);
    });
    if (timeout > 0) {
        load->timer = new QTimer(q);
        load->timer->setSingleShot(true);
        QObject::connect(load->timer, &QTimer::timeout, q, [this, load, host] {
            fail(load, QString::fromLatin1(NangoErrorType::Timeout),
                 NangoMessages::tr("The Nango server at %1 did not answer the catalog request within %2 s.")
                     .arg(host.toDisplayString())
                     .arg(timeout / 1000.0));
        });
        load->timer->start(timeout);
    }
    updateBusy();
}

void NangoCatalogPrivate::end(Load *load)
{
    loads.removeOne(load);
    if (QNetworkReply *reply = load->reply) {
        reply->disconnect(q);
        reply->abort();
        reply->deleteLater();
    }
    delete load->timer;
    delete load;
    updateBusy();
}

void NangoCatalogPrivate::fail(Load *load, const QString &type, const QString &message)
{
    if (!loads.contains(load))
        return;
    // Copies first: the caller may pass the load's own strings, and end() deletes the load.
    const NangoCatalog::Request request = load->request;
    const QString name = load->name;
    const QString errorType = type;
    const QString errorMessage = message;
    end(load);
    loadAll = false;
    setError(errorType, errorMessage);
    Q_EMIT q->failed(request, name, errorType, errorMessage);
}

void NangoCatalogPrivate::finish(Load *load, const QByteArray &body, int status, QNetworkReply *reply)
{
    if (status >= 300 && status < 400) {
        fail(load, QString::fromLatin1(NangoErrorType::InvalidResponse),
             NangoMessages::tr("The Nango server answered HTTP %1, a redirect to \"%2\"; check the host setting.")
                 .arg(status)
                 .arg(QString::fromUtf8(reply->rawHeader("Location")).left(120)));
        return;
    }
    if (status < 200 || status >= 300) {
        const NangoError e = parseErrorBody(status, body);
        if (status == 401 && e.type == QLatin1String(NangoErrorType::UnknownConnectSessionToken) && awaitToken(load, e.type, e.message))
            return; // retried once with the fresh token, or failed with this error
        fail(load, e.type, e.message);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    const bool listExpected = load->request == NangoCatalog::Integrations || load->request == NangoCatalog::Providers;
    if (parseError.error != QJsonParseError::NoError || (listExpected ? !data.isArray() : !data.isObject())) {
        fail(load, QString::fromLatin1(NangoErrorType::InvalidResponse),
             NangoMessages::tr("The Nango server answered HTTP %1 without the catalog's data: \"%2\".").arg(status).arg(bodyExcerpt(body)));
        return;
    }
    const NangoCatalog::Request request = load->request;
    const QString name = load->name;
    Cache &c = caches[load->cacheKey];
    const bool current = load->cacheKey == cacheKey();
    switch (request) {
    case NangoCatalog::Session:
        c.session = data.toObject().toVariantMap();
        c.hasSession = true;
        break;
    case NangoCatalog::Integrations:
        c.integrations = data.toArray().toVariantList();
        c.hasIntegrations = true;
        break;
    case NangoCatalog::Providers:
        c.providerLists.insert(name, data.toArray().toVariantList());
        break;
    case NangoCatalog::Provider:
        c.providers.insert(name, NangoFormSchema::providerFromJson(body));
        break;
    }
    end(load);
    setError(QString(), QString());
    if (current) {
        switch (request) {
        case NangoCatalog::Session:
            Q_EMIT q->sessionChanged();
            if (q->websocketsPath() != websocketsPath) {
                websocketsPath = q->websocketsPath();
                Q_EMIT q->websocketsPathChanged();
            }
            announceSession();
            break;
        case NangoCatalog::Integrations:
            refreshModel();
            Q_EMIT q->integrationsChanged();
            break;
        case NangoCatalog::Providers:
            Q_EMIT q->providersChanged();
            break;
        case NangoCatalog::Provider:
            model->setProviderAuthMode(name, c.providers.value(name).value(QStringLiteral("auth_mode")).toString());
            Q_EMIT q->providersChanged();
            break;
        }
    }
    Q_EMIT q->loaded(request, name);
    if (loadAll && request == NangoCatalog::Session)
        q->loadIntegrations();
    else if (loadAll && request == NangoCatalog::Integrations)
        loadProvidersOfIntegrations();
}

bool NangoCatalogPrivate::awaitToken(Load *load, const QString &type, const QString &message)
{
    // At most one refresh per load, never a loop: a retried load reports the server's error.
    if (load->retried || !auth)
        return false;
    load->awaitingToken = true;
    load->deadToken = load->token; // the token this load was sent with, not necessarily the current one
    load->refusedType = type;
    load->refusedMessage = message;
    if (QNetworkReply *reply = load->reply) {
        reply->disconnect(q);
        reply->deleteLater();
        load->reply = nullptr;
    }
    delete load->timer; // NangoAuth bounds the wait (requestTimeout); the retry gets its own
    load->timer = nullptr;
    NangoAuthPrivate *authPrivate = NangoAuthPrivate::get(auth);
    const QString current = auth->connectSessionToken();
    if (!authPrivate->tokenRequestPending && !current.isEmpty() && current != load->deadToken) {
        // A refresh ended since this load was sent (another load's 401, answered at once): the
        // current token is the fresh one. Retry with it, once, without asking again.
        QTimer::singleShot(0, q, [this, serial = load->serial] {
            for (Load *l : std::as_const(loads)) {
                if (l->serial == serial && l->awaitingToken) {
                    retryWithFreshToken(l);
                    return;
                }
            }
        });
        return true;
    }
    // A refresh under way is joined (NangoAuth asks once for all). The fresh token of a reconnect
    // session must be a reconnect session too (POST /connect/sessions/reconnect): the dead
    // token's session, when it was loaded, says so, and names its integration.
    const Cache dead = caches.value(load->cacheKey);
    const bool reconnect = dead.hasSession && dead.session.value(QStringLiteral("isReconnecting")).toBool();
    const QString integrationId = reconnect ? dead.session.value(QStringLiteral("allowed_integrations")).toList().value(0).toString() : QString();
    if (!authPrivate->refresh(integrationId, reconnect)) { // nobody to ask: connectSessionTokenRefreshed(false) finds no load
        load->awaitingToken = false;
        return false;
    }
    return true;
}

void NangoCatalogPrivate::retryWithFreshToken(Load *load)
{
    const QString fresh = auth ? auth->connectSessionToken() : QString();
    if (fresh.isEmpty() || fresh == load->deadToken) {
        fail(load, load->refusedType, load->refusedMessage);
        return;
    }
    // The dead token's answers are of no use any more; the load goes again, once.
    caches.remove(load->cacheKey);
    const NangoCatalog::Request request = load->request;
    const QString name = load->name;
    loads.removeOne(load);
    delete load;
    start(request, name, true);
    updateBusy();
}

void NangoCatalogPrivate::tokenRefreshed(bool ok)
{
    const QList<Load *> running = loads;
    for (Load *load : running) {
        if (!loads.contains(load) || !load->awaitingToken)
            continue;
        if (!ok) {
            fail(load, load->refusedType, load->refusedMessage);
            continue;
        }
        retryWithFreshToken(load);
    }
}

void NangoCatalogPrivate::loadProvidersOfIntegrations()
{
    loadAll = false;
    QStringList seen;
    for (const QVariant &v : q->integrations()) {
        const QString provider = v.toMap().value(QStringLiteral("provider")).toString();
        if (provider.isEmpty() || seen.contains(provider))
            continue;
        seen << provider;
        q->loadProvider(provider);
    }
}

void NangoCatalogPrivate::refreshModel()
{
    model->setIntegrations(q->integrations(), auth ? auth->host() : QUrl());
    if (const Cache *c = currentCache()) {
        for (auto it = c->providers.cbegin(); it != c->providers.cend(); ++it)
            model->setProviderAuthMode(it.key(), it.value().value(QStringLiteral("auth_mode")).toString());
    }
}

void NangoCatalogPrivate::announceSession()
{
    // The session's WebSocket path goes to the NangoAuth whose token it is: its OAuth flows use
    // it unless the app set NangoAuth::websocketsPath itself. A token without a loaded session
    // leaves the last one (the same server names the same path).
    if (auth && q->hasSession())
        auth->setSessionWebsocketsPath(q->websocketsPath());
}

void NangoCatalogPrivate::tokenChanged()
{
    // Another token (or host) is another session: what is shown follows the cache of the new one.
    refreshModel();
    Q_EMIT q->sessionChanged();
    Q_EMIT q->integrationsChanged();
    Q_EMIT q->providersChanged();
    if (q->websocketsPath() != websocketsPath) {
        websocketsPath = q->websocketsPath();
        Q_EMIT q->websocketsPathChanged();
    }
    announceSession();
}

NangoCatalog::NangoCatalog(QObject *parent)
    : NangoCatalog(nullptr, parent)
{
}

NangoCatalog::NangoCatalog(NangoAuth *auth, QObject *parent)
    : QObject(parent)
    , d(new NangoCatalogPrivate(this))
{
    d->model = new NangoIntegrationsModel(this);
    setAuth(auth);
    // The default language follows NangoTranslations: a switch changes what the next load asks for.
    connect(NangoTranslations::instance(), &NangoTranslations::languageChanged, this, [this] {
        if (d->language.isEmpty())
            Q_EMIT languageChanged();
    });
}

NangoCatalog::~NangoCatalog()
{
    for (Load *load : std::as_const(d->loads)) {
        if (QNetworkReply *reply = load->reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        delete load->timer;
        delete load;
    }
    d->loads.clear();
}

NangoAuth *NangoCatalog::auth() const { return d->auth; }
void NangoCatalog::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    if (d->auth)
        disconnect(d->auth, nullptr, this, nullptr);
    d->auth = auth;
    if (auth) {
        connect(auth, &NangoAuth::connectSessionTokenChanged, this, [this] { d->tokenChanged(); });
        connect(auth, &NangoAuth::hostChanged, this, [this] { d->tokenChanged(); });
        connect(auth, &NangoAuth::connectSessionTokenRefreshed, this, [this](bool ok) { d->tokenRefreshed(ok); });
    }
    Q_EMIT authChanged();
    d->tokenChanged();
}

QString NangoCatalog::language() const
{
    return d->language.isEmpty() ? d->acceptLanguage().section(QLatin1Char(','), 0, 0) : d->language;
}
void NangoCatalog::setLanguage(const QString &language)
{
    if (d->language == language)
        return;
    d->language = language;
    Q_EMIT languageChanged();
    d->tokenChanged();
}
void NangoCatalog::resetLanguage() { setLanguage(QString()); }

int NangoCatalog::timeout() const { return d->timeout; }
void NangoCatalog::setTimeout(int milliseconds)
{
    milliseconds = qMax(0, milliseconds);
    if (d->timeout == milliseconds)
        return;
    d->timeout = milliseconds;
    Q_EMIT timeoutChanged();
}

bool NangoCatalog::isBusy() const { return d->busy; }

QVariantMap NangoCatalog::session() const
{
    const Cache *c = d->currentCache();
    return c ? c->session : QVariantMap();
}
bool NangoCatalog::hasSession() const
{
    const Cache *c = d->currentCache();
    return c && c->hasSession;
}
bool NangoCatalog::isReconnecting() const { return session().value(QStringLiteral("isReconnecting")).toBool(); }
QVariantMap NangoCatalog::integrationsConfigDefaults() const { return session().value(QStringLiteral("integrations_config_defaults")).toMap(); }
QString NangoCatalog::websocketsPath() const { return session().value(QStringLiteral("websocketsPath")).toString(); }

QVariantList NangoCatalog::integrations() const
{
    const Cache *c = d->currentCache();
    return c ? c->integrations : QVariantList();
}
bool NangoCatalog::hasIntegrations() const
{
    const Cache *c = d->currentCache();
    return c && c->hasIntegrations;
}

QVariantMap NangoCatalog::integration(const QString &uniqueKey) const
{
    for (const QVariant &v : integrations()) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("unique_key")).toString() == uniqueKey)
            return m;
    }
    return QVariantMap();
}

NangoIntegrationsModel *NangoCatalog::integrationsModel() const { return d->model; }

QVariantMap NangoCatalog::provider(const QString &name) const
{
    const Cache *c = d->currentCache();
    return c ? c->providers.value(name) : QVariantMap();
}
bool NangoCatalog::hasProvider(const QString &name) const
{
    const Cache *c = d->currentCache();
    return c && c->providers.contains(name);
}
QVariantList NangoCatalog::providers(const QString &search) const
{
    const Cache *c = d->currentCache();
    return c ? c->providerLists.value(search) : QVariantList();
}
bool NangoCatalog::hasProviders(const QString &search) const
{
    const Cache *c = d->currentCache();
    return c && c->providerLists.contains(search);
}

QString NangoCatalog::errorType() const { return d->errorType; }
QString NangoCatalog::errorMessage() const { return d->errorMessage; }

void NangoCatalog::load()
{
    d->loadAll = true;
    d->start(Session, QString());
}
void NangoCatalog::loadSession() { d->start(Session, QString()); }
void NangoCatalog::loadIntegrations() { d->start(Integrations, QString()); }
void NangoCatalog::loadProviders(const QString &search) { d->start(Providers, search); }
void NangoCatalog::loadProvider(const QString &name)
{
    if (name.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            const QString type = QStringLiteral("not_found");
            const QString message = NangoMessages::tr("No provider name was given.");
            d->setError(type, message);
            Q_EMIT failed(Provider, QString(), type, message);
        });
        return;
    }
    d->start(Provider, name);
}

void NangoCatalog::clearCache()
{
    d->caches.clear();
    d->tokenChanged();
}

void NangoCatalog::cancel()
{
    d->loadAll = false;
    const QList<Load *> running = d->loads;
    for (Load *load : running)
        d->fail(load, QString::fromLatin1(NangoErrorType::AuthorizationCancelled), NangoMessages::tr("Reading the catalog was cancelled."));
}
