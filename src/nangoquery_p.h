// SPDX-License-Identifier: MIT
// Private: the query/URL builder of docs/protocol.md §3. Exported for the autotests only.
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace NangoQtPrivate {

struct NangoQueryInput
{
    QString connectionId;
    QString publicKey;
    QString connectSessionToken;
    QMap<QString, QString> params;
    QString hmac;
    QStringList userScope;
    QString oauthClientIdOverride;     ///< OAuth branch only
    QString oauthClientSecretOverride; ///< OAuth branch only
    QMap<QString, QString> authorizationParams;
    QString wsClientId;                ///< OAuth window URL only
};

/// RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - . _ ~ is encoded (so '+' → %2B).
NANGOQT_CORE_TESTS_EXPORT QByteArray percentEncode(const QString &value);

/// "?k=v&…" in the order of docs/protocol.md §3 (empty when there is nothing to send).
NANGOQT_CORE_TESTS_EXPORT QByteArray buildQuery(const NangoQueryInput &input);

/// host + path (path segments already encoded by the caller) + query, strictly parsed.
NANGOQT_CORE_TESTS_EXPORT QUrl buildUrl(const QUrl &host, const QByteArray &encodedPath, const QByteArray &query);

/// Normalizes a host: trailing slashes stripped. Returns an empty QUrl and fills @p error when
/// it is not an absolute http(s) URL with a host name and without query or fragment.
NANGOQT_CORE_TESTS_EXPORT QUrl normalizeHost(const QUrl &host, QString *error);

/// new URL(websocketsPath, host) with http→ws, https→wss (docs/protocol.md §1).
NANGOQT_CORE_TESTS_EXPORT QUrl webSocketUrl(const QUrl &normalizedHost, const QString &websocketsPath);

/// The Nango server's integration key rule: 1–255 chars of [a-zA-Z0-9~:.@ _-].
NANGOQT_CORE_TESTS_EXPORT bool isValidIntegrationId(const QString &id, QString *why);

/// Whether `<name>[key]=value` reaches the server as the object key @p key: Nango's server parses
/// the query with qs (Express 4: arrayLimit 20), which reads an empty key or `[`/`]` as nesting,
/// `0`–`20` as array indexes, and drops `__proto__`. False with @p why (naming @p name) otherwise.
NANGOQT_CORE_TESTS_EXPORT bool isCarriableParamKey(const QString &name, const QString &key, QString *why);

} // namespace NangoQtPrivate
