// SPDX-License-Identifier: MIT
// Issue 17 on the dev server: the sample providers' authorization URLs (Nango's providers.yaml),
// the Google-like refusal of QtWebEngine user agents on the authorize page of google-calendar-dev,
// and the state cookie path end to end: NangoAuth (Browser::System) opens /oauth/connect through a
// fake xdg-open that runs nangoqt-test-headless-browser (its own cookie store, a Chrome user
// agent), which clicks Allow; the result arrives over the WebSocket. And the negative: the
// callback reached in a second browser, without the cookie, ends the flow with state_cookie_err.
// Real loopback sockets throughout.
#include "devserverenv.h"
#include "devservertestutil.h"
#include "fakeopener.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace NangoDev;

namespace {

const QByteArray QtWebEngineAgent
    = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) QtWebEngine/6.4.2 Chrome/102.0.5005.177 Safari/537.36";
const QByteArray ChromeAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.5005.177 Safari/537.36";

/// The sample's integrations and catalog on loopback, current era, a NangoAuth with a session token.
DevServerEnv::Options sampleOptions(NangoDevServer *sample)
{
    DevServerEnv::Options o;
    o.beforeListen = [sample](NangoDevServer &s) { s.setProviders(sample->providers()); };
    return o;
}

NangoDevServer *loadedSample()
{
    static NangoDevServer sample;
    static bool loaded = [] {
        QString error;
        if (!sample.loadIntegrations(NangoDevServer::sampleIntegrationsFile(), &error))
            qFatal("sample: %s", qPrintable(error));
        return true;
    }();
    Q_UNUSED(loaded);
    return &sample;
}

struct Env : DevServerEnv
{
    Env()
        : DevServerEnv(Era::Current, loadedSample()->integrations(), sampleOptions(loadedSample()))
        , token(nango->connectSessionToken().toLatin1())
    {
    }
    HttpResult get(const QByteArray &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return http.send("GET", serverUrl(*server, path), {}, headers);
    }
    QJsonObject provider(const QByteArray &name)
    {
        return get("/providers/" + name, {{"Authorization", "Bearer " + token}}).json().value(QStringLiteral("data")).toObject();
    }
    /// /oauth/connect for @p key with a WebSocket client id; the authorize URL it redirects to
    /// (the state cookie is in http's jar).
    QUrl authorizeUrl(const QByteArray &key, WsClient &ws, const QByteArray &userAgent)
    {
        const QString id = ws.open(wsUrl(*server));
        if (id.isEmpty())
            return QUrl();
        const HttpResult connect = http.send(
            "GET", serverUrl(*server, "/oauth/connect/" + key, "connect_session_token=" + token + "&ws_client_id=" + id.toLatin1()), {},
            {{"User-Agent", userAgent}});
        if (connect.status != 302 || !connect.headers.value("set-cookie").startsWith("oauth2-"))
            return QUrl();
        return QUrl::fromEncoded(connect.headers.value("location"));
    }
    Http http;
    QByteArray token;
};

QString linkHref(const QByteArray &html, const char *id)
{
    const QRegularExpression re(QStringLiteral("<a[^>]*\\bid=\"%1\"[^>]*href=\"([^\"]+)\"").arg(QLatin1String(id)));
    return re.match(QString::fromUtf8(html)).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

/// One flow's outcome on the NangoAuth.
struct Outcome
{
    QList<QStringList> succeeded;
    QList<QStringList> failed;
    int results() const { return int(succeeded.size() + failed.size()); }
};

} // namespace

