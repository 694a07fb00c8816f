// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangocredentialsform.h>

class NangoApiKeyFormPrivate;

/**
 * @brief A native form that connects an API-key integration through NangoAuth: a view over a
 * NangoCredentialsFormModel of mode NangoAuthMode::ApiKey.
 *
 * Labelled fields with buddies and accessible names, stable objectNames, password echo with a
 * "Show" toggle, validation before submit (NangoCredentialsValidator's rules). Enter submits.
 */
class NANGOQT_WIDGETS_EXPORT NangoApiKeyForm : public NangoCredentialsForm
{
    Q_OBJECT
public:
    /// A form with one API key field that connects through @p auth; set integrationId before submit().
    explicit NangoApiKeyForm(NangoAuth *auth, QWidget *parent = nullptr);
    ~NangoApiKeyForm() override;

private:
    std::unique_ptr<NangoApiKeyFormPrivate> const d;
};
