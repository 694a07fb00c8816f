// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QCoreApplication>
#include <QString>

/**
 * @brief The credential forms' rules, in one place for the Widgets and QML faces.
 *
 * Each check returns an empty string when the value is acceptable, else a translated sentence
 * to show next to the field. The rules are the Nango server's (docs/protocol.md §4): an API key of 1–1024
 * characters; Basic auth needs a user name, and the password may be empty.
 */
class NANGOQT_CORE_EXPORT NangoCredentialsValidator
{
    Q_DECLARE_TR_FUNCTIONS(NangoCredentialsValidator)
public:
    static constexpr int MaxApiKeyLength = 1024;

    static QString checkApiKey(const QString &apiKey);
    static QString checkUsername(const QString &username);
    static QString checkPassword(const QString &password);
};
