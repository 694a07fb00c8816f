// SPDX-License-Identifier: MIT
// Private: the data of resources/browser/embedded-refusals.json (compiled in as
// :/nangoqt/browser/embedded-refusals.json) — the hosts whose authorization pages refuse embedded
// browsers and the texts of such refusal pages — and the host matching NangoAuth uses.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace NangoQtPrivate {

struct NangoBrowserRefusals
{
    struct Host
    {
        QString host;     ///< exact, or "*.example.com" (any subdomain)
        QString provider; ///< who refuses, for messages ("Google")
    };
    QList<Host> hosts;
    QStringList pageMarkers; ///< case-insensitive

    /// The resource, read once (empty lists, logged, if it cannot be read).
    static const NangoBrowserRefusals &instance();
    /// Who refuses @p pattern (an entry of hosts), or "" when it is not one of the resource's.
    QString providerOf(const QString &pattern) const;
    /// The marker @p pageText contains, or "".
    QString markerIn(const QString &pageText) const;
};

/// The host of an authorization URL, also of a Nango template such as
/// `https://${connectionConfig.subdomain}.example.com/oauth/authorize` (which QUrl refuses).
QString authorizationHost(const QUrl &url);
QString authorizationHost(const QString &url);

/// The entry of @p patterns that @p host matches ("" when none): an exact host, or `*.suffix`
/// for any subdomain of suffix. A template host (`${…}.example.com`) matches `*.` entries by
/// its fixed suffix. Case-insensitive.
QString matchingHost(const QStringList &patterns, const QString &host);

/// The Chromium of the QtWebEngine of this Qt version ("102" for Qt 6.4), or "" when unknown.
QString webEngineChromiumVersion();

} // namespace NangoQtPrivate
