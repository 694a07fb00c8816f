// SPDX-License-Identifier: MIT
// The HTTP side: one listening socket on 127.0.0.1 for HTTP and WebSocket, the raw request
// tracker, routing, the request log and the way answers are written (delays included).
#include "nangodevserver_p.h"

#include <QSslSocket>

#include <QHttpServerRouterRule>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace NangoDev {

// ---- front: bounded sockets with a raw request tracker ------------------------------------

void FrontServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_d->tlsOn()) {
        // HTTPS and WSS on the same port: QHttpServer and its QWebSocketServer read the decrypted
        // stream of the QSslSocket as they read a plain one.
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_d->tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, ssl, [](const QList<QSslError> &errors) {
            qCDebug(lcDevServer) << "TLS errors from a client:" << errors;
        });
        ssl->startServerEncryption();
    }
    // A hard bound on what one request can make us buffer (QHttpServer keeps a whole request
    // in the socket's buffer while it parses it).
    socket->setReadBufferSize(Limits::ReadBuffer);
    auto *tracker = new RawTracker(socket, m_d);
    connect(socket, &QTcpSocket::readyRead, tracker, &RawTracker::before);
    addPendingConnection(socket); // QHttpServer connects its own readyRead handler here
    connect(socket, &QTcpSocket::readyRead, tracker, &RawTracker::after);
}

RawTracker::RawTracker(QTcpSocket *socket, NangoDevServerPrivate *d)
    : QObject(socket), m_socket(socket), m_d(d)
{
}

void RawTracker::before()
{
    if (m_refused || m_state == State::Blind || !m_socket->isOpen())
        return;
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_availableAfter;
    if (fresh > 0)
        feed(m_socket->peek(available).right(fresh));
}

void RawTracker::after()
{
    if (!m_socket->isOpen())
        return;
    m_availableAfter = m_socket->bytesAvailable();
}

bool RawTracker::takeTarget(QByteArray *target)
{
    if (m_targets.isEmpty())
        return false;
    *target = m_targets.dequeue();
    return true;
}

void RawTracker::feed(const QByteArray &input)
{
    QByteArray bytes = input;
    while (!bytes.isEmpty() && !m_refused) {
        switch (m_state) {
        case State::Blind:
            return;
        case State::Body: {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size());
            bytes.remove(0, take);
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                m_state = State::Head;
            break;
        }
        case State::Head: {
            if (m_head.isEmpty()) { // whitespace between requests is ignored, as QHttpServer does
                qsizetype skip = 0;
                while (skip < bytes.size() && (bytes.at(skip) == '\r' || bytes.at(skip) == '\n'
                                               || bytes.at(skip) == ' ' || bytes.at(skip) == '\t'))
                    ++skip;
                bytes.remove(0, skip);
                if (bytes.isEmpty())
                    return;
            }
            m_head += bytes;
            bytes.clear();
            qsizetype end = m_head.indexOf("\r\n\r\n");
            qsizetype sep = 4;
            const qsizetype lfEnd = m_head.indexOf("\n\n");
            if (lfEnd >= 0 && (end < 0 || lfEnd < end)) {
                end = lfEnd;
                sep = 2;
            }
            if (end < 0) {
                if (m_head.size() > Limits::MaxHead)
                    refuse(431, "Request Header Fields Too Large");
                return;
            }
            const QByteArray head = m_head.left(end);
            bytes = m_head.mid(end + sep);
            m_head.clear();
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            m_targets.enqueue(requestLine.size() >= 2 ? requestLine.at(1) : QByteArray());
            qint64 contentLength = 0;
            bool chunked = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    contentLength = value.toLongLong();
                else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                    chunked = true;
            }
            if (chunked) {
                // Not followed further: later requests on this socket log QUrl's form of the
                // target; the read buffer bound still applies.
                m_state = State::Blind;
                return;
            }
            if (contentLength > Limits::MaxBody) {
                refuse(413, "Payload Too Large");
                return;
            }
            if (contentLength > 0) {
                m_bodyLeft = contentLength;
                m_state = State::Body;
            }
            break;
        }
        }
    }
}

