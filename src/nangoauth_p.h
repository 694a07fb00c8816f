// SPDX-License-Identifier: MIT
#pragma once

#include "nangoauth.h"

#include <QList>
#include <QPointer>

class QNetworkAccessManager;

/// The settings a flow reads when it starts (later changes don't affect it).
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
};

class QSslConfiguration;
/// The TLS configuration of a flow's own connections: Qt's default, with the system CAs plus
/// @p extraCas when there are any. Checks are never relaxed.
NANGOQT_CORE_TESTS_EXPORT QSslConfiguration nangoSslConfiguration(const QList<QSslCertificate> &extraCas);

class NangoAuthPrivate
{
public:
    NangoAuthSettings settings;
    QNetworkAccessManager *network = nullptr;
    /// Managers replaced after a trust change, kept until the flows that may use them ended.
    QList<QNetworkAccessManager *> retiredNetworks;
    QList<NangoAuthFlow *> flows;
    bool busy = false;

    void updateBusy(NangoAuth *q);
    void releaseRetiredNetworks();
};

/// Logs on nangoqt.core at info level when the object's `debug` is on, else at debug level.
#define NANGO_LOG(debugOn) \
    if (!(debugOn) && !lcNangoCore().isDebugEnabled()) { \
    } else \
        qCInfo(lcNangoCore)
