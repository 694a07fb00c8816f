// SPDX-License-Identifier: MIT
// Connect sessions (spec §3): the Bearer check of the secret-key and catalog routes,
// POST /connect/sessions and POST /connect/sessions/reconnect, and the sessions' lifetime.
#include "nangodevserver_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace NangoDev {

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

const QString SessionPrefix = QStringLiteral("nango_connect_session_");
} // namespace

const ConnectSession *NangoDevServerPrivate::liveSession(const QString &token) const
{
    const auto it = sessions.constFind(token);
    if (it == sessions.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc())
        return nullptr;
    return &*it;
}

QString NangoDevServerPrivate::mintSession(const ConnectSession &init)
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
    ConnectSession s = init;
    s.token = SessionPrefix + randomHex(32);
    s.expiresAt = now.addSecs(sessionLifetimeSecs);
    sessions.insert(s.token, s);
    return s.token;
}

BearerAuth NangoDevServerPrivate::checkBearer(const Exchange &ex, bool allowToken, bool allowSecret)
{
    BearerAuth a;
    bool malformed = false;
    const QString credential = bearer(ex->header("authorization"), &malformed);
    if (malformed) {
        replyError(ex, 401, QStringLiteral("malformed_auth_header"), Msg::MalformedAuthHeader);
        return a;
    }
    if (credential.isEmpty()) {
        replyError(ex, 401, QStringLiteral("missing_auth_header"), Msg::MissingAuthHeader);
        return a;
    }
    if (allowToken && era == Era::Current && (credential.startsWith(SessionPrefix) || !allowSecret)) {
        if (!isSessionTokenFormat(credential)) {
            replyError(ex, 401, QStringLiteral("invalid_connect_session_token_format"), Msg::TokenFormat);
            return a;
        }
        const ConnectSession *s = liveSession(credential);
        if (!s) {
            replyError(ex, 401, QStringLiteral("unknown_connect_session_token"), Msg::UnknownToken);
            return a;
        }
        a.ok = true;
        a.viaToken = true;
        a.session = *s;
        return a;
    }
    if (credential != secretKey) {
        replyError(ex, 401, QStringLiteral("unknown_account"), Msg::UnknownAccount);
        return a;
    }
    a.ok = true;
    return a;
}

bool NangoDevServerPrivate::readSecretKeyBody(const Exchange &ex, const QStringList &known, QJsonObject *body)
{
    if (mediaType(ex->header("content-type")) != "application/json") {
        replyError(ex, 415, QStringLiteral("invalid_content_type"), Msg::ContentType);
        return false;
    }
    if (!checkBearer(ex, false, true).ok)
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->body, &error);
    if (error.error != QJsonParseError::NoError) {
        replyError(ex, 400, QStringLiteral("invalid_json"), QStringLiteral("Invalid JSON body: %1").arg(error.errorString()));
        return false;
    }
    *body = doc.object();
    QStringList extra;
    for (const QString &k : body->keys()) {
        if (!known.contains(k))
            extra << k;
    }
    if (!doc.isObject()) {
        replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"), QStringLiteral("Expected object"), {});
        return false;
    }
    if (!extra.isEmpty()) {
        replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("unrecognized_keys"),
                        QStringLiteral("Unrecognized key(s) in object: %1").arg(keysList(extra)), {});
        return false;
    }
    return true;
}

bool NangoDevServerPrivate::readSessionOptions(const Exchange &ex, const QJsonObject &body, ConnectSession *s)
{
    const QJsonValue allowedValue = body.value(QStringLiteral("allowed_integrations"));
    if (!allowedValue.isUndefined() && !allowedValue.isNull()) {
        if (!allowedValue.isArray()) {
            replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"), QStringLiteral("Expected array"),
                            {QStringLiteral("allowed_integrations")});
            return false;
        }
        const QJsonArray list = allowedValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || !isValidIntegrationKey(list.at(i).toString())) {
                replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_string"), QStringLiteral("Invalid"),
                                {QStringLiteral("allowed_integrations"), int(i)});
                return false;
            }
            s->allowedIntegrations << list.at(i).toString();
        }
    }
    const QJsonValue defaults = body.value(QStringLiteral("integrations_config_defaults"));
    if (!defaults.isUndefined() && !defaults.isNull()) {
        if (!defaults.isObject()) {
            replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"), QStringLiteral("Expected object"),
                            {QStringLiteral("integrations_config_defaults")});
            return false;
        }
        const QJsonObject o = defaults.toObject();
        static const QStringList known{QStringLiteral("user_scopes"), QStringLiteral("authorization_params"), QStringLiteral("connection_config")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            for (const QString &k : entry.keys()) {
                if (!it.value().isObject() || !known.contains(k)) {
                    replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("unrecognized_keys"),
                                    QStringLiteral("Unrecognized key(s) in object: %1").arg(keysList({k})),
                                    {QStringLiteral("integrations_config_defaults"), it.key()});
                    return false;
                }
            }
        }
        s->integrationsConfigDefaults = o;
    }
    return true;
}

