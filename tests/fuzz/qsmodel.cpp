// SPDX-License-Identifier: MIT
#include "qsmodel.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <map>
#include <memory>
#include <vector>

namespace QsModel {

namespace {

constexpr int Depth = 5;
constexpr int ArrayLimit = 20;
constexpr int ParameterLimit = 1000;

struct Value;
using Ptr = std::shared_ptr<Value>;
struct Value
{
    enum Kind { String, True, Array, Object } kind = String;
    QString string;
    std::vector<Ptr> array; // nullptr = a hole (JS sparse array)
    std::map<QString, Ptr> object;
    bool isObjectLike() const { return kind == Array || kind == Object; }
};

Ptr str(const QString &s) { auto v = std::make_shared<Value>(); v->string = s; return v; }
Ptr arr() { auto v = std::make_shared<Value>(); v->kind = Value::Array; return v; }
Ptr obj() { auto v = std::make_shared<Value>(); v->kind = Value::Object; return v; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// utils.decode: '+' → ' ', then decodeURIComponent; on URIError the text with '+' replaced.
QString decode(QByteArray raw)
{
    raw.replace('+', ' ');
    QByteArray bytes;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%') {
            bytes.append(raw.at(i));
            continue;
        }
        const int hi = i + 2 < raw.size() ? hexValue(raw.at(i + 1)) : -1;
        const int lo = i + 2 < raw.size() ? hexValue(raw.at(i + 2)) : -1;
        if (hi < 0 || lo < 0)
            return QString::fromUtf8(raw);
        bytes.append(char(hi * 16 + lo));
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromUtf8(raw) : text;
}

/// JS `[].concat(a)`: an array is spread (holes kept), anything else becomes one element.
Ptr concatOne(const Ptr &a)
{
    Ptr out = arr();
    if (a->kind == Value::Array)
        out->array = a->array;
    else
        out->array.push_back(a);
    return out;
}

/// utils.arrayToObject
Ptr arrayToObject(const Ptr &a)
{
    Ptr o = obj();
    for (size_t i = 0; i < a->array.size(); ++i) {
        if (a->array[i])
            o->object[QString::number(i)] = a->array[i];
    }
    return o;
}

/// utils.merge(target, source, { allowPrototypes: true })
Ptr merge(Ptr target, const Ptr &source)
{
    if (!source || (source->kind == Value::String && source->string.isEmpty()))
        return target; // `if (!source) return target;` — '' is falsy
    if (!source->isObjectLike()) {
        if (target->kind == Value::Array) {
            target->array.push_back(source);
        } else if (target->kind == Value::Object) {
            Ptr t = std::make_shared<Value>();
            t->kind = Value::True;
            target->object[source->kind == Value::True ? QStringLiteral("true") : source->string] = t;
        } else {
            Ptr pair = arr();
            pair->array = {target, source};
            return pair;
        }
        return target;
    }
    if (!target->isObjectLike()) {
        Ptr out = arr();
        out->array.push_back(target);
        if (source->kind == Value::Array)
            out->array.insert(out->array.end(), source->array.begin(), source->array.end());
        else
            out->array.push_back(source);
        return out;
    }
    if (target->kind == Value::Array && source->kind == Value::Array) {
        for (size_t i = 0; i < source->array.size(); ++i) {
            const Ptr &item = source->array[i];
            if (!item)
                continue; // forEach skips holes
            if (i < target->array.size() && target->array[i]) {
                if (target->array[i]->isObjectLike() && item->isObjectLike())
                    target->array[i] = merge(target->array[i], item);
                else
                    target->array.push_back(item);
            } else {
                if (i >= target->array.size())
                    target->array.resize(i + 1);
                target->array[i] = item;
            }
        }
        return target;
    }
    Ptr acc = target->kind == Value::Array ? arrayToObject(target) : target;
    const std::map<QString, Ptr> entries = source->kind == Value::Array ? arrayToObject(source)->object : source->object;
    for (const auto &[key, value] : entries) {
        auto it = acc->object.find(key);
        if (it != acc->object.end())
            it->second = merge(it->second, value);
        else
            acc->object[key] = value;
    }
    return acc;
}

/// parseObject(chain, val) with valuesParsed = true.
Ptr parseObject(const QStringList &chain, Ptr leaf)
{
    static const QRegularExpression canonicalIndex(QStringLiteral("^(0|[1-9][0-9]*)$"));
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const QString &root = chain.at(i);
        Ptr o;
        if (root == QLatin1String("[]")) {
            o = concatOne(leaf);
        } else {
            o = obj();
            const bool bracketed = root.startsWith(QLatin1Char('[')) && root.endsWith(QLatin1Char(']'));
            const QString cleanRoot = bracketed ? root.mid(1, root.size() - 2) : root;
            // parseInt(cleanRoot) whose String() is cleanRoot, >= 0, <= arrayLimit, in brackets.
            const bool index = root != cleanRoot && canonicalIndex.match(cleanRoot).hasMatch()
                && cleanRoot.size() <= 3 && cleanRoot.toInt() <= ArrayLimit;
            if (index) {
                o = arr();
                o->array.resize(cleanRoot.toInt() + 1);
                o->array[cleanRoot.toInt()] = leaf;
            } else if (cleanRoot != QLatin1String("__proto__")) {
                o->object[cleanRoot] = leaf;
            }
        }
        leaf = o;
    }
    return leaf;
}

/// parseKeys(givenKey, val): "a[b][c]" → chain {a, [b], [c]}; child segments are found anywhere
/// after the parent (JS regex /(\[[^[\]]*])/g), at most `depth`, the rest as one more segment.
Ptr parseKeys(const QString &key, const Ptr &val)
{
    if (key.isEmpty())
        return nullptr;
    static const QRegularExpression segmentRe(QStringLiteral("\\[[^\\[\\]]*\\]"));
    QRegularExpressionMatch segment = segmentRe.match(key);
    const QString parent = segment.hasMatch() ? key.left(segment.capturedStart()) : key;
    QStringList chain;
    if (!parent.isEmpty())
        chain << parent;
    qsizetype from = 0;
    int depth = 0;
    bool more = false;
    qsizetype restAt = -1;
    while (depth < Depth) {
        const QRegularExpressionMatch m = segmentRe.match(key, from);
        if (!m.hasMatch()) {
            more = false;
            break;
        }
        ++depth;
        chain << m.captured(0);
        from = m.capturedEnd();
        more = true;
    }
    if (more) { // the loop stopped at the depth limit: is there another segment?
        const QRegularExpressionMatch m = segmentRe.match(key, from);
        if (m.hasMatch())
            restAt = m.capturedStart();
    }
    if (restAt >= 0)
        chain << QLatin1Char('[') + key.mid(restAt) + QLatin1Char(']');
    return parseObject(chain, val);
}

void compact(const Ptr &v)
{
    if (v->kind == Value::Array) {
        std::vector<Ptr> kept;
        for (const Ptr &item : v->array) {
            if (item)
                kept.push_back(item);
        }
        v->array = kept;
        for (const Ptr &item : v->array)
            compact(item);
    } else if (v->kind == Value::Object) {
        for (auto &entry : v->object)
            compact(entry.second);
    }
}

QVariant toVariant(const Ptr &v)
{
    switch (v->kind) {
    case Value::String:
        return v->string;
    case Value::True:
        return true;
    case Value::Array: {
        QVariantList list;
        for (const Ptr &item : v->array)
            list << (item ? toVariant(item) : QVariant());
        return list;
    }
    case Value::Object: {
        QVariantMap map;
        for (const auto &[key, value] : v->object)
            map.insert(key, toVariant(value));
        return map;
    }
    }
    return {};
}

} // namespace

