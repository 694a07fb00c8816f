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
 * NangoAuthFlow::authMode(), NangoAuthOptions::setAuthMode(), NangoConnectButton::authMode, the
 * QML `ConnectButton.authMode` (`AuthMode.Tba` in QML), the demo. The names follow Nango's
 * strings (`OAUTH2`, `API_KEY`, `TBA`, ...); fromNangoName() and nangoName() convert. Each mode's
 * endpoint and fields: README "Auth modes".
 *
 * @code
 * const NangoAuthMode::Mode mode = NangoAuthMode::fromNangoName(provider.value("auth_mode").toString());
 * @endcode
 */
namespace NangoAuthMode {
Q_NAMESPACE_EXPORT(NANGOQT_CORE_EXPORT)

/// The auth modes, named after Nango's `auth_mode` strings (fromNangoName(), nangoName()).
enum Mode {
    /// Not known, or not one NangoQt connects; a flow refused before any request has it.
    /// As NangoAuthOptions::authMode(): infer the mode from the credentials (the JS SDK's order).
    Unknown = -1,
    /// `OAUTH2`: Nango's `/oauth/connect` page in a window, the result over a WebSocket
    /// (docs/protocol.md §5). Also `MCP_OAUTH2`, `MCP_OAUTH2_GENERIC` and `INSTALL_PLUGIN`, whose
    /// flow is the same window. With NangoAuthOptions::setInstallation("outbound"):
    /// `POST /auth/oauth-outbound/<integration>`, no window.
    OAuth2 = 0,
    /// `API_KEY`: the user's key, `POST /api-auth/api-key/<integration>`.
    ApiKey = 1,
    /// `BASIC`: a username and password, `POST /api-auth/basic/<integration>`.
    Basic = 2,
    /// `NONE`: nothing to ask, `POST /auth/unauthenticated/<integration>` (NangoAuth::create()).
    None = 3,
    /// `OAUTH1`: the same window as OAuth2.
    OAuth1 = 4,
    /// `OAUTH2_CC`: client credentials, `POST /oauth2/auth/<integration>`.
    OAuth2CC = 5,
    /// `TWO_STEP`: the provider's credentials fields, `POST /auth/two-step/<integration>`.
    TwoStep = 6,
    /// `TBA`: NetSuite token-based auth, `POST /auth/tba/<integration>`.
    Tba = 7,
    /// `JWT`: the provider's credentials fields, `POST /auth/jwt/<integration>`.
    Jwt = 8,
    /// `BILL`: `POST /auth/bill/<integration>`.
    Bill = 9,
    /// `SIGNATURE`: `POST /auth/signature/<integration>`.
    Signature = 10,
    /// `AWS_SIGV4`: an IAM role, `POST /auth/aws-sigv4/<integration>`.
    AwsSigV4 = 11,
    /// `APP`: the same window as OAuth2 (e.g. a GitHub App install).
    App = 12,
    /// `CUSTOM`: the same window as OAuth2 (an app install plus OAuth).
    Custom = 13,
};
Q_ENUM_NS(Mode)

/// Nango's `auth_mode` string (case-insensitive, trimmed) to a Mode: `OAUTH2` (and `MCP_OAUTH2`,
/// `MCP_OAUTH2_GENERIC`, `INSTALL_PLUGIN`) → OAuth2, `OAUTH1` → OAuth1, `OAUTH2_CC` → OAuth2CC,
/// `API_KEY`, `BASIC`, `NONE`, `TWO_STEP`, `TBA`, `JWT`, `BILL`, `SIGNATURE`, `AWS_SIGV4`, `APP`,
/// `CUSTOM` → their mode; anything else → Unknown.
NANGOQT_CORE_EXPORT Mode fromNangoName(QStringView authMode);
/// Nango's string for @p mode (`OAUTH2`, `API_KEY`, `OAUTH2_CC`, `AWS_SIGV4`, ...); empty for Unknown.
NANGOQT_CORE_EXPORT QString nangoName(Mode mode);
/// True for the modes whose credentials the user types into a form: ApiKey, Basic, OAuth2CC,
/// TwoStep, Tba, Jwt, Bill, Signature, AwsSigV4.
NANGOQT_CORE_EXPORT bool needsCredentials(Mode mode);
/// True for the modes that open the authorization window: OAuth2, OAuth1, App, Custom.
NANGOQT_CORE_EXPORT bool usesAuthorizationWindow(Mode mode);
} // namespace NangoAuthMode
