// SPDX-License-Identifier: MIT
#include "nangoformschema_p.h"

#include "nangoformfield_p.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cstring>

namespace {

/// The fields every form of a mode has before the provider's own (Go.tsx's formSchema).
QList<NangoFormField> baseFields(const QString &mode, const QVariantMap &provider)
{
    const auto plain = [](const char *name) { return NangoFormField(QString::fromLatin1(name), NangoFormField::Credential, {}); };
    const auto optional = [](const char *name) {
        return NangoFormField(QString::fromLatin1(name), NangoFormField::Credential, {{QStringLiteral("optional"), true}});
    };
    if (mode == QLatin1String("API_KEY"))
        return {NangoFormField::apiKey()};
    if (mode == QLatin1String("BASIC"))
        return {NangoFormField::username(), NangoFormField::password()};
    if (mode == QLatin1String("OAUTH2_CC")) {
        QList<NangoFormField> fields{plain("client_id")};
        if (provider.value(QStringLiteral("token_request_auth_method")).toString() == QLatin1String("private_key_jwt"))
            fields << optional("client_secret");
        else
            fields << plain("client_secret");
        if (provider.value(QStringLiteral("require_client_certificate")).toBool())
            fields << optional("client_certificate") << optional("client_private_key");
        return fields;
    }
    if (mode == QLatin1String("TBA")) // the integration's OAuth client is used when these stay empty
        return {optional("oauth_client_id_override"), optional("oauth_client_secret_override"), plain("token_id"), plain("token_secret")};
    if (mode == QLatin1String("BILL"))
        return {plain("username"), plain("password"), plain("organization_id"), plain("dev_key")};
    if (mode == QLatin1String("SIGNATURE"))
        return {plain("username"), plain("password")};
    if (mode == QLatin1String("AWS_SIGV4"))
        return {plain("role_arn")};
    return {};
}

/// The keys of @p section in the order the server sent them, when the catalog recorded it
/// (`$keyOrder`, see NangoCatalog); else the map's (alphabetical) order.
QStringList keysInOrder(const QVariantMap &provider, const QString &section)
{
    const QVariantMap map = provider.value(section).toMap();
    QStringList keys;
    for (const QVariant &k : provider.value(QStringLiteral("$keyOrder")).toMap().value(section).toList()) {
        if (map.contains(k.toString()) && !keys.contains(k.toString()))
            keys << k.toString();
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys << it.key();
    }
    return keys;
}

/// Records the key order of every object of a JSON text, by path ("/data/credentials").
class KeyOrderScanner
{
public:
    explicit KeyOrderScanner(const QByteArray &text)
        : s(text)
    {
    }
    QHash<QString, QStringList> run()
    {
        value(QString(), 0);
        return out;
    }

private:
    void ws()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
            ++i;
    }
    QString string()
    {
        const qsizetype start = i++;
        while (i < s.size() && s[i] != '"')
            i += s[i] == '\\' ? 2 : 1;
        ++i;
        return QJsonDocument::fromJson('[' + s.mid(start, i - start) + ']').array().at(0).toString();
    }
    void value(const QString &path, int depth)
    {
        ws();
        if (i >= s.size() || depth > 64)
            return;
        const char c = s[i];
        if (c == '{') {
            ++i;
            QStringList keys;
            for (;;) {
                ws();
                if (i >= s.size() || s[i] == '}') {
                    ++i;
                    break;
                }
                if (s[i] != '"')
                    return;
                const QString key = string();
                keys << key;
                ws();
                ++i; // ':'
                value(path + QLatin1Char('/') + key, depth + 1);
                ws();
                if (i < s.size() && s[i] == ',')
                    ++i;
            }
            if (depth <= 3)
                out.insert(path, keys);
        } else if (c == '[') {
            ++i;
            for (;;) {
                ws();
                if (i >= s.size() || s[i] == ']') {
                    ++i;
                    break;
                }
                value(path + QStringLiteral("/[]"), depth + 1);
                ws();
                if (i < s.size() && s[i] == ',')
                    ++i;
            }
        } else if (c == '"') {
            string();
        } else {
            while (i < s.size() && !strchr(",}] \t\r\n", s[i]))
                ++i;
        }
    }
    const QByteArray &s;
    qsizetype i = 0;
    QHash<QString, QStringList> out;
};

} // namespace

QVariantMap NangoFormSchema::providerFromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const bool wrapped = root.value(QLatin1String("data")).isObject();
    QVariantMap provider = (wrapped ? root.value(QLatin1String("data")).toObject() : root).toVariantMap();
    const QHash<QString, QStringList> order = KeyOrderScanner(json).run();
    QVariantMap keyOrder;
    for (const char *section : {"credentials", "connection_config", "assertion_option", "integration_config"}) {
        const QString path = (wrapped ? QStringLiteral("/data/") : QStringLiteral("/")) + QLatin1String(section);
        if (order.contains(path))
            keyOrder.insert(QLatin1String(section), order.value(path));
    }
    if (!keyOrder.isEmpty())
        provider.insert(QStringLiteral("$keyOrder"), keyOrder);
    return provider;
}

