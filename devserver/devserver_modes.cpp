// SPDX-License-Identifier: MIT
// Each auth mode's own rules at its credentials endpoint (spec §1): the body schemas, OAUTH2_CC's
// client credentials, a reconnect session's connection, AWS SigV4 regions, the connection config
// a token URL needs, and the fake provider's refusal of the value "invalid", answered the way the
// real server answers for that mode.
#include "devserver_credentials_p.h"

#include <QRegularExpression>

#include <algorithm>

namespace NangoDev {

namespace {

const QString Invalid = QStringLiteral("invalid");

BodyField field(const char *name, int minLength, bool optional = false, int maxLength = 0)
{
    BodyField f;
    f.name = QString::fromLatin1(name);
    f.minLength = minLength;
    f.optional = optional;
    f.maxLength = maxLength;
    return f;
}

bool isAwsRegion(const QString &region)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9-]+$"));
    return re.match(region).hasMatch();
}

} // namespace

BodyRules CredentialsRequest::bodyRules(const QString &kind)
{
    BodyRules r;
    r.shape = BodyRules::Shape::Strict;
    if (kind == QLatin1String("API_KEY")) {
        r.fields = {field("apiKey", 1, false, 1024)};
    } else if (kind == QLatin1String("BASIC")) {
        r.fields = {field("username", 0, false, 1024), field("password", 0, false, 1024)};
    } else if (kind == QLatin1String("NONE")) {
        r.fields = {};
    } else if (kind == QLatin1String("TBA")) {
        r.fields = {field("token_id", 1), field("token_secret", 1), field("oauth_client_id_override", 0, true),
                    field("oauth_client_secret_override", 0, true)};
    } else if (kind == QLatin1String("BILL")) {
        r.fields = {field("username", 1), field("password", 1), field("organization_id", 1), field("dev_key", 1)};
    } else if (kind == QLatin1String("SIGNATURE")) {
        r.fields = {field("username", 1), field("password", 1), field("type", 1)};
    } else if (kind == QLatin1String("AWS_SIGV4")) {
        BodyField region = field("region", 1, true);
        region.pattern = QStringLiteral("^[a-z0-9-]+$");
        region.patternMessage = QStringLiteral("AWS region must contain only lowercase letters, digits, and hyphens");
        r.fields = {field("role_arn", 1), region};
    } else if (kind == QLatin1String("JWT") || kind == QLatin1String("TWO_STEP")) {
        r.shape = BodyRules::Shape::Loose; // any object: the provider's schema is not checked
    } else {
        r.shape = BodyRules::Shape::None;  // OAUTH2_CC reads its fields itself; outbound has no body
    }
    return r;
}

/// OAUTH2_CC, before the session, connection_id and HMAC checks: errorManager's
/// missing_client_id, then missing_client_secret (a secret or a private key).
bool CredentialsRequest::checkClientCredentials()
{
    if (!isOAuth2CC())
        return true;
    const auto text = [this](const char *name) {
        const QJsonValue v = body.value(QLatin1String(name));
        return v.isString() ? v.toString() : QString();
    };
    if (text("client_id").isEmpty()) {
        d->replyError(ex, 400, QStringLiteral("missing_client_id"), QStringLiteral("Missing param 'oauth_client_id'."));
        return false;
    }
    if (text("client_secret").isEmpty() && text("client_private_key").isEmpty()) {
        d->replyError(ex, 400, QStringLiteral("missing_client_secret"), QStringLiteral("Missing param 'oauth_client_secret'."));
        return false;
    }
    for (const char *name : {"client_id", "client_secret", "client_certificate", "client_private_key"}) {
        if (!text(name).isEmpty())
            credentials.insert(QLatin1String(name), text(name));
    }
    return true;
}

