// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangocatalog.h>
#include <NangoQt/nangoformfield.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class NangoCatalog;
class NangoCredentialsFormModelPrivate;

/**
 * @brief What a credentials form is, without its widgets: the fields the user types for an
 * API-key or Basic integration, their validation, and the credentials flow they start.
 *
 * The Widgets forms (NangoApiKeyForm, NangoBasicAuthForm, NangoCredentialsDialog) and the QML
 * forms (`ApiKeyForm`, `BasicAuthForm`; `CredentialsFormModel` in QML) are views over it: they
 * show fieldNames(), write what is typed with setValue(), call submit(), focus the field that
 * validationFailed() names and show errorText().
 *
 * Fields are named after the JS SDK's `credentials` keys: `apiKey` for NangoAuthMode::ApiKey,
 * `username` and `password` for NangoAuthMode::Basic. Only those typed values are sent as
 * credentials; options() supply the rest of the call (params, hmac, …).
 *
 * @code
 * auto *form = new NangoCredentialsFormModel(NangoAuthMode::ApiKey, nango, this);
 * form->setIntegrationId(QStringLiteral("stripe"));
 * form->setValue(QStringLiteral("apiKey"), keyTypedByTheUser);
 * connect(form, &NangoCredentialsFormModel::succeeded, this, [] { ... });
 * form->submit(); // validates first: nothing is sent when a field is refused
 * @endcode
 *
 * **A form from the provider's schema.** Given a provider definition (GET /providers/:p), the
 * integration (its GET /integrations entry) and the session's `integrations_config_defaults`
 * (setSchema(), or setCatalog() to have a NangoCatalog supply them for integrationId()), the
 * model asks what that provider needs: fields() in order, credentials and connection config,
 * each a NangoFormField (title, description, example, prefix/suffix, secret, optional, pattern,
 * enum, default, doc link, `visible_when`). Nango's Connect UI rules apply: `automated` fields
 * are skipped, `hidden` ones and those the session presets are sent without being asked,
 * credentials in the integration's `preconfigured_credentials` are skipped, `order` orders
 * connection config before the credentials, and when nothing is left to ask connectsAtOnce() is
 * true (a view then calls submit() without showing fields). credentials() and params() are what
 * submit() sends, with the integration's auth mode. The API-key and Basic forms are the two
 * fixed schemas of the same code: every value goes through NangoFormField::check().
 */
class NANGOQT_CORE_EXPORT NangoCredentialsFormModel : public QObject
{
    Q_OBJECT
    /// @copydoc auth() const
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    /// The integration whose credentials are sent (its unique key, e.g. "openai"); with a #catalog
    /// it also selects the schema.
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    /// @copydoc connectionId() const
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    /// @copydoc authMode() const
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode WRITE setAuthMode NOTIFY authModeChanged)
    /// @copydoc fieldNames() const
    Q_PROPERTY(QStringList fieldNames READ fieldNames NOTIFY fieldsChanged)
    /// @copydoc fieldList() const
    Q_PROPERTY(QVariantList fieldList READ fieldList NOTIFY fieldsChanged)
    /// @copydoc hasSchema() const
    Q_PROPERTY(bool hasSchema READ hasSchema NOTIFY fieldsChanged)
    /// @copydoc connectsAtOnce() const
    Q_PROPERTY(bool connectsAtOnce READ connectsAtOnce NOTIFY fieldsChanged)
    /// @copydoc docsUrl() const
    Q_PROPERTY(QString docsUrl READ docsUrl NOTIFY fieldsChanged)
    /// @copydoc displayName() const
    Q_PROPERTY(QString displayName READ displayName NOTIFY fieldsChanged)
    /// @copydoc externalId() const
    Q_PROPERTY(QString externalId READ externalId NOTIFY fieldsChanged)
    /// The provider schema the fields come from (setSchema()'s @p provider); empty for a fixed form.
    Q_PROPERTY(QVariantMap provider READ provider NOTIFY fieldsChanged)
    /// The integration entry setSchema() was given (GET /integrations); empty for a fixed form.
    Q_PROPERTY(QVariantMap integration READ integration NOTIFY fieldsChanged)
    /// @copydoc catalog() const
    Q_PROPERTY(NangoCatalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    /// True while the #catalog reads the integration, its provider or the session's defaults.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    /// @copydoc values() const
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    /// @copydoc options() const
    Q_PROPERTY(NangoAuthOptions options READ options WRITE setOptions NOTIFY optionsChanged)
    /// @copydoc isBusy() const
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// @copydoc errorText() const
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// @copydoc errorField() const
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorTextChanged)

