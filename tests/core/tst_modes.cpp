// SPDX-License-Identifier: MIT
// Every auth mode of current Nango (issue 14 item 1, README "Auth modes"): Nango's names, the JS
// SDK's order of inference, each mode's endpoint, body and body rules, refusals before any
// request, a 2xx answer that is an error document, and the per-request timeout.
#include "nangocredentialsrequest_p.h"
#include "nangovalidation_p.h"
#include "testenv.h"

#include <NangoQt/NangoAuthMode>
#include <NangoQt/NangoErrorTypes>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace NangoDev;
using namespace NangoQtPrivate;
using Mode = NangoAuthMode::Mode;

Q_DECLARE_METATYPE(NangoDev::Era)

namespace {

/// A credentials value: a string literal, a QString, a number or an object.
struct Value
{
    Value(const char *s) : v(QString::fromUtf8(s)) {}
    Value(const QString &s) : v(s) {}
    Value(int i) : v(i) {}
    Value(const QVariantMap &m) : v(m) {}
    QVariant v;
};

QVariantMap creds(std::initializer_list<std::pair<const char *, Value>> pairs)
{
    QVariantMap m;
    for (const auto &p : pairs)
        m.insert(QString::fromUtf8(p.first), p.second.v);
    return m;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

NangoAuthOptions withCredentials(const QVariantMap &credentials, Mode mode = NangoAuthMode::Unknown)
{
    NangoAuthOptions o;
    o.setCredentials(credentials);
    o.setAuthMode(mode);
    return o;
}

QJsonObject bodyOf(Mode mode, const NangoAuthOptions &options)
{
    return QJsonDocument::fromJson(credentialsBody(mode, options)).object();
}

/// Answers every HTTP request with one canned response (or never, when it is empty).
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(const QByteArray &response)
        : m_response(response)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_received += s->readAll();
                    if (!m_response.isEmpty() && m_received.contains("\r\n\r\n")) {
                        s->write(m_response);
                        s->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QByteArray received() const { return m_received; }

private:
    QByteArray m_response;
    QByteArray m_received;
};

QByteArray httpResponse(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestModes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nangoNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("window");
        QTest::addColumn<bool>("form");
        const struct
        {
            const char *name;
            Mode mode;
            bool window, form;
        } rows[] = {
            {"OAUTH2", NangoAuthMode::OAuth2, true, false},      {"OAUTH1", NangoAuthMode::OAuth1, true, false},
            {"OAUTH2_CC", NangoAuthMode::OAuth2CC, false, true}, {"API_KEY", NangoAuthMode::ApiKey, false, true},
            {"BASIC", NangoAuthMode::Basic, false, true},        {"NONE", NangoAuthMode::None, false, false},
            {"TWO_STEP", NangoAuthMode::TwoStep, false, true},   {"TBA", NangoAuthMode::Tba, false, true},
            {"JWT", NangoAuthMode::Jwt, false, true},            {"BILL", NangoAuthMode::Bill, false, true},
            {"SIGNATURE", NangoAuthMode::Signature, false, true}, {"AWS_SIGV4", NangoAuthMode::AwsSigV4, false, true},
            {"APP", NangoAuthMode::App, true, false},            {"CUSTOM", NangoAuthMode::Custom, true, false},
        };
        for (const auto &r : rows)
            QTest::newRow(r.name) << QString::fromLatin1(r.name) << int(r.mode) << r.window << r.form;
    }
    void nangoNames()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        QFETCH(bool, window);
        QFETCH(bool, form);
        QCOMPARE(int(NangoAuthMode::fromNangoName(name)), mode);
        QCOMPARE(int(NangoAuthMode::fromNangoName(name.toLower())), mode);
        QCOMPARE(NangoAuthMode::nangoName(Mode(mode)), name);
        QCOMPARE(NangoAuthMode::usesAuthorizationWindow(Mode(mode)), window);
        QCOMPARE(NangoAuthMode::needsCredentials(Mode(mode)), form);
    }

    void windowAliases()
    {
        for (const char *alias : {"MCP_OAUTH2", "MCP_OAUTH2_GENERIC", "INSTALL_PLUGIN"})
            QCOMPARE(NangoAuthMode::fromNangoName(QString::fromLatin1(alias)), NangoAuthMode::OAuth2);
        QCOMPARE(NangoAuthMode::fromNangoName(u"APP_STORE"), NangoAuthMode::Unknown);
        QVERIFY(!NangoAuthMode::usesAuthorizationWindow(NangoAuthMode::Unknown));
    }

