// SPDX-License-Identifier: MIT
// Small synchronous helpers for the dev server tests: HTTP through a real QNetworkAccessManager,
// WebSocket through a real QWebSocket, both on loopback.
#pragma once

#include "nangodevserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /// Error code in either era's shape.
    QString code() const
    {
        const QJsonObject o = json();
        if (o.value(QStringLiteral("error")).isObject())
            return o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        return o.value(QStringLiteral("type")).toString();
    }
};

class Http
{
public:
    QNetworkAccessManager nam; // keeps cookies like a browser profile

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 5000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        if (!reply->isFinished()) {
            reply->abort();
            reply->deleteLater();
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }

    HttpResult postJson(const QUrl &url, const QByteArray &body, const QByteArray &contentType = "application/json")
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return send("POST", url, body, headers);
    }
    HttpResult get(const QUrl &url) { return send("GET", url); }
};

/// A URL on the server with a raw (already encoded) query.
inline QUrl serverUrl(const NangoDev::NangoDevServer &server, const QByteArray &path, const QByteArray &rawQuery = {})
{
    QByteArray s = server.url().toEncoded() + path;
    if (!rawQuery.isEmpty())
        s += '?' + rawQuery;
    return QUrl::fromEncoded(s, QUrl::StrictMode);
}

/// A WebSocket client that records the text frames it gets.
struct WsClient
{
    QWebSocket socket;
    QStringList frames;
    bool wasConnected = false;

    WsClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &m) { frames << m; });
        QObject::connect(&socket, &QWebSocket::connected, &socket, [this] { wasConnected = true; });
    }
    /// Opens and waits for the first frame; returns the ws_client_id of the ack (empty if none).
    QString open(const QUrl &url, int timeoutMs = 5000)
    {
        socket.open(url);
        QElapsedTimer t;
        t.start();
        while (frames.isEmpty() && t.elapsed() < timeoutMs && socket.state() != QAbstractSocket::UnconnectedState)
            QTest::qWait(5);
        if (frames.isEmpty())
            return QString();
        return QJsonDocument::fromJson(frames.first().toUtf8()).object().value(QStringLiteral("ws_client_id")).toString();
    }
    bool waitFrames(int count, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (frames.size() < count && t.elapsed() < timeoutMs)
            QTest::qWait(5);
        return frames.size() >= count;
    }
    QJsonObject frame(int i) const { return QJsonDocument::fromJson(frames.value(i).toUtf8()).object(); }
};

inline QUrl wsUrl(const NangoDev::NangoDevServer &server, const QString &path = QStringLiteral("/"))
{
    QUrl u = server.url();
    u.setScheme(QStringLiteral("ws"));
    u.setPath(path);
    return u;
}
