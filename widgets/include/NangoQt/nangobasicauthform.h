// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangocredentialsform.h>

class NangoBasicAuthFormPrivate;

/**
 * @brief A native form that connects a Basic-auth (username and password) integration through
 * NangoAuth: a view over a NangoCredentialsFormModel of mode NangoAuthMode::Basic.
 *
 * Labelled fields with buddies and accessible names, stable objectNames, password echo with a
 * "Show" toggle, validation before submit (NangoCredentialsValidator's rules). Enter submits.
 */
class NANGOQT_WIDGETS_EXPORT NangoBasicAuthForm : public NangoCredentialsForm
{
    Q_OBJECT
public:
    /// A form with username and password fields that connects through @p auth; set integrationId
    /// before submit().
    explicit NangoBasicAuthForm(NangoAuth *auth, QWidget *parent = nullptr);
    ~NangoBasicAuthForm() override;

private:
    std::unique_ptr<NangoBasicAuthFormPrivate> const d;
};
