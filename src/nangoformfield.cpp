// SPDX-License-Identifier: MIT
#include "nangoformfield.h"
#include "nangotranslations.h"

#include "nangoformfield_p.h"
#include "nangologging_p.h"

#include <NangoQt/NangoCredentialsValidator>

#include <QMetaProperty>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace {

/// A schema flag: YAML gives booleans, some entries strings ("true").
bool flag(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return v.toBool();
}

/// Titles and secrecy Nango's Connect UI gives the well-known credentials whose schema is
/// silent (packages/connect-ui/src/views/Go.tsx, defaultConfiguration).
struct WellKnown
{
    const char *name;
    const char *title;
    bool secret;
};
constexpr WellKnown wellKnown[] = {
    {"apiKey", QT_TRANSLATE_NOOP("NangoFormField", "API key"), true},
    {"username", QT_TRANSLATE_NOOP("NangoFormField", "User name"), false},
    {"password", QT_TRANSLATE_NOOP("NangoFormField", "Password"), true},
    {"pat_name", QT_TRANSLATE_NOOP("NangoFormField", "Personal access token name"), false},
    {"pat_secret", QT_TRANSLATE_NOOP("NangoFormField", "Personal access token secret"), true},
    {"content_url", QT_TRANSLATE_NOOP("NangoFormField", "Content URL"), true},
    {"client_id", QT_TRANSLATE_NOOP("NangoFormField", "Client ID"), false},
    {"client_secret", QT_TRANSLATE_NOOP("NangoFormField", "Client secret"), true},
    {"client_certificate", QT_TRANSLATE_NOOP("NangoFormField", "Client certificate"), true},
    {"client_private_key", QT_TRANSLATE_NOOP("NangoFormField", "Private key"), true},
    {"oauth_client_id_override", QT_TRANSLATE_NOOP("NangoFormField", "OAuth client ID"), false},
    {"oauth_client_secret_override", QT_TRANSLATE_NOOP("NangoFormField", "OAuth client secret"), true},
    {"oauth_refresh_token_override", QT_TRANSLATE_NOOP("NangoFormField", "Refresh token"), true},
    {"token_id", QT_TRANSLATE_NOOP("NangoFormField", "Token ID"), true},
    {"token_secret", QT_TRANSLATE_NOOP("NangoFormField", "Token secret"), true},
    {"organization_id", QT_TRANSLATE_NOOP("NangoFormField", "Organization ID"), false},
    {"dev_key", QT_TRANSLATE_NOOP("NangoFormField", "Developer key"), true},
    {"role_arn", QT_TRANSLATE_NOOP("NangoFormField", "IAM role ARN"), false},
    {"issuerId", QT_TRANSLATE_NOOP("NangoFormField", "Issuer ID"), false},
    {"privateKeyId", QT_TRANSLATE_NOOP("NangoFormField", "Key ID"), false},
    {"privateKey", QT_TRANSLATE_NOOP("NangoFormField", "Private key"), true},
};

const WellKnown *findWellKnown(const QString &name)
{
    for (const WellKnown &w : wellKnown) {
        if (name == QLatin1String(w.name))
            return &w;
    }
    return nullptr;
}

/// "API key" stays, "User name" → "user name": the title inside an English sentence. In another
/// language (NangoTranslations) the title is left as it is: German capitalises every noun, and
/// the translations quote the title rather than lower-casing it.
QString inSentence(const QString &title)
{
    const QString language = NangoTranslations::language();
    if (!language.isEmpty() && language != QLatin1String("en"))
        return title;
    if (title.size() > 1 && title.at(0).isUpper() && !title.at(1).isUpper())
        return title.at(0).toLower() + title.mid(1);
    return title;
}

} // namespace

NangoFormField::NangoFormField()
    : d(new NangoFormFieldData)
{
}

NangoFormField::NangoFormField(const QString &name, Kind kind, const QVariantMap &schema, const QString &docsConnect)
    : d(new NangoFormFieldData)
{
    d->key = d->name = name;
    d->kind = kind;
    const WellKnown *known = kind == Credential ? findWellKnown(name) : nullptr;
    d->title = schema.value(QStringLiteral("title")).toString().trimmed();
    if (d->title.isEmpty())
        d->title = known ? tr(known->title) : name;
    d->description = schema.value(QStringLiteral("description")).toString().trimmed();
    d->example = schema.value(QStringLiteral("example")).toString();
    d->prefix = schema.value(QStringLiteral("prefix")).toString();
    d->suffix = schema.value(QStringLiteral("suffix")).toString();
    d->pattern = schema.value(QStringLiteral("pattern")).toString();
    d->format = schema.value(QStringLiteral("format")).toString();
    for (const QVariant &option : schema.value(QStringLiteral("enum")).toList())
        d->options << option.toString();
    d->secret = schema.contains(QStringLiteral("secret")) ? flag(schema.value(QStringLiteral("secret"))) : (known && known->secret);
    d->optional = flag(schema.value(QStringLiteral("optional")));
    d->hidden = flag(schema.value(QStringLiteral("hidden")));
    d->automated = flag(schema.value(QStringLiteral("automated")));
    d->order = schema.value(QStringLiteral("order")).toInt();
    d->hasDefault = schema.contains(QStringLiteral("default_value")) && !schema.value(QStringLiteral("default_value")).isNull();
    if (d->hasDefault)
        d->defaultValue = schema.value(QStringLiteral("default_value")).toString();
    else if (!d->options.isEmpty() && !d->optional)
        d->defaultValue = d->options.constFirst(); // a required choice starts on its first option
    const QVariantMap when = schema.value(QStringLiteral("visible_when")).toMap();
    d->visibleWhenField = when.value(QStringLiteral("field")).toString();
    d->visibleWhenEquals = when.value(QStringLiteral("equals")).toString();
    if (!docsConnect.isEmpty())
        d->docUrl = docsConnect + schema.value(QStringLiteral("doc_section")).toString();
}

