// SPDX-License-Identifier: MIT
// Private: how NangoQt::Quick makes the AuthWindow NangoAuth's embedded window. Exported because
// the start-up object every app linking NangoQt::Quick receives (nangoquickstartup.cpp) calls
// it; not API.
#pragma once

#include <NangoQt/nangoqtquick_export.h>

namespace NangoQtPrivate {
/// Registers the AuthWindow (EmbeddedPriority::QuickWindow, below the Widgets modal) and the
/// desktop URL opener with Core. Idempotent; does nothing without a QGuiApplication. Runs when
/// the application object is created.
NANGOQT_QUICK_EXPORT void registerQuickFace();
} // namespace NangoQtPrivate
