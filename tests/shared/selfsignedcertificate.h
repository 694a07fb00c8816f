// SPDX-License-Identifier: MIT
// Test helper: a self-signed certificate for 127.0.0.1 / localhost, made now with openssl (no
// certificate is ever checked into the repository). It is its own CA, so a client that trusts
// exactly this certificate accepts a server that shows it.
#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

struct SelfSignedCertificate
{
    QString certificateFile; ///< PEM
    QString keyFile;         ///< PEM, unencrypted RSA
    QSslCertificate certificate;
    QSslKey key;
    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

/// Writes cert.pem and key.pem into @p directory (which must exist and outlive their use).
/// Returns a null certificate with @p error filled if openssl is missing or fails.
inline SelfSignedCertificate makeSelfSignedCertificate(const QString &directory, QString *error)
{
    SelfSignedCertificate result;
    const QString cert = directory + QStringLiteral("/cert.pem");
    const QString key = directory + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: %1").arg(QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return result;
    }
    QFile certFile(cert), keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no certificate or key in %1").arg(directory);
        return result;
    }
    result.certificateFile = cert;
    result.keyFile = key;
    result.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    result.key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (result.isNull())
        *error = QStringLiteral("openssl wrote a certificate or key Qt cannot read");
    return result;
}
