// SPDX-License-Identifier: MIT
// The JSON API: auth checks (public key / session token), the credentials and unauthenticated
// endpoints in the order a real server checks them (docs/protocol.md §4); the checks every mode's
// endpoint shares (each mode's own rules are in devserver_modes.cpp).
#include "devserver_credentials_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace NangoDev {

namespace {

const QString MsgMissingPublicKey = QStringLiteral("Authentication failed. The request is missing a valid public key parameter.");
const QString MsgInvalidPublicKey = QStringLiteral("Authentication failed. The provided public key is not a UUID v4.");
const QString MsgDeprecated = QStringLiteral("Public key authentication is deprecated. Please use connect session authentication instead.");
const QString MsgTestFailed = QStringLiteral("The given credentials were found to be invalid. Please check the credentials and try again.");
const QString MsgTestFailedSeed = QStringLiteral("The given credentials were found to be invalid and received a 401 on a test API call. Please check the credentials and try again.");
const QString MsgMissingHmac = QStringLiteral("Missing param 'hmac'.");
const QString MsgInvalidHmac = QStringLiteral("Invalid HMAC signature.");

QJsonObject zodIssue(const QString &code, const QString &message, const QJsonArray &path)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}, {QStringLiteral("path"), path}};
}

} // namespace

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

