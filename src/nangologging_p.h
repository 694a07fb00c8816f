// SPDX-License-Identifier: MIT
// Private: Core's logging category, declared once for the module.
#pragma once

#include <QDebug>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNangoCore)

namespace NangoQtPrivate {

/// A line of a flow's trace on `nangoqt.core`: at info level when the flow's NangoAuth::debug is
/// on (shown by default), at debug level otherwise (shown with `nangoqt.core.debug=true`).
/// Never give it a secret: URLs go through redactedUrl().
QDebug trace(bool debugOn);

} // namespace NangoQtPrivate
