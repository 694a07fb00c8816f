// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QCoreApplication>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class NangoFormFieldData;

/**
 * @brief One field a credentials form asks for: a credential (sent in the body of the call) or a
 * connection-config value (sent as `params[name]`), as a provider's schema describes it.
 *
 * Built by NangoCredentialsFormModel from Nango's field schema (`SimplifiedJSONSchema` of
 * `packages/types/lib/providers/provider.ts`: `title`, `description`, `example`, `pattern`,
 * `optional`, `format`, `order`, `default_value`, `hidden`, `prefix`, `suffix`, `doc_section`,
 * `secret`, `automated`, `enum`, `visible_when`), or one of the fixed API-key / Basic fields.
 * check() is the one place a typed value is validated, for every form of both faces.
 *
 * QML sees fields as maps (NangoCredentialsFormModel::fieldList) whose keys are this gadget's
 * property names.
 */
class NANGOQT_CORE_EXPORT NangoFormField
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(NangoFormField)
    /// @copydoc key() const
    Q_PROPERTY(QString key READ key)
    /// @copydoc name() const
    Q_PROPERTY(QString name READ name)
    /// Where the value goes in the call: the credentials body, `params`, or TWO_STEP's assertion option.
    Q_PROPERTY(Kind kind READ kind)
    /// @copydoc title() const
    Q_PROPERTY(QString title READ title)
    /// The schema's `description`: help text shown under the field ("" when none).
    Q_PROPERTY(QString description READ description)
    /// @copydoc example() const
    Q_PROPERTY(QString example READ example)
    /// @copydoc prefix() const
    Q_PROPERTY(QString prefix READ prefix)
    /// Text shown after the field (the schema's `suffix`, e.g. ".example.com"); see #prefix.
    Q_PROPERTY(QString suffix READ suffix)
    /// @copydoc isSecret() const
    Q_PROPERTY(bool secret READ isSecret)
    /// @copydoc isOptional() const
    Q_PROPERTY(bool optional READ isOptional)
    /// @copydoc pattern() const
    Q_PROPERTY(QString pattern READ pattern)
    /// @copydoc format() const
    Q_PROPERTY(QString format READ format)
    /// @copydoc options() const
    Q_PROPERTY(QStringList options READ options)
    /// @copydoc defaultValue() const
    Q_PROPERTY(QString defaultValue READ defaultValue)
    /// @copydoc docUrl() const
    Q_PROPERTY(QString docUrl READ docUrl)
    /// @copydoc visibleWhenField() const
    Q_PROPERTY(QString visibleWhenField READ visibleWhenField)
    /// The value visibleWhenField() must hold for the field to be asked ("" when always asked).
    Q_PROPERTY(QString visibleWhenEquals READ visibleWhenEquals)
    /// @copydoc maxLength() const
    Q_PROPERTY(int maxLength READ maxLength)

public:
    /// Where the value goes in the call.
    enum Kind {
        Credential,       ///< in the request body (the JS SDK's `credentials`)
        ConnectionConfig, ///< in the query as `params[name]` (the JS SDK's `params`)
        AssertionOption,  ///< TWO_STEP's `assertion_option`: in the body's `assertionOption` object
    };
    Q_ENUM(Kind)

    /// A field with no name (isNull()).
    NangoFormField();
    /**
     * A field named @p name of @p kind from its schema @p schema. The schema is the JSON object
     * of providers.yaml's `credentials.<name>` or `connection_config.<name>`. @p docsConnect
     * (the provider's `docs_connect`) and the schema's `doc_section` make docUrl().
     */
    NangoFormField(const QString &name, Kind kind, const QVariantMap &schema, const QString &docsConnect = QString());
    /// Copies @p other (implicitly shared: cheap).
    NangoFormField(const NangoFormField &other);
    /// Assigns @p other (implicitly shared: cheap).
    NangoFormField &operator=(const NangoFormField &other);
    ~NangoFormField();

    /// The fixed API-key form's field (`apiKey`, secret, 1–1024 characters).
    static NangoFormField apiKey();
    /// The fixed Basic form's fields: `username` (required) and `password` (may be empty).
    static NangoFormField username();
    /// The fixed Basic form's `password` field (secret, may be empty: sent even when empty).
    static NangoFormField password();

    /// True for a field with no name (the default constructor's; field() of an unknown key).
    bool isNull() const;
    /// The name in NangoCredentialsFormModel::values(). It is name(), or `params.<name>` for a
    /// connection-config field whose name is also a credential's.
    QString key() const;
    /// The schema's name: the credentials key or the params key.
    QString name() const;
    /// Getter of the #kind property.
    Kind kind() const;
    /// The label (the schema's `title`; a title Nango's Connect UI gives the well-known
    /// credentials when the schema has none; else the name).
    QString title() const;
    /// Getter of the #description property.
    QString description() const;
    /// The placeholder (`example`).
    QString example() const;
    /// Text shown before / after the field (`prefix`, `suffix`, e.g. "https://", ".example.com").
    QString prefix() const;
    /// Getter of the #suffix property.
    QString suffix() const;
    /// Typed with password echo and a Show toggle.
    bool isSecret() const;
    /// May stay empty.
    bool isOptional() const;
    /// A regular expression (ECMAScript, as the schema's) the whole value must match.
    QString pattern() const;
    /// `hostname`, `uri`, `uuid`, `email` or "".
    QString format() const;
    /// The allowed values (`enum`): the form shows a combo box.
    QStringList options() const;
    /// The initial value: `default_value`, else the first option of a required enum, else "".
    QString defaultValue() const;
    /// True when the schema has a `default_value`, or the session presets the field (then hidden).
    bool hasDefaultValue() const;
    /// The provider's connect guide at this field's section; "" without `docs_connect`.
    QString docUrl() const;
    /// `visible_when`: the field is asked only when the field named visibleWhenField() holds
    /// visibleWhenEquals(); "" when always.
    QString visibleWhenField() const;
    /// Getter of the #visibleWhenEquals property.
    QString visibleWhenEquals() const;
    /// The schema's `order` (0 when none).
    int order() const;
    /// `hidden` in the schema: filled in, never shown.
    bool isHidden() const;
    /// `automated` in the schema: Nango computes it, never asked nor sent.
    bool isAutomated() const;
    /// The most characters accepted (0 = no limit).
    int maxLength() const;

    /**
     * The problem with @p value for this field — required, enum, format, pattern, length — as
     * a translated sentence a person can act on ("Enter the API key.", "Choose one of: us, eu.",
     * "The subdomain must look like …"), or "" when it is acceptable.
     */
    QString check(const QString &value) const;

    /// The field as a map whose keys are the property names (for QML).
    QVariantMap toVariantMap() const;

    /// True when the fields agree in every attribute (key, name, kind, texts, rules, default, …).
    bool operator==(const NangoFormField &other) const;
    /// The opposite of operator==().
    bool operator!=(const NangoFormField &other) const { return !(*this == other); }

    /// The value is sent even when empty (Basic's password).
    bool isSentWhenEmpty() const;

private:
    friend class NangoFormSchema; // builds forms: keys, merged base fields
    QSharedDataPointer<NangoFormFieldData> d;
};
Q_DECLARE_TYPEINFO(NangoFormField, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(NangoFormField)
