// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtwidgets_export.h>

#include <QDialog>

#include <memory>

class NangoAuth;
class NangoCredentialsForm;
class NangoCredentialsDialogPrivate;

/**
 * @brief A small modal around NangoApiKeyForm or NangoBasicAuthForm: accepted when the
 * connection is made, rejected by Cancel or Escape.
 */
class NANGOQT_WIDGETS_EXPORT NangoCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { ApiKey, Basic };
    Q_ENUM(Kind)

    NangoCredentialsDialog(NangoAuth *auth, const QString &integrationId, Kind kind, QWidget *parent = nullptr);
    ~NangoCredentialsDialog() override;

    void setConnectionId(const QString &connectionId);
    /// The hosted NangoApiKeyForm or NangoBasicAuthForm.
    NangoCredentialsForm *form() const;

Q_SIGNALS:
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);

private:
    std::unique_ptr<NangoCredentialsDialogPrivate> const d;
};
