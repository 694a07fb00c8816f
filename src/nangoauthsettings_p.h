// SPDX-License-Identifier: MIT
// Private: what a flow reads from its NangoAuth when it is made.
#pragma once

#include "nangoauth.h"

#include <QList>
#include <QSize>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class NangoCatalog;

namespace NangoQtPrivate {

/// How a flow asks its NangoAuth for a fresh connect session token: @p done runs once (unless
/// @p context is gone first) with ok and, if not, why. False when nobody can be asked.
using TokenSource = std::function<bool(const QString &integrationId, bool reconnect, QObject *context,
                                       const std::function<void(bool ok, const QString &message)> &done)>;

/// NangoAuth's settings. A flow gets a copy when it is made: later changes don't affect it.
struct NangoAuthSettings
{
    QUrl host = QUrl(QStringLiteral("https://api.nango.dev"));
    QString publicKey;
    QString connectSessionToken;
    QString websocketsPath = QStringLiteral("/");
    int width = NangoAuth::DefaultWidth;
    int height = NangoAuth::DefaultHeight;
    bool debug = false;
    int timeout = NangoAuth::DefaultTimeout;
    int keepAliveInterval = NangoAuth::DefaultKeepAliveInterval;
    int requestTimeout = NangoAuth::DefaultRequestTimeout;
    NangoAuth::Browser browser = NangoAuth::Browser::Auto;
    NangoAuthWindowFactory windowFactory;
    QStringList systemBrowserHosts; ///< NangoAuth::systemBrowserHosts
    /// NangoAuth's catalog for the provider lookup of Browser::Auto (made on first use).
    std::function<NangoCatalog *()> lookupCatalog;
    QList<QSslCertificate> caCertificates;
    /// Set by NangoAuth: asking the app for a fresh token, and NangoAuth's token now.
    TokenSource askForToken;
    std::function<bool()> canAskForToken;
    std::function<QString()> currentToken;

    /// The authorization window's size: width × height, the defaults where they are < 1.
    QSize windowSize() const
    {
        return QSize(width > 0 ? width : NangoAuth::DefaultWidth, height > 0 ? height : NangoAuth::DefaultHeight);
    }
};

/// What one auth() or create() call asks for.
struct NangoFlowRequest
{
    QString integrationId;
    QString connectionId; ///< the one requested (may be empty)
    NangoAuthOptions options;
    bool create = false; ///< NangoAuth::create(): an unauthenticated connection
    bool reconnect = false; ///< NangoAuth::reconnect(): needs a (reconnect) session token
};

} // namespace NangoQtPrivate
