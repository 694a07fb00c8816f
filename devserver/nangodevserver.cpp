// SPDX-License-Identifier: MIT
// NangoDevServer: the public API (keys, integrations, faults, listening, the request log).
#include "nangodevserver_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace NangoDev {

Q_LOGGING_CATEGORY(lcDevServer, "nangoqt.devserver", QtInfoMsg)

NangoDevServerPrivate::NangoDevServerPrivate(NangoDevServer *qq)
    : q(qq)
    , publicKey(newUuid())
    , secretKey(newUuid())
{
    setUpHttp();
}

NangoDevServerPrivate::~NangoDevServerPrivate()
{
    parked.clear();
    for (const QPointer<QWebSocket> &ws : std::as_const(sockets)) {
        if (ws)
            ws->abort();
    }
}

NangoDevServer::NangoDevServer(QObject *parent)
    : QObject(parent)
    , d(new NangoDevServerPrivate(this))
{
    qRegisterMetaType<NangoDev::LoggedRequest>();
    qRegisterMetaType<NangoDev::Connection>();
}

NangoDevServer::~NangoDevServer() = default;

void NangoDevServer::setEra(Era era)
{
    d->era = era;
}

Era NangoDevServer::era() const
{
    return d->era;
}

QString NangoDevServer::sampleIntegrationsFile()
{
    return QStringLiteral(":/nangoqt-devserver/integrations.sample.json");
}

bool NangoDevServer::loadIntegrations(const QString &jsonFile, QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QFile file(jsonFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(jsonFile, file.errorString()));
    if (file.size() > 16 * 1024 * 1024)
        return fail(QStringLiteral("%1 is too large").arg(jsonFile));
    QList<Integration> list;
    QJsonObject providers;
    QString error;
    if (!parseIntegrationsFile(file.readAll(), jsonFile, &list, &providers, &error))
        return fail(error);
    d->providers = providers;
    setIntegrations(list);
    return true;
}

void NangoDevServer::setIntegrations(const QList<Integration> &integrations)
{
    d->integrations = integrations;
}

QList<Integration> NangoDevServer::integrations() const
{
    return d->integrations;
}

QString NangoDevServer::publicKey() const
{
    return d->publicKey;
}

void NangoDevServer::setPublicKey(const QString &uuid)
{
    d->publicKey = uuid;
}

QString NangoDevServer::secretKey() const
{
    return d->secretKey;
}

void NangoDevServer::setHmacKey(const QString &key)
{
    d->hmacKey = key;
}

QString NangoDevServer::hmacKey() const
{
    return d->hmacKey;
}

void NangoDevServer::setProviders(const QJsonObject &providers)
{
    d->providers = providers;
}

QJsonObject NangoDevServer::providers() const
{
    return d->providers;
}

QString NangoDevServer::createConnectSession(const QString &endUserId, const QStringList &allowedIntegrations,
                                             const QJsonObject &integrationsConfigDefaults)
{
    ConnectSession init;
    init.endUserId = endUserId;
    init.allowedIntegrations = allowedIntegrations;
    init.integrationsConfigDefaults = integrationsConfigDefaults;
    return d->mintSession(init);
}

QString NangoDevServer::createReconnectSession(const QString &connectionId, const QString &integrationId)
{
    const Connection *c = d->findConnection(connectionId, integrationId);
    if (!c)
        return QString();
    ConnectSession init;
    init.endUserId = c->endUserId;
    init.allowedIntegrations = {integrationId};
    init.reconnectConnectionId = connectionId;
    return d->mintSession(init);
}

void NangoDevServer::expireConnectSession(const QString &token)
{
    const auto it = d->sessions.find(token);
    if (it != d->sessions.end())
        it->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
}

bool NangoDevServer::deleteConnection(const QString &connectionId, const QString &providerConfigKey)
{
    for (qsizetype i = 0; i < d->connections.size(); ++i) {
        if (d->connections.at(i).connectionId == connectionId && d->connections.at(i).providerConfigKey == providerConfigKey) {
            d->connections.removeAt(i);
            return true;
        }
    }
    return false;
}

Faults NangoDevServer::faults() const
{
    return d->faults;
}

void NangoDevServer::setFaults(const Faults &faults)
{
    d->faults = faults;
}

void NangoDevServer::setTlsCertificate(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    if (certificate.isNull() || privateKey.isNull()) {
        d->tls = QSslConfiguration();
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(privateKey);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    d->tls = config;
}

bool NangoDevServer::loadTlsCertificate(const QString &certificateFile, const QString &keyFile, QString *errorMessage)
{
    const auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QFile certIn(certificateFile);
    if (!certIn.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the certificate %1: %2").arg(certificateFile, certIn.errorString()));
    const QSslCertificate certificate(&certIn, QSsl::Pem);
    if (certificate.isNull())
        return fail(QStringLiteral("%1 holds no PEM certificate").arg(certificateFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the key %1: %2").arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(keyFile));
    setTlsCertificate(certificate, key);
    return true;
}

bool NangoDevServer::isTls() const
{
    return d->tlsOn();
}

bool NangoDevServer::listen(quint16 port, QString *errorMessage)
{
    if (d->front && d->front->isListening()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("already listening on port %1").arg(d->port);
        return false;
    }
    auto *front = new FrontServer(d.get());
    // Qt's default backlog (50) drops the SYNs of a burst of clients (1,000 WebSockets at once:
    // the kernel's ListenOverflows counter climbs and those clients retry after 1 s).
    front->setListenBacklogSize(1024);
    if (!front->listen(QHostAddress::LocalHost, port)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(front->errorString());
        delete front;
        return false;
    }
    d->front = front;
    d->port = front->serverPort();
    d->http->bind(front); // takes ownership
    qCInfo(lcDevServer).noquote() << "listening on" << url().toString();
    return true;
}

QUrl NangoDevServer::url() const
{
    QUrl u;
    u.setScheme(d->tlsOn() ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(d->port);
    return u;
}

void NangoDevServer::setWebSocketPath(const QString &path)
{
    d->webSocketPath = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
}

QString NangoDevServer::webSocketPath() const
{
    return d->webSocketPath;
}

void NangoDevServer::setConnectSessionLifetime(int seconds)
{
    d->sessionLifetimeSecs = seconds;
}

QList<LoggedRequest> NangoDevServer::requestLog() const
{
    return d->log;
}

void NangoDevServer::clearRequestLog()
{
    d->log.clear();
    d->logIds.clear();
}

QList<Connection> NangoDevServer::connections() const
{
    return d->connections;
}

int NangoDevServer::openWebSocketCount() const
{
    int n = 0;
    for (const QPointer<QWebSocket> &ws : std::as_const(d->sockets)) {
        if (ws && ws->state() == QAbstractSocket::ConnectedState)
            ++n;
    }
    return n;
}

} // namespace NangoDev