void RawTracker::refuse(int status, const QByteArray &reason)
{
    m_refused = true;
    LoggedRequest entry;
    entry.method = QStringLiteral("?");
    entry.path = QString::fromLatin1(m_targets.isEmpty() ? QByteArray() : m_targets.last()).section(QLatin1Char('?'), 0, 0);
    const quint64 id = m_d->appendLog(entry);
    m_d->finishLog(id, status);
    const QByteArray body = reason;
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->disconnectFromHost();
    qCInfo(lcDevServer) << "refused a request:" << status << reason;
}

// ---- the WebSocket upgrade rule -----------------------------------------------------------

namespace {

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare("upgrade", Qt::CaseInsensitive) == 0
            && h.second.trimmed().compare("websocket", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// Matches a WebSocket upgrade on the configured path only; anything else (a wrong path
/// included) goes to the missing handler, which answers 400 to an upgrade.
class WebSocketRule : public QHttpServerRouterRule
{
public:
    WebSocketRule(const QString &pattern, NangoDevServerPrivate *d, RouterHandler handler)
        : QHttpServerRouterRule(pattern, std::move(handler)), m_d(d)
    {
    }

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override
    {
        if (!isWebSocketUpgrade(request) || request.url().path() != m_d->webSocketPath)
            return false;
        static const QRegularExpression any(QStringLiteral(".*"));
        *match = any.match(QString());
        return true;
    }

private:
    NangoDevServerPrivate *m_d;
};

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

/// Fills method, raw target, headers, body and origin of an exchange.
Exchange makeExchange(const QHttpServerRequest &request, QTcpSocket *socket, quint16 port, bool tls)
{
    auto ex = std::make_shared<HttpExchange>();
    ex->socket = socket;
    ex->method = methodName(request.method());
    QByteArray target;
    auto *tracker = socket ? socket->findChild<RawTracker *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!tracker || !tracker->takeTarget(&target)) {
        const QUrl url = request.url();
        target = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    }
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype qmark = target.indexOf('?');
    ex->rawPath = qmark >= 0 ? target.left(qmark) : target;
    ex->rawQuery = qmark >= 0 ? target.mid(qmark + 1) : QByteArray();
    if (ex->rawPath.startsWith("http://") || ex->rawPath.startsWith("https://")) // absolute-form
        ex->rawPath = QUrl::fromEncoded(ex->rawPath).path(QUrl::FullyEncoded).toUtf8();
    ex->path = QString::fromUtf8(QByteArray::fromPercentEncoding(ex->rawPath));
    ex->query = parseQs(ex->rawQuery);
    const auto headers = request.headers();
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if (ex->headers.contains(name))
            ex->headers[name] += ", " + h.second;
        else
            ex->headers.insert(name, h.second);
    }
    ex->body = request.body();
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"));
    const QString host = QString::fromLatin1(ex->header("host"));
    const QString scheme = tls ? QStringLiteral("https://") : QStringLiteral("http://");
    if (hostRe.match(host).hasMatch())
        ex->origin = scheme + host;
    else
        ex->origin = scheme + QStringLiteral("127.0.0.1:%1").arg(port);
    return ex;
}

} // namespace

QString HttpExchange::queryString(const char *key) const
{
    const QVariant v = query.value(QString::fromLatin1(key));
    return v.typeId() == QMetaType::QString ? v.toString() : QString();
}

// ---- set-up and routing ---------------------------------------------------------------------

void NangoDevServerPrivate::setUpHttp()
{
    http = new QHttpServer(this);
    http->route<WebSocketRule>(QStringLiteral("/"), this,
                               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                                   onWebSocketUpgrade(request, std::move(responder));
                               });
    http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder));
    });
    connect(http, &QAbstractHttpServer::newWebSocketConnection, this, &NangoDevServerPrivate::onNewWebSocket);
}

void NangoDevServerPrivate::onWebSocketUpgrade(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // QHttpServer hands the socket to its QWebSocketServer right after this returns.
    Exchange ex = makeExchange(request, responder.socket(), port, tlsOn());
    LoggedRequest entry;
    entry.method = QStringLiteral("WS");
    entry.path = ex->path;
    entry.rawQuery = ex->rawQuery;
    entry.headers = ex->headers;
    const quint64 id = appendLog(entry);
    finishLog(id, 101);
}

