// SPDX-License-Identifier: MIT
#include "nangocredentialsformmodel.h"

#include "nangoformschema_p.h"
#include "nangologging_p.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoCatalog>

#include <QPointer>

class NangoCredentialsFormModelPrivate
{
public:
    explicit NangoCredentialsFormModelPrivate(NangoCredentialsFormModel *q)
        : q(q)
    {
    }
    void setError(const QString &text, const QString &field);
    void setBusy(bool busy);
    void setLoading(bool loading);
    void endFlow();
    /// Installs @p schema: values from its defaults (keeping what was typed in fields it keeps).
    void install(const NangoFormSchema &schema);
    void emitIfVisibilityChanged();
    void fromCatalog();

    NangoCredentialsFormModel *const q;
    QPointer<NangoAuth> auth;
    QPointer<NangoCatalog> catalog;
    QString integrationId;
    QString connectionId;
    NangoAuthMode::Mode authMode = NangoAuthMode::ApiKey;
    NangoFormSchema schema;
    QVariantMap provider;
    QVariantMap integration;
    QVariantMap values;
    QStringList visible; // as last announced
    NangoAuthOptions options;
    QString errorText;
    QString errorField;
    bool busy = false;
    bool loading = false;
    const QObject *flow = nullptr; // the running flow, only compared
};

void NangoCredentialsFormModelPrivate::setError(const QString &text, const QString &field)
{
    if (errorText == text && errorField == field)
        return;
    errorText = text;
    errorField = field;
    Q_EMIT q->errorTextChanged();
}

void NangoCredentialsFormModelPrivate::setBusy(bool on)
{
    if (busy == on)
        return;
    busy = on;
    Q_EMIT q->busyChanged(busy);
}

void NangoCredentialsFormModelPrivate::setLoading(bool on)
{
    if (loading == on)
        return;
    loading = on;
    Q_EMIT q->loadingChanged();
}

void NangoCredentialsFormModelPrivate::endFlow()
{
    flow = nullptr;
    setBusy(false);
}

void NangoCredentialsFormModelPrivate::install(const NangoFormSchema &s)
{
    const NangoAuthMode::Mode oldMode = authMode;
    schema = s;
    if (s.isFromProvider)
        authMode = s.mode;
    QVariantMap newValues = s.initialValues();
    if (!s.isFromProvider) { // the fixed forms keep what was typed in the fields they keep
        for (auto it = newValues.begin(); it != newValues.end(); ++it)
            *it = values.value(it.key(), it.value());
    }
    const bool valuesChange = newValues != values;
    values = newValues;
    visible = schema.visibleKeys(values);
    if (authMode != oldMode)
        Q_EMIT q->authModeChanged();
    Q_EMIT q->fieldsChanged();
    if (valuesChange)
        Q_EMIT q->valuesChanged();
}

void NangoCredentialsFormModelPrivate::emitIfVisibilityChanged()
{
    const QStringList now = schema.visibleKeys(values);
    if (now == visible)
        return;
    visible = now;
    Q_EMIT q->fieldsChanged();
}

void NangoCredentialsFormModelPrivate::fromCatalog()
{
    NangoCatalog *c = catalog;
    if (!c || integrationId.isEmpty()) {
        setLoading(false);
        return;
    }
    if (!c->hasSession()) {
        setLoading(true);
        c->loadSession();
        return;
    }
    if (!c->hasIntegrations()) {
        setLoading(true);
        c->loadIntegrations();
        return;
    }
    const QVariantMap entry = c->integration(integrationId);
    if (entry.isEmpty()) {
        setLoading(false);
        setError(NangoCredentialsFormModel::tr("This session may not connect \"%1\": it is not among the session's integrations.").arg(integrationId),
                 QString());
        return;
    }
    const QString providerName = entry.value(QStringLiteral("provider")).toString();
    if (!c->hasProvider(providerName)) {
        setLoading(true);
        c->loadProvider(providerName);
        return;
    }
    setLoading(false);
    q->setSchema(c->provider(providerName), entry, c->integrationsConfigDefaults());
}

