// SPDX-License-Identifier: MIT
// Private: how NangoQt::Widgets makes itself NangoAuth's embedded window. Exported because the
// start-up object every app linking NangoQt::Widgets receives (nangowidgetsstartup.cpp) calls it;
// not API.
#pragma once

#include <NangoQt/nangoqtwidgets_export.h>

namespace NangoQtPrivate {
/// Registers the modal (EmbeddedPriority::WidgetsModal) and the desktop URL opener with Core.
/// Idempotent; does nothing without a QApplication (a QWidget needs one). Runs when the
/// application object is created.
NANGOQT_WIDGETS_EXPORT void registerWidgetsFace();
} // namespace NangoQtPrivate
