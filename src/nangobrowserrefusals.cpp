// SPDX-License-Identifier: MIT
#include "nangobrowserrefusals_p.h"

#include "nangologging_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVersionNumber>

namespace NangoQtPrivate {

namespace {

NangoBrowserRefusals load()
{
    NangoBrowserRefusals r;
    QFile file(QStringLiteral(":/nangoqt/browser/embedded-refusals.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcNangoCore) << "The embedded-browser refusals resource is missing:" << file.errorString();
        return r;
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qCWarning(lcNangoCore) << "The embedded-browser refusals resource is not valid JSON:" << error.errorString();
    const QJsonArray hosts = root.value(QLatin1String("hosts")).toArray();
    for (const QJsonValue &v : hosts) {
        const QJsonObject o = v.toObject();
        const QString host = o.value(QLatin1String("host")).toString().trimmed().toLower();
        if (!host.isEmpty())
            r.hosts.append({host, o.value(QLatin1String("provider")).toString()});
    }
    const QJsonArray markers = root.value(QLatin1String("pageMarkers")).toArray();
    for (const QJsonValue &v : markers) {
        const QString text = v.toObject().value(QLatin1String("text")).toString();
        if (!text.isEmpty())
            r.pageMarkers.append(text);
    }
    return r;
}

} // namespace

const NangoBrowserRefusals &NangoBrowserRefusals::instance()
{
    static const NangoBrowserRefusals refusals = load();
    return refusals;
}

QString NangoBrowserRefusals::providerOf(const QString &pattern) const
{
    for (const Host &h : hosts) {
        if (h.host.compare(pattern, Qt::CaseInsensitive) == 0)
            return h.provider;
    }
    return QString();
}

QString NangoBrowserRefusals::markerIn(const QString &pageText) const
{
    for (const QString &marker : pageMarkers) {
        if (pageText.contains(marker, Qt::CaseInsensitive))
            return marker;
    }
    return QString();
}

QString authorizationHost(const QString &url)
{
    // scheme://[userinfo@]host[:port]/… — by hand: a Nango template host is no valid URL host.
    static const QRegularExpression re(QStringLiteral("^\\s*[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^/?#:]+)"));
    const QRegularExpressionMatch m = re.match(url);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString authorizationHost(const QUrl &url)
{
    if (!url.host().isEmpty())
        return url.host().toLower();
    if (url.isValid())
        return authorizationHost(url.toString(QUrl::None));
    // A template host (`https://${connectionConfig.subdomain}.example.com/…`) makes the QUrl
    // invalid, and an invalid QUrl gives its text back only in its error string
    // ("Invalid hostname …; source was "$%7Bx%7D.example.com"; …").
    static const QRegularExpression source(QStringLiteral("source was \"(.*?)\"; "));
    const QRegularExpressionMatch m = source.match(url.errorString() + QLatin1String("; "));
    if (!m.hasMatch())
        return QString();
    const QString sourceText = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
    if (sourceText.contains(QLatin1String("://")))
        return authorizationHost(sourceText);
    return sourceText.section(QLatin1Char(':'), 0, 0).toLower(); // Qt names the host part only
}

QString matchingHost(const QStringList &patterns, const QString &hostIn)
{
    const QString host = hostIn.trimmed().toLower();
    if (host.isEmpty())
        return QString();
    const bool templated = host.contains(QLatin1String("${"));
    // A template host's fixed part: what follows its last templated label.
    QString fixedSuffix;
    if (templated) {
        const int close = host.lastIndexOf(QLatin1Char('}'));
        const int dot = host.indexOf(QLatin1Char('.'), close);
        fixedSuffix = dot < 0 ? QString() : host.mid(dot); // ".example.com"
    }
    for (const QString &entry : patterns) {
        const QString p = entry.trimmed().toLower();
        if (p.isEmpty())
            continue;
        if (p.startsWith(QLatin1String("*."))) {
            const QString suffix = p.mid(1); // ".example.com"
            if (templated ? (!fixedSuffix.isEmpty() && (fixedSuffix == suffix || fixedSuffix.endsWith(suffix)))
                          : host.endsWith(suffix))
                return entry;
        } else if (!templated && host == p) {
            return entry;
        }
    }
    return QString();
}

QString webEngineChromiumVersion()
{
    // QtWebEngine's Chromium base per Qt minor version (Qt's release notes).
    const QVersionNumber qt = QVersionNumber::fromString(QString::fromLatin1(qVersion()));
    struct Base { int minor; const char *chromium; };
    static const Base bases[] = {{2, "90"}, {3, "94"}, {4, "102"}, {5, "108"}, {6, "112"}, {7, "118"}, {8, "122"}};
    if (qt.majorVersion() != 6)
        return QString();
    for (const Base &b : bases) {
        if (b.minor == qt.minorVersion())
            return QString::fromLatin1(b.chromium);
    }
    return QString();
}

} // namespace NangoQtPrivate
