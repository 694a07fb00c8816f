// SPDX-License-Identifier: MIT
#include "nangoauth.h"
#include "nangoauth_p.h"

#include "nangoauthflow.h"
#include "nangobrowserrefusals_p.h"
#include "nangoconnectuisession.h"
#include "nangologging_p.h"
#include "nangomessages_p.h"
#include "nangoquery_p.h"
#include "nangovalidation_p.h"

#include <QFile>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QPointer>

using namespace NangoQtPrivate;

struct NangoAuth::TokenReply::State
{
    QPointer<NangoAuth> auth;
    quint64 generation = 0;
    QString integrationId;
    bool reconnect = false;
};

NangoAuth::TokenReply::TokenReply(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}
QString NangoAuth::TokenReply::integrationId() const { return m_state->integrationId; }
bool NangoAuth::TokenReply::isReconnect() const { return m_state->reconnect; }
void NangoAuth::TokenReply::setToken(const QString &token) const
{
    if (m_state->auth)
        m_state->auth->d->finishTokenRequest(m_state->generation, !token.trimmed().isEmpty(), token, QString());
}
void NangoAuth::TokenReply::fail(const QString &message) const
{
    if (m_state->auth)
        m_state->auth->d->finishTokenRequest(m_state->generation, false, QString(), message);
}

NangoAuthPrivate::NangoAuthPrivate(NangoAuth *q)
    : q(q)
{
    tokenTimer.setSingleShot(true);
    QObject::connect(&tokenTimer, &QTimer::timeout, q, [this] {
        finishTokenRequest(tokenGeneration, false, QString(),
                           NangoMessages::tr("The application gave no fresh connect session token within %1 s.").arg(settings.requestTimeout / 1000.0));
    });
    settings.canAskForToken = [this] { return canAskForToken(); };
    settings.askForToken = [this](const QString &integrationId, bool reconnect, QObject *context,
                                  const std::function<void(bool, const QString &)> &done) {
        return askForToken(integrationId, reconnect, context, done);
    };
    settings.currentToken = [this] { return settings.connectSessionToken; };
}

bool NangoAuthPrivate::canAskForToken() const
{
    static const QMetaMethod requested = QMetaMethod::fromSignal(&NangoAuth::connectSessionTokenRequested);
    if (tokenProvider)
        return true;
    if (!q->isSignalConnected(requested))
        return false;
    // isSignalConnected() stays true for the object's lifetime once a QML handler was connected
    // (QQmlData's bit is never cleared); receivers() counts those connected now, C++ and QML
    // (a destroyed Connections, a disconnected JS function no longer count).
    return q->receivers(SIGNAL(connectSessionTokenRequested())) > 0;
}

bool NangoAuthPrivate::askForToken(const QString &integrationId, bool reconnect, QObject *context,
                                   const std::function<void(bool, const QString &)> &done)
{
    if (!canAskForToken())
        return false;
    if (done)
        tokenWaiters.append({context, done});
    if (tokenRequestPending)
        return true; // one request at a time: this caller waits for the one under way
    tokenRequestPending = true;
    const quint64 generation = ++tokenGeneration;
    if (settings.requestTimeout > 0)
        tokenTimer.start(settings.requestTimeout);
    trace(settings.debug) << "Asking the application for a fresh connect session token" << (reconnect ? "(reconnect)" : "");
    // From the event loop: the caller's own code runs to its end first.
    QTimer::singleShot(0, q, [this, generation, integrationId, reconnect] {
        if (!tokenRequestPending || generation != tokenGeneration)
            return;
        if (tokenProvider) {
            auto state = std::make_shared<NangoAuth::TokenReply::State>();
            state->auth = q;
            state->generation = generation;
            state->integrationId = integrationId;
            state->reconnect = reconnect;
            tokenProvider(NangoAuth::TokenReply(state));
        } else {
            Q_EMIT q->connectSessionTokenRequested();
        }
    });
    return true;
}

