// SPDX-License-Identifier: MIT
// The hosted Connect UI's protocol (NangoConnectUISession) with a fake NangoConnectUIWindow, the
// options' URLs, the window registry, and the system-browser mode through a fake opener.
#include "fakeopener.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoConnectUIOptions>
#include <NangoQt/NangoConnectUISession>
#include <NangoQt/NangoConnectUIWindow>
#include <NangoQt/NangoErrorTypes>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace {

QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
void recordLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log << message;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}
void enableCoreDebug(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrcmp(category->categoryName(), "nangoqt.core") == 0)
        category->setEnabled(QtDebugMsg, true);
}

const QString Origin = QStringLiteral("http://127.0.0.1:4999");
const QUrl Base(QStringLiteral("http://127.0.0.1:4999/connect"));

class FakeWindow : public NangoConnectUIWindow
{
    Q_OBJECT
public:
    using NangoConnectUIWindow::NangoConnectUIWindow;
    void open(const QUrl &url, const QString &allowedOrigin) override
    {
        ++opens;
        openedUrl = url;
        openedOrigin = allowedOrigin;
    }
    void close() override { ++closes; }
    void postMessage(const QJsonObject &message) override { posted << message; }
    QString paletteTheme() const override { return theme; }

    /// The frame (or anyone) posts @p message to the host page from @p origin.
    void receive(const QJsonObject &message, const QString &origin = Origin) { Q_EMIT messageReceived(message, origin); }
    void receiveType(const QString &type, const QString &origin = Origin) { receive({{QStringLiteral("type"), type}}, origin); }
    QStringList postedTokens() const
    {
        QStringList tokens;
        for (const QJsonObject &m : posted)
            if (m.value(QLatin1String("type")).toString() == QLatin1String("session_token"))
                tokens << m.value(QLatin1String("sessionToken")).toString();
        return tokens;
    }

    int opens = 0;
    int closes = 0;
    QUrl openedUrl;
    QString openedOrigin;
    QList<QJsonObject> posted;
    QString theme = QStringLiteral("dark");
};

struct Env
{
    Env()
    {
        nango.setHost(QUrl(QStringLiteral("http://127.0.0.1:5555")));
        nango.setConnectUIWindowFactory([this](NangoConnectUISession *) -> NangoConnectUIWindow * {
            if (refuseWindow)
                return nullptr;
            window = new FakeWindow;
            ++windowsMade;
            return window;
        });
    }
    NangoConnectUISession *open(NangoConnectUIOptions options = NangoConnectUIOptions())
    {
        if (options.baseUrl() == QUrl(QStringLiteral("https://connect.nango.dev")))
            options.setBaseUrl(Base);
        return nango.openConnectUI(options);
    }
    NangoAuth nango;
    QPointer<FakeWindow> window;
    int windowsMade = 0;
    bool refuseWindow = false;
};

struct Spies
{
    explicit Spies(NangoConnectUISession *s)
        : ready(s, &NangoConnectUISession::ready)
        , connected(s, &NangoConnectUISession::connected)
        , error(s, &NangoConnectUISession::errorOccurred)
        , closed(s, &NangoConnectUISession::closed)
    {
    }
    QSignalSpy ready, connected, error, closed;
};

} // namespace