public:
    /// An API-key form (authMode() ApiKey) without a NangoAuth yet.
    explicit NangoCredentialsFormModel(QObject *parent = nullptr);
    /// The fixed form of @p authMode (ApiKey or Basic) on @p auth.
    NangoCredentialsFormModel(NangoAuthMode::Mode authMode, NangoAuth *auth, QObject *parent = nullptr);
    ~NangoCredentialsFormModel() override;

    /// The NangoAuth that runs the flow.
    NangoAuth *auth() const;
    /// Setter of the #auth property (notifier: authChanged()).
    void setAuth(NangoAuth *auth);
    /// Getter of the #integrationId property.
    QString integrationId() const;
    /// Setter of the #integrationId property (notifier: integrationIdChanged()).
    void setIntegrationId(const QString &integrationId);
    /// The connection id to request (empty: the server makes one).
    QString connectionId() const;
    /// Setter of the #connectionId property (notifier: connectionIdChanged()).
    void setConnectionId(const QString &connectionId);

    /// ApiKey (the default) or Basic; a mode without typed credentials has no fields, and
    /// submit() refuses it. Changing it drops the values of fields the new mode does not have.
    NangoAuthMode::Mode authMode() const;
    /// Setter of the #authMode property (notifier: authModeChanged()).
    void setAuthMode(NangoAuthMode::Mode authMode);

    /// The fields of @p authMode's fixed form, in the order a form shows them.
    static QStringList fieldNames(NangoAuthMode::Mode authMode);
    /// The keys of the fields asked now, in order (`visible_when` applied to values()).
    QStringList fieldNames() const;

    /**
     * The form of @p provider (GET /providers/:p's `data`, or the whole answer) for
     * @p integration (its GET /integrations entry) with the session's
     * @p integrationsConfigDefaults (GET /connect/session's, keyed by integration; the entry of
     * integrationId() or of the integration's `unique_key` applies). authMode() becomes the
     * provider's; the values start from the fields' defaults. An empty @p provider goes back
     * to the fixed form of authMode().
     */
    void setSchema(const QVariantMap &provider, const QVariantMap &integration = QVariantMap(),
                   const QVariantMap &integrationsConfigDefaults = QVariantMap());
    /// setSchema() with its three maps, invokable from QML.
    Q_INVOKABLE void setSchemaMaps(const QVariantMap &provider, const QVariantMap &integration, const QVariantMap &integrationsConfigDefaults)
    {
        setSchema(provider, integration, integrationsConfigDefaults);
    }
    /// setSchema() from the JSON text of GET /providers/:p (keeps the server's field order).
    void setSchemaJson(const QByteArray &providerJson, const QVariantMap &integration = QVariantMap(),
                       const QVariantMap &integrationsConfigDefaults = QVariantMap());
    /// True when the fields come from a provider's schema (setSchema()).
    bool hasSchema() const;
    /// Getter of the #provider property.
    QVariantMap provider() const;
    /// Getter of the #integration property.
    QVariantMap integration() const;
    /// The provider's `auth_mode` string (e.g. `TBA`), also for modes NangoAuthMode does not name.
    QString authModeName() const;

    /// Every field the form may ask, in order, whether or not its `visible_when` holds now.
    QList<NangoFormField> fields() const;
    /// The fields asked now (fieldNames()).
    QList<NangoFormField> visibleFields() const;
    /// The field of @p key; isNull() when there is none.
    NangoFormField field(const QString &key) const;
    /// fields() as maps (NangoFormField::toVariantMap()), for a QML Repeater.
    QVariantList fieldList() const;
    /// Whether the field @p key is asked with the current values.
    Q_INVOKABLE bool isFieldVisible(const QString &key) const;
    /// Nothing is left to ask (a schema whose fields are all hidden, preset or preconfigured):
    /// a view connects at once instead of showing an empty form.
    bool connectsAtOnce() const;
    /// The provider's connect guide (`docs_connect`), "" when it has none.
    QString docsUrl() const;
    /// The integration's display name (else the provider's).
    QString displayName() const;
    /// AWS_SIGV4: the external id sent as `params[external_id]` (the user puts it in the IAM trust policy).
    QString externalId() const;
    /// The call's credentials (the request body) from the values: visible fields, presets.
    Q_INVOKABLE QVariantMap credentials() const;
    /// The call's connection config (`params`), form values over options()' params.
    QMap<QString, QString> params() const;
    /// params() as a QVariantMap, for QML.
    Q_INVOKABLE QVariantMap paramsMap() const;
    /**
     * The options submit() passes to NangoAuth: options() with credentials() as the JS SDK's
     * `credentials` (verbatim; TWO_STEP's assertion fields as `assertionOption`), params(),
     * authMode() and, for a provider's schema, the asked credentials that are not optional
     * as NangoAuthOptions::requiredCredentials().
     */
    NangoAuthOptions callOptions() const;
    /// The problem with @p value for the field @p key (NangoFormField::check()), "" when fine.
    Q_INVOKABLE QString checkValue(const QString &key, const QString &value) const;

    /**
     * A catalog that supplies the schema: with both a catalog and integrationId(), the model
     * reads the integration, its provider and the session's defaults (loading() meanwhile)
     * and calls setSchema(). A catalog error becomes errorText().
     */
    NangoCatalog *catalog() const;
    /// Setter of the #catalog property (notifier: catalogChanged()).
    void setCatalog(NangoCatalog *catalog);
    /// Getter of the #loading property.
    bool isLoading() const;

    /// What the user typed, by field name (every field of fieldNames() is there, "" until typed).
    QVariantMap values() const;
    /// What the user typed into @p field ("" when nothing, or no such field).
    Q_INVOKABLE QString value(const QString &field) const;
    /// Sets what the user typed into @p field; ignored unless @p field is one of fields().
    Q_INVOKABLE void setValue(const QString &field, const QString &value);

    /**
     * The rest of the call's options: params, hmac, user scope, authorization params,
     * detectClosedAuthWindow. Credentials set here are not sent: the fields supply them.
     */
    NangoAuthOptions options() const;
    /// Setter of the #options property (notifier: optionsChanged()).
    void setOptions(const NangoAuthOptions &options);
    /// setOptions() from a map with the JS SDK's key names (NangoAuthOptions::fromVariantMap()),
    /// as QML passes them; unknown keys are reported on `nangoqt.core`.
    Q_INVOKABLE void setOptionsMap(const QVariantMap &options);

    /// The problem with @p value in the fixed forms' @p field (`apiKey`, `username`,
    /// `password`), or an empty string when it is acceptable (or the field has no rule).
    static QString checkField(const QString &field, const QString &value);

    /**
     * Checks every field in order. On the first problem it becomes errorText() (with
     * errorField() naming the field), validationFailed() is emitted, and false returned.
     */
    Q_INVOKABLE bool validate();

    /// True while the credentials request runs.
    bool isBusy() const;
    /// The problem shown under the fields: a validation problem, the server's error, or "".
    QString errorText() const;
    /// The field errorText() is about; "" when it is not about one field (a server error).
    QString errorField() const;

