// SPDX-License-Identifier: MIT
// The credentials endpoints of every auth mode beyond API key, Basic and none (spec §1), against
// the sample integrations on loopback: each endpoint's success, each error in the server's order
// of checks, what a connection stores, AWS region precedence, reconnect sessions, the seed era.
#include "devservertestutil.h"

#include <QJsonArray>

using namespace NangoDev;

namespace {
const QByteArray Json("application/json");
const QString HmacKey = QStringLiteral("mode-hmac-key");

struct Env
{
    explicit Env(Era era = Era::Current, bool hmac = false)
    {
        server.setEra(era);
        QString error;
        if (!server.loadIntegrations(QStringLiteral(NANGO_DEV_SERVER_SAMPLE), &error) || !server.listen(0, &error))
            qFatal("dev server: %s", qPrintable(error));
        if (hmac)
            server.setHmacKey(HmacKey);
    }
    /// TOKEN = a session token, OTHER = a token allowed only github-dev, PK = the public key.
    QByteArray expand(QByteArray query)
    {
        if (query.contains("OTHER"))
            query.replace("OTHER", server.createConnectSession(QStringLiteral("u1"), {QStringLiteral("github-dev")}).toLatin1());
        if (query.contains("TOKEN"))
            query.replace("TOKEN", server.createConnectSession(QStringLiteral("u1")).toLatin1());
        return query.replace("PK", server.publicKey().toLatin1());
    }
    HttpResult post(const QByteArray &path, const QByteArray &query, const QByteArray &body, const QByteArray &contentType = Json,
                    int timeoutMs = 5000)
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return http.send("POST", serverUrl(server, path, expand(query)), body, headers, timeoutMs);
    }
    NangoDevServer server;
    Http http;
};

QString firstIssuePath(const HttpResult &r)
{
    const QJsonArray errors = r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("errors")).toArray();
    QStringList path;
    for (const QJsonValue &v : errors.first().toObject().value(QStringLiteral("path")).toArray())
        path << v.toVariant().toString();
    return path.join(QLatin1Char('.'));
}
} // namespace

