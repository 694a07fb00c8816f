// SPDX-License-Identifier: MIT
// The dev server's JSON API against a real QNetworkAccessManager on loopback: auth checks of both
// eras, the order of checks, HMAC, bodies, /connect/sessions, faults, the request log.
#include "devservertestutil.h"

#include <QJsonArray>
#include <QTcpSocket>

using namespace NangoDev;

Q_DECLARE_METATYPE(NangoDev::Era)

namespace {
const QByteArray UnknownUuid("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString HmacKey = QStringLiteral("secret-hmac-key");
const QByteArray VectorUser42("bcb77e42f0910622389beb8b14ebfd2c65d74dc95bc98475007813c66a7c0567");

Integration makeIntegration(const char *key, const char *mode)
{
    Integration i;
    i.uniqueKey = QString::fromLatin1(key);
    i.provider = QStringLiteral("dev");
    i.authMode = QString::fromLatin1(mode);
    i.displayName = i.uniqueKey;
    return i;
}

struct Env
{
    explicit Env(Era era)
    {
        server.setEra(era);
        Integration checked = makeIntegration("checked-key", "API_KEY");
        checked.credentialsCheck = QStringLiteral("rejected-key");
        server.setIntegrations({makeIntegration("github", "API_KEY"), makeIntegration("github-oauth", "OAUTH2"),
                                makeIntegration("stripe", "API_KEY"), makeIntegration("jira", "BASIC"),
                                makeIntegration("public-api", "NONE"), checked});
        QString error;
        if (!server.listen(0, &error))
            qFatal("listen: %s", qPrintable(error));
        pk = server.publicKey().toLatin1();
    }
    HttpResult apiKey(const QByteArray &key, const QByteArray &query, const QByteArray &body = "{\"apiKey\":\"k\"}",
                      const QByteArray &contentType = "application/json")
    {
        return http.postJson(serverUrl(server, "/api-auth/api-key/" + key, query), body, contentType);
    }
    NangoDevServer server;
    Http http;
    QByteArray pk;
};
} // namespace

class TestApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authChecks_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QByteArray>("query"); // PK = the server's key, TOKEN = a fresh token
        QTest::addColumn<bool>("refusePublicKeys");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (Era era : {Era::Seed, Era::Current}) {
            const char *e = era == Era::Seed ? "seed" : "current";
            QTest::addRow("%s: ok", e) << era << QByteArray("connection_id=c1&public_key=PK") << false << 200 << "";
            QTest::addRow("%s: upper-case key ok", e) << era << QByteArray("connection_id=c1&public_key=UPPERPK") << false << 200 << "";
            QTest::addRow("%s: missing key", e) << era << QByteArray("connection_id=c1") << false << 401 << "missing_public_key";
            QTest::addRow("%s: not a uuid", e) << era << QByteArray("connection_id=c1&public_key=abc") << false << 401 << "invalid_public_key";
            QTest::addRow("%s: uuid v1", e) << era << QByteArray("connection_id=c1&public_key=0f8fad5b-d9cb-169f-a165-70867728950e") << false << 401 << "invalid_public_key";
            QTest::addRow("%s: repeated key", e) << era << QByteArray("connection_id=c1&public_key=PK&public_key=PK") << false << 401 << "invalid_public_key";
            QTest::addRow("%s: unknown key", e) << era << QByteArray("connection_id=c1&public_key=") + UnknownUuid << false << 401
                                                << (era == Era::Seed ? "unknown_user_account" : "unknown_account");
            QTest::addRow("%s: deprecated", e) << era << QByteArray("connection_id=c1&public_key=PK") << true << 401 << "deprecated_authentication";
        }
        QTest::newRow("current: token ok") << Era::Current << QByteArray("connect_session_token=TOKEN") << false << 200 << "";
        QTest::newRow("current: token wins over key") << Era::Current << QByteArray("public_key=abc&connect_session_token=TOKEN") << true << 200 << "";
        QTest::newRow("current: token format") << Era::Current << QByteArray("connect_session_token=nango_connect_session_xyz") << false << 401
                                               << "invalid_connect_session_token_format";
        QTest::newRow("current: upper-case token") << Era::Current << QByteArray("connect_session_token=nango_connect_session_") + QByteArray(64, 'A')
                                                   << false << 401 << "invalid_connect_session_token_format";
        QTest::newRow("current: unknown token") << Era::Current << QByteArray("connect_session_token=nango_connect_session_") + QByteArray(64, 'a')
                                                << false << 401 << "unknown_connect_session_token";
        QTest::newRow("current: token + connection_id") << Era::Current << QByteArray("connection_id=c1&connect_session_token=TOKEN") << false << 400
                                                        << "invalid_query_params";
        QTest::newRow("seed: token ignored") << Era::Seed << QByteArray("connection_id=c1&connect_session_token=junk&public_key=PK") << false << 200 << "";
        QTest::newRow("seed: token alone is no auth") << Era::Seed << QByteArray("connection_id=c1&connect_session_token=TOKEN") << false << 401
                                                      << "missing_public_key";
    }
    void authChecks()
    {
        QFETCH(Era, era);
        QFETCH(QByteArray, query);
        QFETCH(bool, refusePublicKeys);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env(era);
        Faults f;
        f.refusePublicKeys = refusePublicKeys;
        env.server.setFaults(f);
        query.replace("UPPERPK", env.pk.toUpper()).replace("PK", env.pk);
        query.replace("TOKEN", env.server.createConnectSession(QStringLiteral("u1")).toLatin1());
        const HttpResult r = env.apiKey("stripe", query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.headers.value("content-type").left(16), QByteArray("application/json"));
        QCOMPARE(r.code(), code);
        if (status == 200) {
            QCOMPARE(env.server.connections().size(), 1);
            QCOMPARE(r.json().value(QStringLiteral("providerConfigKey")).toString(), QStringLiteral("stripe"));
            QVERIFY(!r.json().value(QStringLiteral("connectionId")).toString().isEmpty());
        } else {
            QVERIFY(env.server.connections().isEmpty());
        }
    }

    void errorShapes()
    {
        {
            Env env(Era::Seed);
            const HttpResult r = env.apiKey("stripe", "connection_id=c1&public_key=abc");
            QCOMPARE(r.body, QByteArray("{\"error\":\"Authentication failed. The provided public key is not a UUID v4.\",\"type\":\"invalid_public_key\"}"));
            const HttpResult u = env.apiKey("stripe", "connection_id=c1&public_key=" + UnknownUuid);
            QCOMPARE(u.body, QByteArray("{\"error\":{\"code\":\"unknown_user_account\"}}"));
            const HttpResult ok = env.apiKey("stripe", "connection_id=c1&public_key=" + env.pk);
            QCOMPARE(ok.body, QByteArray("{\"connectionId\":\"c1\",\"providerConfigKey\":\"stripe\"}"));
        }
        {
            Env env(Era::Current);
            const HttpResult r = env.apiKey("stripe", "public_key=abc");
            QCOMPARE(r.body, QByteArray("{\"error\":{\"code\":\"invalid_public_key\",\"message\":\"Authentication failed. The provided public key is not a UUID v4.\"}}"));
            const HttpResult n = env.apiKey("nope", "public_key=" + env.pk);
            QCOMPARE(n.status, 404);
            QCOMPARE(n.body, QByteArray("{\"error\":{\"code\":\"unknown_provider_config\"}}"));
            const HttpResult ok = env.apiKey("stripe", "connection_id=c1&public_key=" + env.pk);
            QCOMPARE(ok.body, QByteArray("{\"providerConfigKey\":\"stripe\",\"connectionId\":\"c1\"}"));
        }
    }

    void orderOfChecks_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray bad("public_key=abc");
        const QByteArray ok("public_key=PK");
        QTest::newRow("content type beats bad key") << QByteArray("/api-auth/api-key/stripe") << bad << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("text/plain") << 415 << "invalid_content_type";
        QTest::newRow("no content type") << QByteArray("/api-auth/api-key/stripe") << ok << QByteArray("{\"apiKey\":\"k\"}") << QByteArray() << 415 << "invalid_content_type";
        QTest::newRow("charset param ok") << QByteArray("/api-auth/api-key/stripe") << ok << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json; charset=utf-8") << 200 << "";
        QTest::newRow("bad key beats bad json") << QByteArray("/api-auth/api-key/stripe") << bad << QByteArray("{nope") << QByteArray("application/json") << 401 << "invalid_public_key";
        QTest::newRow("malformed json") << QByteArray("/api-auth/api-key/stripe") << ok << QByteArray("{nope") << QByteArray("application/json") << 400 << "invalid_json";
        QTest::newRow("body beats query") << QByteArray("/api-auth/api-key/stripe") << ok + "&connection_id=%3C%3E" << QByteArray("{\"apiKey\":\"\"}") << QByteArray("application/json") << 400 << "invalid_body";
        QTest::newRow("extra key") << QByteArray("/api-auth/api-key/stripe") << ok << QByteArray("{\"apiKey\":\"k\",\"type\":\"API_KEY\"}") << QByteArray("application/json") << 400 << "invalid_body";
        QTest::newRow("apiKey too long") << QByteArray("/api-auth/api-key/stripe") << ok << "{\"apiKey\":\"" + QByteArray(1025, 'k') + "\"}" << QByteArray("application/json") << 400 << "invalid_body";
        QTest::newRow("apiKey 1024 ok") << QByteArray("/api-auth/api-key/stripe") << ok << "{\"apiKey\":\"" + QByteArray(1024, 'k') + "\"}" << QByteArray("application/json") << 200 << "";
        QTest::newRow("query beats uri") << QByteArray("/api-auth/api-key/a%2Fb") << ok + "&connection_id=%3C%3E" << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json") << 400 << "invalid_query_params";
        QTest::newRow("connection id too long") << QByteArray("/api-auth/api-key/stripe") << ok + "&connection_id=" + QByteArray(256, 'c') << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json") << 400 << "invalid_query_params";
        QTest::newRow("connection id all allowed") << QByteArray("/api-auth/api-key/stripe") << ok + "&connection_id=a%2C.%3B%3A%3D%2B~%5B%5D%7C%40%24%7B%7D%22'%5C%2F_%20-" << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json") << 200 << "";
        QTest::newRow("bad integration key") << QByteArray("/api-auth/api-key/a%2Fb") << ok << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json") << 400 << "invalid_uri_params";
        QTest::newRow("uri beats unknown") << QByteArray("/api-auth/api-key/%C3%A9") << ok << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json") << 400 << "invalid_uri_params";
        QTest::newRow("unknown integration") << QByteArray("/api-auth/api-key/nope") << ok << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json") << 404 << "unknown_provider_config";
        QTest::newRow("wrong auth mode") << QByteArray("/api-auth/api-key/jira") << ok << QByteArray("{\"apiKey\":\"k\"}") << QByteArray("application/json") << 400 << "invalid_auth_mode";
        QTest::newRow("credentials test") << QByteArray("/api-auth/api-key/checked-key") << ok << QByteArray("{\"apiKey\":\"rejected-key\"}") << QByteArray("application/json") << 400 << "connection_test_failed";
        QTest::newRow("basic needs both") << QByteArray("/api-auth/basic/jira") << ok << QByteArray("{\"username\":\"u\"}") << QByteArray("application/json") << 400 << "invalid_body";
        QTest::newRow("basic empty password") << QByteArray("/api-auth/basic/jira") << ok << QByteArray("{\"username\":\"u\",\"password\":\"\"}") << QByteArray("application/json") << 200 << "";
        QTest::newRow("unauth no body") << QByteArray("/auth/unauthenticated/public-api") << ok << QByteArray() << QByteArray() << 200 << "";
        QTest::newRow("unauth {}") << QByteArray("/auth/unauthenticated/public-api") << ok << QByteArray("{}") << QByteArray("application/json") << 200 << "";
        QTest::newRow("unauth any key") << QByteArray("/auth/unauthenticated/public-api") << ok << QByteArray("{\"a\":1}") << QByteArray("application/json") << 400 << "invalid_body";
        QTest::newRow("unauth wrong mode") << QByteArray("/auth/unauthenticated/stripe") << ok << QByteArray("{}") << QByteArray("application/json") << 400 << "invalid_auth_mode";
        QTest::newRow("unauth removed") << QByteArray("/unauth/public-api") << ok << QByteArray("{}") << QByteArray("application/json") << 404 << "not_found";
    }
    void orderOfChecks()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env(Era::Current);
        query.replace("PK", env.pk);
        const HttpResult r = env.http.postJson(serverUrl(env.server, path, query), body, contentType);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (code == QLatin1String("invalid_body") || code.startsWith(QLatin1String("invalid_query")) || code == QLatin1String("invalid_uri_params")) {
            const QJsonArray errors = r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("errors")).toArray();
            QVERIFY2(!errors.isEmpty() && !errors.first().toObject().value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());
        }
    }

    void seedEra_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no connection id") << QByteArray("/api-auth/api-key/stripe") << QByteArray("public_key=PK") << QByteArray("{\"apiKey\":\"k\"}") << 400 << "missing_connection_id";
        QTest::newRow("no api key") << QByteArray("/api-auth/api-key/stripe") << QByteArray("public_key=PK&connection_id=c") << QByteArray("{}") << 400 << "missing_api_key";
        QTest::newRow("extra keys ignored") << QByteArray("/api-auth/api-key/stripe") << QByteArray("public_key=PK&connection_id=c") << QByteArray("{\"apiKey\":\"k\",\"type\":\"x\"}") << 200 << "";
        QTest::newRow("unknown integration") << QByteArray("/api-auth/api-key/nope") << QByteArray("public_key=PK&connection_id=c") << QByteArray("{\"apiKey\":\"k\"}") << 400 << "unknown_provider_config";
        QTest::newRow("credentials test") << QByteArray("/api-auth/api-key/checked-key") << QByteArray("public_key=PK&connection_id=c") << QByteArray("{\"apiKey\":\"rejected-key\"}") << 401 << "connection_test_failed";
        QTest::newRow("basic no username") << QByteArray("/api-auth/basic/jira") << QByteArray("public_key=PK&connection_id=c") << QByteArray("{\"password\":\"p\"}") << 400 << "missing_basic_username";
        QTest::newRow("old unauth path") << QByteArray("/unauth/public-api") << QByteArray("public_key=PK&connection_id=c") << QByteArray() << 200 << "";
        QTest::newRow("no connect sessions") << QByteArray("/connect/sessions") << QByteArray() << QByteArray("{}") << 404 << "";
    }
    void seedEra()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env(Era::Seed);
        query.replace("PK", env.pk);
        const HttpResult r = env.http.postJson(serverUrl(env.server, path, query), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (!code.isEmpty())
            QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
    }

    void hmac_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (Era era : {Era::Seed, Era::Current}) {
            const char *e = era == Era::Seed ? "seed" : "current";
            QTest::addRow("%s: protocol vector", e) << era << "connection_id=user-42&public_key=PK&hmac=" + VectorUser42 << 200 << "";
            QTest::addRow("%s: wrong", e) << era << QByteArray("connection_id=user-42&public_key=PK&hmac=00") << 400 << "invalid_hmac";
            QTest::addRow("%s: upper case", e) << era << "connection_id=user-42&public_key=PK&hmac=" + VectorUser42.toUpper() << 400 << "invalid_hmac";
            QTest::addRow("%s: missing", e) << era << QByteArray("connection_id=user-42&public_key=PK") << 400 << "missing_hmac";
        }
        // Without connection_id the server signs a generated id: it can never match (docs/protocol.md §8).
        QTest::newRow("current: no connection id") << Era::Current
                                                   << QByteArray("public_key=PK&hmac=51aef0fbc2b0a6820997031eea8d7a38b58481967d12417ec72f7347a16fac7e")
                                                   << 400 << "invalid_hmac";
        QTest::newRow("current: token skips hmac") << Era::Current << QByteArray("connect_session_token=TOKEN") << 200 << "";
    }
    void hmac()
    {
        QFETCH(Era, era);
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env(era);
        env.server.setHmacKey(HmacKey);
        query.replace("PK", env.pk).replace("TOKEN", env.server.createConnectSession(QStringLiteral("u")).toLatin1());
        const HttpResult r = env.apiKey("github", query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
    }

    void sessionRestrictions()
    {
        Env env(Era::Current);
        const QByteArray token = env.server.createConnectSession(QStringLiteral("u7"), {QStringLiteral("jira")}).toLatin1();
        const HttpResult refused = env.apiKey("stripe", "connect_session_token=" + token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), QStringLiteral("integration_not_allowed"));
        const HttpResult ok = env.http.postJson(serverUrl(env.server, "/api-auth/basic/jira", "connect_session_token=" + token),
                                                "{\"username\":\"u\",\"password\":\"p\"}");
        QCOMPARE(ok.status, 200);
        QCOMPARE(env.server.connections().first().endUserId, QStringLiteral("u7"));
        // A token is reusable; each use without connection_id makes a new connection.
        QCOMPARE(env.http.postJson(serverUrl(env.server, "/api-auth/basic/jira", "connect_session_token=" + token),
                                   "{\"username\":\"u\",\"password\":\"p\"}").status, 200);
        QCOMPARE(env.server.connections().size(), 2);

        env.server.setConnectSessionLifetime(-1); // already expired when minted
        const QByteArray expired = env.server.createConnectSession(QStringLiteral("u")).toLatin1();
        QCOMPARE(env.apiKey("stripe", "connect_session_token=" + expired).code(), QStringLiteral("unknown_connect_session_token"));
    }

    void connectionConfigAndLog()
    {
        Env env(Era::Current);
        QSignalSpy logged(&env.server, &NangoDevServer::requestLogged);
        QSignalSpy created(&env.server, &NangoDevServer::connectionCreated);
        const QByteArray query = "connection_id=user%2B42&public_key=" + env.pk
            + "&params[sub%2Bdomain]=a+b%20%23c%26d%3De&params%5Bcjk%5D=%E4%B8%AD%F0%9F%98%80&params[k]=1&params[k]=2";
        const HttpResult r = env.apiKey("stripe", query, "{\"apiKey\":\"sk_+#&=/?% é中😀\"}");
        QCOMPARE(r.status, 200);
        const Connection c = env.server.connections().first();
        QCOMPARE(c.connectionId, QStringLiteral("user+42"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("sub+domain")), QStringLiteral("a b #c&d=e"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("cjk")), QStringLiteral("中😀"));
        QVERIFY(!c.connectionConfig.contains(QStringLiteral("k"))); // repeated: dropped
        QCOMPARE(c.credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_+#&=/?% é中😀"));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().value<Connection>().connectionId, QStringLiteral("user+42"));

        QCOMPARE(logged.size(), 1);
        const LoggedRequest entry = logged.first().first().value<LoggedRequest>();
        QCOMPARE(entry.method, QStringLiteral("POST"));
        QCOMPARE(entry.path, QStringLiteral("/api-auth/api-key/stripe"));
        QCOMPARE(entry.rawQuery, query); // exactly as sent
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(entry.body, QByteArray("{\"apiKey\":\"sk_+#&=/?% é中😀\"}"));
        QCOMPARE(env.server.requestLog().size(), 1);
        env.server.clearRequestLog();
        QVERIFY(env.server.requestLog().isEmpty());
    }

    void rawQueryOnKeepAlive()
    {
        // Several requests on one kept-alive socket: each logged with its own raw query, even
        // one QUrl would re-encode (a stray '%').
        Env env(Era::Current);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, env.server.url().port());
        QVERIFY(socket.waitForConnected(3000));
        const QList<QByteArray> queries{"a=%zz&b=[x]", "params%5Bq%5D=1+2%2B3", "x=%7E~"};
        QByteArray all;
        for (const QByteArray &q : queries)
            all += "GET /integrations?" + q + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        socket.write(all); // pipelined, in one segment
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (answer.count("HTTP/1.1 401") < 3 && t.elapsed() < 5000) {
            QTest::qWait(10);
            answer += socket.readAll();
        }
        QCOMPARE(answer.count("HTTP/1.1 401"), 3);
        const auto log = env.server.requestLog();
        QCOMPARE(log.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(log.at(i).rawQuery, queries.at(i));
    }

    void oversizedBody()
    {
        Env env(Era::Current);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, env.server.url().port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /api-auth/api-key/stripe HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{");
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (!answer.contains("\r\n\r\n") && t.elapsed() < 3000) {
            QTest::qWait(10);
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        // A request line that never ends is cut too.
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, env.server.url().port());
        QVERIFY(second.waitForConnected(3000));
        second.write("GET /" + QByteArray(200 * 1024, 'a'));
        answer.clear();
        t.restart();
        while (!answer.contains("\r\n\r\n") && t.elapsed() < 3000) {
            QTest::qWait(10);
            answer += second.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(100).constData());
    }

    void connectSessions_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << QByteArray("Bearer SECRET") << QByteArray("{\"end_user\":{\"id\":\"u1\",\"email\":\"a@b.c\"},\"allowed_integrations\":[\"jira\"]}") << 201 << "";
        QTest::newRow("with organization") << QByteArray("Bearer SECRET") << QByteArray("{\"end_user\":{\"id\":\"u1\"},\"organization\":{\"id\":\"o1\"}}") << 201 << "";
        QTest::newRow("no header") << QByteArray() << QByteArray("{\"end_user\":{\"id\":\"u1\"}}") << 401 << "missing_auth_header";
        QTest::newRow("malformed header") << QByteArray("Basic abc") << QByteArray("{\"end_user\":{\"id\":\"u1\"}}") << 401 << "malformed_auth_header";
        QTest::newRow("wrong secret") << QByteArray("Bearer nope") << QByteArray("{\"end_user\":{\"id\":\"u1\"}}") << 401 << "unknown_account";
        QTest::newRow("public key is not a secret") << QByteArray("Bearer PK") << QByteArray("{\"end_user\":{\"id\":\"u1\"}}") << 401 << "unknown_account";
        QTest::newRow("no end user") << QByteArray("Bearer SECRET") << QByteArray("{}") << 400 << "invalid_body";
        QTest::newRow("empty end user id") << QByteArray("Bearer SECRET") << QByteArray("{\"end_user\":{\"id\":\"\"}}") << 400 << "invalid_body";
        QTest::newRow("unknown key") << QByteArray("Bearer SECRET") << QByteArray("{\"end_user\":{\"id\":\"u\"},\"x\":1}") << 400 << "invalid_body";
        QTest::newRow("malformed json") << QByteArray("Bearer SECRET") << QByteArray("{") << 400 << "invalid_json";
    }
    void connectSessions()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env(Era::Current);
        authorization.replace("SECRET", env.server.secretKey().toLatin1()).replace("PK", env.pk);
        QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult r = env.http.send("POST", serverUrl(env.server, "/connect/sessions"), body, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (status != 201)
            return;
        const QJsonObject data = r.json().value(QStringLiteral("data")).toObject();
        const QString token = data.value(QStringLiteral("token")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^nango_connect_session_[0-9a-f]{64}$")).match(token).hasMatch());
        QVERIFY(data.value(QStringLiteral("connect_link")).toString().startsWith(QStringLiteral("http")));
        const QDateTime expires = QDateTime::fromString(data.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(expires.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 1800) < 60);
        // The minted token authenticates.
        const HttpResult use = env.http.postJson(serverUrl(env.server, "/api-auth/basic/jira", "connect_session_token=" + token.toLatin1()),
                                                 "{\"username\":\"u\",\"password\":\"p\"}");
        QCOMPARE(use.status, 200);
        QCOMPARE(env.server.connections().first().endUserId, QStringLiteral("u1"));
    }

    void listIntegrations()
    {
        Env env(Era::Current);
        const auto list = [&](const QByteArray &bearer) {
            return env.http.send("GET", serverUrl(env.server, "/integrations"), {}, {{"Authorization", "Bearer " + bearer}});
        };
        const HttpResult all = list(env.server.secretKey().toLatin1());
        QCOMPARE(all.status, 200);
        const QJsonArray data = all.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), env.server.integrations().size());
        QCOMPARE(data.first().toObject().value(QStringLiteral("unique_key")).toString(), QStringLiteral("github"));
        QCOMPARE(data.first().toObject().value(QStringLiteral("auth_mode")).toString(), QStringLiteral("API_KEY"));
        const HttpResult restricted = list(env.server.createConnectSession(QStringLiteral("u"), {QStringLiteral("jira")}).toLatin1());
        QCOMPARE(restricted.json().value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(list("nope").status, 401);
        QCOMPARE(env.http.get(serverUrl(env.server, "/integrations")).code(), QStringLiteral("missing_auth_header"));
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("bodyStart");
        QTest::newRow("html502") << "html502" << 502 << QByteArray("<html>");
        QTest::newRow("truncatedJson") << "truncatedJson" << 200 << QByteArray("{\"connectionId\":\"abc\",\"provid");
        QTest::newRow("neverAnswer") << "neverAnswer" << 0 << QByteArray();
        QTest::newRow("httpDelay") << "httpDelay" << 200 << QByteArray("{\"providerConfigKey\"");
    }
    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(QByteArray, bodyStart);
        Env env(Era::Current);
        Faults f;
        f.html502 = fault == QLatin1String("html502");
        f.truncatedJson = fault == QLatin1String("truncatedJson");
        f.neverAnswer = fault == QLatin1String("neverAnswer");
        f.httpDelayMs = fault == QLatin1String("httpDelay") ? 300 : 0;
        env.server.setFaults(f);
        QElapsedTimer t;
        t.start();
        const HttpResult r = env.http.postJson(serverUrl(env.server, "/api-auth/api-key/stripe", "public_key=" + env.pk),
                                               "{\"apiKey\":\"k\"}");
        if (fault == QLatin1String("neverAnswer")) {
            QCOMPARE(r.status, 0); // timed out on our side
            QCOMPARE(env.server.requestLog().size(), 1);
            return;
        }
        QCOMPARE(r.status, status);
        QVERIFY2(r.body.startsWith(bodyStart), r.body.constData());
        if (fault == QLatin1String("html502"))
            QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        if (fault == QLatin1String("httpDelay"))
            QVERIFY(t.elapsed() >= 290);
        QCOMPARE(env.server.requestLog().last().status, status);
        // Faults apply to the API only: the index still answers.
        QCOMPARE(env.http.get(serverUrl(env.server, "/")).status, 200);
    }

    void notFoundAndJunk()
    {
        Env env(Era::Current);
        QCOMPARE(env.http.get(serverUrl(env.server, "/nope")).status, 404);
        QCOMPARE(env.http.get(serverUrl(env.server, "/api-auth/api-key/stripe")).status, 404); // GET
        QCOMPARE(env.http.postJson(serverUrl(env.server, "/api-auth/api-key/"), "{}").status, 404);
        // Garbage on the socket: no crash, the server goes on.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, env.server.url().port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write(QByteArray("\x00\x01\xff garbage\r\n\r\n\r\n", 18));
        QTest::qWait(100);
        QCOMPARE(env.http.get(serverUrl(env.server, "/")).status, 200);
    }

    void listenTwiceAndPortInUse()
    {
        Env env(Era::Current);
        QString error;
        QVERIFY(!env.server.listen(0, &error));
        QVERIFY(!error.isEmpty());
        NangoDevServer other;
        QVERIFY(!other.listen(quint16(env.server.url().port()), &error));
        QVERIFY(error.contains(QString::number(env.server.url().port())));
    }

    void loadIntegrations()
    {
        NangoDevServer server;
        QString error;
        QVERIFY2(server.loadIntegrations(QStringLiteral(NANGO_DEV_SERVER_SAMPLE), &error), qPrintable(error));
        QStringList keys;
        for (const Integration &i : server.integrations())
            keys << i.uniqueKey;
        for (const char *k : {"github-dev", "github-auto", "stripe-dev", "jira-basic", "public-api"})
            QVERIFY2(keys.contains(QString::fromLatin1(k)), k);
        const Integration auto_ = server.integrations().at(keys.indexOf(QStringLiteral("github-auto")));
        QVERIFY(auto_.autoApprove);
        QCOMPARE(auto_.authMode, QStringLiteral("OAUTH2"));
        QVERIFY(!server.loadIntegrations(QStringLiteral("/nonexistent.json"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
