// SPDX-License-Identifier: MIT
// The dev server's Connect UI imitation (GET /connect): served with the right types, frameable,
// CORS; and its behaviour end to end in QtWebEngine (offscreen): a host page on another origin
// frames it and records what it posts (spec §4 of shared/spec/nango-current.md), the test drives
// the frame through a user script injected into sub-frames (an isolated world: it clicks and
// types in the page's DOM on the host's command and answers by postMessage).
#include "devservertestutil.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTcpServer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

#include <memory>

using namespace NangoDev;

namespace {

/// The host page: frames the Connect UI full-window, records every message (with its origin),
/// answers `ready` with the session token as the SDK does, relays the test's commands.
const char HostHtml[] = R"HTML(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>host</title></head>
<body style="margin:0">
<script>
window.received = [];
window.replies = {};
window.token = null;
window.sendToken = true;
let nextId = 1;
window.addEventListener('message', function (e) {
  const d = e.data;
  if (d && d.type === '__test_reply') { window.replies[d.id] = d.result; return; }
  window.received.push({ origin: e.origin, data: d, fromFrame: e.source === frameWindow() });
  if (d && d.type === 'ready' && window.token && window.sendToken) {
    frameWindow().postMessage({ type: 'session_token', sessionToken: window.token }, '*');
  }
});
function frameWindow() { const f = document.getElementById('ui'); return f ? f.contentWindow : null; }
function openUI(src, token) {
  window.token = token;
  const f = document.createElement('iframe');
  f.id = 'ui';
  f.src = src;
  f.style.cssText = 'position:fixed;top:0;left:0;width:100vw;height:100vh;border:0';
  document.body.appendChild(f);
}
function cmd(op, args) {
  const id = nextId++;
  frameWindow().postMessage({ type: '__test_cmd', id: id, op: op, args: args || {} }, '*');
  return id;
}
</script>
</body></html>)HTML";

/// Injected into the Connect UI frame (an isolated world: the page's own script cannot see it).
const char DriverScript[] = R"JS(
(function () {
  if (window.top === window || location.pathname.indexOf('/connect') !== 0) { return; }
  function q(sel) { const n = document.querySelector(sel); if (!n) { throw new Error('no element ' + sel); } return n; }
  function visible(n) { return !!n && !n.closest('[hidden]'); }
  function snapshot() {
    const items = Array.from(document.querySelectorAll('#integrations .integration'));
    const current = document.querySelector('#integrations .integration.current');
    const fields = Array.from(document.querySelectorAll('#fields .field')).map(function (w) {
      const c = w.querySelector('input,select');
      return { id: c.id, name: c.name, tag: c.tagName.toLowerCase(), type: c.type || '', value: c.value,
               hidden: w.hidden, label: w.querySelector('label').textContent };
    });
    return {
      screen: document.body.getAttribute('data-screen'),
      busy: document.body.getAttribute('data-busy'),
      theme: document.documentElement.getAttribute('data-theme'),
      lang: document.documentElement.lang,
      items: items.map(function (i) { return i.getAttribute('data-key'); }),
      logos: items.map(function (i) { const img = i.querySelector('img'); return img ? img.getAttribute('src') : ''; }),
      current: current ? current.getAttribute('data-key') : '',
      fields: fields,
      submitDisabled: document.getElementById('submit').disabled,
      submitText: document.getElementById('submit').textContent,
      formError: visible(document.getElementById('form-error')) ? document.getElementById('form-error').textContent : '',
      errorMessage: document.getElementById('error-message').textContent,
      errorTitle: document.getElementById('error-title').textContent,
      backVisible: visible(document.getElementById('back')),
      formBackVisible: visible(document.getElementById('form-back')),
      finishVisible: visible(document.getElementById('finish')),
      successTitle: document.getElementById('success-title').textContent,
      pickerTitle: document.getElementById('picker-title').textContent,
      formTitle: document.getElementById('form-title').textContent,
      focused: document.activeElement ? document.activeElement.id : ''
    };
  }
  window.addEventListener('message', function (e) {
    const d = e.data;
    if (!d || d.type !== '__test_cmd' || e.source !== window.parent) { return; }
    let result;
    try {
      const a = d.args;
      if (d.op === 'state') { result = snapshot(); }
      else if (d.op === 'click') { q(a.selector).click(); result = true; }
      else if (d.op === 'type') {
        const n = q(a.selector); n.focus(); n.value = a.value;
        n.dispatchEvent(new Event('input', { bubbles: true }));
        n.dispatchEvent(new Event('change', { bubbles: true }));
        result = true;
      } else if (d.op === 'key') {
        const n = a.selector ? q(a.selector) : (document.activeElement || document.body);
        n.dispatchEvent(new KeyboardEvent('keydown', { key: a.key, bubbles: true, cancelable: true }));
        result = true;
      } else { result = { error: 'unknown op ' + d.op }; }
    } catch (err) { result = { error: String(err && err.message || err) }; }
    window.parent.postMessage({ type: '__test_reply', id: d.id, result: result }, '*');
  });
})();
)JS";

class HostPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;
    bool confirmAnswer = true;
    int confirms = 0;
    QString lastConfirm;
    bool allowPopups = true;
    QList<QWebEnginePage *> popups;
    QStringList console;

