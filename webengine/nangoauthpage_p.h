// SPDX-License-Identifier: MIT
#pragma once

#include <QWebEnginePage>

#include <functional>

class QLoggingCategory;

/**
 * The page of the Widgets modal and of its popups: the web policy (nangowebpolicy_p.h) applied
 * to a QWebEnginePage. Navigation is limited to web pages (refusals logged on the category it is
 * given), certificate errors are refused, a crashed or killed renderer is reported; each of those
 * refusals comes as refused(). Pages a provider page opens (window.open) come from popupFactory.
 */
class NangoAuthPage : public QWebEnginePage
{
    Q_OBJECT
public:
    NangoAuthPage(QWebEngineProfile *profile, const QLoggingCategory &category, QObject *parent = nullptr);

    /// Makes the page of a popup the page opens (nullptr refuses it).
    std::function<QWebEnginePage *()> popupFactory;

Q_SIGNALS:
    /// The window cannot go on (tls_error, blocked_by_browser).
    void refused(const QString &type, const QString &message);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    const QLoggingCategory &m_category;
};