void NangoAuthPrivate::finishTokenRequest(quint64 generation, bool ok, const QString &token, const QString &message)
{
    if (!tokenRequestPending || generation != tokenGeneration)
        return; // answered already, or timed out
    tokenRequestPending = false;
    tokenTimer.stop();
    if (ok) {
        settingFreshToken = true;
        q->setConnectSessionToken(token);
        settingFreshToken = false;
    }
    QPointer<NangoAuth> self(q);
    const QString why = message.isEmpty() && !ok ? NangoMessages::tr("The application gave no fresh connect session token.") : message;
    const auto waiters = std::exchange(tokenWaiters, {});
    for (const TokenWaiter &w : waiters) {
        if (w.context)
            w.done(ok, why);
        if (!self)
            return;
    }
    Q_EMIT q->connectSessionTokenRefreshed(ok);
}

NangoAuthFlow *NangoAuthPrivate::start(const NangoFlowRequest &request)
{
    auto *flow = new NangoAuthFlow(settings, network, request, q);
    flows.append(flow);
    QObject::connect(flow, &NangoAuthFlow::finished, q, [this, flow] { onFlowFinished(flow); });
    QObject::connect(flow, &QObject::destroyed, q, [this, flow] { forget(flow); });
    updateBusy();
    flow->start();
    Q_EMIT q->flowStarted(flow);
    return flow;
}

void NangoAuthPrivate::onFlowFinished(NangoAuthFlow *flow)
{
    // Any slot may delete the flow or this object: check both after every emission.
    QPointer<NangoAuthFlow> alive(flow);
    QPointer<NangoAuth> self(q);
    if (flow->state() == NangoAuthFlow::State::Succeeded)
        Q_EMIT q->succeeded(flow->providerConfigKey(), flow->connectionId());
    else
        Q_EMIT q->failed(flow->errorType(), flow->errorMessage());
    if (!self || !alive)
        return;
    flows.removeAll(flow);
    Q_EMIT q->flowFinished(flow);
    if (self)
        updateBusy();
}

void NangoAuthPrivate::forget(NangoAuthFlow *flow)
{
    if (flows.removeAll(flow))
        updateBusy();
}

void NangoAuthPrivate::releaseRetiredNetworks()
{
    if (!flows.isEmpty())
        return;
    for (QNetworkAccessManager *old : std::as_const(retiredNetworks))
        old->deleteLater();
    retiredNetworks.clear();
}

void NangoAuthPrivate::updateBusy()
{
    releaseRetiredNetworks();
    const bool nowBusy = !flows.isEmpty();
    if (nowBusy == busy)
        return;
    busy = nowBusy;
    Q_EMIT q->busyChanged(busy);
}

NangoAuth::NangoAuth(QObject *parent)
    : QObject(parent)
    , d(new NangoAuthPrivate(this))
{
    d->network = new QNetworkAccessManager(this);
    d->settings.systemBrowserHosts = defaultSystemBrowserHosts();
    d->settings.lookupCatalog = [this] { return d->lookupCatalog(); };
}

NangoCatalog *NangoAuthPrivate::lookupCatalog()
{
    if (!catalog) {
        catalog = new NangoCatalog(q, q);
        catalog->setObjectName(QStringLiteral("NangoAuthProviderLookup"));
    }
    return catalog;
}

NangoAuth::~NangoAuth()
{
    // Flows first, quietly: they use the network manager and must not signal a dying object.
    const auto flows = d->flows;
    d->flows.clear();
    for (NangoAuthFlow *flow : flows) {
        flow->disconnect(this);
        delete flow;
    }
    delete d->catalog.data(); // before the rest of this object goes
}

QUrl NangoAuth::host() const { return d->settings.host; }
void NangoAuth::setHost(const QUrl &host)
{
    QUrl h = host;
    QString path = h.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    h.setPath(path);
    if (d->settings.host == h)
        return;
    d->settings.host = h;
    d->sessionWebsocketsPath.clear(); // another server: its session names its own path
    d->updateWebsocketsPath();
    Q_EMIT hostChanged();
}
void NangoAuth::resetHost() { setHost(QUrl(QStringLiteral("https://api.nango.dev"))); }

QString NangoAuth::publicKey() const { return d->settings.publicKey; }
void NangoAuth::setPublicKey(const QString &publicKey)
{
    const QString key = publicKey.trimmed();
    if (d->settings.publicKey == key)
        return;
    d->settings.publicKey = key;
    Q_EMIT publicKeyChanged();
}

