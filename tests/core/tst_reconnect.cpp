// SPDX-License-Identifier: MIT
// NangoAuth::reconnect() (issue 14 item 4) and session tokens that expire (item 5): the app's
// token provider and connectSessionTokenRequested(), asked when a call has no token or a
// credentials request gets 401 unknown_connect_session_token — once, one retry, never a loop,
// never for an open OAuth window — and refreshConnectSessionToken() for other classes.
#include "nangoerrorparser_p.h"
#include "testenv.h"

#include <NangoQt/NangoErrorTypes>

#include <QTest>
#include <QTimer>

using namespace NangoDev;

namespace {

/// Well-formed, but no server made it: 401 unknown_connect_session_token.
QString unknownToken(char c = 'a')
{
    return QStringLiteral("nango_connect_session_") + QString(64, QLatin1Char(c));
}

NangoAuthOptions apiKey(const QString &key = QStringLiteral("sk_reconnect"))
{
    NangoAuthOptions o;
    o.setApiKey(key);
    return o;
}

int requestsTo(const NangoDevServer &server, const QString &path)
{
    int n = 0;
    for (const LoggedRequest &r : server.requestLog())
        n += r.path == path ? 1 : 0;
    return n;
}

/// A provider that answers from the event loop with what @p next gives, and counts its calls.
struct Provider
{
    int calls = 0;
    QList<NangoAuth::TokenReply> replies;
    std::function<QString()> next;
    bool answer = true;