QVariantMap parse(const QByteArray &query)
{
    QByteArray text = query;
    if (text.startsWith('?'))
        text.remove(0, 1);
    // parseValues: split('&', parameterLimit); key ends at the first "]=" (+1) or else '='.
    std::vector<std::pair<QString, Ptr>> values; // insertion order, like a JS object's keys
    const QList<QByteArray> parts = text.split('&');
    for (qsizetype i = 0; i < parts.size() && i < ParameterLimit; ++i) {
        const QByteArray &part = parts.at(i);
        const qsizetype bracketEquals = part.indexOf("]=");
        const qsizetype pos = bracketEquals < 0 ? part.indexOf('=') : bracketEquals + 1;
        const QString key = decode(pos < 0 ? part : part.left(pos));
        const Ptr val = str(pos < 0 ? QString() : decode(part.mid(pos + 1)));
        auto it = std::find_if(values.begin(), values.end(), [&key](const auto &e) { return e.first == key; });
        if (it == values.end()) {
            values.emplace_back(key, val);
        } else { // utils.combine: [].concat(a, b)
            Ptr combined = concatOne(it->second);
            combined->array.push_back(val);
            it->second = combined;
        }
    }
    Ptr result = obj();
    for (const auto &[key, val] : values)
        result = merge(result, parseKeys(key, val));
    compact(result);
    return toVariant(result).toMap();
}

