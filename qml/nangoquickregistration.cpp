// SPDX-License-Identifier: MIT
// Loading NangoQt::Quick (importing the module, or linking it) is enough: a NangoAuth declared
// in QML opens the AuthWindow (NangoQuickAuth sets it per object), and C++-made NangoAuth
// objects get it too as the process-wide embedded window, unless the Widgets modal (registered
// at a higher priority, in a QApplication) is there.
// Two start-up functions lead here: the library's own (below: the QML engine loading the plugin,
// or an app using the library's symbols) and the one in nangoquickstartup.cpp, which the CMake
// package links into every app so that a linker running with --as-needed keeps the library.
#include "nangoquickregistration_p.h"

#include "nangodesktopopener_p.h"
#include "nangoquickauthwindow_p.h"
#include "nangoquickconnectuiwindow_p.h"
#include "nangowebenginewarmup_p.h"

#include <QGuiApplication>

void NangoQtPrivate::registerQuickFace()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return; // a window needs a GUI application
    // Below the Widgets modal: in an application that also loads NangoQt::Widgets, C++-made
    // NangoAuth objects keep the modal (NangoAuthWindow decides); QML-declared ones still use
    // the AuthWindow.
    NangoAuthWindow::registerEmbeddedWindow(&NangoQuickAuthWindow::create, &NangoWebEngine::warmUp,
                                            NangoAuthWindow::EmbeddedPriority::QuickWindow);
    // The hosted Connect UI (NangoAuth::openConnectUI()), by the same rule.
    NangoConnectUIWindow::registerEmbeddedWindow(&NangoQuickConnectUIWindow::create, NangoConnectUIWindow::EmbeddedPriority::QuickWindow);
    NangoWebEngine::registerDesktopUrlOpener();
}

namespace {
void registerNangoQuick()
{
    NangoQtPrivate::registerQuickFace();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerNangoQuick)
