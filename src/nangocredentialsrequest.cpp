// SPDX-License-Identifier: MIT
#include "nangocredentialsrequest_p.h"

#include "nangoerrorparser_p.h"
#include "nangoerrortypes.h"
#include "nangologging_p.h"
#include "nangomessages_p.h"
#include "nangonetworkerror_p.h"
#include "nangoredaction_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace NangoQtPrivate {

NangoCredentialsRequest::NangoCredentialsRequest(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
                                                 const QUrl &host, bool debug, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_body(body)
    , m_host(host)
    , m_debug(debug)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(QString::fromLatin1(NangoErrorType::Timeout),
             NangoMessages::tr("The Nango server at %1 did not answer POST %2 within %3 s (NangoAuth::requestTimeout).")
                 .arg(hostForMessages(), m_url.path())
                 .arg(m_timeoutMs / 1000.0));
    });
}

NangoCredentialsRequest::~NangoCredentialsRequest()
{
    abort();
}

QString NangoCredentialsRequest::hostForMessages() const
{
    return m_host.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void NangoCredentialsRequest::send()
{
    if (!m_network) {
        fail(QString::fromLatin1(NangoErrorType::NetworkError), NangoMessages::tr("The network access of the flow is gone."));
        return;
    }
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    // A redirect on these POST endpoints is never part of the protocol: report it, don't follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_sslConfiguration);
    trace(m_debug) << "POST" << redactedUrl(m_url);

    m_reply = m_network->post(request, m_body);
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: remember why, the reply then fails with SslHandshakeFailedError.
        m_tlsErrorText = errors.isEmpty() ? QString() : errors.first().errorString();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxResponseSize) {
            fail(QString::fromLatin1(NangoErrorType::InvalidResponse),
                 NangoMessages::tr("The Nango server at %1 sent an answer larger than %2 bytes.").arg(hostForMessages()).arg(MaxResponseSize));
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &NangoCredentialsRequest::onFinished);
}

void NangoCredentialsRequest::abort()
{
    m_done = true;
    m_timer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void NangoCredentialsRequest::fail(const QString &type, const QString &message)
{
    if (m_done)
        return;
    abort();
    Q_EMIT failed(type, message);
}

void NangoCredentialsRequest::onFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *r = m_reply;
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = r->read(MaxResponseSize);
    const auto error = r->error();
    trace(m_debug) << "Answer" << status << error;

    if (status == 0) {
        const ConnectFailure failure = connectFailure(error);
        const NangoError e = connectError(failure, m_host,
                                          failure == ConnectFailure::Tls && !m_tlsErrorText.isEmpty() ? m_tlsErrorText : r->errorString());
        fail(e.type, e.message);
        return;
    }
    if (status >= 300 && status < 400) {
        fail(QString::fromLatin1(NangoErrorType::InvalidResponse),
             NangoMessages::tr("The Nango server at %1 answered HTTP %2, a redirect to \"%3\"; check the host setting.")
                 .arg(hostForMessages())
                 .arg(status)
                 .arg(QString::fromUtf8(r->rawHeader("Location")).left(120)));
        return;
    }
    if (status < 200 || status >= 300) {
        const NangoError e = parseErrorBody(status, body);
        fail(e.type, e.message);
        return;
    }
    // TBA answers HTTP 200 with {error:{code:"invalid_credentials"}}: an error whatever the status.
    if (const auto error = parseErrorDocument(body)) {
        fail(error->type, error->message);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString connectionId = o.value(QLatin1String("connectionId")).toString();
    const QString providerConfigKey = o.value(QLatin1String("providerConfigKey")).toString();
    if (connectionId.isEmpty() || providerConfigKey.isEmpty()) {
        fail(QString::fromLatin1(NangoErrorType::InvalidResponse),
             NangoMessages::tr("The Nango server answered HTTP %1 without connectionId and providerConfigKey: \"%2\".")
                 .arg(status)
                 .arg(bodyExcerpt(body)));
        return;
    }
    abort(); // done: the reply goes, no signal but this one
    Q_EMIT succeeded(providerConfigKey, connectionId);
}

} // namespace NangoQtPrivate
