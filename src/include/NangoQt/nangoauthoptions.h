// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QMap>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class NangoAuthOptionsData;

/**
 * @brief The options of one auth() / create() call: the JS SDK's `options` object as a value type.
 *
 * Credentials decide the branch (docs/protocol.md §2): an API key → `/api-auth/api-key`, a username and/or a
 * password → `/api-auth/basic`; nothing (or only the OAuth client override pair) → the OAuth
 * window. A credential counts as given when it is set, even to an empty string (an empty
 * password is valid for Basic auth); clear it with the matching clear…() call.
 *
 * QML and the CLI build options from a plain map with the JS SDK's key names: fromVariantMap().
 */
class NANGOQT_CORE_EXPORT NangoAuthOptions
{
public:
    NangoAuthOptions();
    NangoAuthOptions(const NangoAuthOptions &other);
    NangoAuthOptions(NangoAuthOptions &&other) noexcept;
    NangoAuthOptions &operator=(const NangoAuthOptions &other);
    NangoAuthOptions &operator=(NangoAuthOptions &&other) noexcept;
    ~NangoAuthOptions();

    /// Connection configuration sent as `params[key]=value`.
    QMap<QString, QString> params() const;
    void setParams(const QMap<QString, QString> &params);
    void setParam(const QString &key, const QString &value);

    /// HMAC digest computed by your backend (public-key era, docs/protocol.md §8).
    QString hmac() const;
    void setHmac(const QString &hmac);

    QStringList userScope() const;
    void setUserScope(const QStringList &scopes);

    QMap<QString, QString> authorizationParams() const;
    void setAuthorizationParams(const QMap<QString, QString> &params);
    void setAuthorizationParam(const QString &key, const QString &value);

    /// Credentials branch.
    bool hasApiKey() const;
    QString apiKey() const;
    void setApiKey(const QString &apiKey);
    void clearApiKey();

    bool hasUsername() const;
    QString username() const;
    void setUsername(const QString &username);
    bool hasPassword() const;
    QString password() const;
    void setPassword(const QString &password);
    void clearBasicCredentials();

    /// OAuth client override pair (stays on the OAuth branch, sent as credentials[...] in the query).
    QString oauthClientIdOverride() const;
    void setOAuthClientIdOverride(const QString &clientId);
    QString oauthClientSecretOverride() const;
    void setOAuthClientSecretOverride(const QString &clientSecret);

    /// Any other credential keys (kinds NangoQt does not support yet); they make the call fail
    /// with `missing_credentials` instead of silently starting an OAuth window.
    QVariantMap otherCredentials() const;
    void setOtherCredentials(const QVariantMap &credentials);

    /// True (the default): a window the user closes ends the flow with `authorization_cancelled`.
    /// False: a user close is ignored and the flow waits for a late result until the timeout.
    bool detectClosedAuthWindow() const;
    void setDetectClosedAuthWindow(bool detect);

    /// True when any credential is set (API key, username, password, overrides or others).
    bool hasCredentials() const;

    /**
     * Builds options from a map with the JS SDK's key names: `params`, `hmac`, `user_scope`
     * (list or comma-separated string), `authorization_params`, `credentials` (`apiKey`,
     * `username`, `password`, `oauth_client_id_override`, `oauth_client_secret_override`, others),
     * `detectClosedAuthWindow`. Unknown top-level keys are reported in @p unknownKeys.
     */
    static NangoAuthOptions fromVariantMap(const QVariantMap &map, QStringList *unknownKeys = nullptr);

private:
    QSharedDataPointer<NangoAuthOptionsData> d;
};

Q_DECLARE_TYPEINFO(NangoAuthOptions, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(NangoAuthOptions)