    // The JS SDK's order (packages/frontend/lib/index.ts, auth() → convertCredentialsToConfig() → customAuth()).
    void inference_data()
    {
        QTest::addColumn<QVariantMap>("credentials");
        QTest::addColumn<QString>("installation");
        QTest::addColumn<int>("mode");
        const QString none;
        const QString outbound = QStringLiteral("outbound");
        QTest::newRow("nothing: window") << QVariantMap() << none << int(NangoAuthMode::OAuth2);
        QTest::newRow("both overrides: window") << creds({{"oauth_client_id_override", "i"}, {"oauth_client_secret_override", "s"}}) << none
                                                << int(NangoAuthMode::OAuth2);
        QTest::newRow("both overrides + apiKey: window, apiKey ignored")
            << creds({{"oauth_client_id_override", "i"}, {"oauth_client_secret_override", "s"}, {"apiKey", "k"}}) << none << int(NangoAuthMode::OAuth2);
        QTest::newRow("one override alone: window (NangoQt)") << creds({{"oauth_client_secret_override", "s"}}) << none << int(NangoAuthMode::OAuth2);
        QTest::newRow("both overrides + TBA tokens: TBA")
            << creds({{"oauth_client_id_override", "i"}, {"oauth_client_secret_override", "s"}, {"token_id", "t"}, {"token_secret", "x"}}) << none
            << int(NangoAuthMode::Tba);
        QTest::newRow("one override + apiKey: API key") << creds({{"oauth_client_id_override", "i"}, {"apiKey", "k"}}) << none << int(NangoAuthMode::ApiKey);
        QTest::newRow("apiKey") << creds({{"apiKey", "k"}}) << none << int(NangoAuthMode::ApiKey);
        QTest::newRow("username") << creds({{"username", "u"}}) << none << int(NangoAuthMode::Basic);
        QTest::newRow("password only") << creds({{"password", ""}}) << none << int(NangoAuthMode::Basic);
        QTest::newRow("apiKey beats username") << creds({{"username", "u"}, {"apiKey", "k"}}) << none << int(NangoAuthMode::ApiKey);
        QTest::newRow("signature") << creds({{"type", "SIGNATURE"}, {"username", "u"}, {"password", "p"}}) << none << int(NangoAuthMode::Signature);
        QTest::newRow("signature without password: Basic") << creds({{"type", "SIGNATURE"}, {"username", "u"}}) << none << int(NangoAuthMode::Basic);
        QTest::newRow("type WSSE: Basic") << creds({{"type", "WSSE"}, {"username", "u"}, {"password", "p"}}) << none << int(NangoAuthMode::Basic);
        QTest::newRow("bill") << creds({{"username", "u"}, {"password", "p"}, {"organization_id", "o"}, {"dev_key", "d"}}) << none
                              << int(NangoAuthMode::Bill);
        QTest::newRow("bill without dev_key: Basic") << creds({{"username", "u"}, {"password", "p"}, {"organization_id", "o"}}) << none
                                                     << int(NangoAuthMode::Basic);
        QTest::newRow("tba") << creds({{"token_id", "t"}, {"token_secret", "s"}}) << none << int(NangoAuthMode::Tba);
        QTest::newRow("tba token_id alone: refused") << creds({{"token_id", "t"}}) << none << int(NangoAuthMode::Unknown);
        QTest::newRow("client credentials") << creds({{"client_id", "c"}, {"client_secret", "s"}}) << none << int(NangoAuthMode::OAuth2CC);
        QTest::newRow("client id + private key") << creds({{"client_id", "c"}, {"client_private_key", "k"}}) << none << int(NangoAuthMode::OAuth2CC);
        QTest::newRow("client id alone: refused") << creds({{"client_id", "c"}}) << none << int(NangoAuthMode::Unknown);
        QTest::newRow("jwt by privateKey") << creds({{"privateKey", "k"}}) << none << int(NangoAuthMode::Jwt);
        QTest::newRow("jwt by type") << creds({{"type", "JWT"}, {"issuerId", "i"}}) << none << int(NangoAuthMode::Jwt);
        QTest::newRow("jwt with a username: Basic (the SDK's order)") << creds({{"privateKey", "k"}, {"username", "u"}}) << none
                                                                       << int(NangoAuthMode::Basic);
        QTest::newRow("two step") << creds({{"type", "TWO_STEP"}, {"token", "t"}}) << none << int(NangoAuthMode::TwoStep);
        QTest::newRow("two step with apiKey: two step first") << creds({{"type", "TWO_STEP"}, {"apiKey", "k"}}) << none << int(NangoAuthMode::TwoStep);
        QTest::newRow("aws") << creds({{"type", "AWS_SIGV4"}, {"role_arn", "arn"}}) << none << int(NangoAuthMode::AwsSigV4);
        QTest::newRow("aws without role_arn: aws (checked later)") << creds({{"type", "AWS_SIGV4"}}) << none << int(NangoAuthMode::AwsSigV4);
        QTest::newRow("role_arn without type: refused") << creds({{"role_arn", "arn"}}) << none << int(NangoAuthMode::Unknown);
        QTest::newRow("unknown keys: refused") << creds({{"foo", "bar"}}) << none << int(NangoAuthMode::Unknown);
        QTest::newRow("outbound, nothing") << QVariantMap() << outbound << int(NangoAuthMode::OAuth2);
        QTest::newRow("outbound, overrides: outbound") << creds({{"oauth_client_id_override", "i"}, {"oauth_client_secret_override", "s"}}) << outbound
                                                       << int(NangoAuthMode::OAuth2);
        QTest::newRow("outbound, apiKey: API key first") << creds({{"apiKey", "k"}}) << outbound << int(NangoAuthMode::ApiKey);
        QTest::newRow("installation other than outbound: window") << QVariantMap() << QStringLiteral("direct") << int(NangoAuthMode::OAuth2);
    }
    void inference()
    {
        QFETCH(QVariantMap, credentials);
        QFETCH(QString, installation);
        QFETCH(int, mode);
        QCOMPARE(int(inferMode(credentials, installation)), mode);
        NangoAuthOptions o = withCredentials(credentials);
        o.setInstallation(installation);
        QCOMPARE(int(o.effectiveAuthMode()), mode);
        QCOMPARE(int(flowMode(o, false)), mode);
        QCOMPARE(isOutbound(Mode(mode), o), installation == QLatin1String("outbound") && mode == NangoAuthMode::OAuth2);
    }

