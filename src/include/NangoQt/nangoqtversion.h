// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqt_version.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QString>

/**
 * @brief The version of NangoQt: the headers an application was built with, and the library it
 * runs against.
 *
 * The macros of nangoqt_version.h (NANGOQT_VERSION_STRING, NANGOQT_VERSION,
 * NANGOQT_VERSION_CHECK(), NANGOQT_VERSION_MAJOR/MINOR/PATCH) are the version of the headers, fixed
 * when the application is compiled. The functions here are the version of the NangoQt::Core
 * library loaded at run time, which may be a newer patch release of the same ABI
 * (libNangoQt6Core.so.0.2 is any 0.2.x):
 *
 * @code
 * #include <NangoQt/NangoQtVersion>
 * qInfo() << "built with NangoQt" << NANGOQT_VERSION_STRING << "running with" << NangoQt::versionString();
 * @endcode
 */
namespace NangoQt {
/// The version of the NangoQt::Core library the application runs against, as "0.2.0".
NANGOQT_CORE_EXPORT QString versionString();
/// The same version as 0xMMmmpp, comparable with NANGOQT_VERSION_CHECK().
NANGOQT_CORE_EXPORT unsigned int version();
} // namespace NangoQt
