// SPDX-License-Identifier: MIT
// Loading NangoQt::Quick (importing the module, or linking it) is enough: a NangoAuth declared
// in QML opens the AuthWindow (NangoQuickAuth sets it per object), and in a QGuiApplication
// C++-made NangoAuth objects get it too as the process-wide embedded window.
// Two start-up functions lead here: the library's own (below: the QML engine loading the plugin,
// or an app using the library's symbols) and the one in nangoquickstartup.cpp, which the CMake
// package links into every app so that a linker running with --as-needed keeps the library.
#include "nangoquickregistration_p.h"

#include "nangodesktopopener_p.h"
#include "nangoquickauthwindow_p.h"
#include "nangowebenginewarmup_p.h"

#include <QGuiApplication>

void NangoQtPrivate::registerQuickFace()
{
    auto *app = QCoreApplication::instance();
    if (!qobject_cast<QGuiApplication *>(app))
        return; // a window needs a GUI application
    // In a QApplication that also loads NangoQt::Widgets, C++-made NangoAuth objects keep the
    // Widgets modal; QML-declared ones still use the AuthWindow.
    const bool widgetsApp = app->inherits("QApplication");
    if (!widgetsApp || !NangoAuthWindow::embeddedFactory()) {
        NangoAuthWindow::registerEmbeddedFactory(&NangoQuickAuthWindow::create);
        NangoAuthWindow::registerEmbeddedPreloader(&NangoWebEngine::warmUp);
    }
    NangoWebEngine::registerDesktopUrlOpener();
}

namespace {
void registerNangoQuick()
{
    NangoQtPrivate::registerQuickFace();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerNangoQuick)
