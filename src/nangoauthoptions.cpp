// SPDX-License-Identifier: MIT
#include "nangoauthoptions.h"

#include <QSharedData>

#include <optional>

class NangoAuthOptionsData : public QSharedData
{
public:
    QMap<QString, QString> params;
    QString hmac;
    QStringList userScope;
    QMap<QString, QString> authorizationParams;
    std::optional<QString> apiKey;
    std::optional<QString> username;
    std::optional<QString> password;
    QString oauthClientIdOverride;
    QString oauthClientSecretOverride;
    QVariantMap otherCredentials;
    bool detectClosedAuthWindow = true;
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

bool NangoAuthOptions::hasApiKey() const { return d->apiKey.has_value(); }
QString NangoAuthOptions::apiKey() const { return d->apiKey.value_or(QString()); }
void NangoAuthOptions::setApiKey(const QString &apiKey) { d->apiKey = apiKey; }
void NangoAuthOptions::clearApiKey() { d->apiKey.reset(); }

bool NangoAuthOptions::hasUsername() const { return d->username.has_value(); }
QString NangoAuthOptions::username() const { return d->username.value_or(QString()); }
void NangoAuthOptions::setUsername(const QString &username) { d->username = username; }
bool NangoAuthOptions::hasPassword() const { return d->password.has_value(); }
QString NangoAuthOptions::password() const { return d->password.value_or(QString()); }
void NangoAuthOptions::setPassword(const QString &password) { d->password = password; }
void NangoAuthOptions::clearBasicCredentials()
{
    d->username.reset();
    d->password.reset();
}

QString NangoAuthOptions::oauthClientIdOverride() const { return d->oauthClientIdOverride; }
void NangoAuthOptions::setOAuthClientIdOverride(const QString &clientId) { d->oauthClientIdOverride = clientId; }
QString NangoAuthOptions::oauthClientSecretOverride() const { return d->oauthClientSecretOverride; }
void NangoAuthOptions::setOAuthClientSecretOverride(const QString &clientSecret) { d->oauthClientSecretOverride = clientSecret; }

QVariantMap NangoAuthOptions::otherCredentials() const { return d->otherCredentials; }
void NangoAuthOptions::setOtherCredentials(const QVariantMap &credentials) { d->otherCredentials = credentials; }

bool NangoAuthOptions::detectClosedAuthWindow() const { return d->detectClosedAuthWindow; }
void NangoAuthOptions::setDetectClosedAuthWindow(bool detect) { d->detectClosedAuthWindow = detect; }

bool NangoAuthOptions::hasCredentials() const
{
    return d->apiKey || d->username || d->password || !d->oauthClientIdOverride.isEmpty()
        || !d->oauthClientSecretOverride.isEmpty() || !d->otherCredentials.isEmpty();
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
            QVariantMap credentials = value.toMap();
            const auto take = [&credentials](const char *name) -> std::optional<QString> {
                const QString k = QLatin1String(name);
                if (!credentials.contains(k))
                    return std::nullopt;
                return credentials.take(k).toString();
            };
            if (auto v = take("apiKey"))
                options.setApiKey(*v);
            if (auto v = take("username"))
                options.setUsername(*v);
            if (auto v = take("password"))
                options.setPassword(*v);
            if (auto v = take("oauth_client_id_override"))
                options.setOAuthClientIdOverride(*v);
            if (auto v = take("oauth_client_secret_override"))
                options.setOAuthClientSecretOverride(*v);
            options.setOtherCredentials(credentials);
        } else if (unknownKeys) {
            unknownKeys->append(key);
        }
    }
    return options;
}
