// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QMap>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

class NangoAuthOptionsData;

/**
 * @brief The options of one auth() / create() call: the JS SDK's `options` object as a value type.
 *
 * Credentials are the JS SDK's `credentials` object, verbatim: setCredentials() takes any mode's
 * keys (`{token_id, token_secret}`, `{client_id, client_secret}`, `{apiKey}`, ...); the typed
 * setters (setApiKey(), setUsername(), ...) read and write the same map. Which endpoint a call
 * goes to (README "Auth modes"): authMode() when it is set (from the catalog, or your own
 * knowledge of the integration), else the JS SDK's order of inference from the credentials and
 * installation() — no credentials (or only the OAuth client override pair) → the OAuth window.
 * A credential counts as given when it is set, even to an empty string (an empty password is
 * valid for Basic auth); clear it with the matching clear…() call.
 *
 * QML and the CLI build options from a plain map with the JS SDK's key names: fromVariantMap().
 */
class NANGOQT_CORE_EXPORT NangoAuthOptions
{
public:
    /// Which window an OAuth call uses (README "Which window"): Default is NangoAuth::browser;
    /// the others are NangoAuth::Browser's values, for this call only.
    enum class Browser { Default, Auto, Embedded, System };

    NangoAuthOptions();
    /// Copies @p other (implicitly shared: cheap).
    NangoAuthOptions(const NangoAuthOptions &other);
    /// Moves @p other into a new object.
    NangoAuthOptions(NangoAuthOptions &&other) noexcept;
    /// Assigns a copy of @p other.
    NangoAuthOptions &operator=(const NangoAuthOptions &other);
    /// Moves @p other into this object.
    NangoAuthOptions &operator=(NangoAuthOptions &&other) noexcept;
    ~NangoAuthOptions();

    /** @name Connection configuration (params) */
    ///@{
    /// Connection configuration sent as `params[key]=value` (setParam() sets one key, setParams()
    /// replaces them all).
    QMap<QString, QString> params() const;
    void setParams(const QMap<QString, QString> &params);
    void setParam(const QString &key, const QString &value);
    ///@}

    /** @name HMAC */
    ///@{
    /// HMAC digest computed by your backend (public-key era, docs/protocol.md §8).
    QString hmac() const;
    void setHmac(const QString &hmac);
    ///@}

    /** @name User scope */
    ///@{
    /// OAuth: the user scopes to request (the JS SDK's `user_scope`, such as Slack's user token scopes).
    QStringList userScope() const;
    void setUserScope(const QStringList &scopes);
    ///@}

    /** @name Authorization parameters */
    ///@{
    /// OAuth: extra query parameters for the provider's authorization URL (the JS SDK's
    /// `authorization_params`, such as `prompt=consent`), sent as `authorization_params[key]=value`.
    QMap<QString, QString> authorizationParams() const;
    void setAuthorizationParams(const QMap<QString, QString> &params);
    void setAuthorizationParam(const QString &key, const QString &value);
    ///@}

    /** @name API key */
    ///@{
    /// API_KEY credentials: the `apiKey` credential (hasApiKey(): it is set, even to ""; clearApiKey()
    /// removes it). Setting it makes the call an API-key call unless authMode() says otherwise.
    bool hasApiKey() const;
    QString apiKey() const;
    void setApiKey(const QString &apiKey);
    void clearApiKey();
    ///@}

    /** @name Basic credentials */
    ///@{
    /// BASIC credentials: the `username` and `password` credentials (has…(): set, even to "";
    /// an empty password is valid). clearBasicCredentials() removes both.
    bool hasUsername() const;
    QString username() const;
    void setUsername(const QString &username);
    bool hasPassword() const;
    QString password() const;
    void setPassword(const QString &password);
    void clearBasicCredentials();
    ///@}

    /** @name OAuth client override */
    ///@{
    /// OAuth client override pair (stays on the OAuth branch, sent as credentials[...] in the
    /// query; TBA sends them in its body). An empty value removes the key.
    QString oauthClientIdOverride() const;
    void setOAuthClientIdOverride(const QString &clientId);
    QString oauthClientSecretOverride() const;
    void setOAuthClientSecretOverride(const QString &clientSecret);
    ///@}

