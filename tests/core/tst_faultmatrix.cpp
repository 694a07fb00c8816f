// SPDX-License-Identifier: MIT
// The fault and bad-input matrix of Core (issue 7, docs/fault-matrix.md): options, every dev-server
// fault knob in both eras, peers that never answer, and lifecycle abuse. Every row ends in exactly
// one documented terminal signal within its bound, and no second one follows.
#include "testenv.h"

#include <NangoQt/NangoErrorTypes>

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace NangoDev;

namespace {

constexpr char Succeeded[] = "succeeded";
/// How long a row keeps watching after its first terminal signal, for a second one.
constexpr int WatchAfterMs = 300;

enum class Call { ApiKey, Basic, Unauthenticated, OAuth };

NangoAuthFlow *startCall(NangoAuth &nango, Call call, const QString &integration = {}, const QString &connectionId = {})
{
    NangoAuthOptions o;
    switch (call) {
    case Call::ApiKey:
        o.setApiKey(QStringLiteral("sk_matrix"));
        return nango.auth(integration.isNull() ? QStringLiteral("stripe") : integration, connectionId, o);
    case Call::Basic:
        o.setUsername(QStringLiteral("u"));
        o.setPassword(QStringLiteral("p"));
        return nango.auth(integration.isNull() ? QStringLiteral("jira") : integration, connectionId, o);
    case Call::Unauthenticated:
        return nango.create(integration.isNull() ? QStringLiteral("public-api") : integration, connectionId, o);
    case Call::OAuth:
        return nango.auth(integration.isNull() ? QStringLiteral("github-auto") : integration, connectionId, o);
    }
    return nullptr;
}

/// Waits up to @p boundMs for the first terminal signal, watches WatchAfterMs more, and checks
/// the outcome: exactly one terminal signal, @p expected ("succeeded" or an error type), and a
/// non-empty message on failure.
#define VERIFY_OUTCOME(result, expected, boundMs)                                                         \
    do {                                                                                                  \
        QElapsedTimer clock_;                                                                             \
        clock_.start();                                                                                   \
        QTRY_VERIFY_WITH_TIMEOUT((result).terminalCount() > 0, (boundMs));                                \
        const qint64 tookMs_ = clock_.elapsed();                                                          \
        QTest::qWait(WatchAfterMs);                                                                       \
        QCOMPARE((result).terminalCount(), 1);                                                            \
        const QString got_ = (result).succeeded.count() ? QString::fromLatin1(Succeeded) : (result).type(); \
        QVERIFY2(got_ == (expected), qPrintable(got_ + QStringLiteral(": ") + (result).message()));      \
        if ((result).failed.count())                                                                      \
            QVERIFY2(!(result).message().isEmpty(), "empty error message");                               \
        qInfo("outcome %s after %lld ms", qPrintable(got_), tookMs_);                                    \
    } while (false)

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- options -------------------------------------------------------------------------------

    void options_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("connectionId");
        QTest::addColumn<QString>("host");           // "" = the dev server; "%1" = its URL to fill in
        QTest::addColumn<QString>("auth");           // token | key | both | bad-token | bad-key | none
        QTest::addColumn<QString>("websocketsPath"); // "" = default
        QTest::addColumn<int>("size");               // width and height
        QTest::addColumn<QString>("expected");