NangoFormSchema NangoFormSchema::fixed(NangoAuthMode::Mode mode)
{
    NangoFormSchema schema;
    schema.mode = mode;
    schema.authModeName = NangoAuthMode::nangoName(mode);
    if (mode == NangoAuthMode::ApiKey)
        schema.fields = {NangoFormField::apiKey()};
    else if (mode == NangoAuthMode::Basic)
        schema.fields = {NangoFormField::username(), NangoFormField::password()};
    return schema;
}

NangoFormSchema NangoFormSchema::fromProvider(const QVariantMap &provider, const QVariantMap &integration,
                                              const QVariantMap &configDefaults)
{
    NangoFormSchema schema;
    schema.isFromProvider = true;
    schema.authModeName = provider.value(QStringLiteral("auth_mode")).toString().trimmed().toUpper();
    schema.mode = NangoAuthMode::fromNangoName(schema.authModeName);
    schema.installation = provider.value(QStringLiteral("installation")).toString();
    const QString docs = provider.value(QStringLiteral("docs_connect")).toString();
    schema.docsUrl = docs;
    schema.displayName = integration.value(QStringLiteral("display_name")).toString();
    if (schema.displayName.isEmpty())
        schema.displayName = provider.value(QStringLiteral("display_name")).toString();

    QStringList preconfigured;
    for (const QVariant &name : integration.value(QStringLiteral("preconfigured_credentials")).toList())
        preconfigured << name.toString();
    const QVariantMap presetConfig = configDefaults.value(QStringLiteral("connection_config")).toMap();
    const QVariantMap labels = integration.value(QStringLiteral("credentials_label")).toMap();

    // Go.tsx's lazy ordering: base credentials from 100 on, then the provider's credentials,
    // connection config with an `order` before them all, the rest after.
    int order = 99;
    QList<NangoFormField> fields;
    const auto indexOf = [&fields](NangoFormField::Kind kind, const QString &name) {
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).kind() == kind && fields.at(i).name() == name)
                return i;
        }
        return -1;
    };
    for (NangoFormField f : baseFields(schema.authModeName, provider)) {
        if (preconfigured.contains(f.name()))
            continue;
        f.d->order = ++order;
        fields << f;
    }

    QVariantMap credentials = provider.value(QStringLiteral("credentials")).toMap();
    QStringList credentialKeys = keysInOrder(provider, QStringLiteral("credentials"));
    if (schema.authModeName == QLatin1String("TWO_STEP")) {
        // Integration-level settings the provider needs and has no credential for: asked, required.
        const QVariantMap integrationConfig = provider.value(QStringLiteral("integration_config")).toMap();
        for (const QString &name : keysInOrder(provider, QStringLiteral("integration_config"))) {
            if (credentials.contains(name))
                continue;
            QVariantMap s = integrationConfig.value(name).toMap();
            s.insert(QStringLiteral("optional"), false);
            credentials.insert(name, s);
            credentialKeys << name;
        }
    }
    for (const QString &name : credentialKeys) {
        const QVariantMap s = credentials.value(name).toMap();
        NangoFormField f(name, NangoFormField::Credential, s, docs);
        if (f.isAutomated() || preconfigured.contains(name))
            continue;
        const int base = indexOf(NangoFormField::Credential, name);
        if (base >= 0) { // the schema refines the base field; its place and limits stay
            f.d->order = fields.at(base).order();
            f.d->maxLength = fields.at(base).maxLength();
            f.d->sentWhenEmpty = fields.at(base).isSentWhenEmpty();
            fields[base] = f;
        } else {
            f.d->order = ++order;
            fields << f;
        }
    }
    for (NangoFormField &f : fields) {
        const QString label = labels.value(f.name()).toString();
        if (!label.isEmpty()) { // the integration's own label replaces title and description
            f.d->title = label;
            f.d->description.clear();
            f.d->example.clear();
        }
    }

    const QVariantMap config = provider.value(QStringLiteral("connection_config")).toMap();
    for (const QString &name : keysInOrder(provider, QStringLiteral("connection_config"))) {
        NangoFormField f(name, NangoFormField::ConnectionConfig, config.value(name).toMap(), docs);
        if (f.isAutomated())
            continue;
        if (f.order() <= 0)
            f.d->order = ++order;
        if (presetConfig.contains(name) && !presetConfig.value(name).isNull()) {
            f.d->defaultValue = presetConfig.value(name).toString();
            f.d->hasDefault = true;
            f.d->hidden = true; // preset by the session: sent, not asked
        }
        fields << f;
    }
    const QVariantMap assertion = provider.value(QStringLiteral("assertion_option")).toMap();
    for (const QString &name : keysInOrder(provider, QStringLiteral("assertion_option"))) {
        NangoFormField f(name, NangoFormField::AssertionOption, assertion.value(name).toMap(), docs);
        if (f.isAutomated())
            continue;
        f.d->order = ++order;
        fields << f;
    }

    std::stable_sort(fields.begin(), fields.end(), [](const NangoFormField &a, const NangoFormField &b) { return a.order() < b.order(); });

    // Keys: the name, unless two kinds share it.
    QStringList taken;
    for (NangoFormField &f : fields) {
        if (taken.contains(f.name()))
            f.d->key = (f.kind() == NangoFormField::ConnectionConfig ? QStringLiteral("params.") : QStringLiteral("assertion_option.")) + f.name();
        taken << f.key();
    }
    for (const NangoFormField &f : std::as_const(fields)) {
        if (f.isHidden()) {
            if (f.hasDefaultValue())
                schema.presets.insert(f.key(), f.defaultValue());
            schema.presetFields << f;
        } else {
            schema.fields << f;
        }
    }
    if (schema.authModeName == QLatin1String("AWS_SIGV4")) {
        const QString preset = presetConfig.value(QStringLiteral("external_id")).toString();
        schema.externalId = preset.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : preset;
    }
    return schema;
}

