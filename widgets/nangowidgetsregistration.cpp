// SPDX-License-Identifier: MIT
// Linking NangoQt::Widgets is enough: when the application object is created, the embedded
// modal becomes NangoAuth's embedded window and QDesktopServices opens the system browser.
#include "nangowebauthwindow_p.h"

#include <NangoQt/NangoSystemBrowserWindow>

#include <QApplication>
#include <QDesktopServices>

namespace {
void registerNangoWidgets()
{
    // A QWidget needs a QApplication; in a QCoreApplication tool NangoAuth keeps using the
    // system browser (Browser::Auto) or reports blocked_by_browser (Browser::Embedded).
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    NangoAuthWindow::registerEmbeddedFactory([](NangoAuthFlow *) -> NangoAuthWindow * { return new NangoWebAuthWindow; });
    NangoAuthWindow::registerEmbeddedPreloader(&NangoAuthDialog::preload);
    NangoSystemBrowserWindow::setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerNangoWidgets)
