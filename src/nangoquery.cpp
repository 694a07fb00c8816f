// SPDX-License-Identifier: MIT
#include "nangoquery_p.h"

namespace NangoQtPrivate {

QByteArray percentEncode(const QString &value)
{
    // QUrl::toPercentEncoding leaves exactly RFC 3986's unreserved set literal.
    return QUrl::toPercentEncoding(value);
}

namespace {

void append(QByteArray &query, const QByteArray &key, const QString &value)
{
    query += query.isEmpty() ? '?' : '&';
    query += key;
    query += '=';
    query += percentEncode(value);
}

void appendMap(QByteArray &query, const char *name, const QMap<QString, QString> &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        append(query, QByteArray(name) + '[' + percentEncode(it.key()) + ']', it.value());
}

} // namespace

QByteArray buildQuery(const NangoQueryInput &in)
{
    QByteArray query;
    if (!in.connectionId.isEmpty())
        append(query, "connection_id", in.connectionId);
    if (!in.publicKey.isEmpty())
        append(query, "public_key", in.publicKey);
    if (!in.connectSessionToken.isEmpty())
        append(query, "connect_session_token", in.connectSessionToken);
    appendMap(query, "params", in.params);
    if (!in.hmac.isEmpty())
        append(query, "hmac", in.hmac);
    if (!in.userScope.isEmpty())
        append(query, "user_scope", in.userScope.join(QLatin1Char(',')));
    if (!in.oauthClientIdOverride.isEmpty())
        append(query, "credentials[oauth_client_id_override]", in.oauthClientIdOverride);
    if (!in.oauthClientSecretOverride.isEmpty())
        append(query, "credentials[oauth_client_secret_override]", in.oauthClientSecretOverride);
    appendMap(query, "authorization_params", in.authorizationParams);
    if (!in.wsClientId.isEmpty())
        append(query, "ws_client_id", in.wsClientId);
    return query;
}

QUrl buildUrl(const QUrl &host, const QByteArray &encodedPath, const QByteArray &query)
{
    QByteArray base = host.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith('/'))
        base.chop(1);
    return QUrl::fromEncoded(base + encodedPath + query, QUrl::StrictMode);
}

QUrl webSocketUrl(const QUrl &normalizedHost, const QString &websocketsPath)
{
    const QString path = websocketsPath.isEmpty() ? QStringLiteral("/") : websocketsPath;
    QUrl url = normalizedHost.resolved(QUrl(path));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace NangoQtPrivate
