// SPDX-License-Identifier: MIT
// Not part of libNangoQt6Quick: this object file is linked into every target that links
// NangoQt::Quick (nangoqt_add_startup_object in cmake/NangoQtLibrary.cmake), the way Qt links
// its resource and static-plugin initializers. Its reference to registerQuickFace() keeps the
// library on the app's link line under --as-needed (a C++ app that creates NangoAuth itself
// and calls nothing of the Quick module), and it registers the AuthWindow at start-up.
#include "nangoquickregistration_p.h"

#include <QCoreApplication>

namespace {
void startNangoQtQuick()
{
    NangoQtPrivate::registerQuickFace();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(startNangoQtQuick)
