// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoqtwidgets_export.h>

#include <QDialog>

#include <memory>

class NangoAuth;
class NangoCredentialsForm;
class NangoCredentialsFormModel;
class NangoCredentialsDialogPrivate;

/**
 * @brief A small modal around NangoApiKeyForm, NangoBasicAuthForm or (for a model with a
 * provider's schema) NangoIntegrationForm: accepted when the connection is made, rejected by
 * Cancel or Escape.
 */
class NANGOQT_WIDGETS_EXPORT NangoCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    /// A dialog with a form of its own: NangoApiKeyForm for NangoAuthMode::ApiKey, else NangoBasicAuthForm.
    NangoCredentialsDialog(NangoAuth *auth, const QString &integrationId, NangoAuthMode::Mode authMode, QWidget *parent = nullptr);
    /// A dialog showing @p model (not owned; the dialog closes and deletes itself when the model
    /// is destroyed): NangoConnectButton opens its action's credentials form this way.
    explicit NangoCredentialsDialog(NangoCredentialsFormModel *model, QWidget *parent = nullptr);
    ~NangoCredentialsDialog() override;

    /// The connection id the form requests (NangoCredentialsFormModel::setConnectionId()); empty:
    /// the server makes one.
    void setConnectionId(const QString &connectionId);
    /// The hosted NangoApiKeyForm or NangoBasicAuthForm.
    NangoCredentialsForm *form() const;
    /// The form's model.
    NangoCredentialsFormModel *model() const;

Q_SIGNALS:
    /// The form's flow connected the account; the dialog is accepted.
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The form's request failed; the dialog stays open with the error under the fields.
    void failed(const QString &type, const QString &message);

private:
    void setUp(const QString &integrationId, NangoAuthMode::Mode authMode, NangoAuth *auth);
    std::unique_ptr<NangoCredentialsDialogPrivate> const d;
};
