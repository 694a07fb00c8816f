// SPDX-License-Identifier: MIT
// What the dev server writes: JSON objects with their keys in a real server's order, HTML-escaped
// text, RFC 3986 percent-encoding.
#include "nangodevserver_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace NangoDev {

QByteArray orderedJson(std::initializer_list<std::pair<const char *, QJsonValue>> members)
{
    QList<std::pair<QString, QJsonValue>> list;
    for (const auto &m : members)
        list.append({QString::fromLatin1(m.first), m.second});
    return orderedJson(list);
}

QByteArray orderedJson(const QList<std::pair<QString, QJsonValue>> &members)
{
    const auto encode = [](const QJsonValue &v) {
        QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2); // strip [ ]
    };
    QByteArray out("{");
    bool first = true;
    for (const auto &m : members) {
        if (!first)
            out += ',';
        first = false;
        out += encode(QJsonValue(m.first));
        out += ':';
        out += encode(m.second);
    }
    out += '}';
    return out;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QByteArray percentEncodeComponent(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

} // namespace NangoDev
