// SPDX-License-Identifier: MIT
#include "nangoerrorparser_p.h"

#include "nangoerrortypes.h"
#include "nangomessages_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace NangoQtPrivate {

namespace {


// Server messages for codes that some servers send without one (docs/protocol.md §4.2): the
// English source text, nullptr for a code without one.
const char *knownSource(const QString &code)
{
    static const QHash<QString, const char *> messages = {
        {QStringLiteral("missing_public_key"), QT_TRANSLATE_NOOP("NangoAuth", "Authentication failed. The request is missing a valid public key parameter.")},
        {QStringLiteral("invalid_public_key"), QT_TRANSLATE_NOOP("NangoAuth", "Authentication failed. The provided public key is not a UUID v4.")},
        {QStringLiteral("unknown_account"), QT_TRANSLATE_NOOP("NangoAuth", "Authentication failed. The provided authorization header does not match any account.")},
        {QStringLiteral("unknown_user_account"), QT_TRANSLATE_NOOP("NangoAuth", "Authentication failed. The provided public key does not match any account.")},
        {QStringLiteral("invalid_connect_session_token_format"), QT_TRANSLATE_NOOP("NangoAuth", "Authentication failed. The connect session token is not in the expected format (nango_connect_session_ followed by 64 hexadecimal characters).")},
        {QStringLiteral("unknown_connect_session_token"), QT_TRANSLATE_NOOP("NangoAuth", "Authentication failed. The connect session token is unknown or has expired (tokens live 30 minutes): ask your backend for a new one.")},
        {QStringLiteral("missing_hmac"), QT_TRANSLATE_NOOP("NangoAuth", "Missing param 'hmac'.")},
        {QStringLiteral("invalid_hmac"), QT_TRANSLATE_NOOP("NangoAuth", "Invalid HMAC signature.")},
        {QStringLiteral("unknown_provider_config"), QT_TRANSLATE_NOOP("NangoAuth", "There is no integration with this key in the Nango environment: check the integration id.")},
        {QStringLiteral("integration_not_allowed"), QT_TRANSLATE_NOOP("NangoAuth", "This integration is not allowed by the connect session token.")},
        {QStringLiteral("invalid_auth_mode"), QT_TRANSLATE_NOOP("NangoAuth", "The integration does not use this kind of authentication.")},
        {QStringLiteral("connection_test_failed"), QT_TRANSLATE_NOOP("NangoAuth", "The given credentials were found to be invalid. Please check the credentials and try again.")},
        {QStringLiteral("too_many_request"), QT_TRANSLATE_NOOP("NangoAuth", "Too many requests: the Nango server asks to slow down. Try again in a moment.")},
        {QStringLiteral("server_error"), QT_TRANSLATE_NOOP("NangoAuth", "The Nango server had an internal error.")},
        {QStringLiteral("invalid_connection"), QT_TRANSLATE_NOOP("NangoAuth", "The connection this reconnect session was made for no longer exists (it was deleted). Connect the account anew with a regular connect session (POST /connect/sessions on your backend), or make a reconnect session for a connection that exists.")},
        {QStringLiteral("invalid_credentials"), QT_TRANSLATE_NOOP("NangoAuth", "The provider refused the given credentials. Please check them and try again.")},
        {QStringLiteral("missing_connect_session_token"), QT_TRANSLATE_NOOP("NangoAuth", "Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect.")},
        {QStringLiteral("invalid_content_type"), QT_TRANSLATE_NOOP("NangoAuth", "The Nango server refused the request's content type.")},
    };
    const auto it = messages.constFind(code);
    return it == messages.cend() ? nullptr : it.value();
}

// The same, in NangoQt's language (NangoTranslations); empty for a code without one.
QString knownMessage(const QString &code)
{
    const char *source = knownSource(code);
    return source ? NangoMessages::tr(source) : QString();
}

std::optional<NangoError> fromJson(const QJsonObject &root)
{
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isString()) { // seed era: {"error":"<message>","type":"<code>"}
        const QString type = root.value(QLatin1String("type")).toString();
        return NangoError{type, error.toString()};
    }
    if (error.isObject()) { // current era: {"error":{"code","message","payload"|"errors"}}
        const QJsonObject e = error.toObject();
        QString code = e.value(QLatin1String("code")).toString();
        QString message = e.value(QLatin1String("message")).toString();
        if (message.isEmpty()) {
            const QJsonArray errors = e.value(QLatin1String("errors")).toArray();
            if (!errors.isEmpty()) {
                const QJsonObject first = errors.first().toObject();
                message = first.value(QLatin1String("message")).toString();
                QStringList path;
                for (const QJsonValue &p : first.value(QLatin1String("path")).toArray())
                    path << (p.isDouble() ? QString::number(p.toInt()) : p.toString());
                if (!path.isEmpty() && !message.isEmpty())
                    message = QStringLiteral("%1 (%2)").arg(message, path.join(QLatin1Char('.')));
            }
        }
        if (code.isEmpty() && message.isEmpty())
            return std::nullopt;
        return NangoError{code, message};
    }
    return std::nullopt;
}

} // namespace

