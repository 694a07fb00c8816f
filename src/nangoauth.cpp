// SPDX-License-Identifier: MIT
#include "nangoauth.h"
#include "nangoauth_p.h"

#include "nangoauthflow.h"
#include "nangoauthflow_p.h"
#include "nangologging_p.h"
#include "nangoquery_p.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

QSslConfiguration nangoSslConfiguration(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!extraCas.isEmpty()) {
        // Setting a CA list turns off Qt's on-demand loading of the system CAs: keep them
        // explicitly, the app's CAs are an addition, not a replacement.
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCas);
    }
    return config;
}

void NangoAuthPrivate::releaseRetiredNetworks()
{
    if (!flows.isEmpty())
        return;
    for (QNetworkAccessManager *old : std::as_const(retiredNetworks))
        old->deleteLater();
    retiredNetworks.clear();
}

void NangoAuthPrivate::updateBusy(NangoAuth *q)
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
    , d(new NangoAuthPrivate)
{
    d->network = new QNetworkAccessManager(this);
}

NangoAuth::~NangoAuth()
{
    // Flows first, quietly: they use the network manager and must not signal a dying object.
    const auto flows = d->flows;
    d->flows.clear();
    qDeleteAll(flows);
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
    if (d->settings.connectSessionToken == t)
        return;
    d->settings.connectSessionToken = t;
    Q_EMIT connectSessionTokenChanged();
}

QString NangoAuth::websocketsPath() const { return d->settings.websocketsPath; }
void NangoAuth::setWebsocketsPath(const QString &path)
{
    if (d->settings.websocketsPath == path)
        return;
    d->settings.websocketsPath = path;
    Q_EMIT websocketsPathChanged();
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

namespace {
NangoAuthFlow *startFlow(NangoAuth *q, NangoAuthPrivate *d, NangoAuthFlow *flow)
{
    d->flows.append(flow);
    d->updateBusy(q);
    return flow;
}
} // namespace

NangoAuthFlow *NangoAuth::auth(const QString &integrationId, const QString &connectionId, const NangoAuthOptions &options)
{
    auto *flow = startFlow(this, d.get(), new NangoAuthFlow(this));
    flow->d->settings = d->settings;
    flow->d->start(integrationId, connectionId, options, false);
    Q_EMIT flowStarted(flow);
    return flow;
}

NangoAuthFlow *NangoAuth::create(const QString &integrationId, const QString &connectionId, const NangoAuthOptions &options)
{
    auto *flow = startFlow(this, d.get(), new NangoAuthFlow(this));
    flow->d->settings = d->settings;
    flow->d->start(integrationId, connectionId, options, true);
    Q_EMIT flowStarted(flow);
    return flow;
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
