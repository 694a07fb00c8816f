// SPDX-License-Identifier: MIT
#include "nangovalidation_p.h"

#include "nangoerrortypes.h"
#include "nangomessages_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace NangoQtPrivate {

QUrl normalizeHost(const QUrl &host, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = NangoMessages::tr("Invalid URL provided for the Nango host. %1").arg(why);
        return QUrl();
    };
    if (!host.isValid() || host.isEmpty())
        return fail(NangoMessages::tr("The host is empty or not a URL."));
    const QString scheme = host.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(NangoMessages::tr("It must start with https:// or http://, e.g. https://api.nango.dev."));
    if (host.host().isEmpty())
        return fail(NangoMessages::tr("It has no host name."));
    if (host.hasQuery() || host.hasFragment())
        return fail(NangoMessages::tr("It must not have a query or a fragment."));
    if (!host.userInfo().isEmpty())
        return fail(NangoMessages::tr("It must not carry a user name or password."));
    QUrl normalized = host;
    normalized.setScheme(scheme);
    QString path = normalized.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path);
    return normalized;
}

bool isCarriableParamKey(const QString &name, const QString &key, QString *why)
{
    const auto refuse = [&](const QString &reason) {
        if (why)
            *why = NangoMessages::tr("The %1 key \"%2\" cannot reach the Nango server intact: %3")
                       .arg(name, key, reason);
        return false;
    };
    if (key.isEmpty())
        return refuse(NangoMessages::tr("an empty key is read as an array."));
    if (key.contains(QLatin1Char('[')) || key.contains(QLatin1Char(']')))
        return refuse(NangoMessages::tr("the server reads [ and ] as nesting."));
    if (key == QLatin1String("__proto__"))
        return refuse(NangoMessages::tr("the server drops it."));
    bool isNumber = false;
    const int index = key.toInt(&isNumber);
    if (isNumber && index >= 0 && index <= 20 && key == QString::number(index))
        return refuse(NangoMessages::tr("the server reads 0–20 as an array index."));
    return true;
}

bool isValidIntegrationId(const QString &id, QString *why)
{
    if (id.trimmed().isEmpty()) {
        if (why)
            *why = NangoMessages::tr("The integration id is empty: pass the integration's unique key (its provider config key), e.g. \"github\".");
        return false;
    }
    if (id.size() > 255) {
        if (why)
            *why = NangoMessages::tr("The integration id is %1 characters long; Nango allows at most 255.").arg(id.size());
        return false;
    }
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'~' || u == u':' || u == u'.' || u == u'@' || u == u' ' || u == u'_' || u == u'-';
        if (!ok) {
            if (why)
                *why = NangoMessages::tr("The integration id \"%1\" contains '%2'; Nango integration keys use only letters, digits and ~ : . @ _ - and spaces.")
                           .arg(id, QString(c));
            return false;
        }
    }
    return true;
}

