// SPDX-License-Identifier: MIT
// Issue 17: the window each provider gets. Browser::Auto sends a provider whose authorization URL
// is on a host of NangoAuth::systemBrowserHosts to the system browser (from the options, or looked
// up in the catalog against the dev server, bounded to 5 s), the rest to the embedded window; the
// overrides; the refusal page in an embedded window ends with blocked_by_browser; openAgain(); the
// models' "continue in your browser" state.
#include "fakeopener.h"
#include "testenv.h"

#include <NangoQt/NangoAuthWindow>
#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoConnectAction>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoSystemBrowserWindow>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace NangoDev;

namespace {

const QString GoogleAuthorize = QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth");
const QString GithubAuthorize = QStringLiteral("https://github.com/login/oauth/authorize");

/// The dev server with two OAuth integrations whose providers carry Nango's real authorization
/// URLs: "gcal" (provider google-calendar-t, on accounts.google.com) and "gh" (github-t).
struct CatalogEnv : DevServerEnv
{
    CatalogEnv()
        : DevServerEnv(Era::Current, integrations())
    {
        QJsonObject providers = server->providers();
        providers.insert(QStringLiteral("google-calendar-t"),
                         QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Google Calendar")},
                                     {QStringLiteral("auth_mode"), QStringLiteral("OAUTH2")},
                                     {QStringLiteral("authorization_url"), GoogleAuthorize}});
        providers.insert(QStringLiteral("github-t"), QJsonObject{{QStringLiteral("display_name"), QStringLiteral("GitHub")},
                                                                 {QStringLiteral("auth_mode"), QStringLiteral("OAUTH2")},
                                                                 {QStringLiteral("authorization_url"), GithubAuthorize}});
        server->setProviders(providers);
        nango->setTimeout(15000);
    }
    static QList<Integration> integrations()
    {
        Integration g;
        g.uniqueKey = QStringLiteral("gcal");
        g.provider = QStringLiteral("google-calendar-t");
        g.authMode = QStringLiteral("OAUTH2");
        g.displayName = QStringLiteral("Google Calendar");
        g.autoApprove = true;
        Integration h = g;
        h.uniqueKey = QStringLiteral("gh");
        h.provider = QStringLiteral("github-t");
        h.displayName = QStringLiteral("GitHub");
        return {g, h};
    }
};

/// Registers a FollowingWindow factory as the process's embedded window (as NangoQt::Widgets
/// does) for the test's lifetime.
struct EmbeddedRegistration
{
    /// @p registered false: only factory(), for an app's own NangoAuth::setWindowFactory().
    explicit EmbeddedRegistration(bool registered = true)
        : registered(registered)
    {
        if (registered)
            NangoAuthWindow::registerEmbeddedFactory(factory());
    }
    ~EmbeddedRegistration()
    {
        if (registered)
            NangoAuthWindow::registerEmbeddedFactory(NangoAuthWindowFactory());
    }
    NangoAuthWindowFactory factory()
    {
        return [this](NangoAuthFlow *) {
            auto *w = new FollowingWindow(FollowingWindow::Allow);
            records << w->record;
            return w;
        };
    }
    bool registered;
    QList<std::shared_ptr<WindowRecord>> records;
};

/// A window that lands on a page refusing it (Google's kind), twice.
class RefusedWindow : public NangoAuthWindow
{
public:
    int opens = 0;
    void open(const QUrl &, const QSize &, const QString &) override
    {
        ++opens;
        const QUrl page(QStringLiteral("https://accounts.google.com/signin/oauth/error?authError=x"));
        const QString text = QStringLiteral("Access blocked: This app's request is invalid. Error 403: DISALLOWED_USERAGENT");
        QTimer::singleShot(0, this, [this, page, text] {
            Q_EMIT pageLoaded(page, 403, text);
            Q_EMIT pageLoaded(page, 403, text);
        });
    }
    void close() override {}
};

