// SPDX-License-Identifier: MIT
#include "nangowidgetslogging_p.h"

Q_LOGGING_CATEGORY(lcNangoWidgets, "nangoqt.widgets", QtInfoMsg)