QString selfTest()
{
    // Results qs documents (README / test/parse.js) for its defaults.
    const std::pair<const char *, const char *> cases[] = {
        {"a=b", R"({"a":"b"})"},
        {"?a=b&c=d", R"({"a":"b","c":"d"})"},
        {"a[b]=c", R"({"a":{"b":"c"}})"},
        {"a%5Bb%5D=c", R"({"a":{"b":"c"}})"},
        {"a[b][c][d][e][f][g][h][i]=j", R"({"a":{"b":{"c":{"d":{"e":{"f":{"[g][h][i]":"j"}}}}}}})"},
        {"a=b&a=c", R"({"a":["b","c"]})"},
        {"a[]=b&a[]=c", R"({"a":["b","c"]})"},
        {"a[1]=c&a[0]=b", R"({"a":["b","c"]})"},
        {"a[1]=b&a[15]=c", R"({"a":["b","c"]})"},
        {"a[100]=b", R"({"a":{"100":"b"}})"},
        {"a[0]=b&a[b]=c", R"({"a":{"0":"b","b":"c"}})"},
        {"a[b]=c&a=d", R"({"a":{"b":"c","d":true}})"},
        {"a+b=c+d&e=%2B", R"({"a b":"c d","e":"+"})"},
        {"a=%E4%B8%AD%F0%9F%98%80", R"({"a":"中😀"})"},
        {"a=%E0%A4%A&b=%ZZ+x", R"({"a":"%E0%A4%A","b":"%ZZ x"})"},
        {"a=%FF", R"({"a":"%FF"})"},
        {"a[b]x[c]=d", R"({"a":{"b":{"c":"d"}}})"},
        {"a[b=c", R"({"a[b":"c"})"},
        {"[a]=b", R"({"a":"b"})"},
        {"__proto__[x]=y&a[__proto__]=b", R"({"a":{}})"},
        {"a&b=", R"({"a":"","b":""})"},
        {"=x&&c=d", R"({"c":"d"})"},
        {"a[b]=c=d", R"({"a":{"b":"c=d"}})"},
    };
    for (const auto &[query, json] : cases) {
        const QVariantMap got = parse(QByteArray(query));
        const QVariantMap want = QJsonDocument::fromJson(QByteArray(json)).toVariant().toMap();
        if (got != want) {
            return QStringLiteral("qs model: %1 gave %2, qs gives %3")
                .arg(QLatin1String(query),
                     QString::fromUtf8(QJsonDocument::fromVariant(got).toJson(QJsonDocument::Compact)),
                     QLatin1String(json));
        }
    }
    return {};
}

} // namespace QsModel
