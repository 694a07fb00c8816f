// SPDX-License-Identifier: MIT
// Private: the credentials branch's one HTTP request (docs/protocol.md §4): API key, Basic,
// unauthenticated. Shaped like NangoWebSocketSession: one job, fails once, every error names the
// host and what to check.
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace NangoQtPrivate {

class NANGOQT_CORE_TESTS_EXPORT NangoCredentialsRequest : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxResponseSize = 1024 * 1024;

    /// A JSON POST of @p body to @p url. @p host (the Nango host, normalized) words the errors;
    /// @p debug lifts the trace to info level (NangoAuth::debug).
    NangoCredentialsRequest(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body, const QUrl &host,
                            bool debug, QObject *parent = nullptr);
    ~NangoCredentialsRequest() override;

    /// TLS settings of an https:// request (call before send()).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_sslConfiguration = configuration; }
    void send();
    /// Aborts quietly: no signal follows.
    void abort();

Q_SIGNALS:
    /// The server made the connection (a 2xx answer with both keys).
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The request failed: no answer, a redirect, an error answer, or a 2xx answer without the keys.
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
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    QPointer<QNetworkReply> m_reply;
    QString m_tlsErrorText;
    bool m_done = false;
};

} // namespace NangoQtPrivate