QString serverWords(const QString &serverMessage)
{
    return NangoMessages::tr("%1", "@info a message the Nango server wrote, shown untranslated: mark it as the server's words").arg(serverMessage);
}

QString messageForCode(const QString &code, const QString &serverMessage)
{
    if (code == QLatin1String("deprecated_authentication")) {
        const QString base = serverMessage.trimmed().isEmpty()
            ? NangoMessages::tr("Public key authentication is deprecated. Please use connect session authentication instead.")
            : serverWords(serverMessage);
        return base + QLatin1Char(' ')
            + NangoMessages::tr("Nango refuses public keys for accounts created after 2025-08-25, which includes every fresh self-hosted Nango: "
                 "have your backend mint a connect session token (POST /connect/sessions) and connect with it instead of the public key, "
                 "or ask the server's operator to move PUBLIC_AUTHENTICATION_DEPRECATION_DATE to a later date.");
    }
    const QString known = knownMessage(code);
    if (!serverMessage.trimmed().isEmpty()) { // a blank server message is no message
        // The server writes English. In another language NangoQt's own wording of a known code
        // is the better message; any other server text is shown as it came, marked as the
        // server's words (in English the mark is empty: "%1").
        if (!known.isEmpty() && known != QLatin1String(knownSource(code)))
            return known;
        return serverWords(serverMessage);
    }
    if (!known.isEmpty())
        return known;
    QString words = code;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return NangoMessages::tr("The Nango server refused the request: %1.").arg(words.isEmpty() ? NangoMessages::tr("no reason given") : words);
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.remove(scripts);
    text.replace(tags, QStringLiteral(" "));
    text.replace(spaces, QStringLiteral(" "));
    // Control characters out, so an excerpt is one printable line.
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    text = text.trimmed();
    if (text.size() > maxChars) {
        qsizetype keep = maxChars - 1;
        if (keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep; // never cut a surrogate pair (an emoji) in two
        text = text.left(keep) + QChar(0x2026);
    }
    return text;
}

std::optional<NangoError> parseErrorDocument(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    auto error = fromJson(doc.object());
    if (!error)
        return std::nullopt;
    if (error->type.isEmpty())
        error->type = QString::fromLatin1(NangoErrorType::InvalidResponse);
    error->message = messageForCode(error->type, error->message);
    return error;
}

NangoError parseErrorBody(int httpStatus, const QByteArray &body)
{
    if (auto error = parseErrorDocument(body))
        return *error;

    const QString excerpt = bodyExcerpt(body);
    NangoError error;
    error.type = QString::fromLatin1(NangoErrorType::InvalidResponse);
    if (body.trimmed().isEmpty())
        error.message = NangoMessages::tr("The Nango server answered HTTP %1 with an empty body.").arg(httpStatus);
    else
        error.message = NangoMessages::tr("The Nango server answered HTTP %1 with an unexpected body: \"%2\".").arg(httpStatus).arg(excerpt);
    return error;
}

} // namespace NangoQtPrivate