QString keysList(const QStringList &keys)
{
    QStringList quoted;
    for (const QString &k : keys)
        quoted << QLatin1Char('\'') + k + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

// ---- error bodies in the era's shape --------------------------------------------------------

QByteArray NangoDevServerPrivate::errorBody(const QString &code, const QString &message) const
{
    if (era == Era::Seed) {
        if (code == QLatin1String("unknown_user_account")) // seed middleware: object shape, no message
            return orderedJson({{"error", QJsonObject{{QStringLiteral("code"), code}}}});
        return orderedJson({{"error", message.isEmpty() ? code : message}, {"type", code}});
    }
    QJsonObject error{{QStringLiteral("code"), code}};
    if (!message.isEmpty())
        error.insert(QStringLiteral("message"), message);
    return orderedJson({{"error", error}});
}

void NangoDevServerPrivate::replyError(const Exchange &ex, int status, const QString &code, const QString &message)
{
    replyJson(ex, status, errorBody(code, message));
}

bool NangoDevServerPrivate::checkQueryAndUri(const Exchange &ex, const QString &key, bool viaToken, bool checkParams)
{
    const bool hasConnectionId = ex->query.contains(QStringLiteral("connection_id"));
    const QString connectionId = ex->queryString("connection_id");
    if (hasConnectionId && (ex->query.value(QStringLiteral("connection_id")).typeId() != QMetaType::QString
                            || connectionId.isEmpty() || !isValidConnectionId(connectionId))) {
        replyValidation(ex, QStringLiteral("invalid_query_params"), QStringLiteral("invalid_string"),
                        QStringLiteral("Invalid"), {QStringLiteral("connection_id")});
        return false;
    }
    if (checkParams && ex->query.contains(QStringLiteral("params"))
        && ex->query.value(QStringLiteral("params")).typeId() != QMetaType::QVariantMap) {
        replyValidation(ex, QStringLiteral("invalid_query_params"), QStringLiteral("invalid_type"),
                        QStringLiteral("Expected object, received string"), {QStringLiteral("params")});
        return false;
    }
    if (!isValidIntegrationKey(key)) {
        replyValidation(ex, QStringLiteral("invalid_uri_params"), QStringLiteral("invalid_string"),
                        QStringLiteral("Invalid"), {QStringLiteral("providerConfigKey")});
        return false;
    }
    if (viaToken && hasConnectionId) {
        replyValidation(ex, QStringLiteral("invalid_query_params"), QStringLiteral("custom"),
                        QStringLiteral("connection_id is not allowed when using a connect session token"),
                        {QStringLiteral("connection_id")});
        return false;
    }
    return true;
}

void NangoDevServerPrivate::replyValidation(const Exchange &ex, const QString &code, const QString &zodCode,
                                            const QString &message, const QJsonArray &path)
{
    if (era == Era::Seed) {
        replyError(ex, 400, code, message);
        return;
    }
    // Current servers answer zod validation errors with a list of issues and no message.
    replyJson(ex, 400, orderedJson({{"error", QJsonObject{{QStringLiteral("code"), code},
                                                         {QStringLiteral("errors"), QJsonArray{zodIssue(zodCode, message, path)}}}}}));
}

// ---- auth -----------------------------------------------------------------------------------

AuthCheck NangoDevServerPrivate::checkAuth(const Exchange &ex)
{
    AuthCheck a;
    const auto fail = [&a](int status, const QString &code, const QString &message) {
        a.ok = false;
        a.status = status;
        a.code = code;
        a.message = message;
        return a;
    };
    if (era == Era::Current && ex->query.contains(QStringLiteral("connect_session_token"))) {
        const QVariant raw = ex->query.value(QStringLiteral("connect_session_token"));
        const QString token = raw.typeId() == QMetaType::QString ? raw.toString() : QString();
        if (!isSessionTokenFormat(token))
            return fail(401, QStringLiteral("invalid_connect_session_token_format"), Msg::TokenFormat);
        const ConnectSession *session = liveSession(token);
        if (!session)
            return fail(401, QStringLiteral("unknown_connect_session_token"), Msg::UnknownToken);
        a.ok = true;
        a.viaToken = true;
        a.session = *session;
        return a;
    }
    const QVariant raw = ex->query.value(QStringLiteral("public_key"));
    if (!raw.isValid() || (raw.typeId() == QMetaType::QString && raw.toString().isEmpty()))
        return fail(401, QStringLiteral("missing_public_key"), MsgMissingPublicKey);
    if (raw.typeId() != QMetaType::QString || !isUuidV4(raw.toString())) // repeated → a list
        return fail(401, QStringLiteral("invalid_public_key"), MsgInvalidPublicKey);
    if (raw.toString().compare(publicKey, Qt::CaseInsensitive) != 0) {
        if (era == Era::Seed)
            return fail(401, QStringLiteral("unknown_user_account"), QString());
        return fail(401, QStringLiteral("unknown_account"), Msg::UnknownAccount);
    }
    if (faults.refusePublicKeys)
        return fail(401, QStringLiteral("deprecated_authentication"), MsgDeprecated);
    a.ok = true;
    return a;
}

void NangoDevServerPrivate::replyAuthError(const Exchange &ex, const AuthCheck &auth)
{
    replyError(ex, auth.status, auth.code, auth.message);
}

const Integration *NangoDevServerPrivate::integration(const QString &key) const
{
    for (const Integration &i : integrations) {
        if (i.uniqueKey == key)
            return &i;
    }
    return nullptr;
}

QMap<QString, QString> NangoDevServerPrivate::connectionConfigFrom(const QVariantMap &query)
{
    QMap<QString, QString> config;
    const QVariantMap params = query.value(QStringLiteral("params")).toMap();
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QString) // nested objects and lists are dropped
            config.insert(it.key(), it.value().toString());
    }
    return config;
}

void NangoDevServerPrivate::storeConnection(const Connection &c)
{
    for (qsizetype i = 0; i < connections.size(); ++i) {
        if (connections.at(i).providerConfigKey == c.providerConfigKey && connections.at(i).connectionId == c.connectionId) {
            connections[i] = c; // an upsert, as Nango does
            Q_EMIT q->connectionCreated(c);
            return;
        }
    }
    connections.append(c);
    Q_EMIT q->connectionCreated(c);
}

const Connection *NangoDevServerPrivate::findConnection(const QString &connectionId, const QString &providerConfigKey) const
{
    for (const Connection &c : connections) {
        if (c.connectionId == connectionId && c.providerConfigKey == providerConfigKey)
            return &c;
    }
    return nullptr;
}

