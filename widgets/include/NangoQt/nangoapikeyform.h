// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtwidgets_export.h>

#include <QWidget>

#include <memory>

class NangoAuth;
class NangoApiKeyFormPrivate;

/**
 * @brief A native form that connects an API-key integration through NangoAuth.
 *
 * Labelled fields with buddies and accessible names, stable objectNames, password echo with a
 * "Show" toggle, validation before submit (NangoCredentialsValidator), a busy state while the
 * request runs and the server's error shown inline. Enter submits.
 */
class NANGOQT_WIDGETS_EXPORT NangoApiKeyForm : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit NangoApiKeyForm(NangoAuth *auth, QWidget *parent = nullptr);
    ~NangoApiKeyForm() override;

    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);
    QString integrationId() const;
    void setIntegrationId(const QString &integrationId);
    QString connectionId() const;
    void setConnectionId(const QString &connectionId);
    bool isBusy() const;
    QString errorText() const;

public Q_SLOTS:
    /// Validates, then runs the credentials flow. Invalid input is reported inline, nothing is sent.
    void submit();

Q_SIGNALS:
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    void integrationIdChanged();
    void connectionIdChanged();
    void busyChanged(bool busy);
    void errorTextChanged();

private:
    std::unique_ptr<NangoApiKeyFormPrivate> const d;
};
