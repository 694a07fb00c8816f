// SPDX-License-Identifier: MIT
#include "nangoqtversion.h"

// The macros of the headers this library was compiled with: the library's own version.
QString NangoQt::versionString()
{
    return QStringLiteral(NANGOQT_VERSION_STRING);
}

unsigned int NangoQt::version()
{
    return NANGOQT_VERSION;
}