QString NangoAuth::connectSessionToken() const { return d->settings.connectSessionToken; }
void NangoAuth::setConnectSessionToken(const QString &token)
{
    const QString t = token.trimmed();
    // Setting the token answers a request for a fresh one (connectSessionTokenRequested()), also
    // with the same value (retried once, refused again) or an empty one (none to give).
    if (d->tokenRequestPending && !d->settingFreshToken) {
        d->finishTokenRequest(d->tokenGeneration, !t.isEmpty(), t, QString());
        return;
    }
    if (d->settings.connectSessionToken == t)
        return;
    d->settings.connectSessionToken = t;
    Q_EMIT connectSessionTokenChanged();
}

void NangoAuthPrivate::updateWebsocketsPath()
{
    const QString path = websocketsPathSetByApp ? appWebsocketsPath
        : sessionWebsocketsPath.isEmpty()       ? QStringLiteral("/")
                                                : sessionWebsocketsPath;
    if (settings.websocketsPath == path)
        return;
    settings.websocketsPath = path;
    Q_EMIT q->websocketsPathChanged();
}

QString NangoAuth::websocketsPath() const { return d->settings.websocketsPath; }
void NangoAuth::setWebsocketsPath(const QString &path)
{
    d->appWebsocketsPath = path;
    d->websocketsPathSetByApp = true;
    d->updateWebsocketsPath();
}
void NangoAuth::resetWebsocketsPath()
{
    d->appWebsocketsPath = QStringLiteral("/");
    d->websocketsPathSetByApp = false;
    d->updateWebsocketsPath();
}
bool NangoAuth::isWebsocketsPathSet() const { return d->websocketsPathSetByApp; }

QString NangoAuth::sessionWebsocketsPath() const { return d->sessionWebsocketsPath; }
void NangoAuth::setSessionWebsocketsPath(const QString &path)
{
    if (d->sessionWebsocketsPath == path)
        return;
    d->sessionWebsocketsPath = path;
    d->updateWebsocketsPath();
}

int NangoAuth::width() const { return d->settings.width; }
void NangoAuth::setWidth(int width)
{
    if (d->settings.width == width)
        return;
    d->settings.width = width;
    Q_EMIT widthChanged();
}

int NangoAuth::height() const { return d->settings.height; }
void NangoAuth::setHeight(int height)
{
    if (d->settings.height == height)
        return;
    d->settings.height = height;
    Q_EMIT heightChanged();
}

bool NangoAuth::debug() const { return d->settings.debug; }
void NangoAuth::setDebug(bool debug)
{
    if (d->settings.debug == debug)
        return;
    d->settings.debug = debug;
    Q_EMIT debugChanged();
}

int NangoAuth::timeout() const { return d->settings.timeout; }
void NangoAuth::setTimeout(int milliseconds)
{
    milliseconds = qMax(0, milliseconds);
    if (d->settings.timeout == milliseconds)
        return;
    d->settings.timeout = milliseconds;
    Q_EMIT timeoutChanged();
}

int NangoAuth::requestTimeout() const { return d->settings.requestTimeout; }
void NangoAuth::setRequestTimeout(int milliseconds)
{
    milliseconds = qMax(0, milliseconds);
    if (d->settings.requestTimeout == milliseconds)
        return;
    d->settings.requestTimeout = milliseconds;
    Q_EMIT requestTimeoutChanged();
}

int NangoAuth::keepAliveInterval() const { return d->settings.keepAliveInterval; }
void NangoAuth::setKeepAliveInterval(int milliseconds)
{
    milliseconds = milliseconds > 0 ? milliseconds : DefaultKeepAliveInterval;
    if (d->settings.keepAliveInterval == milliseconds)
        return;
    d->settings.keepAliveInterval = milliseconds;
    Q_EMIT keepAliveIntervalChanged();
}

NangoAuth::Browser NangoAuth::browser() const { return d->settings.browser; }
void NangoAuth::setBrowser(Browser browser)
{
    if (d->settings.browser == browser)
        return;
    d->settings.browser = browser;
    Q_EMIT browserChanged();
}

QStringList NangoAuth::systemBrowserHosts() const { return d->settings.systemBrowserHosts; }
void NangoAuth::setSystemBrowserHosts(const QStringList &hosts)
{
    d->systemBrowserHostsSet = true;
    if (d->settings.systemBrowserHosts == hosts)
        return;
    d->settings.systemBrowserHosts = hosts;
    Q_EMIT systemBrowserHostsChanged();
}
void NangoAuth::resetSystemBrowserHosts()
{
    d->systemBrowserHostsSet = false;
    const QStringList defaults = defaultSystemBrowserHosts();
    if (d->settings.systemBrowserHosts == defaults)
        return;
    d->settings.systemBrowserHosts = defaults;
    Q_EMIT systemBrowserHostsChanged();
}

