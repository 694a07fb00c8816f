// SPDX-License-Identifier: MIT
#include "nangoauthoptions.h"

#include "nangovalidation_p.h"

#include <QSharedData>

namespace {
const QString ApiKeyKey = QStringLiteral("apiKey");
const QString UsernameKey = QStringLiteral("username");
const QString PasswordKey = QStringLiteral("password");
const QString ClientIdOverrideKey = QStringLiteral("oauth_client_id_override");
const QString ClientSecretOverrideKey = QStringLiteral("oauth_client_secret_override");

bool isTyped(const QString &key)
{
    return key == ApiKeyKey || key == UsernameKey || key == PasswordKey || key == ClientIdOverrideKey || key == ClientSecretOverrideKey;
}
} // namespace

class NangoAuthOptionsData : public QSharedData
{
public:
    QMap<QString, QString> params;
    QString hmac;
    QStringList userScope;
    QMap<QString, QString> authorizationParams;
    QVariantMap credentials; ///< the JS SDK's object, verbatim; the typed setters write into it
    QStringList requiredCredentials;
    QVariantMap assertionOption;
    NangoAuthMode::Mode authMode = NangoAuthMode::Unknown;
    QString installation;
    bool detectClosedAuthWindow = true;
    NangoAuthOptions::Browser browser = NangoAuthOptions::Browser::Default;
    QUrl providerAuthorizationUrl;
};

NangoAuthOptions::NangoAuthOptions()
    : d(new NangoAuthOptionsData)
{
}
NangoAuthOptions::NangoAuthOptions(const NangoAuthOptions &other) = default;
NangoAuthOptions::NangoAuthOptions(NangoAuthOptions &&other) noexcept = default;
NangoAuthOptions &NangoAuthOptions::operator=(const NangoAuthOptions &other) = default;
NangoAuthOptions &NangoAuthOptions::operator=(NangoAuthOptions &&other) noexcept = default;
NangoAuthOptions::~NangoAuthOptions() = default;

QMap<QString, QString> NangoAuthOptions::params() const { return d->params; }
void NangoAuthOptions::setParams(const QMap<QString, QString> &params) { d->params = params; }
void NangoAuthOptions::setParam(const QString &key, const QString &value) { d->params.insert(key, value); }

QString NangoAuthOptions::hmac() const { return d->hmac; }
void NangoAuthOptions::setHmac(const QString &hmac) { d->hmac = hmac; }

QStringList NangoAuthOptions::userScope() const { return d->userScope; }
void NangoAuthOptions::setUserScope(const QStringList &scopes) { d->userScope = scopes; }

QMap<QString, QString> NangoAuthOptions::authorizationParams() const { return d->authorizationParams; }
void NangoAuthOptions::setAuthorizationParams(const QMap<QString, QString> &params) { d->authorizationParams = params; }
void NangoAuthOptions::setAuthorizationParam(const QString &key, const QString &value) { d->authorizationParams.insert(key, value); }

bool NangoAuthOptions::hasApiKey() const { return d->credentials.contains(ApiKeyKey); }
QString NangoAuthOptions::apiKey() const { return d->credentials.value(ApiKeyKey).toString(); }
void NangoAuthOptions::setApiKey(const QString &apiKey) { d->credentials.insert(ApiKeyKey, apiKey); }
void NangoAuthOptions::clearApiKey() { d->credentials.remove(ApiKeyKey); }

bool NangoAuthOptions::hasUsername() const { return d->credentials.contains(UsernameKey); }
QString NangoAuthOptions::username() const { return d->credentials.value(UsernameKey).toString(); }
void NangoAuthOptions::setUsername(const QString &username) { d->credentials.insert(UsernameKey, username); }
bool NangoAuthOptions::hasPassword() const { return d->credentials.contains(PasswordKey); }
QString NangoAuthOptions::password() const { return d->credentials.value(PasswordKey).toString(); }
void NangoAuthOptions::setPassword(const QString &password) { d->credentials.insert(PasswordKey, password); }
void NangoAuthOptions::clearBasicCredentials()
{
    d->credentials.remove(UsernameKey);
    d->credentials.remove(PasswordKey);
}

QString NangoAuthOptions::oauthClientIdOverride() const { return d->credentials.value(ClientIdOverrideKey).toString(); }
namespace {
/// The override setters: an empty value removes the key (it counts as no override).
void setOrRemove(QVariantMap &credentials, const QString &key, const QString &value)
{
    if (value.isEmpty())
        credentials.remove(key);
    else
        credentials.insert(key, value);
}
} // namespace
void NangoAuthOptions::setOAuthClientIdOverride(const QString &clientId) { setOrRemove(d->credentials, ClientIdOverrideKey, clientId); }
QString NangoAuthOptions::oauthClientSecretOverride() const { return d->credentials.value(ClientSecretOverrideKey).toString(); }
void NangoAuthOptions::setOAuthClientSecretOverride(const QString &clientSecret)
{
    setOrRemove(d->credentials, ClientSecretOverrideKey, clientSecret);
}

