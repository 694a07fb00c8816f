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
    /// The longest API key accepted, in characters (the server's limit).
    static constexpr int MaxApiKeyLength = 1024;

    /// The problem with @p apiKey (empty, or over MaxApiKeyLength characters), "" when fine.
    static QString checkApiKey(const QString &apiKey);
    /// The problem with @p username (it is required), "" when fine.
    static QString checkUsername(const QString &username);
    /// The problem with @p password, "" when fine (an empty password is accepted for Basic auth).
    static QString checkPassword(const QString &password);
};
