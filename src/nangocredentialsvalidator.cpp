// SPDX-License-Identifier: MIT
#include "nangocredentialsvalidator.h"

#include "nangoformfield.h"

// The fixed forms' fields carry the rules: one code path (NangoFormField::check()) for every form.

QString NangoCredentialsValidator::checkApiKey(const QString &apiKey)
{
    return NangoFormField::apiKey().check(apiKey);
}

QString NangoCredentialsValidator::checkUsername(const QString &username)
{
    return NangoFormField::username().check(username);
}

QString NangoCredentialsValidator::checkPassword(const QString &password)
{
    return NangoFormField::password().check(password); // may be empty for Basic auth (docs/protocol.md §4)
}
