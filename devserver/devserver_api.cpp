// SPDX-License-Identifier: MIT
// The JSON API: auth checks (public key / session token), the credentials and unauthenticated
// endpoints in the order a real server checks them (docs/protocol.md §4), /connect/sessions, /integrations.
#include "nangodevserver_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace NangoDev {

namespace {

const QString MsgMissingPublicKey = QStringLiteral("Authentication failed. The request is missing a valid public key parameter.");
const QString MsgInvalidPublicKey = QStringLiteral("Authentication failed. The provided public key is not a UUID v4.");
const QString MsgUnknownAccount = QStringLiteral("Authentication failed. The provided authorization header does not match any account.");
const QString MsgDeprecated = QStringLiteral("Public key authentication is deprecated. Please use connect session authentication instead.");
const QString MsgTokenFormat = QStringLiteral("Authentication failed. The provided connect session token is not following correct format: nango_connect_session_RANDOM)");
const QString MsgUnknownToken = QStringLiteral("Authentication failed. The provided connect session token does not match any account.");
const QString MsgMissingAuthHeader = QStringLiteral("Authentication failed. The request is missing the Authorization header.");
const QString MsgMalformedAuthHeader = QStringLiteral("Authentication failed. The Authorization header is malformed.");
const QString MsgInvalidAuthMode = QStringLiteral("Invalid auth mode. The provider does not support this auth mode.");
const QString MsgUnknownProviderConfig = QStringLiteral("There is no Provider Configuration matching this key.");
const QString MsgTestFailed = QStringLiteral("The given credentials were found to be invalid. Please check the credentials and try again.");
const QString MsgTestFailedSeed = QStringLiteral("The given credentials were found to be invalid and received a 401 on a test API call. Please check the credentials and try again.");
const QString MsgMissingHmac = QStringLiteral("Missing param 'hmac'.");
const QString MsgInvalidHmac = QStringLiteral("Invalid HMAC signature.");

QJsonObject zodIssue(const QString &code, const QString &message, const QJsonArray &path)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}, {QStringLiteral("path"), path}};
}

/// The media type of a Content-Type header, lower-case, without parameters.
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

} // namespace

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
            return fail(401, QStringLiteral("invalid_connect_session_token_format"), MsgTokenFormat);
        const auto it = sessions.constFind(token);
        if (it == sessions.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc())
            return fail(401, QStringLiteral("unknown_connect_session_token"), MsgUnknownToken);
        a.ok = true;
        a.viaToken = true;
        a.session = *it;
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
        return fail(401, QStringLiteral("unknown_account"), MsgUnknownAccount);
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

// ---- /api-auth/api-key, /api-auth/basic, /auth/unauthenticated, /unauth ---------------------

namespace {

/**
 * One request to a credentials endpoint, checked as a real server checks it (docs/protocol.md §4).
 * Each check answers the request and returns false when it fails; handleCredentials() runs them
 * in the server's order, which decides the error a request with several faults gets.
 */
class CredentialsRequest
{
public:
    CredentialsRequest(NangoDevServerPrivate *d, const Exchange &ex, const QString &kind, const QString &key)
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

private:
    bool requireString(const QString &field, int minLength);

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
    const Integration *integ = nullptr;
};

/// 1. Content-Type (current servers only; seed servers just parsed what came).
bool CredentialsRequest::checkContentType()
{
    if (!current || contentType == "application/json" || (unauth && noBody && contentType.isEmpty()))
        return true;
    d->replyError(ex, 415, QStringLiteral("invalid_content_type"), QStringLiteral("Content-Type header must be application/json"));
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

/// 3. A JSON object, if there is a body (seed servers read it only when it says it is JSON).
bool CredentialsRequest::parseBody()
{
    if (noBody || !(current || contentType == "application/json"))
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

/// 4. (current) The body's fields for the auth mode, strict: apiKey, or username then password.
bool CredentialsRequest::checkRequiredFields()
{
    if (!current)
        return true; // seed servers check the body after the integration lookup (checkSeedCredentials)
    if (kind == QLatin1String("API_KEY"))
        return requireString(QStringLiteral("apiKey"), 1);
    if (kind == QLatin1String("BASIC"))
        return requireString(QStringLiteral("username"), 0) && requireString(QStringLiteral("password"), 0);
    return true;
}

bool CredentialsRequest::requireString(const QString &field, int minLength)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined()) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"), QStringLiteral("Required"), {field});
        return false;
    }
    if (!v.isString()) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"),
                           QStringLiteral("Expected string"), {field});
        return false;
    }
    if (v.toString().size() < minLength) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("too_small"),
                           QStringLiteral("String must contain at least %1 character(s)").arg(minLength), {field});
        return false;
    }
    if (v.toString().size() > 1024) {
        d->replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("too_big"),
                           QStringLiteral("String must contain at most 1024 character(s)"), {field});
        return false;
    }
    credentials.insert(field, v.toString());
    return true;
}

