// SPDX-License-Identifier: MIT
// libFuzzer harness: the error-body parser of both server eras (src/nangoerrorparser_p,
// docs/protocol.md §4.1). Input: "<HTTP status>\n<body>" (a first line that is not a number: status 500 and
// the whole input is the body). Whatever comes
// back: a non-empty type and message, and an excerpt that is one short printable line.
#include "nangoerrorparser_p.h"

#include <cstdio>
#include <cstdlib>

namespace {
void check(bool ok, const char *what, const QString &text = QString())
{
    if (!ok) {
        std::fprintf(stderr, "error parser invariant broken: %s [%s]\n", what, qPrintable(text));
        std::abort();
    }
}

void checkExcerpt(const QString &excerpt, int maxChars)
{
    check(excerpt.size() <= maxChars, "excerpt longer than asked", excerpt);
    check(excerpt == excerpt.trimmed(), "excerpt not trimmed", excerpt);
    check(excerpt.isValidUtf16(), "excerpt is not valid UTF-16 (a surrogate pair cut in two)", excerpt);
    for (const QChar c : excerpt)
        check(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format, "control character in excerpt", excerpt);
    const qsizetype open = excerpt.indexOf(QLatin1Char('<'));
    check(open < 0 || excerpt.indexOf(QLatin1Char('>'), open) < 0, "a tag left in the excerpt", excerpt);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    bool isNumber = false;
    int status = newline > 0 && newline <= 4 ? input.left(newline).toInt(&isNumber) : 0;
    const QByteArray body = isNumber ? input.mid(newline + 1) : input;
    if (!isNumber)
        status = 500;

    const NangoQtPrivate::NangoError e = NangoQtPrivate::parseErrorBody(status, body);
    check(!e.type.isEmpty(), "empty type");
    check(!e.message.trimmed().isEmpty(), "empty message");

    if (const auto doc = NangoQtPrivate::parseErrorDocument(body)) {
        check(!doc->type.isEmpty() && !doc->message.trimmed().isEmpty(), "document without type or message");
        check(doc->type == e.type && doc->message == e.message, "parseErrorBody disagrees with parseErrorDocument");
    }
    checkExcerpt(NangoQtPrivate::bodyExcerpt(body), 160);
    checkExcerpt(NangoQtPrivate::bodyExcerpt(body, 1 + int(size % 40)), 1 + int(size % 40));
    const QString code = QString::fromUtf8(body.left(64));
    check(!NangoQtPrivate::messageForCode(code).trimmed().isEmpty(), "messageForCode gave nothing", code);
    return 0;
}