namespace {

const QString TypeKey = QStringLiteral("type");

bool has(const QVariantMap &c, const char *key)
{
    return c.contains(QLatin1String(key));
}

bool typeIs(const QVariantMap &c, const char *type)
{
    return c.value(TypeKey).toString() == QLatin1String(type);
}

bool hasBillFields(const QVariantMap &c)
{
    return has(c, "username") && has(c, "password") && has(c, "organization_id") && has(c, "dev_key");
}

bool hasClientCredentials(const QVariantMap &c)
{
    return has(c, "client_id") && (has(c, "client_secret") || has(c, "client_private_key"));
}

/// The JS SDK's convertCredentialsToConfig(): which keys survive to customAuth().
QVariantMap jsConvert(const QVariantMap &c)
{
    const auto pick = [&c](std::initializer_list<const char *> keys, bool keepAbsent) {
        QVariantMap out;
        for (const char *k : keys) {
            if (has(c, k) || keepAbsent)
                out.insert(QLatin1String(k), c.value(QLatin1String(k)));
        }
        return out;
    };
    if (has(c, "type") && has(c, "username") && has(c, "password") && typeIs(c, "SIGNATURE"))
        return pick({"type", "username", "password"}, false);
    if (typeIs(c, "AWS_SIGV4")) {
        QVariantMap out = pick({"type", "role_arn"}, true); // role_arn: present even when undefined
        if (!c.value(QStringLiteral("region")).toString().isEmpty())
            out.insert(QStringLiteral("region"), c.value(QStringLiteral("region")));
        return out;
    }
    QVariantMap params = pick({"username", "password", "apiKey", "role_arn"}, false);
    if (!c.value(QStringLiteral("region")).toString().isEmpty())
        params.insert(QStringLiteral("region"), c.value(QStringLiteral("region")));
    if (has(c, "privateKey") || typeIs(c, "JWT"))
        return c;
    if (hasClientCredentials(c))
        return pick({"client_id", "client_secret", "client_certificate", "client_private_key"}, true);
    if (has(c, "token_id") && has(c, "token_secret"))
        return pick({"token_id", "token_secret", "oauth_client_id_override", "oauth_client_secret_override"}, false);
    if (hasBillFields(c))
        return pick({"username", "password", "organization_id", "dev_key"}, false);
    if (typeIs(c, "TWO_STEP"))
        return c;
    return params;
}

/// The JS SDK's customAuth(): the endpoint for the converted credentials.
NangoAuthMode::Mode jsCustomAuth(const QVariantMap &c, bool outbound)
{
    if (typeIs(c, "TWO_STEP"))
        return NangoAuthMode::TwoStep;
    if (typeIs(c, "SIGNATURE") && has(c, "username") && has(c, "password"))
        return NangoAuthMode::Signature;
    if (typeIs(c, "AWS_SIGV4") && has(c, "role_arn"))
        return NangoAuthMode::AwsSigV4;
    if (hasBillFields(c))
        return NangoAuthMode::Bill;
    if (has(c, "apiKey"))
        return NangoAuthMode::ApiKey;
    if (has(c, "username") || has(c, "password"))
        return NangoAuthMode::Basic;
    if (has(c, "privateKey") || typeIs(c, "JWT"))
        return NangoAuthMode::Jwt;
    if (has(c, "token_id") && has(c, "token_secret"))
        return NangoAuthMode::Tba;
    if (hasClientCredentials(c))
        return NangoAuthMode::OAuth2CC;
    if (outbound)
        return NangoAuthMode::OAuth2;
    return NangoAuthMode::Unknown;
}

bool isOutboundInstallation(const NangoAuthOptions &options)
{
    return options.installation() == QLatin1String("outbound");
}

/// A mode's body: which fields it takes, which of them are required (not empty), whether the
/// server refuses other fields.
struct BodyRule
{
    NangoAuthMode::Mode mode;
    bool strict;
    QStringList fields;   ///< strict: every field it takes
    QStringList required; ///< present and not empty
};

const QList<BodyRule> &bodyRules()
{
    static const QList<BodyRule> rules = {
        {NangoAuthMode::ApiKey, true, {QStringLiteral("apiKey")}, {QStringLiteral("apiKey")}},
        {NangoAuthMode::Basic, true, {QStringLiteral("username"), QStringLiteral("password")}, {}},
        {NangoAuthMode::OAuth2CC, true,
         {QStringLiteral("client_id"), QStringLiteral("client_secret"), QStringLiteral("client_certificate"), QStringLiteral("client_private_key")},
         {QStringLiteral("client_id")}},
        {NangoAuthMode::Tba, true,
         {QStringLiteral("token_id"), QStringLiteral("token_secret"), QStringLiteral("oauth_client_id_override"),
          QStringLiteral("oauth_client_secret_override")},
         {QStringLiteral("token_id"), QStringLiteral("token_secret")}},
        {NangoAuthMode::Bill, true,
         {QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("organization_id"), QStringLiteral("dev_key")},
         {QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("organization_id"), QStringLiteral("dev_key")}},
        {NangoAuthMode::Signature, true, {TypeKey, QStringLiteral("username"), QStringLiteral("password")},
         {QStringLiteral("username"), QStringLiteral("password")}},
        {NangoAuthMode::AwsSigV4, true, {TypeKey, QStringLiteral("role_arn"), QStringLiteral("region")}, {QStringLiteral("role_arn")}},
        {NangoAuthMode::Jwt, false, {}, {}},
        {NangoAuthMode::TwoStep, false, {}, {}},
    };
    return rules;
}

const BodyRule *bodyRule(NangoAuthMode::Mode mode)
{
    for (const BodyRule &rule : bodyRules()) {
        if (rule.mode == mode)
            return &rule;
    }
    return nullptr;
}

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.userType() == QMetaType::QVariantMap)
        return v.toMap().isEmpty();
    if (v.userType() == QMetaType::QVariantList)
        return v.toList().isEmpty();
    return v.toString().isEmpty();
}

