// SPDX-License-Identifier: MIT
#include "nangoquickvalidator_p.h"

#include <NangoQt/NangoCredentialsValidator>

int NangoQuickValidator::maxApiKeyLength() const { return NangoCredentialsValidator::MaxApiKeyLength; }
QString NangoQuickValidator::checkApiKey(const QString &apiKey) const { return NangoCredentialsValidator::checkApiKey(apiKey); }
QString NangoQuickValidator::checkUsername(const QString &username) const { return NangoCredentialsValidator::checkUsername(username); }
QString NangoQuickValidator::checkPassword(const QString &password) const { return NangoCredentialsValidator::checkPassword(password); }