protected:
    bool javaScriptConfirm(const QUrl &, const QString &msg) override
    {
        ++confirms;
        lastConfirm = msg;
        return confirmAnswer;
    }
    QWebEnginePage *createWindow(WebWindowType) override
    {
        if (!allowPopups)
            return nullptr;
        auto *popup = new QWebEnginePage(profile(), this);
        // Records the callback page's ack (an isolated world of the popup).
        QWebEngineScript ack;
        ack.setName(QStringLiteral("ack-recorder"));
        ack.setWorldId(QWebEngineScript::ApplicationWorld);
        ack.setInjectionPoint(QWebEngineScript::DocumentCreation);
        ack.setSourceCode(QStringLiteral("window.__acks = 0; window.addEventListener('message', function (e) {"
                                         " if (e.data && e.data.type === 'nango_oauth_callback_ack') { window.__acks++; } });"));
        popup->scripts().insert(ack);
        connect(popup, &QWebEnginePage::windowCloseRequested, this, [this, popup] { closedPopups.append(popup); });
        popups.append(popup);
        return popup;
    }
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int line, const QString &source) override
    {
        console << QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
    }

public:
    QList<QWebEnginePage *> closedPopups;
};

QVariant runJs(QWebEnginePage *page, const QString &code, quint32 world = QWebEngineScript::MainWorld)
{
    QVariant out;
    bool done = false;
    page->runJavaScript(code, world, [&](const QVariant &v) {
        out = v;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 5000)
        QTest::qWait(5);
    return out;
}

QString jsString(const QString &s)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

class TestConnectUI : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NangoDevServer> server;
    std::unique_ptr<QHttpServer> hostServer;
    quint16 hostPort = 0;
    std::unique_ptr<QWebEngineProfile> profile;
    std::unique_ptr<HostPage> page;

    QVariantMap cmd(const QString &op, const QVariantMap &args = {})
    {
        const QString argsJson = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(args)).toJson(QJsonDocument::Compact));
        const int id = runJs(page.get(), QStringLiteral("cmd(%1, %2)").arg(jsString(op), argsJson)).toInt();
        if (id <= 0)
            return {{QStringLiteral("error"), QStringLiteral("cmd() did not run")}};
        QVariant reply;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            reply = runJs(page.get(), QStringLiteral("window.replies[%1] === undefined ? null : window.replies[%1]").arg(id));
            if (reply.isValid() && !reply.isNull())
                break;
            QTest::qWait(10);
        }
        if (reply.typeId() == QMetaType::Bool)
            return {{QStringLiteral("ok"), reply.toBool()}};
        return reply.toMap();
    }
    QVariantMap uiState() { return cmd(QStringLiteral("state")); }
    bool click(const QString &selector) { return cmd(QStringLiteral("click"), {{QStringLiteral("selector"), selector}}).value(QStringLiteral("ok")).toBool(); }
    bool type(const QString &selector, const QString &value)
    {
        return cmd(QStringLiteral("type"), {{QStringLiteral("selector"), selector}, {QStringLiteral("value"), value}}).value(QStringLiteral("ok")).toBool();
    }
    bool key(const QString &k, const QString &selector = {})
    {
        return cmd(QStringLiteral("key"), {{QStringLiteral("selector"), selector}, {QStringLiteral("key"), k}}).value(QStringLiteral("ok")).toBool();
    }
    bool waitScreen(const QString &screen, int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (uiState().value(QStringLiteral("screen")).toString() == screen)
                return true;
            QTest::qWait(25);
        }
        qWarning() << "screen is" << uiState().value(QStringLiteral("screen")) << "not" << screen << page->console;
        return false;
    }
    /// Every message the host received from the frame: [{origin, data}].
    QVariantList received() { return runJs(page.get(), QStringLiteral("window.received")).toList(); }
    QVariantList receivedOfType(const QString &type)
    {
        QVariantList out;
        for (const QVariant &v : received()) {
            if (v.toMap().value(QStringLiteral("data")).toMap().value(QStringLiteral("type")).toString() == type)
                out << v;
        }
        return out;
    }
    bool waitMessage(const QString &type, int count = 1, int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (receivedOfType(type).size() >= count)
                return true;
            QTest::qWait(25);
        }
        qWarning() << "messages:" << received() << page->console;
        return false;
    }

    QUrl hostUrl() const { return QUrl(QStringLiteral("http://localhost:%1/host").arg(hostPort)); }

    /// Loads the host page and frames @p connectUrl; the host sends @p token after `ready`.
    bool openUI(const QUrl &connectUrl, const QString &token)
    {
        QSignalSpy loaded(page.get(), &QWebEnginePage::loadFinished);
        page->load(hostUrl());
        if (!loaded.wait(15000) || !loaded.first().first().toBool())
            return false;
        runJs(page.get(), QStringLiteral("openUI(%1, %2)").arg(jsString(connectUrl.toString(QUrl::FullyEncoded)), jsString(token)));
        return true;
    }
    QUrl connectUrl(const QString &query = {}, const QUrl &apiUrl = {}) const
    {
        QString q = QStringLiteral("apiURL=") + QString::fromLatin1(QUrl::toPercentEncoding((apiUrl.isEmpty() ? server->url() : apiUrl).toString()));
        if (!query.isEmpty())
            q += QLatin1Char('&') + query;
        return QUrl(server->url().toString() + QStringLiteral("/connect/?") + q);
    }
    QString origin() const { return server->url().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        hostServer = std::make_unique<QHttpServer>();
        hostServer->route(QStringLiteral("/host"), [] {
            return QHttpServerResponse("text/html; charset=utf-8", QByteArray(HostHtml));
        });
        hostPort = hostServer->listen(QHostAddress::LocalHost);
        QVERIFY(hostPort != 0);
    }

    void init()
    {
        server = std::make_unique<NangoDevServer>();
        QString error;
        QVERIFY2(server->loadIntegrations(NangoDevServer::sampleIntegrationsFile(), &error), qPrintable(error));
        QVERIFY(!server->integrations().isEmpty());
        QVERIFY2(server->listen(0, &error), qPrintable(error));
        profile = std::make_unique<QWebEngineProfile>(); // off the record: a fresh one per test
        QWebEngineScript driver;
        driver.setName(QStringLiteral("connect-ui-driver"));
        driver.setWorldId(QWebEngineScript::ApplicationWorld);
        driver.setInjectionPoint(QWebEngineScript::DocumentCreation);
        driver.setRunsOnSubFrames(true);
        driver.setSourceCode(QString::fromUtf8(DriverScript));
        profile->scripts()->insert(driver);
        page = std::make_unique<HostPage>(profile.get());
        page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    }

    void cleanup()
    {
        page.reset();
        profile.reset();
        server.reset();
    }

    // ---- (a) served: types, framing, CORS ------------------------------------------------------

    void served_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("page") << QByteArray("/connect") << 200 << QByteArray("text/html; charset=utf-8");
        QTest::newRow("page with slash and query") << QByteArray("/connect/?apiURL=http%3A%2F%2F127.0.0.1%3A1&lang=fr") << 200 << QByteArray("text/html; charset=utf-8");
        QTest::newRow("connect link") << QByteArray("/connect?session_token=nango_connect_session_x") << 200 << QByteArray("text/html; charset=utf-8");
        QTest::newRow("script") << QByteArray("/connect/assets/connect-ui.js") << 200 << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("style") << QByteArray("/connect/assets/connect-ui.css") << 200 << QByteArray("text/css; charset=utf-8");
        QTest::newRow("unknown asset") << QByteArray("/connect/assets/index.html") << 404 << QByteArray("application/json; charset=utf-8");
        QTest::newRow("traversal") << QByteArray("/connect/assets/..%2Fconnect-ui%2Findex.html") << 404 << QByteArray("application/json; charset=utf-8");
    }
    void served()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, type);
        Http http;
        const HttpResult r = http.get(QUrl::fromEncoded(server->url().toEncoded() + path));
        QCOMPARE(r.status, status);
        QCOMPARE(r.headers.value("content-type"), type);
        QVERIFY(!r.headers.contains("x-frame-options"));
        QVERIFY(!r.headers.value("content-security-policy").contains("frame-ancestors"));
        QCOMPARE(r.headers.value("access-control-allow-origin"), QByteArray("*"));
        if (status == 200 && type.startsWith("text/html")) {
            QVERIFY(r.body.contains("<script src=\"/connect/assets/connect-ui.js\"></script>"));
            QVERIFY(r.body.contains("data-never-ready=\"false\""));
            QVERIFY(!r.body.contains("https://")); // self-contained: nothing fetched from elsewhere
        }
        if (status == 200 && path.endsWith(".js")) {
            QVERIFY(r.body.contains("postMessage"));
            QVERIFY(!r.body.contains("import ")); // a classic script, no modules to fetch
        }
    }

    void neverReadyFlagInPage()
    {
        Faults f;
        f.connectUiNeverReady = true;
        server->setFaults(f);
        Http http;
        const HttpResult r = http.get(QUrl(server->url().toString() + QStringLiteral("/connect/")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("data-never-ready=\"true\""));
    }

    void seedEraHasNoConnectUI()
    {
        server->setEra(Era::Seed);
        Http http;
        QCOMPARE(http.get(QUrl(server->url().toString() + QStringLiteral("/connect"))).status, 404);
    }

    void preflight()
    {
        Http http;
        const HttpResult r = http.send("OPTIONS", QUrl(server->url().toString() + QStringLiteral("/connect/session")), {},
                                       {{"Origin", "http://localhost:1"}, {"Access-Control-Request-Method", "GET"},
                                        {"Access-Control-Request-Headers", "authorization,accept-language"}});
        QCOMPARE(r.status, 204);
        QCOMPARE(r.headers.value("access-control-allow-origin"), QByteArray("*"));
        QVERIFY(r.headers.value("access-control-allow-methods").contains("POST"));
        QCOMPARE(r.headers.value("access-control-allow-headers"), QByteArray("authorization,accept-language"));
    }

    // ---- (b) behaviour in QtWebEngine ---------------------------------------------------------------

    void apiKeyConnect_data()
    {
        QTest::addColumn<bool>("crossOriginApi");
        QTest::newRow("apiURL = the page's origin") << false;
        QTest::newRow("apiURL on another origin (CORS)") << true;
    }
    void apiKeyConnect()
    {
        QFETCH(bool, crossOriginApi);
        const QString token = server->createConnectSession(QStringLiteral("user-1"));
        const QUrl api = crossOriginApi ? QUrl(QStringLiteral("http://localhost:%1").arg(server->url().port())) : server->url();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(openUI(connectUrl({}, api), token));
        QVERIFY(waitMessage(QStringLiteral("ready")));
        const QVariantMap ready = receivedOfType(QStringLiteral("ready")).first().toMap();
        QCOMPARE(ready.value(QStringLiteral("origin")).toString(), origin());
        QVERIFY(ready.value(QStringLiteral("fromFrame")).toBool());
        QVERIFY(waitScreen(QStringLiteral("picker")));
        qInfo("frame created → picker shown: %lld ms", qint64(timer.elapsed()));

        QVariantMap s = uiState();
        QCOMPARE(s.value(QStringLiteral("items")).toList().size(), server->integrations().size());
        QCOMPARE(s.value(QStringLiteral("current")).toString(), server->integrations().first().uniqueKey);
        QVERIFY(s.value(QStringLiteral("logos")).toList().first().toString().startsWith(api.toString() + QStringLiteral("/images/template-logos/")));
        QCOMPARE(s.value(QStringLiteral("focused")).toString(), QStringLiteral("search"));

        // Search, then the keyboard: "dev" keeps several, ArrowDown moves, typing narrows to one.
        QVERIFY(type(QStringLiteral("#search"), QStringLiteral("Hog")));
        s = uiState();
        QCOMPARE(s.value(QStringLiteral("items")).toList(), QVariantList{QStringLiteral("posthog-dev")});
        QVERIFY(type(QStringLiteral("#search"), QStringLiteral("stripe")));
        s = uiState();
        QCOMPARE(s.value(QStringLiteral("items")).toList(), (QVariantList{QStringLiteral("stripe-dev"), QStringLiteral("stripe-api-key-dev")}));
        QCOMPARE(s.value(QStringLiteral("current")).toString(), QStringLiteral("stripe-dev"));
        QVERIFY(key(QStringLiteral("ArrowDown"), QStringLiteral("#search")));
        QCOMPARE(uiState().value(QStringLiteral("current")).toString(), QStringLiteral("stripe-api-key-dev"));
        QVERIFY(key(QStringLiteral("ArrowDown"), QStringLiteral("#search"))); // clamps
        QCOMPARE(uiState().value(QStringLiteral("current")).toString(), QStringLiteral("stripe-api-key-dev"));
        QVERIFY(key(QStringLiteral("ArrowUp"), QStringLiteral("#search")));
        QCOMPARE(uiState().value(QStringLiteral("current")).toString(), QStringLiteral("stripe-dev"));
        QVERIFY(type(QStringLiteral("#search"), QStringLiteral("posthog")));
        QVERIFY(key(QStringLiteral("Enter"), QStringLiteral("#search")));
        QVERIFY(waitScreen(QStringLiteral("form")));

        // PostHog's form: the subdomain (order 1, an enum: a select on its first value) before the key.
        s = uiState();
        const QVariantList fields = s.value(QStringLiteral("fields")).toList();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).toMap().value(QStringLiteral("id")).toString(), QStringLiteral("field-subdomain"));
        QCOMPARE(fields.at(0).toMap().value(QStringLiteral("tag")).toString(), QStringLiteral("select"));
        QCOMPARE(fields.at(0).toMap().value(QStringLiteral("value")).toString(), QStringLiteral("us"));
        QCOMPARE(fields.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("params.subdomain"));
        QCOMPARE(fields.at(1).toMap().value(QStringLiteral("id")).toString(), QStringLiteral("field-apiKey"));
        QCOMPARE(fields.at(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("credentials.apiKey"));
        QCOMPARE(s.value(QStringLiteral("formTitle")).toString(), QStringLiteral("Link PostHog (dev) Account"));
        QVERIFY(s.value(QStringLiteral("submitDisabled")).toBool()); // the key is required
        QVERIFY(s.value(QStringLiteral("formBackVisible")).toBool());
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("not a posthog key"))); // the provider's pattern
        QVERIFY(uiState().value(QStringLiteral("submitDisabled")).toBool());
        QVERIFY(type(QStringLiteral("#field-subdomain"), QStringLiteral("eu")));
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("phx_abc123")));
        QVERIFY(!uiState().value(QStringLiteral("submitDisabled")).toBool());

        QSignalSpy created(server.get(), &NangoDevServer::connectionCreated);
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("connect")));
        QCOMPARE(created.size(), 1);
        const Connection c = created.first().first().value<Connection>();
        QCOMPARE(c.providerConfigKey, QStringLiteral("posthog-dev"));
        QCOMPARE(c.credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("phx_abc123"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("subdomain")), QStringLiteral("eu"));
        QCOMPARE(c.endUserId, QStringLiteral("user-1"));
        const QVariantMap connect = receivedOfType(QStringLiteral("connect")).first().toMap();
        QCOMPARE(connect.value(QStringLiteral("origin")).toString(), origin());
        const QVariantMap payload = connect.value(QStringLiteral("data")).toMap().value(QStringLiteral("payload")).toMap();
        QCOMPARE(payload.value(QStringLiteral("providerConfigKey")).toString(), QStringLiteral("posthog-dev"));
        QCOMPARE(payload.value(QStringLiteral("connectionId")).toString(), c.connectionId);
        QVERIFY(!payload.contains(QStringLiteral("isPending"))); // credentials: as the real UI, none
        // The request the page made: the token in the query (no connection_id), params, a strict body.
        bool sawPost = false;
        for (const LoggedRequest &r : server->requestLog()) {
            if (r.method == QLatin1String("POST") && r.path == QLatin1String("/api-auth/api-key/posthog-dev")) {
                sawPost = true;
                QVERIFY(r.rawQuery.startsWith("connect_session_token=" + token.toLatin1()));
                QVERIFY(r.rawQuery.contains("params%5Bsubdomain%5D=eu"));
                QCOMPARE(QJsonDocument::fromJson(r.body).object(), (QJsonObject{{QStringLiteral("apiKey"), QStringLiteral("phx_abc123")}}));
            }
        }
        QVERIFY(sawPost);

        QVERIFY(waitScreen(QStringLiteral("success")));
        s = uiState();
        QCOMPARE(s.value(QStringLiteral("successTitle")).toString(), QStringLiteral("Success!"));
        QVERIFY(s.value(QStringLiteral("finishVisible")).toBool());
        QTest::qWait(200);
        QCOMPARE(receivedOfType(QStringLiteral("close")).size(), 0); // connect does not close it
        QVERIFY(click(QStringLiteral("#finish")));
        QVERIFY(waitMessage(QStringLiteral("close")));
        QCOMPARE(page->confirms, 0); // nothing typed is left unsent
        QTest::qWait(200);
        QCOMPARE(receivedOfType(QStringLiteral("connect")).size(), 1);
        QCOMPARE(receivedOfType(QStringLiteral("error")).size(), 0);
        QCOMPARE(receivedOfType(QStringLiteral("close")).size(), 1);
        QCOMPARE(receivedOfType(QStringLiteral("ready")).size(), 1);
    }

    void refusedCredentialsThenBack()
    {
        const QString token = server->createConnectSession(QStringLiteral("user-2"));
        QVERIFY(openUI(connectUrl(), token));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral(".integration[data-key=\"stripe-dev\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_invalid"))); // the integration's credentials_check
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("error")));
        QVERIFY(waitScreen(QStringLiteral("error")));
        const QVariantMap error = receivedOfType(QStringLiteral("error")).first().toMap();
        QCOMPARE(error.value(QStringLiteral("origin")).toString(), origin());
        const QVariantMap payload = error.value(QStringLiteral("data")).toMap().value(QStringLiteral("payload")).toMap();
        QCOMPARE(payload.value(QStringLiteral("errorType")).toString(), QStringLiteral("connection_test_failed"));
        QCOMPARE(payload.value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("Stripe (dev) did not validate your credentials. Please check the values and try again."));
        QVariantMap s = uiState();
        QCOMPARE(s.value(QStringLiteral("errorTitle")).toString(), QStringLiteral("Connection failed"));
        QCOMPARE(s.value(QStringLiteral("errorMessage")).toString(), payload.value(QStringLiteral("errorMessage")).toString());
        QVERIFY(s.value(QStringLiteral("backVisible")).toBool());
        QVERIFY(server->connections().isEmpty());

        // Back: the form again, with what was typed; a good key then connects.
        QVERIFY(click(QStringLiteral("#back")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QCOMPARE(uiState().value(QStringLiteral("fields")).toList().first().toMap().value(QStringLiteral("value")).toString(),
                 QStringLiteral("sk_test_invalid"));
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_good")));
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("connect")));
        QCOMPARE(server->connections().size(), 1);
        QCOMPARE(receivedOfType(QStringLiteral("error")).size(), 1);
    }

    void closeAndDirtyForm()
    {
        const QString token = server->createConnectSession(QStringLiteral("user-3"));
        QVERIFY(openUI(connectUrl(), token));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral(".integration[data-key=\"stripe-dev\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        // A clean form closes at once (Escape).
        QVERIFY(key(QStringLiteral("Escape")));
        QVERIFY(waitMessage(QStringLiteral("close")));
        QCOMPARE(page->confirms, 0);

        // Typed: Escape asks; refused → nothing; the close button asks again; accepted → close.
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_half")));
        page->confirmAnswer = false;
        QVERIFY(key(QStringLiteral("Escape")));
        QTRY_COMPARE(page->confirms, 1);
        QCOMPARE(page->lastConfirm, QStringLiteral("Are you sure you want to leave?"));
        QTest::qWait(300);
        QCOMPARE(receivedOfType(QStringLiteral("close")).size(), 1);
        QCOMPARE(uiState().value(QStringLiteral("screen")).toString(), QStringLiteral("form"));
        page->confirmAnswer = true;
        QVERIFY(click(QStringLiteral("#close")));
        QVERIFY(waitMessage(QStringLiteral("close"), 2));
        QCOMPARE(page->confirms, 2);

        // Back to the picker forgets the typed values: Close there does not ask.
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_again")));
        QVERIFY(click(QStringLiteral("#form-back")));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral("#close")));
        QVERIFY(waitMessage(QStringLiteral("close"), 3));
        QCOMPARE(page->confirms, 2);
        // A click outside the dialog closes too (the real UI's outside click).
        QVERIFY(click(QStringLiteral("#backdrop")));
        QVERIFY(waitMessage(QStringLiteral("close"), 4));
        QCOMPARE(page->confirms, 2);
        QCOMPARE(receivedOfType(QStringLiteral("error")).size(), 0);
    }

    void oauthPopup()
    {
        const QString token = server->createConnectSession(QStringLiteral("user-4"));
        QVERIFY(openUI(connectUrl(), token));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral(".integration[data-key=\"github-auto\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVariantMap s = uiState();
        QCOMPARE(s.value(QStringLiteral("fields")).toList().size(), 0);
        QVERIFY(!s.value(QStringLiteral("submitDisabled")).toBool());
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("connect"), 1, 15000));
        QCOMPARE(page->popups.size(), 1);
        const QVariantMap payload = receivedOfType(QStringLiteral("connect")).first().toMap().value(QStringLiteral("data")).toMap()
                                        .value(QStringLiteral("payload")).toMap();
        QCOMPARE(payload.value(QStringLiteral("providerConfigKey")).toString(), QStringLiteral("github-auto"));
        QCOMPARE(server->connections().size(), 1);
        QCOMPARE(payload.value(QStringLiteral("connectionId")).toString(), server->connections().first().connectionId);
        QCOMPARE(payload.value(QStringLiteral("isPending")), QVariant(false));
        QVERIFY(waitScreen(QStringLiteral("success")));
        // The popup went to /oauth/connect with the token and ws_client_id last, got the
        // callback page, whose message the UI acknowledged; then the popup closed.
        bool sawConnect = false;
        for (const LoggedRequest &r : server->requestLog()) {
            if (r.path == QLatin1String("/oauth/connect/github-auto")) {
                sawConnect = true;
                QVERIFY(r.rawQuery.startsWith("connect_session_token=" + token.toLatin1()));
                QVERIFY(r.rawQuery.contains("&ws_client_id="));
                QVERIFY(!r.rawQuery.mid(r.rawQuery.indexOf("&ws_client_id=") + 1).contains('&'));
            }
        }
        QVERIFY(sawConnect);
        QWebEnginePage *popup = page->popups.first();
        QTRY_VERIFY_WITH_TIMEOUT(runJs(popup, QStringLiteral("window.__acks"), QWebEngineScript::ApplicationWorld).toInt() >= 1, 5000);
        QVERIFY(popup->url().path() == QLatin1String("/oauth/callback"));
        QTRY_VERIFY_WITH_TIMEOUT(page->closedPopups.contains(popup), 5000);
        QCOMPARE(receivedOfType(QStringLiteral("error")).size(), 0);
    }

    void oauthRefused()
    {
        // github-dev asks at the fake provider: Deny. As the real UI: two error events, the
        // socket's type first, then connection_validation_failed from the callback page's message.
        const QString token = server->createConnectSession(QStringLiteral("user-11"));
        QVERIFY(openUI(connectUrl(), token));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral(".integration[data-key=\"github-dev\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVERIFY(click(QStringLiteral("#submit")));
        QTRY_COMPARE_WITH_TIMEOUT(page->popups.size(), 1, 5000);
        QWebEnginePage *popup = page->popups.first();
        QTRY_VERIFY_WITH_TIMEOUT(runJs(popup, QStringLiteral("!!document.getElementById('deny')")).toBool(), 10000);
        runJs(popup, QStringLiteral("document.getElementById('deny').click()"));
        QVERIFY(waitMessage(QStringLiteral("error"), 2));
        const QVariantList errors = receivedOfType(QStringLiteral("error"));
        const QVariantMap first = errors.at(0).toMap().value(QStringLiteral("data")).toMap().value(QStringLiteral("payload")).toMap();
        const QVariantMap second = errors.at(1).toMap().value(QStringLiteral("data")).toMap().value(QStringLiteral("payload")).toMap();
        QCOMPARE(first.value(QStringLiteral("errorType")).toString(), QStringLiteral("callback_err"));
        QVERIFY(!first.value(QStringLiteral("errorMessage")).toString().isEmpty());
        QCOMPARE(second.value(QStringLiteral("errorType")).toString(), QStringLiteral("connection_validation_failed"));
        QVERIFY(!second.value(QStringLiteral("errorMessage")).toString().isEmpty());
        QVERIFY(waitScreen(QStringLiteral("error")));
        QTRY_VERIFY_WITH_TIMEOUT(runJs(popup, QStringLiteral("window.__acks"), QWebEngineScript::ApplicationWorld).toInt() >= 1, 5000);
        QTest::qWait(300);
        QCOMPARE(receivedOfType(QStringLiteral("error")).size(), 2);
        QCOMPARE(receivedOfType(QStringLiteral("connect")).size(), 0);
        QVERIFY(server->connections().isEmpty());
        // Back → the form; a second try opens a fresh popup.
        QVERIFY(click(QStringLiteral("#back")));
        QVERIFY(waitScreen(QStringLiteral("form")));
    }

    void oauthWindowClosed_data()
    {
        QTest::addColumn<bool>("detect");
        QTest::newRow("detectClosedAuthWindow=true") << true;
        QTest::newRow("not detected (the default)") << false;
    }
    void oauthWindowClosed()
    {
        QFETCH(bool, detect);
        const QString token = server->createConnectSession(QStringLiteral("user-12"));
        QVERIFY(openUI(connectUrl(detect ? QStringLiteral("detectClosedAuthWindow=true") : QString()), token));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral(".integration[data-key=\"github-dev\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVERIFY(click(QStringLiteral("#submit")));
        QTRY_COMPARE_WITH_TIMEOUT(page->popups.size(), 1, 5000);
        QWebEnginePage *popup = page->popups.first();
        QTRY_VERIFY_WITH_TIMEOUT(runJs(popup, QStringLiteral("!!document.getElementById('deny')")).toBool(), 10000);
        page->popups.clear();
        delete popup; // the user closes the window
        if (detect) {
            QVERIFY(waitMessage(QStringLiteral("error"), 1, 5000));
            const QVariantMap payload = receivedOfType(QStringLiteral("error")).first().toMap().value(QStringLiteral("data")).toMap()
                                            .value(QStringLiteral("payload")).toMap();
            QCOMPARE(payload.value(QStringLiteral("errorType")).toString(), QStringLiteral("window_closed"));
            QCOMPARE(payload.value(QStringLiteral("errorMessage")).toString(),
                     QStringLiteral("The auth pop-up was closed before the end of the process, please try again."));
            const QVariantMap s = uiState();
            QCOMPARE(s.value(QStringLiteral("screen")).toString(), QStringLiteral("form"));
            QCOMPARE(s.value(QStringLiteral("formError")).toString(), payload.value(QStringLiteral("errorMessage")).toString());
            QVERIFY(!s.value(QStringLiteral("submitDisabled")).toBool()); // can try again
        } else {
            QTest::qWait(1500); // three polls of the SDK's 500 ms
            QCOMPARE(receivedOfType(QStringLiteral("error")).size(), 0);
            QCOMPARE(uiState().value(QStringLiteral("busy")).toString(), QStringLiteral("true"));
            // Close still works while it waits (the flow is dropped).
            QVERIFY(click(QStringLiteral("#close")));
            QVERIFY(waitMessage(QStringLiteral("close")));
        }
    }

    void oauthPopupBlocked()
    {
        page->allowPopups = false;
        const QString token = server->createConnectSession(QStringLiteral("user-5"));
        QVERIFY(openUI(connectUrl(), token));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral(".integration[data-key=\"github-auto\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("error")));
        const QVariantMap payload = receivedOfType(QStringLiteral("error")).first().toMap().value(QStringLiteral("data")).toMap()
                                        .value(QStringLiteral("payload")).toMap();
        QCOMPARE(payload.value(QStringLiteral("errorType")).toString(), QStringLiteral("blocked_by_browser"));
        QCOMPARE(payload.value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("Auth pop-up blocked by your browser, please allow pop-ups to open."));
        const QVariantMap s = uiState();
        QCOMPARE(s.value(QStringLiteral("screen")).toString(), QStringLiteral("form")); // a banner, as the real UI
        QCOMPARE(s.value(QStringLiteral("formError")).toString(), payload.value(QStringLiteral("errorMessage")).toString());
        QCOMPARE(s.value(QStringLiteral("submitText")).toString(), QStringLiteral("Try Again"));
        QVERIFY(server->connections().isEmpty());
    }

    void noTokenWithinTenSeconds()
    {
        QVERIFY(openUI(connectUrl(), QString()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitMessage(QStringLiteral("ready")));
        QTest::qWait(2000);
        QCOMPARE(uiState().value(QStringLiteral("screen")).toString(), QStringLiteral("loading"));
        QVERIFY(waitScreen(QStringLiteral("error"), 12000));
        const qint64 elapsed = timer.elapsed();
        qInfo("error screen after %lld ms without a token", elapsed);
        QVERIFY2(elapsed >= 9000, qPrintable(QString::number(elapsed)));
        const QVariantMap s = uiState();
        QCOMPARE(s.value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("This page can't be opened directly. Please start a connection from your application."));
        QVERIFY(!s.value(QStringLiteral("backVisible")).toBool());
        QCOMPARE(receivedOfType(QStringLiteral("error")).size(), 0); // shown, not posted (as the real UI)
        QVERIFY(click(QStringLiteral("#close")));
        QVERIFY(waitMessage(QStringLiteral("close")));
    }

    void neverReady_data()
    {
        QTest::addColumn<bool>("viaFault");
        QTest::newRow("?neverReady=1") << false;
        QTest::newRow("--connect-ui-never-ready") << true;
    }
    void neverReady()
    {
        QFETCH(bool, viaFault);
        if (viaFault) {
            Faults f;
            f.connectUiNeverReady = true;
            server->setFaults(f);
        }
        const QString token = server->createConnectSession(QStringLiteral("user-6"));
        QVERIFY(openUI(connectUrl(viaFault ? QString() : QStringLiteral("neverReady=1")), token));
        QVERIFY(waitScreen(QStringLiteral("loading"))); // the frame is up (the driver answers)
        QTest::qWait(1500);
        QCOMPARE(receivedOfType(QStringLiteral("ready")).size(), 0);
        QCOMPARE(uiState().value(QStringLiteral("screen")).toString(), QStringLiteral("loading"));
        // A token posted anyway still works (a host that does not wait for ready).
        runJs(page.get(), QStringLiteral("frameWindow().postMessage({type: 'session_token', sessionToken: window.token}, '*')"));
        QVERIFY(waitScreen(QStringLiteral("picker")));
    }

    void sessionRules()
    {
        // One allowed integration: straight to its form, no way back to the picker.
        const QString token = server->createConnectSession(QStringLiteral("user-7"), {QStringLiteral("showcase-dev")},
                                                           QJsonObject{{QStringLiteral("showcase-dev"),
                                                                        QJsonObject{{QStringLiteral("connection_config"),
                                                                                     QJsonObject{{QStringLiteral("subdomain"), QStringLiteral("acme")}}}}}});
        QVERIFY(openUI(connectUrl(QStringLiteral("lang=de&theme=dark")), token));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVariantMap s = uiState();
        QVERIFY(!s.value(QStringLiteral("formBackVisible")).toBool());
        QCOMPARE(s.value(QStringLiteral("lang")).toString(), QStringLiteral("de"));
        QCOMPARE(s.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(s.value(QStringLiteral("formTitle")).toString(), QStringLiteral("Schema showcase (dev)-Konto verknüpfen"));
        // Go.tsx's rules: `automated` left out; `hidden` and the session's preset kept but hidden.
        QStringList ids;
        QStringList hidden;
        QString apiKeyLabel;
        for (const QVariant &v : s.value(QStringLiteral("fields")).toList()) {
            const QVariantMap f = v.toMap();
            ids << f.value(QStringLiteral("id")).toString();
            if (f.value(QStringLiteral("hidden")).toBool())
                hidden << f.value(QStringLiteral("id")).toString();
            if (f.value(QStringLiteral("id")).toString() == QLatin1String("field-apiKey"))
                apiKeyLabel = f.value(QStringLiteral("label")).toString();
        }
        // (Go.tsx: a connection_config `order` puts the field before every credential, whose own
        // `order` is not read; the credentials follow the mode's base fields.)
        QCOMPARE(ids, (QStringList{QStringLiteral("field-region"), QStringLiteral("field-instance_url"), QStringLiteral("field-subdomain"),
                                   QStringLiteral("field-workspace"), QStringLiteral("field-apiKey"), QStringLiteral("field-password")}));
        QVERIFY(hidden.contains(QStringLiteral("field-subdomain")));
        QVERIFY(hidden.contains(QStringLiteral("field-password")));
        QVERIFY(hidden.contains(QStringLiteral("field-instance_url"))); // visible_when region = custom
        QVERIFY(apiKeyLabel.startsWith(QStringLiteral("API-Schlüssel")));
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("dev_1")));
        QVERIFY(!uiState().value(QStringLiteral("submitDisabled")).toBool());
        QVERIFY(type(QStringLiteral("#field-region"), QStringLiteral("custom")));
        s = uiState();
        QVERIFY(s.value(QStringLiteral("submitDisabled")).toBool()); // the instance URL is now asked for
        QVERIFY(type(QStringLiteral("#field-instance_url"), QStringLiteral("https://acme.example.com")));
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("connect")));
        const Connection c = server->connections().first();
        QCOMPARE(c.connectionConfig.value(QStringLiteral("region")), QStringLiteral("custom"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QCOMPARE(c.connectionConfig.value(QStringLiteral("instance_url")), QStringLiteral("https://acme.example.com"));
        QVERIFY(!c.connectionConfig.contains(QStringLiteral("workspace")));
    }

    void preconfiguredCredentialsAndReconnect()
    {
        // preconfigured_credentials are not asked for (app-store-preset: issuerId).
        const QString token = server->createConnectSession(QStringLiteral("user-8"), {QStringLiteral("app-store-preset"), QStringLiteral("stripe-dev")});
        QVERIFY(openUI(connectUrl(), token));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QCOMPARE(uiState().value(QStringLiteral("items")).toList().size(), 2);
        QVERIFY(click(QStringLiteral(".integration[data-key=\"app-store-preset\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QStringList ids;
        for (const QVariant &v : uiState().value(QStringLiteral("fields")).toList())
            ids << v.toMap().value(QStringLiteral("id")).toString();
        // (the credentials in the order GET /providers lists them: the dev server's JSON objects sort their keys)
        QCOMPARE(ids, (QStringList{QStringLiteral("field-privateKey"), QStringLiteral("field-privateKeyId"), QStringLiteral("field-scope")}));
        QVERIFY(click(QStringLiteral("#form-back")));
        QVERIFY(waitScreen(QStringLiteral("picker")));
        QVERIFY(click(QStringLiteral(".integration[data-key=\"stripe-dev\"]")));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_first")));
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("connect")));
        const QString connectionId = server->connections().first().connectionId;

        // A reconnect session: straight to the form; the same connection is updated.
        const QString reconnect = server->createReconnectSession(connectionId, QStringLiteral("stripe-dev"));
        QVERIFY(!reconnect.isEmpty());
        QVERIFY(openUI(connectUrl(), reconnect));
        QVERIFY(waitScreen(QStringLiteral("form")));
        QVERIFY(!uiState().value(QStringLiteral("formBackVisible")).toBool());
        QVERIFY(type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_second")));
        QVERIFY(click(QStringLiteral("#submit")));
        QVERIFY(waitMessage(QStringLiteral("connect")));
        const QVariantMap payload = receivedOfType(QStringLiteral("connect")).first().toMap().value(QStringLiteral("data")).toMap()
                                        .value(QStringLiteral("payload")).toMap();
        QCOMPARE(payload.value(QStringLiteral("connectionId")).toString(), connectionId);
        QCOMPARE(server->connections().size(), 1);
        QCOMPARE(server->connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_test_second"));
    }

    void expiredTokenShowsLoadError()
    {
        const QString token = server->createConnectSession(QStringLiteral("user-9"));
        server->expireConnectSession(token);
        QVERIFY(openUI(connectUrl(), token));
        QVERIFY(waitScreen(QStringLiteral("error")));
        const QVariantMap s = uiState();
        QCOMPARE(s.value(QStringLiteral("errorTitle")).toString(), QStringLiteral("An error occurred while loading configuration"));
        QVERIFY(s.value(QStringLiteral("errorMessage")).toString().contains(QStringLiteral("does not match any account")));
        QVERIFY(!s.value(QStringLiteral("backVisible")).toBool());
    }

    void connectLinkInItsOwnTab()
    {
        // The connect_link opened alone (top level): the token from the URL, no host.
        const QString token = server->createConnectSession(QStringLiteral("user-10"), {QStringLiteral("stripe-dev"), QStringLiteral("posthog-dev")});
        QSignalSpy loaded(page.get(), &QWebEnginePage::loadFinished);
        page->load(QUrl(server->url().toString() + QStringLiteral("/connect?session_token=") + token));
        QVERIFY(loaded.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page.get(), QStringLiteral("document.body.getAttribute('data-screen')")).toString(),
                                  QStringLiteral("picker"), 10000);
        QCOMPARE(runJs(page.get(), QStringLiteral("document.querySelectorAll('.integration').length")).toInt(), 2);
        // Opened alone without a token: the error at once.
        page->load(QUrl(server->url().toString() + QStringLiteral("/connect")));
        QVERIFY(loaded.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page.get(), QStringLiteral("document.body.getAttribute('data-screen')")).toString(),
                                  QStringLiteral("error"), 3000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    TestConnectUI test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectui.moc"