    void explicitModeWins()
    {
        NangoAuthOptions o = withCredentials(creds({{"apiKey", "k"}}), NangoAuthMode::Tba);
        QCOMPARE(flowMode(o, false), NangoAuthMode::Tba);
        QCOMPARE(o.effectiveAuthMode(), NangoAuthMode::Tba);
        QCOMPARE(flowMode(o, true), NangoAuthMode::None); // create()
        o.setAuthMode(NangoAuthMode::OAuth1);
        QVERIFY(opensWindow(NangoAuthMode::OAuth1, o));
        o.setInstallation(QStringLiteral("outbound"));
        QVERIFY(opensWindow(NangoAuthMode::OAuth1, o)); // outbound is OAUTH2's
        QVERIFY(!opensWindow(NangoAuthMode::OAuth2, o));
    }

    void endpoints()
    {
        NangoAuthOptions o;
        const QList<QPair<Mode, QByteArray>> expected = {
            {NangoAuthMode::ApiKey, "/api-auth/api-key/"},  {NangoAuthMode::Basic, "/api-auth/basic/"},
            {NangoAuthMode::None, "/auth/unauthenticated/"}, {NangoAuthMode::OAuth2CC, "/oauth2/auth/"},
            {NangoAuthMode::TwoStep, "/auth/two-step/"},   {NangoAuthMode::Tba, "/auth/tba/"},
            {NangoAuthMode::Jwt, "/auth/jwt/"},            {NangoAuthMode::Bill, "/auth/bill/"},
            {NangoAuthMode::Signature, "/auth/signature/"}, {NangoAuthMode::AwsSigV4, "/auth/aws-sigv4/"},
            {NangoAuthMode::OAuth2, ""},                   {NangoAuthMode::OAuth1, ""},
        };
        for (const auto &e : expected)
            QCOMPARE(endpointPath(e.first, o), e.second);
        o.setInstallation(QStringLiteral("outbound"));
        QCOMPARE(endpointPath(NangoAuthMode::OAuth2, o), QByteArray("/auth/oauth-outbound/"));
        QVERIFY(credentialsBody(NangoAuthMode::OAuth2, o).isEmpty()); // no body, like the SDK
    }

