// SPDX-License-Identifier: MIT
// Test helper: a TLS server on 127.0.0.1 with a self-signed certificate made now with openssl.
// Clients that check certificates (all of NangoQt) must refuse it.
#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>

#include <memory>

/// Returns a listening server, or nullptr with @p error filled.
inline std::unique_ptr<QSslServer> startSelfSignedTlsServer(QString *error)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const int rc = QProcess::execute(QStringLiteral("openssl"),
                                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                      QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QFile certFile(cert), keyFile(key);
    if (rc != 0 || !certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl could not make a certificate (exit %1)").arg(rc);
        return nullptr;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    if (!server->listen(QHostAddress::LocalHost)) {
        *error = server->errorString();
        return nullptr;
    }
    return server;
}
