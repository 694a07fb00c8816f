// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/NangoErrorTypes>

#include <QObject>
#include <QString>
#include <QtQml/qqml.h>

/**
 * `ErrorType` in QML: Core's NangoErrorType constants, named as in C++ —
 * `ErrorType.AuthorizationCancelled` is "authorization_cancelled". Compare a `failed(type, …)`
 * with them instead of spelling the strings.
 */
class NangoQuickErrorType : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ErrorType)
    QML_SINGLETON
    Q_PROPERTY(QString InvalidHostUrl MEMBER m_invalidHostUrl CONSTANT)
    Q_PROPERTY(QString MissingAuthToken MEMBER m_missingAuthToken CONSTANT)
    Q_PROPERTY(QString MissingCredentials MEMBER m_missingCredentials CONSTANT)
    Q_PROPERTY(QString InvalidIntegrationId MEMBER m_invalidIntegrationId CONSTANT)
    Q_PROPERTY(QString InvalidParams MEMBER m_invalidParams CONSTANT)
    Q_PROPERTY(QString AuthorizationCancelled MEMBER m_authorizationCancelled CONSTANT)
    Q_PROPERTY(QString NetworkError MEMBER m_networkError CONSTANT)
    Q_PROPERTY(QString TlsError MEMBER m_tlsError CONSTANT)
    Q_PROPERTY(QString Timeout MEMBER m_timeout CONSTANT)
    Q_PROPERTY(QString InvalidResponse MEMBER m_invalidResponse CONSTANT)
    Q_PROPERTY(QString WebSocketClosed MEMBER m_webSocketClosed CONSTANT)
    Q_PROPERTY(QString MissingConnectionId MEMBER m_missingConnectionId CONSTANT)
    Q_PROPERTY(QString MissingWsClientId MEMBER m_missingWsClientId CONSTANT)
    Q_PROPERTY(QString BlockedByBrowser MEMBER m_blockedByBrowser CONSTANT)
    Q_PROPERTY(QString CallbackError MEMBER m_callbackError CONSTANT)
    Q_PROPERTY(QString UnknownError MEMBER m_unknownError CONSTANT)
    Q_PROPERTY(QString MissingConnectSessionToken MEMBER m_missingConnectSessionToken CONSTANT)
    Q_PROPERTY(QString InvalidBody MEMBER m_invalidBody CONSTANT)
    Q_PROPERTY(QString UnknownConnectSessionToken MEMBER m_unknownConnectSessionToken CONSTANT)
    Q_PROPERTY(QString InvalidConnection MEMBER m_invalidConnection CONSTANT)
    Q_PROPERTY(QString InvalidCredentials MEMBER m_invalidCredentials CONSTANT)
    Q_PROPERTY(QString ConnectUINotReady MEMBER m_connectUINotReady CONSTANT)
public:
    using QObject::QObject;

private:
    const QString m_invalidHostUrl = QLatin1String(NangoErrorType::InvalidHostUrl);
    const QString m_missingAuthToken = QLatin1String(NangoErrorType::MissingAuthToken);
    const QString m_missingCredentials = QLatin1String(NangoErrorType::MissingCredentials);
    const QString m_invalidIntegrationId = QLatin1String(NangoErrorType::InvalidIntegrationId);
    const QString m_invalidParams = QLatin1String(NangoErrorType::InvalidParams);
    const QString m_authorizationCancelled = QLatin1String(NangoErrorType::AuthorizationCancelled);
    const QString m_networkError = QLatin1String(NangoErrorType::NetworkError);
    const QString m_tlsError = QLatin1String(NangoErrorType::TlsError);
    const QString m_timeout = QLatin1String(NangoErrorType::Timeout);
    const QString m_invalidResponse = QLatin1String(NangoErrorType::InvalidResponse);
    const QString m_webSocketClosed = QLatin1String(NangoErrorType::WebSocketClosed);
    const QString m_missingConnectionId = QLatin1String(NangoErrorType::MissingConnectionId);
    const QString m_missingWsClientId = QLatin1String(NangoErrorType::MissingWsClientId);
    const QString m_blockedByBrowser = QLatin1String(NangoErrorType::BlockedByBrowser);
    const QString m_callbackError = QLatin1String(NangoErrorType::CallbackError);
    const QString m_unknownError = QLatin1String(NangoErrorType::UnknownError);
    const QString m_missingConnectSessionToken = QLatin1String(NangoErrorType::MissingConnectSessionToken);
    const QString m_invalidBody = QLatin1String(NangoErrorType::InvalidBody);
    const QString m_unknownConnectSessionToken = QLatin1String(NangoErrorType::UnknownConnectSessionToken);
    const QString m_invalidConnection = QLatin1String(NangoErrorType::InvalidConnection);
    const QString m_invalidCredentials = QLatin1String(NangoErrorType::InvalidCredentials);
    const QString m_connectUINotReady = QLatin1String(NangoErrorType::ConnectUINotReady);
};
