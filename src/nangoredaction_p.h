// SPDX-License-Identifier: MIT
// Private: what of a URL may be logged.
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QString>
#include <QUrl>

namespace NangoQtPrivate {

/// A URL fit for a log line: the values of secret query keys (connect_session_token, session_token, hmac,
/// credentials[...]) and any user info are replaced by "***".
NANGOQT_CORE_TESTS_EXPORT QString redactedUrl(const QUrl &url);

} // namespace NangoQtPrivate
