// SPDX-License-Identifier: MIT
// Private: the OAuth branch's WebSocket (docs/protocol.md §5): ack, terminal frame, keep-alive, death.
#pragma once

#include "nangoframe_p.h"

#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace NangoQtPrivate {

class NANGOQT_CORE_TESTS_EXPORT NangoWebSocketSession : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFrameSize = 1024 * 1024;

    /// @p websocketsPath is only used to word errors.
    NangoWebSocketSession(const QUrl &url, const QString &websocketsPath, int keepAliveMs,
                          int ackTimeoutMs, QObject *parent = nullptr);
    ~NangoWebSocketSession() override;

    /// TLS settings of the wss:// connection (call before open()).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_sslConfiguration = configuration; }
    void open();
    /// Closes quietly: no signal follows.
    void close();
    /// For a timeout message: a sentence about the frames that were not Nango's (ignored), if
    /// any arrived; empty otherwise.
    QString ignoredFramesNote() const;

Q_SIGNALS:
    void acknowledged(const QString &wsClientId);
    /// A Success or Error frame; the session is closed quietly afterwards.
    void resultReceived(const NangoQtPrivate::NangoFrame &frame);
    /// The socket could not open, died, or the peer broke the protocol; the session is over.
    void failed(const QString &type, const QString &message);

private:
    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &data);
    QString upgradeRefusal(const QString &qtError) const;
    void failWithSocketError();
    void onError();
    void onDisconnected();
    void fail(const char *type, const QString &message);
    void fail(const QString &type, const QString &message);

    QWebSocket *m_socket = nullptr;
    QUrl m_url;
    QString m_websocketsPath;
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    QTimer m_keepAlive;
    QTimer m_ackTimer;
    int m_missedPongs = 0;
    int m_ignoredFrames = 0; // text frames that are not JSON, binary frames
    bool m_connected = false; // the upgrade succeeded
    bool m_acked = false;
    bool m_done = false;
};

} // namespace NangoQtPrivate
