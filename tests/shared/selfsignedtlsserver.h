// SPDX-License-Identifier: MIT
// Test helper: a TLS server on 127.0.0.1 with a self-signed certificate made now with openssl.
// Clients that check certificates (all of NangoQt) must refuse it.
#pragma once

#include "selfsignedcertificate.h"

#include <QSslServer>
#include <QTemporaryDir>

#include <memory>

/// Returns a listening server, or nullptr with @p error filled.
inline std::unique_ptr<QSslServer> startSelfSignedTlsServer(QString *error)
{
    QTemporaryDir dir;
    const SelfSignedCertificate cert = makeSelfSignedCertificate(dir.path(), error);
    if (cert.isNull())
        return nullptr;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(cert.certificate);
    config.setPrivateKey(cert.key);
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    if (!server->listen(QHostAddress::LocalHost)) {
        *error = server->errorString();
        return nullptr;
    }
    return server;
}
