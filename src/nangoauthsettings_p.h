// SPDX-License-Identifier: MIT
// Private: what a flow reads from its NangoAuth when it is made.
#pragma once

#include "nangoauth.h"

#include <QList>
#include <QSize>
#include <QSslCertificate>
#include <QUrl>

namespace NangoQtPrivate {

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
    NangoAuth::Browser browser = NangoAuth::Browser::Auto;
    NangoAuthWindowFactory windowFactory;
    QList<QSslCertificate> caCertificates;

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
};

} // namespace NangoQtPrivate
