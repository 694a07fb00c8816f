// SPDX-License-Identifier: MIT
#include "nangotls_p.h"

namespace NangoQtPrivate {

QSslConfiguration sslConfiguration(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!extraCas.isEmpty()) {
        // Setting a CA list turns off Qt's on-demand loading of the system CAs: keep them
        // explicitly, the app's CAs are an addition, not a replacement.
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCas);
    }
    return config;
}

} // namespace NangoQtPrivate
