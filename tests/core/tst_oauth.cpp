// SPDX-License-Identifier: MIT
// The OAuth branch end to end against the dev server (docs/protocol.md §5), through a test window that
// follows redirects like a browser and presses Allow or Deny. Every WebSocket fault knob ends in
// exactly one terminal signal of the right type within a bounded time.
#include "fakeopener.h"
#include "testenv.h"

#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoSystemBrowserWindow>

#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace NangoDev;

Q_DECLARE_METATYPE(NangoDev::Era)

namespace {
void addEras()
{
    QTest::addColumn<Era>("era");
    QTest::newRow("seed") << Era::Seed;
    QTest::newRow("current") << Era::Current;
}
const char CancelledMessage[] = "Authorization fail: The user has closed the authorization modal before the process was complete.";
} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allowSucceeds_data() { addEras(); }
    void allowSucceeds()
    {
        QFETCH(Era, era);
        TestEnv env(era);
        NangoAuthOptions o;
        o.setParam(QStringLiteral("subdomain"), QStringLiteral("a+b#c"));
        o.setUserScope({QStringLiteral("repo"), QStringLiteral("gist")});
        o.setAuthorizationParam(QStringLiteral("prompt"), QStringLiteral("consent"));
        const QString connectionId = era == Era::Seed ? QStringLiteral("user-42") : QString();
        auto *flow = env.nango->auth(QStringLiteral("github"), connectionId, o);
        QCOMPARE(flow->authMode(), NangoAuthMode::OAuth2);
        FlowResult r(flow);
        VERIFY_SUCCEEDED(r);
        QCOMPARE(r.providerConfigKey(), QStringLiteral("github"));
        if (!connectionId.isEmpty())
            QCOMPARE(r.connectionId(), connectionId);
        QVERIFY(!r.connectionId().isEmpty());
        QCOMPARE(env.server->connections().size(), 1);
        QCOMPARE(env.server->connections().first().connectionConfig.value(QStringLiteral("subdomain")), QStringLiteral("a+b#c"));

        // The window was opened at /oauth/connect with ws_client_id last, at the default size, and closed by the flow.
        QCOMPARE(env.records.size(), 1);
        const WindowRecord *w = env.records.first().get();
        QCOMPARE(w->openedUrl.path(), QStringLiteral("/oauth/connect/github"));
        QVERIFY(w->openedUrl.query(QUrl::FullyEncoded).contains(QStringLiteral("&ws_client_id=")));
        QVERIFY(!w->openedUrl.hasFragment());
        QCOMPARE(w->openedSize, QSize(500, 600));
        QCOMPARE(w->closeCalls, 1);
        // prepare() came first, with the same size, the integration and the host's name.
        QCOMPARE(w->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("open"), QStringLiteral("close")}));
        QCOMPARE(w->preparedSize, QSize(500, 600));
        QCOMPARE(w->preparedIntegrationId, QStringLiteral("github"));
        QCOMPARE(w->preparedHost, QStringLiteral("127.0.0.1"));
    }

    void windowPreparedBeforeTheAck()
    {
        // The window is made and prepared when auth() starts the flow, with the WebSocket open
        // already issued; it is navigated only once the (slow) ack arrived.
        TestEnv env(Era::Current);
        Faults f;
        f.ackDelayMs = 400;
        env.server->setFaults(f);
        env.nango->setWidth(640);
        auto *flow = env.nango->auth(QStringLiteral("github-auto"));
        FlowResult r(flow);
        // Synchronously inside auth(): the window exists and was prepared.
        QCOMPARE(env.records.size(), 1);
        const WindowRecord *w = env.records.first().get();
        QCOMPARE(w->calls, QStringList{QStringLiteral("prepare")});
        QCOMPARE(w->preparedSize, QSize(640, 600));
        QCOMPARE(w->preparedHost, QStringLiteral("127.0.0.1"));
        // The WebSocket upgrade reaches the server while the window waits in its connecting state.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const LoggedRequest &req : env.server->requestLog())
                if (req.method == QLatin1String("WS"))
                    return true;
            return false;
        }(), 2000);
        QTest::qWait(150);
        QCOMPARE(w->calls, QStringList{QStringLiteral("prepare")});
        QCOMPARE(flow->state(), NangoAuthFlow::State::Starting);
        QCOMPARE(r.terminalCount(), 0);
        VERIFY_SUCCEEDED(r);
        QCOMPARE(w->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("open"), QStringLiteral("close")}));
        QCOMPARE(w->openedUrl.path(), QStringLiteral("/oauth/connect/github-auto"));
        QCOMPARE(w->openedSize, QSize(640, 600));
    }

    void autoApprove()
    {
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::Stay;
        FlowResult r(env.nango->auth(QStringLiteral("github-auto")));
        VERIFY_SUCCEEDED(r);
    }

    void isPendingAndSize()
    {
        TestEnv env(Era::Current);
        env.nango->setWidth(0);   // < 1: the default is used
        env.nango->setHeight(720);
        auto *flow = env.nango->auth(QStringLiteral("github-auto"));
        QPointer<NangoAuthFlow> guard(flow);
        FlowResult r(flow);
        bool pending = true;
        connect(flow, &NangoAuthFlow::succeeded, this, [&] { pending = flow->isPending(); });
        VERIFY_SUCCEEDED(r);
        QVERIFY(!pending);
        QCOMPARE(env.records.first()->openedSize, QSize(500, 720));
        QVERIFY(!guard); // the flow deleted itself after finished()
    }

    void denyFails_data() { addEras(); }
    void denyFails()
    {
        QFETCH(Era, era);
        TestEnv env(era);
        env.windowAction = FollowingWindow::Deny;
        FlowResult r(env.nango->auth(QStringLiteral("github"), era == Era::Seed ? QStringLiteral("c1") : QString()));
        VERIFY_FAILED_WITH(r, "callback_err");
        QVERIFY(r.message().startsWith(QStringLiteral("Did not get authorization code in the callback.")));
        if (era == Era::Current)
            QVERIFY2(r.message().contains(QStringLiteral("access_denied")), qPrintable(r.message()));
        QVERIFY(env.server->connections().isEmpty());
    }

    void userClose_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("while connecting") << int(FollowingWindow::CloseWhileConnecting);
        QTest::newRow("before load") << int(FollowingWindow::CloseBeforeLoad);
        QTest::newRow("while loading") << int(FollowingWindow::CloseWhileLoading);
        QTest::newRow("on the provider page") << int(FollowingWindow::CloseOnProvider);
    }
    void userClose()
    {
        QFETCH(int, action);
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::Action(action);
        if (action == FollowingWindow::CloseWhileConnecting) {
            Faults f;
            f.ackDelayMs = 500; // the close surely comes before the ack
            env.server->setFaults(f);
        }
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::AuthorizationCancelled);
        QCOMPARE(r.message(), QString::fromLatin1(CancelledMessage));
        if (action == FollowingWindow::CloseWhileConnecting) {
            // Never navigated: the flow ended before the ack, and the WebSocket went with it.
            QTest::qWait(600);
            QCOMPARE(r.terminalCount(), 1);
            QCOMPARE(env.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("close")}));
        }
    }

    void userCloseWhileConnectingNotDetecting()
    {
        // detectClosedAuthWindow off: a close while connecting does not end the flow either; the
        // window is navigated at the ack but stays closed, and the timeout ends the flow.
        TestEnv env(Era::Current);
        env.nango->setTimeout(1200);
        Faults f;
        f.ackDelayMs = 300;
        env.server->setFaults(f);
        env.windowAction = FollowingWindow::CloseWhileConnecting;
        NangoAuthOptions o;
        o.setDetectClosedAuthWindow(false);
        auto *flow = env.nango->auth(QStringLiteral("github"), QString(), o);
        FlowResult r(flow);
        QTRY_COMPARE(env.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("open")}));
        QCOMPARE(r.terminalCount(), 0);
        QCOMPARE(flow->state(), NangoAuthFlow::State::WaitingForUser);
        QVERIFY(env.records.first()->visited.isEmpty()); // closed windows load nothing
        VERIFY_FAILED_WITH(r, NangoErrorType::Timeout);
    }

    void userCloseIgnoredWhenNotDetecting()
    {
        TestEnv env(Era::Current);
        env.nango->setTimeout(800);
        env.windowAction = FollowingWindow::CloseOnProvider;
        NangoAuthOptions o;
        o.setDetectClosedAuthWindow(false);
        FlowResult r(env.nango->auth(QStringLiteral("github"), QString(), o));
        VERIFY_FAILED_WITH(r, NangoErrorType::Timeout);
    }

    void lateResultAfterIgnoredClose()
    {
        // detectClosedAuthWindow off: the user closes the window, then finishes in the same
        // browser profile anyway; the late result still ends the flow with success.
        TestEnv env(Era::Current);
        NangoAuthOptions o;
        o.setDetectClosedAuthWindow(false);
        env.windowAction = FollowingWindow::Stay;
        auto *flow = env.nango->auth(QStringLiteral("github"), QString(), o);
        FlowResult r(flow);
        QTRY_VERIFY(!env.records.isEmpty() && env.records.first()->statuses.size() == 2);
        env.windows.first()->userClose();
        QTest::qWait(200);
        QCOMPARE(r.terminalCount(), 0);
        env.windows.first()->resume(FollowingWindow::Allow);
        VERIFY_SUCCEEDED(r);
    }

    void cancel()
    {
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::Stay;
        auto *flow = env.nango->auth(QStringLiteral("github"));
        FlowResult r(flow);
        QTRY_COMPARE(flow->state(), NangoAuthFlow::State::WaitingForUser);
        flow->cancel();
        flow->cancel();
        env.nango->cancel();
        VERIFY_FAILED_WITH(r, NangoErrorType::AuthorizationCancelled);
        QCOMPARE(env.records.first()->closeCalls, 1);
    }

    void webSocketFaults_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("type"); // "" = succeeds
        for (Era era : {Era::Seed, Era::Current}) {
            const char *e = eraName(era);
            QTest::addRow("%s: drop before ack", e) << era << "dropWebSocketBeforeAck" << "websocket_closed";
            QTest::addRow("%s: ack without id", e) << era << "ackWithoutId" << "missing_ws_client_id";
            // A proxy's non-JSON banner and binary keep-alives before the ack and the result:
            // ignored, as the JS SDK ignores them.
            QTest::addRow("%s: garbage frames are ignored", e) << era << "garbageFrames" << "";
            QTest::addRow("%s: garbage and never an ack", e) << era << "garbageInsteadOfAck" << "timeout";
            QTest::addRow("%s: unknown frames are ignored", e) << era << "unknownFrames" << "";
            QTest::addRow("%s: close after ack", e) << era << "closeAfterAck" << "websocket_closed";
            QTest::addRow("%s: never send result", e) << era << "neverSendResult" << "timeout";
            QTest::addRow("%s: huge frame", e) << era << "hugeFrame" << "websocket_closed";
            QTest::addRow("%s: ack later than the timeout", e) << era << "ackDelay" << "timeout";
            QTest::addRow("%s: slow ack within the timeout", e) << era << "slowAck" << "";
            QTest::addRow("%s: slow /oauth/connect", e) << era << "httpDelay" << "";
        }
    }
    void webSocketFaults()
    {
        QFETCH(Era, era);
        QFETCH(QString, fault);
        QFETCH(QString, type);
        TestEnv env(era);
        env.nango->setTimeout(1500);
        Faults f;
        f.dropWebSocketBeforeAck = fault == QLatin1String("dropWebSocketBeforeAck");
        f.ackWithoutId = fault == QLatin1String("ackWithoutId");
        f.garbageFrames = fault == QLatin1String("garbageFrames");
        f.garbageInsteadOfAck = fault == QLatin1String("garbageInsteadOfAck");
        f.unknownFrames = fault == QLatin1String("unknownFrames");
        f.closeAfterAck = fault == QLatin1String("closeAfterAck");
        f.neverSendResult = fault == QLatin1String("neverSendResult");
        f.hugeFrameBytes = fault == QLatin1String("hugeFrame") ? 2 * 1024 * 1024 : 0;
        f.ackDelayMs = fault == QLatin1String("ackDelay") ? 5000 : fault == QLatin1String("slowAck") ? 300 : 0;
        f.httpDelayMs = fault == QLatin1String("httpDelay") ? 300 : 0;
        env.server->setFaults(f);
        QElapsedTimer timer;
        timer.start();
        FlowResult r(env.nango->auth(QStringLiteral("github-auto"), era == Era::Seed ? QStringLiteral("c1") : QString()));
        if (type.isEmpty()) {
            VERIFY_SUCCEEDED(r);
        } else {
            VERIFY_FAILED_WITH(r, type.toLatin1().constData());
        }
        QVERIFY2(timer.elapsed() < 4000, "not within a bounded time");
        // The window was made when the flow started and closed by the flow, once; when the
        // flow failed before the ack, it was never navigated.
        QCOMPARE(env.records.size(), 1);
        QCOMPARE(env.records.first()->closeCalls, 1);
        const bool beforeAck = fault == QLatin1String("dropWebSocketBeforeAck") || fault == QLatin1String("ackWithoutId")
            || fault == QLatin1String("garbageInsteadOfAck") || fault == QLatin1String("ackDelay");
        if (beforeAck)
            QCOMPARE(env.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("close")}));
        else
            QCOMPARE(env.records.first()->calls.mid(0, 2), (QStringList{QStringLiteral("prepare"), QStringLiteral("open")}));
    }

    void timeoutIsNeverEarly()
    {
        // A coarse QTimer may fire 5 % early; a flow's timeout is a bound the app relies on.
        for (const int ms : {300, 1200, 2500}) {
            TestEnv env(Era::Current);
            env.nango->setTimeout(ms);
            Faults f;
            f.neverSendResult = true;
            env.server->setFaults(f);
            QElapsedTimer timer;
            timer.start();
            FlowResult r(env.nango->auth(QStringLiteral("github-auto")));
            VERIFY_FAILED_WITH(r, NangoErrorType::Timeout);
            QVERIFY2(timer.elapsed() >= ms, qPrintable(QStringLiteral("%1 ms timeout ended after %2 ms").arg(ms).arg(timer.elapsed())));
        }
    }

    void keepAlivePingsKeepTheSocket()
    {
        TestEnv env(Era::Current);
        env.nango->setKeepAliveInterval(50);
        env.windowAction = FollowingWindow::Stay;
        auto *flow = env.nango->auth(QStringLiteral("github"));
        FlowResult r(flow);
        QTest::qWait(600); // a dozen ping/pong rounds
        QCOMPARE(r.terminalCount(), 0);
        QCOMPARE(flow->state(), NangoAuthFlow::State::WaitingForUser);
        // The user now approves: the socket is still there to deliver the result.
        QVERIFY(env.windows.first());
        env.windows.first()->resume(FollowingWindow::Allow);
        VERIFY_SUCCEEDED(r);
    }

    void wrongWebsocketsPath()
    {
        TestEnv env(Era::Current);
        env.nango->setWebsocketsPath(QStringLiteral("/not-the-ws"));
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::WebSocketClosed);
        QVERIFY2(r.message().contains(QStringLiteral("websocketsPath")), qPrintable(r.message()));
        QVERIFY(r.message().contains(QStringLiteral("/not-the-ws")));
        // The window was prepared while the WebSocket connected, and closed without being navigated.
        QCOMPARE(env.records.size(), 1);
        QCOMPARE(env.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("close")}));
        // In words: what the server answered and where; no raw Qt text.
        QVERIFY2(r.message().contains(QStringLiteral("HTTP 400")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("ws://127.0.0.1:%1/not-the-ws").arg(env.server->url().port())), qPrintable(r.message()));
        QVERIFY2(!r.message().contains(QStringLiteral("QWebSocket")) && !r.message().contains(QStringLiteral("error condition")),
                 qPrintable(r.message()));
    }

    void refusedWebSocketIsANetworkError()
    {
        // A port where nothing listens: refused before any upgrade.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        TestEnv env(Era::Current);
        env.nango->setHost(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::NetworkError);
        QVERIFY2(r.message().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("connection refused")), qPrintable(r.message()));
        QVERIFY2(!r.message().contains(QStringLiteral("close code")), qPrintable(r.message()));
        QCOMPARE(env.records.size(), 1); // prepared while connecting, closed, never navigated
        QCOMPARE(env.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("close")}));
    }

    void framesThatAreNotNangosAreLoggedAndIgnored()
    {
        // A peer that only sends frames that are not Nango's: the flow keeps waiting for the ack,
        // then says what it saw. Each frame is logged as an excerpt, never in full.
        TestEnv env(Era::Current);
        env.nango->setTimeout(1200);
        Faults f;
        f.garbageInsteadOfAck = true;
        env.server->setFaults(f);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not Nango's JSON.*this is not json")));
        FlowResult r(env.nango->auth(QStringLiteral("github-auto")));
        VERIFY_FAILED_WITH(r, NangoErrorType::Timeout);
        QVERIFY2(r.message().contains(QStringLiteral("2 frames that are not Nango's")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("Is the host a Nango server")), qPrintable(r.message()));
    }

    void jsonErrorInWindow_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("type");
        QTest::newRow("seed: bad public key") << Era::Seed << "badKey" << "invalid_public_key";
        QTest::newRow("current: bad public key") << Era::Current << "badKey" << "invalid_public_key";
        QTest::newRow("current: unknown token") << Era::Current << "unknownToken" << "unknown_connect_session_token";
        QTest::newRow("current: token + connection id") << Era::Current << "tokenAndConnectionId" << "invalid_query_params";
        QTest::newRow("current: integration not allowed") << Era::Current << "notAllowed" << "integration_not_allowed";
        QTest::newRow("current: deprecated public key") << Era::Current << "deprecated" << "deprecated_authentication";
    }
    void jsonErrorInWindow()
    {
        QFETCH(Era, era);
        QFETCH(QString, setup);
        QFETCH(QString, type);
        TestEnv env(era, setup != QLatin1String("badKey") && setup != QLatin1String("deprecated"));
        QString connectionId;
        if (setup == QLatin1String("badKey"))
            env.nango->setPublicKey(QStringLiteral("not-a-uuid"));
        if (setup == QLatin1String("unknownToken"))
            env.nango->setConnectSessionToken(QStringLiteral("nango_connect_session_") + QString(64, QLatin1Char('b')));
        if (setup == QLatin1String("tokenAndConnectionId"))
            connectionId = QStringLiteral("c1");
        if (setup == QLatin1String("notAllowed"))
            env.nango->setConnectSessionToken(env.server->createConnectSession(QStringLiteral("u"), {QStringLiteral("jira")}));
        if (setup == QLatin1String("deprecated")) {
            Faults f;
            f.refusePublicKeys = true;
            env.server->setFaults(f);
        }
        QElapsedTimer timer;
        timer.start();
        FlowResult r(env.nango->auth(QStringLiteral("github"), connectionId));
        VERIFY_FAILED_WITH(r, type.toLatin1().constData());
        QVERIFY(timer.elapsed() < 3000); // at once, not at the timeout
    }

    void errorsOnTheSocket_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("hmac");
        QTest::addColumn<QString>("type");
        for (Era era : {Era::Seed, Era::Current}) {
            const char *e = eraName(era);
            QTest::addRow("%s: unknown integration", e) << era << "nope" << "" << "unknown_config_key";
            QTest::addRow("%s: not an OAuth integration", e) << era << "stripe" << "" << "provider_config_err";
            QTest::addRow("%s: no client credentials", e) << era << "broken-oauth" << "" << "provider_config_err";
            QTest::addRow("%s: missing hmac", e) << era << "github" << "" << "missing_hmac";
            QTest::addRow("%s: invalid hmac", e) << era << "github" << "00" << "invalid_hmac";
            QTest::addRow("%s: hmac over the key alone", e) << era << "github"
                << "51aef0fbc2b0a6820997031eea8d7a38b58481967d12417ec72f7347a16fac7e" << "";
        }
    }
    void errorsOnTheSocket()
    {
        QFETCH(Era, era);
        QFETCH(QString, integration);
        QFETCH(QString, hmac);
        QFETCH(QString, type);
        TestEnv env(era, false); // public key: HMAC applies to public-key auth only
        if (QByteArray(QTest::currentDataTag()).contains("hmac"))
            env.server->setHmacKey(QStringLiteral("secret-hmac-key"));
        NangoAuthOptions o;
        o.setHmac(hmac);
        FlowResult r(env.nango->auth(integration, QString(), o));
        if (type.isEmpty()) {
            VERIFY_SUCCEEDED(r);
        } else {
            VERIFY_FAILED_WITH(r, type.toLatin1().constData());
        }
    }

    void replayedCallbackPage()
    {
        // The callback is loaded twice: the second load is a 400 page with no frame. The first
        // load already delivered the result; nothing else may follow.
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::ReplayCallback;
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_SUCCEEDED(r);
        QTest::qWait(1800); // longer than the grace period
        QCOMPARE(r.terminalCount(), 1);
    }

    void callbackErrorPageWithoutFrame()
    {
        // neverSendResult + deny: the window shows the 4xx callback page, no frame ever comes.
        TestEnv env(Era::Current);
        Faults f;
        f.neverSendResult = true;
        env.server->setFaults(f);
        env.windowAction = FollowingWindow::Deny;
        QElapsedTimer timer;
        timer.start();
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, "callback_err");
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(r.message().contains(QStringLiteral("callback page")));
    }

    void noEmbeddedBrowser()
    {
        TestEnv env(Era::Current);
        env.nango->setWindowFactory(nullptr);
        env.nango->setBrowser(NangoAuth::Browser::Embedded);
        NangoAuthWindow::registerEmbeddedFactory(nullptr);
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
    }

    void factoryReturnsNothing()
    {
        TestEnv env(Era::Current);
        env.nango->setWindowFactory([](NangoAuthFlow *) -> NangoAuthWindow * { return nullptr; });
        QElapsedTimer timer;
        timer.start();
        auto *flow = env.nango->auth(QStringLiteral("github"));
        FlowResult r(flow);
        QCOMPARE(r.terminalCount(), 0); // delivered from the event loop, not inside auth()
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
        QVERIFY(timer.elapsed() < 1000); // at once
        // No WebSocket was ever opened.
        QTest::qWait(200);
        for (const LoggedRequest &req : env.server->requestLog())
            QVERIFY2(req.method != QLatin1String("WS"), qPrintable(req.path));
    }

    void systemBrowserOpenerFails()
    {
        TestEnv env(Era::Current);
        env.nango->setBrowser(NangoAuth::Browser::System);
        QUrl opened;
        NangoSystemBrowserWindow::setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return false;
        });
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
        QCOMPARE(opened.path(), QStringLiteral("/oauth/connect/github"));
        NangoSystemBrowserWindow::setUrlOpener({});
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Core's own opener (no GUI module): xdg-open as a process whose exit status counts.
    void systemBrowserProcessFails()
    {
        NangoSystemBrowserWindow::setUrlOpener({});
        FakeOpener opener(FakeOpener::Fails);
        TestEnv env(Era::Current);
        env.nango->setBrowser(NangoAuth::Browser::System);
        QElapsedTimer t;
        t.start();
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
        QVERIFY2(t.elapsed() < 3000, "the opener's failure must end the flow at once");
        const QString m = r.message();
        QVERIFY2(m.contains(QStringLiteral("xdg-open exited with status 3")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("no method available for opening [url]")), qPrintable(m)); // its words, not the URL
        QVERIFY2(m.contains(QStringLiteral("$BROWSER")) && m.contains(QStringLiteral("embedded window")), qPrintable(m));
        QVERIFY2(!m.contains(env.nango->connectSessionToken()), "the session token reached the message");
    }

    void systemBrowserProcessSucceeds()
    {
        NangoSystemBrowserWindow::setUrlOpener({});
        FakeOpener opener(FakeOpener::Succeeds);
        TestEnv env(Era::Current);
        env.nango->setBrowser(NangoAuth::Browser::System);
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github"));
        QCOMPARE(flow->authorizationUrl(), QUrl()); // not before the window opens
        FlowResult r(flow);
        // The "browser" the opener handed the URL to: it follows it and presses Allow.
        const QUrl url = opener.waitForOpenedUrl();
        QCOMPARE(url.path(), QStringLiteral("/oauth/connect/github"));
        // The app can show where the user is, and offer the link.
        QCOMPARE(flow->state(), NangoAuthFlow::State::WaitingForUser);
        QVERIFY(flow->isInSystemBrowser());
        QCOMPARE(flow->authorizationUrl(), url);
        FollowingWindow browser(FollowingWindow::Allow);
        browser.open(url, QSize(), QString());
        VERIFY_SUCCEEDED(r);
    }

    void systemBrowserWithoutXdgOpenUsesBrowserVariable()
    {
        NangoSystemBrowserWindow::setUrlOpener({});
        FakeOpener opener(FakeOpener::Succeeds, QStringLiteral("my-browser"), true);
        qputenv("BROWSER", "my-browser");
        TestEnv env(Era::Current);
        env.nango->setBrowser(NangoAuth::Browser::System);
        FlowResult r(env.nango->auth(QStringLiteral("github-auto")));
        const QUrl url = opener.waitForOpenedUrl();
        QCOMPARE(url.path(), QStringLiteral("/oauth/connect/github-auto"));
        FollowingWindow browser(FollowingWindow::Allow);
        browser.open(url, QSize(), QString());
        VERIFY_SUCCEEDED(r);
    }

    void systemBrowserWithNoOpenerAtAll()
    {
        NangoSystemBrowserWindow::setUrlOpener({});
        FakeOpener opener(FakeOpener::Fails, QStringLiteral("not-an-opener"), true); // PATH has no xdg-open
        TestEnv env(Era::Current);
        env.nango->setBrowser(NangoAuth::Browser::System);
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
        QVERIFY2(r.message().contains(QStringLiteral("xdg-open is not installed or cannot run")), qPrintable(r.message()));
    }
#endif

    void embeddedWindowIsNotTheSystemBrowser()
    {
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::Stay;
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("github"));
        FlowResult r(flow);
        QTRY_COMPARE(flow->state(), NangoAuthFlow::State::WaitingForUser);
        QVERIFY(!flow->isInSystemBrowser());
        QCOMPARE(flow->authorizationUrl(), env.records.first()->openedUrl);
        flow->cancel();
        VERIFY_FAILED_WITH(r, NangoErrorType::AuthorizationCancelled);
    }

    void systemBrowserFlowSucceeds()
    {
        // The system browser is modelled by a window-less follower: the result comes on the socket.
        TestEnv env(Era::Current);
        env.nango->setBrowser(NangoAuth::Browser::System);
        FollowingWindow browser(FollowingWindow::Allow);
        NangoSystemBrowserWindow::setUrlOpener([&browser](const QUrl &url) {
            browser.open(url, QSize(), QString());
            return true;
        });
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_SUCCEEDED(r);
        NangoSystemBrowserWindow::setUrlOpener({});
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
