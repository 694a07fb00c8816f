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

/// new URL(websocketsPath, host) with http→ws, https→wss (docs/protocol.md §1).
NANGOQT_CORE_TESTS_EXPORT QUrl webSocketUrl(const QUrl &normalizedHost, const QString &websocketsPath);

} // namespace NangoQtPrivate
