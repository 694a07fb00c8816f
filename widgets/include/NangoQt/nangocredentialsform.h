// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangoqtwidgets_export.h>

#include <QWidget>

#include <memory>

class NangoCredentialsFormPrivate;
class QFormLayout;
class QPushButton;

/**
 * @brief What the native credential forms share: the integration, the inline error (in the
 * spirit of KMessageWidget: an icon and wrapped text on colours derived from the palette,
 * announced to accessibility), the Connect button (objectName `submitButton`; a dialog may move
 * it into its button box), the busy state and running the credentials flow through NangoAuth.
 * The form opens with the focus in its first empty field. See NangoApiKeyForm and
 * NangoBasicAuthForm.
 */
class NANGOQT_WIDGETS_EXPORT NangoCredentialsForm : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    ~NangoCredentialsForm() override;

    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);
    QString integrationId() const;
    void setIntegrationId(const QString &integrationId);
    QString connectionId() const;
    void setConnectionId(const QString &connectionId);
    bool isBusy() const;
    QString errorText() const;
    /// The rest of the call's options: params, hmac, user scope, authorization params. The
    /// form's fields supply the credentials; credentials set here are not sent.
    NangoAuthOptions options() const;
    void setOptions(const NangoAuthOptions &options);

public Q_SLOTS:
    /// Validates, then runs the credentials flow. Invalid input is reported inline, nothing is sent.
    virtual void submit() = 0;

Q_SIGNALS:
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    void authChanged();
    void integrationIdChanged();
    void connectionIdChanged();
    void busyChanged(bool busy);
    void errorTextChanged();

protected:
    explicit NangoCredentialsForm(NangoAuth *auth, QWidget *parent = nullptr);
    /// Where subclasses add their labelled fields.
    QFormLayout *fieldsLayout() const;
    QPushButton *submitButton() const;
    /// Shows @p problem inline and focuses @p field; returns false when there is a problem.
    bool accept(const QString &problem, QWidget *field);
    /// Starts auth() with options() and the credentials of @p credentials; the form is busy
    /// until the flow ends.
    void run(const NangoAuthOptions &credentials);
    void showEvent(QShowEvent *event) override;

private:
    void setBusyFlow(QObject *flow);
    void showError(const QString &text);
    std::unique_ptr<NangoCredentialsFormPrivate> const d;
};