    void install(NangoAuth *nango)
    {
        nango->setConnectSessionTokenProvider([this, nango](const NangoAuth::TokenReply &reply) {
            ++calls;
            replies << reply;
            if (!answer)
                return;
            QTimer::singleShot(10, nango, [this, reply] { reply.setToken(next()); });
        });
    }
};

} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reconnectNeedsASessionToken()
    {
        TestEnv env(Era::Current, false); // a public key, no token
        env.server->clearRequestLog();
        FlowResult r(env.nango->reconnect(QStringLiteral("stripe"), apiKey()));
        VERIFY_FAILED_WITH(r, NangoErrorType::MissingConnectSessionToken);
        QVERIFY2(r.message().contains(QLatin1String("POST /connect/sessions/reconnect")), qPrintable(r.message()));
        QVERIFY(env.server->requestLog().isEmpty());
    }

    void reconnectRunsAuth()
    {
        TestEnv env(Era::Current);
        FlowResult r(env.nango->reconnect(QStringLiteral("stripe"), apiKey()));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(env.server->requestLog().last().path, QStringLiteral("/api-auth/api-key/stripe"));
        QVERIFY(!env.server->requestLog().last().rawQuery.contains("connection_id"));
    }

    void reconnectAsksTheProvider()
    {
        TestEnv env(Era::Current, false);
        env.nango->setPublicKey(QString());
        Provider p;
        p.next = [&env] { return env.server->createConnectSession(QStringLiteral("u")); };
        p.install(env.nango.get());
        FlowResult r(env.nango->reconnect(QStringLiteral("stripe"), apiKey()));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(p.calls, 1);
        QVERIFY(p.replies.first().isReconnect());
        QCOMPARE(p.replies.first().integrationId(), QStringLiteral("stripe"));
    }

    void invalidConnectionMessage()
    {
        // The server sends the code without a message: NangoQt words what to do.
        const QString m = NangoQtPrivate::messageForCode(QString::fromLatin1(NangoErrorType::InvalidConnection));
        QVERIFY2(m.contains(QLatin1String("no longer exists")) && m.contains(QLatin1String("POST /connect/sessions")), qPrintable(m));
    }

    void noTokenAsksTheProvider()
    {
        TestEnv env(Era::Current, false);
        env.nango->setPublicKey(QString());
        Provider p;
        p.next = [&env] { return env.server->createConnectSession(QStringLiteral("u")); };
        p.install(env.nango.get());
        QSignalSpy tokenChanged(env.nango.get(), &NangoAuth::connectSessionTokenChanged);
        QSignalSpy refreshed(env.nango.get(), &NangoAuth::connectSessionTokenRefreshed);
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), apiKey()));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(p.calls, 1);
        QVERIFY(!p.replies.first().isReconnect());
        QCOMPARE(tokenChanged.count(), 1);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().first().toBool(), true);
        QVERIFY(env.nango->connectSessionToken().startsWith(QLatin1String("nango_connect_session_")));
    }

    void noTokenRefusedLocallyAsksNothing()
    {
        TestEnv env(Era::Current, false);
        env.nango->setPublicKey(QString());
        Provider p;
        p.next = [] { return QStringLiteral("never used"); };
        p.install(env.nango.get());
        NangoAuthOptions bad;
        bad.setCredentials({{QStringLiteral("token_id"), QStringLiteral("t")}});
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), bad));
        VERIFY_FAILED_WITH(r, NangoErrorType::MissingCredentials);
        QCOMPARE(p.calls, 0);
    }

    void refreshOnceAndRetry_data()
    {
        QTest::addColumn<bool>("expired"); ///< a real token that expired, else one the server never made
        QTest::newRow("unknown token") << false;
        QTest::newRow("expired token") << true;
    }
    void refreshOnceAndRetry()
    {
        QFETCH(bool, expired);
        TestEnv env(Era::Current);
        if (expired) {
            env.server->setConnectSessionLifetime(1);
            env.nango->setConnectSessionToken(env.server->createConnectSession(QStringLiteral("u")));
            env.server->setConnectSessionLifetime(30 * 60);
            QTest::qWait(1200);
        } else {
            env.nango->setConnectSessionToken(unknownToken());
        }
        Provider p;
        p.next = [&env] { return env.server->createConnectSession(QStringLiteral("u")); };
        p.install(env.nango.get());
        env.server->clearRequestLog();
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), apiKey()));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(p.calls, 1);
        QCOMPARE(requestsTo(*env.server, QStringLiteral("/api-auth/api-key/stripe")), 2);
    }

    void refusedFreshTokenIsNoLoop_data()
    {
        QTest::addColumn<QString>("fresh");
        QTest::addColumn<int>("requests");
        QTest::newRow("another token, refused too: one retry") << unknownToken('b') << 2;
        QTest::newRow("the same token back: no retry") << unknownToken() << 1;
    }
    void refusedFreshTokenIsNoLoop()
    {
        QFETCH(QString, fresh);
        QFETCH(int, requests);
        TestEnv env(Era::Current);
        env.nango->setConnectSessionToken(unknownToken());
        Provider p;
        p.next = [fresh] { return fresh; };
        p.install(env.nango.get());
        env.server->clearRequestLog();
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), apiKey()));
        VERIFY_FAILED_WITH(r, NangoErrorType::UnknownConnectSessionToken);
        if (requests == 2)
            QVERIFY2(r.message().contains(QLatin1String("once")), qPrintable(r.message()));
        QCOMPARE(p.calls, 1);
        QCOMPARE(requestsTo(*env.server, QStringLiteral("/api-auth/api-key/stripe")), requests);
    }

    void signalPath_data()
    {
        QTest::addColumn<bool>("give");
        QTest::newRow("answered with a token") << true;
        QTest::newRow("answered with none") << false;
    }
    void signalPath()
    {
        // QML's way: onConnectSessionTokenRequested: nango.connectSessionToken = …
        QFETCH(bool, give);
        TestEnv env(Era::Current);
        env.nango->setConnectSessionToken(unknownToken());
        int asked = 0;
        NangoAuth *nango = env.nango.get();
        QObject::connect(nango, &NangoAuth::connectSessionTokenRequested, nango, [&] {
            ++asked;
            const QString fresh = give ? env.server->createConnectSession(QStringLiteral("u")) : QString();
            QTimer::singleShot(10, nango, [nango, fresh] { nango->setConnectSessionToken(fresh); });
        });
        FlowResult r(nango->auth(QStringLiteral("stripe"), QString(), apiKey()));
        if (give)
            VERIFY_SUCCEEDED(r);
        else
            VERIFY_FAILED_WITH(r, NangoErrorType::UnknownConnectSessionToken);
        QCOMPARE(asked, 1);
    }

    void unansweredRequestIsBounded()
    {
        TestEnv env(Era::Current, false);
        env.nango->setPublicKey(QString());
        env.nango->setRequestTimeout(200);
        Provider p;
        p.answer = false;
        p.install(env.nango.get());
        QSignalSpy refreshed(env.nango.get(), &NangoAuth::connectSessionTokenRefreshed);
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), apiKey()));
        VERIFY_FAILED_WITH(r, NangoErrorType::MissingAuthToken);
        QVERIFY2(r.message().contains(QLatin1String("within")), qPrintable(r.message()));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().first().toBool(), false);
        p.replies.first().setToken(QStringLiteral("late")); // ignored
        QVERIFY(env.nango->connectSessionToken().isEmpty());
    }

    void concurrentFlowsShareOneRefresh()
    {
        TestEnv env(Era::Current);
        env.nango->setConnectSessionToken(unknownToken());
        Provider p;
        p.next = [&env] { return env.server->createConnectSession(QStringLiteral("u")); };
        p.install(env.nango.get());
        FlowResult a(env.nango->auth(QStringLiteral("stripe"), QString(), apiKey(QStringLiteral("a"))));
        FlowResult b(env.nango->auth(QStringLiteral("stripe"), QString(), apiKey(QStringLiteral("b"))));
        VERIFY_SUCCEEDED(a);
        VERIFY_SUCCEEDED(b);
        QCOMPARE(p.calls, 1);
    }

    void noRefreshForTheOAuthWindow()
    {
        TestEnv env(Era::Current);
        env.nango->setConnectSessionToken(unknownToken());
        Provider p;
        p.next = [&env] { return env.server->createConnectSession(QStringLiteral("u")); };
        p.install(env.nango.get());
        FlowResult r(env.nango->auth(QStringLiteral("github-auto")));
        QVERIFY(r.wait());
        QCOMPARE(r.failed.count(), 1);
        QCOMPARE(r.type(), QString::fromLatin1(NangoErrorType::UnknownConnectSessionToken));
        QCOMPARE(p.calls, 0);
    }

    void refreshForOtherClasses()
    {
        TestEnv env(Era::Current);
        QSignalSpy refreshed(env.nango.get(), &NangoAuth::connectSessionTokenRefreshed);
        // Nobody to ask: false, and the signal still comes, once.
        QVERIFY(!env.nango->refreshConnectSessionToken());
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.takeFirst().first().toBool(), false);

        Provider p;
        QString fresh;
        p.next = [&] { return fresh = env.server->createConnectSession(QStringLiteral("u")); };
        p.install(env.nango.get());
        QVERIFY(env.nango->refreshConnectSessionToken());
        QVERIFY(env.nango->refreshConnectSessionToken()); // joins the one under way
        QTRY_COMPARE(refreshed.count(), 1);
        QTest::qWait(50);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().first().toBool(), true);
        QCOMPARE(p.calls, 1);
        QVERIFY(p.replies.first().integrationId().isEmpty());
        QCOMPARE(env.nango->connectSessionToken(), fresh);
    }

    // Reconnect sessions of the dev server (POST /connect/sessions/reconnect): reconnect()
    // re-authorizes the existing connection, and fails with invalid_connection once it is gone.
    void reconnectSession_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::newRow("API key") << QStringLiteral("stripe");
        QTest::newRow("OAuth") << QStringLiteral("github-auto");
    }
    void reconnectSession()
    {
        QFETCH(QString, integration);
        const bool isApiKey = integration == QLatin1String("stripe");
        TestEnv env(Era::Current);
        QString connectionId;
        {
            FlowResult r(env.nango->auth(integration, QString(), isApiKey ? apiKey(QStringLiteral("sk_first")) : NangoAuthOptions()));
            VERIFY_SUCCEEDED(r);
            connectionId = r.connectionId();
        }
        QVERIFY(!connectionId.isEmpty());
        const QString token = env.server->createReconnectSession(connectionId, integration);
        QVERIFY(!token.isEmpty());
        env.nango->setConnectSessionToken(token);
        FlowResult r(env.nango->reconnect(integration, isApiKey ? apiKey(QStringLiteral("sk_second")) : NangoAuthOptions()));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(r.providerConfigKey(), integration);
        QCOMPARE(r.connectionId(), connectionId); // the same connection, re-authorized
        const QList<Connection> connections = env.server->connections();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.first().connectionId, connectionId);
        if (isApiKey)
            QCOMPARE(connections.first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_second"));
    }

    void reconnectSessionOfAVanishedConnection_data() { reconnectSession_data(); }
    void reconnectSessionOfAVanishedConnection()
    {
        QFETCH(QString, integration);
        const bool isApiKey = integration == QLatin1String("stripe");
        TestEnv env(Era::Current);
        QString connectionId;
        {
            FlowResult r(env.nango->auth(integration, QString(), isApiKey ? apiKey() : NangoAuthOptions()));
            VERIFY_SUCCEEDED(r);
            connectionId = r.connectionId();
        }
        const QString token = env.server->createReconnectSession(connectionId, integration);
        QVERIFY(!token.isEmpty());
        QVERIFY(env.server->deleteConnection(connectionId, integration));
        env.nango->setConnectSessionToken(token);
        FlowResult r(env.nango->reconnect(integration, isApiKey ? apiKey() : NangoAuthOptions()));
        VERIFY_FAILED_WITH(r, NangoErrorType::InvalidConnection);
        // An actionable message: what happened and what to do.
        QVERIFY2(r.message().contains(QLatin1String("no longer exists")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("POST /connect/sessions")), qPrintable(r.message()));
        QVERIFY(env.server->connections().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
