// SPDX-License-Identifier: MIT
// Not part of libNangoQt6Widgets: this object file is linked into every target that links
// NangoQt::Widgets (nangoqt_add_startup_object in cmake/NangoQtLibrary.cmake), the way Qt links
// its resource and static-plugin initializers. Its reference to registerWidgetsFace() keeps the
// library on the app's link line under --as-needed, and it registers the modal at start-up.
#include "nangowidgetsregistration_p.h"

#include <QCoreApplication>

namespace {
void startNangoQtWidgets()
{
    NangoQtPrivate::registerWidgetsFace();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(startNangoQtWidgets)
