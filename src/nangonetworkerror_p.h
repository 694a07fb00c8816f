// SPDX-License-Identifier: MIT
// Private: a connection that failed, in words, for both transports (the credentials request
// and the WebSocket).
#pragma once

#include "nangoerrorparser_p.h"

#include <NangoQt/nangoqtcore_export.h>

#include <QAbstractSocket>
#include <QNetworkReply>
#include <QUrl>

namespace NangoQtPrivate {

/// Why a connection to the Nango server failed, whatever Qt class reported it.
enum class ConnectFailure {
    Refused,            ///< nothing listens on the host's port
    HostNotFound,       ///< the host name did not resolve
    Unreachable,        ///< no route to the host, or the connect timed out
    ClosedBeforeAnswer, ///< the server closed the connection without answering
    Tls,                ///< the TLS handshake failed (the detail says why)
    Other,              ///< anything else (the detail is Qt's words)
};

NANGOQT_CORE_TESTS_EXPORT ConnectFailure connectFailure(QNetworkReply::NetworkError error);
NANGOQT_CORE_TESTS_EXPORT ConnectFailure connectFailure(QAbstractSocket::SocketError error);

/// The error a flow reports for @p failure when connecting to @p where (the URL the user
/// recognises: the host, or the WebSocket URL): `network_error` or `tls_error`, with a message
/// naming @p where and what to check. @p detail is Qt's or the TLS layer's own words.
NANGOQT_CORE_TESTS_EXPORT NangoError connectError(ConnectFailure failure, const QUrl &where, const QString &detail);

} // namespace NangoQtPrivate
