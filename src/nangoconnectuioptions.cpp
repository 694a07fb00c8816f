// SPDX-License-Identifier: MIT
#include "nangoconnectuioptions.h"
#include "nangotranslations.h"

#include <QSharedData>
#include <QUrlQuery>

class NangoConnectUIOptionsData : public QSharedData
{
public:
    QUrl baseUrl = QUrl(QStringLiteral("https://connect.nango.dev"));
    QUrl apiUrl;
    QString language;
    NangoConnectUIOptions::Theme theme = NangoConnectUIOptions::Theme::Palette;
    bool detectClosedAuthWindow = false;
    int readyTimeout = NangoConnectUIOptions::DefaultReadyTimeout;
};

namespace {

// The UI's `lang`: the app's choice, else the language NangoTranslations installed (issue 16), so
// the hosted UI speaks as the rest of NangoQt does; nothing when neither is set.
QString effectiveLanguage(const QString &chosen)
{
    return chosen.isEmpty() ? NangoTranslations::language() : chosen;
}

QString apiUrlText(const QUrl &url)
{
    QString text = url.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

/// baseUrl with its path ending in '/', its own query kept (the JS SDK appends to it).
QUrl documentBase(const QUrl &base)
{
    QUrl url = base;
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

/// Appends key=value, the value percent-encoded as URLSearchParams.append() does (':' and '/' too).
void append(QUrl &url, const QString &key, const QString &value)
{
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    url.setQuery(query, QUrl::StrictMode);
}

} // namespace

NangoConnectUIOptions::NangoConnectUIOptions()
    : d(new NangoConnectUIOptionsData)
{
}
NangoConnectUIOptions::NangoConnectUIOptions(const NangoConnectUIOptions &other) = default;
NangoConnectUIOptions::NangoConnectUIOptions(NangoConnectUIOptions &&other) noexcept = default;
NangoConnectUIOptions &NangoConnectUIOptions::operator=(const NangoConnectUIOptions &other) = default;
NangoConnectUIOptions &NangoConnectUIOptions::operator=(NangoConnectUIOptions &&other) noexcept = default;
NangoConnectUIOptions::~NangoConnectUIOptions() = default;

QUrl NangoConnectUIOptions::baseUrl() const { return d->baseUrl; }
void NangoConnectUIOptions::setBaseUrl(const QUrl &url) { d->baseUrl = url; }
QUrl NangoConnectUIOptions::apiUrl() const { return d->apiUrl; }
void NangoConnectUIOptions::setApiUrl(const QUrl &url) { d->apiUrl = url; }
QString NangoConnectUIOptions::language() const { return d->language; }
void NangoConnectUIOptions::setLanguage(const QString &language) { d->language = language.trimmed(); }
NangoConnectUIOptions::Theme NangoConnectUIOptions::theme() const { return d->theme; }
void NangoConnectUIOptions::setTheme(Theme theme) { d->theme = theme; }
bool NangoConnectUIOptions::detectClosedAuthWindow() const { return d->detectClosedAuthWindow; }
void NangoConnectUIOptions::setDetectClosedAuthWindow(bool detect) { d->detectClosedAuthWindow = detect; }
int NangoConnectUIOptions::readyTimeout() const { return d->readyTimeout > 0 ? d->readyTimeout : DefaultReadyTimeout; }
void NangoConnectUIOptions::setReadyTimeout(int milliseconds) { d->readyTimeout = milliseconds; }

QString NangoConnectUIOptions::allowedOrigin() const
{
    const QUrl &base = d->baseUrl;
    if (!base.isValid() || base.host().isEmpty())
        return QString();
    QUrl origin;
    origin.setScheme(base.scheme().toLower());
    origin.setHost(base.host());
    const int port = base.port();
    const bool defaultPort = (port == 443 && origin.scheme() == QLatin1String("https")) || (port == 80 && origin.scheme() == QLatin1String("http"));
    if (port != -1 && !defaultPort)
        origin.setPort(port);
    return origin.toString(QUrl::FullyEncoded);
}

QString NangoConnectUIOptions::resolvedTheme(const QString &paletteTheme) const
{
    switch (d->theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::Palette: break;
    }
    return paletteTheme;
}

QUrl NangoConnectUIOptions::url(const QUrl &defaultApiUrl, const QString &resolvedTheme) const
{
    QUrl url = documentBase(d->baseUrl);
    const QUrl api = d->apiUrl.isEmpty() ? defaultApiUrl : d->apiUrl;
    if (!api.isEmpty())
        append(url, QStringLiteral("apiURL"), apiUrlText(api));
    if (d->detectClosedAuthWindow)
        append(url, QStringLiteral("detectClosedAuthWindow"), QStringLiteral("true"));
    if (const QString lang = effectiveLanguage(d->language); !lang.isEmpty())
        append(url, QStringLiteral("lang"), lang);
    if (!resolvedTheme.isEmpty())
        append(url, QStringLiteral("theme"), resolvedTheme);
    return url;
}

QUrl NangoConnectUIOptions::connectLink(const QString &sessionToken, const QUrl &defaultApiUrl) const
{
    QUrl url = documentBase(d->baseUrl);
    append(url, QStringLiteral("session_token"), sessionToken);
    const QUrl api = d->apiUrl.isEmpty() ? defaultApiUrl : d->apiUrl;
    const QString apiText = apiUrlText(api);
    if (!apiText.isEmpty() && apiText != QLatin1String("https://api.nango.dev"))
        append(url, QStringLiteral("apiURL"), apiText);
    if (d->detectClosedAuthWindow)
        append(url, QStringLiteral("detectClosedAuthWindow"), QStringLiteral("true"));
    if (const QString lang = effectiveLanguage(d->language); !lang.isEmpty())
        append(url, QStringLiteral("lang"), lang);
    const QString theme = resolvedTheme(QString());
    if (!theme.isEmpty())
        append(url, QStringLiteral("theme"), theme);
    return url;
}

NangoConnectUIOptions NangoConnectUIOptions::fromVariantMap(const QVariantMap &map, QStringList *unknownKeys)
{
    NangoConnectUIOptions options;
    QStringList unknown;
    const auto readUrl = [&](const QString &key, void (NangoConnectUIOptions::*set)(const QUrl &)) {
        const QVariant v = map.value(key);
        const QUrl url = v.metaType().id() == QMetaType::QUrl ? v.toUrl() : QUrl(v.toString(), QUrl::StrictMode);
        if (url.isEmpty())
            return;
        if (!url.isValid() || url.host().isEmpty())
            unknown << key;
        else
            (options.*set)(url);
    };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("baseURL")) {
            readUrl(key, &NangoConnectUIOptions::setBaseUrl);
        } else if (key == QLatin1String("apiURL")) {
            readUrl(key, &NangoConnectUIOptions::setApiUrl);
        } else if (key == QLatin1String("lang")) {
            options.setLanguage(it.value().toString());
        } else if (key == QLatin1String("theme") || key == QLatin1String("themeOverride")) {
            const QVariant v = it.value();
            const QString name = v.toString().toLower();
            bool isNumber = false;
            const int number = v.metaType().id() == QMetaType::QString ? -1 : v.toInt(&isNumber);
            if (isNumber && number >= int(Theme::Palette) && number <= int(Theme::Dark))
                options.setTheme(Theme(number));
            else if (name == QLatin1String("light"))
                options.setTheme(Theme::Light);
            else if (name == QLatin1String("dark"))
                options.setTheme(Theme::Dark);
            else if (name == QLatin1String("system"))
                options.setTheme(Theme::System);
            else if (name == QLatin1String("palette") || name.isEmpty())
                options.setTheme(Theme::Palette);
            else
                unknown << key;
        } else if (key == QLatin1String("detectClosedAuthWindow")) {
            options.setDetectClosedAuthWindow(it.value().toBool());
        } else if (key == QLatin1String("readyTimeout")) {
            options.setReadyTimeout(it.value().toInt());
        } else {
            unknown << key;
        }
    }
    if (unknownKeys)
        *unknownKeys = unknown;
    return options;
}