class TestConnectUISession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void url_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("paletteTheme");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("origin");
        const QString host = QStringLiteral("?apiURL=http%3A%2F%2F127.0.0.1%3A5555");
        QTest::newRow("defaults") << QVariantMap() << QString()
                                  << QStringLiteral("https://connect.nango.dev/") + host << QStringLiteral("https://connect.nango.dev");
        QTest::newRow("palette dark") << QVariantMap() << QStringLiteral("dark")
                                      << QStringLiteral("https://connect.nango.dev/") + host + QStringLiteral("&theme=dark")
                                      << QStringLiteral("https://connect.nango.dev");
        QTest::newRow("everything") << QVariantMap{{QStringLiteral("baseURL"), QStringLiteral("https://Connect.Example.com:8443/nango")},
                                                   {QStringLiteral("apiURL"), QStringLiteral("https://api.example.com/")},
                                                   {QStringLiteral("lang"), QStringLiteral("fr")},
                                                   {QStringLiteral("theme"), QStringLiteral("system")},
                                                   {QStringLiteral("detectClosedAuthWindow"), true}}
                                    << QStringLiteral("dark")
                                    << QStringLiteral("https://connect.example.com:8443/nango/?apiURL=https%3A%2F%2Fapi.example.com"
                                                      "&detectClosedAuthWindow=true&lang=fr&theme=system")
                                    << QStringLiteral("https://connect.example.com:8443");
        QTest::newRow("default port, base query kept")
            << QVariantMap{{QStringLiteral("baseURL"), QStringLiteral("http://localhost:80/connect/?neverReady=1")},
                           {QStringLiteral("theme"), QStringLiteral("light")}}
            << QStringLiteral("dark")
            << QStringLiteral("http://localhost:80/connect/?neverReady=1&apiURL=http%3A%2F%2F127.0.0.1%3A5555&theme=light")
            << QStringLiteral("http://localhost");
    }
    void url()
    {
        QFETCH(QVariantMap, options);
        QFETCH(QString, paletteTheme);
        QFETCH(QString, expected);
        QFETCH(QString, origin);
        QStringList unknown;
        const NangoConnectUIOptions o = NangoConnectUIOptions::fromVariantMap(options, &unknown);
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char(','))));
        QCOMPARE(o.url(QUrl(QStringLiteral("http://127.0.0.1:5555")), o.resolvedTheme(paletteTheme)).toString(QUrl::FullyEncoded), expected);
        QCOMPARE(o.allowedOrigin(), origin);
    }

    void fromVariantMapReportsBadKeys()
    {
        QStringList unknown;
        const NangoConnectUIOptions o = NangoConnectUIOptions::fromVariantMap(
            {{QStringLiteral("baseUrl"), QStringLiteral("https://x")}, {QStringLiteral("theme"), QStringLiteral("purple")},
             {QStringLiteral("apiURL"), QStringLiteral("not a url")}, {QStringLiteral("readyTimeout"), 2500}},
            &unknown);
        unknown.sort();
        QCOMPARE(unknown, (QStringList{QStringLiteral("apiURL"), QStringLiteral("baseUrl"), QStringLiteral("theme")}));
        QCOMPARE(o.theme(), NangoConnectUIOptions::Theme::Palette);
        QCOMPARE(o.readyTimeout(), 2500);
        QCOMPARE(o.baseUrl(), QUrl(QStringLiteral("https://connect.nango.dev")));
    }

    void connectLink_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Nango Cloud: no apiURL") << QStringLiteral("https://api.nango.dev")
                                                << QStringLiteral("https://connect.nango.dev/?session_token=tok");
        QTest::newRow("self-hosted: apiURL") << QStringLiteral("http://nango.local:3003/")
                                             << QStringLiteral("https://connect.nango.dev/?session_token=tok&apiURL=http%3A%2F%2Fnango.local%3A3003");
    }
    void connectLink()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        QCOMPARE(NangoConnectUIOptions().connectLink(QStringLiteral("tok"), QUrl(host)).toString(QUrl::FullyEncoded), expected);
    }

    void readyTokenConnectClose()
    {
        Env env;
        env.nango.setConnectSessionToken(QStringLiteral("nango_connect_session_abc"));
        QPointer<NangoConnectUISession> session = env.open();
        Spies spies(session);
        QVERIFY(env.window);
        QCOMPARE(env.window->opens, 1);
        QCOMPARE(env.window->openedOrigin, Origin);
        // The palette's theme, the host as apiURL, no token in the URL.
        QCOMPARE(env.window->openedUrl.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:4999/connect/?apiURL=http%3A%2F%2F127.0.0.1%3A5555&theme=dark"));
        QCOMPARE(session->url(), env.window->openedUrl);
        QVERIFY(session->isOpen());
        QVERIFY(!session->isLoaded());
        QVERIFY(!session->isInSystemBrowser());
        QVERIFY(env.window->posted.isEmpty()); // nothing before ready

        env.window->receiveType(QStringLiteral("ready"));
        QCOMPARE(spies.ready.count(), 1);
        QVERIFY(session->isLoaded());
        QCOMPARE(env.window->postedTokens(), QStringList{QStringLiteral("nango_connect_session_abc")});
        QCOMPARE(env.window->posted.first().keys(), (QStringList{QStringLiteral("sessionToken"), QStringLiteral("type")}));

        // The Connect UI's shape: {type, payload: AuthResult}.
        const QJsonObject connect{{QStringLiteral("type"), QStringLiteral("connect")},
                                  {QStringLiteral("payload"), QJsonObject{{QStringLiteral("providerConfigKey"), QStringLiteral("github")},
                                                                          {QStringLiteral("connectionId"), QStringLiteral("conn-1")},
                                                                          {QStringLiteral("isPending"), true}}}};
        env.window->receive(connect);
        env.window->receive(connect); // the same connection again: once
        QCOMPARE(spies.connected.count(), 1);
        QCOMPARE(spies.connected.first(), (QVariantList{QStringLiteral("github"), QStringLiteral("conn-1"), true}));
        // Flat fields are read too; isPending absent (credentials modes) is false.
        env.window->receive({{QStringLiteral("type"), QStringLiteral("connect")}, {QStringLiteral("providerConfigKey"), QStringLiteral("stripe")},
                             {QStringLiteral("connectionId"), QStringLiteral("conn-2")}});
        QCOMPARE(spies.connected.count(), 2);
        QCOMPARE(spies.connected.at(1), (QVariantList{QStringLiteral("stripe"), QStringLiteral("conn-2"), false}));
        QCOMPARE(spies.closed.count(), 0); // connect does not close the UI (it shows Success!)
        QCOMPARE(env.window->closes, 0);

        QPointer<FakeWindow> window = env.window;
        env.window->receiveType(QStringLiteral("close"));
        QCOMPARE(spies.closed.count(), 1);
        QVERIFY(!session->isOpen());
        QCOMPARE(window->closes, 1);
        session->close(); // a second close: nothing more
        QCOMPARE(spies.closed.count(), 1);
        QCOMPARE(spies.error.count(), 0);
        QTRY_VERIFY(!session); // deleted after closed
        QVERIFY(!window);
    }

    void readyAgainResendsToken()
    {
        Env env;
        env.nango.setConnectSessionToken(QStringLiteral("t1"));
        NangoConnectUISession *session = env.open();
        Spies spies(session);
        env.window->receiveType(QStringLiteral("ready"));
        env.window->receiveType(QStringLiteral("ready")); // the UI reloaded
        QCOMPARE(spies.ready.count(), 1);
        QCOMPARE(env.window->postedTokens(), (QStringList{QStringLiteral("t1"), QStringLiteral("t1")}));
    }

    void errorMapping()
    {
        Env env;
        env.nango.setConnectSessionToken(QStringLiteral("t"));
        NangoConnectUISession *session = env.open();
        Spies spies(session);
        env.window->receiveType(QStringLiteral("ready"));
        const auto error = [](const QString &type, const QString &message) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                               {QStringLiteral("payload"), QJsonObject{{QStringLiteral("errorType"), type}, {QStringLiteral("errorMessage"), message}}}};
        };
        env.window->receive(error(QStringLiteral("callback_err"), QStringLiteral("The provider refused")));
        // The popup's report of the same refusal, ~60 ms later: one failure, one signal.
        QTest::qWait(60);
        env.window->receive(error(QStringLiteral("connection_validation_failed"), QStringLiteral("Validation failed")));
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.error.first(), (QVariantList{QStringLiteral("callback_err"), QStringLiteral("The provider refused")}));
        QCOMPARE(spies.closed.count(), 0); // an error does not close the UI (it shows Back)
        // A later failure (the user went back and tried again) is a new one.
        QTest::qWait(1100);
        env.window->receive({{QStringLiteral("type"), QStringLiteral("error")}});
        QCOMPARE(spies.error.count(), 2);
        QCOMPARE(spies.error.at(1).at(0).toString(), QString::fromLatin1(NangoErrorType::UnknownError));
        QVERIFY(!spies.error.at(1).at(1).toString().isEmpty());
        // Unknown types and a connect without a connection id are ignored.
        env.window->receiveType(QStringLiteral("settings_changed"));
        env.window->receive({{QStringLiteral("type"), QStringLiteral("connect")}, {QStringLiteral("providerConfigKey"), QStringLiteral("x")}});
        QCOMPARE(spies.connected.count(), 0);
        QCOMPARE(spies.error.count(), 2);
        QVERIFY(session->isOpen());
    }

    void foreignOriginIgnored_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::newRow("another host") << QStringLiteral("https://evil.example");
        QTest::newRow("another port") << QStringLiteral("http://127.0.0.1:5000");
        QTest::newRow("another scheme") << QStringLiteral("https://127.0.0.1:4999");
        QTest::newRow("opaque") << QStringLiteral("null");
        QTest::newRow("empty") << QString();
    }
    void foreignOriginIgnored()
    {
        QFETCH(QString, origin);
        Env env;
        env.nango.setConnectSessionToken(QStringLiteral("secret-token"));
        NangoConnectUISession *session = env.open();
        Spies spies(session);
        env.window->receiveType(QStringLiteral("ready"), origin);
        env.window->receive({{QStringLiteral("type"), QStringLiteral("connect")}, {QStringLiteral("providerConfigKey"), QStringLiteral("g")},
                             {QStringLiteral("connectionId"), QStringLiteral("c")}},
                            origin);
        env.window->receive({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("errorType"), QStringLiteral("x")}}, origin);
        env.window->receiveType(QStringLiteral("close"), origin);
        QCOMPARE(spies.ready.count(), 0);
        QCOMPARE(spies.connected.count(), 0);
        QCOMPARE(spies.error.count(), 0);
        QCOMPARE(spies.closed.count(), 0);
        QVERIFY(env.window->posted.isEmpty()); // the token never went to a foreign origin
        QVERIFY(session->isOpen());
        // The real origin still works.
        env.window->receiveType(QStringLiteral("ready"));
        QCOMPARE(spies.ready.count(), 1);
        QCOMPARE(env.window->postedTokens(), QStringList{QStringLiteral("secret-token")});
    }

    void noReadyWithinTenSeconds()
    {
        Env env;
        env.nango.setConnectSessionToken(QStringLiteral("t"));
        QElapsedTimer timer;
        timer.start();
        QPointer<NangoConnectUISession> session = env.open();
        Spies spies(session);
        QPointer<FakeWindow> window = env.window;
        QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 15000);
        const qint64 elapsed = timer.elapsed();
        qInfo("no ready → error and closed after %lld ms", elapsed);
        QVERIFY(elapsed >= 9900);
        QVERIFY(elapsed < 12000);
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::ConnectUINotReady));
        const QString message = spies.error.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("http://127.0.0.1:4999/connect/")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("10 s")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("apiURL"))); // the URL named without its query
        QCOMPARE(spies.ready.count(), 0);
        QVERIFY(!window || window->closes == 1);
        // Nothing more, even if the page wakes up now.
        QTest::qWait(200);
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.closed.count(), 1);
    }

    void readyTimeoutOption()
    {
        Env env;
        NangoConnectUIOptions options;
        options.setReadyTimeout(300);
        NangoConnectUISession *session = env.open(options);
        Spies spies(session);
        env.window->receiveType(QStringLiteral("ready"), QStringLiteral("https://evil.example")); // does not count
        QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 3000);
        QCOMPARE(spies.error.count(), 1);
        QVERIFY(spies.error.first().at(1).toString().contains(QStringLiteral("0.3 s")));
    }

    void setSessionTokenSendsAndResends()
    {
        Env env; // no token, no provider
        NangoConnectUISession *session = env.open();
        session->setSessionToken(QStringLiteral("early")); // before ready: kept, sent after ready
        Spies spies(session);
        QVERIFY(env.window->posted.isEmpty());
        env.window->receiveType(QStringLiteral("ready"));
        QCOMPARE(env.window->postedTokens(), QStringList{QStringLiteral("early")});
        session->setSessionToken(QStringLiteral("fresh"));
        QCOMPARE(env.window->postedTokens(), (QStringList{QStringLiteral("early"), QStringLiteral("fresh")}));
        // The session's own token wins over the NangoAuth's.
        env.nango.setConnectSessionToken(QStringLiteral("auth-token"));
        env.window->receiveType(QStringLiteral("ready"));
        QCOMPARE(env.window->postedTokens().last(), QStringLiteral("fresh"));
        QCOMPARE(spies.error.count(), 0);
    }

    void tokenLaterWithoutProvider()
    {
        Env env;
        NangoConnectUISession *session = env.open();
        Spies spies(session);
        env.window->receiveType(QStringLiteral("ready"));
        QVERIFY(env.window->posted.isEmpty());
        QTest::qWait(100);
        session->setSessionToken(QStringLiteral("from-backend")); // the JS SDK's pattern: the token comes later
        QCOMPARE(env.window->postedTokens(), QStringList{QStringLiteral("from-backend")});
        QCOMPARE(spies.error.count(), 0);
    }

    void tokenProviderAsked()
    {
        Env env;
        int asked = 0;
        NangoAuth::TokenReply pending(nullptr);
        env.nango.setConnectSessionTokenProvider([&](const NangoAuth::TokenReply &reply) {
            ++asked;
            pending = reply;
        });
        NangoConnectUISession *session = env.open();
        Spies spies(session);
        env.window->receiveType(QStringLiteral("ready"));
        QTRY_COMPARE(asked, 1);
        QVERIFY(env.window->posted.isEmpty());
        pending.setToken(QStringLiteral("minted"));
        QCOMPARE(env.window->postedTokens(), QStringList{QStringLiteral("minted")});
        QCOMPARE(env.nango.connectSessionToken(), QStringLiteral("minted"));
        QTest::qWait(50);
        QCOMPARE(asked, 1);
        QCOMPARE(spies.error.count(), 0);
    }

    void tokenProviderFails()
    {
        Env env;
        env.nango.setConnectSessionTokenProvider([](const NangoAuth::TokenReply &reply) { reply.fail(QStringLiteral("backend down")); });
        NangoConnectUISession *session = env.open();
        Spies spies(session);
        env.window->receiveType(QStringLiteral("ready"));
        QTRY_COMPARE(spies.error.count(), 1);
        QCOMPARE(spies.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::MissingConnectSessionToken));
        QVERIFY(session->isOpen()); // the UI stays (it shows its own error); the user closes it
    }

    void tokenSignalAnsweredByProperty()
    {
        Env env; // QML's way: connectSessionTokenRequested answered by setting connectSessionToken
        connect(&env.nango, &NangoAuth::connectSessionTokenRequested, &env.nango, [&env] {
            env.nango.setConnectSessionToken(QStringLiteral("from-signal"));
        });
        env.open();
        env.window->receiveType(QStringLiteral("ready"));
        QTRY_COMPARE(env.window->postedTokens(), QStringList{QStringLiteral("from-signal")});
    }

    void userCloseAndWindowError()
    {
        {
            Env env;
            NangoConnectUISession *session = env.open();
            Spies spies(session);
            Q_EMIT env.window->userClosed();
            QCOMPARE(spies.closed.count(), 1);
            QCOMPARE(spies.error.count(), 0);
            Q_EMIT env.window->userClosed();
            QCOMPARE(spies.closed.count(), 1);
        }
        {
            Env env;
            NangoConnectUISession *session = env.open();
            Spies spies(session);
            QPointer<FakeWindow> window = env.window;
            Q_EMIT env.window->errorOccurred(QStringLiteral("tls_error"), QStringLiteral("The certificate of x was refused"));
            QCOMPARE(spies.error.count(), 1);
            QCOMPARE(spies.error.first().at(0).toString(), QStringLiteral("tls_error"));
            QCOMPARE(spies.closed.count(), 1);
            QCOMPARE(window->closes, 1);
        }
    }

    void closeFromSlotAndDeleteFromSlot()
    {
        Env env;
        NangoConnectUISession *session = env.open();
        QPointer<NangoConnectUISession> guard(session);
        connect(session, &NangoConnectUISession::ready, session, [session] { delete session; });
        env.window->receiveType(QStringLiteral("ready")); // deleted inside ready: no crash, no token posted to a dead window
        QVERIFY(!guard);
    }

    void invalidBaseUrl()
    {
        Env env;
        NangoConnectUIOptions options;
        options.setBaseUrl(QUrl(QStringLiteral("file:///tmp/connect")));
        NangoConnectUISession *session = env.nango.openConnectUI(options);
        Spies spies(session);
        QTRY_COMPARE(spies.closed.count(), 1);
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::InvalidHostUrl));
        QCOMPARE(env.windowsMade, 0);
    }

    void noWindow()
    {
        Env env;
        env.refuseWindow = true;
        NangoConnectUISession *session = env.open();
        Spies spies(session);
        QTRY_COMPARE(spies.closed.count(), 1);
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::BlockedByBrowser));

        // Browser::Embedded with nothing registered (Core alone): blocked_by_browser, closed.
        NangoAuth bare;
        bare.setBrowser(NangoAuth::Browser::Embedded);
        NangoConnectUISession *s2 = bare.openConnectUI();
        Spies spies2(s2);
        QTRY_COMPARE(spies2.closed.count(), 1);
        QCOMPARE(spies2.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::BlockedByBrowser));
        QVERIFY(spies2.error.first().at(1).toString().contains(QStringLiteral("NangoQt::Widgets")));
    }

    void systemBrowser_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("self-hosted") << QStringLiteral("http://127.0.0.1:5555")
                                     << QStringLiteral("http://127.0.0.1:4999/connect/?session_token=tok-1&apiURL=http%3A%2F%2F127.0.0.1%3A5555&lang=de");
        QTest::newRow("Nango Cloud") << QStringLiteral("https://api.nango.dev")
                                     << QStringLiteral("http://127.0.0.1:4999/connect/?session_token=tok-1&lang=de");
    }
    void systemBrowser()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        FakeOpener opener(FakeOpener::Succeeds);
        Env env;
        env.nango.setHost(QUrl(host));
        env.nango.setBrowser(NangoAuth::Browser::System);
        env.nango.setConnectSessionToken(QStringLiteral("tok-1"));
        NangoConnectUIOptions options;
        options.setLanguage(QStringLiteral("de"));
        NangoConnectUISession *session = env.open(options);
        Spies spies(session);
        QVERIFY(session->isInSystemBrowser());
        QVERIFY(!session->url().toString().contains(QStringLiteral("tok-1"))); // the property carries no token
        QCOMPARE(env.windowsMade, 0);
        const QUrl opened = opener.waitForOpenedUrl();
        QCOMPARE(opened.toString(QUrl::FullyEncoded), expected);
        // What the app gets in this mode: nothing until it closes the session.
        QTest::qWait(300);
        QCOMPARE(spies.ready.count(), 0);
        QCOMPARE(spies.error.count(), 0);
        QCOMPARE(spies.closed.count(), 0);
        QVERIFY(session->isOpen());
        session->close();
        QCOMPARE(spies.closed.count(), 1);
    }

    void systemBrowserFailsOrHasNoToken()
    {
        {
            FakeOpener opener(FakeOpener::Fails);
            Env env;
            env.nango.setBrowser(NangoAuth::Browser::System);
            env.nango.setConnectSessionToken(QStringLiteral("tok"));
            NangoConnectUISession *session = env.open();
            Spies spies(session);
            QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 10000);
            QCOMPARE(spies.error.count(), 1);
            QCOMPARE(spies.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::BlockedByBrowser));
            QVERIFY(!spies.error.first().at(1).toString().contains(QStringLiteral("tok")));
        }
        {
            FakeOpener opener(FakeOpener::Succeeds);
            Env env;
            env.nango.setBrowser(NangoAuth::Browser::System);
            NangoConnectUISession *session = env.open();
            Spies spies(session);
            QTRY_COMPARE(spies.closed.count(), 1);
            QCOMPARE(spies.error.count(), 1);
            QCOMPARE(spies.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::MissingConnectSessionToken));
            QVERIFY(!QFile::exists(opener.openedFile()));
        }
        {
            // With a provider: asked, then the link opens with its token.
            FakeOpener opener(FakeOpener::Succeeds);
            Env env;
            env.nango.setBrowser(NangoAuth::Browser::System);
            env.nango.setConnectSessionTokenProvider([](const NangoAuth::TokenReply &reply) {
                QTimer::singleShot(20, [reply] { reply.setToken(QStringLiteral("late")); });
            });
            NangoConnectUISession *session = env.open();
            Spies spies(session);
            const QUrl opened = opener.waitForOpenedUrl();
            QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("session_token")), QStringLiteral("late"));
            QCOMPARE(spies.error.count(), 0);
            session->close();
        }
        {
            // setSessionToken() right after openConnectUI() is in time.
            FakeOpener opener(FakeOpener::Succeeds);
            Env env;
            env.nango.setBrowser(NangoAuth::Browser::System);
            NangoConnectUISession *session = env.open();
            session->setSessionToken(QStringLiteral("own"));
            QCOMPARE(QUrlQuery(opener.waitForOpenedUrl()).queryItemValue(QStringLiteral("session_token")), QStringLiteral("own"));
            session->close();
        }
    }

    void autoWithoutEmbeddedUsesSystemBrowser()
    {
        FakeOpener opener(FakeOpener::Succeeds);
        NangoAuth nango; // Core alone: no embedded Connect UI window registered
        nango.setConnectSessionToken(QStringLiteral("tok"));
        NangoConnectUISession *session = nango.openConnectUI();
        QVERIFY(session->isInSystemBrowser());
        QVERIFY(opener.waitForOpenedUrl().toString().startsWith(QStringLiteral("https://connect.nango.dev/?session_token=tok")));
        session->close();
    }

    void destroyingNangoAuthIsQuiet()
    {
        auto *nango = new NangoAuth;
        QPointer<FakeWindow> window;
        nango->setConnectUIWindowFactory([&window](NangoConnectUISession *) { return window = new FakeWindow; });
        QPointer<NangoConnectUISession> session = nango->openConnectUI();
        QSignalSpy closed(session.data(), &NangoConnectUISession::closed);
        delete nango;
        QVERIFY(!session);
        QVERIFY(!window);
    }

    void noSecretInTheLog()
    {
        const QString secret = QStringLiteral("nango_connect_session_0123456789abcdef-secret");
        s_log.clear();
        s_previousFilter = QLoggingCategory::installFilter(enableCoreDebug);
        s_previousHandler = qInstallMessageHandler(recordLog);
        {
            Env env;
            env.nango.setConnectSessionToken(secret);
            NangoConnectUISession *session = env.open();
            env.window->receiveType(QStringLiteral("ready"));
            QCOMPARE(env.window->postedTokens(), QStringList{secret});
            env.window->receiveType(QStringLiteral("ready"), QStringLiteral("https://evil.example"));
            session->close();
        }
        {
            FakeOpener opener(FakeOpener::Succeeds);
            Env env;
            env.nango.setBrowser(NangoAuth::Browser::System);
            env.nango.setConnectSessionToken(secret);
            NangoConnectUISession *session = env.open();
            QVERIFY(opener.waitForOpenedUrl().toString().contains(secret)); // the link itself carries it
            session->close();
        }
        qInstallMessageHandler(s_previousHandler);
        QLoggingCategory::installFilter(s_previousFilter);
        QVERIFY2(s_log.size() >= 3, qPrintable(s_log.join(QLatin1Char('\n')))); // the debug lines were on
        for (const QString &line : std::as_const(s_log))
            QVERIFY2(!line.contains(secret) && !line.contains(QStringLiteral("0123456789abcdef")), qPrintable(line));
    }

    // Last: it changes the process-wide registration.
    void registryByPriority()
    {
        int made = 0;
        const auto factory = [&made](int tag) {
            return [&made, tag](NangoConnectUISession *) -> NangoConnectUIWindow * {
                made = tag;
                return new FakeWindow;
            };
        };
        using P = NangoConnectUIWindow::EmbeddedPriority;
        QVERIFY(NangoConnectUIWindow::registerEmbeddedWindow(factory(1), P::QuickWindow));
        QVERIFY(NangoConnectUIWindow::registerEmbeddedWindow(factory(2), P::WidgetsModal));
        QVERIFY(!NangoConnectUIWindow::registerEmbeddedWindow(factory(3), P::QuickWindow)); // lower: kept out
        QVERIFY(NangoConnectUIWindow::registerEmbeddedWindow(factory(4), P::WidgetsModal)); // equal: replaces
        NangoAuth nango;
        nango.openConnectUI()->close();
        QCOMPARE(made, 4);
        NangoConnectUIWindow::registerEmbeddedFactory(factory(5));
        QVERIFY(!NangoConnectUIWindow::registerEmbeddedWindow(factory(6), P::WidgetsModal));
        nango.openConnectUI()->close();
        QCOMPARE(made, 5);
        NangoConnectUIWindow::registerEmbeddedFactory(nullptr);
        QVERIFY(!NangoConnectUIWindow::embeddedFactory());
        QVERIFY(NangoConnectUIWindow::registerEmbeddedWindow(factory(7), P::QuickWindow)); // a module may register again
        NangoConnectUIWindow::registerEmbeddedFactory(nullptr);
        // The OAuth window's registry keeps its own rule (same code).
        QVERIFY(NangoAuthWindow::registerEmbeddedWindow([](NangoAuthFlow *) { return nullptr; }, {}, NangoAuthWindow::EmbeddedPriority::WidgetsModal));
        QVERIFY(!NangoAuthWindow::registerEmbeddedWindow([](NangoAuthFlow *) { return nullptr; }, {}, NangoAuthWindow::EmbeddedPriority::QuickWindow));
        NangoAuthWindow::registerEmbeddedFactory(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestConnectUISession)
#include "tst_connectuisession.moc"
