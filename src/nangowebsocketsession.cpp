// SPDX-License-Identifier: MIT
#include "nangowebsocketsession_p.h"

#include "nangoerrortypes.h"
#include "nangologging_p.h"

#include <QCoreApplication>
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
    m_ackTimer.setInterval(ackTimeoutMs > 0 ? ackTimeoutMs : 15000);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] {
        fail(NangoErrorType::Timeout,
             tr("The Nango server at %1 did not acknowledge the WebSocket connection within %2 s.")
                 .arg(m_url.toDisplayString())
                 .arg(m_ackTimer.interval() / 1000.0));
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
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        onTextMessage(QString::fromUtf8(data));
    });
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
    if (m_done)
        return;
    close();
    Q_EMIT failed(QString::fromLatin1(type), message);
}

void NangoWebSocketSession::onTextMessage(const QString &message)
{
    if (m_done)
        return;
    const NangoFrame frame = parseFrame(message.toUtf8());
    switch (frame.type) {
    case NangoFrame::Invalid:
        fail(NangoErrorType::InvalidResponse,
             tr("The WebSocket at %1 sent a frame that is not Nango's JSON: \"%2\". Is the host a Nango server?")
                 .arg(m_url.toDisplayString(), message.left(80)));
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

void NangoWebSocketSession::onError()
{
    if (m_done || !m_socket)
        return;
    const auto error = m_socket->error();
    const QString why = m_socket->errorString();
    const QString where = m_url.toDisplayString();
    qCDebug(lcNangoCore) << "WebSocket error" << error << why;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        if (why.contains(QLatin1String("status code"), Qt::CaseInsensitive)) {
            // The TCP connection worked but the upgrade was refused (HTTP 400 on a wrong path).
            fail(NangoErrorType::WebSocketClosed,
                 tr("The Nango server refused the WebSocket upgrade at %1 (%2). Check the websocketsPath setting (now \"%3\"): it is resolved against the host.")
                     .arg(where, why, m_websocketsPath));
        } else {
            fail(NangoErrorType::NetworkError, tr("Could not connect to %1: connection refused.").arg(where));
        }
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(NangoErrorType::NetworkError, tr("Could not connect to %1: host not found.").arg(where));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(NangoErrorType::TlsError, tr("TLS failure with %1: %2").arg(where, why));
        return;
    case QAbstractSocket::SocketTimeoutError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::RemoteHostClosedError:
    default:
        if (!m_connected) {
            // TCP worked (refusals are handled above) but the upgrade did not: Qt 6.4 words an
            // HTTP 400 at the upgrade as an "unknown error condition".
            fail(NangoErrorType::WebSocketClosed,
                 tr("The Nango server refused the WebSocket upgrade at %1 (%2). Check the websocketsPath setting (now \"%3\"): it is resolved against the host.")
                     .arg(where, why, m_websocketsPath));
            return;
        }
        fail(NangoErrorType::WebSocketClosed,
             tr("The WebSocket to %1 failed before the result arrived: %2").arg(where, why));
        return;
    }
}

void NangoWebSocketSession::onDisconnected()
{
    if (m_done || !m_socket)
        return;
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
