// SPDX-License-Identifier: MIT
// Issue 7 item 4: no secret ever reaches a log line, and request URLs carry only what the
// protocol puts there (docs/protocol.md §3, §4, §5). Every flow kind runs with NangoAuth::debug on and every
// nangoqt.* category enabled (QT_LOGGING_RULES is set before the application starts); a message
// handler captures every line of the process — the library's and the in-process dev server's.
#include "testenv.h"

#include <NangoQt/NangoErrorTypes>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QTcpServer>
#include <QTest>

using namespace NangoDev;

namespace {

QMutex logMutex;
QStringList capturedLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLines << QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : "default"), message);
    }
    // Keep warnings and the test's own lines visible; the library's debug chatter stays captured.
    const bool chatter = (type == QtDebugMsg || type == QtInfoMsg) && context.category
        && QLatin1String(context.category).startsWith(QLatin1String("nangoqt."));
    if (!chatter && previousHandler)
        previousHandler(type, context, message);
}

// Secrets with characters that every encoding changes: '+', '/', '=', space, non-ASCII.
const QString ApiKey = QStringLiteral("sk_live_Zq7+Wx/9=Pw Kj3é");
const QString RejectedApiKey = QStringLiteral("rejected-key"); // TestEnv's "checked-key" refuses it
const QString Password = QStringLiteral("hunter2 P@ss+w/rd=é");
const QString ClientSecret = QStringLiteral("oauth-client-secret+/=Xy9");
const char HmacKey[] = "secret-hmac-key";

QString hmac(const QString &message)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message.toUtf8(), QByteArray(HmacKey),
                                                                QCryptographicHash::Sha256).toHex());
}