NangoCredentialsFormModel::NangoCredentialsFormModel(QObject *parent)
    : NangoCredentialsFormModel(NangoAuthMode::ApiKey, nullptr, parent)
{
}

NangoCredentialsFormModel::NangoCredentialsFormModel(NangoAuthMode::Mode authMode, NangoAuth *auth, QObject *parent)
    : QObject(parent)
    , d(new NangoCredentialsFormModelPrivate(this))
{
    d->auth = auth;
    d->authMode = authMode;
    d->schema = NangoFormSchema::fixed(authMode);
    d->values = d->schema.initialValues();
    d->visible = d->schema.visibleKeys(d->values);
}

NangoCredentialsFormModel::~NangoCredentialsFormModel() = default;

NangoAuth *NangoCredentialsFormModel::auth() const { return d->auth; }
void NangoCredentialsFormModel::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    d->auth = auth;
    Q_EMIT authChanged();
}

QString NangoCredentialsFormModel::integrationId() const { return d->integrationId; }
void NangoCredentialsFormModel::setIntegrationId(const QString &integrationId)
{
    if (d->integrationId == integrationId)
        return;
    d->integrationId = integrationId;
    Q_EMIT integrationIdChanged();
    d->fromCatalog();
}

QString NangoCredentialsFormModel::connectionId() const { return d->connectionId; }
void NangoCredentialsFormModel::setConnectionId(const QString &connectionId)
{
    if (d->connectionId == connectionId)
        return;
    d->connectionId = connectionId;
    Q_EMIT connectionIdChanged();
}

NangoAuthMode::Mode NangoCredentialsFormModel::authMode() const { return d->authMode; }
void NangoCredentialsFormModel::setAuthMode(NangoAuthMode::Mode authMode)
{
    if (d->authMode == authMode)
        return;
    // Another mode is another fixed form: a provider's schema no longer applies.
    d->provider.clear();
    d->integration.clear();
    d->authMode = authMode;
    Q_EMIT authModeChanged();
    d->install(NangoFormSchema::fixed(authMode));
}

QStringList NangoCredentialsFormModel::fieldNames(NangoAuthMode::Mode authMode)
{
    QStringList names;
    for (const NangoFormField &f : NangoFormSchema::fixed(authMode).fields)
        names << f.key();
    return names;
}

QStringList NangoCredentialsFormModel::fieldNames() const { return d->schema.visibleKeys(d->values); }

void NangoCredentialsFormModel::setSchema(const QVariantMap &provider, const QVariantMap &integration,
                                          const QVariantMap &integrationsConfigDefaults)
{
    QVariantMap p = provider.value(QStringLiteral("data")).toMap().contains(QStringLiteral("auth_mode"))
        ? provider.value(QStringLiteral("data")).toMap()
        : provider;
    d->provider = p;
    d->integration = integration;
    if (p.isEmpty()) {
        d->install(NangoFormSchema::fixed(d->authMode));
        return;
    }
    QString key = d->integrationId;
    if (!integrationsConfigDefaults.contains(key))
        key = integration.value(QStringLiteral("unique_key")).toString();
    d->install(NangoFormSchema::fromProvider(p, integration, integrationsConfigDefaults.value(key).toMap()));
    d->setError(QString(), QString());
}

void NangoCredentialsFormModel::setSchemaJson(const QByteArray &providerJson, const QVariantMap &integration,
                                              const QVariantMap &integrationsConfigDefaults)
{
    setSchema(NangoFormSchema::providerFromJson(providerJson), integration, integrationsConfigDefaults);
}