class TestEmbeddedRefusal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorizationUrls_data()
    {
        QTest::addColumn<QByteArray>("provider");
        QTest::addColumn<QString>("url");
        // Nango's packages/providers/providers.yaml. sentry-oauth (installation: outbound) has none there.
        QTest::newRow("github") << QByteArray("github") << QStringLiteral("https://github.com/login/oauth/authorize");
        QTest::newRow("google") << QByteArray("google") << QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth");
        QTest::newRow("google-calendar") << QByteArray("google-calendar") << QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth");
        QTest::newRow("slack") << QByteArray("slack") << QStringLiteral("https://slack.com/oauth/v2/authorize");
        QTest::newRow("zendesk") << QByteArray("zendesk")
                                 << QStringLiteral("https://${connectionConfig.subdomain}.zendesk.com/oauth/authorizations/new");
        QTest::newRow("sentry-oauth (outbound: none)") << QByteArray("sentry-oauth") << QString();
    }
    void authorizationUrls()
    {
        QFETCH(QByteArray, provider);
        QFETCH(QString, url);
        Env env;
        const QJsonObject p = env.provider(provider);
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QString::fromLatin1(provider));
        QCOMPARE(p.value(QStringLiteral("auth_mode")).toString(), QStringLiteral("OAUTH2"));
        if (url.isEmpty())
            QVERIFY(!p.contains(QStringLiteral("authorization_url")));
        else
            QCOMPARE(p.value(QStringLiteral("authorization_url")).toString(), url);
        // And in the list.
        bool listed = false;
        for (const QJsonValue &v : env.get("/providers", {{"Authorization", "Bearer " + env.token}}).json().value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() == QLatin1String(provider)) {
                listed = true;
                QCOMPARE(o.value(QStringLiteral("authorization_url")).toString(), url);
            }
        }
        QVERIFY(listed);
    }

    void googleCalendar()
    {
        Env env;
        const QJsonObject p = env.provider("google-calendar");
        QCOMPARE(p.value(QStringLiteral("display_name")).toString(), QStringLiteral("Google Calendar"));
        QCOMPARE(p.value(QStringLiteral("categories")).toArray(), (QJsonArray{QStringLiteral("popular"), QStringLiteral("productivity")}));
        const QString logo = p.value(QStringLiteral("logo_url")).toString();
        QCOMPARE(logo, env.server->url().toString() + QStringLiteral("/images/template-logos/google-calendar.svg"));
        const HttpResult svg = env.http.get(QUrl(logo));
        QCOMPARE(svg.status, 200);
        QVERIFY(svg.body.startsWith("<svg "));
        // The configured integration.
        bool found = false;
        for (const QJsonValue &v : env.get("/integrations", {{"Authorization", "Bearer " + env.token}}).json().value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("unique_key")).toString() != QLatin1String("google-calendar-dev"))
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("google-calendar"));
            QCOMPARE(o.value(QStringLiteral("auth_mode")).toString(), QStringLiteral("OAUTH2"));
        }
        QVERIFY(found);
        const Integration *integ = nullptr;
        const QList<Integration> all = env.server->integrations();
        for (const Integration &i : all) {
            if (i.uniqueKey == QLatin1String("google-calendar-dev"))
                integ = &i;
        }
        QVERIFY(integ);
        QVERIFY(integ->hasClientCredentials);
        QVERIFY(!integ->autoApprove);
    }

    void authorizePage_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("agent");
        QTest::addColumn<bool>("refused");
        QTest::newRow("google-calendar-dev, QtWebEngine") << QByteArray("google-calendar-dev") << QtWebEngineAgent << true;
        QTest::newRow("google-calendar-dev, Chrome") << QByteArray("google-calendar-dev") << ChromeAgent << false;
        QTest::newRow("google-calendar-dev, no user agent") << QByteArray("google-calendar-dev") << QByteArray() << false;
        QTest::newRow("github-dev, QtWebEngine") << QByteArray("github-dev") << QtWebEngineAgent << false;
    }
    void authorizePage()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, agent);
        QFETCH(bool, refused);
        Env env;
        WsClient ws;
        const QUrl authorize = env.authorizeUrl(key, ws, agent);
        QVERIFY(authorize.isValid() && !authorize.isEmpty());
        QCOMPARE(authorize.path(), QStringLiteral("/provider/oauth/authorize"));
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!agent.isEmpty())
            headers.append({"User-Agent", agent});
        const HttpResult page = env.http.send("GET", authorize, {}, headers);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        if (refused) {
            QCOMPARE(page.status, 403);
            QVERIFY(page.body.contains("<title>Error 403: disallowed_useragent</title>"));
            QVERIFY(page.body.contains("Access blocked: this browser or app may not be secure"));
            QVERIFY(page.body.contains("This browser or app may not be secure"));
            QVERIFY(page.body.contains("Error 403: disallowed_useragent"));
            QVERIFY(page.body.contains("Use a secure browser"));
            // Nothing to click: no link, button, form or script.
            for (const char *tag : {"<a ", "<button", "<form", "<input", "<script"})
                QVERIFY2(!page.body.contains(tag), tag);
            QVERIFY(linkHref(page.body, "allow").isEmpty());
            QCOMPARE(ws.frames.size(), 1); // the flow is not ended by the page: the app decides
            // The same authorization in a browser Google accepts: the consent page.
            const HttpResult again = env.http.send("GET", authorize, {}, {{"User-Agent", ChromeAgent}});
            QCOMPARE(again.status, 200);
            QVERIFY(!linkHref(again.body, "allow").isEmpty());
        } else {
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains("<title>Dev Provider — authorize</title>"));
            QVERIFY(!page.body.contains("disallowed_useragent"));
            QVERIFY(!linkHref(page.body, "allow").isEmpty());
            QVERIFY(!linkHref(page.body, "deny").isEmpty());
            // Allow → the callback with the cookie of /oauth/connect (same jar) → success frame.
            const HttpResult decided = env.http.send("GET", authorize.resolved(QUrl(linkHref(page.body, "allow"))), {}, headers);
            QCOMPARE(decided.status, 302);
            const HttpResult done = env.http.send("GET", authorize.resolved(QUrl::fromEncoded(decided.headers.value("location"))), {}, headers);
            QCOMPARE(done.status, 200);
            QVERIFY(ws.waitFrames(2));
            QCOMPARE(ws.frame(1).value(QStringLiteral("message_type")).toString(), QStringLiteral("success"));
            QCOMPARE(ws.frame(1).value(QStringLiteral("provider_config_key")).toString(), QString::fromLatin1(key));
        }
    }

    // The state cookie path: the whole flow in one (system) browser, the result on the socket.
    void systemBrowserFlow()
    {
        QVERIFY2(!FakeOpener::defaultHeadlessBrowser().isEmpty(), "built without nangoqt-test-headless-browser");
        Env env;
        FakeOpener opener(FakeOpener::RunsHeadlessBrowser, QStringLiteral("xdg-open"), false);
        env.nango->setBrowser(NangoAuth::Browser::System);
        Outcome out;
        connect(env.nango.get(), &NangoAuth::succeeded, this,
                [&out](const QString &key, const QString &id) { out.succeeded << QStringList{key, id}; });
        connect(env.nango.get(), &NangoAuth::failed, this,
                [&out](const QString &type, const QString &message) { out.failed << QStringList{type, message}; });
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("google-calendar-dev"));
        QVERIFY(flow);
        QVERIFY(QTest::qWaitFor([&] { return out.results() > 0; }, 45000));
        QVERIFY2(out.failed.isEmpty(), qPrintable(out.failed.value(0).join(QStringLiteral(": ")) + QLatin1Char('\n') + opener.browserOutput()));
        QCOMPARE(out.succeeded.size(), 1);
        QCOMPARE(out.succeeded.first().at(0), QStringLiteral("google-calendar-dev"));

        const QUrl opened = opener.waitForOpenedUrl();
        QCOMPARE(opened.path(), QStringLiteral("/oauth/connect/google-calendar-dev"));
        QCOMPARE(opener.waitForBrowser(), 0);
        const QString log = opener.browserOutput();
        QVERIFY2(log.contains(QStringLiteral("/provider/oauth/authorize?")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("clicked allow")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("/oauth/callback?[code,state] loaded")), qPrintable(log));
        // A Chrome user agent (Qt's own start-up lines in the log name QtWebEngine's files: only the agent counts).
        const QRegularExpression agentLine(QStringLiteral("^headless-browser: user agent: (.*)$"), QRegularExpression::MultilineOption);
        const QString agent = agentLine.match(log).captured(1);
        QVERIFY2(agent.contains(QStringLiteral("Chrome/")), qPrintable(log));
        QVERIFY2(!agent.contains(QStringLiteral("QtWebEngine")), qPrintable(agent));
        QVERIFY2(!log.contains(env.nango->connectSessionToken()), qPrintable(log));

        const QList<Connection> connections = env.server->connections();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.first().providerConfigKey, QStringLiteral("google-calendar-dev"));
        QCOMPARE(connections.first().connectionId, out.succeeded.first().at(1));
        QCOMPARE(connections.first().endUserId, QStringLiteral("u"));
        QTRY_VERIFY(!flow); // finished and deleted itself
        QCOMPARE(out.results(), 1);
    }

    // The callback without the state cookie (a second browser) or a denial: the flow ends
    // failed, once, with the server's error type; nothing hangs.
    void systemBrowserFails_data()
    {
        QTest::addColumn<QString>("browserArgument");
        QTest::addColumn<QString>("type");
        QTest::newRow("callback in a second browser") << QStringLiteral("--callback-in-second-browser") << QStringLiteral("state_cookie_err");
        QTest::newRow("deny") << QStringLiteral("--deny") << QStringLiteral("callback_err");
    }
    void systemBrowserFails()
    {
        QFETCH(QString, browserArgument);
        QFETCH(QString, type);
        Env env;
        FakeOpener opener(FakeOpener::RunsHeadlessBrowser, QStringLiteral("xdg-open"), false, {browserArgument});
        env.nango->setBrowser(NangoAuth::Browser::System);
        Outcome out;
        connect(env.nango.get(), &NangoAuth::succeeded, this,
                [&out](const QString &key, const QString &id) { out.succeeded << QStringList{key, id}; });
        connect(env.nango.get(), &NangoAuth::failed, this,
                [&out](const QString &t, const QString &message) { out.failed << QStringList{t, message}; });
        QPointer<NangoAuthFlow> flow = env.nango->auth(QStringLiteral("google-calendar-dev"));
        QVERIFY(QTest::qWaitFor([&] { return out.results() > 0; }, 45000));
        QCOMPARE(out.succeeded.size(), 0);
        QCOMPARE(out.failed.size(), 1);
        QVERIFY2(out.failed.first().at(0) == type, qPrintable(out.failed.first().join(QStringLiteral(": ")) + QLatin1Char('\n') + opener.browserOutput()));
        QCOMPARE(opener.waitForBrowser(), 1); // the browser saw a non-2xx callback page
        const QString log = opener.browserOutput();
        QVERIFY2(log.contains(QStringLiteral("/oauth/callback?")) && log.contains(QStringLiteral("HTTP 400")), qPrintable(log));
        if (browserArgument == QLatin1String("--callback-in-second-browser"))
            QVERIFY2(log.contains(QStringLiteral("[second] ") + env.server->url().toString() + QStringLiteral("/oauth/callback?")), qPrintable(log));
        QVERIFY(env.server->connections().isEmpty());
        QTRY_VERIFY(!flow);
        // The opener's non-zero status after the result adds nothing: one result per flow.
        QTest::qWait(200);
        QCOMPARE(out.results(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedRefusal)

#include "tst_embeddedrefusal.moc"
