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
/// The host is not an absolute http(s) URL, or has a query, fragment or user info.
inline constexpr char InvalidHostUrl[] = "invalid_host_url";
/// Neither a public key nor a connect session token (and no token provider to ask).
inline constexpr char MissingAuthToken[] = "missing_auth_token";
/// Credentials that match no auth mode, or a mode's required field missing or empty (the
/// message names it); found before any request.
inline constexpr char MissingCredentials[] = "missing_credentials";
/// The integration id is empty, longer than 255 characters, or outside Nango's `[a-zA-Z0-9~:.@ _-]`.
inline constexpr char InvalidIntegrationId[] = "invalid_integration_id";
/// A params / authorization_params key the server's query parser (qs) would turn into something
/// else: empty, with [ or ], __proto__, or an array index 0–20. NangoQt's own type.
inline constexpr char InvalidParams[] = "invalid_params";
/// The user closed the window, or cancel() was called.
inline constexpr char AuthorizationCancelled[] = "authorization_cancelled";
/// Connection refused, host not found, unreachable, reset (the message names the host and port).
inline constexpr char NetworkError[] = "network_error";
/// A certificate or TLS failure (NangoQt never ignores one).
inline constexpr char TlsError[] = "tls_error";
/// No result within NangoAuth::timeout, no WebSocket acknowledgement within 15 s, or one HTTP
/// request unanswered within NangoAuth::requestTimeout.
inline constexpr char Timeout[] = "timeout";
/// A reply that is not Nango's JSON, a redirect on an API call, a body over 1 MiB, or a result
/// frame before the acknowledgement.
inline constexpr char InvalidResponse[] = "invalid_response";
/// The server refused the WebSocket upgrade, or the socket died, stopped answering pings or sent
/// a frame over 1 MiB before the result.
inline constexpr char WebSocketClosed[] = "websocket_closed";
/// `hmac` given for a call that POSTs without a connection id (the server could never accept it).
inline constexpr char MissingConnectionId[] = "missing_connection_id";
/// NangoAuth::reconnect() without a connect session token: the app's backend makes one with
/// `POST /connect/sessions/reconnect` (the JS SDK's code).
inline constexpr char MissingConnectSessionToken[] = "missing_connect_session_token";
/// Credentials a mode's strict body refuses (a field it does not take, a value of the wrong
/// shape), found before any request; the Nango server's own code for the same refusal.
inline constexpr char InvalidBody[] = "invalid_body";
/// The server's WebSocket acknowledgement had no `ws_client_id`.
inline constexpr char MissingWsClientId[] = "missing_ws_client_id";
/// No window could be shown: no embedded browser registered (Browser::Embedded), the system
/// browser's opener failed, or the provider refused the embedded browser.
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