bool NangoCredentialsFormModel::hasSchema() const { return d->schema.isFromProvider; }
QVariantMap NangoCredentialsFormModel::provider() const { return d->provider; }
QVariantMap NangoCredentialsFormModel::integration() const { return d->integration; }
QString NangoCredentialsFormModel::authModeName() const { return d->schema.authModeName; }
QList<NangoFormField> NangoCredentialsFormModel::fields() const { return d->schema.fields; }

QList<NangoFormField> NangoCredentialsFormModel::visibleFields() const
{
    QList<NangoFormField> fields;
    for (const QString &key : fieldNames())
        fields << d->schema.field(key);
    return fields;
}

NangoFormField NangoCredentialsFormModel::field(const QString &key) const { return d->schema.field(key); }

QVariantList NangoCredentialsFormModel::fieldList() const
{
    QVariantList list;
    for (const NangoFormField &f : d->schema.fields)
        list << f.toVariantMap();
    return list;
}

bool NangoCredentialsFormModel::isFieldVisible(const QString &key) const
{
    return !d->schema.field(key).isNull() && d->schema.isVisible(key, d->values);
}

bool NangoCredentialsFormModel::connectsAtOnce() const { return d->schema.connectsAtOnce(d->values); }
QString NangoCredentialsFormModel::docsUrl() const { return d->schema.docsUrl; }
QString NangoCredentialsFormModel::displayName() const
{
    return d->schema.displayName.isEmpty() ? d->integrationId : d->schema.displayName;
}
QString NangoCredentialsFormModel::externalId() const { return d->schema.externalId; }
QVariantMap NangoCredentialsFormModel::credentials() const { return d->schema.credentials(d->values); }