/// The forms a secret could take in a log line or a URL.
QStringList forms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray formEncoded = QUrl::toPercentEncoding(secret, " ");
    formEncoded.replace(' ', '+');
    QStringList list{
        secret,
        QString::fromLatin1(QUrl::toPercentEncoding(secret)),
        QString::fromLatin1(formEncoded),
        QString::fromLatin1(utf8.toBase64()),
        QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
        QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact)).mid(2).chopped(2),
    };
    list.removeDuplicates();
    return list;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    struct Secret
    {
        QString name;
        QString value;
    };
    QList<Secret> m_secrets;
    int m_flows = 0;

    void addSecret(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            m_secrets.append({name, value});
    }

    void run(TestEnv &env, NangoAuthFlow *flow, const char *expectedType)
    {
        ++m_flows;
        FlowResult r(flow);
        QVERIFY2(r.wait(), "a flow did not end");
        QCOMPARE(r.terminalCount(), 1);
        QCOMPARE(r.failed.isEmpty() ? QString() : r.type(), QString::fromLatin1(expectedType));
        checkRequestUrls(env);
    }

    /// Every request NangoQt made carries in its URL only docs/protocol.md §3's keys for that endpoint, and
    /// passwords / API keys never (they travel in the body).
    void checkRequestUrls(const TestEnv &env)
    {
        for (const LoggedRequest &req : env.server->requestLog()) {
            const bool oauthConnect = req.path.startsWith(QLatin1String("/oauth/connect/"));
            const bool api = req.path.startsWith(QLatin1String("/api-auth/")) || req.path.startsWith(QLatin1String("/auth/"));
            const bool webSocket = req.method == QLatin1String("WS");
            if (!oauthConnect && !api && !webSocket)
                continue; // the fake provider's and the callback's URLs are not made by NangoQt
            const QString where = req.method + QLatin1Char(' ') + req.path + QLatin1Char('?') + QString::fromLatin1(req.rawQuery);
            if (webSocket) { // docs/protocol.md §5.1: the client sends nothing, not even a query
                QVERIFY2(req.rawQuery.isEmpty(), qPrintable(where));
                continue;
            }
            QStringList allowed{QStringLiteral("connection_id"), QStringLiteral("public_key"),
                                QStringLiteral("connect_session_token"), QStringLiteral("params"),
                                QStringLiteral("hmac"), QStringLiteral("user_scope"), QStringLiteral("authorization_params")};
            if (oauthConnect)
                allowed << QStringLiteral("credentials") << QStringLiteral("ws_client_id");
            const QVariantMap query = parseQs(req.rawQuery);
            for (auto it = query.cbegin(); it != query.cend(); ++it)
                QVERIFY2(allowed.contains(it.key()), qPrintable(QStringLiteral("unexpected key %1 in %2").arg(it.key(), where)));
            const QVariantMap credentials = query.value(QStringLiteral("credentials")).toMap();
            for (auto it = credentials.cbegin(); it != credentials.cend(); ++it) {
                QVERIFY2(it.key() == QLatin1String("oauth_client_id_override") || it.key() == QLatin1String("oauth_client_secret_override"),
                         qPrintable(where));
            }
            // API keys and passwords never in a URL, in any form; no Authorization header.
            for (const QString &secret : {ApiKey, RejectedApiKey, Password}) {
                for (const QString &form : forms(secret))
                    QVERIFY2(!where.contains(form) && !req.path.contains(secret), qPrintable(where));
            }
            QVERIFY2(!req.headers.contains("authorization"), qPrintable(where));
            QVERIFY2(!req.headers.contains("cookie") || oauthConnect, qPrintable(where));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("QT_LOGGING_RULES") == QLatin1String("nangoqt.*=true"), "set in main()");
        QLoggingCategory::setFilterRules(QStringLiteral("nangoqt.*=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void apiKeyAndBasic_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<bool>("sessionToken");
        QTest::newRow("seed, public key") << Era::Seed << false;
        QTest::newRow("current, public key") << Era::Current << false;
        QTest::newRow("current, session token") << Era::Current << true;
    }
    void apiKeyAndBasic()
    {
        QFETCH(Era, era);
        QFETCH(bool, sessionToken);
        TestEnv env(era, sessionToken);
        env.nango->setDebug(true);
        addSecret(QStringLiteral("session token"), env.nango->connectSessionToken());
        addSecret(QStringLiteral("secret key"), env.server->secretKey());

        NangoAuthOptions key;
        key.setApiKey(ApiKey);
        key.setParam(QStringLiteral("subdomain"), QStringLiteral("acme"));
        const QString cid = sessionToken ? QString() : QStringLiteral("user-42");
        run(env, env.nango->auth(QStringLiteral("stripe"), cid, key), "");

        NangoAuthOptions basic;
        basic.setUsername(QStringLiteral("alice"));
        basic.setPassword(Password);
        run(env, env.nango->auth(QStringLiteral("jira"), cid, basic), "");

        NangoAuthOptions rejected;
        rejected.setApiKey(RejectedApiKey);
        run(env, env.nango->auth(QStringLiteral("checked-key"), cid, rejected), "connection_test_failed");

        // The server's bodies carry the secrets; the connection really stored them.
        const auto connections = env.server->connections();
        QCOMPARE(connections.size(), 2);
        QCOMPARE(connections.at(0).credentials.value(QStringLiteral("apiKey")).toString(), ApiKey);
        QCOMPARE(connections.at(1).credentials.value(QStringLiteral("password")).toString(), Password);
    }

    void hmac_data()
    {
        QTest::addColumn<bool>("right");
        QTest::newRow("valid hmac") << true;
        QTest::newRow("invalid hmac") << false;
    }
    void hmac()
    {
        QFETCH(bool, right);
        TestEnv env(Era::Seed);
        env.nango->setDebug(true);
        env.server->setHmacKey(QString::fromLatin1(HmacKey));
        addSecret(QStringLiteral("secret key"), env.server->secretKey());
        env.windowAction = FollowingWindow::Allow;
        // OAuth signs "<integration>:<connection id>" (docs/protocol.md §8), so do the credentials calls.
        const QString oauthHmac = right ? ::hmac(QStringLiteral("github:user-7")) : QString(64, QLatin1Char('e'));
        const QString keyHmac = right ? ::hmac(QStringLiteral("stripe:user-7")) : QString(64, QLatin1Char('d'));
        const QString createHmac = right ? ::hmac(QStringLiteral("public-api:user-7")) : QString(64, QLatin1Char('c'));
        addSecret(QStringLiteral("hmac"), oauthHmac);
        addSecret(QStringLiteral("hmac"), keyHmac);
        addSecret(QStringLiteral("hmac"), createHmac);
        addSecret(QStringLiteral("hmac key"), QString::fromLatin1(HmacKey));

        NangoAuthOptions o;
        o.setHmac(oauthHmac);
        run(env, env.nango->auth(QStringLiteral("github"), QStringLiteral("user-7"), o), right ? "" : "invalid_hmac");
        NangoAuthOptions k;
        k.setApiKey(ApiKey);
        k.setHmac(keyHmac);
        run(env, env.nango->auth(QStringLiteral("stripe"), QStringLiteral("user-7"), k), right ? "" : "invalid_hmac");
        NangoAuthOptions c;
        c.setHmac(createHmac);
        run(env, env.nango->create(QStringLiteral("public-api"), QStringLiteral("user-7"), c), right ? "" : "invalid_hmac");
    }

    void oauth_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<bool>("sessionToken");
        QTest::addColumn<FollowingWindow::Action>("action");
        QTest::addColumn<QString>("expectedType");
        QTest::newRow("seed, allow") << Era::Seed << false << FollowingWindow::Allow << QString();
        QTest::newRow("current token, allow") << Era::Current << true << FollowingWindow::Allow << QString();
        QTest::newRow("current token, deny") << Era::Current << true << FollowingWindow::Deny << QStringLiteral("callback_err");
        QTest::newRow("current token, user closes") << Era::Current << true << FollowingWindow::CloseOnProvider
                                                   << QStringLiteral("authorization_cancelled");
    }
    void oauth()
    {
        QFETCH(Era, era);
        QFETCH(bool, sessionToken);
        QFETCH(FollowingWindow::Action, action);
        QFETCH(QString, expectedType);
        TestEnv env(era, sessionToken);
        env.nango->setDebug(true);
        env.windowAction = action;
        addSecret(QStringLiteral("session token"), env.nango->connectSessionToken());
        addSecret(QStringLiteral("secret key"), env.server->secretKey());
        NangoAuthOptions o;
        o.setOAuthClientIdOverride(QStringLiteral("client-id-override"));
        o.setOAuthClientSecretOverride(ClientSecret);
        o.setUserScope({QStringLiteral("repo")});
        o.setAuthorizationParam(QStringLiteral("prompt"), QStringLiteral("consent"));
        run(env, env.nango->auth(QStringLiteral("github"), sessionToken ? QString() : QStringLiteral("user-9"), o),
            expectedType.toLatin1().constData());
        // The override travels in the window's URL (docs/protocol.md §3 item 7), nowhere else.
        QVERIFY(!env.records.isEmpty());
        QVERIFY(QString::fromLatin1(env.records.first()->openedUrl.toEncoded()).contains(QString::fromLatin1(QUrl::toPercentEncoding(ClientSecret))));
    }

    void unauthenticated_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<bool>("sessionToken");
        QTest::newRow("seed") << Era::Seed << false;
        QTest::newRow("current, session token") << Era::Current << true;
    }
    void unauthenticated()
    {
        QFETCH(Era, era);
        QFETCH(bool, sessionToken);
        TestEnv env(era, sessionToken);
        env.nango->setDebug(true);
        addSecret(QStringLiteral("session token"), env.nango->connectSessionToken());
        NangoAuthOptions o;
        o.setParam(QStringLiteral("region"), QStringLiteral("eu"));
        run(env, env.nango->create(QStringLiteral("public-api"), sessionToken ? QString() : QStringLiteral("u1"), o), "");
        // A session token minted on the server side (POST /connect/sessions, docs/protocol.md §6) then used.
        const QString minted = env.server->createConnectSession(QStringLiteral("end-user-2"));
        addSecret(QStringLiteral("minted session token"), minted);
        if (era == Era::Current) {
            env.nango->setPublicKey(QString());
            env.nango->setConnectSessionToken(minted);
            run(env, env.nango->create(QStringLiteral("public-api")), "");
        }
    }

    void failures()
    {
        TestEnv env(Era::Current, true);
        env.nango->setDebug(true);
        const QString token = env.nango->connectSessionToken();
        addSecret(QStringLiteral("session token"), token);
        NangoAuthOptions key;
        key.setApiKey(ApiKey);

        // Malformed and unknown tokens: the server refuses; the token is still a secret.
        const QString malformed = QStringLiteral("nango_connect_session_NOTHEX+/=secret");
        const QString unknown = QStringLiteral("nango_connect_session_") + QString(64, QLatin1Char('7'));
        addSecret(QStringLiteral("malformed token"), malformed);
        addSecret(QStringLiteral("unknown token"), unknown);
        env.nango->setConnectSessionToken(malformed);
        run(env, env.nango->auth(QStringLiteral("stripe"), QString(), key), "invalid_connect_session_token_format");
        env.nango->setConnectSessionToken(unknown);
        run(env, env.nango->auth(QStringLiteral("github"), QString(), key), "unknown_connect_session_token");
        run(env, env.nango->auth(QStringLiteral("github")), "unknown_connect_session_token"); // OAuth: JSON error in the window
        env.nango->setConnectSessionToken(token);

        // Server faults: an HTML 502 and truncated JSON.
        Faults faults;
        faults.html502 = true;
        env.server->setFaults(faults);
        run(env, env.nango->auth(QStringLiteral("stripe"), QString(), key), NangoErrorType::InvalidResponse);
        faults = Faults();
        faults.truncatedJson = true;
        env.server->setFaults(faults);
        NangoAuthOptions basic;
        basic.setUsername(QStringLiteral("bob"));
        basic.setPassword(Password);
        run(env, env.nango->auth(QStringLiteral("jira"), QString(), basic), NangoErrorType::InvalidResponse);
        env.server->setFaults(Faults());

        // A network error: a port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        env.nango->setHost(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        run(env, env.nango->auth(QStringLiteral("stripe"), QString(), key), NangoErrorType::NetworkError);
        run(env, env.nango->auth(QStringLiteral("github")), NangoErrorType::NetworkError); // refused before any upgrade
    }

    void noSecretInAnyLogLine()
    {
        QStringList lines;
        {
            QMutexLocker lock(&logMutex);
            lines = capturedLines;
        }
        // The capture is real: debug lines of the library and of the dev server were seen.
        const auto seen = [&lines](const char *prefix) {
            return std::any_of(lines.cbegin(), lines.cend(), [prefix](const QString &l) { return l.startsWith(QLatin1String(prefix)); });
        };
        QVERIFY2(seen("nangoqt.core: POST"), "no nangoqt.core debug line was captured");
        QVERIFY2(seen("nangoqt.core: Opening the authorization window"), "no OAuth debug line was captured");
        QVERIFY2(seen("nangoqt.devserver: "), "no dev server line was captured");
        QVERIFY(m_flows >= 25);

        addSecret(QStringLiteral("API key"), ApiKey);
        addSecret(QStringLiteral("rejected API key"), RejectedApiKey);
        addSecret(QStringLiteral("password"), Password);
        addSecret(QStringLiteral("OAuth client secret"), ClientSecret);
        QVERIFY(m_secrets.size() >= 15);
        int checked = 0;
        for (const Secret &secret : std::as_const(m_secrets)) {
            QStringList all = forms(secret.value);
            if (secret.value.startsWith(QLatin1String("nango_connect_session_")))
                all << secret.value.mid(22); // the random part alone
            if (secret.name == QLatin1String("hmac"))
                all << secret.value.toUpper();
            for (const QString &line : std::as_const(lines)) {
                for (const QString &form : std::as_const(all)) {
                    ++checked;
                    QVERIFY2(!line.contains(form),
                             qPrintable(QStringLiteral("the %1 appears in the log line: %2").arg(secret.name, line)));
                }
            }
        }
        qInfo("%d log lines, %lld secrets, %d flows, %d comparisons", int(lines.size()), qlonglong(m_secrets.size()), m_flows, checked);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
    }
};

int main(int argc, char **argv)
{
    // Before the application exists, so the logging registry reads it (it overrides
    // setFilterRules() and the test environment's default).
    qputenv("QT_LOGGING_RULES", "nangoqt.*=true");
    QCoreApplication app(argc, argv);
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
