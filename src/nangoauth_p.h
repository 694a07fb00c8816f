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
};

class NangoAuthPrivate
{
public:
    NangoAuthSettings settings;
    QNetworkAccessManager *network = nullptr;
    QList<NangoAuthFlow *> flows;
    bool busy = false;

    void updateBusy(NangoAuth *q);
};

/// Logs on nangoqt.core at info level when the object's `debug` is on, else at debug level.
#define NANGO_LOG(debugOn) \
    if (!(debugOn) && !lcNangoCore().isDebugEnabled()) { \
    } else \
        qCInfo(lcNangoCore)
