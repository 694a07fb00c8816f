// SPDX-License-Identifier: MIT
// The QML module's test runner: a QUICK_TEST_MAIN_WITH_SETUP binary (the stock qmltestrunner
// cannot initialize QtWebEngine first). The tst_*.qml files next to it get `testEnv`: a dev
// server on loopback, with the sample integrations, in the current era.
#include "connectuidriver.h"
#include "fakeopener.h"
#include "nangodevserver.h"
#include "selfsignedcertificate.h"
#include "selfsignedtlsserver.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoConnectUISession>
#include <NangoQt/NangoLogoCache>
#include <NangoQt/NangoQuick>

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QQuickWebEngineProfile>
#include <QScreen>
#include <QWebEngineScript>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtQuickTest>

class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString url READ url CONSTANT)
    Q_PROPERTY(QString publicKey READ publicKey CONSTANT)
public:
    explicit TestEnvironment(QObject *parent = nullptr)
        : QObject(parent)
    {
        QString error;
        if (!m_server.loadIntegrations(QStringLiteral(NANGOQT_SAMPLE_INTEGRATIONS), &error) || !m_server.listen(0, &error))
            qFatal("dev server: %s", qPrintable(error));
    }

    QString url() const { return m_server.url().toString(); }
    QString publicKey() const { return m_server.publicKey(); }

    /// A connect session token for @p allowedIntegrations (all when empty).
    Q_INVOKABLE QString newSessionToken(const QStringList &allowedIntegrations = {})
    {
        return m_server.createConnectSession(QStringLiteral("qml-test-user"), allowedIntegrations);
    }
    /// A reconnect session token for the connection @p connectionId of @p integrationId ("" when none).
    Q_INVOKABLE QString newReconnectSessionToken(const QString &connectionId, const QString &integrationId)
    {
        return m_server.createReconnectSession(connectionId, integrationId);
    }
    /// Adds "nologo-dev" (Zeta), an API-key integration whose provider has no logo: its logo
    /// URL answers 404 (the Connect UI's placeholder). Idempotent.
    Q_INVOKABLE void addIntegrationWithoutLogo()
    {
        QList<NangoDev::Integration> all = m_server.integrations();
        for (const NangoDev::Integration &i : std::as_const(all))
            if (i.uniqueKey == QLatin1String("nologo-dev"))
                return;
        QJsonObject providers = m_server.providers();
        QJsonObject zeta = providers.value(QStringLiteral("stripe")).toObject();
        zeta.insert(QStringLiteral("display_name"), QStringLiteral("Zeta"));
        providers.insert(QStringLiteral("zeta-no-logo"), zeta);
        m_server.setProviders(providers);
        NangoDev::Integration integration;
        integration.uniqueKey = QStringLiteral("nologo-dev");
        integration.provider = QStringLiteral("zeta-no-logo");
        integration.authMode = QStringLiteral("API_KEY");
        integration.displayName = QStringLiteral("Zeta (no logo)");
        all << integration;
        m_server.setIntegrations(all);
    }
    /// Makes @p token unknown to the server from now on (401 unknown_connect_session_token), as when it expires.
    Q_INVOKABLE void expireSessionToken(const QString &token) { m_server.expireConnectSession(token); }
    /// Forgets every cached logo (Core's process-wide cache), so a test loads them afresh.
    Q_INVOKABLE void clearLogoCache() { NangoLogoCache::clearCache(); }
    Q_INVOKABLE int connectionCount() const { return m_server.connections().size(); }
    /// Turns on dev server faults (ackDelayMs, httpDelayMs, dropWebSocketBeforeAck); {} turns them off.
    Q_INVOKABLE void setFaults(const QVariantMap &faults)
    {
        NangoDev::Faults f;
        f.ackDelayMs = faults.value(QStringLiteral("ackDelayMs")).toInt();
        f.httpDelayMs = faults.value(QStringLiteral("httpDelayMs")).toInt();
        f.dropWebSocketBeforeAck = faults.value(QStringLiteral("dropWebSocketBeforeAck")).toBool();
        m_server.setFaults(f);
    }
    /// The paths QtWebEngine (an AuthWindow's browser) asked the server for with GET, oldest first.
    Q_INVOKABLE QStringList browserGets() const
    {
        QStringList paths;
        for (const NangoDev::LoggedRequest &r : m_server.requestLog())
            if (r.method == QLatin1String("GET") && r.headers.value("user-agent").contains("QtWebEngine"))
                paths << r.path;
        return paths;
    }
    /// The connection the server stored last: providerConfigKey, connectionId, connectionConfig, credentials.
    Q_INVOKABLE QVariantMap lastConnection() const
    {
        const auto all = m_server.connections();
        if (all.isEmpty())
            return {};
        const NangoDev::Connection &c = all.last();
        QVariantMap config;
        for (auto it = c.connectionConfig.cbegin(); it != c.connectionConfig.cend(); ++it)
            config.insert(it.key(), it.value());
        return {{QStringLiteral("providerConfigKey"), c.providerConfigKey},
                {QStringLiteral("connectionId"), c.connectionId},
                {QStringLiteral("connectionConfig"), config},
                {QStringLiteral("credentials"), c.credentials}};
    }
    /// The AuthWindow on screen, or null.
    Q_INVOKABLE QObject *authWindow() const { return visibleWindow(QStringLiteral("nangoAuthWindow")); }
    /// A popup a provider page opened from the AuthWindow, or null.
    Q_INVOKABLE QObject *authPopup() const { return visibleWindow(QStringLiteral("nangoAuthPopup")); }
    /// An OAuth flow on a NangoAuth made in C++ (not declared in QML): in a QGuiApplication the
    /// module's registration gives it the AuthWindow too. Returns the flow.
    Q_INVOKABLE QObject *startCppFlow(const QString &integrationId)
    {
        auto *nango = new NangoAuth(this);
        nango->setHost(m_server.url());
        nango->setConnectSessionToken(newSessionToken());
        NangoAuthFlow *flow = nango->auth(integrationId);
        connect(flow, &NangoAuthFlow::finished, nango, &QObject::deleteLater);
        QQmlEngine::setObjectOwnership(flow, QQmlEngine::CppOwnership);
        return flow;
    }
    /// A second dev server serving HTTPS/WSS with a certificate made now: its URL.
    Q_INVOKABLE QString tlsDevServerUrl()
    {
        if (!ensureTlsDevServer())
            return {};
        return m_tlsServer->url().toString();
    }
    /// The PEM file of that server's (self-signed) certificate: the CA an app would trust.
    Q_INVOKABLE QString tlsCaFile() { return ensureTlsDevServer() ? m_tlsCert.certificateFile : QString(); }
    Q_INVOKABLE QString tlsPublicKey() { return ensureTlsDevServer() ? m_tlsServer->publicKey() : QString(); }

    /// https://127.0.0.1:port/ of a TLS server whose certificate nobody trusts (made now).
    Q_INVOKABLE QString untrustedHttpsUrl()
    {
        if (!m_tls) {
            QString why;
            m_tls = startSelfSignedTlsServer(&why);
            if (!m_tls) {
                qWarning("TLS server: %s", qPrintable(why));
                return {};
            }
        }
        return QStringLiteral("https://127.0.0.1:%1/").arg(m_tls->serverPort());
    }
    // --- the hosted Connect UI (tst_hostedconnectui.qml) -------------------------------------
    /// The dev server's Connect UI imitation: <url>/connect[?query].
    Q_INVOKABLE QString connectBaseUrl(const QString &query = QString()) const
    {
        return m_server.url().toString() + QStringLiteral("/connect") + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
    }
    /// openConnectUI() on a NangoAuth made in C++ (not declared in QML): in a QGuiApplication the
    /// module's registration gives it the ConnectUIWindow too. Returns the session.
    Q_INVOKABLE QObject *openCppConnectUI()
    {
        auto *nango = new NangoAuth(this);
        nango->setHost(m_server.url());
        nango->setConnectSessionToken(newSessionToken());
        NangoConnectUIOptions options;
        options.setBaseUrl(QUrl(connectBaseUrl()));
        NangoConnectUISession *session = nango->openConnectUI(options);
        connect(session, &NangoConnectUISession::closed, nango, &QObject::deleteLater);
        QQmlEngine::setObjectOwnership(session, QQmlEngine::CppOwnership);
        return session;
    }
    /// The ConnectUIWindow on screen, or null.
    Q_INVOKABLE QObject *connectUIWindow() const { return visibleWindow(QStringLiteral("nangoConnectUIWindow")); }
    /// Puts the test driver (tests/shared/connectuidriver.h) into @p window's profile, before its pages load.
    Q_INVOKABLE bool installConnectUIDriver(QObject *window)
    {
        auto *profile = window ? window->property("profile").value<QQuickWebEngineProfile *>() : nullptr;
        if (!profile)
            return false;
        const auto script = [](const QString &name, quint32 world, bool subFrames, const QString &source) {
            QWebEngineScript s;
            s.setName(name);
            s.setWorldId(world);
            s.setInjectionPoint(QWebEngineScript::DocumentCreation);
            s.setRunsOnSubFrames(subFrames);
            s.setSourceCode(source);
            return s;
        };
        // The collection's type is not public in Qt 6.4: reach its invokable insert() through QObject.
        QObject *scripts = qvariant_cast<QObject *>(profile->property("userScripts"));
        if (!scripts)
            return false;
        bool ok = true;
        for (const QWebEngineScript &s : {script(QStringLiteral("frame"), QWebEngineScript::ApplicationWorld, true, ConnectUIDriver::frameScript()),
                                          script(QStringLiteral("host"), QWebEngineScript::MainWorld, false, ConnectUIDriver::hostScript()),
                                          script(QStringLiteral("ack"), QWebEngineScript::ApplicationWorld, false, ConnectUIDriver::ackScript())})
            ok &= QMetaObject::invokeMethod(scripts, "insert", Q_ARG(QWebEngineScript, s));
        return ok;
    }
    Q_INVOKABLE QString driverSend(const QVariantMap &command) const
    {
        return ConnectUIDriver::sendExpression(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(command)).toJson(QJsonDocument::Compact)));
    }
    Q_INVOKABLE QString driverReply(int id) const { return ConnectUIDriver::replyExpression(id); }
    /// How many times Nango's callback page (in an OAuth popup) said it got the UI's ack (its beacon).
    Q_INVOKABLE int callbackAcks() const
    {
        int n = 0;
        for (const NangoDev::LoggedRequest &r : m_server.requestLog())
            n += r.path == ConnectUIDriver::ackReportPath() ? 1 : 0;
        return n;
    }
    /// Under a real (virtual) display with NANGOQT_SCREENSHOT_DIR set: saves @p window's area.
    Q_INVOKABLE bool saveScreenshot(QObject *window, const QString &name) const
    {
        const QString dir = qEnvironmentVariable("NANGOQT_SCREENSHOT_DIR");
        auto *w = qobject_cast<QWindow *>(window);
        if (dir.isEmpty() || !w)
            return true;
        const QRect area = w->frameGeometry().adjusted(-10, -10, 10, 10);
        return QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height())
            .save(dir + QLatin1Char('/') + name);
    }

    // --- the system browser (tst_browserwait.qml) --------------------------------------------
    /// Puts a fake system-browser opener on PATH (tests/shared/fakeopener.h): it "opens" a URL by
    /// writing it to a file. Until stopFakeOpener().
    Q_INVOKABLE void startFakeOpener() { m_opener = std::make_unique<FakeOpener>(FakeOpener::Succeeds); }
    Q_INVOKABLE void stopFakeOpener() { m_opener.reset(); }
    /// The URL the fake opener was given last (waits up to 5 s for one); "" if none came.
    Q_INVOKABLE QString openedUrl() const { return m_opener ? m_opener->waitForOpenedUrl().toString() : QString(); }
    /// Forgets the URL the fake opener was given, so the next open writes it afresh.
    Q_INVOKABLE bool forgetOpenedUrl() const { return m_opener && (QFile::remove(m_opener->openedFile()) || !QFile::exists(m_opener->openedFile())); }
    Q_INVOKABLE bool openedFileExists() const { return m_opener && QFile::exists(m_opener->openedFile()); }
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }
    Q_INVOKABLE void clearClipboard() const { QGuiApplication::clipboard()->clear(); }

    Q_INVOKABLE int authWindowCount() const
    {
        int n = 0;
        for (QWindow *w : QGuiApplication::topLevelWindows())
            n += w->objectName() == QLatin1String("nangoAuthWindow") ? 1 : 0;
        return n;
    }