        const int key = int(Call::ApiKey), oauth = int(Call::OAuth);
        const QString ok = QString::fromLatin1(Succeeded);
        const QString badId = QString::fromLatin1(NangoErrorType::InvalidIntegrationId);
        const QString badHost = QString::fromLatin1(NangoErrorType::InvalidHostUrl);
        QTest::newRow("integration id empty") << key << "" << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id whitespace") << key << " \t " << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id with /") << key << "a/b" << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id with ?") << key << "a?b" << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id with #") << oauth << "a#b" << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id with %") << key << "a%2Fb" << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id non-ASCII") << oauth << QStringLiteral("gïthub中") << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id 256 chars") << key << QString(256, QLatin1Char('a')) << "" << "" << "token" << "" << 0 << badId;
        QTest::newRow("integration id unknown") << key << "no-such" << "" << "" << "token" << "" << 0 << "unknown_provider_config";
        QTest::newRow("connection id empty") << key << "stripe" << "" << "" << "key" << "" << 0 << ok;
        QTest::newRow("connection id with ?#&+ and non-ASCII") << key << "stripe" << QStringLiteral("a?#&+é中") << "" << "key" << "" << 0
                                                             << "invalid_query_params";
        QTest::newRow("public key and session token") << key << "stripe" << "" << "" << "both" << "" << 0 << ok;
        QTest::newRow("malformed session token") << key << "stripe" << "" << "" << "bad-token" << "" << 0
                                                 << "invalid_connect_session_token_format";
        QTest::newRow("public key not a UUID") << key << "stripe" << "c1" << "" << "bad-key" << "" << 0 << "invalid_public_key";
        QTest::newRow("neither key nor token") << key << "stripe" << "" << "" << "none" << "" << 0
                                               << QString::fromLatin1(NangoErrorType::MissingAuthToken);
        QTest::newRow("host without scheme") << key << "stripe" << "" << "127.0.0.1:1" << "token" << "" << 0 << badHost;
        QTest::newRow("host ftp://") << key << "stripe" << "" << "ftp://127.0.0.1/" << "token" << "" << 0 << badHost;
        QTest::newRow("host with query") << key << "stripe" << "" << "%1/?a=b" << "token" << "" << 0 << badHost;
        QTest::newRow("host with fragment") << key << "stripe" << "" << "%1/#frag" << "token" << "" << 0 << badHost;
        QTest::newRow("host with user info") << key << "stripe" << "" << "http://user:pw@127.0.0.1:1" << "token" << "" << 0 << badHost;
        // A path is a reverse-proxy prefix and is kept; the dev server has none, so it answers 404.
        QTest::newRow("host with path") << key << "stripe" << "" << "%1/prefix" << "token" << "" << 0 << "not_found";
        QTest::newRow("host nothing listens") << key << "stripe" << "" << "http://127.0.0.1:1" << "token" << "" << 0
                                              << QString::fromLatin1(NangoErrorType::NetworkError);
        QTest::newRow("host nothing listens (OAuth)") << oauth << "github-auto" << "" << "http://127.0.0.1:1" << "token" << "" << 0
                                                      << QString::fromLatin1(NangoErrorType::NetworkError);
        QTest::newRow("websocketsPath wrong") << oauth << "github-auto" << "" << "" << "token" << "/ws" << 0
                                              << QString::fromLatin1(NangoErrorType::WebSocketClosed);
        QTest::newRow("websocketsPath relative") << oauth << "github-auto" << "" << "" << "token" << "nested/ws" << 0
                                                 << QString::fromLatin1(NangoErrorType::WebSocketClosed);
        QTest::newRow("websocketsPath with query") << oauth << "github-auto" << "" << "" << "token" << "/?client=1" << 0 << ok;
        QTest::newRow("websocketsPath explicit /") << oauth << "github-auto" << "" << "" << "token" << "/" << 0 << ok;
        QTest::newRow("size 0") << oauth << "github-auto" << "" << "" << "token" << "" << 0 << ok;
        QTest::newRow("size negative") << oauth << "github-auto" << "" << "" << "token" << "" << -5 << ok;
        QTest::newRow("size larger than any screen") << oauth << "github-auto" << "" << "" << "token" << "" << 100000 << ok;
    }
    void options()
    {
        QFETCH(int, call);
        QFETCH(QString, integration);
        QFETCH(QString, connectionId);
        QFETCH(QString, host);
        QFETCH(QString, auth);
        QFETCH(QString, websocketsPath);
        QFETCH(int, size);
        QFETCH(QString, expected);

        TestEnv env(Era::Current);
        const QString token = env.server->createConnectSession(QStringLiteral("u1"));
        env.nango->setConnectSessionToken(QString());
        env.nango->setPublicKey(QString());
        if (auth == QLatin1String("token") || auth == QLatin1String("both"))
            env.nango->setConnectSessionToken(token);
        if (auth == QLatin1String("key") || auth == QLatin1String("both"))
            env.nango->setPublicKey(env.server->publicKey());
        if (auth == QLatin1String("bad-token"))
            env.nango->setConnectSessionToken(QStringLiteral("nango_connect_session_XYZ"));
        if (auth == QLatin1String("bad-key"))
            env.nango->setPublicKey(QStringLiteral("not-a-uuid"));
        if (!host.isEmpty())
            env.nango->setHost(QUrl(host.contains(QLatin1String("%1")) ? host.arg(env.server->url().toString()) : host));
        if (!websocketsPath.isEmpty())
            env.nango->setWebsocketsPath(websocketsPath);
        env.nango->setWidth(size);
        env.nango->setHeight(size);

        FlowResult r(startCall(*env.nango, Call(call), integration, connectionId));
        VERIFY_OUTCOME(r, expected, 5000);
        QCOMPARE(r.finished.count(), 1);
        if (call == int(Call::OAuth) && expected == QLatin1String(Succeeded)) {
            QCOMPARE(env.records.size(), 1);
            const QSize opened = env.records.first()->openedSize;
            // Core passes a positive size through (the GUI window clamps it to the screen) and
            // uses the default 500 x 600 for 0 or less.
            QCOMPARE(opened, size > 0 ? QSize(size, size) : QSize(NangoAuth::DefaultWidth, NangoAuth::DefaultHeight));
        }
    }

    // ---- server --------------------------------------------------------------------------------

    void server_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("call");
        QTest::addColumn<QString>("expected");

        const QString ok = QString::fromLatin1(Succeeded);
        const QString bad = QString::fromLatin1(NangoErrorType::InvalidResponse);
        const QString closed = QString::fromLatin1(NangoErrorType::WebSocketClosed);
        const QString timeout = QString::fromLatin1(NangoErrorType::Timeout);
        const int key = int(Call::ApiKey), basic = int(Call::Basic), unauth = int(Call::Unauthenticated), oauth = int(Call::OAuth);
        for (const Era era : {Era::Seed, Era::Current}) {
            const auto row = [era](const char *name) -> QTestData & { return QTest::addRow("%s, %s", eraName(era), name); };
            row("http_delay_ms=300") << era << "http_delay_ms=300" << key << ok;
            row("http_delay_ms beyond the timeout") << era << "http_delay_ms=5000" << basic << timeout;
            row("ack_delay_ms=300") << era << "ack_delay_ms=300" << oauth << ok;
            row("drop_websocket_before_ack") << era << "drop_websocket_before_ack" << oauth << closed;
            row("ack_without_id") << era << "ack_without_id" << oauth << QString::fromLatin1(NangoErrorType::MissingWsClientId);
            row("garbage_frames") << era << "garbage_frames" << oauth << ok; // ignored, as the JS SDK does
            row("garbage_instead_of_ack") << era << "garbage_instead_of_ack" << oauth << timeout;
            row("unknown_frames") << era << "unknown_frames" << oauth << ok;
            row("close_after_ack") << era << "close_after_ack" << oauth << closed;
            row("never_send_result") << era << "never_send_result" << oauth << timeout;
            row("html502") << era << "html502" << key << bad;
            row("truncated_json") << era << "truncated_json" << unauth << bad;
            row("never_answer") << era << "never_answer" << key << timeout;
            row("huge_frame_bytes=2MiB") << era << "huge_frame_bytes=2097152" << oauth << closed;
            row("refuse_public_keys") << era << "refuse_public_keys" << key << "deprecated_authentication";
            row("HTTP 401") << era << "api_error_status=401" << key << "unknown_account";
            row("HTTP 404") << era << "api_error_status=404" << basic << "unknown_provider_config";
            row("HTTP 415") << era << "api_error_status=415" << key << "invalid_content_type";
            row("HTTP 429") << era << "api_error_status=429" << unauth << "too_many_request";
            row("HTTP 500") << era << "api_error_status=500" << key << "server_error";
            row("redirect loop") << era << "redirect_loop" << key << bad;
            row("200 not JSON") << era << "ok_not_json" << basic << bad;
            row("200 missing fields") << era << "ok_missing_fields" << key << bad;
        }
    }
    void server()
    {
        QFETCH(Era, era);
        QFETCH(QString, fault);
        QFETCH(int, call);
        QFETCH(QString, expected);

        // Public keys (both eras) so refuse_public_keys applies; the timeout bounds the hanging rows.
        TestEnv env(era, false);
        env.nango->setTimeout(2000);
        Faults f;
        const QString name = fault.section(QLatin1Char('='), 0, 0);
        const qint64 n = fault.section(QLatin1Char('='), 1).toLongLong();
        if (name == QLatin1String("http_delay_ms")) f.httpDelayMs = int(n);
        else if (name == QLatin1String("ack_delay_ms")) f.ackDelayMs = int(n);
        else if (name == QLatin1String("drop_websocket_before_ack")) f.dropWebSocketBeforeAck = true;
        else if (name == QLatin1String("ack_without_id")) f.ackWithoutId = true;
        else if (name == QLatin1String("garbage_frames")) f.garbageFrames = true;
        else if (name == QLatin1String("garbage_instead_of_ack")) f.garbageInsteadOfAck = true;
        else if (name == QLatin1String("unknown_frames")) f.unknownFrames = true;
        else if (name == QLatin1String("close_after_ack")) f.closeAfterAck = true;
        else if (name == QLatin1String("never_send_result")) f.neverSendResult = true;
        else if (name == QLatin1String("html502")) f.html502 = true;
        else if (name == QLatin1String("truncated_json")) f.truncatedJson = true;
        else if (name == QLatin1String("never_answer")) f.neverAnswer = true;
        else if (name == QLatin1String("huge_frame_bytes")) f.hugeFrameBytes = n;
        else if (name == QLatin1String("refuse_public_keys")) f.refusePublicKeys = true;
        else if (name == QLatin1String("api_error_status")) f.apiErrorStatus = int(n);
        else if (name == QLatin1String("redirect_loop")) f.redirectLoop = true;
        else if (name == QLatin1String("ok_not_json")) f.okNotJson = true;
        else if (name == QLatin1String("ok_missing_fields")) f.okMissingFields = true;
        else QFAIL(qPrintable(QStringLiteral("unknown fault in the table: ") + fault));
        env.server->setFaults(f);

        // Seed-era servers need a connection id for credentials; current ones accept it with a key.
        FlowResult r(startCall(*env.nango, Call(call), QString(), QStringLiteral("matrix-1")));
        VERIFY_OUTCOME(r, expected, 5000);
        QCOMPARE(r.finished.count(), 1);
        if (expected != QLatin1String(Succeeded))
            QVERIFY2(!r.message().contains(QLatin1String("[object Object]")), qPrintable(r.message()));
        // Nothing stays open: the flow released its socket and window.
        QTRY_COMPARE(env.server->openWebSocketCount(), 0);
    }

    // ---- a peer that accepts and never answers ------------------------------------------------

    void silentPeer_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("credentials POST, never answered") << int(Call::ApiKey) << 1500;
        QTest::newRow("WebSocket upgrade, never answered") << int(Call::OAuth) << 1500;
        QTest::newRow("WebSocket upgrade, timeout off: the ack bound still ends it") << int(Call::OAuth) << 0;
    }
    void silentPeer()
    {
        QFETCH(int, call);
        QFETCH(int, timeoutMs);
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                accepted << s; // read nothing, answer nothing
        });
        NangoAuth nango;
        nango.setHost(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        nango.setPublicKey(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
        nango.setTimeout(timeoutMs);
        nango.setWindowFactory([](NangoAuthFlow *) { return new FollowingWindow(FollowingWindow::Allow); });
        FlowResult r(startCall(nango, Call(call)));
        // With the timeout off, the WebSocket's own acknowledgement bound (15 s) ends the flow.
        VERIFY_OUTCOME(r, QString::fromLatin1(NangoErrorType::Timeout), timeoutMs > 0 ? timeoutMs + 2000 : 20000);
        QVERIFY(!accepted.isEmpty());
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    void lifecycle_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("call");
        QTest::addColumn<QString>("expected");
        const QString cancelled = QString::fromLatin1(NangoErrorType::AuthorizationCancelled);
        QTest::newRow("cancel() twice, credentials in flight") << "cancel-twice" << int(Call::ApiKey) << cancelled;
        QTest::newRow("cancel() twice, window open") << "cancel-twice" << int(Call::OAuth) << cancelled;
        QTest::newRow("cancel() before the event loop ran") << "cancel-at-once" << int(Call::OAuth) << cancelled;
        QTest::newRow("cancel() after the result") << "cancel-after" << int(Call::ApiKey) << QString::fromLatin1(Succeeded);
        QTest::newRow("auth() twice at once, credentials") << "twice" << int(Call::ApiKey) << QString::fromLatin1(Succeeded);
        QTest::newRow("auth() twice at once, oauth") << "twice" << int(Call::OAuth) << QString::fromLatin1(Succeeded);
        QTest::newRow("NangoAuth::cancel() twice, two flows") << "auth-cancel-twice" << int(Call::OAuth) << cancelled;
        QTest::newRow("NangoAuth destroyed, credentials in flight") << "destroy" << int(Call::ApiKey) << "none";
        QTest::newRow("NangoAuth destroyed, window open") << "destroy" << int(Call::OAuth) << "none";
        QTest::newRow("NangoAuth destroyed from the failed() slot") << "destroy-in-slot" << int(Call::ApiKey) << "unknown_provider_config";
    }
    void lifecycle()
    {
        QFETCH(QString, scenario);
        QFETCH(int, call);
        QFETCH(QString, expected);
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::Stay;
        const bool oauth = call == int(Call::OAuth);
        if (scenario == QLatin1String("auth-cancel-twice")
            || (!oauth && (scenario == QLatin1String("cancel-twice") || scenario == QLatin1String("destroy")))) {
            Faults f;
            f.httpDelayMs = 1000;
            env.server->setFaults(f);
        }
        if (scenario == QLatin1String("twice"))
            env.windowAction = FollowingWindow::Allow;
        const QString integration = oauth && scenario != QLatin1String("twice") ? QStringLiteral("github") : QString();

        if (scenario == QLatin1String("twice")) {
            FlowResult a(startCall(*env.nango, Call(call), integration));
            FlowResult b(startCall(*env.nango, Call(call), integration));
            VERIFY_OUTCOME(a, expected, 5000);
            VERIFY_OUTCOME(b, expected, 5000);
            QVERIFY(a.connectionId() != b.connectionId());
            return;
        }
        if (scenario == QLatin1String("auth-cancel-twice")) {
            FlowResult a(startCall(*env.nango, Call(call), integration));
            FlowResult b(startCall(*env.nango, Call::ApiKey, QStringLiteral("stripe")));
            QSignalSpy failedOnAuth(env.nango.get(), &NangoAuth::failed);
            QTest::qWait(100);
            env.nango->cancel();
            env.nango->cancel();
            VERIFY_OUTCOME(a, expected, 2000);
            VERIFY_OUTCOME(b, expected, 2000);
            QCOMPARE(failedOnAuth.count(), 2);
            return;
        }
        if (scenario == QLatin1String("destroy-in-slot")) {
            NangoAuthFlow *flow = startCall(*env.nango, Call(call), QStringLiteral("no-such"));
            FlowResult r(flow);
            connect(flow, &NangoAuthFlow::failed, this, [&env] { env.nango.reset(); });
            VERIFY_OUTCOME(r, expected, 5000);
            QVERIFY(!env.nango);
            QCOMPARE(r.finished.count(), 0); // the flow went with its NangoAuth inside the slot
            return;
        }

        NangoAuthFlow *flow = startCall(*env.nango, Call(call), integration);
        QPointer<NangoAuthFlow> guard(flow);
        FlowResult r(flow);
        if (scenario == QLatin1String("cancel-at-once")) {
            flow->cancel();
            flow->cancel();
            VERIFY_OUTCOME(r, expected, 2000);
            // The window was made and prepared by auth() (it shows its connecting state while
            // the WebSocket connects), then closed once, never navigated.
            QCOMPARE(env.records.size(), 1);
            QCOMPARE(env.records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("close")}));
            return;
        }
        if (scenario == QLatin1String("cancel-after")) {
            VERIFY_OUTCOME(r, expected, 5000);
            if (guard)
                guard->cancel();
            env.nango->cancel();
            QTest::qWait(WatchAfterMs);
            QCOMPARE(r.terminalCount(), 1);
            return;
        }
        QTest::qWait(oauth ? 500 : 100); // the window is open / the request is in flight
        QVERIFY(guard && !guard->isFinished());
        if (scenario == QLatin1String("cancel-twice")) {
            guard->cancel();
            if (guard)
                guard->cancel();
            VERIFY_OUTCOME(r, expected, 2000);
            for (const auto &w : env.records)
                QCOMPARE(w->closeCalls, 1);
            return;
        }
        if (scenario == QLatin1String("destroy")) {
            // The flow goes with its NangoAuth, quietly: no signal reaches a dying object.
            env.nango.reset();
            QVERIFY(!guard);
            QTest::qWait(1200); // the server answers the request now, or the window would
            QCOMPARE(r.terminalCount(), 0);
            QCOMPARE(expected, QStringLiteral("none"));
            QTRY_COMPARE(env.server->openWebSocketCount(), 0);
            return;
        }
        QFAIL("unknown scenario");
    }

    // ---- the application quits mid-flow (a child process) ------------------------------------

    void applicationQuits_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("quit with a credentials request in flight") << "credentials";
        QTest::newRow("quit with the WebSocket open and the window up") << "oauth";
        QTest::newRow("quit from inside the flowStarted() slot") << "quit-in-slot";
    }
    void applicationQuits()
    {
        QFETCH(QString, mode);
        TestEnv env(Era::Current);
        Faults f;
        f.neverAnswer = true;
        f.neverSendResult = true;
        env.server->setFaults(f);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(FAULTMATRIX_QUITTER),
                    {env.server->url().toString(), env.server->createConnectSession(QStringLiteral("u")), mode});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QElapsedTimer clock;
        clock.start();
        while (child.state() != QProcess::NotRunning && clock.elapsed() < 20000)
            QTest::qWait(20); // keep serving the child
        QVERIFY2(child.state() == QProcess::NotRunning, "the child did not exit after quit()");
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1/%2: %3").arg(int(child.exitStatus())).arg(child.exitCode()).arg(QString::fromUtf8(err))));
        // The helper reports what it saw: the flow was running when the app quit, and no terminal
        // signal was delivered after quit() (the flow ended quietly with its NangoAuth).
        QVERIFY2(out.contains("running-at-quit=1"), out.constData());
        QVERIFY2(out.contains("terminal-signals=0"), out.constData());
        QVERIFY2(!err.contains("ASSERT") && !err.contains("QObject::"), err.constData());
        QTRY_COMPARE(env.server->openWebSocketCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
