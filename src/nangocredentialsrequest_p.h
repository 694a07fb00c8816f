// SPDX-License-Identifier: MIT
// Private: the credentials branch's one HTTP request (docs/protocol.md §4; every POST mode of
// README "Auth modes"). Shaped like NangoWebSocketSession: one job, fails once, every error names
// the host and what to check; bounded by its own timeout.
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace NangoQtPrivate {

class NANGOQT_CORE_TESTS_EXPORT NangoCredentialsRequest : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxResponseSize = 1024 * 1024;

    /// A JSON POST of @p body (none when empty) to @p url. @p host (the Nango host, normalized) words the errors;
    /// @p debug lifts the trace to info level (NangoAuth::debug).
    NangoCredentialsRequest(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body, const QUrl &host,
                            bool debug, QObject *parent = nullptr);
    ~NangoCredentialsRequest() override;

    /// TLS settings of an https:// request (call before send()).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_sslConfiguration = configuration; }
    /// Milliseconds the server has to answer before the request fails with `timeout` naming the
    /// endpoint and the host (NangoAuth::requestTimeout; 0 = unbounded). Call before send().
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void send();
    /// Aborts quietly: no signal follows.
    void abort();

Q_SIGNALS:
    /// The server made the connection (a 2xx answer with both keys).
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The request failed: no answer (in time), a redirect, an error answer, a 2xx answer whose
    /// body is an error document (TBA's `invalid_credentials`), or a 2xx answer without the keys.
    void failed(const QString &type, const QString &message);

private:
    void onFinished();
    void fail(const QString &type, const QString &message);
    QString hostForMessages() const;

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_url;
    QByteArray m_body;
    QUrl m_host;
    bool m_debug = false;
    int m_timeoutMs = 0;
    QTimer m_timer;
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    QPointer<QNetworkReply> m_reply;
    QString m_tlsErrorText;
    bool m_done = false;
};

} // namespace NangoQtPrivate
