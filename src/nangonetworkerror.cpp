// SPDX-License-Identifier: MIT
#include "nangonetworkerror_p.h"

#include "nangoerrortypes.h"
#include "nangomessages_p.h"

namespace NangoQtPrivate {

ConnectFailure connectFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ConnectFailure::Refused;
    case QNetworkReply::HostNotFoundError:
        return ConnectFailure::HostNotFound;
    case QNetworkReply::RemoteHostClosedError:
        return ConnectFailure::ClosedBeforeAnswer;
    case QNetworkReply::SslHandshakeFailedError:
        return ConnectFailure::Tls;
    default:
        return ConnectFailure::Other;
    }
}

ConnectFailure connectFailure(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return ConnectFailure::Refused;
    case QAbstractSocket::HostNotFoundError:
        return ConnectFailure::HostNotFound;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        return ConnectFailure::Unreachable;
    case QAbstractSocket::RemoteHostClosedError:
        return ConnectFailure::ClosedBeforeAnswer;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return ConnectFailure::Tls;
    default:
        return ConnectFailure::Other;
    }
}

NangoError connectError(ConnectFailure failure, const QUrl &where, const QString &detail)
{
    const QString shown = where.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString network = QString::fromLatin1(NangoErrorType::NetworkError);
    switch (failure) {
    case ConnectFailure::Refused: {
        const bool secure = where.scheme() == QLatin1String("https") || where.scheme() == QLatin1String("wss");
        return {network, NangoMessages::tr("Could not connect to the Nango server at %1: connection refused (nothing listens on %2:%3). "
                                           "Check the host setting and that the Nango server is running.")
                             .arg(shown, where.host())
                             .arg(where.port(secure ? 443 : 80))};
    }
    case ConnectFailure::HostNotFound:
        return {network, NangoMessages::tr("Could not connect to the Nango server at %1: host not found. Check the host setting.").arg(shown)};
    case ConnectFailure::Unreachable:
        return {network, NangoMessages::tr("Could not connect to the Nango server at %1: the network or the host is unreachable.").arg(shown)};
    case ConnectFailure::ClosedBeforeAnswer:
        return {network, NangoMessages::tr("The Nango server at %1 closed the connection before answering.").arg(shown)};
    case ConnectFailure::Tls:
        return {QString::fromLatin1(NangoErrorType::TlsError), NangoMessages::tr("The TLS connection to %1 failed: %2").arg(shown, detail)};
    case ConnectFailure::Other:
        break;
    }
    return {network, NangoMessages::tr("Could not reach the Nango server at %1: %2").arg(shown, detail)};
}

} // namespace NangoQtPrivate
