// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqml.h>

/**
 * `CredentialsValidator` in QML: Core's NangoCredentialsValidator, the rules the Widgets forms
 * use too. Each check returns "" when the value is acceptable, else a sentence to show.
 */
class NangoQuickValidator : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CredentialsValidator)
    QML_SINGLETON
    Q_PROPERTY(int maxApiKeyLength READ maxApiKeyLength CONSTANT)
public:
    using QObject::QObject;
    int maxApiKeyLength() const;
    Q_INVOKABLE QString checkApiKey(const QString &apiKey) const;
    Q_INVOKABLE QString checkUsername(const QString &username) const;
    Q_INVOKABLE QString checkPassword(const QString &password) const;
};
