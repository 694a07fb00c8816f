// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthwindow.h>

#include <functional>

/**
 * @brief Opens the OAuth URL in the user's default browser (RFC 8252's recommendation).
 *
 * Core has no GUI dependency, so by default it starts the platform's URL opener (`xdg-open`,
 * `open`, or the Windows shell). NangoQt::Widgets and the QML module replace it with
 * QDesktopServices::openUrl when they are loaded. A system browser cannot tell when the user
 * closes its tab: the flow then ends with the result frame, cancel() or the timeout.
 */
class NANGOQT_CORE_EXPORT NangoSystemBrowserWindow : public NangoAuthWindow
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit NangoSystemBrowserWindow(QObject *parent = nullptr);
    ~NangoSystemBrowserWindow() override;

    void open(const QUrl &url, const QSize &size, const QString &integrationId) override;
    void close() override;
    bool canDetectUserClose() const override { return false; }

    /// Replace how URLs are opened (process-wide). An empty function restores the default.
    static void setUrlOpener(const UrlOpener &opener);
};
