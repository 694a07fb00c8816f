// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QString>
#include <QStringView>

/**
 * @brief How an integration authenticates: Nango's `auth_mode` of its provider.
 *
 * One type for every place that needs to know which flow (and which form) an integration takes:
 * NangoAuthFlow::authMode(), NangoConnectButton::authMode, the QML `ConnectButton.authMode`
 * (`AuthMode.ApiKey` in QML), the demo. The names follow Nango's strings (`OAUTH2`, `API_KEY`,
 * `BASIC`, `NONE`); fromNangoName() and nangoName() convert.
 *
 * @code
 * const NangoAuthMode::Mode mode = NangoAuthMode::fromNangoName(provider.value("auth_mode").toString());
 * @endcode
 */
namespace NangoAuthMode {
Q_NAMESPACE_EXPORT(NANGOQT_CORE_EXPORT)

enum Mode {
    /// Not known, or not one NangoQt connects (yet); a flow refused before any request has it.
    Unknown = -1,
    /// `OAUTH2`: Nango's `/oauth/connect` page in a window, the result over a WebSocket
    /// (docs/protocol.md §5). `OAUTH1`, `APP` and `CUSTOM`, whose flow is the same window, map
    /// here too (until they need their own handling).
    OAuth2 = 0,
    /// `API_KEY`: the user's key, `POST /api-auth/api-key/<integration>`.
    ApiKey = 1,
    /// `BASIC`: a username and password, `POST /api-auth/basic/<integration>`.
    Basic = 2,
    /// `NONE`: nothing to ask, `POST /auth/unauthenticated/<integration>` (NangoAuth::create()).
    None = 3,
};
Q_ENUM_NS(Mode)

/// Nango's `auth_mode` string (case-insensitive) to a Mode: `OAUTH2`, `OAUTH1`, `APP`, `CUSTOM` → OAuth2,
/// `API_KEY` → ApiKey, `BASIC` → Basic, `NONE` → None; anything else → Unknown.
NANGOQT_CORE_EXPORT Mode fromNangoName(QStringView authMode);
/// Nango's string for @p mode (`OAUTH2`, `API_KEY`, `BASIC`, `NONE`); empty for Unknown.
NANGOQT_CORE_EXPORT QString nangoName(Mode mode);
/// True for the modes whose credentials the user types into a form (ApiKey, Basic).
NANGOQT_CORE_EXPORT bool needsCredentials(Mode mode);
} // namespace NangoAuthMode