NangoFormField::NangoFormField(const NangoFormField &other) = default;
NangoFormField &NangoFormField::operator=(const NangoFormField &other) = default;
NangoFormField::~NangoFormField() = default;

NangoFormField NangoFormField::apiKey()
{
    NangoFormField f(QStringLiteral("apiKey"), Credential, {});
    f.d->maxLength = NangoCredentialsValidator::MaxApiKeyLength; // the server's rule (docs/protocol.md §4)
    return f;
}

NangoFormField NangoFormField::username()
{
    return NangoFormField(QStringLiteral("username"), Credential, {});
}

NangoFormField NangoFormField::password()
{
    NangoFormField f(QStringLiteral("password"), Credential, {});
    f.d->optional = true; // an empty password is valid for Basic auth (docs/protocol.md §4)
    f.d->sentWhenEmpty = true;
    return f;
}

bool NangoFormField::isNull() const { return d->name.isEmpty(); }
QString NangoFormField::key() const { return d->key; }
QString NangoFormField::name() const { return d->name; }
NangoFormField::Kind NangoFormField::kind() const { return d->kind; }
QString NangoFormField::title() const { return d->title; }
QString NangoFormField::description() const { return d->description; }
QString NangoFormField::example() const { return d->example; }
QString NangoFormField::prefix() const { return d->prefix; }
QString NangoFormField::suffix() const { return d->suffix; }
bool NangoFormField::isSecret() const { return d->secret; }
bool NangoFormField::isOptional() const { return d->optional; }
QString NangoFormField::pattern() const { return d->pattern; }
QString NangoFormField::format() const { return d->format; }
QStringList NangoFormField::options() const { return d->options; }
QString NangoFormField::defaultValue() const { return d->defaultValue; }
bool NangoFormField::hasDefaultValue() const { return d->hasDefault; }
QString NangoFormField::docUrl() const { return d->docUrl; }
QString NangoFormField::visibleWhenField() const { return d->visibleWhenField; }
QString NangoFormField::visibleWhenEquals() const { return d->visibleWhenEquals; }
int NangoFormField::order() const { return d->order; }
bool NangoFormField::isHidden() const { return d->hidden; }
bool NangoFormField::isAutomated() const { return d->automated; }
int NangoFormField::maxLength() const { return d->maxLength; }
bool NangoFormField::isSentWhenEmpty() const { return d->sentWhenEmpty; }

QString NangoFormField::check(const QString &value) const
{
    const QString what = inSentence(d->title);
    if (d->hidden)
        return QString(); // filled in by the model, never typed
    if (value.trimmed().isEmpty()) {
        // As Nango's Connect UI: a field with a default_value (even "") may be left empty.
        const bool required = !d->optional && (!d->hasDefault || !d->format.isEmpty() || !d->options.isEmpty());
        if (!required)
            return QString();
        if (!d->options.isEmpty())
            return tr("Choose the %1.").arg(what);
        return tr("Enter the %1.").arg(what);
    }
    if (d->maxLength > 0 && value.size() > d->maxLength)
        return tr("The %1 is longer than %2 characters.").arg(what).arg(d->maxLength);
    if (!d->options.isEmpty()) {
        if (!d->options.contains(value))
            return tr("The %1 must be one of: %2.").arg(what, d->options.join(QLatin1String(", ")));
        return QString();
    }
    if (d->format == QLatin1String("hostname")) {
        static const QRegularExpression host(QStringLiteral("^[a-zA-Z0-9.-]+$"));
        if (!host.match(value).hasMatch())
            return tr("The %1 must be a host name: letters, digits, dots and hyphens only (no https://, no slash).").arg(what);
    } else if (d->format == QLatin1String("uuid")) {
        if (QUuid::fromString(value).isNull() || value.size() != 36)
            return tr("The %1 must be a UUID, like 123e4567-e89b-12d3-a456-426614174000.").arg(what);
    } else if (d->format == QLatin1String("uri")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return tr("The %1 must be a full URL, like https://example.com.").arg(what);
    } else if (d->format == QLatin1String("email")) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(value).hasMatch())
            return tr("The %1 must be an email address, like ada@example.com.").arg(what);
    }
    if (!d->pattern.isEmpty()) {
        const QRegularExpression re(d->pattern);
        if (!re.isValid()) {
            qCWarning(lcNangoCore).noquote() << "form field" << d->name << "has a pattern Qt cannot read; not checked:" << re.errorString();
        } else if (!re.match(value).hasMatch()) { // unanchored, like the schema's RegExp.test()
            if (!d->example.isEmpty())
                return tr("The %1 does not have the expected form: it should look like %2.").arg(what, d->example);
            return tr("The %1 does not have the expected form (%2).").arg(what, d->pattern);
        }
    }
    return QString();
}

QVariantMap NangoFormField::toVariantMap() const
{
    QVariantMap map;
    const QMetaObject &mo = staticMetaObject;
    for (int i = mo.propertyOffset(); i < mo.propertyCount(); ++i) {
        const QMetaProperty p = mo.property(i);
        map.insert(QString::fromLatin1(p.name()), p.readOnGadget(this));
    }
    map[QStringLiteral("kind")] = int(d->kind);
    map.insert(QStringLiteral("credential"), d->kind == Credential);
    return map;
}

bool NangoFormField::operator==(const NangoFormField &other) const
{
    return d == other.d || *d == *other.d;
}
