// SPDX-License-Identifier: MIT
// Private: reading Nango's error bodies of both server eras (docs/protocol.md §4.1). Exported for autotests.
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace NangoQtPrivate {

struct NangoError
{
    QString type;
    QString message;
};

/// A non-2xx answer → (type, message); never an empty type or message.
NANGOQT_CORE_TESTS_EXPORT NangoError parseErrorBody(int httpStatus, const QByteArray &body);

/// Only when @p text is a JSON error document of either era (used for pages shown in a window).
NANGOQT_CORE_TESTS_EXPORT std::optional<NangoError> parseErrorDocument(const QByteArray &text);

/// The message NangoQt shows for a server code: the server's own text when given, improved for
/// codes where a person needs more (deprecated_authentication), or a sentence made from the code.
/// A message the server wrote, as it came, marked as the server's words in NangoQt's language
/// (NangoTranslations; unchanged in English).
NANGOQT_CORE_TESTS_EXPORT QString serverWords(const QString &serverMessage);
NANGOQT_CORE_TESTS_EXPORT QString messageForCode(const QString &code, const QString &serverMessage = QString());

/// A short, single-line, tag-free excerpt of a body for error messages (at most @p maxChars).
NANGOQT_CORE_TESTS_EXPORT QString bodyExcerpt(const QByteArray &body, int maxChars = 160);

} // namespace NangoQtPrivate