private:
    bool ensureTlsDevServer()
    {
        if (m_tlsServer)
            return true;
        QString error;
        m_tlsCert = makeSelfSignedCertificate(m_certDir.path(), &error);
        auto server = std::make_unique<NangoDev::NangoDevServer>();
        if (m_tlsCert.isNull() || !server->loadTlsCertificate(m_tlsCert.certificateFile, m_tlsCert.keyFile, &error)
            || !server->loadIntegrations(QStringLiteral(NANGOQT_SAMPLE_INTEGRATIONS), &error) || !server->listen(0, &error)) {
            qWarning("TLS dev server: %s", qPrintable(error));
            return false;
        }
        m_tlsServer = std::move(server);
        return true;
    }

    static QObject *visibleWindow(const QString &objectName)
    {
        for (QWindow *w : QGuiApplication::topLevelWindows()) {
            if (w->objectName() == objectName && w->isVisible())
                return w;
        }
        return nullptr;
    }

    NangoDev::NangoDevServer m_server;
    std::unique_ptr<QSslServer> m_tls;
    QTemporaryDir m_certDir;
    SelfSignedCertificate m_tlsCert;
    std::unique_ptr<NangoDev::NangoDevServer> m_tlsServer;
    std::unique_ptr<FakeOpener> m_opener;
};

class Setup : public QObject
{
    Q_OBJECT
public:
    Setup()
    {
        NangoQuick::initialize();
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        NangoQuick::addImportPath(engine);
        if (!m_env)
            m_env = new TestEnvironment(this);
        engine->rootContext()->setContextProperty(QStringLiteral("testEnv"), m_env);
    }

private:
    TestEnvironment *m_env = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(nangoqt_qml, Setup)

#include "tst_qml.moc"