bool isStringValue(const QVariant &v)
{
    const int t = v.userType();
    return t == QMetaType::QString || t == QMetaType::QByteArray || t == QMetaType::QChar;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

NangoError missing(NangoAuthMode::Mode mode, const QString &field, const QStringList &required)
{
    return NangoError{QString::fromLatin1(NangoErrorType::MissingCredentials),
                      NangoMessages::tr("You must specify credentials. %1 needs \"%2\" (required: %3), which is missing or empty.")
                          .arg(NangoAuthMode::nangoName(mode), field, quotedList(required))};
}

NangoError invalidBody(const QString &message)
{
    return NangoError{QString::fromLatin1(NangoErrorType::InvalidBody), message};
}

} // namespace

NangoAuthMode::Mode inferMode(const QVariantMap &credentials, const QString &installation)
{
    const bool outbound = installation == QLatin1String("outbound");
    const QVariantMap &c = credentials;
    if (!outbound) {
        if (c.isEmpty())
            return NangoAuthMode::OAuth2;
        const bool tba = has(c, "token_id") && has(c, "token_secret");
        const bool idOverride = has(c, "oauth_client_id_override");
        const bool secretOverride = has(c, "oauth_client_secret_override");
        if (idOverride && secretOverride && !tba)
            return NangoAuthMode::OAuth2; // the SDK opens the window and ignores every other key
        if (c.size() == int(idOverride) + int(secretOverride))
            return NangoAuthMode::OAuth2; // NangoQt: a lone override key still means the window
    }
    return jsCustomAuth(jsConvert(c), outbound);
}

NangoAuthMode::Mode flowMode(const NangoAuthOptions &options, bool create)
{
    if (create)
        return NangoAuthMode::None;
    if (options.authMode() != NangoAuthMode::Unknown)
        return options.authMode();
    return inferMode(options.credentials(), options.installation());
}

bool isOutbound(NangoAuthMode::Mode mode, const NangoAuthOptions &options)
{
    return mode == NangoAuthMode::OAuth2 && isOutboundInstallation(options);
}

bool opensWindow(NangoAuthMode::Mode mode, const NangoAuthOptions &options)
{
    return NangoAuthMode::usesAuthorizationWindow(mode) && !isOutbound(mode, options);
}

QByteArray endpointPath(NangoAuthMode::Mode mode, const NangoAuthOptions &options)
{
    switch (mode) {
    case NangoAuthMode::ApiKey:
        return QByteArrayLiteral("/api-auth/api-key/");
    case NangoAuthMode::Basic:
        return QByteArrayLiteral("/api-auth/basic/");
    case NangoAuthMode::None:
        return QByteArrayLiteral("/auth/unauthenticated/");
    case NangoAuthMode::OAuth2CC:
        return QByteArrayLiteral("/oauth2/auth/");
    case NangoAuthMode::TwoStep:
        return QByteArrayLiteral("/auth/two-step/");
    case NangoAuthMode::Tba:
        return QByteArrayLiteral("/auth/tba/");
    case NangoAuthMode::Jwt:
        return QByteArrayLiteral("/auth/jwt/");
    case NangoAuthMode::Bill:
        return QByteArrayLiteral("/auth/bill/");
    case NangoAuthMode::Signature:
        return QByteArrayLiteral("/auth/signature/");
    case NangoAuthMode::AwsSigV4:
        return QByteArrayLiteral("/auth/aws-sigv4/");
    case NangoAuthMode::OAuth2:
        return isOutbound(mode, options) ? QByteArrayLiteral("/auth/oauth-outbound/") : QByteArray();
    case NangoAuthMode::OAuth1:
    case NangoAuthMode::App:
    case NangoAuthMode::Custom:
    case NangoAuthMode::Unknown:
        break;
    }
    return QByteArray();
}

