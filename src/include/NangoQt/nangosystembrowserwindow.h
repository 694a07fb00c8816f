// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthwindow.h>

#include <functional>

/**
 * @brief Opens the OAuth URL in the user's default browser (RFC 8252's recommendation).
 *
 * Core has no GUI dependency, so by default it runs the platform's URL opener (`xdg-open`, or
 * `$BROWSER` where xdg-utils is missing; `open` on macOS; the Windows shell) and watches its
 * exit status: an opener that cannot open anything (xdg-open's "no method available") ends the
 * flow at once with `blocked_by_browser` and a message naming the opener and what to do.
 * NangoQt::Widgets and the QML module install QDesktopServices::openUrl where Qt does more than
 * start the same opener (macOS, Windows, Flatpak and Snap sandboxes); its `false` ends the flow
 * the same way. A system browser cannot tell when the user closes its tab: the flow then ends
 * with the result frame, cancel() or the timeout.
 */
class NANGOQT_CORE_EXPORT NangoSystemBrowserWindow : public NangoAuthWindow
{
    Q_OBJECT
public:
    /// Opens @p url in the user's browser; false when it could not (the flow ends with `blocked_by_browser`).
    using UrlOpener = std::function<bool(const QUrl &url)>;

    /// A window that opens the authorization URL with the process-wide opener (setUrlOpener()).
    explicit NangoSystemBrowserWindow(QObject *parent = nullptr);
    ~NangoSystemBrowserWindow() override;

    void open(const QUrl &url, const QSize &size, const QString &integrationId) override;
    void close() override;
    bool canDetectUserClose() const override { return false; }

    /// Replace how URLs are opened (process-wide). An empty function restores the default.
    /// Returning false ends the flow with `blocked_by_browser`.
    static void setUrlOpener(const UrlOpener &opener);
};