// ---- every credentials endpoint: the checks they share --------------------------------------

CredentialsRequest::CredentialsRequest(NangoDevServerPrivate *d, const Exchange &ex, const QString &kind, const QString &key)
    : d(d)
    , ex(ex)
    , kind(kind)
    , key(key)
    , current(d->era == Era::Current)
    , unauth(kind == QLatin1String("NONE"))
    , contentType(mediaType(ex->header("content-type")))
    , noBody(ex->body.trimmed().isEmpty())
    , connectionId(ex->queryString("connection_id"))
{
}

/// 1. Content-Type (current servers only; seed servers just parsed what came). Nango's JSON
/// middleware is mounted on /api-auth and /auth only: not on /oauth2/auth nor before
/// /auth/oauth-outbound's route.
bool CredentialsRequest::checkContentType()
{
    if (!current || isOAuth2CC() || isOutbound() || contentType == "application/json" || (unauth && noBody && contentType.isEmpty()))
        return true;
    d->replyError(ex, 415, QStringLiteral("invalid_content_type"), Msg::ContentType);
    return false;
}

/// 2. The public key or the connect session token.
bool CredentialsRequest::checkAuth()
{
    auth = d->checkAuth(ex);
    if (auth.ok)
        return true;
    d->replyAuthError(ex, auth);
    return false;
}

/// 3. A JSON object, if there is a body (seed servers, /oauth2/auth and /auth/oauth-outbound
/// read it only when it says it is JSON).
bool CredentialsRequest::parseBody()
{
    if (noBody || (!(current && !isOAuth2CC() && !isOutbound()) && contentType != "application/json"))
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->body, &error);
    if (error.error != QJsonParseError::NoError) {
        d->replyError(ex, 400, QStringLiteral("invalid_json"), QStringLiteral("Invalid JSON body: %1").arg(error.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"),
                           QStringLiteral("Expected object, received %1").arg(doc.isArray() ? QStringLiteral("array") : QStringLiteral("value")),
                           {});
        return false;
    }
    body = doc.object();
    return true;
}

/// 4. (current) The body's fields for the auth mode, strict: bodyRules() of the mode, in order.
bool CredentialsRequest::checkRequiredFields()
{
    if (!current)
        return true; // seed servers check the body after the integration lookup (checkSeedCredentials)
    const BodyRules rules = bodyRules(kind);
    if (rules.shape == BodyRules::Shape::Loose) {
        credentials = body.toVariantMap();
        return true;
    }
    for (const BodyField &field : rules.fields) {
        if (!requireString(field))
            return false;
    }
    return true;
}

bool CredentialsRequest::requireString(const BodyField &field)
{
    const QJsonValue v = body.value(field.name);
    if (v.isUndefined() && field.optional)
        return true;
    if (v.isUndefined()) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"), QStringLiteral("Required"), {field.name});
        return false;
    }
    if (!v.isString()) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"),
                           QStringLiteral("Expected string"), {field.name});
        return false;
    }
    const QString value = v.toString();
    if (value.size() < field.minLength) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("too_small"),
                           QStringLiteral("String must contain at least %1 character(s)").arg(field.minLength), {field.name});
        return false;
    }
    if (field.maxLength > 0 && value.size() > field.maxLength) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("too_big"),
                           QStringLiteral("String must contain at most %1 character(s)").arg(field.maxLength), {field.name});
        return false;
    }
    if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).match(value).hasMatch()) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_string"), field.patternMessage, {field.name});
        return false;
    }
    credentials.insert(field.name, value);
    return true;
}

/// 4. (current) No body field beyond the auth mode's.
bool CredentialsRequest::checkUnrecognizedKeys()
{
    const BodyRules rules = bodyRules(kind);
    if (!current || rules.shape != BodyRules::Shape::Strict)
        return true;
    QStringList allowed;
    for (const BodyField &field : rules.fields)
        allowed << field.name;
    QStringList extra;
    for (const QString &k : body.keys()) {
        if (!allowed.contains(k))
            extra << k;
    }
    if (extra.isEmpty())
        return true;
    d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("unrecognized_keys"),
                       QStringLiteral("Unrecognized key(s) in object: %1").arg(keysList(extra)), {});
    return false;
}

