// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangocredentialsformmodel.h>
#include <NangoQt/nangoqtwidgets_export.h>

#include <QWidget>

#include <memory>

class NangoCredentialsFormPrivate;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * @brief What the native credential forms share: a view over a NangoCredentialsFormModel (the
 * fields' values, validation, the busy state and the credentials flow live there) with labelled
 * fields, the inline error (in the spirit of KMessageWidget: an icon and wrapped text on colours
 * derived from the palette, announced to accessibility), and the Connect button (objectName
 * `submitButton`; a dialog may move it into its button box). A refused field gets the focus.
 * The form opens with the focus in its first empty field. See NangoApiKeyForm and
 * NangoBasicAuthForm.
 */
class NANGOQT_WIDGETS_EXPORT NangoCredentialsForm : public QWidget
{
    Q_OBJECT
    /// The NangoAuth the form's flow runs on (the model's NangoCredentialsFormModel::auth).
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    /// The integration whose credentials the form sends (the model's).
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    /// The connection id to request (the model's); empty: the server makes one.
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    /// True while the credentials request runs: the fields and Connect are disabled.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// The error shown under the form (a validation problem or the server's error), "" when none.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    ~NangoCredentialsForm() override;

    /// The model the form shows: its own, unless setModel() gave it another.
    NangoCredentialsFormModel *model() const;
    /**
     * Shows @p model (of the form's auth mode) instead of the form's own; nullptr or the
     * model's destruction goes back to the own one. The form does not take ownership.
     * NangoConnectButton's dialog shows its action's credentials form this way.
     */
    void setModel(NangoCredentialsFormModel *model);

    /// Getter of the #auth property.
    NangoAuth *auth() const;
    /// Setter of the #auth property (notifier: authChanged()).
    void setAuth(NangoAuth *auth);
    /// Getter of the #integrationId property.
    QString integrationId() const;
    /// Setter of the #integrationId property (notifier: integrationIdChanged()).
    void setIntegrationId(const QString &integrationId);
    /// Getter of the #connectionId property.
    QString connectionId() const;
    /// Setter of the #connectionId property (notifier: connectionIdChanged()).
    void setConnectionId(const QString &connectionId);
    /// Getter of the #busy property.
    bool isBusy() const;
    /// Getter of the #errorText property.
    QString errorText() const;
    /// The rest of the call's options: params, hmac, user scope, authorization params. The
    /// form's fields supply the credentials; credentials set here are not sent.
    NangoAuthOptions options() const;
    /// Sets options() (see there).
    void setOptions(const NangoAuthOptions &options);

    /**
     * Whether the form submits itself (the default): Enter and Connect validate and run the
     * flow. A host that runs the submit through a model of its own (NangoConnectDialog, through
     * NangoConnectUIModel::submit()) turns this off: submit() then only emits submitRequested().
     */
    bool submitsItself() const;
    /// Sets submitsItself() (see there).
    void setSubmitsItself(bool submitsItself);
    /**
     * Whether the form resizes the window that holds it as errors appear and fields come and go
     * (the default: a dialog around only the form, such as NangoCredentialsDialog, stays as
     * large as its content). A host with a layout of its own turns it off.
     */
    bool resizesWindow() const;
    /// Sets resizesWindow() (see there).
    void setResizesWindow(bool resizesWindow);

public Q_SLOTS:
    /// Validates, then runs the credentials flow. Invalid input is reported inline, nothing is
    /// sent. With submitsItself() off: emits submitRequested() instead.
    void submit();
    /// Puts the focus in the first enabled field that is still empty (what showing the form does).
    void focusFirstEmptyField();

Q_SIGNALS:
    /// The credentials were accepted: the connection is made (the model's succeeded()).
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The request failed; the form shows @p message (the model's failed()).
    void failed(const QString &type, const QString &message);
    /// Notifier of the #auth property.
    void authChanged();
    /// Notifier of the #integrationId property.
    void integrationIdChanged();
    /// Notifier of the #connectionId property.
    void connectionIdChanged();
    /// Notifier of the #busy property; @p busy is its new value.
    void busyChanged(bool busy);
    /// Notifier of the #errorText property.
    void errorTextChanged();
    /// setModel() gave the form another model (or its own back).
    void modelChanged();
    /// Enter or Connect asked to submit while submitsItself() is off.
    void submitRequested();

protected:
    /// For subclasses: a form with its own model of @p authMode on @p auth.
    NangoCredentialsForm(NangoAuthMode::Mode authMode, NangoAuth *auth, QWidget *parent = nullptr);
    /// Where subclasses add their labelled fields.
    QFormLayout *fieldsLayout() const;
    /// The Connect button (objectName `submitButton`), for a host that moves it into its button box.
    QPushButton *submitButton() const;
    /**
     * Adds the row @p label, @p row (the editor, or a widget holding it) for the model's field
     * @p field: what is typed in @p edit is the field's value, Enter submits, and @p edit gets
     * the focus when the model refuses the field.
     */
    void addField(const QString &field, QLabel *label, QLineEdit *edit, QWidget *row = nullptr);
    /// Puts the focus in the first empty field (focusFirstEmptyField()).
    void showEvent(QShowEvent *event) override;
    /// Removes every field row added with addField() (a form whose fields change).
    void clearFields();
    /// Errors about one field are shown beside that field by the subclass, not under the form.
    void setFieldErrorsShownInline(bool inlineErrors);

private:
    void connectModel();
    void updateBusy();
    void showError();
    std::unique_ptr<NangoCredentialsFormPrivate> const d;
};
