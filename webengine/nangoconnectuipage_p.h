// SPDX-License-Identifier: MIT
#pragma once

#include "nangoauthpage_p.h"

#include <functional>

class NangoConnectUIBridge;
class QWebChannel;

/**
 * The page of the Widgets face's hosted Connect UI dialog: NangoAuthPage's policy (http(s) only,
 * certificate errors refused, popups from popupFactory — the Connect UI's OAuth window, opened
 * from inside the frame, keeps its opener), plus the host page (connectui/host.html, allowed as
 * the main frame's document) with the bridge on its web channel, and JavaScript confirm()
 * dialogs answered by confirmHandler (the UI asks before closing a dirty form).
 */
class NangoConnectUIPage : public NangoAuthPage
{
    Q_OBJECT
public:
    NangoConnectUIPage(QWebEngineProfile *profile, const QLoggingCategory &category, QObject *parent = nullptr);

    /// Publishes @p bridge and loads the host page, which frames the bridge's URL.
    void loadHost(NangoConnectUIBridge *bridge);

    /// Shows a confirm() question; returns the user's answer. Unset: WebEngine's own dialog.
    std::function<bool(const QUrl &securityOrigin, const QString &message)> confirmHandler;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &message) override;

private:
    const QLoggingCategory &m_category;
    QWebChannel *m_channel = nullptr;
};
