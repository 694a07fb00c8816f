// SPDX-License-Identifier: MIT
#include "nangocredentialsformmodel.h"

#include "nangologging_p.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoCredentialsValidator>

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
    void endFlow();

    NangoCredentialsFormModel *const q;
    QPointer<NangoAuth> auth;
    QString integrationId;
    QString connectionId;
    NangoAuthMode::Mode authMode = NangoAuthMode::ApiKey;
    QVariantMap values;
    NangoAuthOptions options;
    QString errorText;
    QString errorField;
    bool busy = false;
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

void NangoCredentialsFormModelPrivate::endFlow()
{
    flow = nullptr;
    setBusy(false);
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
    for (const QString &field : fieldNames(authMode))
        d->values.insert(field, QString());
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
    d->authMode = authMode;
    QVariantMap values;
    for (const QString &field : fieldNames(authMode))
        values.insert(field, d->values.value(field, QString()));
    const bool valuesChange = values != d->values;
    d->values = values;
    Q_EMIT authModeChanged();
    if (valuesChange)
        Q_EMIT valuesChanged();
}

QStringList NangoCredentialsFormModel::fieldNames(NangoAuthMode::Mode authMode)
{
    switch (authMode) {
    case NangoAuthMode::ApiKey:
        return {QStringLiteral("apiKey")};
    case NangoAuthMode::Basic:
        return {QStringLiteral("username"), QStringLiteral("password")};
    case NangoAuthMode::OAuth2:
    case NangoAuthMode::None:
    case NangoAuthMode::Unknown:
        break;
    }
    return {};
}

QStringList NangoCredentialsFormModel::fieldNames() const { return fieldNames(d->authMode); }

QVariantMap NangoCredentialsFormModel::values() const { return d->values; }
QString NangoCredentialsFormModel::value(const QString &field) const { return d->values.value(field).toString(); }
void NangoCredentialsFormModel::setValue(const QString &field, const QString &value)
{
    const auto it = d->values.find(field);
    if (it == d->values.end() || it->toString() == value)
        return;
    *it = value;
    Q_EMIT valuesChanged();
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
    if (field == QLatin1String("apiKey"))
        return NangoCredentialsValidator::checkApiKey(value);
    if (field == QLatin1String("username"))
        return NangoCredentialsValidator::checkUsername(value);
    if (field == QLatin1String("password"))
        return NangoCredentialsValidator::checkPassword(value);
    return QString();
}

bool NangoCredentialsFormModel::validate()
{
    const QStringList fields = fieldNames();
    if (fields.isEmpty()) {
        d->setError(tr("This integration does not take an API key or a user name and password."), QString());
        return false;
    }
    for (const QString &field : fields) {
        const QString problem = checkField(field, value(field));
        if (!problem.isEmpty()) {
            d->setError(problem, field);
            Q_EMIT validationFailed(field, problem);
            return false;
        }
    }
    return true;
}

bool NangoCredentialsFormModel::isBusy() const { return d->busy; }
QString NangoCredentialsFormModel::errorText() const { return d->errorText; }
QString NangoCredentialsFormModel::errorField() const { return d->errorField; }

bool NangoCredentialsFormModel::submit()
{
    if (d->busy || !validate())
        return false;
    if (!d->auth) {
        d->setError(tr("This form is not connected to a NangoAuth object."), QString());
        return false;
    }
    d->setError(QString(), QString());
    NangoAuthOptions options = d->options; // only the typed credentials are sent
    options.clearApiKey();
    options.clearBasicCredentials();
    options.setOAuthClientIdOverride(QString());
    options.setOAuthClientSecretOverride(QString());
    // The fields are named after the JS SDK's credentials keys.
    const NangoAuthOptions typed = NangoAuthOptions::fromVariantMap({{QStringLiteral("credentials"), d->values}});
    if (typed.hasApiKey())
        options.setApiKey(typed.apiKey());
    if (typed.hasUsername())
        options.setUsername(typed.username());
    if (typed.hasPassword())
        options.setPassword(typed.password());
    options.setOtherCredentials(typed.otherCredentials());

    NangoAuthFlow *flow = d->auth->auth(d->integrationId, d->connectionId, options);
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
