// SPDX-License-Identifier: MIT
// The OAuth branch (docs/protocol.md §5): WebSocket ack and terminal frames, /oauth/connect, the fake
// OAuth2 provider (authorize page, Allow / Deny), and /oauth/callback.
#include "nangodevserver_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace NangoDev {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

/// Builds "a=b&c=d" with RFC 3986 encoding (spaces as %20), in the given order.
QByteArray encodeQuery(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncodeComponent(item.first) + '=' + percentEncodeComponent(item.second);
    }
    return out;
}

} // namespace

// ---- WebSocket ------------------------------------------------------------------------------

void NangoDevServerPrivate::onNewWebSocket()
{
    while (http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = http->nextPendingWebSocketConnection();
        if (socket)
            setUpWebSocket(socket.release());
    }
}

void NangoDevServerPrivate::setUpWebSocket(QWebSocket *ws)
{
    ws->setParent(this);
    ws->setMaxAllowedIncomingMessageSize(64 * 1024); // clients send nothing (docs/protocol.md §5.1)
    ws->setMaxAllowedIncomingFrameSize(64 * 1024);
    sockets.erase(std::remove_if(sockets.begin(), sockets.end(), [](const QPointer<QWebSocket> &s) { return !s; }),
                  sockets.end());
    sockets.append(ws);
    connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
    connect(ws, &QObject::destroyed, this, [this, ws] {
        sockets.removeIf([ws](const QPointer<QWebSocket> &s) { return s.data() == ws; });
        for (auto it = wsClients.begin(); it != wsClients.end();) {
            if (!it.value() || it.value().data() == ws)
                it = wsClients.erase(it);
            else
                ++it;
        }
    });
    // Whatever the client sends is ignored; pings are answered by QWebSocket itself.

    const Faults f = faults;
    if (f.dropWebSocketBeforeAck) {
        ws->close(QWebSocketProtocol::CloseCodeGoingAway);
        return;
    }
    QPointer<QWebSocket> guard(ws);
    const auto sendAck = [this, guard, f] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (f.garbageFrames || f.garbageInsteadOfAck)
            sendGarbageFrames(guard);
        if (f.garbageInsteadOfAck)
            return;
        if (f.unknownFrames)
            guard->sendTextMessage(QString::fromUtf8(orderedJson({{"message_type", QStringLiteral("heartbeat_unknown")}, {"x", 1}})));
        if (f.ackWithoutId) {
            guard->sendTextMessage(QString::fromUtf8(orderedJson({{"message_type", QStringLiteral("connection_ack")}})));
        } else {
            const QString id = newUuid();
            wsClients.insert(id, guard);
            guard->sendTextMessage(QString::fromUtf8(orderedJson({{"message_type", QStringLiteral("connection_ack")}, {"ws_client_id", id}})));
        }
        if (f.hugeFrameBytes > 0) {
            const qint64 size = qMin(f.hugeFrameBytes, Limits::MaxHugeFrame);
            const QByteArray prefix("{\"message_type\":\"padding\",\"data\":\"");
            const QByteArray suffix("\"}");
            const qint64 fill = qMax<qint64>(0, size - prefix.size() - suffix.size());
            guard->sendTextMessage(QString::fromLatin1(prefix + QByteArray(fill, 'x') + suffix));
        }
        if (f.closeAfterAck)
            guard->close(QWebSocketProtocol::CloseCodeNormal);
    };
    if (f.ackDelayMs > 0)
        QTimer::singleShot(f.ackDelayMs, this, sendAck);
    else
        sendAck();
}

void NangoDevServerPrivate::sendTerminalFrame(const QString &wsClientId, const QByteArray &frame)
{
    if (wsClientId.isEmpty())
        return;
    const QPointer<QWebSocket> ws = wsClients.take(wsClientId); // one frame per id, then forget it
    if (!ws || faults.neverSendResult)
        return;
    if (faults.unknownFrames)
        ws->sendTextMessage(QString::fromUtf8(orderedJson({{"message_type", QStringLiteral("heartbeat_unknown")}, {"x", 1}})));
    if (faults.garbageFrames)
        sendGarbageFrames(ws);
    ws->sendTextMessage(QString::fromUtf8(frame));
    Q_EMIT q->resultFrameSent(wsClientId);
    // The socket stays open: current servers don't close it (docs/protocol.md §5).
}

void NangoDevServerPrivate::sendGarbageFrames(QWebSocket *ws)
{
    // What a proxy or load balancer in front of a server may inject: a text banner that is not
    // JSON and a binary keep-alive.
    ws->sendTextMessage(QStringLiteral("this is not json {"));
    ws->sendBinaryMessage(QByteArray("\x00\x01keep-alive\xff", 13));
}