/// 4. (current) No body field beyond the auth mode's.
bool CredentialsRequest::checkUnrecognizedKeys()
{
    if (!current)
        return true;
    QStringList allowed;
    if (kind == QLatin1String("API_KEY"))
        allowed = {QStringLiteral("apiKey")};
    else if (kind == QLatin1String("BASIC"))
        allowed = {QStringLiteral("username"), QStringLiteral("password")};
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
/// servers only require the connection id.
bool CredentialsRequest::checkQueryAndConnectionId()
{
    if (!current) {
        if (!connectionId.isEmpty())
            return true;
        d->replyError(ex, 400, QStringLiteral("missing_connection_id"), QStringLiteral("Missing param 'connection_id'."));
        return false;
    }
    if (!d->checkQueryAndUri(ex, key, auth.viaToken, true))
        return false;
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

/// 9. The integration exists.
bool CredentialsRequest::checkIntegration()
{
    integ = d->integration(key);
    if (integ)
        return true;
    if (current)
        d->replyError(ex, 404, QStringLiteral("unknown_provider_config"));
    else
        d->replyError(ex, 400, QStringLiteral("unknown_provider_config"), MsgUnknownProviderConfig);
    return false;
}

/// 10. Its auth mode is the endpoint's.
bool CredentialsRequest::checkAuthMode()
{
    if (integ->authMode.compare(kind, Qt::CaseInsensitive) == 0)
        return true;
    d->replyError(ex, 400, QStringLiteral("invalid_auth_mode"), MsgInvalidAuthMode);
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
    if (integ->credentialsCheck.isEmpty() || kind == QLatin1String("NONE"))
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

/// 13. Stores the connection and answers with its keys, in the era's order.
void CredentialsRequest::store()
{
    Connection c;
    c.providerConfigKey = key;
    c.connectionId = connectionId;
    c.authMode = integ->authMode;
    c.connectionConfig = NangoDevServerPrivate::connectionConfigFrom(ex->query);
    credentials.insert(QStringLiteral("type"), integ->authMode);
    c.credentials = credentials;
    c.endUserId = auth.session.endUserId;
    d->storeConnection(c);
    if (current)
        d->replyJson(ex, 200, orderedJson({{"providerConfigKey", key}, {"connectionId", connectionId}}));
    else
        d->replyJson(ex, 200, orderedJson({{"connectionId", connectionId}, {"providerConfigKey", key}}));
}

} // namespace

void NangoDevServerPrivate::handleCredentials(const Exchange &ex, const QString &kind, const QString &key)
{
    CredentialsRequest r(this, ex, kind, key);
    // The real server's order: the first check that fails answers (docs/protocol.md §4).
    const bool accepted = r.checkContentType() // 1. (current servers only)
        && r.checkAuth()                        // 2.
        && r.parseBody()                        // 3.
        && r.checkRequiredFields()              // 4. (current) the auth mode's fields,
        && r.checkUnrecognizedKeys()            //    and no other
        && r.checkQueryAndConnectionId()        // 5.–7. (seed: the connection id only)
        && r.checkHmac()                        // 8.
        && r.checkIntegration()                 // 9.
        && r.checkAuthMode()                    // 10.
        && r.checkSessionAllows()               // 11.
        && r.checkSeedCredentials()             // (seed) the body, this late
        && r.checkTestCall();                   // 12.
    if (accepted)
        r.store();                              // 13.
}

// ---- secret-key endpoints -------------------------------------------------------------------

namespace {
/// "Bearer <x>" → x; empty with *malformed set when the header is there but unusable.
QString bearer(const QByteArray &header, bool *malformed)
{
    *malformed = false;
    if (header.isEmpty())
        return QString();
    if (!header.startsWith("Bearer ") || header.size() <= 7) {
        *malformed = true;
        return QString();
    }
    return QString::fromUtf8(header.mid(7).trimmed());
}
} // namespace

QString NangoDevServerPrivate::mintSession(const QString &endUserId, const QStringList &allowed)
{
    // Expired sessions are dropped as new ones are made (bounded memory).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = sessions.begin(); it != sessions.end();) {
        if (it->expiresAt < now)
            it = sessions.erase(it);
        else
            ++it;
    }
    if (sessions.size() >= Limits::MaxSessions)
        sessions.erase(sessions.begin());
    ConnectSession s;
    s.token = QStringLiteral("nango_connect_session_") + randomHex(32);
    s.endUserId = endUserId;
    s.allowedIntegrations = allowed;
    s.expiresAt = now.addSecs(sessionLifetimeSecs);
    sessions.insert(s.token, s);
    return s.token;
}

void NangoDevServerPrivate::handleConnectSessions(const Exchange &ex)
{
    if (mediaType(ex->header("content-type")) != "application/json") {
        replyError(ex, 415, QStringLiteral("invalid_content_type"), QStringLiteral("Content-Type header must be application/json"));
        return;
    }
    bool malformed = false;
    const QString secret = bearer(ex->header("authorization"), &malformed);
    if (malformed) {
        replyError(ex, 401, QStringLiteral("malformed_auth_header"), MsgMalformedAuthHeader);
        return;
    }
    if (secret.isEmpty()) {
        replyError(ex, 401, QStringLiteral("missing_auth_header"), MsgMissingAuthHeader);
        return;
    }
    if (secret != secretKey) {
        replyError(ex, 401, QStringLiteral("unknown_account"), MsgUnknownAccount);
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->body, &error);
    if (error.error != QJsonParseError::NoError) {
        replyError(ex, 400, QStringLiteral("invalid_json"), QStringLiteral("Invalid JSON body: %1").arg(error.errorString()));
        return;
    }
    const QJsonObject body = doc.object();
    const QStringList known{QStringLiteral("end_user"), QStringLiteral("organization"), QStringLiteral("allowed_integrations"),
                            QStringLiteral("integrations_config_defaults"), QStringLiteral("tags"), QStringLiteral("overrides")};
    QStringList extra;
    for (const QString &k : body.keys()) {
        if (!known.contains(k))
            extra << k;
    }
    if (!doc.isObject()) {
        replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"), QStringLiteral("Expected object"), {});
        return;
    }
    if (!extra.isEmpty()) {
        replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("unrecognized_keys"),
                        QStringLiteral("Unrecognized key(s) in object: %1").arg(keysList(extra)), {});
        return;
    }
    const QJsonValue endUser = body.value(QStringLiteral("end_user"));
    const QString endUserId = endUser.toObject().value(QStringLiteral("id")).toString();
    if (!endUser.isObject() || endUserId.isEmpty() || endUserId.size() > 255) {
        replyValidation(ex, QStringLiteral("invalid_body"), endUser.isObject() ? QStringLiteral("too_small") : QStringLiteral("invalid_type"),
                        endUser.isObject() ? QStringLiteral("String must contain at least 1 character(s)") : QStringLiteral("Required"),
                        endUser.isObject() ? QJsonArray{QStringLiteral("end_user"), QStringLiteral("id")} : QJsonArray{QStringLiteral("end_user")});
        return;
    }
    QStringList allowed;
    const QJsonValue allowedValue = body.value(QStringLiteral("allowed_integrations"));
    if (!allowedValue.isUndefined() && !allowedValue.isNull()) {
        if (!allowedValue.isArray()) {
            replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"), QStringLiteral("Expected array"),
                            {QStringLiteral("allowed_integrations")});
            return;
        }
        const QJsonArray list = allowedValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || !isValidIntegrationKey(list.at(i).toString())) {
                replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_string"), QStringLiteral("Invalid"),
                                {QStringLiteral("allowed_integrations"), int(i)});
                return;
            }
            allowed << list.at(i).toString();
        }
    }
    const QString token = mintSession(endUserId, allowed);
    const QDateTime expires = sessions.value(token).expiresAt;
    const QString link = ex->origin + QStringLiteral("/connect?session_token=") + token;
    replyJson(ex, 201, orderedJson({{"data", QJsonObject{{QStringLiteral("token"), token},
                                                        {QStringLiteral("connect_link"), link},
                                                        {QStringLiteral("expires_at"), expires.toString(Qt::ISODateWithMs)}}}}));
}

