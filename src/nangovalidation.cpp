// SPDX-License-Identifier: MIT
#include "nangovalidation_p.h"

#include "nangoerrortypes.h"
#include "nangomessages_p.h"

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

NangoAuthMode::Mode flowMode(const NangoAuthOptions &options, bool create)
{
    if (create)
        return NangoAuthMode::None;
    if (options.hasApiKey())
        return NangoAuthMode::ApiKey;
    if (options.hasUsername() || options.hasPassword())
        return NangoAuthMode::Basic;
    if (!options.otherCredentials().isEmpty())
        return NangoAuthMode::Unknown; // credentials NangoQt cannot send (checkMode() says which)
    return NangoAuthMode::OAuth2;
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
    if (mode == NangoAuthMode::ApiKey && options.apiKey().isEmpty()) {
        return NangoError{QString::fromLatin1(NangoErrorType::MissingCredentials),
                          NangoMessages::tr("You must specify credentials. The API key is empty.")};
    }
    if (mode == NangoAuthMode::Unknown) {
        return NangoError{QString::fromLatin1(NangoErrorType::MissingCredentials),
                          NangoMessages::tr("You must specify credentials. NangoQt supports an API key (apiKey) or a username and password; got: %1.")
                              .arg(options.otherCredentials().keys().join(QStringLiteral(", ")))};
    }
    if (mode != NangoAuthMode::OAuth2 && !options.hmac().isEmpty() && request.connectionId.isEmpty()) {
        return NangoError{QString::fromLatin1(NangoErrorType::MissingConnectionId),
                          NangoMessages::tr("An HMAC was given without a connection id. For API-key, Basic and unauthenticated connections the server "
                                            "generates the connection id before it checks the HMAC, so it can never match: pass the connection id "
                                            "the HMAC was computed over.")};
    }
    return std::nullopt;
}

} // namespace NangoQtPrivate