QStringList NangoAuth::defaultSystemBrowserHosts()
{
    QStringList hosts;
    for (const auto &h : NangoQtPrivate::NangoBrowserRefusals::instance().hosts)
        hosts.append(h.host);
    return hosts;
}

bool NangoAuth::refusesEmbeddedBrowser(const QUrl &providerAuthorizationUrl) const
{
    return !NangoQtPrivate::matchingHost(d->settings.systemBrowserHosts, NangoQtPrivate::authorizationHost(providerAuthorizationUrl)).isEmpty();
}

QList<QSslCertificate> NangoAuth::caCertificates() const { return d->settings.caCertificates; }
void NangoAuth::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    QList<QSslCertificate> list;
    for (const QSslCertificate &c : certificates) {
        if (!c.isNull() && !list.contains(c))
            list.append(c);
    }
    if (d->settings.caCertificates == list)
        return;
    d->settings.caCertificates = list;
    // QNetworkAccessManager reuses its connection to a host whatever TLS configuration a later
    // request carries: new trust needs a new manager. Running flows keep the old one.
    d->retiredNetworks << d->network;
    d->network = new QNetworkAccessManager(this);
    d->releaseRetiredNetworks();
    Q_EMIT caCertificatesChanged();
}

void NangoAuth::addCaCertificate(const QSslCertificate &certificate)
{
    setCaCertificates(d->settings.caCertificates + QList<QSslCertificate>{certificate});
}

bool NangoAuth::addCaCertificates(const QString &pemFile)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (certs.isEmpty())
        return false;
    setCaCertificates(d->settings.caCertificates + certs);
    return true;
}

void NangoAuth::setConnectSessionTokenProvider(const ConnectSessionTokenProvider &provider)
{
    d->tokenProvider = provider;
}

bool NangoAuth::refreshConnectSessionToken()
{
    return d->refresh(QString(), false);
}

bool NangoAuthPrivate::refresh(const QString &integrationId, bool reconnect)
{
    if (askForToken(integrationId, reconnect, q, {}))
        return true;
    QTimer::singleShot(0, q, [q = q] { Q_EMIT q->connectSessionTokenRefreshed(false); });
    return false;
}

void NangoAuth::setWindowFactory(const NangoAuthWindowFactory &factory)
{
    d->settings.windowFactory = factory;
}

bool NangoAuth::isBusy() const { return d->busy; }
QList<NangoAuthFlow *> NangoAuth::flows() const { return d->flows; }

QUrl NangoAuth::webSocketUrl() const
{
    const QUrl host = NangoQtPrivate::normalizeHost(d->settings.host, nullptr);
    return host.isEmpty() ? QUrl() : NangoQtPrivate::webSocketUrl(host, d->settings.websocketsPath);
}

NangoAuthFlow *NangoAuth::auth(const QString &integrationId, const QString &connectionId, const NangoAuthOptions &options)
{
    return d->start({integrationId, connectionId, options, false});
}

NangoAuthFlow *NangoAuth::reconnect(const QString &integrationId, const NangoAuthOptions &options)
{
    return d->start({integrationId, QString(), options, false, true});
}

NangoAuthFlow *NangoAuth::create(const QString &integrationId, const QString &connectionId, const NangoAuthOptions &options)
{
    return d->start({integrationId, connectionId, options, true});
}

NangoConnectUISession *NangoAuth::openConnectUI(const NangoConnectUIOptions &options)
{
    auto *session = new NangoConnectUISession(this, options, d->connectUIWindowFactory);
    connect(session, &NangoConnectUISession::closed, session, &QObject::deleteLater);
    session->start();
    return session;
}

void NangoAuth::setConnectUIWindowFactory(const NangoConnectUIWindowFactory &factory)
{
    d->connectUIWindowFactory = factory;
}

void NangoAuth::preload()
{
    if (const auto warmUp = NangoAuthWindow::embeddedPreloader())
        warmUp();
}

void NangoAuth::cancel()
{
    const auto flows = d->flows;
    for (const QPointer<NangoAuthFlow> flow : flows) {
        if (flow)
            flow->cancel();
    }
}