void NangoDevServerPrivate::replyNewSession(const Exchange &ex, const QString &token)
{
    const QDateTime expires = sessions.value(token).expiresAt;
    const QString link = ex->origin + QStringLiteral("/connect?session_token=") + token;
    replyJson(ex, 201, orderedJson({{"data", QJsonObject{{QStringLiteral("token"), token},
                                                        {QStringLiteral("connect_link"), link},
                                                        {QStringLiteral("expires_at"), expires.toString(Qt::ISODateWithMs)}}}}));
}

void NangoDevServerPrivate::handleConnectSessions(const Exchange &ex)
{
    QJsonObject body;
    if (!readSecretKeyBody(ex, {QStringLiteral("end_user"), QStringLiteral("organization"), QStringLiteral("allowed_integrations"),
                                QStringLiteral("integrations_config_defaults"), QStringLiteral("tags"), QStringLiteral("overrides")},
                           &body))
        return;
    const QJsonValue endUser = body.value(QStringLiteral("end_user"));
    const QJsonObject user = endUser.toObject();
    const QString endUserId = user.value(QStringLiteral("id")).toString();
    if (!endUser.isObject() || endUserId.isEmpty() || endUserId.size() > 255) {
        replyValidation(ex, QStringLiteral("invalid_body"), endUser.isObject() ? QStringLiteral("too_small") : QStringLiteral("invalid_type"),
                        endUser.isObject() ? QStringLiteral("String must contain at least 1 character(s)") : QStringLiteral("Required"),
                        endUser.isObject() ? QJsonArray{QStringLiteral("end_user"), QStringLiteral("id")} : QJsonArray{QStringLiteral("end_user")});
        return;
    }
    ConnectSession init;
    init.endUserId = endUserId;
    init.endUserEmail = user.value(QStringLiteral("email")).toString();
    init.endUserDisplayName = user.value(QStringLiteral("display_name")).toString();
    if (!readSessionOptions(ex, body, &init))
        return;
    replyNewSession(ex, mintSession(init));
}

void NangoDevServerPrivate::handleReconnectSession(const Exchange &ex)
{
    QJsonObject body;
    if (!readSecretKeyBody(ex, {QStringLiteral("connection_id"), QStringLiteral("integration_id"), QStringLiteral("end_user"),
                                QStringLiteral("organization"), QStringLiteral("integrations_config_defaults"), QStringLiteral("overrides"),
                                QStringLiteral("tags")},
                           &body))
        return;
    for (const char *name : {"connection_id", "integration_id"}) {
        const QJsonValue v = body.value(QLatin1String(name));
        if (!v.isString() || v.toString().isEmpty()) {
            replyValidation(ex, QStringLiteral("invalid_body"), QStringLiteral("invalid_type"),
                            v.isUndefined() ? QStringLiteral("Required") : QStringLiteral("Expected string"), {QLatin1String(name)});
            return;
        }
    }
    const QString connectionId = body.value(QStringLiteral("connection_id")).toString();
    const QString integrationId = body.value(QStringLiteral("integration_id")).toString();
    const Connection *c = findConnection(connectionId, integrationId);
    if (!c) {
        replyError(ex, 400, QStringLiteral("invalid_body"), QStringLiteral("ConnectionID or IntegrationId does not exists"));
        return;
    }
    ConnectSession init;
    init.endUserId = c->endUserId;
    const QJsonObject user = body.value(QStringLiteral("end_user")).toObject();
    if (!user.value(QStringLiteral("id")).toString().isEmpty())
        init.endUserId = user.value(QStringLiteral("id")).toString();
    init.endUserEmail = user.value(QStringLiteral("email")).toString();
    init.endUserDisplayName = user.value(QStringLiteral("display_name")).toString();
    if (!readSessionOptions(ex, body, &init))
        return;
    init.allowedIntegrations = {integrationId};
    init.reconnectConnectionId = connectionId;
    replyNewSession(ex, mintSession(init));
}

} // namespace NangoDev
