// SPDX-License-Identifier: MIT
// Lifetimes and concurrency: exactly one terminal signal per flow, results attributed to the
// right caller, NangoAuth destroyed mid-flow without a crash or a stray signal.
#include "testenv.h"

#include <NangoQt/NangoErrorTypes>

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