NangoFormField NangoFormSchema::field(const QString &key) const
{
    for (const NangoFormField &f : fields) {
        if (f.key() == key)
            return f;
    }
    return NangoFormField();
}

bool NangoFormSchema::isVisible(const QString &key, const QVariantMap &values) const
{
    QStringList seen;
    QString current = key;
    bool visible = true;
    // Cascades: a field gated by visible_when shows only if its controller shows (cycles fail open).
    while (visible) {
        const NangoFormField f = field(current);
        if (f.isNull() || f.visibleWhenField().isEmpty() || seen.contains(current))
            break;
        seen << current;
        const QString controller = f.visibleWhenField();
        QString controllerKey = controller;
        for (const NangoFormField &other : fields) { // the controller of the same kind first
            if (other.name() == controller && other.kind() == f.kind()) {
                controllerKey = other.key();
                break;
            }
        }
        const QString value = values.contains(controllerKey) ? values.value(controllerKey).toString() : presets.value(controllerKey);
        visible = value == f.visibleWhenEquals();
        current = controllerKey;
    }
    return visible;
}

QStringList NangoFormSchema::visibleKeys(const QVariantMap &values) const
{
    QStringList keys;
    for (const NangoFormField &f : fields) {
        if (isVisible(f.key(), values))
            keys << f.key();
    }
    return keys;
}

bool NangoFormSchema::connectsAtOnce(const QVariantMap &values) const
{
    return isFromProvider && visibleKeys(values).isEmpty();
}

QVariantMap NangoFormSchema::initialValues() const
{
    QVariantMap values;
    for (const NangoFormField &f : fields)
        values.insert(f.key(), f.defaultValue());
    return values;
}

QString NangoFormSchema::check(const QVariantMap &values, QString *key) const
{
    for (const QString &k : visibleKeys(values)) {
        const QString problem = field(k).check(values.value(k).toString());
        if (!problem.isEmpty()) {
            if (key)
                *key = k;
            return problem;
        }
    }
    if (key)
        key->clear();
    return QString();
}

QVariantMap NangoFormSchema::credentials(const QVariantMap &values) const
{
    QVariantMap credentials;
    QVariantMap assertion;
    const auto put = [&](const NangoFormField &f, const QString &value) {
        if (value.isEmpty() && !f.isSentWhenEmpty())
            return;
        if (f.kind() == NangoFormField::Credential)
            credentials.insert(f.name(), value);
        else if (f.kind() == NangoFormField::AssertionOption)
            assertion.insert(f.name(), value);
    };
    for (const QString &k : visibleKeys(values))
        put(field(k), values.value(k).toString());
    for (const NangoFormField &f : presetFields) {
        if (presets.contains(f.key()))
            put(f, presets.value(f.key()));
    }
    // The modes whose body the JS SDK picks by `type` (packages/frontend/lib/index.ts).
    static const QStringList typed{QStringLiteral("SIGNATURE"), QStringLiteral("TWO_STEP"), QStringLiteral("JWT"), QStringLiteral("AWS_SIGV4")};
    if (isFromProvider && typed.contains(authModeName))
        credentials.insert(QStringLiteral("type"), authModeName);
    if (!assertion.isEmpty())
        credentials.insert(QStringLiteral("assertionOption"), assertion);
    return credentials;
}

QMap<QString, QString> NangoFormSchema::params(const QVariantMap &values) const
{
    QMap<QString, QString> params;
    for (const NangoFormField &f : presetFields) {
        if (f.kind() == NangoFormField::ConnectionConfig && presets.contains(f.key()))
            params.insert(f.name(), presets.value(f.key()));
    }
    for (const QString &k : visibleKeys(values)) {
        const NangoFormField f = field(k);
        const QString value = values.value(k).toString();
        if (f.kind() == NangoFormField::ConnectionConfig && !value.isEmpty())
            params.insert(f.name(), value);
    }
    if (!externalId.isEmpty())
        params.insert(QStringLiteral("external_id"), externalId);
    return params;
}
