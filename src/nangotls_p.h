// SPDX-License-Identifier: MIT
// Private: the TLS configuration of NangoAuth's own connections.
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace NangoQtPrivate {

/// The TLS configuration of a flow's own connections (the credentials request, the WebSocket):
/// Qt's default, with the system CAs plus @p extraCas when there are any. Checks are never relaxed.
NANGOQT_CORE_TESTS_EXPORT QSslConfiguration sslConfiguration(const QList<QSslCertificate> &extraCas);

} // namespace NangoQtPrivate