QByteArray credentialsBody(NangoAuthMode::Mode mode, const NangoAuthOptions &options)
{
    const QVariantMap c = options.credentials();
    QJsonObject body;
    switch (mode) {
    case NangoAuthMode::None:
        return QByteArrayLiteral("{}");
    case NangoAuthMode::OAuth2: // the outbound POST: no body, like the SDK
        return QByteArray();
    case NangoAuthMode::Basic:
        // Current servers require both keys; an empty password is valid.
        body.insert(QStringLiteral("username"), options.username());
        body.insert(QStringLiteral("password"), options.password());
        break;
    case NangoAuthMode::AwsSigV4: // the SDK sends {role_arn, region}: its `type` stays home
        body.insert(QStringLiteral("role_arn"), c.value(QStringLiteral("role_arn")).toString());
        if (!c.value(QStringLiteral("region")).toString().isEmpty())
            body.insert(QStringLiteral("region"), c.value(QStringLiteral("region")).toString());
        break;
    case NangoAuthMode::Jwt:
    case NangoAuthMode::TwoStep:
        body = QJsonObject::fromVariantMap(c);
        if (mode == NangoAuthMode::TwoStep) {
            if (!body.contains(TypeKey))
                body.insert(TypeKey, QStringLiteral("TWO_STEP")); // what the SDK's bodies always carry
            if (!options.assertionOption().isEmpty())
                body.insert(QStringLiteral("assertionOption"), QJsonObject::fromVariantMap(options.assertionOption()));
        }
        break;
    default:
        if (const BodyRule *rule = bodyRule(mode)) {
            for (const QString &field : rule->fields) {
                if (c.contains(field))
                    body.insert(field, c.value(field).toString());
            }
        }
        if (mode == NangoAuthMode::Signature && !body.contains(TypeKey))
            body.insert(TypeKey, QStringLiteral("SIGNATURE"));
        break;
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<NangoError> checkCredentials(NangoAuthMode::Mode mode, const NangoAuthOptions &options)
{
    const QVariantMap c = options.credentials();
    const QString name = NangoAuthMode::nangoName(mode);
    if (const BodyRule *rule = bodyRule(mode)) {
        if (rule->strict) {
            for (auto it = c.cbegin(); it != c.cend(); ++it) {
                if (!rule->fields.contains(it.key())) {
                    return invalidBody(NangoMessages::tr("The credentials have a field %1 does not take: \"%2\" (it takes %3). "
                                                         "The server would refuse the request (invalid_body).")
                                           .arg(name, it.key(), quotedList(rule->fields)));
                }
                if (!isStringValue(it.value())) {
                    return invalidBody(NangoMessages::tr("The credential \"%1\" must be a string for %2.").arg(it.key(), name));
                }
            }
        }
        if (mode == NangoAuthMode::ApiKey && options.apiKey().isEmpty()) // the wording apps already know
            return NangoError{QString::fromLatin1(NangoErrorType::MissingCredentials), NangoMessages::tr("You must specify credentials. The API key is empty.")};
        for (const QString &field : rule->required) {
            if (isEmptyValue(c.value(field)))
                return missing(mode, field, rule->required);
        }
        switch (mode) {
        case NangoAuthMode::ApiKey:
            if (options.apiKey().size() > 1024)
                return invalidBody(NangoMessages::tr("The API key is %1 characters long; Nango accepts at most 1024.").arg(options.apiKey().size()));
            break;
        case NangoAuthMode::Basic:
            if (!options.hasUsername() && !options.hasPassword())
                return missing(mode, QStringLiteral("username"), {QStringLiteral("username"), QStringLiteral("password")});
            break;
        case NangoAuthMode::OAuth2CC:
            if (isEmptyValue(c.value(QStringLiteral("client_secret"))) && isEmptyValue(c.value(QStringLiteral("client_private_key")))) {
                return NangoError{QString::fromLatin1(NangoErrorType::MissingCredentials),
                                  NangoMessages::tr("You must specify credentials. OAUTH2_CC needs \"client_secret\" or \"client_private_key\" "
                                                    "beside \"client_id\".")};
            }
            break;
        case NangoAuthMode::AwsSigV4: {
            if (c.contains(TypeKey) && !typeIs(c, "AWS_SIGV4"))
                return invalidBody(NangoMessages::tr("The credential \"type\" is \"%1\"; for AWS_SIGV4 it is \"AWS_SIGV4\" or absent.")
                                       .arg(c.value(TypeKey).toString()));
            static const QRegularExpression region(QStringLiteral("^[a-z0-9-]{1,64}$"));
            const QString r = c.value(QStringLiteral("region")).toString();
            if (!r.isEmpty() && !region.match(r).hasMatch())
                return invalidBody(NangoMessages::tr("The credential \"region\" is \"%1\"; an AWS region has only lowercase letters, digits "
                                                     "and hyphens (e.g. us-east-1).")
                                       .arg(r.left(64)));
            break;
        }
        case NangoAuthMode::Signature:
            if (c.contains(TypeKey) && isEmptyValue(c.value(TypeKey)))
                return missing(mode, TypeKey, {TypeKey, QStringLiteral("username"), QStringLiteral("password")});
            break;
        case NangoAuthMode::Jwt:
        case NangoAuthMode::TwoStep: {
            // The server signs or posts whatever it gets: without the provider's schema, at least
            // one field beyond `type` must be there.
            QVariantMap fields = c;
            fields.remove(TypeKey);
            if (fields.isEmpty() && options.requiredCredentials().isEmpty()) {
                return NangoError{QString::fromLatin1(NangoErrorType::MissingCredentials),
                                  NangoMessages::tr("You must specify credentials. %1 needs the provider's credentials fields "
                                                    "(e.g. privateKey, or issuerId, privateKeyId and privateKey); none was given.")
                                      .arg(name)};
            }
            break;
        }
        default:
            break;
        }
    }
    if (mode != NangoAuthMode::None && !opensWindow(mode, options) && !isOutbound(mode, options)) {
        const QStringList required = options.requiredCredentials();
        for (const QString &field : required) {
            if (isEmptyValue(c.value(field)))
                return missing(mode, field, required);
        }
    }
    return std::nullopt;
}

std::optional<NangoError> checkCall(const NangoAuthSettings &settings, const NangoFlowRequest &request, QUrl *normalizedHost)
{
    QString why;
    *normalizedHost = normalizeHost(settings.host, &why);
    if (normalizedHost->isEmpty())
        return NangoError{QString::fromLatin1(NangoErrorType::InvalidHostUrl), why};
    if (settings.publicKey.isEmpty() && settings.connectSessionToken.isEmpty()) {
        return NangoError{QString::fromLatin1(NangoErrorType::MissingAuthToken),
                          NangoMessages::tr("You must specify a public key OR a connect session token (cf. documentation).")};
    }
    if (!isValidIntegrationId(request.integrationId, &why))
        return NangoError{QString::fromLatin1(NangoErrorType::InvalidIntegrationId), why};
    const auto checkKeys = [&why](const char *name, const QMap<QString, QString> &pairs) -> std::optional<NangoError> {
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            if (!isCarriableParamKey(QLatin1String(name), it.key(), &why))
                return NangoError{QString::fromLatin1(NangoErrorType::InvalidParams), why};
        }
        return std::nullopt;
    };
    if (auto e = checkKeys("params", request.options.params()))
        return e;
    return checkKeys("authorization_params", request.options.authorizationParams());
}

std::optional<NangoError> checkMode(NangoAuthMode::Mode mode, const NangoFlowRequest &request)
{
    const NangoAuthOptions &options = request.options;
    if (mode == NangoAuthMode::Unknown) {
        return NangoError{QString::fromLatin1(NangoErrorType::MissingCredentials),
                          NangoMessages::tr("You must specify credentials. These credentials match no auth mode NangoQt can send: %1. "
                                            "Pass the fields of one mode (e.g. apiKey; username and password; token_id and token_secret; "
                                            "client_id and client_secret) or the integration's auth mode (NangoAuthOptions::setAuthMode()).")
                              .arg(options.credentials().keys().join(QStringLiteral(", ")))};
    }
    if (!request.create) {
        if (auto refused = checkCredentials(mode, options))
            return refused;
    }
    if (!opensWindow(mode, options) && !options.hmac().isEmpty() && request.connectionId.isEmpty()) {
        return NangoError{QString::fromLatin1(NangoErrorType::MissingConnectionId),
                          NangoMessages::tr("An HMAC was given without a connection id. For API-key, Basic and unauthenticated connections the server "
                                            "generates the connection id before it checks the HMAC, so it can never match: pass the connection id "
                                            "the HMAC was computed over.")};
    }
    return std::nullopt;
}

} // namespace NangoQtPrivate
