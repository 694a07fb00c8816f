// SPDX-License-Identifier: MIT
#include "nangoquicklogging_p.h"

Q_LOGGING_CATEGORY(lcNangoQuick, "nangoqt.quick", QtInfoMsg)