class TestModes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("hmac");
        QTest::addColumn<int>("status"); // 0 = never answered
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("issuePath"); // the zod issue's path, for invalid_body rows

        const QByteArray t("connect_session_token=TOKEN");
        const QByteArray cc("/oauth2/auth/oauth2-cc-dev");
        const QByteArray ccCfg = t + "&params%5Bhostname%5D=tenant.auth0.com&params%5Baudience%5D=https%3A%2F%2Fapi";
        const QByteArray ccBody("{\"client_id\":\"id\",\"client_secret\":\"s\"}");
        QTest::newRow("cc: ok") << cc << ccCfg << ccBody << Json << false << 200 << "" << "";
        QTest::newRow("cc: private key ok") << cc << ccCfg << QByteArray("{\"client_id\":\"id\",\"client_private_key\":\"k\"}") << Json << false << 200 << "" << "";
        QTest::newRow("cc: no 415, body unread") << cc << ccCfg << ccBody << QByteArray("text/plain") << false << 400 << "missing_client_id" << "";
        QTest::newRow("cc: auth first") << cc << QByteArray("connect_session_token=nango_connect_session_x") << QByteArray("{}") << Json << false << 401 << "invalid_connect_session_token_format" << "";
        QTest::newRow("cc: client id before connection_id") << cc << ccCfg + "&connection_id=c1" << QByteArray("{}") << Json << false << 400 << "missing_client_id" << "";
        QTest::newRow("cc: secret before connection_id") << cc << ccCfg + "&connection_id=c1" << QByteArray("{\"client_id\":\"id\"}") << Json << false << 400 << "missing_client_secret" << "";
        QTest::newRow("cc: connection_id with token") << cc << ccCfg + "&connection_id=c1" << ccBody << Json << false << 400 << "invalid_query_params" << "connection_id";
        QTest::newRow("cc: client id before hmac") << cc << QByteArray("public_key=PK&connection_id=c1") << QByteArray("{}") << Json << true << 400 << "missing_client_id" << "";
        QTest::newRow("cc: hmac") << cc << QByteArray("public_key=PK&connection_id=c1") << ccBody << Json << true << 400 << "missing_hmac" << "";
        QTest::newRow("cc: unknown integration") << QByteArray("/oauth2/auth/nope") << t << ccBody << Json << false << 400 << "unknown_provider_config" << "";
        QTest::newRow("cc: wrong mode") << QByteArray("/oauth2/auth/stripe-dev") << t << ccBody << Json << false << 400 << "invalid_auth_mode" << "";
        QTest::newRow("cc: not allowed") << cc << QByteArray("connect_session_token=OTHER") << ccBody << Json << false << 400 << "integration_not_allowed" << "";
        QTest::newRow("cc: config missing") << cc << t + "&params%5Bhostname%5D=h" << ccBody << Json << false << 500 << "unhandled_Missing Connection Config param(s): audience" << "";
        QTest::newRow("cc: refused") << cc << ccCfg << QByteArray("{\"client_id\":\"id\",\"client_secret\":\"invalid\"}") << Json << false << 400 << "client_credentials_fetch_error" << "";

        const QByteArray tba("/auth/tba/tba-dev");
        const QByteArray tbaQ = t + "&params%5BaccountId%5D=tstdrv1";
        const QByteArray tbaBody("{\"token_id\":\"ti\",\"token_secret\":\"ts\"}");
        QTest::newRow("tba: ok") << tba << tbaQ << tbaBody << Json << false << 200 << "" << "";
        QTest::newRow("tba: overrides ok") << tba << tbaQ << QByteArray("{\"token_id\":\"ti\",\"token_secret\":\"ts\",\"oauth_client_id_override\":\"c\",\"oauth_client_secret_override\":\"s\"}") << Json << false << 200 << "" << "";
        QTest::newRow("tba: public key ok") << tba << QByteArray("public_key=PK&connection_id=c1") << tbaBody << Json << false << 200 << "" << "";
        QTest::newRow("tba: 415") << tba << tbaQ << tbaBody << QByteArray("text/plain") << false << 415 << "invalid_content_type" << "";
        QTest::newRow("tba: 415 before auth") << tba << QByteArray() << tbaBody << QByteArray("text/plain") << false << 415 << "invalid_content_type" << "";
        QTest::newRow("tba: auth before body") << tba << QByteArray() << QByteArray("{}") << Json << false << 401 << "missing_public_key" << "";
        QTest::newRow("tba: token_id required") << tba << tbaQ << QByteArray("{\"token_secret\":\"ts\"}") << Json << false << 400 << "invalid_body" << "token_id";
        QTest::newRow("tba: token_secret empty") << tba << tbaQ << QByteArray("{\"token_id\":\"ti\",\"token_secret\":\"\"}") << Json << false << 400 << "invalid_body" << "token_secret";
        QTest::newRow("tba: strict") << tba << tbaQ << QByteArray("{\"token_id\":\"ti\",\"token_secret\":\"ts\",\"x\":\"1\"}") << Json << false << 400 << "invalid_body" << "";
        QTest::newRow("tba: body before query") << tba << tbaQ + "&connection_id=c1" << QByteArray("{}") << Json << false << 400 << "invalid_body" << "token_id";
        QTest::newRow("tba: connection_id with token") << tba << tbaQ + "&connection_id=c1" << tbaBody << Json << false << 400 << "invalid_query_params" << "connection_id";
        QTest::newRow("tba: hmac") << tba << QByteArray("public_key=PK&connection_id=c1") << tbaBody << Json << true << 400 << "missing_hmac" << "";
        QTest::newRow("tba: unknown integration") << QByteArray("/auth/tba/nope") << t << tbaBody << Json << false << 404 << "unknown_provider_config" << "";
        QTest::newRow("tba: wrong mode") << QByteArray("/auth/tba/jwt-dev") << t << tbaBody << Json << false << 400 << "invalid_auth_mode" << "";
        QTest::newRow("tba: not allowed") << tba << QByteArray("connect_session_token=OTHER") << tbaBody << Json << false << 400 << "integration_not_allowed" << "";
        QTest::newRow("tba: refused in a 200") << tba << tbaQ << QByteArray("{\"token_id\":\"ti\",\"token_secret\":\"invalid\"}") << Json << false << 200 << "invalid_credentials" << "";
        QTest::newRow("tba: refused config in a 200") << tba << t + "&params%5BaccountId%5D=invalid" << tbaBody << Json << false << 200 << "invalid_credentials" << "";

        const QByteArray jwt("/auth/jwt/jwt-dev");
        const QByteArray jwtBody("{\"issuerId\":\"i\",\"privateKeyId\":\"k\",\"privateKey\":\"p\"}");
        QTest::newRow("jwt: ok") << jwt << t << jwtBody << Json << false << 200 << "" << "";
        QTest::newRow("jwt: loose body") << jwt << t << QByteArray("{\"issuerId\":\"i\",\"privateKeyId\":\"k\",\"privateKey\":\"p\",\"type\":\"JWT\"}") << Json << false << 200 << "" << "";
        QTest::newRow("jwt: 415") << jwt << t << jwtBody << QByteArray("text/plain") << false << 415 << "invalid_content_type" << "";
        QTest::newRow("jwt: not an object") << jwt << t << QByteArray("[1]") << Json << false << 400 << "invalid_body" << "";
        QTest::newRow("jwt: no key signs and fails") << jwt << t << QByteArray("{\"issuerId\":\"i\",\"privateKeyId\":\"k\"}") << Json << false << 400 << "connection_test_failed" << "";
        QTest::newRow("jwt: refused") << jwt << t << QByteArray("{\"issuerId\":\"i\",\"privateKeyId\":\"k\",\"privateKey\":\"invalid\"}") << Json << false << 400 << "connection_test_failed" << "";
        QTest::newRow("jwt: preconfigured issuer") << QByteArray("/auth/jwt/app-store-preset") << t << QByteArray("{\"privateKeyId\":\"k\",\"privateKey\":\"p\"}") << Json << false << 200 << "" << "";
        QTest::newRow("jwt: wrong mode") << QByteArray("/auth/jwt/tba-dev") << t << jwtBody << Json << false << 400 << "invalid_auth_mode" << "";

        const QByteArray two("/auth/two-step/two-step-dev");
        const QByteArray twoQ = t + "&params%5Bdomain%5D=acme.docuware.cloud";
        const QByteArray twoBody("{\"type\":\"TWO_STEP\",\"username\":\"u\",\"password\":\"p\"}");
        QTest::newRow("two-step: ok") << two << twoQ << twoBody << Json << false << 200 << "" << "";
        QTest::newRow("two-step: 415") << two << twoQ << twoBody << QByteArray("text/plain") << false << 415 << "invalid_content_type" << "";
        QTest::newRow("two-step: config missing") << two << t << twoBody << Json << false << 500 << "generic_error_support" << "";
        QTest::newRow("two-step: credentials missing") << two << twoQ << QByteArray("{\"type\":\"TWO_STEP\",\"username\":\"u\"}") << Json << false << 400 << "two_step_credentials_fetch_error" << "";
        QTest::newRow("two-step: refused") << two << twoQ << QByteArray("{\"type\":\"TWO_STEP\",\"username\":\"u\",\"password\":\"invalid\"}") << Json << false << 400 << "two_step_credentials_fetch_error" << "";
        QTest::newRow("two-step: wrong mode") << QByteArray("/auth/two-step/bill-dev") << t << twoBody << Json << false << 400 << "invalid_auth_mode" << "";

        const QByteArray bill("/auth/bill/bill-dev");
        const QByteArray billBody("{\"username\":\"u\",\"password\":\"p\",\"organization_id\":\"o\",\"dev_key\":\"k\"}");
        QTest::newRow("bill: ok") << bill << t << billBody << Json << false << 200 << "" << "";
        QTest::newRow("bill: dev_key required") << bill << t << QByteArray("{\"username\":\"u\",\"password\":\"p\",\"organization_id\":\"o\"}") << Json << false << 400 << "invalid_body" << "dev_key";
        QTest::newRow("bill: empty organization") << bill << t << QByteArray("{\"username\":\"u\",\"password\":\"p\",\"organization_id\":\"\",\"dev_key\":\"k\"}") << Json << false << 400 << "invalid_body" << "organization_id";
        QTest::newRow("bill: strict") << bill << t << QByteArray("{\"username\":\"u\",\"password\":\"p\",\"organization_id\":\"o\",\"dev_key\":\"k\",\"type\":\"BILL\"}") << Json << false << 400 << "invalid_body" << "";
        QTest::newRow("bill: refused, never answered") << bill << t << QByteArray("{\"username\":\"u\",\"password\":\"invalid\",\"organization_id\":\"o\",\"dev_key\":\"k\"}") << Json << false << 0 << "" << "";

        const QByteArray sig("/auth/signature/signature-dev");
        const QByteArray sigBody("{\"type\":\"WSSE\",\"username\":\"u\",\"password\":\"p\"}");
        QTest::newRow("signature: ok") << sig << t << sigBody << Json << false << 200 << "" << "";
        QTest::newRow("signature: type required") << sig << t << QByteArray("{\"username\":\"u\",\"password\":\"p\"}") << Json << false << 400 << "invalid_body" << "type";
        QTest::newRow("signature: strict") << sig << t << QByteArray("{\"type\":\"WSSE\",\"username\":\"u\",\"password\":\"p\",\"x\":\"1\"}") << Json << false << 400 << "invalid_body" << "";
        QTest::newRow("signature: the body's type is not read") << sig << t << QByteArray("{\"type\":\"SIGNATURE\",\"username\":\"u\",\"password\":\"p\"}") << Json << false << 200 << "" << "";
        QTest::newRow("signature: refused, never answered") << sig << t << QByteArray("{\"type\":\"WSSE\",\"username\":\"u\",\"password\":\"invalid\"}") << Json << false << 0 << "" << "";

        const QByteArray aws("/auth/aws-sigv4/aws-sigv4-dev");
        QTest::newRow("aws: ok") << aws << t << QByteArray("{\"role_arn\":\"arn:aws:iam::1:role/R\",\"region\":\"us-east-1\"}") << Json << false << 200 << "" << "";
        QTest::newRow("aws: region in params") << aws << t + "&params%5Bregion%5D=eu-central-1" << QByteArray("{\"role_arn\":\"arn\"}") << Json << false << 200 << "" << "";
        QTest::newRow("aws: integration default") << QByteArray("/auth/aws-sigv4/aws-sigv4-default") << t << QByteArray("{\"role_arn\":\"arn\"}") << Json << false << 200 << "" << "";
        QTest::newRow("aws: no region") << aws << t << QByteArray("{\"role_arn\":\"arn\"}") << Json << false << 400 << "missing_aws_sigv4_region" << "";
        QTest::newRow("aws: region shape") << aws << t << QByteArray("{\"role_arn\":\"arn\",\"region\":\"US_EAST\"}") << Json << false << 400 << "invalid_body" << "region";
        QTest::newRow("aws: params region shape") << aws << t + "&params%5Bregion%5D=a.evil.host%2F" << QByteArray("{\"role_arn\":\"arn\"}") << Json << false << 400 << "invalid_body" << "";
        QTest::newRow("aws: role_arn required") << aws << t << QByteArray("{\"region\":\"us-east-1\"}") << Json << false << 400 << "invalid_body" << "role_arn";
        QTest::newRow("aws: strict") << aws << t << QByteArray("{\"role_arn\":\"arn\",\"external_id\":\"x\"}") << Json << false << 400 << "invalid_body" << "";
        QTest::newRow("aws: sts refused") << aws << t << QByteArray("{\"role_arn\":\"invalid\",\"region\":\"us-east-1\"}") << Json << false << 502 << "aws_sigv4_sts_request_failed" << "";

        const QByteArray out("/auth/oauth-outbound/outbound-dev");
        QTest::newRow("outbound: ok") << out << t << QByteArray() << QByteArray() << false << 200 << "" << "";
        QTest::newRow("outbound: no 415") << out << t << QByteArray("x") << QByteArray("text/plain") << false << 200 << "" << "";
        QTest::newRow("outbound: connection_id with token") << out << t + "&connection_id=c1" << QByteArray() << QByteArray() << false << 400 << "invalid_query_params" << "connection_id";
        QTest::newRow("outbound: hmac") << out << QByteArray("public_key=PK&connection_id=c1") << QByteArray() << QByteArray() << true << 400 << "missing_hmac" << "";
        QTest::newRow("outbound: unknown integration") << QByteArray("/auth/oauth-outbound/nope") << t << QByteArray() << QByteArray() << false << 404 << "unknown_provider_config" << "";
        QTest::newRow("outbound: only OAUTH2") << QByteArray("/auth/oauth-outbound/stripe-dev") << t << QByteArray() << QByteArray() << false << 400 << "invalid_auth_mode" << "";
        QTest::newRow("outbound: any OAUTH2") << QByteArray("/auth/oauth-outbound/github-dev") << t << QByteArray() << QByteArray() << false << 200 << "" << "";
        QTest::newRow("outbound: not allowed") << out << QByteArray("connect_session_token=OTHER") << QByteArray() << QByteArray() << false << 400 << "integration_not_allowed" << "";
    }
    void endpoints()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(bool, hmac);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, issuePath);
        Env env(Era::Current, hmac);
        const HttpResult r = env.post(path, query, body, contentType, status == 0 ? 1500 : 5000);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (!issuePath.isEmpty())
            QCOMPARE(firstIssuePath(r), issuePath);
        if (status == 0) {
            // Nango leaves it open: the request is logged, no answer, nothing stored.
            QVERIFY(env.server.connections().isEmpty());
            QCOMPARE(env.server.requestLog().last().status, 0);
            return;
        }
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        if (status == 200 && code.isEmpty()) {
            QCOMPARE(env.server.connections().size(), 1);
            const Connection c = env.server.connections().first();
            QCOMPARE(r.json().value(QStringLiteral("connectionId")).toString(), c.connectionId);
            QCOMPARE(r.json().value(QStringLiteral("providerConfigKey")).toString(), c.providerConfigKey);
            if (query.contains("connection_id=c1"))
                QCOMPARE(c.connectionId, QStringLiteral("c1"));
        } else {
            QVERIFY(env.server.connections().isEmpty());
        }
    }

    void storedConnections()
    {
        Env env;
        QVERIFY(env.post("/auth/tba/tba-dev", "connect_session_token=TOKEN&params%5BaccountId%5D=tstdrv1",
                         "{\"token_id\":\"ti\",\"token_secret\":\"ts\"}").status == 200);
        Connection c = env.server.connections().last();
        QCOMPARE(c.authMode, QStringLiteral("TBA"));
        QCOMPARE(c.credentials.value(QStringLiteral("token_id")).toString(), QStringLiteral("ti"));
        QCOMPARE(c.credentials.value(QStringLiteral("token_secret")).toString(), QStringLiteral("ts"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("accountId")), QStringLiteral("tstdrv1"));
        QCOMPARE(c.endUserId, QStringLiteral("u1"));

        QVERIFY(env.post("/oauth2/auth/oauth2-cc-dev", "connect_session_token=TOKEN&params%5Bhostname%5D=h&params%5Baudience%5D=a",
                         "{\"client_id\":\"id\",\"client_secret\":\"s\",\"extra\":\"ignored\"}").status == 200);
        c = env.server.connections().last();
        QCOMPARE(c.authMode, QStringLiteral("OAUTH2_CC"));
        QCOMPARE(c.credentials.value(QStringLiteral("client_id")).toString(), QStringLiteral("id"));
        QVERIFY(!c.credentials.contains(QStringLiteral("extra")));

        QVERIFY(env.post("/auth/jwt/app-store-preset", "connect_session_token=TOKEN", "{\"privateKeyId\":\"k\",\"privateKey\":\"p\"}").status == 200);
        c = env.server.connections().last();
        QCOMPARE(c.credentials.value(QStringLiteral("issuerId")).toString(), QStringLiteral("57246542-96fe-1a63-e053-0824d011072a"));

        QVERIFY(env.post("/auth/oauth-outbound/outbound-dev", "connect_session_token=TOKEN&params%5Bhostname%5D=sentry.io", {}, {}).status == 200);
        c = env.server.connections().last();
        QVERIFY(c.pending);
        QCOMPARE(c.authMode, QStringLiteral("OAUTH2"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("hostname")), QStringLiteral("sentry.io"));

        // A session's integrations_config_defaults preset the connection config (and win).
        const QJsonObject defaults{{QStringLiteral("tba-dev"), QJsonObject{{QStringLiteral("connection_config"),
                                                                           QJsonObject{{QStringLiteral("accountId"), QStringLiteral("preset")}}}}}};
        const QByteArray token = env.server.createConnectSession(QStringLiteral("u2"), {}, defaults).toLatin1();
        QVERIFY(env.post("/auth/tba/tba-dev", "connect_session_token=" + token + "&params%5BaccountId%5D=typed",
                         "{\"token_id\":\"ti\",\"token_secret\":\"ts\"}").status == 200);
        QCOMPARE(env.server.connections().last().connectionConfig.value(QStringLiteral("accountId")), QStringLiteral("preset"));
    }

    void awsRegionAndExternalId()
    {
        Env env;
        const QByteArray uuid("3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
        // body > params
        QCOMPARE(env.post("/auth/aws-sigv4/aws-sigv4-dev", "connect_session_token=TOKEN&params%5Bregion%5D=eu-central-1&params%5Bexternal_id%5D=" + uuid,
                          "{\"role_arn\":\"arn\",\"region\":\"us-west-2\"}").status, 200);
        Connection c = env.server.connections().last();
        QCOMPARE(c.connectionConfig.value(QStringLiteral("region")), QStringLiteral("us-west-2"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("external_id")), QString::fromLatin1(uuid));
        QCOMPARE(c.credentials.value(QStringLiteral("role_arn")).toString(), QStringLiteral("arn"));
        // params > integration default; an external_id that is not a UUID is replaced
        QCOMPARE(env.post("/auth/aws-sigv4/aws-sigv4-default", "connect_session_token=TOKEN&params%5Bregion%5D=ap-south-1&params%5Bexternal_id%5D=mine",
                          "{\"role_arn\":\"arn\"}").status, 200);
        c = env.server.connections().last();
        QCOMPARE(c.connectionConfig.value(QStringLiteral("region")), QStringLiteral("ap-south-1"));
        QVERIFY(c.connectionConfig.value(QStringLiteral("external_id")) != QLatin1String("mine"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("external_id")).size(), 36);
        // the stored region wins on reconnect, over the body
        const QByteArray token = env.server.createReconnectSession(c.connectionId, QStringLiteral("aws-sigv4-default")).toLatin1();
        QVERIFY(!token.isEmpty());
        QCOMPARE(env.post("/auth/aws-sigv4/aws-sigv4-default", "connect_session_token=" + token, "{\"role_arn\":\"arn2\",\"region\":\"us-east-1\"}").status, 200);
        const Connection again = env.server.connections().last();
        QCOMPARE(again.connectionId, c.connectionId);
        QCOMPARE(again.connectionConfig.value(QStringLiteral("region")), QStringLiteral("ap-south-1"));
        QCOMPARE(again.connectionConfig.value(QStringLiteral("external_id")), c.connectionConfig.value(QStringLiteral("external_id")));
        QCOMPARE(again.credentials.value(QStringLiteral("role_arn")).toString(), QStringLiteral("arn2"));
        QCOMPARE(env.server.connections().size(), 2);
    }

    void reconnect_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("key");
        QTest::newRow("api key") << QByteArray("/api-auth/api-key/stripe-dev") << QByteArray() << QByteArray("{\"apiKey\":\"sk_test_1\"}") << Json << "stripe-dev";
        QTest::newRow("basic") << QByteArray("/api-auth/basic/jira-basic") << QByteArray() << QByteArray("{\"username\":\"u\",\"password\":\"p\"}") << Json << "jira-basic";
        QTest::newRow("tba") << QByteArray("/auth/tba/tba-dev") << QByteArray("&params%5BaccountId%5D=a") << QByteArray("{\"token_id\":\"ti\",\"token_secret\":\"ts\"}") << Json << "tba-dev";
        QTest::newRow("cc") << QByteArray("/oauth2/auth/oauth2-cc-dev") << QByteArray("&params%5Bhostname%5D=h&params%5Baudience%5D=a") << QByteArray("{\"client_id\":\"i\",\"client_secret\":\"s\"}") << Json << "oauth2-cc-dev";
        QTest::newRow("bill") << QByteArray("/auth/bill/bill-dev") << QByteArray() << QByteArray("{\"username\":\"u\",\"password\":\"p\",\"organization_id\":\"o\",\"dev_key\":\"k\"}") << Json << "bill-dev";
        QTest::newRow("outbound") << QByteArray("/auth/oauth-outbound/outbound-dev") << QByteArray() << QByteArray() << QByteArray() << "outbound-dev";
    }
    void reconnect()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, key);
        Env env;
        const HttpResult first = env.post(path, "connect_session_token=TOKEN" + query, body, contentType);
        QCOMPARE(first.status, 200);
        const QString id = first.json().value(QStringLiteral("connectionId")).toString();
        QCOMPARE(env.server.createReconnectSession(QStringLiteral("nope"), key), QString());
        QCOMPARE(env.server.createReconnectSession(id, QStringLiteral("github-dev")), QString());
        const QByteArray token = env.server.createReconnectSession(id, key).toLatin1();
        QVERIFY(!token.isEmpty());
        // Re-authorizes that connection, limited to its integration.
        const HttpResult again = env.post(path, "connect_session_token=" + token + query, body, contentType);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("connectionId")).toString(), id);
        QCOMPARE(env.server.connections().size(), 1);
        QCOMPARE(env.server.connections().first().endUserId, QStringLiteral("u1"));
        QCOMPARE(env.post("/auth/unauthenticated/public-api", "connect_session_token=" + token, {}, {}).code(), QStringLiteral("integration_not_allowed"));
        // The connection vanished: 400 invalid_connection.
        QVERIFY(env.server.deleteConnection(id, key));
        QVERIFY(!env.server.deleteConnection(id, key));
        const HttpResult gone = env.post(path, "connect_session_token=" + token + query, body, contentType);
        QCOMPARE(gone.status, 400);
        QCOMPARE(gone.code(), QStringLiteral("invalid_connection"));
        QVERIFY(env.server.connections().isEmpty());
    }

    void oauthReconnect()
    {
        // /oauth/connect honours a reconnect session too (github-auto approves by itself).
        Env env;
        const auto follow = [&env](const QByteArray &query) {
            QUrl url = serverUrl(env.server, "/oauth/connect/github-auto", query);
            HttpResult r;
            for (int i = 0; i < 10; ++i) {
                r = env.http.get(url);
                if (r.status < 300 || r.status >= 400)
                    break;
                url = url.resolved(QUrl::fromEncoded(r.headers.value("location")));
            }
            return r;
        };
        QCOMPARE(follow("connect_session_token=" + env.expand("TOKEN")).status, 200);
        QCOMPARE(env.server.connections().size(), 1);
        const QString id = env.server.connections().first().connectionId;
        const QByteArray token = env.server.createReconnectSession(id, QStringLiteral("github-auto")).toLatin1();
        QCOMPARE(follow("connect_session_token=" + token).status, 200);
        QCOMPARE(env.server.connections().size(), 1);
        QCOMPARE(env.server.connections().first().connectionId, id);
        QVERIFY(env.server.deleteConnection(id, QStringLiteral("github-auto")));
        const HttpResult gone = follow("connect_session_token=" + token);
        QCOMPARE(gone.status, 400);
        QCOMPARE(gone.code(), QStringLiteral("invalid_connection"));
    }

    void reconnectSessionsEndpoint_data()
    {
        QTest::addColumn<QByteArray>("bearer");
        QTest::addColumn<QByteArray>("body"); // ID = a stored connection's id
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << QByteArray("SECRET") << QByteArray("{\"connection_id\":\"ID\",\"integration_id\":\"stripe-dev\"}") << 201 << "";
        QTest::newRow("with end user") << QByteArray("SECRET") << QByteArray("{\"connection_id\":\"ID\",\"integration_id\":\"stripe-dev\",\"end_user\":{\"id\":\"u9\"}}") << 201 << "";
        QTest::newRow("no secret") << QByteArray() << QByteArray("{\"connection_id\":\"ID\",\"integration_id\":\"stripe-dev\"}") << 401 << "missing_auth_header";
        QTest::newRow("a session token is no secret") << QByteArray("TOKEN") << QByteArray("{\"connection_id\":\"ID\",\"integration_id\":\"stripe-dev\"}") << 401 << "unknown_account";
        QTest::newRow("strict") << QByteArray("SECRET") << QByteArray("{\"connection_id\":\"ID\",\"integration_id\":\"stripe-dev\",\"x\":1}") << 400 << "invalid_body";
        QTest::newRow("connection_id required") << QByteArray("SECRET") << QByteArray("{\"integration_id\":\"stripe-dev\"}") << 400 << "invalid_body";
        QTest::newRow("integration_id required") << QByteArray("SECRET") << QByteArray("{\"connection_id\":\"ID\"}") << 400 << "invalid_body";
        QTest::newRow("unknown connection") << QByteArray("SECRET") << QByteArray("{\"connection_id\":\"nope\",\"integration_id\":\"stripe-dev\"}") << 400 << "invalid_body";
        QTest::newRow("other integration") << QByteArray("SECRET") << QByteArray("{\"connection_id\":\"ID\",\"integration_id\":\"jira-basic\"}") << 400 << "invalid_body";
    }
    void reconnectSessionsEndpoint()
    {
        QFETCH(QByteArray, bearer);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env;
        const HttpResult made = env.post("/api-auth/api-key/stripe-dev", "connect_session_token=TOKEN", "{\"apiKey\":\"sk_test_1\"}");
        const QByteArray id = made.json().value(QStringLiteral("connectionId")).toString().toLatin1();
        body.replace("ID", id);
        bearer.replace("SECRET", env.server.secretKey().toLatin1()).replace("TOKEN", env.server.createConnectSession(QStringLiteral("x")).toLatin1());
        QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer});
        const HttpResult r = env.http.send("POST", serverUrl(env.server, "/connect/sessions/reconnect"), body, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (body.contains("nope"))
            QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                     QStringLiteral("ConnectionID or IntegrationId does not exists"));
        if (status != 201)
            return;
        const QByteArray token = r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString().toLatin1();
        const HttpResult again = env.post("/api-auth/api-key/stripe-dev", "connect_session_token=" + token, "{\"apiKey\":\"sk_test_2\"}");
        QCOMPARE(again.json().value(QStringLiteral("connectionId")).toString().toLatin1(), id);
        QCOMPARE(env.server.connections().size(), 1);
        QCOMPARE(env.server.connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_test_2"));
        QCOMPARE(env.server.connections().first().endUserId, body.contains("u9") ? QStringLiteral("u9") : QStringLiteral("u1"));
    }

    void seedEraHasNone_data()
    {
        QTest::addColumn<QByteArray>("path");
        for (const char *p : {"/oauth2/auth/oauth2-cc-dev", "/auth/tba/tba-dev", "/auth/jwt/jwt-dev", "/auth/two-step/two-step-dev",
                              "/auth/bill/bill-dev", "/auth/signature/signature-dev", "/auth/aws-sigv4/aws-sigv4-dev",
                              "/auth/oauth-outbound/outbound-dev", "/connect/sessions/reconnect"})
            QTest::newRow(p) << QByteArray(p);
    }
    void seedEraHasNone()
    {
        QFETCH(QByteArray, path);
        Env env(Era::Seed);
        const HttpResult r = env.post(path, "public_key=PK&connection_id=c1", "{}");
        QCOMPARE(r.status, 404);
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        QVERIFY2(r.body.contains("Cannot POST " + path), r.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestModes)
#include "tst_modes.moc"