QVariantMap NangoAuthOptions::otherCredentials() const
{
    QVariantMap others;
    for (auto it = d->credentials.cbegin(); it != d->credentials.cend(); ++it) {
        if (!isTyped(it.key()))
            others.insert(it.key(), it.value());
    }
    return others;
}
void NangoAuthOptions::setOtherCredentials(const QVariantMap &credentials)
{
    QVariantMap kept;
    for (auto it = d->credentials.cbegin(); it != d->credentials.cend(); ++it) {
        if (isTyped(it.key()))
            kept.insert(it.key(), it.value());
    }
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it)
        kept.insert(it.key(), it.value());
    d->credentials = kept;
}

QVariantMap NangoAuthOptions::credentials() const { return d->credentials; }
void NangoAuthOptions::setCredentials(const QVariantMap &credentials) { d->credentials = credentials; }

QStringList NangoAuthOptions::requiredCredentials() const { return d->requiredCredentials; }
void NangoAuthOptions::setRequiredCredentials(const QStringList &names) { d->requiredCredentials = names; }

QVariantMap NangoAuthOptions::assertionOption() const { return d->assertionOption; }
void NangoAuthOptions::setAssertionOption(const QVariantMap &assertionOption) { d->assertionOption = assertionOption; }

NangoAuthMode::Mode NangoAuthOptions::authMode() const { return d->authMode; }
void NangoAuthOptions::setAuthMode(NangoAuthMode::Mode mode) { d->authMode = mode; }

QString NangoAuthOptions::installation() const { return d->installation; }
void NangoAuthOptions::setInstallation(const QString &installation) { d->installation = installation; }

NangoAuthMode::Mode NangoAuthOptions::effectiveAuthMode() const
{
    return NangoQtPrivate::flowMode(*this, false);
}

bool NangoAuthOptions::detectClosedAuthWindow() const { return d->detectClosedAuthWindow; }
void NangoAuthOptions::setDetectClosedAuthWindow(bool detect) { d->detectClosedAuthWindow = detect; }

bool NangoAuthOptions::hasCredentials() const
{
    return !d->credentials.isEmpty();
}

namespace {
QMap<QString, QString> toStringMap(const QVariant &value)
{
    QMap<QString, QString> result;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}
} // namespace

NangoAuthOptions::Browser NangoAuthOptions::browser() const { return d->browser; }
void NangoAuthOptions::setBrowser(Browser browser) { d->browser = browser; }
QUrl NangoAuthOptions::providerAuthorizationUrl() const { return d->providerAuthorizationUrl; }
void NangoAuthOptions::setProviderAuthorizationUrl(const QUrl &url) { d->providerAuthorizationUrl = url; }

NangoAuthOptions NangoAuthOptions::fromVariantMap(const QVariantMap &map, QStringList *unknownKeys)
{
    NangoAuthOptions options;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        if (key == QLatin1String("params")) {
            options.setParams(toStringMap(value));
        } else if (key == QLatin1String("hmac")) {
            options.setHmac(value.toString());
        } else if (key == QLatin1String("user_scope")) {
            if (value.userType() == QMetaType::QString)
                options.setUserScope(value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
            else
                options.setUserScope(value.toStringList());
        } else if (key == QLatin1String("authorization_params")) {
            options.setAuthorizationParams(toStringMap(value));
        } else if (key == QLatin1String("detectClosedAuthWindow")) {
            options.setDetectClosedAuthWindow(value.toBool());
        } else if (key == QLatin1String("credentials")) {
            options.setCredentials(value.toMap());
        } else if (key == QLatin1String("installation")) {
            options.setInstallation(value.toString());
        } else if (key == QLatin1String("assertionOption")) {
            options.setAssertionOption(value.toMap());
        } else if (key == QLatin1String("required_credentials")) {
            options.setRequiredCredentials(value.toStringList());
        } else if (key == QLatin1String("auth_mode")) {
            bool isNumber = false;
            const int number = value.toInt(&isNumber);
            if (value.userType() != QMetaType::QString && isNumber)
                options.setAuthMode(NangoAuthMode::nangoName(NangoAuthMode::Mode(number)).isEmpty() ? NangoAuthMode::Unknown
                                                                                                     : NangoAuthMode::Mode(number));
            else
                options.setAuthMode(NangoAuthMode::fromNangoName(value.toString()));
        } else if (key == QLatin1String("browser")) {
            const QString name = value.toString().trimmed().toLower();
            if (name == QLatin1String("auto"))
                options.setBrowser(Browser::Auto);
            else if (name == QLatin1String("embedded"))
                options.setBrowser(Browser::Embedded);
            else if (name == QLatin1String("system"))
                options.setBrowser(Browser::System);
            else if (name.isEmpty() || name == QLatin1String("default"))
                options.setBrowser(Browser::Default);
            else if (unknownKeys)
                unknownKeys->append(key + QLatin1Char('=') + value.toString());
        } else if (key == QLatin1String("provider_authorization_url")) {
            options.setProviderAuthorizationUrl(value.toUrl());
        } else if (unknownKeys) {
            unknownKeys->append(key);
        }
    }
    return options;
}
