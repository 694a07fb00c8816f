// SPDX-License-Identifier: MIT
// Private: the checks a call passes before any request (docs/protocol.md §1–§2, §7), and which
// flow it runs. Pure functions; exported for the autotests only.
#pragma once

#include "nangoauthsettings_p.h"
#include "nangoerrorparser_p.h"

#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QString>
#include <QUrl>

#include <optional>

namespace NangoQtPrivate {

/// Normalizes a host: trailing slashes stripped. Returns an empty QUrl and fills @p error when
/// it is not an absolute http(s) URL with a host name and without query or fragment.
NANGOQT_CORE_TESTS_EXPORT QUrl normalizeHost(const QUrl &host, QString *error);

/// The Nango server's integration key rule: 1–255 chars of [a-zA-Z0-9~:.@ _-].
NANGOQT_CORE_TESTS_EXPORT bool isValidIntegrationId(const QString &id, QString *why);

/// Whether `<name>[key]=value` reaches the server as the object key @p key: Nango's server parses
/// the query with qs (Express 4: arrayLimit 20), which reads an empty key or `[`/`]` as nesting,
/// `0`–`20` as array indexes, and drops `__proto__`. False with @p why (naming @p name) otherwise.
NANGOQT_CORE_TESTS_EXPORT bool isCarriableParamKey(const QString &name, const QString &key, QString *why);

/**
 * The JS SDK's (`@nangohq/frontend` 0.71) choice of endpoint for @p credentials (spec §1,
 * nango-current.md): the window (OAuth2) for no credentials, for both OAuth override keys (other
 * keys then ignored, unless token_id + token_secret) and — NangoQt, where the SDK refuses — for a
 * lone override key; otherwise its pre-filter (convertCredentialsToConfig) then its order
 * (customAuth): TWO_STEP type, SIGNATURE type + username + password, AWS_SIGV4 type, the four
 * BILL fields, apiKey, username or password (Basic), privateKey or JWT type, token_id +
 * token_secret (TBA), client_id + a secret or a private key (OAUTH2_CC), installation "outbound"
 * (OAuth2, the outbound POST). Unknown where the SDK rejects ("Something went wrong").
 */
NANGOQT_CORE_TESTS_EXPORT NangoAuthMode::Mode inferMode(const QVariantMap &credentials, const QString &installation);

/// Which flow a call runs (docs/protocol.md §2): None for create(), the options' explicit
/// authMode() when known, else inferMode().
NANGOQT_CORE_TESTS_EXPORT NangoAuthMode::Mode flowMode(const NangoAuthOptions &options, bool create);

/// True when the flow of @p mode is `POST /auth/oauth-outbound` (OAuth2 with installation "outbound").
NANGOQT_CORE_TESTS_EXPORT bool isOutbound(NangoAuthMode::Mode mode, const NangoAuthOptions &options);

/// True when the flow of @p mode opens the authorization window (not the outbound POST).
NANGOQT_CORE_TESTS_EXPORT bool opensWindow(NangoAuthMode::Mode mode, const NangoAuthOptions &options);

/// The endpoint of a POST flow, without the integration: "/api-auth/api-key/", "/auth/tba/", ...;
/// empty for the window modes and Unknown.
NANGOQT_CORE_TESTS_EXPORT QByteArray endpointPath(NangoAuthMode::Mode mode, const NangoAuthOptions &options);

/// The JSON body a POST flow sends (after checkMode() accepted the call): the mode's fields of
/// the credentials (Basic: both keys; SIGNATURE and TWO_STEP: their `type` when absent; TWO_STEP:
/// assertionOption), `{}` for None, empty (no body) for the outbound POST.
NANGOQT_CORE_TESTS_EXPORT QByteArray credentialsBody(NangoAuthMode::Mode mode, const NangoAuthOptions &options);

/// The body rules of @p mode (README "Auth modes"): a missing or empty required field →
/// `missing_credentials`, a field a strict body refuses or a value of the wrong shape →
/// `invalid_body`, each naming the field; then the options' requiredCredentials().
NANGOQT_CORE_TESTS_EXPORT std::optional<NangoError> checkCredentials(NangoAuthMode::Mode mode, const NangoAuthOptions &options);

/// The checks every call passes, in this order: the host (normalized into @p normalizedHost), a
/// public key or session token, the integration id, the params and authorization_params keys.
NANGOQT_CORE_TESTS_EXPORT std::optional<NangoError> checkCall(const NangoAuthSettings &settings, const NangoFlowRequest &request,
                                                             QUrl *normalizedHost);

/// The checks of the flow @p mode (flowMode()) after checkCall(): credentials that match no mode
/// (naming their keys), the mode's body rules (checkCredentials()), an HMAC without the
/// connection id it was computed over (every POST flow).
NANGOQT_CORE_TESTS_EXPORT std::optional<NangoError> checkMode(NangoAuthMode::Mode mode, const NangoFlowRequest &request);

} // namespace NangoQtPrivate