    void bodies()
    {
        // Signature and TWO_STEP carry their type as the SDK's bodies do; AWS leaves it home.
        QCOMPARE(bodyOf(NangoAuthMode::Signature, withCredentials(creds({{"username", "u"}, {"password", "p"}}))),
                 json(R"({"type":"SIGNATURE","username":"u","password":"p"})"));
        QCOMPARE(bodyOf(NangoAuthMode::Signature, withCredentials(creds({{"type", "WSSE"}, {"username", "u"}, {"password", "p"}}))),
                 json(R"({"type":"WSSE","username":"u","password":"p"})"));
        QCOMPARE(bodyOf(NangoAuthMode::AwsSigV4, withCredentials(creds({{"type", "AWS_SIGV4"}, {"role_arn", "arn:x"}, {"region", ""}}))),
                 json(R"({"role_arn":"arn:x"})"));
        QCOMPARE(bodyOf(NangoAuthMode::AwsSigV4, withCredentials(creds({{"role_arn", "arn:x"}, {"region", "eu-west-1"}}))),
                 json(R"({"role_arn":"arn:x","region":"eu-west-1"})"));
        NangoAuthOptions twoStep = withCredentials(creds({{"token", "t"}, {"nested", creds({{"a", 1}})}}));
        twoStep.setAssertionOption({{QStringLiteral("sub"), QStringLiteral("me")}});
        QCOMPARE(bodyOf(NangoAuthMode::TwoStep, twoStep),
                 json(R"({"type":"TWO_STEP","token":"t","nested":{"a":1},"assertionOption":{"sub":"me"}})"));
        QCOMPARE(bodyOf(NangoAuthMode::Jwt, withCredentials(creds({{"privateKey", creds({{"id", "i"}, {"secret", "s"}})}}))),
                 json(R"({"privateKey":{"id":"i","secret":"s"}})"));
        QCOMPARE(bodyOf(NangoAuthMode::Basic, withCredentials(creds({{"username", "u"}}))), json(R"({"username":"u","password":""})"));
        QCOMPARE(bodyOf(NangoAuthMode::Tba, withCredentials(creds({{"token_id", "t"}, {"token_secret", "s"}, {"oauth_client_id_override", "c"}}))),
                 json(R"({"token_id":"t","token_secret":"s","oauth_client_id_override":"c"})"));
        QCOMPARE(bodyOf(NangoAuthMode::OAuth2CC, withCredentials(creds({{"client_id", "c"}, {"client_secret", "s"}}))),
                 json(R"({"client_id":"c","client_secret":"s"})"));
        QCOMPARE(credentialsBody(NangoAuthMode::None, NangoAuthOptions()), QByteArray("{}"));
    }

