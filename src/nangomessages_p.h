// SPDX-License-Identifier: MIT
// Private: the translation context of Core's messages.
#pragma once

#include <QCoreApplication>

namespace NangoQtPrivate {

/// The messages an app receives in failed(type, message), wherever in Core they are worded,
/// share one translation context, "NangoAuth": `NangoMessages::tr("…")`.
class NangoMessages
{
    Q_DECLARE_TR_FUNCTIONS(NangoAuth)
};

} // namespace NangoQtPrivate