void NangoDevServerPrivate::handleListIntegrations(const Exchange &ex)
{
    bool malformed = false;
    const QString credential = bearer(ex->header("authorization"), &malformed);
    if (malformed) {
        replyError(ex, 401, QStringLiteral("malformed_auth_header"), MsgMalformedAuthHeader);
        return;
    }
    if (credential.isEmpty()) {
        replyError(ex, 401, QStringLiteral("missing_auth_header"), MsgMissingAuthHeader);
        return;
    }
    QStringList allowed;
    if (credential.startsWith(QLatin1String("nango_connect_session_")) && era == Era::Current) {
        const auto it = sessions.constFind(credential);
        if (it == sessions.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc()) {
            replyError(ex, 401, QStringLiteral("unknown_connect_session_token"), MsgUnknownToken);
            return;
        }
        allowed = it->allowedIntegrations;
    } else if (credential != secretKey) {
        replyError(ex, 401, QStringLiteral("unknown_account"), MsgUnknownAccount);
        return;
    }
    QJsonArray data;
    for (const Integration &i : integrations) {
        if (!allowed.isEmpty() && !allowed.contains(i.uniqueKey))
            continue;
        data.append(QJsonObject{{QStringLiteral("unique_key"), i.uniqueKey},
                                {QStringLiteral("provider"), i.provider},
                                {QStringLiteral("display_name"), i.displayName.isEmpty() ? i.uniqueKey : i.displayName},
                                {QStringLiteral("auth_mode"), i.authMode},
                                {QStringLiteral("scopes"), QJsonArray::fromStringList(i.scopes)}});
    }
    replyJson(ex, 200, orderedJson({{"data", data}}));
}

} // namespace NangoDev
