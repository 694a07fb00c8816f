// SPDX-License-Identifier: MIT
// Linking NangoQt::Widgets is enough: when the application object is created, the embedded
// modal becomes NangoAuth's embedded window (and, where it helps, QDesktopServices opens the
// system browser).
// Two start-up functions lead here: the library's own (below, for apps that keep the library
// by using its symbols) and the one in nangowidgetsstartup.cpp, which the CMake package links
// into every app so that a linker running with --as-needed keeps the library at all.
#include "nangowidgetsregistration_p.h"

#include "nangodesktopopener_p.h"
#include "nangohostedconnectui_p.h"
#include "nangowebauthwindow_p.h"

#include <QApplication>

void NangoQtPrivate::registerWidgetsFace()
{
    // A QWidget needs a QApplication; in a QCoreApplication tool NangoAuth keeps using the
    // system browser (Browser::Auto) or reports blocked_by_browser (Browser::Embedded).
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    // Above the QML module's AuthWindow, whichever module starts first (NangoAuthWindow's rule).
    NangoAuthWindow::registerEmbeddedWindow([](NangoAuthFlow *) -> NangoAuthWindow * { return new NangoWebAuthWindow; },
                                            &NangoAuthDialog::preload, NangoAuthWindow::EmbeddedPriority::WidgetsModal);
    // The hosted Connect UI (NangoAuth::openConnectUI()), by the same rule.
    NangoConnectUIWindow::registerEmbeddedWindow([](NangoConnectUISession *) -> NangoConnectUIWindow * { return new NangoHostedConnectUIWindow; },
                                                 NangoConnectUIWindow::EmbeddedPriority::WidgetsModal);
    NangoWebEngine::registerDesktopUrlOpener();
}

namespace {
void registerNangoWidgets()
{
    NangoQtPrivate::registerWidgetsFace();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerNangoWidgets)