QMap<QString, QString> NangoCredentialsFormModel::params() const
{
    QMap<QString, QString> params = d->options.params();
    const QMap<QString, QString> typed = d->schema.params(d->values);
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

QVariantMap NangoCredentialsFormModel::paramsMap() const
{
    QVariantMap map;
    const QMap<QString, QString> p = params();
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QString NangoCredentialsFormModel::checkValue(const QString &key, const QString &value) const
{
    return d->schema.field(key).check(value);
}

NangoCatalog *NangoCredentialsFormModel::catalog() const { return d->catalog; }
void NangoCredentialsFormModel::setCatalog(NangoCatalog *catalog)
{
    if (d->catalog == catalog)
        return;
    if (d->catalog)
        disconnect(d->catalog, nullptr, this, nullptr);
    d->catalog = catalog;
    if (catalog) {
        connect(catalog, &NangoCatalog::loaded, this, [this] {
            if (d->loading)
                d->fromCatalog();
        });
        connect(catalog, &NangoCatalog::failed, this, [this](NangoCatalog::Request, const QString &, const QString &, const QString &message) {
            if (!d->loading)
                return;
            d->setLoading(false);
            d->setError(message, QString());
        });
    }
    Q_EMIT catalogChanged();
    d->fromCatalog();
}

bool NangoCredentialsFormModel::isLoading() const { return d->loading; }

QVariantMap NangoCredentialsFormModel::values() const { return d->values; }
QString NangoCredentialsFormModel::value(const QString &field) const { return d->values.value(field).toString(); }
void NangoCredentialsFormModel::setValue(const QString &field, const QString &value)
{
    const auto it = d->values.find(field);
    if (it == d->values.end() || it->toString() == value)
        return;
    *it = value;
    Q_EMIT valuesChanged();
    d->emitIfVisibilityChanged();
}

NangoAuthOptions NangoCredentialsFormModel::options() const { return d->options; }
void NangoCredentialsFormModel::setOptions(const NangoAuthOptions &options)
{
    d->options = options;
    Q_EMIT optionsChanged();
}

void NangoCredentialsFormModel::setOptionsMap(const QVariantMap &options)
{
    QStringList unknown;
    setOptions(NangoAuthOptions::fromVariantMap(options, &unknown));
    if (!unknown.isEmpty())
        qCWarning(lcNangoCore).noquote() << "credentials form: ignoring unknown option keys:" << unknown.join(QLatin1String(", "));
}

QString NangoCredentialsFormModel::checkField(const QString &field, const QString &value)
{
    for (NangoAuthMode::Mode mode : {NangoAuthMode::ApiKey, NangoAuthMode::Basic}) {
        const NangoFormField f = NangoFormSchema::fixed(mode).field(field);
        if (!f.isNull())
            return f.check(value);
    }
    return QString();
}

bool NangoCredentialsFormModel::validate()
{
    if (!d->schema.isFromProvider && d->schema.fields.isEmpty()) {
        d->setError(tr("This integration does not take an API key or a user name and password."), QString());
        return false;
    }
    QString field;
    const QString problem = d->schema.check(d->values, &field);
    if (!problem.isEmpty()) {
        d->setError(problem, field);
        Q_EMIT validationFailed(field, problem);
        return false;
    }
    return true;
}

bool NangoCredentialsFormModel::isBusy() const { return d->busy; }
QString NangoCredentialsFormModel::errorText() const { return d->errorText; }
QString NangoCredentialsFormModel::errorField() const { return d->errorField; }

NangoAuthOptions NangoCredentialsFormModel::callOptions() const
{
    NangoAuthOptions options = d->options; // only the form's credentials are sent
    // The fields are named after the JS SDK's credentials keys: the map goes verbatim, and
    // replaces every credential options() may hold (typed ones, client overrides, others).
    QVariantMap credentials = this->credentials();
    const QString assertionKey = QStringLiteral("assertionOption");
    if (credentials.value(assertionKey).userType() == QMetaType::QVariantMap) {
        options.setAssertionOption(credentials.take(assertionKey).toMap());
    }
    options.setCredentials(credentials);
    options.setParams(params());
    // The provider's authorization URL: Browser::Auto picks the window that works for it.
    const QUrl providerUrl(d->provider.value(QStringLiteral("authorization_url")).toString());
    if (options.providerAuthorizationUrl().isEmpty() && providerUrl.isValid() && !providerUrl.isEmpty())
        options.setProviderAuthorizationUrl(providerUrl);
    // The mode the form is for: the provider's (an unnamed one stays Unknown: inferred).
    options.setAuthMode(d->authMode);
    if (d->schema.isFromProvider) {
        // JWT and TWO_STEP bodies are not checked by the server: the schema's required
        // credentials are checked before the request.
        QStringList required;
        const QList<NangoFormField> fields = visibleFields();
        for (const NangoFormField &f : fields) {
            if (f.kind() == NangoFormField::Credential && !f.isOptional())
                required.append(f.name());
        }
        options.setRequiredCredentials(required);
    }
    return options;
}

bool NangoCredentialsFormModel::submit()
{
    if (d->busy || d->loading || !validate())
        return false;
    if (!d->auth) {
        d->setError(tr("This form is not connected to a NangoAuth object."), QString());
        return false;
    }
    d->setError(QString(), QString());
    const NangoAuthOptions options = callOptions();
    NangoAuthFlow *flow = d->authMode == NangoAuthMode::None && d->schema.isFromProvider
        ? d->auth->create(d->integrationId, d->connectionId, options)
        : d->auth->auth(d->integrationId, d->connectionId, options);
    connect(flow, &NangoAuthFlow::succeeded, this, [this](const QString &key, const QString &id) {
        d->endFlow();
        Q_EMIT succeeded(key, id);
    });
    connect(flow, &NangoAuthFlow::failed, this, [this](const QString &type, const QString &message) {
        d->endFlow();
        d->setError(message, QString()); // the server's error, shown under the fields
        Q_EMIT failed(type, message);
    });
    // A flow that goes without a result (its NangoAuth destroyed) ends the busy state too.
    connect(flow, &QObject::destroyed, this, [this, flow] {
        if (d->flow == flow)
            d->endFlow();
    });
    d->flow = flow;
    d->setBusy(true);
    return true;
}
