// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * The error types NangoQt itself reports in failed(type, message) — docs/protocol.md §7 — and
 * the two it gives a Nango server's result when the server did not name one. Other codes sent
 * by the Nango server (e.g. "invalid_hmac", "unknown_provider_config") pass through unchanged
 * and are not listed here. QML sees the same constants as `ErrorType.<name>` (e.g.
 * `ErrorType.AuthorizationCancelled`).
 */
namespace NangoErrorType {
inline constexpr char InvalidHostUrl[] = "invalid_host_url";
inline constexpr char MissingAuthToken[] = "missing_auth_token";
inline constexpr char MissingCredentials[] = "missing_credentials";
inline constexpr char InvalidIntegrationId[] = "invalid_integration_id";
/// A params / authorization_params key the server's query parser (qs) would turn into something
/// else: empty, with [ or ], __proto__, or an array index 0–20. NangoQt's own type.
inline constexpr char InvalidParams[] = "invalid_params";
inline constexpr char AuthorizationCancelled[] = "authorization_cancelled";
inline constexpr char NetworkError[] = "network_error";
inline constexpr char TlsError[] = "tls_error";
inline constexpr char Timeout[] = "timeout";
inline constexpr char InvalidResponse[] = "invalid_response";
inline constexpr char WebSocketClosed[] = "websocket_closed";
inline constexpr char MissingConnectionId[] = "missing_connection_id";
/// NangoAuth::reconnect() without a connect session token: the app's backend makes one with
/// `POST /connect/sessions/reconnect` (the JS SDK's code).
inline constexpr char MissingConnectSessionToken[] = "missing_connect_session_token";
/// Credentials a mode's strict body refuses (a field it does not take, a value of the wrong
/// shape), found before any request; the Nango server's own code for the same refusal.
inline constexpr char InvalidBody[] = "invalid_body";
inline constexpr char MissingWsClientId[] = "missing_ws_client_id";
inline constexpr char BlockedByBrowser[] = "blocked_by_browser";
/// The Nango server's callback page showed an error and no result frame came (the provider
/// refused, or the callback failed before the server could answer on the WebSocket).
inline constexpr char CallbackError[] = "callback_err";
/// The hosted Connect UI (NangoAuth::openConnectUI()) sent no `ready` message within
/// NangoConnectUIOptions::readyTimeout (10 s): a wrong baseUrl, a server that does not answer,
/// or one that refuses to be framed (X-Frame-Options). NangoQt's own type; the session closes.
inline constexpr char ConnectUINotReady[] = "connect_ui_not_ready";
/// An error frame from the Nango server without an error type.
inline constexpr char UnknownError[] = "unknown_err";

// Codes of the Nango server NangoQt acts on (they pass through as the server sends them).
/// 401: the connect session token expired (30 minutes) or is unknown. NangoAuth asks the app
/// for a fresh one once (NangoAuth::setConnectSessionTokenProvider()) and retries the request.
inline constexpr char UnknownConnectSessionToken[] = "unknown_connect_session_token";
/// 400: the connection a reconnect session was made for no longer exists.
inline constexpr char InvalidConnection[] = "invalid_connection";
/// TBA's refused credentials, which the server sends inside an HTTP 200 answer.
inline constexpr char InvalidCredentials[] = "invalid_credentials";
} // namespace NangoErrorType
