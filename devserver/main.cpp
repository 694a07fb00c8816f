// SPDX-License-Identifier: MIT
// nango-dev-server: a local Nango-compatible server for the demo and for trying NangoQt with no
// account. Prints "Listening on http://127.0.0.1:<port>" (https with --tls-cert) first, then the keys.
#include "nangodevserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <limits>

#include <cstdio>

using namespace NangoDev;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "nango-dev-server: %s\nTry 'nango-dev-server --help'.\n", qPrintable(message));
    return 2;
}

bool toInt(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

/// Applies one --fault NAME[=VALUE]; false with a message if it's not a known fault.
bool applyFault(Faults &f, const QString &spec, QString *error)
{
    const QString name = spec.section(QLatin1Char('='), 0, 0).trimmed();
    const bool hasValue = spec.contains(QLatin1Char('='));
    const QString value = spec.section(QLatin1Char('='), 1);
    qint64 n = 0;
    const auto number = [&](auto *field) {
        if (!hasValue || !toInt(value, &n) || n > std::numeric_limits<int>::max()) {
            *error = QStringLiteral("--fault %1 needs a number (e.g. %1=500)").arg(name);
            return false;
        }
        *field = decltype(*field + 0)(n);
        return true;
    };
    const auto flag = [&](bool *field) {
        if (hasValue && value != QLatin1String("1") && value != QLatin1String("true")
            && value != QLatin1String("0") && value != QLatin1String("false")) {
            *error = QStringLiteral("--fault %1 takes no value (or true/false)").arg(name);
            return false;
        }
        *field = !hasValue || value == QLatin1String("1") || value == QLatin1String("true");
        return true;
    };
    if (name == QLatin1String("http_delay_ms"))
        return number(&f.httpDelayMs);
    if (name == QLatin1String("ack_delay_ms"))
        return number(&f.ackDelayMs);
    if (name == QLatin1String("huge_frame_bytes"))
        return number(&f.hugeFrameBytes);
    if (name == QLatin1String("drop_websocket_before_ack"))
        return flag(&f.dropWebSocketBeforeAck);
    if (name == QLatin1String("ack_without_id"))
        return flag(&f.ackWithoutId);
    if (name == QLatin1String("garbage_frames"))
        return flag(&f.garbageFrames);
    if (name == QLatin1String("garbage_instead_of_ack"))
        return flag(&f.garbageInsteadOfAck);
    if (name == QLatin1String("unknown_frames"))
        return flag(&f.unknownFrames);
    if (name == QLatin1String("close_after_ack"))
        return flag(&f.closeAfterAck);
    if (name == QLatin1String("never_send_result"))
        return flag(&f.neverSendResult);
    if (name == QLatin1String("html502"))
        return flag(&f.html502);
    if (name == QLatin1String("truncated_json"))
        return flag(&f.truncatedJson);
    if (name == QLatin1String("never_answer"))
        return flag(&f.neverAnswer);
    if (name == QLatin1String("refuse_public_keys"))
        return flag(&f.refusePublicKeys);
    if (name == QLatin1String("api_error_status"))
        return number(&f.apiErrorStatus);
    if (name == QLatin1String("redirect_loop"))
        return flag(&f.redirectLoop);
    if (name == QLatin1String("ok_not_json"))
        return flag(&f.okNotJson);
    if (name == QLatin1String("ok_missing_fields"))
        return flag(&f.okMissingFields);
    if (name == QLatin1String("connect_ui_never_ready"))
        return flag(&f.connectUiNeverReady);
    *error = QStringLiteral("unknown fault \"%1\"").arg(name);
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nango-dev-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Nango-compatible server (HTTP and WebSocket on one port, 127.0.0.1 only) for "
        "NangoQt's demo and tests. Imitates the server side of the Nango frontend protocol."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("3003"));
    const QCommandLineOption eraOption(QStringLiteral("era"), QStringLiteral("Which Nango server generation to imitate: seed or current."),
                                       QStringLiteral("seed|current"), QStringLiteral("current"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Integrations JSON file: an array of integrations, or an object with a provider "
                                                         "catalog, {\"providers\":{…},\"integrations\":[…]} (default: the built-in sample)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption hmacOption(QStringLiteral("hmac-key"), QStringLiteral("Enable HMAC verification with this key."),
                                        QStringLiteral("K"));
    const QCommandLineOption publicKeyOption(QStringLiteral("public-key"), QStringLiteral("Use this public key (a UUID v4) instead of a random one."),
                                             QStringLiteral("UUID"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("Turn on a fault (repeatable): http_delay_ms=N, ack_delay_ms=N, "
                                                        "drop_websocket_before_ack, ack_without_id, garbage_frames, garbage_instead_of_ack, unknown_frames, "
                                                        "close_after_ack, never_send_result, html502, truncated_json, never_answer, "
                                                        "huge_frame_bytes=N, refuse_public_keys, api_error_status=N, redirect_loop, ok_not_json, ok_missing_fields, connect_ui_never_ready."),
                                         QStringLiteral("NAME[=VALUE]"));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
                                           QStringLiteral("Serve HTTPS and WSS with this PEM certificate (needs --tls-key)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"), QStringLiteral("The PEM private key of --tls-cert (unencrypted)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption lifetimeOption(QStringLiteral("session-lifetime"),
                                            QStringLiteral("How long connect session tokens live, in seconds (default 1800; "
                                                           "a short one lets a client try its token refresh)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("1800"));
    const QCommandLineOption wsPathOption(QStringLiteral("websockets-path"),
                                          QStringLiteral("The WebSocket path (default /), also reported as websocketsPath by GET /connect/session."),
                                          QStringLiteral("PATH"), QStringLiteral("/"));
    const QCommandLineOption neverReadyOption(QStringLiteral("connect-ui-never-ready"),
                                              QStringLiteral("The Connect UI page (/connect) never posts `ready` to its host "
                                                             "(for testing a host's 10 s rule; same as --fault connect_ui_never_ready)."));
    parser.addOptions({portOption, eraOption, configOption, hmacOption, publicKeyOption, faultOption, tlsCertOption, tlsKeyOption,
                       lifetimeOption, wsPathOption, neverReadyOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    qint64 port = 0;
    if (!toInt(parser.value(portOption), &port) || port > 65535)
        return usageError(QStringLiteral("--port must be a number from 0 to 65535"));

    NangoDevServer server;
    const QString era = parser.value(eraOption);
    if (era == QLatin1String("seed"))
        server.setEra(Era::Seed);
    else if (era == QLatin1String("current"))
        server.setEra(Era::Current);
    else
        return usageError(QStringLiteral("--era must be seed or current"));

    const QString config = parser.isSet(configOption) ? parser.value(configOption) : NangoDevServer::sampleIntegrationsFile();
    QString error;
    if (!server.loadIntegrations(config, &error))
        return usageError(error);
    if (parser.isSet(hmacOption))
        server.setHmacKey(parser.value(hmacOption));
    if (parser.isSet(publicKeyOption)) {
        const QString key = parser.value(publicKeyOption);
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (!uuid.match(key).hasMatch())
            return usageError(QStringLiteral("--public-key must be a UUID v4"));
        server.setPublicKey(key);
    }
    qint64 lifetime = 0;
    if (!toInt(parser.value(lifetimeOption), &lifetime) || lifetime < 1 || lifetime > 365 * 24 * 3600)
        return usageError(QStringLiteral("--session-lifetime must be a number of seconds from 1 to 31536000"));
    server.setConnectSessionLifetime(int(lifetime));
    const QString wsPath = parser.value(wsPathOption);
    if (!wsPath.startsWith(QLatin1Char('/')) || wsPath.contains(QLatin1Char('?')) || wsPath.contains(QLatin1Char('#')))
        return usageError(QStringLiteral("--websockets-path must be a path starting with /"));
    server.setWebSocketPath(wsPath);
    Faults faults;
    for (const QString &spec : parser.values(faultOption)) {
        if (!applyFault(faults, spec, &error))
            return usageError(error);
    }
    if (parser.isSet(neverReadyOption))
        faults.connectUiNeverReady = true;
    server.setFaults(faults);
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCertOption) && !server.loadTlsCertificate(parser.value(tlsCertOption), parser.value(tlsKeyOption), &error))
        return usageError(error);

    if (!server.listen(quint16(port), &error)) {
        std::fprintf(stderr, "nango-dev-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Listening on %s\n", qPrintable(server.url().toString()));
    std::printf("public key: %s\n", qPrintable(server.publicKey()));
    std::printf("secret key: %s\n", qPrintable(server.secretKey()));
    if (server.era() == Era::Current)
        std::printf("session token: %s\n", qPrintable(server.createConnectSession(QStringLiteral("dev-user"))));
    std::printf("era: %s, integrations: %lld from %s\n", era == QLatin1String("seed") ? "seed" : "current",
                qint64(server.integrations().size()),
                parser.isSet(configOption) ? qPrintable(QDir::toNativeSeparators(config)) : "the built-in sample");
    std::fflush(stdout);
    return app.exec();
}