/// A reconnect session's auth call re-authorizes its connection: 400 invalid_connection when
/// that connection is gone.
bool CredentialsRequest::checkReconnect()
{
    if (!auth.viaToken || auth.session.reconnectConnectionId.isEmpty())
        return true;
    existing = d->findConnection(auth.session.reconnectConnectionId, key);
    if (!existing) {
        d->replyError(ex, 400, QStringLiteral("invalid_connection"));
        return false;
    }
    connectionId = existing->connectionId;
    return true;
}

bool CredentialsRequest::hasInvalidValue() const
{
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it) {
        if (it.value().toString() == Invalid)
            return true;
    }
    const QMap<QString, QString> config = NangoDevServerPrivate::connectionConfigFrom(ex->query);
    return std::any_of(config.cbegin(), config.cend(), [](const QString &v) { return v == Invalid; });
}

QMap<QString, QString> CredentialsRequest::resolvedConnectionConfig() const
{
    // The query's params, then what the session presets (the backend's values win), then the
    // mode's own (AWS region and external id).
    QMap<QString, QString> config = NangoDevServerPrivate::connectionConfigFrom(ex->query);
    if (auth.viaToken) {
        const QJsonObject preset = auth.session.integrationsConfigDefaults.value(key).toObject()
                                       .value(QStringLiteral("connection_config")).toObject();
        for (auto it = preset.begin(); it != preset.end(); ++it) {
            if (it.value().isString())
                config.insert(it.key(), it.value().toString());
        }
    }
    for (auto it = extraConfig.cbegin(); it != extraConfig.cend(); ++it)
        config.insert(it.key(), it.value());
    return config;
}

/// The provider's connection_config fields a token URL needs: neither optional nor automated,
/// and not given.
QStringList CredentialsRequest::missingConnectionConfig() const
{
    const QJsonObject schema = d->providers.value(integ->provider).toObject().value(QStringLiteral("connection_config")).toObject();
    const QMap<QString, QString> config = resolvedConnectionConfig();
    QStringList missing;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        if (f.value(QStringLiteral("optional")).toBool() || f.value(QStringLiteral("automated")).toBool())
            continue;
        if (config.value(it.key()).isEmpty())
            missing << it.key();
    }
    return missing;
}

/// JWT and TWO_STEP: the provider's credentials the body (or the integration) lacks. The real
/// server does not check them: the signature or the token request then fails.
QStringList CredentialsRequest::missingCredentials() const
{
    if (kind != QLatin1String("JWT") && kind != QLatin1String("TWO_STEP"))
        return {};
    const QJsonObject schema = d->providers.value(integ->provider).toObject().value(QStringLiteral("credentials")).toObject();
    QStringList missing;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        if (f.value(QStringLiteral("optional")).toBool() || f.value(QStringLiteral("automated")).toBool())
            continue;
        if (credentials.value(it.key()).toString().isEmpty() && !integ->preconfiguredCredentials.contains(it.key()))
            missing << it.key();
    }
    return missing;
}

/// OAUTH2_CC and TWO_STEP fetch a token from a URL made of connection-config values: a missing
/// one is a 500 (spec §1).
bool CredentialsRequest::checkConnectionConfig()
{
    const QStringList missing = missingConnectionConfig();
    if (missing.isEmpty())
        return true;
    const QString message = QStringLiteral("Missing Connection Config param(s): %1").arg(missing.join(QStringLiteral(", ")));
    if (isOAuth2CC())
        d->replyError(ex, 500, QStringLiteral("unhandled_") + message, message);
    else
        d->replyError(ex, 500, QStringLiteral("generic_error_support"),
                      QStringLiteral("An error occurred. Please contact support with this unique id: %1").arg(newUuid()));
    return false;
}

