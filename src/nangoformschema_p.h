// SPDX-License-Identifier: MIT
// Private: a credentials form's fields from a provider's schema, by the rules of Nango's own
// Connect UI (packages/connect-ui/src/views/Go.tsx), and the call they make. Pure: no network,
// no QObject. NangoCredentialsFormModel holds one; exported for the autotests.
#pragma once

#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoformfield.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

class NANGOQT_CORE_TESTS_EXPORT NangoFormSchema
{
public:
    /// The fixed forms: ApiKey → apiKey; Basic → username, password; other modes: no field.
    static NangoFormSchema fixed(NangoAuthMode::Mode mode);
    /**
     * The form of @p provider (GET /providers/:p's `data`) for @p integration (its entry of
     * GET /integrations) under the session's @p configDefaults (the integration's entry of
     * `integrations_config_defaults`: `{connection_config: {…}}`).
     */
    static NangoFormSchema fromProvider(const QVariantMap &provider, const QVariantMap &integration,
                                        const QVariantMap &configDefaults);

    /**
     * A provider definition from the JSON of GET /providers/:p (`{data: {…}}`, or the object
     * itself), with the order of its field sections' keys kept under `$keyOrder` (Qt's JSON
     * types sort keys; a schema's fields without `order` follow the server's order).
     */
    static QVariantMap providerFromJson(const QByteArray &json);

    /// The fields a person may be asked, in order (visible_when not applied).
    QList<NangoFormField> fields;
    /// Values sent without asking: hidden fields' defaults and the session's presets, by key.
    QMap<QString, QString> presets;
    QList<NangoFormField> presetFields;
    NangoAuthMode::Mode mode = NangoAuthMode::Unknown;
    QString authModeName; ///< the provider's auth_mode string
    QString installation; ///< "outbound" or ""
    QString docsUrl;
    QString displayName;
    QString externalId; ///< AWS_SIGV4: the external id sent as params[external_id]
    bool isFromProvider = false;

    /// The field of @p key (isNull() when none).
    NangoFormField field(const QString &key) const;
    /// Whether @p key is asked with these values: its visible_when holds, and its controller's (cascading).
    bool isVisible(const QString &key, const QVariantMap &values) const;
    /// The keys of the fields asked with @p values, in order.
    QStringList visibleKeys(const QVariantMap &values) const;
    /// Nothing is left to ask: the form connects at once (Go.tsx's shouldAutoTrigger).
    bool connectsAtOnce(const QVariantMap &values) const;
    /// Every field's initial value, by key.
    QVariantMap initialValues() const;
    /// The first refused visible field's problem ("" when all pass); @p key names the field.
    QString check(const QVariantMap &values, QString *key) const;
    /// The call's `credentials` (body) and `params` (connection config).
    QVariantMap credentials(const QVariantMap &values) const;
    QMap<QString, QString> params(const QVariantMap &values) const;
};
