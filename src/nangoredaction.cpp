// SPDX-License-Identifier: MIT
#include "nangoredaction_p.h"

#include <QByteArrayList>

namespace NangoQtPrivate {

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty()) {
        QByteArrayList parts = query.split('&');
        for (QByteArray &part : parts) {
            const int eq = part.indexOf('=');
            const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
            // session_token: the token of a connect link (NangoConnectUISession in the system browser).
            if (key == "connect_session_token" || key == "session_token" || key == "hmac" || key.startsWith("credentials["))
                part = part.left(eq < 0 ? part.size() : eq) + "=***";
        }
        copy.setQuery(QString::fromLatin1(parts.join('&')), QUrl::StrictMode);
    }
    copy.setFragment(QString());
    return copy.toString(QUrl::FullyEncoded);
}

} // namespace NangoQtPrivate
