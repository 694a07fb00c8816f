// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

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
 */
class NANGOQT_CORE_EXPORT NangoCredentialsFormModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode WRITE setAuthMode NOTIFY authModeChanged)
    Q_PROPERTY(QStringList fieldNames READ fieldNames NOTIFY authModeChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(NangoAuthOptions options READ options WRITE setOptions NOTIFY optionsChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorTextChanged)

public:
    /// An API-key form (authMode() ApiKey) without a NangoAuth yet.
    explicit NangoCredentialsFormModel(QObject *parent = nullptr);
    NangoCredentialsFormModel(NangoAuthMode::Mode authMode, NangoAuth *auth, QObject *parent = nullptr);
    ~NangoCredentialsFormModel() override;

    /// The NangoAuth that runs the flow.
    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);
    QString integrationId() const;
    void setIntegrationId(const QString &integrationId);
    /// The connection id to request (empty: the server makes one).
    QString connectionId() const;
    void setConnectionId(const QString &connectionId);

    /// ApiKey (the default) or Basic; a mode without typed credentials has no fields, and
    /// submit() refuses it. Changing it drops the values of fields the new mode does not have.
    NangoAuthMode::Mode authMode() const;
    void setAuthMode(NangoAuthMode::Mode authMode);

    /// The fields of @p authMode, in the order a form shows them.
    static QStringList fieldNames(NangoAuthMode::Mode authMode);
    /// The fields of authMode().
    QStringList fieldNames() const;

    /// What the user typed, by field name (every field of fieldNames() is there, "" until typed).
    QVariantMap values() const;
    Q_INVOKABLE QString value(const QString &field) const;
    /// Sets what the user typed into @p field; ignored unless @p field is one of fieldNames().
    Q_INVOKABLE void setValue(const QString &field, const QString &value);

    /**
     * The rest of the call's options: params, hmac, user scope, authorization params,
     * detectClosedAuthWindow. Credentials set here are not sent: the fields supply them.
     */
    NangoAuthOptions options() const;
    void setOptions(const NangoAuthOptions &options);
    /// setOptions() from a map with the JS SDK's key names (NangoAuthOptions::fromVariantMap()),
    /// as QML passes them; unknown keys are reported on `nangoqt.core`.
    Q_INVOKABLE void setOptionsMap(const QVariantMap &options);

    /// The problem with @p value in @p field under NangoCredentialsValidator's rules, or an
    /// empty string when it is acceptable (or the field has no rule).
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
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    /// validate() refused @p field: the view shows @p problem and focuses the field.
    void validationFailed(const QString &field, const QString &problem);
    void authChanged();
    void integrationIdChanged();
    void connectionIdChanged();
    void authModeChanged();
    void valuesChanged();
    void optionsChanged();
    void busyChanged(bool busy);
    void errorTextChanged();

private:
    std::unique_ptr<NangoCredentialsFormModelPrivate> const d;
};
