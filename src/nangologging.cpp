// SPDX-License-Identifier: MIT
#include "nangologging_p.h"

Q_LOGGING_CATEGORY(lcNangoCore, "nangoqt.core", QtInfoMsg)

namespace NangoQtPrivate {

QDebug trace(bool debugOn)
{
    // A QDebug for a disabled level is silent: QMessageLogger checks the category.
    const QMessageLogger logger;
    return debugOn ? logger.info(lcNangoCore()) : logger.debug(lcNangoCore());
}

} // namespace NangoQtPrivate