QByteArray NangoDevServerPrivate::errorFrame(const QString &key, const QString &connectionId, const QString &type,
                                             const QString &desc) const
{
    QList<std::pair<QString, QJsonValue>> members{{QStringLiteral("message_type"), QStringLiteral("error")}};
    if (!key.isEmpty())
        members.append({QStringLiteral("provider_config_key"), key});
    if (!connectionId.isEmpty())
        members.append({QStringLiteral("connection_id"), connectionId});
    members.append({QStringLiteral("error_type"), type});
    members.append({QStringLiteral("error_desc"), desc});
    return orderedJson(members);
}

// ---- /oauth/connect -------------------------------------------------------------------------

void NangoDevServerPrivate::handleOAuthConnect(const Exchange &ex, const QString &key)
{
    // Errors before the OAuth controller: a JSON document in the window, no frame (docs/protocol.md §5).
    const AuthCheck auth = checkAuth(ex);
    if (!auth.ok) {
        replyAuthError(ex, auth);
        return;
    }
    const bool hasConnectionId = ex->query.contains(QStringLiteral("connection_id"));
    QString connectionId = ex->queryString("connection_id");
    if (era == Era::Current) {
        if (!checkQueryAndUri(ex, key, auth.viaToken, false))
            return;
        if (auth.viaToken && !auth.session.allowedIntegrations.isEmpty() && !auth.session.allowedIntegrations.contains(key)) {
            replyError(ex, 400, QStringLiteral("integration_not_allowed"));
            return;
        }
        if (auth.viaToken && !auth.session.reconnectConnectionId.isEmpty()) { // a reconnect session re-authorizes its connection
            if (!findConnection(auth.session.reconnectConnectionId, key)) {
                replyError(ex, 400, QStringLiteral("invalid_connection"));
                return;
            }
            connectionId = auth.session.reconnectConnectionId;
        }
    }

    // The controller: errors go on the socket, the window gets the error page.
    const QString wsClientId = ex->queryString("ws_client_id");
    const auto failOnSocket = [&](const QString &type, const QString &desc) {
        sendTerminalFrame(wsClientId, errorFrame(key, connectionId, type, desc));
        replyHtml(ex, era == Era::Seed ? 500 : 400, callbackPage(false, desc));
    };
    const Integration *integ = integration(key);
    if (!integ) {
        failOnSocket(QStringLiteral("unknown_config_key"),
                     QStringLiteral("Provider Config \"%1\" is unknown. Check the integration's unique key.").arg(key));
        return;
    }
    if (integ->authMode.compare(QLatin1String("OAUTH2"), Qt::CaseInsensitive) != 0 || !integ->hasClientCredentials) {
        failOnSocket(QStringLiteral("provider_config_err"),
                     QStringLiteral("Provider Config \"%1\" is missing client ID, secret and/or scopes.").arg(key));
        return;
    }
    if (!hmacKey.isEmpty() && !auth.viaToken) {
        const QString hmac = ex->queryString("hmac");
        if (hmac.isEmpty()) {
            failOnSocket(QStringLiteral("missing_hmac"), QStringLiteral("Missing HMAC digest."));
            return;
        }
        const QString message = hasConnectionId ? key + QLatin1Char(':') + connectionId : key;
        if (hmac != hmacHex(hmacKey, message)) {
            failOnSocket(QStringLiteral("invalid_hmac"), QStringLiteral("Invalid HMAC digest."));
            return;
        }
    }
    if (connectionId.isEmpty())
        connectionId = newUuid();

    OAuthSession s;
    s.state = newUuid();
    s.providerConfigKey = key;
    s.connectionId = connectionId;
    s.wsClientId = wsClientId;
    s.endUserId = auth.session.endUserId;
    s.connectionConfig = connectionConfigFrom(ex->query);
    s.codeVerifier = randomHex(32);
    s.scopes = integ->scopes;
    s.autoApprove = integ->autoApprove;
    s.redirectUri = ex->origin + QStringLiteral("/oauth/callback");
    if (integ->pkce)
        s.codeChallenge = pkceChallenge(s.codeVerifier);

    QList<std::pair<QString, QString>> items{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), QStringLiteral("dev-client")},
        {QStringLiteral("redirect_uri"), s.redirectUri},
        {QStringLiteral("scope"), integ->scopes.join(QLatin1Char(' '))},
        {QStringLiteral("state"), s.state},
    };
    if (integ->pkce) {
        items.append({QStringLiteral("code_challenge"), s.codeChallenge});
        items.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    }
    const QVariant userScope = ex->query.value(QStringLiteral("user_scope"));
    if (userScope.typeId() == QMetaType::QString && !userScope.toString().isEmpty())
        items.append({QStringLiteral("user_scope"), userScope.toString()});
    // Template params, then the request's; the literal "undefined" removes one (docs/protocol.md §5.2).
    QMap<QString, QString> authParams = integ->authorizationParams;
    const QVariantMap requested = ex->query.value(QStringLiteral("authorization_params")).toMap();
    for (auto it = requested.cbegin(); it != requested.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            continue;
        if (it.value().toString() == QLatin1String("undefined"))
            authParams.remove(it.key());
        else
            authParams.insert(it.key(), it.value().toString());
    }
    for (auto it = authParams.cbegin(); it != authParams.cend(); ++it) {
        bool replaced = false;
        for (auto &item : items) {
            if (item.first == it.key()) {
                item.second = it.value();
                replaced = true;
            }
        }
        if (!replaced)
            items.append({it.key(), it.value()});
    }
    rememberOAuth(s);

    const QByteArray location = ex->origin.toUtf8() + "/provider/oauth/authorize?" + encodeQuery(items);
    const QByteArray cookie = "oauth2-" + s.state.toLatin1() + "=1; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax";
    reply(ex, 302, "text/plain; charset=utf-8", "Found. Redirecting to " + location,
          {{"Location", location}, {"Set-Cookie", cookie}});
}

