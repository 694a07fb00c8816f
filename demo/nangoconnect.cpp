// SPDX-License-Identifier: MIT
// nango-connect — connect one account through Nango from a terminal.
// Secrets come from stdin or the environment, never from the command line.
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>

#include <NangoQt/NangoAuthDialog>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

QString readSecretLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

bool parsePairs(const QStringList &items, QMap<QString, QString> *out, QString *bad)
{
    for (const QString &item : items) {
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *bad = item;
            return false;
        }
        out->insert(item.left(eq), item.mid(eq + 1));
    }
    return true;
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "nango-connect: %s\nTry --help.\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    // The options decide whether a GUI application is needed (only the embedded OAuth modal
    // needs one), so they are read before the application object exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Connect one account through Nango.\n"
        "Authentication: --public-key K, or a connect session token in $NANGO_CONNECT_SESSION_TOKEN\n"
        "(or --session-token-stdin). The public key may also come from $NANGO_PUBLIC_KEY, the host from $NANGO_HOST.\n"
        "Exit status: 0 connected, 1 the flow failed, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("integration"), QStringLiteral("The integration's unique key (provider config key)."));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Nango server URL (default $NANGO_HOST or https://api.nango.dev)."), QStringLiteral("url"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"), QStringLiteral("Environment public key (seed-era auth)."), QStringLiteral("key"));
    const QCommandLineOption sessionToken(QStringLiteral("session-token"), QStringLiteral("Connect session token (prefer $NANGO_CONNECT_SESSION_TOKEN: command lines are visible to other users)."), QStringLiteral("token"));
    const QCommandLineOption tokenStdin(QStringLiteral("session-token-stdin"), QStringLiteral("Read the connect session token from the first line of stdin."));
    const QCommandLineOption connectionId(QStringLiteral("connection-id"), QStringLiteral("Connection id to create (not with a session token)."), QStringLiteral("id"));
    const QCommandLineOption apiKeyStdin(QStringLiteral("api-key-stdin"), QStringLiteral("API-key integration: read the key from stdin."));
    const QCommandLineOption username(QStringLiteral("username"), QStringLiteral("Basic integration: the user name."), QStringLiteral("user"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), QStringLiteral("Basic integration: read the password from stdin."));
    const QCommandLineOption unauthenticated(QStringLiteral("unauthenticated"), QStringLiteral("Create an unauthenticated connection."));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("Connection parameter (repeatable)."), QStringLiteral("k=v"));
    const QCommandLineOption hmac(QStringLiteral("hmac"), QStringLiteral("HMAC digest from your backend."), QStringLiteral("hex"));
    const QCommandLineOption userScope(QStringLiteral("user-scope"), QStringLiteral("Comma-separated user scopes."), QStringLiteral("a,b"));
    const QCommandLineOption authParam(QStringLiteral("authorization-param"), QStringLiteral("Extra OAuth authorization parameter (repeatable)."), QStringLiteral("k=v"));
    const QCommandLineOption noDetect(QStringLiteral("no-detect-closed-window"), QStringLiteral("Keep waiting when the window is closed."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds before the flow fails with 'timeout' (default 600)."), QStringLiteral("s"));
    const QCommandLineOption browser(QStringLiteral("browser"), QStringLiteral("OAuth window: embedded (a modal, the default when a display is available) or system."), QStringLiteral("embedded|system"));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
                                    QStringLiteral("Also trust the CA certificate(s) of this PEM file for the Nango host (in addition to the "
                                                   "system's; certificate checks stay on). Not used by the embedded modal's browser."),
                                    QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print exactly one JSON object on stdout."));
    parser.addOptions({host, publicKey, sessionToken, tokenStdin, browser, connectionId, apiKeyStdin, username, passwordStdin, unauthenticated,
                       param, hmac, userScope, authParam, noDetect, timeout, caCert, json});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("give exactly one integration"));
    const bool oauth = !parser.isSet(apiKeyStdin) && !parser.isSet(username) && !parser.isSet(passwordStdin)
        && !parser.isSet(unauthenticated);
    const bool haveDisplay = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    QString browserMode = parser.value(browser);
    if (browserMode.isEmpty())
        browserMode = haveDisplay ? QStringLiteral("embedded") : QStringLiteral("system");
    if (browserMode != QLatin1String("embedded") && browserMode != QLatin1String("system"))
        return usageError(QStringLiteral("--browser takes embedded or system"));

    std::unique_ptr<QCoreApplication> application;
    if (oauth && browserMode == QLatin1String("embedded"))
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("nango-connect"));

    NangoAuth nango;
    const QString hostValue = parser.isSet(host) ? parser.value(host) : qEnvironmentVariable("NANGO_HOST");
    if (!hostValue.isEmpty())
        nango.setHost(QUrl(hostValue));
    nango.setPublicKey(parser.isSet(publicKey) ? parser.value(publicKey) : qEnvironmentVariable("NANGO_PUBLIC_KEY"));
    nango.setConnectSessionToken(parser.isSet(tokenStdin)     ? readSecretLine()
                                 : parser.isSet(sessionToken) ? parser.value(sessionToken)
                                                              : qEnvironmentVariable("NANGO_CONNECT_SESSION_TOKEN"));
    nango.setBrowser(browserMode == QLatin1String("embedded") ? NangoAuth::Browser::Embedded : NangoAuth::Browser::System);
    if (parser.isSet(caCert) && !nango.addCaCertificates(parser.value(caCert)))
        return usageError(QStringLiteral("--ca-cert: no PEM certificate in \"%1\"").arg(parser.value(caCert)));
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds < 0)
            return usageError(QStringLiteral("--timeout takes a number of seconds"));
        nango.setTimeout(int(seconds * 1000));
    }

    NangoAuthOptions options;
    QMap<QString, QString> pairs;
    QString bad;
    if (!parsePairs(parser.values(param), &pairs, &bad))
        return usageError(QStringLiteral("--param takes k=v, got \"%1\"").arg(bad));
    options.setParams(pairs);
    pairs.clear();
    if (!parsePairs(parser.values(authParam), &pairs, &bad))
        return usageError(QStringLiteral("--authorization-param takes k=v, got \"%1\"").arg(bad));
    options.setAuthorizationParams(pairs);
    options.setHmac(parser.value(hmac));
    if (parser.isSet(userScope))
        options.setUserScope(parser.value(userScope).split(QLatin1Char(','), Qt::SkipEmptyParts));
    options.setDetectClosedAuthWindow(!parser.isSet(noDetect));
    if (parser.isSet(apiKeyStdin) && (parser.isSet(username) || parser.isSet(passwordStdin)))
        return usageError(QStringLiteral("--api-key-stdin and --username/--password-stdin exclude each other"));
    if (parser.isSet(tokenStdin) && (parser.isSet(apiKeyStdin) || parser.isSet(passwordStdin)))
        return usageError(QStringLiteral("only one secret can come from stdin"));
    if (parser.isSet(apiKeyStdin))
        options.setApiKey(readSecretLine());
    if (parser.isSet(username))
        options.setUsername(parser.value(username));
    if (parser.isSet(passwordStdin))
        options.setPassword(readSecretLine());
    else if (parser.isSet(username))
        options.setPassword(qEnvironmentVariable("NANGO_PASSWORD"));

    // Only now that every argument is valid: a usage error must not start Chromium first.
    if (oauth && browserMode == QLatin1String("embedded"))
        NangoAuthDialog::preload();
    const QString integration = parser.positionalArguments().constFirst();
    NangoAuthFlow *flow = parser.isSet(unauthenticated) ? nango.create(integration, parser.value(connectionId), options)
                                                        : nango.auth(integration, parser.value(connectionId), options);
    int exitCode = 1;
    const bool asJson = parser.isSet(json);
    QObject::connect(flow, &NangoAuthFlow::succeeded, &app, [&, flow](const QString &key, const QString &id) {
        exitCode = 0;
        if (asJson) {
            const QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("providerConfigKey"), key},
                                {QStringLiteral("connectionId"), id}, {QStringLiteral("isPending"), flow->isPending()}};
            std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        } else {
            std::printf("Connected %s as connection %s%s\n", qPrintable(key), qPrintable(id), flow->isPending() ? " (pending)" : "");
        }
    });
    QObject::connect(flow, &NangoAuthFlow::failed, &app, [&](const QString &type, const QString &message) {
        exitCode = 1;
        if (asJson) {
            const QJsonObject o{{QStringLiteral("ok"), false}, {QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
            std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        } else {
            std::fprintf(stderr, "Failed (%s): %s\n", qPrintable(type), qPrintable(message));
        }
    });
    QObject::connect(flow, &NangoAuthFlow::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    app.exec();
    std::fflush(stdout);
    return exitCode;
}
