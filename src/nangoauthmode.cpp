// SPDX-License-Identifier: MIT
#include "nangoauthmode.h"

namespace NangoAuthMode {

namespace {
struct Name
{
    const char *name;
    Mode mode;
};
// nangoName() is the first entry of a mode.
constexpr Name Names[] = {
    {"OAUTH2", OAuth2},       {"MCP_OAUTH2", OAuth2},   {"MCP_OAUTH2_GENERIC", OAuth2}, {"INSTALL_PLUGIN", OAuth2},
    {"API_KEY", ApiKey},      {"BASIC", Basic},         {"NONE", None},                 {"OAUTH1", OAuth1},
    {"OAUTH2_CC", OAuth2CC},  {"TWO_STEP", TwoStep},    {"TBA", Tba},                   {"JWT", Jwt},
    {"BILL", Bill},           {"SIGNATURE", Signature}, {"AWS_SIGV4", AwsSigV4},        {"APP", App},
    {"CUSTOM", Custom},
};
} // namespace

Mode fromNangoName(QStringView authMode)
{
    const QStringView s = authMode.trimmed();
    for (const Name &n : Names) {
        if (s.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.mode;
    }
    return Unknown;
}

QString nangoName(Mode mode)
{
    for (const Name &n : Names) {
        if (n.mode == mode)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

bool needsCredentials(Mode mode)
{
    switch (mode) {
    case ApiKey:
    case Basic:
    case OAuth2CC:
    case TwoStep:
    case Tba:
    case Jwt:
    case Bill:
    case Signature:
    case AwsSigV4:
        return true;
    case Unknown:
    case OAuth2:
    case None:
    case OAuth1:
    case App:
    case Custom:
        break;
    }
    return false;
}

bool usesAuthorizationWindow(Mode mode)
{
    return mode == OAuth2 || mode == OAuth1 || mode == App || mode == Custom;
}

} // namespace NangoAuthMode
