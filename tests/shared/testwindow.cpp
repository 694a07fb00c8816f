// SPDX-License-Identifier: MIT
#include "testwindow.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

FollowingWindow::FollowingWindow(Action a, QObject *parent)
    : NangoAuthWindow(parent)
    , action(a)
{
}

void FollowingWindow::prepare(const QSize &size, const QString &integrationId, const QString &host)
{
    record->calls << QStringLiteral("prepare");
    record->preparedSize = size;
    record->preparedIntegrationId = integrationId;
    record->preparedHost = host;
    if (action == CloseWhileConnecting)
        QTimer::singleShot(0, this, [this] { userClose(); });
}

void FollowingWindow::open(const QUrl &url, const QSize &size, const QString &)
{
    record->calls << QStringLiteral("open");
    record->openedSize = size;
    record->openedUrl = url;
    if (m_closed)
        return; // the user closed it while it was connecting: it stays closed
    if (action == CloseBeforeLoad) {
        QTimer::singleShot(0, this, [this] { userClose(); });
        return;
    }
    load(url, 0);
    if (action == CloseWhileLoading)
        QTimer::singleShot(0, this, [this] { userClose(); });
}

void FollowingWindow::close()
{
    record->calls << QStringLiteral("close");
    ++record->closeCalls;
    m_closed = true;
    if (m_reply)
        m_reply->abort();
}

void FollowingWindow::userClose()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_reply)
        m_reply->abort();
    Q_EMIT userClosed();
}

void FollowingWindow::resume(Action next)
{
    action = next;
    m_closed = false;
    if (!record->visited.isEmpty())
        load(record->visited.last(), 0);
}

void FollowingWindow::load(const QUrl &url, int hops)
{
    if (m_closed)
        return;
    if (hops > 20) {
        Q_EMIT errorOccurred(QStringLiteral("invalid_response"), QStringLiteral("too many redirects"));
        return;
    }
    record->visited << url;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(sslConfiguration);
    m_reply = m_network.get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, hops] { onFinished(reply, hops); });
}

void FollowingWindow::onFinished(QNetworkReply *reply, int hops)
{
    reply->deleteLater();
    if (m_closed)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    record->statuses << status;
    if (status >= 300 && status < 400) {
        const QUrl next = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        load(next, hops + 1);
        return;
    }
    if (status == 0) {
        Q_EMIT errorOccurred(QStringLiteral("network_error"), reply->errorString());
        return;
    }
    const QString text = QString::fromUtf8(reply->readAll());
    const QUrl url = reply->url();
    Q_EMIT pageLoaded(url, status, text);
    if (m_closed)
        return;

    // The dev server's fake provider page has <a id="allow" href=…> and <a id="deny" href=…>.
    const auto link = [&text](const QString &id) {
        const QRegularExpression re(QStringLiteral("<a[^>]*\\bid=\"%1\"[^>]*>").arg(id));
        const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
        const auto tag = re.match(text);
        if (!tag.hasMatch())
            return QString();
        QString h = href.match(tag.captured(0)).captured(1);
        return h.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    };
    const QString allow = link(QStringLiteral("allow"));
    if (!allow.isEmpty()) {
        switch (action) {
        case Allow:
        case ReplayCallback:
            load(url.resolved(QUrl(allow)), 0);
            break;
        case Deny:
            load(url.resolved(QUrl(link(QStringLiteral("deny")))), 0);
            break;
        case CloseOnProvider:
            QTimer::singleShot(0, this, [this] { userClose(); });
            break;
        default:
            break;
        }
        return;
    }
    if (action == ReplayCallback && !m_replayed && url.path() == QLatin1String("/oauth/callback")) {
        m_replayed = true;
        load(url, 0);
    }
}
