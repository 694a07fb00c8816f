// SPDX-License-Identifier: MIT
#include "nangodesktopopener_p.h"

#include <NangoQt/NangoSystemBrowserWindow>

#include <QDesktopServices>
#include <QFileInfo>

namespace {
bool qtDoesMoreThanXdgOpen()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN) || defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return true;
#else
    // Qt's generic Unix services use the desktop portal inside these sandboxes, where a
    // process started by the app may not reach the host's browser.
    return QFileInfo::exists(QStringLiteral("/.flatpak-info")) || qEnvironmentVariableIsSet("SNAP");
#endif
}
} // namespace

void NangoWebEngine::registerDesktopUrlOpener()
{
    if (qtDoesMoreThanXdgOpen())
        NangoSystemBrowserWindow::setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
}
