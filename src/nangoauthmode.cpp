// SPDX-License-Identifier: MIT
#include "nangoauthmode.h"

namespace NangoAuthMode {

Mode fromNangoName(QStringView authMode)
{
    const QStringView s = authMode.trimmed();
    const auto is = [s](const char *name) { return s.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    if (is("OAUTH2") || is("OAUTH1") || is("APP") || is("CUSTOM"))
        return OAuth2;
    if (is("API_KEY"))
        return ApiKey;
    if (is("BASIC"))
        return Basic;
    if (is("NONE"))
        return None;
    return Unknown;
}

QString nangoName(Mode mode)
{
    switch (mode) {
    case OAuth2:
        return QStringLiteral("OAUTH2");
    case ApiKey:
        return QStringLiteral("API_KEY");
    case Basic:
        return QStringLiteral("BASIC");
    case None:
        return QStringLiteral("NONE");
    case Unknown:
        break;
    }
    return QString();
}

bool needsCredentials(Mode mode)
{
    return mode == ApiKey || mode == Basic;
}

} // namespace NangoAuthMode