void NangoDevServerPrivate::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    Exchange ex = makeExchange(request, socket, port, tlsOn());
    auto *tracker = socket ? socket->findChild<RawTracker *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    ex->responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    const bool upgrade = isWebSocketUpgrade(request);

    LoggedRequest entry;
    entry.method = upgrade ? QStringLiteral("WS") : ex->method;
    entry.path = ex->path;
    entry.rawQuery = ex->rawQuery;
    entry.headers = ex->headers;
    entry.body = ex->body;
    ex->logId = appendLog(entry);
    qCDebug(lcDevServer).noquote() << entry.method << ex->path;

    if (tracker && tracker->isRefused())
        return; // already answered 413/431 and closing

    if (upgrade) { // on a path that is not the WebSocket path (docs/protocol.md §5.1)
        reply(ex, 400, "text/plain", "Bad Request", {{"Connection", "close"}});
        return;
    }
    if (ex->body.size() > Limits::MaxBody) {
        reply(ex, 413, "text/plain", "Payload Too Large", {{"Connection", "close"}});
        return;
    }

    const QList<QByteArray> seg = ex->rawPath.split('/'); // "/a/b" → "", "a", "b"
    const auto segment = [&seg](int i) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(seg.value(i)));
    };
    const bool get = ex->method == QLatin1String("GET") || ex->method == QLatin1String("HEAD");
    const bool post = ex->method == QLatin1String("POST");
    const int n = seg.size();

    const bool current = era == Era::Current;
    // The Connect UI imitation (current era): /connect, /connect/ and /connect/assets/<file>.
    if (current && get && seg.value(1) == "connect"
        && (n == 2 || (n == 3 && seg.at(2).isEmpty()) || (n == 4 && seg.at(2) == "assets" && !seg.at(3).isEmpty()))) {
        if (!handleConnectUI(ex, n == 4 ? segment(3) : QString()))
            notFound(ex);
        return;
    }
    if (current && ex->method == QLatin1String("OPTIONS")) {
        handlePreflight(ex);
        return;
    }
    const auto isApi = [&] {
        return (n == 4 && seg.at(1) == "api-auth") || (n == 4 && seg.at(1) == "auth") || (n == 4 && seg.at(1) == "oauth2")
            || (n == 3 && seg.at(1) == "unauth") || (n >= 2 && seg.at(1) == "connect") || (n >= 2 && seg.at(1) == "providers");
    };
    if (isApi() || (n == 4 && seg.at(1) == "oauth" && seg.at(2) == "connect"))
        ex->delayMs = qMax(0, faults.httpDelayMs);

    if (post && n == 4 && seg.at(1) == "api-auth" && (seg.at(2) == "api-key" || seg.at(2) == "basic") && !seg.at(3).isEmpty()) {
        if (!applyApiFaults(ex))
            handleCredentials(ex, seg.at(2) == "api-key" ? QStringLiteral("API_KEY") : QStringLiteral("BASIC"), segment(3));
        return;
    }
    if (post && n == 4 && seg.at(1) == "auth" && seg.at(2) == "unauthenticated" && !seg.at(3).isEmpty()) {
        if (!applyApiFaults(ex))
            handleCredentials(ex, QStringLiteral("NONE"), segment(3));
        return;
    }
    if (post && n == 3 && seg.at(1) == "unauth" && !seg.at(2).isEmpty() && era == Era::Seed) {
        if (!applyApiFaults(ex))
            handleCredentials(ex, QStringLiteral("NONE"), segment(2));
        return;
    }
    // The endpoints of current servers only: a 2024 server answers them as any unknown route.
    static const QHash<QByteArray, QString> modeRoutes{
        {"tba", QStringLiteral("TBA")}, {"jwt", QStringLiteral("JWT")}, {"two-step", QStringLiteral("TWO_STEP")},
        {"bill", QStringLiteral("BILL")}, {"signature", QStringLiteral("SIGNATURE")}, {"aws-sigv4", QStringLiteral("AWS_SIGV4")},
        {"oauth-outbound", QStringLiteral("OUTBOUND")}};
    if (current && post && n == 4 && seg.at(1) == "auth" && modeRoutes.contains(seg.at(2)) && !seg.at(3).isEmpty()) {
        if (!applyApiFaults(ex))
            handleCredentials(ex, modeRoutes.value(seg.at(2)), segment(3));
        return;
    }
    if (current && post && n == 4 && seg.at(1) == "oauth2" && seg.at(2) == "auth" && !seg.at(3).isEmpty()) {
        if (!applyApiFaults(ex))
            handleCredentials(ex, QStringLiteral("OAUTH2_CC"), segment(3));
        return;
    }
    if (current && post && n == 3 && seg.at(1) == "connect" && seg.at(2) == "sessions") {
        if (!applyApiFaults(ex))
            handleConnectSessions(ex);
        return;
    }
    if (current && post && n == 4 && seg.at(1) == "connect" && seg.at(2) == "sessions" && seg.at(3) == "reconnect") {
        if (!applyApiFaults(ex))
            handleReconnectSession(ex);
        return;
    }
    if (current && (get || ex->method == QLatin1String("DELETE")) && n == 3 && seg.at(1) == "connect" && seg.at(2) == "session") {
        if (!applyApiFaults(ex)) {
            if (get)
                handleGetConnectSession(ex);
            else
                handleDeleteConnectSession(ex);
        }
        return;
    }
    if (current && get && (n == 2 || (n == 3 && !seg.at(2).isEmpty())) && seg.at(1) == "providers") {
        if (!applyApiFaults(ex))
            handleProviders(ex, n == 3 ? segment(2) : QString());
        return;
    }
    if (get && n == 4 && seg.at(1) == "images" && seg.at(2) == "template-logos") {
        handleLogo(ex, segment(3));
        return;
    }
    if (get && n == 4 && seg.at(1) == "oauth" && seg.at(2) == "connect" && !seg.at(3).isEmpty()) {
        handleOAuthConnect(ex, segment(3));
        return;
    }
    if (get && ex->rawPath == "/oauth/callback") {
        handleOAuthCallback(ex);
        return;
    }
    if (get && ex->rawPath == "/provider/oauth/authorize") {
        handleProviderAuthorize(ex);
        return;
    }
    if (get && ex->rawPath == "/provider/oauth/decide") {
        handleProviderDecide(ex);
        return;
    }
    if (get && ex->rawPath == "/integrations") {
        handleListIntegrations(ex);
        return;
    }
    if (get && (ex->rawPath == "/" || ex->rawPath.isEmpty())) {
        replyHtml(ex, 200, indexPage());
        return;
    }
    notFound(ex);
}