public Q_SLOTS:
    /**
     * Validates, then starts NangoAuth::auth() with options() and the typed credentials; the
     * model is busy until the flow ends with succeeded() or failed(). Returns false (nothing
     * sent) while busy, when a field is refused, or without a NangoAuth.
     */
    bool submit();

Q_SIGNALS:
    /// The credentials were accepted: the connection @p connectionId of @p providerConfigKey is made.
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The request failed (a NangoErrorType string and a message); @p message is errorText() now.
    void failed(const QString &type, const QString &message);
    /// validate() refused @p field: the view shows @p problem and focuses the field.
    void validationFailed(const QString &field, const QString &problem);
    /// Notifier of the #auth property.
    void authChanged();
    /// Notifier of the #integrationId property.
    void integrationIdChanged();
    /// Notifier of the #connectionId property.
    void connectionIdChanged();
    /// Notifier of the #authMode property.
    void authModeChanged();
    /// fields(), fieldNames() or the schema's properties changed.
    void fieldsChanged();
    /// Notifier of the #values property.
    void valuesChanged();
    /// Notifier of the #catalog property.
    void catalogChanged();
    /// Notifier of the #loading property.
    void loadingChanged();
    /// Notifier of the #options property.
    void optionsChanged();
    /// Notifier of the #busy property; @p busy is its new value.
    void busyChanged(bool busy);
    /// Notifier of #errorText and #errorField.
    void errorTextChanged();

private:
    std::unique_ptr<NangoCredentialsFormModelPrivate> const d;
};
