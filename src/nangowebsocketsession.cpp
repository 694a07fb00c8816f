// SPDX-License-Identifier: MIT
#include "nangowebsocketsession_p.h"

#include "nangoerrorparser_p.h"
#include "nangoerrortypes.h"
#include "nangologging_p.h"
#include "nangonetworkerror_p.h"
#include "nangoredaction_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QWebSocket>

namespace NangoQtPrivate {

NangoWebSocketSession::NangoWebSocketSession(const QUrl &url, const QString &websocketsPath,
                                             int keepAliveMs, int ackTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_websocketsPath(websocketsPath)
{
    m_keepAlive.setInterval(keepAliveMs > 0 ? keepAliveMs : 25000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        // Two pings without a pong: the path to the server is gone (proxies drop idle sockets).
        if (++m_missedPongs > 2) {
            fail(NangoErrorType::WebSocketClosed,
                 tr("The WebSocket to %1 stopped answering keep-alive pings before the result arrived.")
                     .arg(m_url.toDisplayString()));
            return;
        }
        m_socket->ping();
    });
    m_ackTimer.setSingleShot(true);
    m_ackTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    m_ackTimer.setInterval(ackTimeoutMs > 0 ? ackTimeoutMs : 15000);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] {
        fail(NangoErrorType::Timeout,
             tr("The Nango server at %1 did not acknowledge the WebSocket connection within %2 s.")
                     .arg(m_url.toDisplayString())
                     .arg(m_ackTimer.interval() / 1000.0)
                 + ignoredFramesNote());
    });
}

NangoWebSocketSession::~NangoWebSocketSession()
{
    close();
}

void NangoWebSocketSession::open()
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(MaxFrameSize);
    m_socket->setMaxAllowedIncomingMessageSize(MaxFrameSize);
    m_socket->setSslConfiguration(m_sslConfiguration);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &NangoWebSocketSession::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &NangoWebSocketSession::onBinaryMessage);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_missedPongs = 0; });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &NangoWebSocketSession::onError);
    connect(m_socket, &QWebSocket::disconnected, this, &NangoWebSocketSession::onDisconnected);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a certificate problem ends the flow.
        fail(NangoErrorType::TlsError,
             tr("The TLS certificate of %1 was refused: %2")
                 .arg(m_url.host(), errors.isEmpty() ? tr("unknown error") : errors.first().errorString()));
    });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        qCDebug(lcNangoCore) << "WebSocket connected to" << redactedUrl(m_url);
        m_keepAlive.start();
    });
    qCDebug(lcNangoCore) << "Opening WebSocket" << redactedUrl(m_url);
    m_ackTimer.start();
    m_socket->open(m_url);
}

