// SPDX-License-Identifier: MIT
#include "nangocredentialsvalidator.h"


QString NangoCredentialsValidator::checkApiKey(const QString &apiKey)
{
    if (apiKey.trimmed().isEmpty())
        return tr("Enter the API key.");
    if (apiKey.size() > MaxApiKeyLength)
        return tr("The API key is longer than %1 characters.").arg(MaxApiKeyLength);
    return QString();
}

QString NangoCredentialsValidator::checkUsername(const QString &username)
{
    if (username.trimmed().isEmpty())
        return tr("Enter the user name.");
    return QString();
}

QString NangoCredentialsValidator::checkPassword(const QString &)
{
    return QString(); // an empty password is valid for Basic auth (docs/protocol.md §4)
}
