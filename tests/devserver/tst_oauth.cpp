// SPDX-License-Identifier: MIT
// The OAuth branch of the dev server (docs/protocol.md §5) with a real QWebSocket and a QNetworkAccessManager
// that follows redirects by hand, like a browser tab.
#include "devservertestutil.h"

#include <QTcpSocket>
#include <QUrlQuery>

using namespace NangoDev;

Q_DECLARE_METATYPE(NangoDev::Era)

namespace {
const QString HmacKey = QStringLiteral("secret-hmac-key");
const QByteArray VectorUser42("bcb77e42f0910622389beb8b14ebfd2c65d74dc95bc98475007813c66a7c0567");
const QByteArray VectorKeyAlone("51aef0fbc2b0a6820997031eea8d7a38b58481967d12417ec72f7347a16fac7e");

Integration makeIntegration(const char *key, const char *mode, bool autoApprove = false)
{
    Integration i;
    i.uniqueKey = QString::fromLatin1(key);
    i.provider = QStringLiteral("github");
    i.authMode = QString::fromLatin1(mode);
    i.displayName = QStringLiteral("Dev ") + i.uniqueKey;
    i.scopes = {QStringLiteral("repo"), QStringLiteral("user:email")};
    i.authorizationParams = {{QStringLiteral("prompt"), QStringLiteral("login")}, {QStringLiteral("access_type"), QStringLiteral("offline")}};
    i.autoApprove = autoApprove;
    return i;
}

struct Env
{
    explicit Env(Era era)
    {
        server.setEra(era);
        Integration broken = makeIntegration("broken", "OAUTH2");
        broken.hasClientCredentials = false;
        server.setIntegrations({makeIntegration("github", "OAUTH2"), makeIntegration("github-auto", "OAUTH2", true),
                                makeIntegration("stripe", "API_KEY"), broken});
        QString error;
        if (!server.listen(0, &error))
            qFatal("listen: %s", qPrintable(error));
        pk = server.publicKey().toLatin1();
    }
    /// GET, then follow redirects on the server (at most @p hops); returns the last answer.
    HttpResult follow(QUrl url, QList<QUrl> *visited = nullptr, int hops = 10)
    {
        HttpResult r;
        for (int i = 0; i < hops; ++i) {
            if (visited)
                *visited << url;
            r = http.get(url);
            if (r.status < 300 || r.status >= 400)
                return r;
            url = url.resolved(QUrl::fromEncoded(r.headers.value("location")));
        }
        return r;
    }
    QUrl connectUrl(const QByteArray &key, const QByteArray &query, const QString &wsClientId)
    {
        QByteArray q = query;
        q.replace("PK", pk);
        if (!wsClientId.isEmpty())
            q += (q.isEmpty() ? "" : "&") + QByteArray("ws_client_id=") + wsClientId.toLatin1();
        return serverUrl(server, "/oauth/connect/" + key, q);
    }
    NangoDevServer server;
    Http http;
    QByteArray pk;
};

QString linkHref(const QByteArray &html, const char *id)
{
    const QRegularExpression re(QStringLiteral("<a[^>]*\\bid=\"%1\"[^>]*href=\"([^\"]+)\"").arg(QLatin1String(id)));
    return re.match(QString::fromUtf8(html)).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}
} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ackFrame()
    {
        Env env(Era::Current);
        WsClient ws;
        const QString id = ws.open(wsUrl(env.server));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ws.frames.first(), QStringLiteral("{\"message_type\":\"connection_ack\",\"ws_client_id\":\"%1\"}").arg(id));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")).match(id).hasMatch());
        QTRY_COMPARE(env.server.openWebSocketCount(), 1);
        // A query string on the right path is accepted; both upgrades are logged as "WS".
        WsClient second;
        QVERIFY(!second.open(QUrl(wsUrl(env.server).toString() + QStringLiteral("?a=1&b=%2B"))).isEmpty());
        QVERIFY(id != second.frame(0).value(QStringLiteral("ws_client_id")).toString());
        const auto log = env.server.requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).method, QStringLiteral("WS"));
        QCOMPARE(log.at(0).status, 101);
        QCOMPARE(log.at(1).rawQuery, QByteArray("a=1&b=%2B"));
        // The client's frames and pings are ignored / answered; nothing else arrives.
        QSignalSpy pong(&ws.socket, &QWebSocket::pong);
        ws.socket.sendTextMessage(QStringLiteral("hello"));
        ws.socket.ping();
        QTRY_COMPARE(pong.size(), 1);
        QCOMPARE(ws.frames.size(), 1);
        ws.socket.close();
        QTRY_COMPARE(env.server.openWebSocketCount(), 1);
    }

    void wrongPathRefused_data()
    {
        QTest::addColumn<QString>("serverPath");
        QTest::addColumn<QString>("clientPath");
        QTest::newRow("default /, client /ws") << "/" << "/ws";
        QTest::newRow("default /, client /oauth/connect/x") << "/" << "/oauth/connect/x";
        QTest::newRow("/ws, client /") << "/ws" << "/";
    }
    void wrongPathRefused()
    {
        QFETCH(QString, serverPath);
        QFETCH(QString, clientPath);
        Env env(Era::Current);
        env.server.setWebSocketPath(serverPath);
        // Raw upgrade: the answer is HTTP 400 "Bad Request".
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, env.server.url().port());
        QVERIFY(raw.waitForConnected(3000));
        raw.write("GET " + clientPath.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (!answer.contains("Bad Request\r\n") && !answer.endsWith("Bad Request") && t.elapsed() < 3000) {
            QTest::qWait(10);
            answer += raw.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
        QVERIFY(answer.endsWith("\r\n\r\nBad Request"));
        QCOMPARE(env.server.requestLog().last().method, QStringLiteral("WS"));
        QCOMPARE(env.server.requestLog().last().status, 400);
        // A real QWebSocket fails to connect.
        WsClient ws;
        QVERIFY(ws.open(wsUrl(env.server, clientPath), 3000).isEmpty());
        QVERIFY(!ws.wasConnected);
        // The right path works.
        WsClient good;
        QVERIFY(!good.open(wsUrl(env.server, serverPath)).isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<bool>("autoApprove");
        QTest::newRow("seed") << Era::Seed << false;
        QTest::newRow("current") << Era::Current << false;
        QTest::newRow("current, auto-approve") << Era::Current << true;
    }
    void roundTrip()
    {
        QFETCH(Era, era);
        QFETCH(bool, autoApprove);
        Env env(era);
        QSignalSpy created(&env.server, &NangoDevServer::connectionCreated);
        QSignalSpy frameSent(&env.server, &NangoDevServer::resultFrameSent);
        WsClient ws;
        const QString id = ws.open(wsUrl(env.server));
        QVERIFY(!id.isEmpty());
        const QByteArray key = autoApprove ? "github-auto" : "github";
        QByteArray query = "connection_id=user%2B42&public_key=PK&params[sub+domain]=a%2Bb%23c&user_scope=repo%2Cgist"
                           "&authorization_params[prompt]=consent&authorization_params[access_type]=undefined";
        // 1. /oauth/connect → 302 to the fake provider, with a state cookie
        const HttpResult connect = env.http.get(env.connectUrl(key, query, id));
        QCOMPARE(connect.status, 302);
        QVERIFY(connect.headers.value("set-cookie").startsWith("oauth2-"));
        const QUrl authorize = QUrl::fromEncoded(connect.headers.value("location"));
        QCOMPARE(authorize.path(), QStringLiteral("/provider/oauth/authorize"));
        const QUrlQuery aq(authorize);
        QCOMPARE(aq.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(aq.queryItemValue(QStringLiteral("client_id")), QStringLiteral("dev-client"));
        QCOMPARE(aq.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), env.server.url().toString() + QStringLiteral("/oauth/callback"));
        QCOMPARE(aq.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("repo user:email"));
        QCOMPARE(aq.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(aq.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(aq.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent")); // request overrides the template
        QVERIFY(!aq.hasQueryItem(QStringLiteral("access_type")));                       // "undefined" removes it
        QCOMPARE(aq.queryItemValue(QStringLiteral("user_scope"), QUrl::FullyDecoded), QStringLiteral("repo,gist"));
        QVERIFY(ws.frames.size() == 1); // nothing yet

        // 2. the provider: the Allow / Deny page, or straight back when auto-approving
        HttpResult page = env.http.get(authorize);
        QUrl callback;
        if (autoApprove) {
            QCOMPARE(page.status, 302);
            callback = QUrl::fromEncoded(page.headers.value("location"));
        } else {
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains("<title>Dev Provider — authorize</title>"));
            QVERIFY(page.body.contains("Dev github"));
            QVERIFY(page.body.contains("user:email"));
            QVERIFY(!linkHref(page.body, "deny").isEmpty());
            const HttpResult decided = env.http.get(authorize.resolved(QUrl(linkHref(page.body, "allow"))));
            QCOMPARE(decided.status, 302);
            callback = QUrl::fromEncoded(decided.headers.value("location"));
        }
        QCOMPARE(callback.path(), QStringLiteral("/oauth/callback"));
        QVERIFY(QUrlQuery(callback).hasQueryItem(QStringLiteral("code")));

        // 3. the callback: the success frame on the socket, then the page
        const HttpResult done = env.http.get(callback);
        QCOMPARE(done.status, 200);
        if (era == Era::Seed) {
            QVERIFY(done.body.contains("window.close()"));
            QVERIFY(done.body.contains("300"));
        } else {
            QVERIFY(done.body.contains("Successful connection ✅"));
            QVERIFY(done.body.contains("You can close this window."));
            QVERIFY(done.body.contains("nango_oauth_callback_success"));
            QVERIFY(done.body.contains("BroadcastChannel('nango-oauth-callback')"));
        }
        QVERIFY(!done.body.contains("user+42")); // the page never carries the connection id
        QVERIFY(ws.waitFrames(2));
        const QString expected = era == Era::Seed
            ? QStringLiteral("{\"message_type\":\"success\",\"provider_config_key\":\"%1\",\"connection_id\":\"user+42\"}")
            : QStringLiteral("{\"message_type\":\"success\",\"provider_config_key\":\"%1\",\"connection_id\":\"user+42\",\"is_pending\":false}");
        QCOMPARE(ws.frames.at(1), expected.arg(QString::fromLatin1(key)));
        QCOMPARE(created.size(), 1);
        const Connection c = env.server.connections().first();
        QCOMPARE(c.connectionConfig.value(QStringLiteral("sub domain")), QStringLiteral("a+b#c"));
        QVERIFY(c.credentials.value(QStringLiteral("access_token")).toString().startsWith(QStringLiteral("dev-access-token-")));
        // The socket stays open after the result; a replayed callback gets a 400 page and no frame.
        QTest::qWait(50);
        QCOMPARE(ws.socket.state(), QAbstractSocket::ConnectedState);
        const HttpResult replay = env.http.get(callback);
        QCOMPARE(replay.status, 400);
        QVERIFY(replay.body.contains("No session found for state: &quot;"));
        QTest::qWait(50);
        QCOMPARE(ws.frames.size(), 2);
        // The benchmarks' hook: once, for this socket's id.
        QCOMPARE(frameSent.size(), 1);
        QCOMPARE(frameSent.first().at(0).toString(), id);
    }

    void deny_data()
    {
        QTest::addColumn<Era>("era");
        QTest::newRow("seed") << Era::Seed;
        QTest::newRow("current") << Era::Current;
    }
    void deny()
    {
        QFETCH(Era, era);
        Env env(era);
        QSignalSpy frameSent(&env.server, &NangoDevServer::resultFrameSent);
        WsClient ws;
        const QString id = ws.open(wsUrl(env.server));
        const HttpResult page = env.follow(env.connectUrl("github", "connection_id=c1&public_key=PK", id));
        QCOMPARE(page.status, 200);
        const HttpResult done = env.follow(env.server.url().resolved(QUrl(linkHref(page.body, "deny"))));
        QCOMPARE(done.status, era == Era::Seed ? 500 : 400);
        if (era == Era::Current) {
            QVERIFY(done.body.contains("Connection failed ✕"));
            QVERIFY(done.body.contains("connection_validation_failed"));
        }
        QVERIFY(ws.waitFrames(2));
        const QJsonObject f = ws.frame(1);
        QCOMPARE(f.value(QStringLiteral("message_type")).toString(), QStringLiteral("error"));
        QCOMPARE(f.value(QStringLiteral("error_type")).toString(), QStringLiteral("callback_err"));
        QCOMPARE(f.value(QStringLiteral("provider_config_key")).toString(), QStringLiteral("github"));
        QCOMPARE(f.value(QStringLiteral("connection_id")).toString(), QStringLiteral("c1"));
        const QString desc = f.value(QStringLiteral("error_desc")).toString();
        if (era == Era::Seed)
            QCOMPARE(desc, QStringLiteral("Did not get authorization code in the callback."));
        else
            QCOMPARE(desc, QStringLiteral("Did not get authorization code in the callback. Error: access_denied, The user denied access"));
        QVERIFY(env.server.connections().isEmpty());
        QCOMPARE(frameSent.size(), 1); // error frames too
        QCOMPARE(frameSent.first().at(0).toString(), id);
    }

    void windowErrors_data()
    {
        // Errors before the OAuth controller: a JSON document in the window, no frame (§5.6).
        QTest::addColumn<Era>("era");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("refusePublicKeys");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("seed: bad key") << Era::Seed << QByteArray("public_key=abc") << false << 401 << "invalid_public_key";
        QTest::newRow("seed: unknown key") << Era::Seed << QByteArray("public_key=0f8fad5b-d9cb-469f-a165-70867728950e") << false << 401 << "unknown_user_account";
        QTest::newRow("current: missing key") << Era::Current << QByteArray() << false << 401 << "missing_public_key";
        QTest::newRow("current: deprecated") << Era::Current << QByteArray("public_key=PK") << true << 401 << "deprecated_authentication";
        QTest::newRow("current: token format") << Era::Current << QByteArray("connect_session_token=abc") << false << 401 << "invalid_connect_session_token_format";
        QTest::newRow("current: unknown token") << Era::Current << QByteArray("connect_session_token=nango_connect_session_") + QByteArray(64, 'b') << false << 401 << "unknown_connect_session_token";
        QTest::newRow("current: token + connection_id") << Era::Current << QByteArray("connection_id=c1&connect_session_token=TOKEN") << false << 400 << "invalid_query_params";
        QTest::newRow("current: not allowed") << Era::Current << QByteArray("connect_session_token=JIRATOKEN") << false << 400 << "integration_not_allowed";
    }
    void windowErrors()
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
        query.replace("JIRATOKEN", env.server.createConnectSession(QStringLiteral("u"), {QStringLiteral("jira")}).toLatin1());
        query.replace("TOKEN", env.server.createConnectSession(QStringLiteral("u")).toLatin1());
        WsClient ws;
        const QString id = ws.open(wsUrl(env.server));
        const HttpResult r = env.http.get(env.connectUrl("github", query, id));
        QCOMPARE(r.status, status);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(r.code(), code);
        QTest::qWait(50);
        QCOMPARE(ws.frames.size(), 1); // the ack only
    }

    void socketErrors_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("hmacOn");
        QTest::addColumn<QString>("type"); // "" = 302 to the provider
        QTest::addColumn<QString>("desc");
        for (Era era : {Era::Seed, Era::Current}) {
            const char *e = era == Era::Seed ? "seed" : "current";
            QTest::addRow("%s: unknown integration", e) << era << QByteArray("nope") << QByteArray("public_key=PK") << false << "unknown_config_key" << "";
            QTest::addRow("%s: not OAuth", e) << era << QByteArray("stripe") << QByteArray("public_key=PK") << false << "provider_config_err"
                                              << "Provider Config \"stripe\" is missing client ID, secret and/or scopes.";
            QTest::addRow("%s: no client credentials", e) << era << QByteArray("broken") << QByteArray("public_key=PK") << false << "provider_config_err"
                                                          << "Provider Config \"broken\" is missing client ID, secret and/or scopes.";
            QTest::addRow("%s: hmac vector", e) << era << QByteArray("github") << "connection_id=user-42&public_key=PK&hmac=" + VectorUser42 << true << "" << "";
            QTest::addRow("%s: hmac over the key alone", e) << era << QByteArray("github") << "public_key=PK&hmac=" + VectorKeyAlone << true << "" << "";
            QTest::addRow("%s: key-alone hmac with a connection id", e) << era << QByteArray("github") << "connection_id=user-42&public_key=PK&hmac=" + VectorKeyAlone
                                                                       << true << "invalid_hmac" << "Invalid HMAC digest.";
            QTest::addRow("%s: wrong hmac", e) << era << QByteArray("github") << QByteArray("connection_id=user-42&public_key=PK&hmac=00") << true << "invalid_hmac" << "Invalid HMAC digest.";
            QTest::addRow("%s: missing hmac", e) << era << QByteArray("github") << QByteArray("connection_id=user-42&public_key=PK") << true << "missing_hmac" << "Missing HMAC digest.";
        }
        QTest::newRow("current: token skips hmac") << Era::Current << QByteArray("github") << QByteArray("connect_session_token=TOKEN") << true << "" << "";
    }
    void socketErrors()
    {
        QFETCH(Era, era);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, query);
        QFETCH(bool, hmacOn);
        QFETCH(QString, type);
        QFETCH(QString, desc);
        Env env(era);
        if (hmacOn)
            env.server.setHmacKey(HmacKey);
        query.replace("TOKEN", env.server.createConnectSession(QStringLiteral("u")).toLatin1());
        WsClient ws;
        const QString id = ws.open(wsUrl(env.server));
        const HttpResult r = env.http.get(env.connectUrl(key, query, id));
        if (type.isEmpty()) {
            QCOMPARE(r.status, 302);
            QTest::qWait(30);
            QCOMPARE(ws.frames.size(), 1);
            return;
        }
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        QVERIFY(ws.waitFrames(2));
        const QJsonObject f = ws.frame(1);
        QCOMPARE(f.value(QStringLiteral("message_type")).toString(), QStringLiteral("error"));
        QCOMPARE(f.value(QStringLiteral("error_type")).toString(), type);
        QCOMPARE(f.value(QStringLiteral("provider_config_key")).toString(), QString::fromLatin1(key));
        if (!desc.isEmpty())
            QCOMPARE(f.value(QStringLiteral("error_desc")).toString(), desc);
        QVERIFY(!f.value(QStringLiteral("error_desc")).toString().isEmpty());
        // One frame per ws_client_id: a second window with the same id gets nothing on the socket.
        env.http.get(env.connectUrl(key, query, id));
        QTest::qWait(50);
        QCOMPARE(ws.frames.size(), 2);
    }

    void callbackStateErrors()
    {
        Env env(Era::Current);
        WsClient ws;
        const QString id = ws.open(wsUrl(env.server));
        const HttpResult none = env.http.get(serverUrl(env.server, "/oauth/callback", "code=abc"));
        QCOMPARE(none.status, 400);
        QVERIFY(none.body.contains("No state found in callback"));
        const HttpResult unknown = env.http.get(serverUrl(env.server, "/oauth/callback", "code=abc&state=%3Cxyz%3E"));
        QCOMPARE(unknown.status, 400);
        QVERIFY2(unknown.body.contains("No session found for state: &quot;&lt;xyz&gt;&quot;"), unknown.body.constData());
        QTest::qWait(30);
        QCOMPARE(ws.frames.size(), 1);

        // Another browser profile (no state cookie) at the callback: state_cookie_err on the socket.
        const HttpResult page = env.follow(env.connectUrl("github", "public_key=PK", id));
        const QUrl allow = env.server.url().resolved(QUrl(linkHref(page.body, "allow")));
        const HttpResult decided = env.http.get(allow);
        Http otherProfile;
        const HttpResult done = otherProfile.get(QUrl::fromEncoded(decided.headers.value("location")));
        QCOMPARE(done.status, 400);
        QVERIFY(ws.waitFrames(2));
        QCOMPARE(ws.frame(1).value(QStringLiteral("error_type")).toString(), QStringLiteral("state_cookie_err"));
        QVERIFY(env.server.connections().isEmpty());
    }

    void webSocketFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("drop") << "drop";
        QTest::newRow("ackWithoutId") << "ackWithoutId";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("garbageInsteadOfAck") << "garbageInsteadOfAck";
        QTest::newRow("unknownFrames") << "unknownFrames";
        QTest::newRow("closeAfterAck") << "closeAfterAck";
        QTest::newRow("huge") << "huge";
        QTest::newRow("ackDelay") << "ackDelay";
        QTest::newRow("neverSendResult") << "neverSendResult";
    }
    void webSocketFaults()
    {
        QFETCH(QString, fault);
        Env env(Era::Current);
        Faults f;
        f.dropWebSocketBeforeAck = fault == QLatin1String("drop");
        f.ackWithoutId = fault == QLatin1String("ackWithoutId");
        f.garbageFrames = fault == QLatin1String("garbage");
        f.garbageInsteadOfAck = fault == QLatin1String("garbageInsteadOfAck");
        f.unknownFrames = fault == QLatin1String("unknownFrames");
        f.closeAfterAck = fault == QLatin1String("closeAfterAck");
        f.hugeFrameBytes = fault == QLatin1String("huge") ? 100000 : 0;
        f.ackDelayMs = fault == QLatin1String("ackDelay") ? 300 : 0;
        f.neverSendResult = fault == QLatin1String("neverSendResult");
        env.server.setFaults(f);
        WsClient ws;
        QSignalSpy disconnected(&ws.socket, &QWebSocket::disconnected);
        QSignalSpy binary(&ws.socket, &QWebSocket::binaryMessageReceived);
        QElapsedTimer t;
        t.start();
        const QString id = ws.open(wsUrl(env.server));
        if (fault == QLatin1String("drop")) {
            QTRY_COMPARE(disconnected.size(), 1);
            QVERIFY(ws.frames.isEmpty());
        } else if (fault == QLatin1String("ackWithoutId")) {
            QCOMPARE(ws.frames.first(), QStringLiteral("{\"message_type\":\"connection_ack\"}"));
        } else if (fault == QLatin1String("garbage") || fault == QLatin1String("garbageInsteadOfAck")) {
            // A text frame that is not JSON and a binary frame, then (garbage) the ack.
            QCOMPARE(ws.frames.first(), QStringLiteral("this is not json {"));
            QTRY_COMPARE(binary.size(), 1);
            if (fault == QLatin1String("garbage")) {
                QVERIFY(ws.waitFrames(2));
                QCOMPARE(ws.frame(1).value(QStringLiteral("message_type")).toString(), QStringLiteral("connection_ack"));
            } else {
                QTest::qWait(200);
                QCOMPARE(ws.frames.size(), 1);
            }
        } else if (fault == QLatin1String("closeAfterAck")) {
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE(disconnected.size(), 1);
        } else if (fault == QLatin1String("huge")) {
            QVERIFY(!id.isEmpty());
            QVERIFY(ws.waitFrames(2));
            QCOMPARE(ws.frames.at(1).size(), 100000);
            QCOMPARE(ws.frame(1).value(QStringLiteral("message_type")).toString(), QStringLiteral("padding"));
        } else if (fault == QLatin1String("ackDelay")) {
            QVERIFY(!id.isEmpty());
            QVERIFY(t.elapsed() >= 290);
        } else if (fault == QLatin1String("unknownFrames") || fault == QLatin1String("neverSendResult")) {
            if (fault == QLatin1String("unknownFrames")) {
                QCOMPARE(ws.frame(0).value(QStringLiteral("message_type")).toString(), QStringLiteral("heartbeat_unknown"));
                QVERIFY(ws.waitFrames(2));
            }
            const QString realId = ws.frame(ws.frames.size() - 1).value(QStringLiteral("ws_client_id")).toString();
            QVERIFY(!realId.isEmpty());
            const HttpResult done = env.follow(env.connectUrl("github-auto", "public_key=PK", realId));
            QCOMPARE(done.status, 200); // the page renders either way
            if (fault == QLatin1String("unknownFrames")) {
                QVERIFY(ws.waitFrames(4));
                QCOMPARE(ws.frame(2).value(QStringLiteral("message_type")).toString(), QStringLiteral("heartbeat_unknown"));
                QCOMPARE(ws.frame(3).value(QStringLiteral("message_type")).toString(), QStringLiteral("success"));
            } else {
                QTest::qWait(50);
                QCOMPARE(ws.frames.size(), 1);
                QCOMPARE(env.server.connections().size(), 1);
            }
        }
    }

    void httpDelayOnConnect()
    {
        Env env(Era::Current);
        Faults f;
        f.httpDelayMs = 300;
        env.server.setFaults(f);
        QElapsedTimer t;
        t.start();
        QCOMPARE(env.http.get(env.connectUrl("github", "public_key=PK", QString())).status, 302);
        QVERIFY(t.elapsed() >= 290);
        t.restart();
        QCOMPARE(env.http.get(serverUrl(env.server, "/oauth/callback")).status, 400); // not delayed
        QVERIFY(t.elapsed() < 290);
    }

    void serverGoesAway()
    {
        // Destroying the server with open sockets and a parked request does not crash.
        auto env = std::make_unique<Env>(Era::Current);
        Faults f;
        f.neverAnswer = true;
        env->server.setFaults(f);
        WsClient ws;
        QVERIFY(!ws.open(wsUrl(env->server)).isEmpty());
        QNetworkRequest request(serverUrl(env->server, "/api-auth/api-key/stripe", "public_key=" + env->pk));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(request, QByteArray("{\"apiKey\":\"k\"}"));
        QTRY_COMPARE(env->server.requestLog().size(), 2);
        env.reset();
        QTRY_VERIFY(reply->isFinished());
        QTRY_COMPARE(ws.socket.state(), QAbstractSocket::UnconnectedState);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
