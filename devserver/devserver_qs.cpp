// SPDX-License-Identifier: MIT
// Query string parsing as Nango's server does it (the `qs` library, docs/protocol.md §3).
#include "nangodevserver_p.h"

#include <QStringDecoder>

namespace NangoDev {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// decodeURIComponent: false on a malformed escape or invalid UTF-8.
bool decodeUriComponent(const QByteArray &in, QString *out)
{
    QByteArray bytes;
    bytes.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '%') {
            bytes.append(c);
            continue;
        }
        if (i + 2 >= in.size())
            return false;
        const int hi = hexValue(in.at(i + 1));
        const int lo = hexValue(in.at(i + 2));
        if (hi < 0 || lo < 0)
            return false;
        bytes.append(char(hi * 16 + lo));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return false;
    *out = text;
    return true;
}

constexpr int ParameterLimit = 1000; // qs default
constexpr int Depth = 5;             // qs default

/// qs "parseKeys": "a[b][c]" → {"a","b","c"}; a key without a usable bracket → itself.
QStringList splitKey(const QString &key)
{
    const qsizetype open = key.indexOf(QLatin1Char('['));
    if (open <= 0)
        return {key};
    QStringList parts{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size() && key.at(pos) == QLatin1Char('[') && parts.size() <= Depth) {
        const qsizetype close = key.indexOf(QLatin1Char(']'), pos + 1);
        if (close < 0)
            break;
        parts << key.mid(pos + 1, close - pos - 1);
        pos = close + 1;
    }
    if (pos < key.size()) // qs keeps the rest as one more segment
        parts << key.mid(pos);
    return parts;
}

/// Inserts @p value at @p path; a leaf set twice inside a nested map is dropped (docs/protocol.md §3: a
/// repeated params[k] is silently dropped), a repeated top-level key becomes a list.
void insertPath(QVariantMap &map, const QStringList &path, int index, const QString &value,
                QHash<QString, int> &leafCounts, const QString &fullKey)
{
    const QString &name = path.at(index);
    const bool last = index == path.size() - 1;
    if (last) {
        const int seen = ++leafCounts[fullKey];
        if (index == 0) {
            if (seen == 1) {
                map.insert(name, value);
            } else {
                QStringList list = map.value(name).toStringList();
                if (map.value(name).typeId() == QMetaType::QString)
                    list = QStringList{map.value(name).toString()};
                list << value;
                map.insert(name, list);
            }
            return;
        }
        if (name.isEmpty()) { // "a[]=x": append to a list
            QStringList list = map.value(QStringLiteral("")).toStringList();
            list << value;
            map.insert(QString(), list);
            return;
        }
        if (seen == 1)
            map.insert(name, value);
        else
            map.remove(name);
        return;
    }
    QVariantMap child = map.value(name).toMap();
    if (map.contains(name) && map.value(name).typeId() != QMetaType::QVariantMap)
        child.clear(); // a nested key wins over a plain one of the same name
    insertPath(child, path, index + 1, value, leafCounts, fullKey);
    map.insert(name, child);
}

/// "a[]" lists are stored under the empty key while parsing; turn them into lists.
QVariant normalize(const QVariant &v)
{
    if (v.typeId() != QMetaType::QVariantMap)
        return v;
    QVariantMap m = v.toMap();
    if (m.size() == 1 && m.contains(QString()))
        return m.value(QString());
    for (auto it = m.begin(); it != m.end(); ++it)
        it.value() = normalize(it.value());
    return m;
}

} // namespace

QString qsDecode(const QByteArray &raw)
{
    QByteArray withoutPlus = raw;
    withoutPlus.replace('+', ' ');
    QString decoded;
    if (decodeUriComponent(withoutPlus, &decoded))
        return decoded;
    return QString::fromUtf8(withoutPlus);
}

QVariantMap parseQs(const QByteArray &rawQuery)
{
    QVariantMap result;
    QByteArray query = rawQuery;
    if (query.startsWith('?'))
        query.remove(0, 1);
    const int hash = query.indexOf('#'); // a browser never sends it; qs would stop there too
    if (hash >= 0)
        query.truncate(hash);
    QHash<QString, int> leafCounts;
    int count = 0;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        if (++count > ParameterLimit)
            break;
        const int eq = part.indexOf('=');
        const QString key = qsDecode(eq < 0 ? part : part.left(eq));
        const QString value = eq < 0 ? QString() : qsDecode(part.mid(eq + 1));
        if (key.isEmpty())
            continue;
        const QStringList path = splitKey(key);
        if (path.first().isEmpty())
            continue;
        insertPath(result, path, 0, value, leafCounts, key);
    }
    for (auto it = result.begin(); it != result.end(); ++it)
        it.value() = normalize(it.value());
    return result;
}

} // namespace NangoDev
