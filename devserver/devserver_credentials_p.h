// SPDX-License-Identifier: MIT
// One request to a credentials endpoint, checked as a real server checks it (docs/protocol.md §4,
// spec §1). The checks common to every mode are in devserver_api.cpp, each mode's own rules
// (bodies, client credentials, AWS regions, the fake provider's refusals) in devserver_modes.cpp.
#pragma once

#include "nangodevserver_p.h"

namespace NangoDev {

/// A body field of a mode's strict schema.
struct BodyField
{
    QString name;
    int minLength = 0;
    int maxLength = 0;  ///< 0 = no bound
    bool optional = false;
    QString pattern;    ///< a regular expression the value must match (zod .regex)
    QString patternMessage;
};

/// What a mode's endpoint accepts as a body.
struct BodyRules
{
    enum class Shape { None, Strict, Loose } shape = Shape::None;
    QList<BodyField> fields; ///< Strict: the fields, in the schema's order
};

/**
 * Each check answers the request and returns false when it fails; handleCredentials() runs them
 * in the server's order, which decides the error a request with several faults gets.
 */
class CredentialsRequest
{
public:
    CredentialsRequest(NangoDevServerPrivate *d, const Exchange &ex, const QString &kind, const QString &key);

    // devserver_api.cpp: the checks of every mode
    bool checkContentType();
    bool checkAuth();
    bool parseBody();
    bool checkRequiredFields();
    bool checkUnrecognizedKeys();
    bool checkQueryAndConnectionId();
    bool checkHmac();
    bool checkIntegration();
    bool checkAuthMode();
    bool checkSessionAllows();
    bool checkSeedCredentials();
    bool checkTestCall();
    void store();

    // devserver_modes.cpp: each mode's own
    static BodyRules bodyRules(const QString &kind);
    bool checkClientCredentials(); ///< OAUTH2_CC: client_id, then a secret or a private key
    bool checkReconnect();         ///< a reconnect session's connection still exists
    bool checkProvider();          ///< the fake provider: config values, regions, refusals of "invalid"

private:
    bool requireString(const BodyField &field);
    bool isOAuth2CC() const { return kind == QLatin1String("OAUTH2_CC"); }
    bool isOutbound() const { return kind == QLatin1String("OUTBOUND"); }
    bool checkAwsRegion();
    bool checkConnectionConfig();
    QStringList missingConnectionConfig() const;
    QStringList missingCredentials() const;
    bool hasInvalidValue() const;
    QMap<QString, QString> resolvedConnectionConfig() const;

    NangoDevServerPrivate *const d;
    const Exchange &ex;
    const QString &kind;
    const QString &key;
    const bool current;
    const bool unauth;
    const QByteArray contentType;
    const bool noBody;

    AuthCheck auth;
    QJsonObject body;
    QString connectionId;
    QVariantMap credentials;
    QMap<QString, QString> extraConfig; ///< set by the mode's checks (AWS region, external_id)
    const Integration *integ = nullptr;
    const Connection *existing = nullptr; ///< reconnect: the connection re-authorized
};

} // namespace NangoDev