/// AWS_SIGV4: params[external_id] only if a UUID; the region: stored (reconnect) > body >
/// params > the integration's default, else 400 missing_aws_sigv4_region.
bool CredentialsRequest::checkAwsRegion()
{
    const QMap<QString, QString> params = NangoDevServerPrivate::connectionConfigFrom(ex->query);
    QString region = existing ? existing->connectionConfig.value(QStringLiteral("region")) : QString();
    if (region.isEmpty())
        region = credentials.value(QStringLiteral("region")).toString();
    if (region.isEmpty())
        region = params.value(QStringLiteral("region"));
    if (region.isEmpty())
        region = integ->defaultRegion;
    if (region.isEmpty()) {
        d->replyError(ex, 400, QStringLiteral("missing_aws_sigv4_region"), QStringLiteral("AWS SigV4 requests require a region."));
        return false;
    }
    if (!isAwsRegion(region)) {
        d->replyError(ex, 400, QStringLiteral("invalid_body"), QStringLiteral("AWS region must contain only lowercase letters, digits, and hyphens"));
        return false;
    }
    extraConfig.insert(QStringLiteral("region"), region);
    const QString externalId = params.value(QStringLiteral("external_id")).trimmed();
    const QString stored = existing ? existing->connectionConfig.value(QStringLiteral("external_id")) : QString();
    extraConfig.insert(QStringLiteral("external_id"), !stored.isEmpty() ? stored : (isUuidV4(externalId) ? externalId : newUuid()));
    credentials.remove(QStringLiteral("region"));
    credentials.insert(QStringLiteral("region"), region);
    return true;
}

/// 12. The fake provider of every other mode: its checks, then "invalid" anywhere in the
/// credentials or the connection config is refused as the real server answers for that mode.
bool CredentialsRequest::checkProvider()
{
    if (kind == QLatin1String("AWS_SIGV4") && !checkAwsRegion())
        return false;
    if ((isOAuth2CC() || kind == QLatin1String("TWO_STEP")) && !checkConnectionConfig())
        return false;
    // SIGNATURE: the real server signs with the provider's protocol (WSSE is the only one it
    // has); a provider of the catalog without it fails before any answer (integrations set
    // without a catalog sign with WSSE). The body's `type` is not read.
    const QJsonValue definition = d->providers.value(integ->provider);
    const bool unsignable = kind == QLatin1String("SIGNATURE") && definition.isObject()
        && definition.toObject().value(QStringLiteral("signature")).toObject().value(QStringLiteral("protocol")).toString()
            != QLatin1String("WSSE");
    const bool refused = hasInvalidValue() || !missingCredentials().isEmpty() || unsignable;
    if (!refused)
        return true;
    if (isOAuth2CC()) {
        d->replyError(ex, 400, QStringLiteral("client_credentials_fetch_error"),
                      QStringLiteral("Failed to fetch client credentials token: \"invalid_client\""));
    } else if (kind == QLatin1String("TBA")) {
        // The real server answers a failed test call with HTTP 200 and an error document.
        d->replyError(ex, 200, QStringLiteral("invalid_credentials"),
                      QStringLiteral("The provided credentials are invalid. Please check the token ID and token secret."));
    } else if (kind == QLatin1String("JWT")) {
        d->replyError(ex, 400, QStringLiteral("connection_test_failed"),
                      QStringLiteral("The given credentials were found to be invalid. Please check the credentials and try again."));
    } else if (kind == QLatin1String("TWO_STEP")) {
        d->replyError(ex, 400, QStringLiteral("two_step_credentials_fetch_error"),
                      QStringLiteral("Error fetching Two Step credentials Error: invalid credentials"));
    } else if (kind == QLatin1String("BILL") || kind == QLatin1String("SIGNATURE")) {
        d->park(ex); // a refused login / a provider without WSSE: the real server never answers
    } else if (kind == QLatin1String("AWS_SIGV4")) {
        d->replyError(ex, 502, QStringLiteral("aws_sigv4_sts_request_failed"),
                      QStringLiteral("Failed to retrieve AWS credentials from the configured STS endpoint."));
    } else {
        return true; // API_KEY, BASIC, NONE, outbound: their own checks only
    }
    return false;
}

} // namespace NangoDev
