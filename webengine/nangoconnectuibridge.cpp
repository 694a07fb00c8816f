// SPDX-License-Identifier: MIT
#include "nangoconnectuibridge_p.h"

#include <QColor>
#include <QCoreApplication>

NangoConnectUIBridge::NangoConnectUIBridge(const QUrl &frameUrl, const QString &allowedOrigin, QObject *parent)
    : QObject(parent)
    , m_frameUrl(frameUrl)
    , m_allowedOrigin(allowedOrigin)
{
}

QString NangoConnectUIBridge::frameTitle() const
{
    return QCoreApplication::translate("NangoWebEngine", "Connect an account");
}

QUrl NangoConnectUIBridge::hostPageUrl()
{
    return QUrl(QStringLiteral("qrc:/nangoqt/connectui/host.html"));
}

QString NangoConnectUIBridge::themeFor(const QColor &windowColor)
{
    return windowColor.lightness() < 128 ? QStringLiteral("dark") : QStringLiteral("light");
}

void NangoConnectUIBridge::receive(const QJsonObject &data, const QString &origin)
{
    if (!m_uiReady && origin == m_allowedOrigin && data.value(QLatin1String("type")).toString() == QLatin1String("ready")) {
        m_uiReady = true;
        Q_EMIT uiReadyChanged();
    }
    Q_EMIT messageReceived(data, origin);
}

void NangoConnectUIBridge::hostLoaded()
{
    Q_EMIT frameCreated();
}