    void bodyRules_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QVariantMap>("credentials");
        QTest::addColumn<QString>("type"); ///< empty: accepted
        QTest::addColumn<QString>("named"); ///< what the message names
        const QString missing = QString::fromLatin1(NangoErrorType::MissingCredentials);
        const QString invalid = QString::fromLatin1(NangoErrorType::InvalidBody);
        const auto row = [](const char *name, Mode m, const QVariantMap &c, const QString &type, const char *named) {
            QTest::newRow(name) << int(m) << c << type << QString::fromLatin1(named);
        };
        row("api key ok", NangoAuthMode::ApiKey, creds({{"apiKey", "k"}}), {}, "");
        row("api key empty", NangoAuthMode::ApiKey, creds({{"apiKey", ""}}), missing, "API key");
        row("api key too long", NangoAuthMode::ApiKey, creds({{"apiKey", QString(1025, QLatin1Char('k'))}}), invalid, "1024");
        row("api key unknown field", NangoAuthMode::ApiKey, creds({{"apiKey", "k"}, {"subdomain", "x"}}), invalid, "subdomain");
        row("api key not a string", NangoAuthMode::ApiKey, creds({{"apiKey", creds({{"a", 1}})}}), invalid, "apiKey");
        row("basic empty password ok", NangoAuthMode::Basic, creds({{"username", "u"}, {"password", ""}}), {}, "");
        row("basic nothing", NangoAuthMode::Basic, QVariantMap(), missing, "username");
        row("basic unknown field", NangoAuthMode::Basic, creds({{"username", "u"}, {"privateKey", "k"}}), invalid, "privateKey");
        row("cc ok", NangoAuthMode::OAuth2CC, creds({{"client_id", "c"}, {"client_secret", "s"}}), {}, "");
        row("cc private key ok", NangoAuthMode::OAuth2CC, creds({{"client_id", "c"}, {"client_private_key", "k"}, {"client_certificate", "c"}}), {}, "");
        row("cc no client_id", NangoAuthMode::OAuth2CC, creds({{"client_secret", "s"}}), missing, "client_id");
        row("cc no secret", NangoAuthMode::OAuth2CC, creds({{"client_id", "c"}}), missing, "client_secret");
        row("cc unknown field", NangoAuthMode::OAuth2CC, creds({{"client_id", "c"}, {"client_secret", "s"}, {"scope", "x"}}), invalid, "scope");
        row("tba ok", NangoAuthMode::Tba, creds({{"token_id", "t"}, {"token_secret", "s"}}), {}, "");
        row("tba no secret", NangoAuthMode::Tba, creds({{"token_id", "t"}}), missing, "token_secret");
        row("tba empty token_id", NangoAuthMode::Tba, creds({{"token_id", ""}, {"token_secret", "s"}}), missing, "token_id");
        row("tba unknown field", NangoAuthMode::Tba, creds({{"token_id", "t"}, {"token_secret", "s"}, {"accountId", "a"}}), invalid, "accountId");
        row("bill ok", NangoAuthMode::Bill, creds({{"username", "u"}, {"password", "p"}, {"organization_id", "o"}, {"dev_key", "d"}}), {}, "");
        row("bill no dev_key", NangoAuthMode::Bill, creds({{"username", "u"}, {"password", "p"}, {"organization_id", "o"}}), missing, "dev_key");
        row("bill empty password", NangoAuthMode::Bill, creds({{"username", "u"}, {"password", ""}, {"organization_id", "o"}, {"dev_key", "d"}}), missing,
            "password");
        row("signature ok", NangoAuthMode::Signature, creds({{"type", "WSSE"}, {"username", "u"}, {"password", "p"}}), {}, "");
        row("signature type filled in", NangoAuthMode::Signature, creds({{"username", "u"}, {"password", "p"}}), {}, "");
        row("signature empty type", NangoAuthMode::Signature, creds({{"type", ""}, {"username", "u"}, {"password", "p"}}), missing, "type");
        row("signature no password", NangoAuthMode::Signature, creds({{"username", "u"}}), missing, "password");
        row("signature unknown field", NangoAuthMode::Signature, creds({{"username", "u"}, {"password", "p"}, {"nonce", "n"}}), invalid, "nonce");
        row("aws ok", NangoAuthMode::AwsSigV4, creds({{"role_arn", "arn"}, {"region", "us-east-1"}}), {}, "");
        row("aws type ok", NangoAuthMode::AwsSigV4, creds({{"type", "AWS_SIGV4"}, {"role_arn", "arn"}}), {}, "");
        row("aws no role_arn", NangoAuthMode::AwsSigV4, creds({{"type", "AWS_SIGV4"}}), missing, "role_arn");
        row("aws bad region", NangoAuthMode::AwsSigV4, creds({{"role_arn", "arn"}, {"region", "evil.example/x"}}), invalid, "region");
        row("aws other type", NangoAuthMode::AwsSigV4, creds({{"type", "JWT"}, {"role_arn", "arn"}}), invalid, "type");
        row("aws unknown field", NangoAuthMode::AwsSigV4, creds({{"role_arn", "arn"}, {"external_id", "e"}}), invalid, "external_id");
        row("jwt anything ok", NangoAuthMode::Jwt, creds({{"issuerId", "i"}, {"privateKeyId", "k"}, {"privateKey", "p"}}), {}, "");
        row("jwt nothing", NangoAuthMode::Jwt, creds({{"type", "JWT"}}), missing, "JWT");
        row("two step anything ok", NangoAuthMode::TwoStep, creds({{"type", "TWO_STEP"}, {"token", "t"}}), {}, "");
        row("two step nothing", NangoAuthMode::TwoStep, QVariantMap(), missing, "TWO_STEP");
    }
    void bodyRules()
    {
        QFETCH(int, mode);
        QFETCH(QVariantMap, credentials);
        QFETCH(QString, type);
        QFETCH(QString, named);
        const auto e = checkCredentials(Mode(mode), withCredentials(credentials, Mode(mode)));
        if (type.isEmpty()) {
            QVERIFY2(!e, e ? qPrintable(e->type + QLatin1Char(' ') + e->message) : "");
            return;
        }
        QVERIFY(e);
        QCOMPARE(e->type, type);
        QVERIFY2(e->message.contains(named), qPrintable(e->message));
    }

    void schemaRequiredFields()
    {
        // What the catalog's schema model passes: required fields of JWT / TWO_STEP (and any mode).
        NangoAuthOptions o = withCredentials(creds({{"issuerId", "i"}, {"privateKey", ""}}), NangoAuthMode::Jwt);
        o.setRequiredCredentials({QStringLiteral("issuerId"), QStringLiteral("privateKeyId"), QStringLiteral("privateKey")});
        auto e = checkCredentials(NangoAuthMode::Jwt, o);
        QVERIFY(e);
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::MissingCredentials));
        QVERIFY2(e->message.contains(QLatin1String("\"privateKeyId\"")), qPrintable(e->message));
        o.setCredentials(creds({{"issuerId", "i"}, {"privateKeyId", "k"}, {"privateKey", "p"}}));
        QVERIFY(!checkCredentials(NangoAuthMode::Jwt, o));
        const NangoAuthOptions fromMap = NangoAuthOptions::fromVariantMap(
            {{QStringLiteral("credentials"), creds({{"token", "t"}})}, {QStringLiteral("required_credentials"), QStringList{QStringLiteral("code")}},
             {QStringLiteral("auth_mode"), QStringLiteral("TWO_STEP")}});
        e = checkCredentials(NangoAuthMode::TwoStep, fromMap);
        QVERIFY(e && e->message.contains(QLatin1String("\"code\"")));
    }

    void checkModeNamesUnsendableKeys()
    {
        const NangoFlowRequest r{QStringLiteral("x"), QString(), withCredentials(creds({{"role_arn", "a"}, {"foo", "b"}})), false};
        const auto e = checkMode(flowMode(r.options, false), r);
        QVERIFY(e);
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::MissingCredentials));
        QVERIFY2(e->message.contains(QLatin1String("foo")) && e->message.contains(QLatin1String("role_arn")), qPrintable(e->message));
        // Every POST mode checks the HMAC's connection id; the window does not.
        NangoAuthOptions hmac = withCredentials(creds({{"token_id", "t"}, {"token_secret", "s"}}));
        hmac.setHmac(QStringLiteral("h"));
        QCOMPARE(checkMode(NangoAuthMode::Tba, {QStringLiteral("x"), QString(), hmac, false})->type, QString::fromLatin1(NangoErrorType::MissingConnectionId));
        NangoAuthOptions outbound;
        outbound.setInstallation(QStringLiteral("outbound"));
        outbound.setHmac(QStringLiteral("h"));
        QCOMPARE(checkMode(NangoAuthMode::OAuth2, {QStringLiteral("x"), QString(), outbound, false})->type,
                 QString::fromLatin1(NangoErrorType::MissingConnectionId));
    }

    void optionsKeepTheSdkObject()
    {
        const QVariantMap c = creds({{"token_id", "t"}, {"token_secret", "s"}, {"oauth_client_id_override", "c"}});
        NangoAuthOptions o = NangoAuthOptions::fromVariantMap({{QStringLiteral("credentials"), c},
                                                              {QStringLiteral("installation"), QStringLiteral("outbound")},
                                                              {QStringLiteral("assertionOption"), creds({{"a", 1}})},
                                                              {QStringLiteral("auth_mode"), int(NangoAuthMode::Tba)}});
        QCOMPARE(o.credentials(), c);
        QCOMPARE(o.oauthClientIdOverride(), QStringLiteral("c"));
        QCOMPARE(o.otherCredentials(), creds({{"token_id", "t"}, {"token_secret", "s"}}));
        QCOMPARE(o.installation(), QStringLiteral("outbound"));
        QCOMPARE(o.authMode(), NangoAuthMode::Tba);
        QCOMPARE(o.assertionOption().value(QStringLiteral("a")).toInt(), 1);
        // The typed setters write into the same object.
        o.setApiKey(QStringLiteral("k"));
        QCOMPARE(o.credentials().value(QStringLiteral("apiKey")).toString(), QStringLiteral("k"));
        o.setOtherCredentials({});
        QCOMPARE(o.credentials(), creds({{"apiKey", "k"}, {"oauth_client_id_override", "c"}}));
        o.setOAuthClientIdOverride(QString());
        QCOMPARE(o.credentials(), creds({{"apiKey", "k"}}));
        QCOMPARE(NangoAuthOptions::fromVariantMap({{QStringLiteral("auth_mode"), 99}}).authMode(), NangoAuthMode::Unknown);
        QCOMPARE(NangoAuthOptions::fromVariantMap({{QStringLiteral("auth_mode"), QStringLiteral("aws_sigv4")}}).authMode(), NangoAuthMode::AwsSigV4);
    }

    // --- against servers ---

    void refusedBeforeAnyRequest_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QVariantMap>("credentials");
        QTest::addColumn<QString>("type");
        QTest::newRow("inferred: nothing matches") << int(NangoAuthMode::Unknown) << creds({{"token_id", "t"}}) << QString::fromLatin1(NangoErrorType::MissingCredentials);
        QTest::newRow("tba missing secret") << int(NangoAuthMode::Tba) << creds({{"token_id", "t"}}) << QString::fromLatin1(NangoErrorType::MissingCredentials);
        QTest::newRow("api key with a stray field") << int(NangoAuthMode::Unknown) << creds({{"apiKey", "k"}, {"region", "x"}})
                                                    << QString::fromLatin1(NangoErrorType::InvalidBody);
        QTest::newRow("bill missing field") << int(NangoAuthMode::Bill) << creds({{"username", "u"}}) << QString::fromLatin1(NangoErrorType::MissingCredentials);
        QTest::newRow("aws bad region") << int(NangoAuthMode::Unknown) << creds({{"type", "AWS_SIGV4"}, {"role_arn", "a"}, {"region", "A B"}})
                                        << QString::fromLatin1(NangoErrorType::InvalidBody);
    }
    void refusedBeforeAnyRequest()
    {
        QFETCH(int, mode);
        QFETCH(QVariantMap, credentials);
        QFETCH(QString, type);
        TestEnv env(Era::Current);
        env.server->clearRequestLog();
        NangoAuthFlow *flow = env.nango->auth(QStringLiteral("stripe"), QString(), withCredentials(credentials, Mode(mode)));
        FlowResult r(flow);
        VERIFY_FAILED_WITH(r, qPrintable(type));
        QVERIFY(env.server->requestLog().isEmpty());
    }

    void explicitModeGoesToItsEndpoint()
    {
        TestEnv env(Era::Current);
        NangoAuthOptions o = withCredentials(creds({{"apiKey", "sk_explicit"}}), NangoAuthMode::ApiKey);
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), o));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(env.server->requestLog().last().path, QStringLiteral("/api-auth/api-key/stripe"));
    }

    void okAnswerWithErrorDocumentFails_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::newRow("tba: 200 invalid_credentials") << QByteArray(R"({"error":{"code":"invalid_credentials","message":"The NetSuite test call failed."}})")
                                                      << QStringLiteral("invalid_credentials");
        QTest::newRow("seed shape in a 200") << QByteArray(R"({"error":"Nope","type":"some_code"})") << QStringLiteral("some_code");
    }
    void okAnswerWithErrorDocumentFails()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        CannedHttpServer server(httpResponse(200, body));
        NangoAuth nango;
        nango.setHost(server.url());
        nango.setPublicKey(QStringLiteral("pk"));
        FlowResult r(nango.auth(QStringLiteral("tba-dev"), QStringLiteral("c1"), withCredentials(creds({{"token_id", "t"}, {"token_secret", "s"}}))));
        VERIFY_FAILED_WITH(r, qPrintable(type));
        QVERIFY(server.received().startsWith("POST /auth/tba/tba-dev?"));
        QVERIFY(server.received().contains(R"({"token_id":"t","token_secret":"s"})"));
    }

    void requestTimeoutNamesEndpointAndHost_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QVariantMap>("credentials");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("devServer"); ///< else a socket that reads and never answers
        QTest::newRow("api key, dev server neverAnswer") << int(NangoAuthMode::ApiKey) << creds({{"apiKey", "k"}})
                                                         << QStringLiteral("/api-auth/api-key/stripe") << true;
        QTest::newRow("bill, silent socket") << int(NangoAuthMode::Bill)
                                             << creds({{"username", "u"}, {"password", "p"}, {"organization_id", "o"}, {"dev_key", "d"}})
                                             << QStringLiteral("/auth/bill/stripe") << false;
    }
    void requestTimeoutNamesEndpointAndHost()
    {
        QFETCH(int, mode);
        QFETCH(QVariantMap, credentials);
        QFETCH(QString, path);
        QFETCH(bool, devServer);
        TestEnv env(Era::Current);
        Faults f;
        f.neverAnswer = true;
        env.server->setFaults(f);
        CannedHttpServer silent{QByteArray()};
        if (!devServer)
            env.nango->setHost(silent.url());
        QSignalSpy changed(env.nango.get(), &NangoAuth::requestTimeoutChanged);
        QCOMPARE(env.nango->requestTimeout(), NangoAuth::DefaultRequestTimeout);
        env.nango->setRequestTimeout(300);
        QCOMPARE(changed.count(), 1);
        env.nango->setTimeout(20000); // the flow's own bound stays, and is longer
        QElapsedTimer t;
        t.start();
        FlowResult r(env.nango->auth(QStringLiteral("stripe"), QString(), withCredentials(credentials, Mode(mode))));
        VERIFY_FAILED_WITH(r, NangoErrorType::Timeout);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(r.message().contains(path), qPrintable(r.message()));
        QVERIFY2(r.message().contains(env.nango->host().toString()), qPrintable(r.message()));
        QVERIFY2(!r.message().contains(QLatin1String("nango_connect_session_")), qPrintable(r.message())); // no query, no token
    }

    // Every mode against the dev server's per-mode integrations of the sample file.
    void devServerModes_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<int>("mode"); ///< Unknown: inferred
        QTest::addColumn<QVariantMap>("credentials");
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QString>("installation");
        QTest::addColumn<QString>("type"); ///< empty: connects
        const QVariantMap none;
        const QString unknown;
        const int infer = int(NangoAuthMode::Unknown);
        const QVariantMap cc = creds({{"client_id", "cid"}, {"client_secret", "cs"}});
        const QVariantMap tba = creds({{"token_id", "tid"}, {"token_secret", "ts"}});
        const QVariantMap account = creds({{"accountId", "1234"}});
        const QVariantMap jwt = creds({{"issuerId", "iss"}, {"privateKeyId", "kid"}, {"privateKey", "-----BEGIN PRIVATE KEY-----"}});
        const QVariantMap bill = creds({{"username", "u"}, {"password", "p"}, {"organization_id", "o"}, {"dev_key", "d"}});
        const QVariantMap signature = creds({{"type", "SIGNATURE"}, {"username", "u"}, {"password", "p"}});
        const QVariantMap aws = creds({{"type", "AWS_SIGV4"}, {"role_arn", "arn:aws:iam::123456789012:role/nango"}, {"region", "us-east-1"}});
        const QVariantMap externalId = creds({{"external_id", "6f1c1c36-6f4b-4b34-9d8f-0e7f5b0c2a11"}});
        const auto with = [](QVariantMap m, const char *key, const char *value) {
            m.insert(QString::fromLatin1(key), QString::fromLatin1(value));
            return m;
        };
        QTest::newRow("OAUTH2_CC") << "oauth2-cc-dev" << infer << cc << none << unknown << QString();
        QTest::newRow("OAUTH2_CC refused") << "oauth2-cc-dev" << infer << with(cc, "client_secret", "invalid") << none << unknown
                                           << "client_credentials_fetch_error";
        QTest::newRow("TBA") << "tba-dev" << infer << tba << account << unknown << QString();
        QTest::newRow("TBA refused inside a 200") << "tba-dev" << infer << with(tba, "token_secret", "invalid") << account << unknown
                                                  << "invalid_credentials";
        QTest::newRow("JWT") << "jwt-dev" << int(NangoAuthMode::Jwt) << jwt << none << unknown << QString();
        QTest::newRow("JWT refused") << "jwt-dev" << int(NangoAuthMode::Jwt) << with(jwt, "privateKey", "invalid") << none << unknown
                                     << "connection_test_failed";
        QTest::newRow("BILL") << "bill-dev" << infer << bill << none << unknown << QString();
        QTest::newRow("BILL refused: never answered") << "bill-dev" << infer << with(bill, "password", "invalid") << none << unknown << "timeout";
        QTest::newRow("SIGNATURE") << "signature-dev" << infer << signature << none << unknown << QString();
        QTest::newRow("SIGNATURE refused: never answered") << "signature-dev" << infer << with(signature, "password", "invalid") << none << unknown
                                                           << "timeout";
        QTest::newRow("AWS_SIGV4") << "aws-sigv4-dev" << infer << aws << externalId << unknown << QString();
        QTest::newRow("AWS_SIGV4 refused") << "aws-sigv4-dev" << infer << with(aws, "role_arn", "invalid") << externalId << unknown
                                           << "aws_sigv4_sts_request_failed";
        QTest::newRow("outbound") << "outbound-dev" << infer << none << none << "outbound" << QString();
        QTest::newRow("wrong mode for the integration") << "tba-dev" << infer << cc << none << unknown << "invalid_auth_mode";
    }
    void devServerModes()
    {
        QFETCH(QString, integration);
        QFETCH(int, mode);
        QFETCH(QVariantMap, credentials);
        QFETCH(QVariantMap, params);
        QFETCH(QString, installation);
        QFETCH(QString, type);
        NangoDevServer sample;
        QString error;
        QVERIFY2(sample.loadIntegrations(NangoDevServer::sampleIntegrationsFile(), &error), qPrintable(error));
        const QList<Integration> integrations = sample.integrations();
        QVERIFY2(std::any_of(integrations.cbegin(), integrations.cend(), [&](const Integration &i) { return i.uniqueKey == integration; }),
                 qPrintable(QStringLiteral("the sample integrations lack %1").arg(integration)));
        DevServerEnv env(Era::Current, integrations);
        env.nango->setRequestTimeout(1500);
        NangoAuthOptions o = withCredentials(credentials, Mode(mode));
        o.setInstallation(installation);
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            o.setParam(it.key(), it.value().toString());
        FlowResult r(env.nango->auth(integration, QString(), o));
        if (type.isEmpty()) {
            VERIFY_SUCCEEDED(r);
            QCOMPARE(r.providerConfigKey(), integration);
            QCOMPARE(env.server->connections().size(), 1);
        } else {
            VERIFY_FAILED_WITH(r, qPrintable(type));
            QVERIFY(env.server->connections().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestModes)
#include "tst_modes.moc"
