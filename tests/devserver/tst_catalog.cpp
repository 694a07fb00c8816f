// SPDX-License-Identifier: MIT
// The catalog a frontend reads (spec §2) on loopback: GET /connect/session, GET /integrations,
// GET /providers[?search=], GET /providers/:provider, the logos; the Bearer checks and their
// 401s, a token in the query, Accept-Language, sessions' presets, reconnect, expiry, and the
// sample catalog's own shape (every mode, every schema feature).
#include "devservertestutil.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryFile>

using namespace NangoDev;

namespace {
struct Env
{
    explicit Env(Era era = Era::Current)
    {
        server.setEra(era);
        QString error;
        if (!server.loadIntegrations(QStringLiteral(NANGO_DEV_SERVER_SAMPLE), &error) || !server.listen(0, &error))
            qFatal("dev server: %s", qPrintable(error));
        token = server.createConnectSession(QStringLiteral("u1")).toLatin1();
    }
    HttpResult get(const QByteArray &path, const QByteArray &bearer, const QByteArray &language = {}, const QByteArray &method = "GET")
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!bearer.isEmpty())
            headers.append({"Authorization", bearer == "-" ? QByteArray("Token x") : "Bearer " + bearer});
        if (!language.isEmpty())
            headers.append({"Accept-Language", language});
        return http.send(method, QUrl::fromEncoded(server.url().toEncoded() + path), {}, headers);
    }
    QJsonValue data(const QByteArray &path, const QByteArray &language = {})
    {
        return get(path, token, language).json().value(QStringLiteral("data"));
    }
    NangoDevServer server;
    Http http;
    QByteArray token;
};
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bearer_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("bearer"); // TOKEN, SECRET, EXPIRED, "-" = not Bearer
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const char *p : {"/connect/session", "/integrations", "/providers", "/providers/github"}) {
            const QByteArray path(p);
            QTest::addRow("%s: token", p) << path << QByteArray("TOKEN") << 200 << "";
            QTest::addRow("%s: no header", p) << path << QByteArray() << 401 << "missing_auth_header";
            QTest::addRow("%s: not bearer", p) << path << QByteArray("-") << 401 << "malformed_auth_header";
            QTest::addRow("%s: token format", p) << path << QByteArray("nango_connect_session_abc") << 401 << "invalid_connect_session_token_format";
            QTest::addRow("%s: unknown token", p) << path << "nango_connect_session_" + QByteArray(64, 'b') << 401 << "unknown_connect_session_token";
            QTest::addRow("%s: expired token", p) << path << QByteArray("EXPIRED") << 401 << "unknown_connect_session_token";
            QTest::addRow("%s: token in the query only", p) << path + "?connect_session_token=TOKEN" << QByteArray() << 401 << "missing_auth_header";
        }
        QTest::newRow("session: no secret key") << QByteArray("/connect/session") << QByteArray("SECRET") << 401 << "invalid_connect_session_token_format";
        QTest::newRow("integrations: secret key") << QByteArray("/integrations") << QByteArray("SECRET") << 200 << "";
        QTest::newRow("providers: secret key") << QByteArray("/providers") << QByteArray("SECRET") << 200 << "";
        QTest::newRow("providers: wrong secret") << QByteArray("/providers") << QByteArray("0f8fad5b-d9cb-469f-a165-70867728950e") << 401 << "unknown_account";
        QTest::newRow("session: a token in the query too") << QByteArray("/connect/session?connect_session_token=TOKEN") << QByteArray("TOKEN") << 400 << "invalid_query_params";
        QTest::newRow("provider: a token in the query too") << QByteArray("/providers/github?connect_session_token=TOKEN") << QByteArray("TOKEN") << 400 << "invalid_query_params";
        QTest::newRow("providers: a token in the query too") << QByteArray("/providers?connect_session_token=TOKEN") << QByteArray("TOKEN") << 400 << "invalid_query_params";
        QTest::newRow("providers: search ok") << QByteArray("/providers?search=git") << QByteArray("TOKEN") << 200 << "";
        QTest::newRow("providers: bad search") << QByteArray("/providers?search=%5Bx") << QByteArray("TOKEN") << 400 << "invalid_query_params";
        QTest::newRow("provider: unknown") << QByteArray("/providers/nope") << QByteArray("TOKEN") << 404 << "not_found";
        QTest::newRow("provider: bad name") << QByteArray("/providers/a%24b") << QByteArray("TOKEN") << 400 << "invalid_uri_params";
    }
    void bearer()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, bearer);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env;
        const QByteArray expired = env.server.createConnectSession(QStringLiteral("old")).toLatin1();
        env.server.expireConnectSession(QString::fromLatin1(expired));
        path.replace("TOKEN", env.token);
        bearer.replace("TOKEN", env.token).replace("SECRET", env.server.secretKey().toLatin1()).replace("EXPIRED", expired);
        const HttpResult r = env.get(path, bearer);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        if (code == QLatin1String("not_found"))
            QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("Unknown provider nope"));
        if (code == QLatin1String("invalid_query_params") && path.contains("connect_session_token"))
            QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("errors")).toArray().first().toObject()
                         .value(QStringLiteral("code")).toString(), QStringLiteral("unrecognized_keys"));
    }

    void connectSession()
    {
        Env env;
        env.server.setWebSocketPath(QStringLiteral("/ws"));
        QJsonObject data = env.data("/connect/session").toObject();
        QCOMPARE(data.keys(), (QStringList{QStringLiteral("connectUISettings"), QStringLiteral("endUser"), QStringLiteral("websocketsPath")}));
        const QJsonObject user = data.value(QStringLiteral("endUser")).toObject();
        QCOMPARE(user.value(QStringLiteral("id")).toString(), QStringLiteral("u1"));
        for (const char *k : {"display_name", "email", "tags", "organization"})
            QVERIFY2(user.value(QLatin1String(k)).isNull(), k);
        QCOMPARE(data.value(QStringLiteral("websocketsPath")).toString(), QStringLiteral("/ws"));
        QCOMPARE(data.value(QStringLiteral("connectUISettings")).toObject().value(QStringLiteral("defaultTheme")).toString(), QStringLiteral("system"));

        // POST /connect/sessions with everything: end user, allowed integrations, config defaults.
        const QByteArray body = R"({"end_user":{"id":"u2","email":"a@b.c","display_name":"Ann"},"allowed_integrations":["posthog-dev","tba-dev"],
            "integrations_config_defaults":{"posthog-dev":{"user_scopes":"x","connection_config":{"subdomain":"eu"}},"tba-dev":{"authorization_params":{"a":"b"}}}})";
        const HttpResult made = env.http.send("POST", serverUrl(env.server, "/connect/sessions"), body,
                                              {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + env.server.secretKey().toLatin1()}});
        QCOMPARE(made.status, 201);
        env.token = made.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString().toLatin1();
        data = env.data("/connect/session").toObject();
        QCOMPARE(data.value(QStringLiteral("endUser")).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("a@b.c"));
        QCOMPARE(data.value(QStringLiteral("endUser")).toObject().value(QStringLiteral("display_name")).toString(), QStringLiteral("Ann"));
        QCOMPARE(data.value(QStringLiteral("allowed_integrations")).toArray(), (QJsonArray{QStringLiteral("posthog-dev"), QStringLiteral("tba-dev")}));
        const QJsonObject defaults = data.value(QStringLiteral("integrations_config_defaults")).toObject();
        QCOMPARE(defaults.value(QStringLiteral("posthog-dev")).toObject(),
                 (QJsonObject{{QStringLiteral("connection_config"), QJsonObject{{QStringLiteral("subdomain"), QStringLiteral("eu")}}}}));
        QCOMPARE(defaults.value(QStringLiteral("tba-dev")).toObject().value(QStringLiteral("authorization_params")).toObject().value(QStringLiteral("a")).toString(),
                 QStringLiteral("b"));
        QVERIFY(!data.contains(QStringLiteral("isReconnecting")));

        // The list of integrations follows allowed_integrations.
        QStringList keys;
        for (const QJsonValue &v : env.data("/integrations").toArray())
            keys << v.toObject().value(QStringLiteral("unique_key")).toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("tba-dev"), QStringLiteral("posthog-dev")}));

        // Bad defaults are refused.
        const HttpResult bad = env.http.send("POST", serverUrl(env.server, "/connect/sessions"),
                                             R"({"end_user":{"id":"u"},"integrations_config_defaults":{"x":{"scopes":[]}}})",
                                             {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + env.server.secretKey().toLatin1()}});
        QCOMPARE(bad.code(), QStringLiteral("invalid_body"));

        // C++: the same defaults.
        env.token = env.server.createConnectSession(QStringLiteral("u3"), {}, QJsonObject{{QStringLiteral("stripe-dev"), QJsonObject{}}}).toLatin1();
        QVERIFY(env.data("/connect/session").toObject().value(QStringLiteral("integrations_config_defaults")).toObject().contains(QStringLiteral("stripe-dev")));
    }

    void reconnectSession()
    {
        Env env;
        const HttpResult made = env.http.postJson(serverUrl(env.server, "/api-auth/api-key/posthog-dev", "connect_session_token=" + env.token),
                                                  "{\"apiKey\":\"phx_1\"}");
        const QString id = made.json().value(QStringLiteral("connectionId")).toString();
        env.token = env.server.createReconnectSession(id, QStringLiteral("posthog-dev")).toLatin1();
        const QJsonObject data = env.data("/connect/session").toObject();
        QCOMPARE(data.value(QStringLiteral("isReconnecting")).toBool(), true);
        QCOMPARE(data.value(QStringLiteral("allowed_integrations")).toArray(), QJsonArray{QStringLiteral("posthog-dev")});
        QCOMPARE(data.value(QStringLiteral("endUser")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("u1"));
        QCOMPARE(env.data("/integrations").toArray().size(), 1);
    }

    void expiryAndDelete()
    {
        Env env;
        QCOMPARE(env.get("/connect/session", env.token).status, 200);
        env.server.expireConnectSession(QString::fromLatin1(env.token));
        QCOMPARE(env.get("/connect/session", env.token).code(), QStringLiteral("unknown_connect_session_token"));
        QCOMPARE(env.http.postJson(serverUrl(env.server, "/api-auth/api-key/stripe-dev", "connect_session_token=" + env.token), "{\"apiKey\":\"k\"}").code(),
                 QStringLiteral("unknown_connect_session_token"));
        // A short lifetime expires by itself.
        env.server.setConnectSessionLifetime(1);
        const QByteArray brief = env.server.createConnectSession(QStringLiteral("u")).toLatin1();
        QCOMPARE(env.get("/providers/github", brief).status, 200);
        QTest::qWait(1100);
        QCOMPARE(env.get("/providers/github", brief).code(), QStringLiteral("unknown_connect_session_token"));
        // DELETE /connect/session: 204, then the token is unknown.
        env.server.setConnectSessionLifetime(60);
        const QByteArray other = env.server.createConnectSession(QStringLiteral("u")).toLatin1();
        const HttpResult deleted = env.get("/connect/session", other, {}, "DELETE");
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(env.get("/connect/session", other).code(), QStringLiteral("unknown_connect_session_token"));
    }

    void integrations()
    {
        Env env;
        const QJsonArray list = env.data("/integrations").toArray();
        QCOMPARE(list.size(), env.server.integrations().size());
        QSet<QString> withPreset, withLabel;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *k : {"unique_key", "provider", "display_name", "logo", "forward_webhooks", "created_at", "updated_at"})
                QVERIFY2(o.contains(QLatin1String(k)), k);
            const QString provider = o.value(QStringLiteral("provider")).toString();
            QCOMPARE(o.value(QStringLiteral("logo")).toString(),
                     env.server.url().toString() + QStringLiteral("/images/template-logos/") + provider + QStringLiteral(".svg"));
            if (o.contains(QStringLiteral("preconfigured_credentials")))
                withPreset << o.value(QStringLiteral("unique_key")).toString();
            if (o.contains(QStringLiteral("credentials_label")))
                withLabel << o.value(QStringLiteral("unique_key")).toString();
        }
        QCOMPARE(withPreset, QSet<QString>{QStringLiteral("app-store-preset")});
        QCOMPARE(withLabel, QSet<QString>{QStringLiteral("openai-dev")});
        for (const QJsonValue &v : list) {
            if (v.toObject().value(QStringLiteral("unique_key")).toString() == QLatin1String("app-store-preset"))
                QCOMPARE(v.toObject().value(QStringLiteral("preconfigured_credentials")).toArray(), QJsonArray{QStringLiteral("issuerId")});
        }
    }

    void logos()
    {
        Env env;
        const QJsonObject providers = env.server.providers();
        for (auto it = providers.begin(); it != providers.end(); ++it) {
            const HttpResult r = env.http.get(QUrl(env.server.url().toString() + QStringLiteral("/images/template-logos/") + it.key() + QStringLiteral(".svg")));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("content-type"), QByteArray("image/svg+xml"));
            QVERIFY2(r.body.startsWith("<svg "), qPrintable(it.key()));
        }
        QCOMPARE(env.http.get(serverUrl(env.server, "/images/template-logos/nope.svg")).status, 404);
        QCOMPARE(env.http.get(serverUrl(env.server, "/images/template-logos/..%2Fdevserver%2Fintegrations.sample.json")).status, 404);
    }

    void providers()
    {
        Env env;
        const QJsonArray all = env.data("/providers").toArray();
        QCOMPARE(all.size(), env.server.providers().size());
        QVERIFY(all.size() >= 20);
        for (const QJsonValue &v : all) {
            const QJsonObject p = v.toObject();
            const QString name = p.value(QStringLiteral("name")).toString();
            QCOMPARE(p.value(QStringLiteral("logo_url")).toString(),
                     env.server.url().toString() + QStringLiteral("/images/template-logos/") + name + QStringLiteral(".svg"));
            QVERIFY(!p.contains(QStringLiteral("translations")));
            QVERIFY(!p.value(QStringLiteral("auth_mode")).toString().isEmpty());
        }
        const QJsonArray git = env.data("/providers?search=GIT").toArray();
        QCOMPARE(git.size(), 1);
        QCOMPARE(git.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("github"));
        QCOMPARE(env.data("/providers?search=zzz").toArray().size(), 0);
        // Not filtered by the session.
        env.token = env.server.createConnectSession(QStringLiteral("u"), {QStringLiteral("github-dev")}).toLatin1();
        QCOMPARE(env.data("/providers").toArray().size(), all.size());

        const QJsonObject jira = env.data("/providers/jira-basic").toObject();
        QCOMPARE(jira.value(QStringLiteral("name")).toString(), QStringLiteral("jira-basic"));
        QCOMPARE(jira.value(QStringLiteral("auth_mode")).toString(), QStringLiteral("BASIC"));
        const QJsonObject subdomain = jira.value(QStringLiteral("connection_config")).toObject().value(QStringLiteral("subdomain")).toObject();
        QCOMPARE(subdomain.value(QStringLiteral("prefix")).toString(), QStringLiteral("https://"));
        QCOMPARE(subdomain.value(QStringLiteral("suffix")).toString(), QStringLiteral(".atlassian.net"));
        QCOMPARE(subdomain.value(QStringLiteral("pattern")).toString(), QStringLiteral("^[a-z0-9_-]+$"));
    }

    void acceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QString>("apiKeyTitle");
        QTest::newRow("none") << QByteArray() << "API Key";
        QTest::newRow("en") << QByteArray("en-US,en;q=0.9") << "API Key";
        QTest::newRow("de") << QByteArray("de") << "API-Schlüssel";
        QTest::newRow("de-DE with q") << QByteArray("de-DE,de;q=0.9,en;q=0.8") << "API-Schlüssel";
        QTest::newRow("fr") << QByteArray("fr-FR") << "Clé API";
        QTest::newRow("es") << QByteArray("es") << "Clave API";
        QTest::newRow("unsupported first") << QByteArray("ja,de;q=0.5") << "API-Schlüssel";
        QTest::newRow("q order") << QByteArray("fr;q=0.3, de;q=0.7") << "API-Schlüssel";
        QTest::newRow("unsupported only") << QByteArray("ja") << "API Key";
    }
    void acceptLanguage()
    {
        QFETCH(QByteArray, language);
        QFETCH(QString, apiKeyTitle);
        Env env;
        const QJsonObject posthog = env.data("/providers/posthog", language).toObject();
        QCOMPARE(posthog.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("apiKey")).toObject().value(QStringLiteral("title")).toString(),
                 apiKeyTitle);
        // A translation changes words only: the schema stays.
        const QJsonObject apiKey = posthog.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("apiKey")).toObject();
        QCOMPARE(apiKey.value(QStringLiteral("pattern")).toString(), QStringLiteral("^phx_[A-Za-z0-9]+$"));
        QCOMPARE(posthog.value(QStringLiteral("connection_config")).toObject().value(QStringLiteral("subdomain")).toObject()
                     .value(QStringLiteral("enum")).toArray().size(), 4);
        // And in the list too.
        for (const QJsonValue &v : env.data("/providers?search=posthog", language).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("credentials")).toObject().value(QStringLiteral("apiKey")).toObject()
                         .value(QStringLiteral("title")).toString(), apiKeyTitle);
    }

    void sampleCatalog()
    {
        // The sample's catalog: every integration's provider is in it, with the integration's
        // mode; every mode of the contract; every field feature of Nango's schema somewhere.
        Env env;
        const QJsonObject providers = env.server.providers();
        QMap<QString, int> perMode;
        for (auto it = providers.begin(); it != providers.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            QString mode = p.value(QStringLiteral("auth_mode")).toString();
            if (p.value(QStringLiteral("installation")).toString() == QLatin1String("outbound"))
                mode += QStringLiteral("+outbound");
            ++perMode[mode];
        }
        for (const char *mode : {"OAUTH2", "OAUTH2_CC", "API_KEY", "BASIC", "NONE", "TBA", "JWT", "TWO_STEP", "BILL", "SIGNATURE",
                                 "AWS_SIGV4", "OAUTH2+outbound"})
            QVERIFY2(perMode.value(QLatin1String(mode)) >= 1, mode);
        qInfo() << "providers per auth mode:" << perMode;
        QSet<QString> withIntegration;
        for (const Integration &i : env.server.integrations()) {
            QVERIFY2(providers.contains(i.provider), qPrintable(i.uniqueKey));
            QCOMPARE(providers.value(i.provider).toObject().value(QStringLiteral("auth_mode")).toString(), i.authMode);
            withIntegration << i.provider;
        }
        QCOMPARE(withIntegration.size(), providers.size());
        QSet<QString> features;
        for (auto it = providers.begin(); it != providers.end(); ++it) {
            for (const char *section : {"credentials", "connection_config"}) {
                const QJsonObject fields = it.value().toObject().value(QLatin1String(section)).toObject();
                for (auto f = fields.begin(); f != fields.end(); ++f) {
                    for (const QString &k : f.value().toObject().keys())
                        features << QLatin1String(section) + QLatin1Char('.') + k;
                }
            }
        }
        for (const char *k : {"connection_config.pattern", "connection_config.enum", "connection_config.default_value",
                              "connection_config.prefix", "connection_config.suffix", "connection_config.visible_when",
                              "connection_config.automated", "connection_config.optional", "credentials.hidden",
                              "credentials.secret", "credentials.pattern", "credentials.example", "credentials.default_value"})
            QVERIFY2(features.contains(QLatin1String(k)), k);
        for (const char *key : {"oauth2-cc-dev", "tba-dev", "jwt-dev", "two-step-dev", "bill-dev", "signature-dev", "aws-sigv4-dev",
                                "outbound-dev", "posthog-dev", "github-dev", "github-auto", "google-no-client", "stripe-dev",
                                "jira-basic", "public-api"}) {
            bool found = false;
            for (const Integration &i : env.server.integrations())
                found = found || i.uniqueKey == QLatin1String(key);
            QVERIFY2(found, key);
        }
    }

    void seedEra_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("session") << QByteArray("/connect/session");
        QTest::newRow("providers") << QByteArray("/providers");
        QTest::newRow("provider") << QByteArray("/providers/github");
    }
    void seedEra()
    {
        QFETCH(QByteArray, path);
        Env env(Era::Seed);
        const HttpResult r = env.get(path, env.server.secretKey().toLatin1());
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("Cannot GET " + path));
        // /integrations with the secret key was there already.
        QCOMPARE(env.get("/integrations", env.server.secretKey().toLatin1()).status, 200);
    }

    void oldFileFormat()
    {
        // An array of integrations is still an integrations file (no catalog).
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"([{"unique_key":"k","provider":"p","auth_mode":"TBA"}])");
        file.close();
        NangoDevServer server;
        QString error;
        QVERIFY2(server.loadIntegrations(file.fileName(), &error), qPrintable(error));
        QCOMPARE(server.integrations().first().authMode, QStringLiteral("TBA"));
        QVERIFY(server.providers().isEmpty());
        // The mode may come from the provider; a contradicting one is refused.
        QTemporaryFile other;
        QVERIFY(other.open());
        other.write(R"({"providers":{"p":{"auth_mode":"JWT"}},"integrations":[{"unique_key":"a","provider":"p"},{"unique_key":"b","provider":"p","auth_mode":"BASIC"}]})");
        other.close();
        QVERIFY(!server.loadIntegrations(other.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("\"b\"")) && error.contains(QStringLiteral("JWT")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