    /// Credential keys other than the typed ones above (apiKey, username, password, the two
    /// overrides). setOtherCredentials() replaces them all and keeps the typed ones.
    QVariantMap otherCredentials() const;
    /// Replaces the credentials other than the typed ones with @p credentials (see otherCredentials()).
    void setOtherCredentials(const QVariantMap &credentials);

    /// The JS SDK's `credentials` object, verbatim (every key, typed ones included).
    QVariantMap credentials() const;
    /// Replaces every credential (the typed ones too) with @p credentials, kept as given.
    void setCredentials(const QVariantMap &credentials);

    /**
     * Names of the credentials the integration's provider requires (its schema's non-optional
     * `credentials` fields). Checked, for every mode, before any request: a missing or empty
     * one fails the call with `missing_credentials` naming it. JWT and TWO_STEP bodies are not
     * checked by the server, so this is how their required fields are known; the catalog's form
     * model sets it. Empty by default (each mode's own rules still apply).
     */
    QStringList requiredCredentials() const;
    /// Sets requiredCredentials().
    void setRequiredCredentials(const QStringList &names);

    /// TWO_STEP: the `assertionOption` object sent beside the credentials (JS SDK key `assertionOption`).
    QVariantMap assertionOption() const;
    /// Sets assertionOption().
    void setAssertionOption(const QVariantMap &assertionOption);

    /// The integration's auth mode, when the app knows it (e.g. from the catalog): the request
    /// goes to that mode's endpoint, and the credentials are checked against that mode's
    /// fields. Unknown (the default): inferred from the credentials (the JS SDK's order).
    NangoAuthMode::Mode authMode() const;
    /// Sets authMode().
    void setAuthMode(NangoAuthMode::Mode mode);

    /// `"outbound"`: an OAUTH2 integration installed from the provider's side —
    /// `POST /auth/oauth-outbound/<integration>`, no window, no credentials. Empty by default.
    QString installation() const;
    /// Sets installation().
    void setInstallation(const QString &installation);

    /**
     * The mode auth() runs with these options: authMode() when set, else the JS SDK's inference
     * (README "Auth modes"); Unknown for credentials that match no mode (auth() refuses them
     * with `missing_credentials`). OAuth2 with installation() "outbound" is the outbound POST.
     */
    NangoAuthMode::Mode effectiveAuthMode() const;

    /// True (the default): a window the user closes ends the flow with `authorization_cancelled`.
    /// False: a user close is ignored and the flow waits for a late result until the timeout.
    bool detectClosedAuthWindow() const;
    /// Sets detectClosedAuthWindow().
    void setDetectClosedAuthWindow(bool detect);

    /// The window of this call (map key `browser`: "auto", "embedded" or "system"); Default
    /// (the default): NangoAuth::browser.
    Browser browser() const;
    /// Sets browser().
    void setBrowser(Browser browser);

    /**
     * The integration's provider's authorization URL (the provider definition's
     * `authorization_url`, map key `provider_authorization_url`): with Browser Auto, a URL on a
     * host of NangoAuth::systemBrowserHosts sends the flow to the system browser. The catalog-driven
     * models set it; empty (the default): NangoAuth looks it up in the catalog when it has a
     * connect session token, else the flow uses the embedded window.
     */
    QUrl providerAuthorizationUrl() const;
    /// Sets providerAuthorizationUrl().
    void setProviderAuthorizationUrl(const QUrl &url);

    /// True when any credential is set (API key, username, password, overrides or others).
    bool hasCredentials() const;

    /**
     * Builds options from a map with the JS SDK's key names: `params`, `hmac`, `user_scope`
     * (list or comma-separated string), `authorization_params`, `credentials` (verbatim: any
     * mode's keys), `detectClosedAuthWindow`, `installation`, `assertionOption`; and NangoQt's
     * own `auth_mode` (a Nango name such as "TBA", or a NangoAuthMode::Mode number) and
     * `required_credentials` (a list of names), `browser` ("auto", "embedded", "system") and
     * `provider_authorization_url`. Unknown top-level keys are reported in @p unknownKeys.
     */
    static NangoAuthOptions fromVariantMap(const QVariantMap &map, QStringList *unknownKeys = nullptr);

private:
    QSharedDataPointer<NangoAuthOptionsData> d;
};

Q_DECLARE_TYPEINFO(NangoAuthOptions, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(NangoAuthOptions)