/// 5.–7. (current) The query, the key in the URI, a session token sent with a connection_id; a
/// missing connection id is then generated, before the HMAC check (docs/protocol.md §8). Seed
/// servers only require the connection id. /oauth2/auth validates no query: only the
/// connection_id a session token may not come with.
bool CredentialsRequest::checkQueryAndConnectionId()
{
    if (!current) {
        if (!connectionId.isEmpty())
            return true;
        d->replyError(ex, 400, QStringLiteral("missing_connection_id"), QStringLiteral("Missing param 'connection_id'."));
        return false;
    }
    if (isOAuth2CC()) {
        if (auth.viaToken && !connectionId.isEmpty()) {
            d->replyValidation(ex, QStringLiteral("invalid_query_params"), QStringLiteral("custom"),
                               QStringLiteral("connection_id is not allowed when using a connect session token"),
                               {QStringLiteral("connection_id")});
            return false;
        }
    } else if (!d->checkQueryAndUri(ex, key, auth.viaToken, true)) {
        return false;
    }
    if (connectionId.isEmpty())
        connectionId = newUuid();
    return true;
}

/// 8. The HMAC of key:connectionId, when the server has an HMAC key (public-key auth only).
bool CredentialsRequest::checkHmac()
{
    if (d->hmacKey.isEmpty() || auth.viaToken)
        return true;
    const QString hmac = ex->queryString("hmac");
    if (hmac.isEmpty()) {
        d->replyError(ex, 400, QStringLiteral("missing_hmac"), MsgMissingHmac);
        return false;
    }
    if (hmac != hmacHex(d->hmacKey, key + QLatin1Char(':') + connectionId)) {
        d->replyError(ex, 400, QStringLiteral("invalid_hmac"), MsgInvalidHmac);
        return false;
    }
    return true;
}

/// 9. The integration exists (current servers: 404 without a message, but /oauth2/auth's
/// errorManager answers 400 with one, as seed servers did).
bool CredentialsRequest::checkIntegration()
{
    integ = d->integration(key);
    if (integ)
        return true;
    if (current && !isOAuth2CC())
        d->replyError(ex, 404, QStringLiteral("unknown_provider_config"));
    else
        d->replyError(ex, 400, QStringLiteral("unknown_provider_config"), Msg::UnknownProviderConfig);
    return false;
}

/// 10. Its auth mode is the endpoint's (outbound: OAUTH2). The newer controllers answer the code
/// alone; the API-key, Basic, unauthenticated and client-credentials ones add a message.
bool CredentialsRequest::checkAuthMode()
{
    const QString mode = isOutbound() ? QStringLiteral("OAUTH2") : kind;
    if (integ->authMode.compare(mode, Qt::CaseInsensitive) == 0)
        return true;
    static const QStringList withMessage{QStringLiteral("API_KEY"), QStringLiteral("BASIC"), QStringLiteral("NONE"), QStringLiteral("OAUTH2_CC")};
    d->replyError(ex, 400, QStringLiteral("invalid_auth_mode"), withMessage.contains(kind) ? Msg::InvalidAuthMode : QString());
    return false;
}

/// 11. A session token restricted to some integrations allows this one.
bool CredentialsRequest::checkSessionAllows()
{
    if (!auth.viaToken || auth.session.allowedIntegrations.isEmpty() || auth.session.allowedIntegrations.contains(key))
        return true;
    d->replyError(ex, 400, QStringLiteral("integration_not_allowed"));
    return false;
}

