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

/// Which flow a call runs (docs/protocol.md §2): None for create(), ApiKey or Basic for those
/// credentials, OAuth2 for none, Unknown for credentials NangoQt cannot send.
NANGOQT_CORE_TESTS_EXPORT NangoAuthMode::Mode flowMode(const NangoAuthOptions &options, bool create);

/// The checks every call passes, in this order: the host (normalized into @p normalizedHost), a
/// public key or session token, the integration id, the params and authorization_params keys.
NANGOQT_CORE_TESTS_EXPORT std::optional<NangoError> checkCall(const NangoAuthSettings &settings, const NangoFlowRequest &request,
                                                             QUrl *normalizedHost);

/// The checks of the flow @p mode (flowMode()) after checkCall(): an empty API key, credentials
/// NangoQt cannot send, an HMAC without the connection id it was computed over.
NANGOQT_CORE_TESTS_EXPORT std::optional<NangoError> checkMode(NangoAuthMode::Mode mode, const NangoFlowRequest &request);

} // namespace NangoQtPrivate