void NangoWebSocketSession::close()
{
    m_done = true;
    m_keepAlive.stop();
    m_ackTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void NangoWebSocketSession::fail(const char *type, const QString &message)
{
    fail(QString::fromLatin1(type), message);
}

void NangoWebSocketSession::fail(const QString &type, const QString &message)
{
    if (m_done)
        return;
    close();
    Q_EMIT failed(type, message);
}

void NangoWebSocketSession::onTextMessage(const QString &message)
{
    if (m_done)
        return;
    const NangoFrame frame = parseFrame(message.toUtf8());
    switch (frame.type) {
    case NangoFrame::Invalid:
        // Not Nango's: a proxy's or load balancer's banner, say. The JS SDK ignores it, and so
        // do we; only an excerpt is logged (the frame is not ours and may carry anything).
        ++m_ignoredFrames;
        qCWarning(lcNangoCore).noquote() << QStringLiteral("Ignoring a WebSocket frame from %1 that is not Nango's JSON (%2 characters): %3")
                                                .arg(redactedUrl(m_url))
                                                .arg(message.size())
                                                .arg(bodyExcerpt(message.toUtf8(), 60));
        return;
    case NangoFrame::Unknown:
        qCDebug(lcNangoCore) << "Ignoring WebSocket frame of type" << frame.messageType;
        return;
    case NangoFrame::Ack:
        if (m_acked) {
            qCDebug(lcNangoCore) << "Ignoring a second connection_ack";
            return;
        }
        m_ackTimer.stop();
        if (frame.wsClientId.isEmpty()) {
            fail(NangoErrorType::MissingWsClientId,
                 tr("The Nango server acknowledged the WebSocket connection without a ws_client_id."));
            return;
        }
        m_acked = true;
        Q_EMIT acknowledged(frame.wsClientId);
        return;
    case NangoFrame::Success:
    case NangoFrame::Error:
        if (!m_acked) {
            fail(NangoErrorType::InvalidResponse,
                 tr("The Nango server sent a result before acknowledging the WebSocket connection."));
            return;
        }
        close();
        Q_EMIT resultReceived(frame);
        return;
    }
}

void NangoWebSocketSession::onBinaryMessage(const QByteArray &data)
{
    if (m_done)
        return;
    // Nango sends text frames only; a binary one is an intermediary's keep-alive. Its bytes are
    // not logged.
    ++m_ignoredFrames;
    qCDebug(lcNangoCore) << "Ignoring a binary WebSocket frame of" << data.size() << "bytes from" << redactedUrl(m_url);
}

QString NangoWebSocketSession::ignoredFramesNote() const
{
    if (m_ignoredFrames == 0)
        return QString();
    return QLatin1Char(' ')
        + (m_ignoredFrames == 1 ? tr("It sent a frame that is not Nango's protocol (ignored). Is the host a Nango server?")
                                : tr("It sent %1 frames that are not Nango's protocol (ignored). Is the host a Nango server?").arg(m_ignoredFrames));
}

QString NangoWebSocketSession::upgradeRefusal(const QString &qtError) const
{
    // Qt 6.4 words a refused upgrade as "…Unhandled http status code: 404 (Not Found)." and an
    // HTTP 400 as "…Unknown error condition encountered…" or a version complaint; other
    // handshake errors mean the answer was not a WebSocket handshake at all.
    static const QRegularExpression statusCode(QStringLiteral("status code: (\\d{3})"));
    int status = 0;
    if (const auto m = statusCode.match(qtError); m.hasMatch())
        status = m.captured(1).toInt();
    else if (qtError.contains(QLatin1String("Unknown error condition")) || qtError.contains(QLatin1String("version"), Qt::CaseInsensitive))
        status = 400;
    const QString where = m_url.toDisplayString();
    if (status > 0) {
        return tr("The server answered HTTP %1 to the WebSocket upgrade at %2: is websocketsPath right (now \"%3\")? It is resolved against the host.")
            .arg(status)
            .arg(where, m_websocketsPath);
    }
    return tr("The server at %1 did not answer the WebSocket upgrade with a WebSocket handshake: is the host a Nango server, and is websocketsPath right (now \"%2\")?")
        .arg(where, m_websocketsPath);
}

void NangoWebSocketSession::onError()
{
    if (m_done || !m_socket)
        return;
    qCDebug(lcNangoCore) << "WebSocket error" << m_socket->error() << m_socket->errorString();
    failWithSocketError();
}

void NangoWebSocketSession::failWithSocketError()
{
    const auto error = m_socket->error();
    const QString why = m_socket->errorString();
    const QString where = m_url.toDisplayString();
    // The TCP connection existed (an HTTP answer came back, or the upgrade went through).
    const bool reachedServer = m_connected || !m_socket->peerAddress().isNull();
    const bool handshakeError = why.contains(QLatin1String("processHandshake")) || why.contains(QLatin1String("status code"), Qt::CaseInsensitive);
    if (!m_connected && handshakeError) {
        fail(NangoErrorType::WebSocketClosed, upgradeRefusal(why));
        return;
    }
    // Failures to reach the server are worded as for the credentials request; the rest are
    // the WebSocket's own.
    const ConnectFailure failure = connectFailure(error);
    const bool connectProblem = failure == ConnectFailure::Refused || failure == ConnectFailure::HostNotFound
        || failure == ConnectFailure::Tls || (failure == ConnectFailure::Unreachable && !reachedServer);
    if (connectProblem) {
        const NangoError e = connectError(failure, m_url, why);
        fail(e.type, e.message);
        return;
    }
    if (!m_connected) {
        fail(NangoErrorType::WebSocketClosed,
             tr("The server at %1 closed the connection during the WebSocket upgrade: is the host a Nango server, and is websocketsPath right (now \"%2\")?")
                 .arg(where, m_websocketsPath));
        return;
    }
    fail(NangoErrorType::WebSocketClosed, tr("The WebSocket to %1 failed before the result arrived (%2).").arg(where, why));
}

void NangoWebSocketSession::onDisconnected()
{
    if (m_done || !m_socket)
        return;
    if (!m_connected) {
        // The connection never became a WebSocket: Qt 6.4 reports a refused TCP connection with
        // disconnected() alone, the socket's error says why.
        qCDebug(lcNangoCore) << "WebSocket gone before the upgrade" << m_socket->error() << m_socket->errorString();
        failWithSocketError();
        return;
    }
    const auto code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    QString detail = tr("close code %1").arg(int(code));
    if (code == QWebSocketProtocol::CloseCodeTooMuchData)
        detail = tr("a frame was larger than %1 bytes").arg(MaxFrameSize);
    else if (!reason.isEmpty())
        detail += QStringLiteral(", ") + reason.left(80);
    fail(NangoErrorType::WebSocketClosed,
         m_acked ? tr("The WebSocket to %1 closed before the result arrived (%2).").arg(m_url.toDisplayString(), detail)
                 : tr("The WebSocket to %1 closed before the server acknowledged it (%2).").arg(m_url.toDisplayString(), detail));
}

} // namespace NangoQtPrivate
