// SPDX-License-Identifier: MIT
#include "nangoquery_p.h"

#include <QCoreApplication>

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

QUrl normalizeHost(const QUrl &host, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("NangoAuth", "Invalid URL provided for the Nango host. %1").arg(why);
        return QUrl();
    };
    if (!host.isValid() || host.isEmpty())
        return fail(QCoreApplication::translate("NangoAuth", "The host is empty or not a URL."));
    const QString scheme = host.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(QCoreApplication::translate("NangoAuth", "It must start with https:// or http://, e.g. https://api.nango.dev."));
    if (host.host().isEmpty())
        return fail(QCoreApplication::translate("NangoAuth", "It has no host name."));
    if (host.hasQuery() || host.hasFragment())
        return fail(QCoreApplication::translate("NangoAuth", "It must not have a query or a fragment."));
    if (!host.userInfo().isEmpty())
        return fail(QCoreApplication::translate("NangoAuth", "It must not carry a user name or password."));
    QUrl normalized = host;
    normalized.setScheme(scheme);
    QString path = normalized.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path);
    return normalized;
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

bool isCarriableParamKey(const QString &name, const QString &key, QString *why)
{
    const auto refuse = [&](const QString &reason) {
        if (why)
            *why = QCoreApplication::translate("NangoAuth", "The %1 key \"%2\" cannot reach the Nango server intact: %3")
                       .arg(name, key, reason);
        return false;
    };
    if (key.isEmpty())
        return refuse(QCoreApplication::translate("NangoAuth", "an empty key is read as an array."));
    if (key.contains(QLatin1Char('[')) || key.contains(QLatin1Char(']')))
        return refuse(QCoreApplication::translate("NangoAuth", "the server reads [ and ] as nesting."));
    if (key == QLatin1String("__proto__"))
        return refuse(QCoreApplication::translate("NangoAuth", "the server drops it."));
    bool isNumber = false;
    const int index = key.toInt(&isNumber);
    if (isNumber && index >= 0 && index <= 20 && key == QString::number(index))
        return refuse(QCoreApplication::translate("NangoAuth", "the server reads 0–20 as an array index."));
    return true;
}

bool isValidIntegrationId(const QString &id, QString *why)
{
    if (id.trimmed().isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("NangoAuth", "The integration id is empty: pass the integration's unique key (its provider config key), e.g. \"github\".");
        return false;
    }
    if (id.size() > 255) {
        if (why)
            *why = QCoreApplication::translate("NangoAuth", "The integration id is %1 characters long; Nango allows at most 255.").arg(id.size());
        return false;
    }
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'~' || u == u':' || u == u'.' || u == u'@' || u == u' ' || u == u'_' || u == u'-';
        if (!ok) {
            if (why)
                *why = QCoreApplication::translate("NangoAuth", "The integration id \"%1\" contains '%2'; Nango integration keys use only letters, digits and ~ : . @ _ - and spaces.")
                           .arg(id, QString(c));
            return false;
        }
    }
    return true;
}

} // namespace NangoQtPrivate
