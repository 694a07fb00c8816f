// SPDX-License-Identifier: MIT
// Identifiers and secrets: the ones the dev server makes (UUIDs, random hex, HMAC signatures) and
// the formats it checks in requests (public key, connection id, integration key, session token).
#include "nangodevserver_p.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace NangoDev {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString hmacHex(const QString &key, const QString &message)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message.toUtf8(), key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isUuidV4(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

bool isValidConnectionId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9,.;:=+~\\[\\]|@${}\"'\\\\/_ -]+$"));
    return id.size() <= 255 && re.match(id).hasMatch();
}

bool isValidIntegrationKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9~:.@ _-]+$"));
    return key.size() <= 255 && re.match(key).hasMatch();
}

bool isSessionTokenFormat(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^nango_connect_session_[a-f0-9]{64}$"));
    return re.match(token).hasMatch();
}

} // namespace NangoDev