void NangoDevServerPrivate::rememberOAuth(const OAuthSession &s)
{
    oauthSessions.insert(s.state, s);
    providerPending.insert(s.state, s);
    oauthOrder.append(s.state);
    while (oauthOrder.size() > Limits::MaxPendingOAuth) {
        const QString old = oauthOrder.takeFirst();
        oauthSessions.remove(old);
        providerPending.remove(old);
    }
    if (codes.size() > Limits::MaxPendingOAuth)
        codes.clear();
}

// ---- the fake provider ----------------------------------------------------------------------

bool NangoDevServerPrivate::refusesEmbeddedBrowsers(const Integration &integ) const
{
    const QString authorizationUrl
        = providers.value(integ.provider).toObject().value(QStringLiteral("authorization_url")).toString();
    return QUrl(authorizationUrl).host() == QLatin1String("accounts.google.com");
}

void NangoDevServerPrivate::handleProviderAuthorize(const Exchange &ex)
{
    const QString state = ex->queryString("state");
    const auto it = providerPending.constFind(state);
    if (state.isEmpty() || it == providerPending.constEnd() || ex->queryString("client_id") != QLatin1String("dev-client")
        || ex->queryString("redirect_uri") != it->redirectUri) {
        replyHtml(ex, 400, messagePage(QStringLiteral("Dev Provider — error"),
                                       QStringLiteral("invalid_request: unknown state, client or redirect URI.")));
        return;
    }
    const Integration *integ = integration(it->providerConfigKey);
    // Google refuses OAuth in embedded browsers ("disallowed_useragent", since 2021): the fake
    // provider of an integration whose provider authorizes on accounts.google.com answers a
    // QtWebEngine user agent the way Google does, before anything else.
    if (integ && refusesEmbeddedBrowsers(*integ) && ex->header("user-agent").contains("QtWebEngine")) {
        replyHtml(ex, 403, disallowedUserAgentPage());
        return;
    }
    if (it->autoApprove || !integ) {
        const QString code = randomHex(16);
        codes.insert(code, IssuedCode{state, ex->queryString("code_challenge")});
        const QByteArray location = it->redirectUri.toUtf8() + '?'
            + encodeQuery({{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
        providerPending.remove(state);
        reply(ex, 302, "text/plain; charset=utf-8", "Found. Redirecting to " + location, {{"Location", location}});
        return;
    }
    OAuthSession shown = *it;
    shown.codeChallenge = ex->queryString("code_challenge");
    providerPending.insert(state, shown);
    replyHtml(ex, 200, providerPage(*integ, shown));
}

void NangoDevServerPrivate::handleProviderDecide(const Exchange &ex)
{
    const QString state = ex->queryString("state");
    const auto it = providerPending.constFind(state);
    if (state.isEmpty() || it == providerPending.constEnd()) {
        replyHtml(ex, 400, messagePage(QStringLiteral("Dev Provider — error"), QStringLiteral("invalid_request: unknown state.")));
        return;
    }
    const OAuthSession s = *it;
    providerPending.remove(state);
    QByteArray location = s.redirectUri.toUtf8() + '?';
    if (ex->queryString("decision") == QLatin1String("allow")) {
        const QString code = randomHex(16);
        codes.insert(code, IssuedCode{state, s.codeChallenge});
        location += encodeQuery({{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
    } else {
        location += "error=access_denied&error_description=The+user+denied+access&state=" + percentEncodeComponent(state);
    }
    reply(ex, 302, "text/plain; charset=utf-8", "Found. Redirecting to " + location, {{"Location", location}});
}

// ---- /oauth/callback ------------------------------------------------------------------------

void NangoDevServerPrivate::handleOAuthCallback(const Exchange &ex)
{
    const QString state = ex->queryString("state");
    if (state.isEmpty()) {
        replyHtml(ex, 400, messagePage(QStringLiteral("Error"), QStringLiteral("No state found in callback")));
        return;
    }
    const auto found = oauthSessions.constFind(state);
    if (found == oauthSessions.constEnd()) {
        replyHtml(ex, 400, messagePage(QStringLiteral("Error"), QStringLiteral("No session found for state: \"%1\"").arg(state)));
        return;
    }
    const OAuthSession s = *found;
    oauthSessions.remove(state); // first use only: a replay gets "No session found"
    oauthOrder.removeAll(state);
    providerPending.remove(state);
    const HeaderPairs clearCookie{{"Set-Cookie", "oauth2-" + state.toLatin1() + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"}};

    // The provider's query keys, as JSON: the current page's error message (docs/protocol.md §5.2).
    QJsonObject providerKeys;
    for (auto it = ex->query.cbegin(); it != ex->query.cend(); ++it)
        providerKeys.insert(it.key(), QJsonValue::fromVariant(it.value()));
    const QString pageMessage = QString::fromUtf8(QJsonDocument(providerKeys).toJson(QJsonDocument::Compact));
    const auto fail = [&](const QString &type, const QString &desc) {
        sendTerminalFrame(s.wsClientId, errorFrame(s.providerConfigKey, s.connectionId, type, desc));
        replyHtml(ex, era == Era::Seed ? 500 : 400, callbackPage(false, pageMessage), clearCookie);
    };

    const QByteArray cookieHeader = ex->header("cookie");
    bool cookieOk = false;
    for (const QByteArray &part : cookieHeader.split(';')) {
        if (part.trimmed().startsWith("oauth2-" + state.toLatin1() + '='))
            cookieOk = true;
    }
    if (!cookieOk) {
        fail(QStringLiteral("state_cookie_err"), QStringLiteral("The OAuth state cookie is missing: the callback was opened in another browser or profile."));
        return;
    }
    const QString code = ex->queryString("code");
    if (code.isEmpty()) {
        QString desc = QStringLiteral("Did not get authorization code in the callback.");
        if (era == Era::Current && (ex->query.contains(QStringLiteral("error")) || ex->query.contains(QStringLiteral("error_description"))))
            desc += QStringLiteral(" Error: %1, %2").arg(ex->queryString("error"), ex->queryString("error_description"));
        fail(QStringLiteral("callback_err"), desc);
        return;
    }
    const IssuedCode issued = codes.take(code);
    if (issued.state != state
        || (!s.codeChallenge.isEmpty() && pkceChallenge(s.codeVerifier) != issued.codeChallenge)) {
        fail(QStringLiteral("token_err"), QStringLiteral("Error getting the access token: the provider refused the code (invalid_grant)."));
        return;
    }
    const Integration *integ = integration(s.providerConfigKey);
    Connection c;
    c.providerConfigKey = s.providerConfigKey;
    c.connectionId = s.connectionId;
    c.authMode = integ ? integ->authMode : QStringLiteral("OAUTH2");
    c.connectionConfig = s.connectionConfig;
    c.credentials = QVariantMap{{QStringLiteral("type"), QStringLiteral("OAUTH2")},
                                {QStringLiteral("access_token"), QStringLiteral("dev-access-token-") + randomHex(8)},
                                {QStringLiteral("refresh_token"), QStringLiteral("dev-refresh-token-") + randomHex(8)},
                                {QStringLiteral("scopes"), s.scopes}};
    c.endUserId = s.endUserId;
    storeConnection(c);
    QList<std::pair<QString, QJsonValue>> frame{{QStringLiteral("message_type"), QStringLiteral("success")},
                                                {QStringLiteral("provider_config_key"), s.providerConfigKey},
                                                {QStringLiteral("connection_id"), s.connectionId}};
    if (era == Era::Current)
        frame.append({QStringLiteral("is_pending"), false});
    sendTerminalFrame(s.wsClientId, orderedJson(frame));
    replyHtml(ex, 200, callbackPage(true, QString()), clearCookie);
}

} // namespace NangoDev