/// A loopback proxy to the dev server that holds GET /integrations for ever (a catalog that never
/// answers) and passes every other connection through byte for byte (the WebSocket, the window).
class HoldingProxy : public QObject
{
public:
    explicit HoldingProxy(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                client->setParent(this);
                connect(client, &QTcpSocket::readyRead, this, [this, client] { onData(client); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int held = 0;

private:
    void onData(QTcpSocket *client)
    {
        QTcpSocket *upstream = m_upstream.value(client);
        if (!upstream) {
            QByteArray &head = m_buffer[client];
            head += client->readAll();
            if (!head.contains("\r\n"))
                return;
            if (head.startsWith("GET /integrations")) {
                ++held; // never answered
                return;
            }
            upstream = new QTcpSocket(this);
            m_upstream.insert(client, upstream);
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            upstream->write(head);
            head.clear();
            return;
        }
        upstream->write(client->readAll());
    }
    QTcpServer m_server;
    quint16 m_target;
    QHash<QTcpSocket *, QTcpSocket *> m_upstream;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

/// Follows @p url like a browser and presses Allow: the user in the system browser.
void completeInBrowser(const QUrl &url, QList<FollowingWindow *> *keep)
{
    auto *browser = new FollowingWindow(FollowingWindow::Allow);
    keep->append(browser);
    browser->open(url, QSize(500, 600), QString());
}

} // namespace

class TestBrowserChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultHosts()
    {
        // The resource is compiled in and lists Google.
        QVERIFY(QFile::exists(QStringLiteral(":/nangoqt/browser/embedded-refusals.json")));
        QVERIFY(NangoAuth::defaultSystemBrowserHosts().contains(QStringLiteral("accounts.google.com")));
        NangoAuth nango;
        QCOMPARE(nango.systemBrowserHosts(), NangoAuth::defaultSystemBrowserHosts());
        QVERIFY(nango.refusesEmbeddedBrowser(QUrl(GoogleAuthorize)));
        QVERIFY(nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://ACCOUNTS.google.com/o/oauth2/auth"))));
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl(GithubAuthorize)));
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://evilaccounts.google.com.example/x"))));
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl()));
    }

    void hostsOverrideExtendEmpty()
    {
        NangoAuth nango;
        QSignalSpy changed(&nango, &NangoAuth::systemBrowserHostsChanged);
        // Extend.
        nango.setSystemBrowserHosts(NangoAuth::defaultSystemBrowserHosts() << QStringLiteral("login.example.com")
                                                                            << QStringLiteral("*.example.org"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(nango.refusesEmbeddedBrowser(QUrl(GoogleAuthorize)));
        QVERIFY(nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://login.example.com/authorize"))));
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://other.example.com/authorize"))));
        QVERIFY(nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://eu.example.org/authorize"))));
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://example.org/authorize"))));
        // A Nango template host matches *. entries by its fixed suffix.
        QVERIFY(nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://${connectionConfig.subdomain}.example.org/oauth/authorize"))));
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://${connectionConfig.subdomain}.example.net/oauth/authorize"))));
        // Override.
        nango.setSystemBrowserHosts({QStringLiteral("login.example.com")});
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl(GoogleAuthorize)));
        // Empty: never.
        nango.setSystemBrowserHosts({});
        QVERIFY(!nango.refusesEmbeddedBrowser(QUrl(QStringLiteral("https://login.example.com/authorize"))));
        QCOMPARE(changed.count(), 3);
        // Reset: the resource's again.
        nango.resetSystemBrowserHosts();
        QCOMPARE(changed.count(), 4);
        QCOMPARE(nango.systemBrowserHosts(), NangoAuth::defaultSystemBrowserHosts());
        QVERIFY(nango.setProperty("systemBrowserHosts", QStringList{QStringLiteral("a.example")}));
        QCOMPARE(nango.systemBrowserHosts(), QStringList{QStringLiteral("a.example")});
    }

    void optionsMap()
    {
        QStringList unknown;
        NangoAuthOptions o = NangoAuthOptions::fromVariantMap(
            {{QStringLiteral("browser"), QStringLiteral("system")}, {QStringLiteral("provider_authorization_url"), GoogleAuthorize}}, &unknown);
        QVERIFY(unknown.isEmpty());
        QCOMPARE(o.browser(), NangoAuthOptions::Browser::System);
        QCOMPARE(o.providerAuthorizationUrl(), QUrl(GoogleAuthorize));
        QCOMPARE(NangoAuthOptions::fromVariantMap({{QStringLiteral("browser"), QStringLiteral("Embedded")}}).browser(),
                 NangoAuthOptions::Browser::Embedded);
        QCOMPARE(NangoAuthOptions::fromVariantMap({{QStringLiteral("browser"), QStringLiteral("auto")}}).browser(),
                 NangoAuthOptions::Browser::Auto);
        QCOMPARE(NangoAuthOptions().browser(), NangoAuthOptions::Browser::Default);
        NangoAuthOptions::fromVariantMap({{QStringLiteral("browser"), QStringLiteral("firefox")}}, &unknown);
        QCOMPARE(unknown.size(), 1);
    }

    void autoGoogleFromOptionsUsesSystemBrowser()
    {
        // The app's own window factory is not used for a provider that refuses embedded browsers.
        FakeOpener opener(FakeOpener::Succeeds);
        TestEnv env(Era::Current);
        NangoAuthOptions o;
        o.setProviderAuthorizationUrl(QUrl(GoogleAuthorize));
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github-auto"), QString(), o);
        FlowResult r(flow);
        const QUrl opened = opener.waitForOpenedUrl();
        QCOMPARE(opened.path(), QStringLiteral("/oauth/connect/github-auto"));
        QVERIFY(flow);
        QTRY_COMPARE(flow->state(), NangoAuthFlow::State::WaitingForUser);
        QVERIFY(flow->isInSystemBrowser());
        QVERIFY2(flow->browserReason().contains(QStringLiteral("Google")), qPrintable(flow->browserReason()));
        QCOMPARE(env.records.size(), 0);
        // The whole flow runs in that browser and the result still arrives over the WebSocket.
        QList<FollowingWindow *> keep;
        completeInBrowser(opened, &keep);
        VERIFY_SUCCEEDED(r);
        qDeleteAll(keep);
    }

    void autoGithubUsesTheWindowFactory()
    {
        TestEnv env(Era::Current);
        NangoAuthOptions o;
        o.setProviderAuthorizationUrl(QUrl(GithubAuthorize));
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github-auto"), QString(), o);
        // Decided at once: the window exists inside auth().
        QCOMPARE(env.records.size(), 1);
        QVERIFY(!flow->isInSystemBrowser());
        QVERIFY(flow->browserReason().isEmpty());
        FlowResult r(flow);
        VERIFY_SUCCEEDED(r);
    }

    void emptyHostsKeepTheEmbeddedWindow()
    {
        TestEnv env(Era::Current);
        env.nango->setSystemBrowserHosts({});
        NangoAuthOptions o;
        o.setProviderAuthorizationUrl(QUrl(GoogleAuthorize));
        FlowResult r(env.nango->auth(QStringLiteral("github-auto"), QString(), o));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(env.records.size(), 1);
    }

    void extendedHostUsesSystemBrowser()
    {
        FakeOpener opener(FakeOpener::Succeeds);
        TestEnv env(Era::Current);
        env.nango->setSystemBrowserHosts(NangoAuth::defaultSystemBrowserHosts() << QStringLiteral("login.example.com"));
        NangoAuthOptions o;
        o.setProviderAuthorizationUrl(QUrl(QStringLiteral("https://login.example.com/authorize")));
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github-auto"), QString(), o);
        QVERIFY(!opener.waitForOpenedUrl().isEmpty());
        QTRY_VERIFY(flow && flow->isInSystemBrowser());
        QVERIFY2(flow->browserReason().contains(QStringLiteral("login.example.com")), qPrintable(flow->browserReason()));
        QCOMPARE(env.records.size(), 0);
        flow->cancel();
    }

    void perCallBrowserOverride()
    {
        // NangoAuth says System, the call says Embedded: the app's window.
        {
            TestEnv env(Era::Current);
            env.nango->setBrowser(NangoAuth::Browser::System);
            NangoAuthOptions o;
            o.setBrowser(NangoAuthOptions::Browser::Embedded);
            o.setProviderAuthorizationUrl(QUrl(GoogleAuthorize)); // explicit Embedded keeps it
            FlowResult r(env.nango->auth(QStringLiteral("github-auto"), QString(), o));
            VERIFY_SUCCEEDED(r);
            QCOMPARE(env.records.size(), 1);
        }
        // NangoAuth says Auto (github: the window), the call says System.
        {
            FakeOpener opener(FakeOpener::Succeeds);
            TestEnv env(Era::Current);
            NangoAuthOptions o;
            o.setBrowser(NangoAuthOptions::Browser::System);
            QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github-auto"), QString(), o);
            QVERIFY(!opener.waitForOpenedUrl().isEmpty());
            QTRY_VERIFY(flow && flow->isInSystemBrowser());
            QVERIFY(flow->browserReason().isEmpty());
            QCOMPARE(env.records.size(), 0);
            flow->cancel();
        }
        // NangoAuth says Embedded, the call says Auto for Google: the system browser.
        {
            FakeOpener opener(FakeOpener::Succeeds);
            TestEnv env(Era::Current);
            env.nango->setBrowser(NangoAuth::Browser::Embedded);
            NangoAuthOptions o = NangoAuthOptions::fromVariantMap(
                {{QStringLiteral("browser"), QStringLiteral("auto")}, {QStringLiteral("provider_authorization_url"), GoogleAuthorize}});
            QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github-auto"), QString(), o);
            QVERIFY(!opener.waitForOpenedUrl().isEmpty());
            QTRY_VERIFY(flow && flow->isInSystemBrowser());
            QCOMPARE(env.records.size(), 0);
            flow->cancel();
        }
    }

    void catalogLookupGoogleUsesSystemBrowser()
    {
        FakeOpener opener(FakeOpener::Succeeds);
        EmbeddedRegistration embedded;
        CatalogEnv env;
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("gcal"));
        FlowResult r(flow);
        const QUrl opened = opener.waitForOpenedUrl();
        QCOMPARE(opened.path(), QStringLiteral("/oauth/connect/gcal"));
        QTRY_VERIFY(flow && flow->isInSystemBrowser());
        QVERIFY2(flow->browserReason().contains(QStringLiteral("Google")), qPrintable(flow->browserReason()));
        QCOMPARE(embedded.records.size(), 0);
        // The catalog was read: GET /integrations and GET /providers/google-calendar-t.
        bool sawProvider = false;
        for (const LoggedRequest &req : env.server->requestLog())
            sawProvider = sawProvider || req.path.startsWith(QStringLiteral("/providers/google-calendar-t"));
        QVERIFY(sawProvider);
        QList<FollowingWindow *> keep;
        completeInBrowser(opened, &keep);
        VERIFY_SUCCEEDED(r);
        qDeleteAll(keep);
    }

    void catalogLookupGithubUsesEmbeddedWindow()
    {
        EmbeddedRegistration embedded;
        CatalogEnv env;
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("gh"));
        FlowResult r(flow);
        VERIFY_SUCCEEDED(r);
        QCOMPARE(embedded.records.size(), 1);
        QCOMPARE(embedded.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("open"), QStringLiteral("close")}));
        // A second flow finds the provider cached.
        FlowResult r2(env.nango->auth(QStringLiteral("gh")));
        VERIFY_SUCCEEDED(r2);
        QCOMPARE(embedded.records.size(), 2);
    }

    void catalogLookupTimesOut()
    {
        // The catalog never answers /integrations: the embedded window after 5 s, and the flow completes.
        EmbeddedRegistration embedded;
        CatalogEnv env;
        HoldingProxy proxy(env.server->url().port());
        env.nango->setHost(proxy.url());
        env.nango->setTimeout(20000);
        QElapsedTimer t;
        t.start();
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("gcal"));
        FlowResult r(flow);
        QTRY_COMPARE_WITH_TIMEOUT(embedded.records.size(), 1, 7000);
        const qint64 decidedAfter = t.elapsed();
        QVERIFY2(decidedAfter >= 4500 && decidedAfter <= 6500, qPrintable(QString::number(decidedAfter)));
        QVERIFY(proxy.held >= 1);
        // The ack came long before the window: it was opened once made.
        bool acked = false;
        for (const LoggedRequest &req : env.server->requestLog())
            acked = acked || req.method == QLatin1String("WS");
        QVERIFY(acked);
        VERIFY_SUCCEEDED(r);
        QCOMPARE(embedded.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("open"), QStringLiteral("close")}));
    }

    void publicKeyWithoutUrlUsesEmbeddedWindowAtOnce()
    {
        // No session token, no URL in the options: nothing to look up, the embedded window inside auth().
        EmbeddedRegistration embedded;
        TestEnv env(Era::Seed);
        env.nango->setWindowFactory(NangoAuthWindowFactory());
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github-auto"));
        QCOMPARE(embedded.records.size(), 1);
        FlowResult r(flow);
        VERIFY_SUCCEEDED(r);
        for (const LoggedRequest &req : env.server->requestLog())
            QVERIFY2(!req.path.startsWith(QStringLiteral("/providers")) && req.path != QStringLiteral("/integrations"), qPrintable(req.path));
    }

    void refusalPageEndsWithBlockedByBrowser()
    {
        TestEnv env(Era::Current);
        QPointer<RefusedWindow> window;
        env.nango->setWindowFactory([&window](NangoAuthFlow *) {
            window = new RefusedWindow;
            return window.data();
        });
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
        QCOMPARE(r.failed.count(), 1);
        QVERIFY2(r.message().contains(QStringLiteral("accounts.google.com refuses this embedded browser")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("NangoAuth::systemBrowserHosts")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("QtWebEngine")), qPrintable(r.message()));
    }

    void openAgainRerunsTheOpener()
    {
        FakeOpener opener(FakeOpener::Succeeds);
        TestEnv env(Era::Current);
        env.nango->setBrowser(NangoAuth::Browser::System);
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github"));
        const QUrl first = opener.waitForOpenedUrl();
        QVERIFY(!first.isEmpty());
        QTRY_VERIFY(flow && flow->state() == NangoAuthFlow::State::WaitingForUser);
        QVERIFY(QFile::remove(opener.openedFile()));
        flow->openAgain();
        QCOMPARE(opener.waitForOpenedUrl(), first);
        QCOMPARE(flow->authorizationUrl(), first);
        flow->cancel();
        // Not in the system browser: nothing.
        TestEnv env2(Era::Current);
        env2.windowAction = FollowingWindow::Stay;
        QPointer<NangoAuthFlow> embedded = env2.nango->auth(QStringLiteral("github"));
        QTRY_VERIFY(embedded && embedded->state() == NangoAuthFlow::State::WaitingForUser);
        embedded->openAgain();
        QTest::qWait(100);
        QCOMPARE(env2.records.first()->calls.count(QStringLiteral("open")), 1);
        embedded->cancel();
    }

    void actionInSystemBrowser()
    {
        // The app's own window factory: the flow looks nothing up, so the system browser comes
        // from the provider's authorization_url the action put in the options.
        FakeOpener opener(FakeOpener::Succeeds);
        CatalogEnv env;
        EmbeddedRegistration embedded(false);
        env.nango->setWindowFactory(embedded.factory());
        NangoCatalog catalog(env.nango.get());
        NangoConnectAction action;
        action.setAuth(env.nango.get());
        action.setCatalog(&catalog);
        action.setIntegrationId(QStringLiteral("gcal"));
        QSignalSpy changed(&action, &NangoConnectAction::inSystemBrowserChanged);
        QSignalSpy failed(&action, &NangoConnectAction::failed);
        QVERIFY(!action.isInSystemBrowser());
        action.trigger();
        QTRY_VERIFY_WITH_TIMEOUT(action.isInSystemBrowser(), 8000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(action.authorizationUrl().path(), QStringLiteral("/oauth/connect/gcal"));
        QCOMPARE(embedded.records.size(), 0);
        const QUrl first = opener.waitForOpenedUrl();
        QVERIFY(QFile::remove(opener.openedFile()));
        action.openAgain();
        QCOMPARE(opener.waitForOpenedUrl(), first);
        action.cancel();
        QCOMPARE(action.state(), NangoConnectAction::State::Idle);
        QVERIFY(!action.isInSystemBrowser());
        QVERIFY(action.authorizationUrl().isEmpty());
        QCOMPARE(changed.count(), 2);
        QTest::qWait(100);
        QCOMPARE(failed.count(), 0);
        // github: the embedded window, never "in the system browser".
        action.setIntegrationId(QStringLiteral("gh"));
        QSignalSpy succeeded(&action, &NangoConnectAction::succeeded);
        action.trigger();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 8000);
        QCOMPARE(embedded.records.size(), 1);
        QCOMPARE(changed.count(), 2);
    }

    void connectUIModelInSystemBrowser()
    {
        // As for the action: the provider's authorization_url reaches the options through the form.
        FakeOpener opener(FakeOpener::Succeeds);
        CatalogEnv env;
        EmbeddedRegistration embedded(false);
        env.nango->setWindowFactory(embedded.factory());
        NangoConnectUIModel model;
        model.setAuth(env.nango.get());
        QSignalSpy changed(&model, &NangoConnectUIModel::inSystemBrowserChanged);
        model.open();
        QTRY_COMPARE_WITH_TIMEOUT(model.screen(), NangoConnectUIModel::Screen::Picker, 8000);
        model.select(QStringLiteral("gcal"));
        QTRY_VERIFY_WITH_TIMEOUT(model.isInSystemBrowser(), 8000);
        QCOMPARE(model.screen(), NangoConnectUIModel::Screen::Connecting);
        QCOMPARE(model.authorizationUrl().path(), QStringLiteral("/oauth/connect/gcal"));
        QVERIFY(changed.count() >= 1);
        const QUrl first = opener.waitForOpenedUrl();
        QVERIFY(QFile::remove(opener.openedFile()));
        model.openAgain();
        QCOMPARE(opener.waitForOpenedUrl(), first);
        model.back(); // cancels the flow
        QTRY_VERIFY(model.screen() != NangoConnectUIModel::Screen::Connecting);
        QVERIFY(!model.isInSystemBrowser());
        QVERIFY(model.authorizationUrl().isEmpty());
        QCOMPARE(embedded.records.size(), 0);
        model.close();
    }
};

QTEST_GUILESS_MAIN(TestBrowserChoice)
#include "tst_browserchoice.moc"