void NangoDevServerPrivate::notFound(const Exchange &ex)
{
    if (era == Era::Seed) {
        // Express' default answer.
        replyHtml(ex, 404, QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                          "<title>Error</title>\n</head>\n<body>\n<pre>Cannot %1 %2</pre>\n</body>\n</html>\n")
                               .arg(ex->method, htmlEscape(ex->path)));
        return;
    }
    replyJson(ex, 404, orderedJson({{"error", QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                                          {QStringLiteral("message"), QStringLiteral("The requested endpoint does not exist")}}}}));
}

void NangoDevServerPrivate::park(const Exchange &ex)
{
    // Keep the responder alive, never write; forget it once its socket is gone.
    parked.erase(std::remove_if(parked.begin(), parked.end(), [](const Exchange &e) { return !e->socket; }),
                 parked.end());
    parked.append(ex);
    const qsizetype i = logIds.indexOf(ex->logId);
    if (i >= 0)
        Q_EMIT q->requestLogged(log.at(i));
}

bool NangoDevServerPrivate::applyApiFaults(const Exchange &ex)
{
    if (faults.neverAnswer) {
        park(ex);
        return true;
    }
    if (faults.html502) {
        reply(ex, 502, "text/html",
              "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
              "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        return true;
    }
    if (faults.truncatedJson) {
        reply(ex, 200, "application/json; charset=utf-8", "{\"connectionId\":\"abc\",\"provid");
        return true;
    }
    if (faults.apiErrorStatus > 0) {
        const int status = faults.apiErrorStatus;
        switch (status) {
        case 401:
            replyError(ex, status, QStringLiteral("unknown_account"),
                       QStringLiteral("Authentication failed. The provided authorization header does not match any account."));
            break;
        case 404:
            replyError(ex, status, QStringLiteral("unknown_provider_config"));
            break;
        case 415:
            replyError(ex, status, QStringLiteral("invalid_content_type"), QStringLiteral("Content-Type must be application/json"));
            break;
        case 429:
            replyError(ex, status, QStringLiteral("too_many_request"), QStringLiteral("Too many requests"));
            break;
        default:
            replyError(ex, status, QStringLiteral("server_error"), QStringLiteral("An unexpected error occurred"));
            break;
        }
        return true;
    }
    if (faults.redirectLoop) {
        QByteArray self = ex->rawPath;
        if (!ex->rawQuery.isEmpty())
            self += '?' + ex->rawQuery;
        reply(ex, 302, "text/plain", "Found", {{QByteArrayLiteral("Location"), ex->origin.toUtf8() + self}});
        return true;
    }
    if (faults.okNotJson) {
        replyHtml(ex, 200, QStringLiteral("<html><body>Welcome to nginx!</body></html>"));
        return true;
    }
    if (faults.okMissingFields) {
        replyJson(ex, 200, "{\"status\":\"ok\"}");
        return true;
    }
    return false;
}

// ---- answers and the log --------------------------------------------------------------------

void NangoDevServerPrivate::reply(const Exchange &ex, int status, const QByteArray &contentType,
                                  const QByteArray &body, const HeaderPairs &extraHeaders)
{
    if (ex->delayMs > 0) {
        const int delay = ex->delayMs;
        ex->delayMs = 0;
        QTimer::singleShot(delay, this, [this, ex, status, contentType, body, extraHeaders] {
            writeNow(ex, status, contentType, body, extraHeaders);
        });
        return;
    }
    writeNow(ex, status, contentType, body, extraHeaders);
}

void NangoDevServerPrivate::writeNow(const Exchange &ex, int status, const QByteArray &contentType,
                                     const QByteArray &body, const HeaderPairs &extraHeaders)
{
    finishLog(ex->logId, status);
    if (!ex->responder || !ex->socket || !ex->socket->isOpen()
        || ex->socket->state() != QAbstractSocket::ConnectedState) {
        ex->responder.reset();
        return;
    }
    QHttpServerResponder &r = *ex->responder;
    r.writeStatusLine(QHttpServerResponder::StatusCode(status));
    r.writeHeader("Content-Type", contentType);
    // Nango's public API answers every origin (its `cors` handler, origin '*'): the Connect UI
    // page may call an apiURL of another origin. Nothing here forbids framing (no
    // X-Frame-Options, no frame-ancestors): the Connect UI is meant to be framed.
    if (era == Era::Current)
        r.writeHeader("Access-Control-Allow-Origin", "*");
    for (const auto &h : extraHeaders)
        r.writeHeader(h.first, h.second);
    r.writeHeader("Cache-Control", "no-store");
    r.writeHeader("Content-Length", QByteArray::number(body.size()));
    r.writeBody(body);
    ex->responder.reset();
}

quint64 NangoDevServerPrivate::appendLog(LoggedRequest entry)
{
    const quint64 id = nextLogId++;
    log.append(std::move(entry));
    logIds.append(id);
    while (log.size() > Limits::MaxLogEntries) {
        log.removeFirst();
        logIds.removeFirst();
    }
    return id;
}

void NangoDevServerPrivate::finishLog(quint64 id, int status)
{
    for (qsizetype i = logIds.size() - 1; i >= 0; --i) {
        if (logIds.at(i) == id) {
            log[i].status = status;
            const LoggedRequest copy = log.at(i);
            Q_EMIT q->requestLogged(copy);
            return;
        }
    }
}

} // namespace NangoDev
