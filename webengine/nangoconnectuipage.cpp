// SPDX-License-Identifier: MIT
#include "nangoconnectuipage_p.h"

#include "nangoconnectuibridge_p.h"

#include <QColor>
#include <QLoggingCategory>
#include <QWebChannel>
#include <QWebEngineSettings>

NangoConnectUIPage::NangoConnectUIPage(QWebEngineProfile *profile, const QLoggingCategory &category, QObject *parent)
    : NangoAuthPage(profile, category, parent)
    , m_category(category)
    , m_channel(new QWebChannel(this))
{
    setWebChannel(m_channel);
    setBackgroundColor(Qt::transparent); // the dialog's palette shows until the UI paints
}

void NangoConnectUIPage::loadHost(NangoConnectUIBridge *bridge)
{
    m_channel->registerObject(NangoConnectUIBridge::channelName(), bridge);
    // The host page is a qrc: page (a secure context): a Connect UI served over plain http from
    // another machine would be blocked as mixed content. Loopback is trustworthy anyway.
    if (QUrl(bridge->frameUrl()).scheme() == QLatin1String("http"))
        settings()->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, true);
    load(NangoConnectUIBridge::hostPageUrl());
}

bool NangoConnectUIPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame) {
        // The window shows the host page and nothing else: a link that targets the top window
        // would take the bridge away with it.
        if (url == NangoConnectUIBridge::hostPageUrl())
            return true;
        qCInfo(m_category) << "Refused a top-level navigation away from the Connect UI's host page to a" << url.scheme() << "URL";
        return false;
    }
    return NangoAuthPage::acceptNavigationRequest(url, type, isMainFrame);
}

bool NangoConnectUIPage::javaScriptConfirm(const QUrl &securityOrigin, const QString &message)
{
    if (confirmHandler)
        return confirmHandler(securityOrigin, message);
    return NangoAuthPage::javaScriptConfirm(securityOrigin, message);
}