/// (seed) The body's credentials, checked only after the integration lookup.
bool CredentialsRequest::checkSeedCredentials()
{
    if (current)
        return true;
    if (kind == QLatin1String("API_KEY")) {
        const QString apiKey = body.value(QStringLiteral("apiKey")).toString();
        if (apiKey.isEmpty()) {
            d->replyError(ex, 400, QStringLiteral("missing_api_key"), QStringLiteral("Missing param 'api_key'."));
            return false;
        }
        credentials.insert(QStringLiteral("apiKey"), apiKey);
    } else if (kind == QLatin1String("BASIC")) {
        const QString username = body.value(QStringLiteral("username")).toString();
        if (username.isEmpty()) {
            d->replyError(ex, 400, QStringLiteral("missing_basic_username"),
                          QStringLiteral("Missing param username for basic api authentication."));
            return false;
        }
        credentials.insert(QStringLiteral("username"), username);
        credentials.insert(QStringLiteral("password"), body.value(QStringLiteral("password")).toString());
    }
    return true;
}

/// 12. The provider's "test API call": the integration's credentialsCheck value is refused.
bool CredentialsRequest::checkTestCall()
{
    if (integ->credentialsCheck.isEmpty() || (kind != QLatin1String("API_KEY") && kind != QLatin1String("BASIC")))
        return true;
    const QString given = kind == QLatin1String("API_KEY") ? credentials.value(QStringLiteral("apiKey")).toString()
                                                           : credentials.value(QStringLiteral("password")).toString();
    if (given != integ->credentialsCheck)
        return true;
    if (current)
        d->replyError(ex, 400, QStringLiteral("connection_test_failed"), MsgTestFailed);
    else
        d->replyError(ex, 401, QStringLiteral("connection_test_failed"), MsgTestFailedSeed);
    return false;
}

/// 13. Stores the connection (a reconnect updates the existing one) and answers with its keys,
/// in the era's order.
void CredentialsRequest::store()
{
    Connection c;
    c.providerConfigKey = key;
    c.connectionId = connectionId;
    c.authMode = integ->authMode;
    c.connectionConfig = resolvedConnectionConfig();
    for (auto it = integ->preconfiguredCredentials.cbegin(); it != integ->preconfiguredCredentials.cend(); ++it) {
        if (!credentials.contains(it.key()))
            credentials.insert(it.key(), it.value());
    }
    credentials.insert(QStringLiteral("type"), integ->authMode);
    c.credentials = credentials;
    c.endUserId = existing && auth.session.endUserId.isEmpty() ? existing->endUserId : auth.session.endUserId;
    c.pending = isOutbound();
    d->storeConnection(c);
    if (current)
        d->replyJson(ex, 200, orderedJson({{"providerConfigKey", key}, {"connectionId", connectionId}}));
    else
        d->replyJson(ex, 200, orderedJson({{"connectionId", connectionId}, {"providerConfigKey", key}}));
}

void NangoDevServerPrivate::handleCredentials(const Exchange &ex, const QString &kind, const QString &key)
{
    CredentialsRequest r(this, ex, kind, key);
    // The real server's order: the first check that fails answers (docs/protocol.md §4).
    const bool accepted = r.checkContentType() // 1. (current servers only)
        && r.checkAuth()                        // 2.
        && r.parseBody()                        // 3.
        && r.checkClientCredentials()           //    (OAUTH2_CC) client_id, then a secret
        && r.checkRequiredFields()              // 4. (current) the auth mode's fields,
        && r.checkUnrecognizedKeys()            //    and no other
        && r.checkQueryAndConnectionId()        // 5.–7. (seed: the connection id only)
        && r.checkHmac()                        // 8.
        && r.checkIntegration()                 // 9.
        && r.checkAuthMode()                    // 10.
        && r.checkSessionAllows()               // 11.
        && r.checkReconnect()                   //     a reconnect session's connection
        && r.checkSeedCredentials()             // (seed) the body, this late
        && r.checkTestCall()                    // 12. API_KEY / BASIC
        && r.checkProvider();                   //     every other mode's provider
    if (accepted)
        r.store();                              // 13.
}

} // namespace NangoDev
