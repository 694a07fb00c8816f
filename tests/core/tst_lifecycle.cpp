// SPDX-License-Identifier: MIT
// Lifetimes and concurrency: exactly one terminal signal per flow, results attributed to the
// right caller, NangoAuth destroyed mid-flow without a crash or a stray signal.
#include "testenv.h"

#include <NangoQt/NangoErrorTypes>

#include <QLoggingCategory>
#include <QSslServer>
#include "selfsignedtlsserver.h"

#include <QTest>

using namespace NangoDev;

class TestLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void concurrentFlowsAreAttributed()
    {
        TestEnv env(Era::Seed);
        Faults f;
        f.httpDelayMs = 50;
        env.server->setFaults(f);
        constexpr int Count = 40;
        QList<NangoAuthFlow *> flows; // only compared as keys: flows delete themselves
        QHash<NangoAuthFlow *, QString> results;
        for (int i = 0; i < Count; ++i) {
            NangoAuthOptions o;
            o.setApiKey(QStringLiteral("key-%1").arg(i));
            auto *flow = env.nango->auth(QStringLiteral("stripe"), QStringLiteral("conn-%1").arg(i), o);
            connect(flow, &NangoAuthFlow::succeeded, this, [&results, flow](const QString &, const QString &id) {
                results.insert(flow, id);
            });
            flows << flow;
        }
        QCOMPARE(env.nango->flows().size(), Count);
        QVERIFY(env.nango->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), Count, 10000);
        for (int i = 0; i < Count; ++i)
            QCOMPARE(results.value(flows.at(i), QStringLiteral("?")), QStringLiteral("conn-%1").arg(i));
        QTRY_VERIFY(!env.nango->isBusy());
        // And the server stored each key under its own connection.
        for (const Connection &c : env.server->connections())
            QCOMPARE(c.credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("key-") + c.connectionId.mid(5));
    }

    void concurrentOAuthFlows()
    {
        // Three sockets and windows at once; the auto-approving one succeeds, the two denied ones
        // fail, and each result reaches its own flow.
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::Deny;
        FlowResult a(env.nango->auth(QStringLiteral("github")));
        FlowResult b(env.nango->auth(QStringLiteral("github-auto")));
        FlowResult c(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(a, "callback_err");
        VERIFY_SUCCEEDED(b);
        VERIFY_FAILED_WITH(c, "callback_err");
        QCOMPARE(b.providerConfigKey(), QStringLiteral("github-auto"));
        QCOMPARE(env.server->connections().size(), 1);
        QCOMPARE(env.server->connections().first().connectionId, b.connectionId());
    }

    void busyFollowsFlows()
    {
        TestEnv env(Era::Current);
        QSignalSpy busy(env.nango.get(), &NangoAuth::busyChanged);
        NangoAuthOptions o;
        o.setApiKey(QStringLiteral("k"));
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), o));
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.first().at(0).toBool(), true);
        VERIFY_SUCCEEDED(r);
        QTRY_COMPARE(busy.count(), 2);
        QCOMPARE(busy.last().at(0).toBool(), false);
    }

    void flowStartedForEveryCall()
    {
        TestEnv env(Era::Current);
        QList<QPair<QString, NangoAuthMode::Mode>> started;
        connect(env.nango.get(), &NangoAuth::flowStarted, this, [&started](NangoAuthFlow *flow) {
            QVERIFY(!flow->isFinished()); // announced before any result
            started.append({flow->integrationId(), flow->authMode()});
        });
        NangoAuthOptions key;
        key.setApiKey(QStringLiteral("k"));
        FlowResult a(env.nango->auth(QStringLiteral("stripe"), QString(), key));
        QCOMPARE(started.size(), 1);
        FlowResult b(env.nango->create(QStringLiteral("public-api")));
        FlowResult c(env.nango->auth(QString())); // refused, but still a flow the app can see
        QCOMPARE(started.size(), 3);
        QCOMPARE(started.at(0), qMakePair(QStringLiteral("stripe"), NangoAuthMode::ApiKey));
        QCOMPARE(started.at(1), qMakePair(QStringLiteral("public-api"), NangoAuthMode::None));
        QCOMPARE(started.at(2).second, NangoAuthMode::Unknown);
        VERIFY_SUCCEEDED(a);
        VERIFY_FAILED_WITH(c, "invalid_integration_id");
        VERIFY_SUCCEEDED(b);
    }

    void destroyMidFlow_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<int>("afterMs");
        QTest::newRow("credentials, at once") << "stripe" << 0;
        QTest::newRow("credentials, in flight") << "stripe" << 50;
        QTest::newRow("oauth, at once") << "github" << 0;
        QTest::newRow("oauth, window open") << "github" << 300;
    }
    void destroyMidFlow()
    {
        QFETCH(QString, integration);
        QFETCH(int, afterMs);
        TestEnv env(Era::Current);
        Faults f;
        f.httpDelayMs = 500;
        env.server->setFaults(f);
        env.windowAction = FollowingWindow::Stay;
        NangoAuthOptions o;
        if (integration == QLatin1String("stripe"))
            o.setApiKey(QStringLiteral("k"));
        auto *flow = env.nango->auth(integration, QString(), o);
        QPointer<NangoAuthFlow> guard(flow);
        FlowResult r(flow);
        QSignalSpy ok(env.nango.get(), &NangoAuth::succeeded);
        if (afterMs)
            QTest::qWait(afterMs);
        env.nango.reset();
        QVERIFY(!guard);
        QTest::qWait(800); // the server answers now: nothing may reach a dead object
        QCOMPARE(r.terminalCount(), 0);
        for (const auto &w : env.records)
            QCOMPARE(w->closeCalls, 1);
    }

    void deleteNangoFromResultSlot()
    {
        TestEnv env(Era::Current);
        NangoAuthOptions o;
        o.setApiKey(QStringLiteral("k"));
        auto *flow = env.nango->auth(QStringLiteral("stripe"), QString(), o);
        int calls = 0;
        connect(flow, &NangoAuthFlow::succeeded, this, [&] {
            ++calls;
            env.nango.reset(); // the app drops everything in its handler
        });
        QTRY_COMPARE(calls, 1);
        QTest::qWait(100);
        QCOMPARE(calls, 1);
    }

    void twoAuthsAtOnceOnOneIntegration()
    {
        TestEnv env(Era::Current);
        NangoAuthOptions o;
        o.setApiKey(QStringLiteral("k"));
        FlowResult a(env.nango->auth(QStringLiteral("stripe"), QString(), o));
        FlowResult b(env.nango->auth(QStringLiteral("stripe"), QString(), o));
        VERIFY_SUCCEEDED(a);
        VERIFY_SUCCEEDED(b);
        QVERIFY(a.connectionId() != b.connectionId());
    }

    void cancelAllAndTwice()
    {
        TestEnv env(Era::Current);
        env.windowAction = FollowingWindow::Stay;
        Faults f;
        f.neverAnswer = true;
        env.server->setFaults(f);
        NangoAuthOptions o;
        o.setApiKey(QStringLiteral("k"));
        FlowResult a(env.nango->auth(QStringLiteral("stripe"), QString(), o));
        FlowResult b(env.nango->auth(QStringLiteral("github")));
        QTest::qWait(200);
        env.nango->cancel();
        env.nango->cancel();
        VERIFY_FAILED_WITH(a, NangoErrorType::AuthorizationCancelled);
        VERIFY_FAILED_WITH(b, NangoErrorType::AuthorizationCancelled);
        QVERIFY(!env.nango->isBusy());
    }

    void tlsFailure_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::newRow("credentials over https") << "stripe";
        QTest::newRow("oauth over wss") << "github";
    }
    void tlsFailure()
    {
        // A TLS server with a self-signed certificate made now: the client refuses it (never
        // ignored) and the flow fails with tls_error before any request or window.
        QFETCH(QString, integration);
        QString error;
        const auto tlsServer = startSelfSignedTlsServer(&error);
        QVERIFY2(tlsServer, qPrintable(error));
        QSslServer &tls = *tlsServer;

        NangoAuth nango;
        nango.setHost(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.serverPort())));
        nango.setPublicKey(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
        nango.setTimeout(5000);
        nango.setWindowFactory([](NangoAuthFlow *) { return new FollowingWindow(FollowingWindow::Allow); });
        NangoAuthOptions o;
        if (integration == QLatin1String("stripe"))
            o.setApiKey(QStringLiteral("k"));
        FlowResult r(nango.auth(integration, QString(), o));
        VERIFY_FAILED_WITH(r, NangoErrorType::TlsError);
        QVERIFY2(r.message().contains(QStringLiteral("127.0.0.1")), qPrintable(r.message()));
    }

    void noSecretsInLogs()
    {
        // debug on + every category enabled: the API key, session token and HMAC never show up.
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("nangoqt.*=true"));
        const auto previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) { lines << msg; });
        {
            TestEnv env(Era::Current);
            env.nango->setDebug(true);
            const QString token = env.nango->connectSessionToken();
            NangoAuthOptions key;
            key.setApiKey(QStringLiteral("sk_SECRET_api_key"));
            FlowResult a(env.nango->auth(QStringLiteral("stripe"), QString(), key));
            NangoAuthOptions oauth;
            oauth.setHmac(QStringLiteral("SECRETHMAC"));
            oauth.setOAuthClientSecretOverride(QStringLiteral("SECRET_client_secret"));
            FlowResult b(env.nango->auth(QStringLiteral("github-auto"), QString(), oauth));
            NangoAuthOptions basic;
            basic.setUsername(QStringLiteral("u"));
            basic.setPassword(QStringLiteral("SECRET_password"));
            FlowResult c(env.nango->auth(QStringLiteral("jira"), QString(), basic));
            QVERIFY(a.wait() && b.wait() && c.wait());
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
            QVERIFY(lines.size() > 3);
            const QString all = lines.join(QLatin1Char('\n'));
            QVERIFY(!all.contains(token));
            QVERIFY(!all.contains(QStringLiteral("SECRET")));
        }
    }

    void settingsAreReadAtStart()
    {
        TestEnv env(Era::Current);
        NangoAuthOptions o;
        o.setApiKey(QStringLiteral("k"));
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), o));
        env.nango->setHost(QUrl(QStringLiteral("http://127.0.0.1:1"))); // does not affect the running flow
        VERIFY_SUCCEEDED(r);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
