// SPDX-License-Identifier: MIT
#include "nangoconnect_args.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <climits>
#include <cmath>

namespace NangoConnect {

namespace {

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

/// A window dimension: a positive number of pixels.
bool parseDimension(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok, 10);
    if (!ok || value <= 0)
        return false;
    *out = value;
    return true;
}

/// --json among the arguments, for a command line QCommandLineParser could not parse
/// ("--" ends the options).
bool argumentsAskForJson(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            return false;
        if (arguments.at(i) == QLatin1String("--json"))
            return true;
    }
    return false;
}

ParseResult usageError(const QString &message, bool json)
{
    ParseResult r;
    r.kind = ParseResult::Kind::UsageError;
    r.text = message;
    r.json = json;
    return r;
}

} // namespace

ParseResult parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Connect one account through Nango.\n"
        "Authentication: --public-key K, or a connect session token in $NANGO_CONNECT_SESSION_TOKEN\n"
        "(or --session-token-stdin). The public key may also come from $NANGO_PUBLIC_KEY, the host from\n"
        "$NANGO_HOST, the WebSocket path from $NANGO_WEBSOCKETS_PATH (each used when its option is absent).\n"
        "Credentials of any auth mode: --credentials-stdin reads the JS SDK's credentials object as JSON from\n"
        "stdin, e.g. {\"token_id\":\"...\",\"token_secret\":\"...\"} (TBA) or {\"client_id\":\"...\",\"client_secret\":\"...\"}\n"
        "(OAUTH2_CC); the endpoint is the --auth-mode's, else inferred from the keys as the JS SDK does.\n"
        "Exit status: 0 connected, 1 the flow failed, 2 usage error. Every run ends with exactly one\n"
        "verdict (with --json: exactly one JSON object on stdout), usage errors included; SIGINT or\n"
        "SIGTERM cancels the flow (authorization_cancelled, exit 1). Without --debug, stderr carries\n"
        "only nango-connect's own lines.\n"
        "--catalog session|integrations|providers|providers/NAME [--search S] [--json] prints what the\n"
        "session may connect instead of connecting (a provider's form: its fields, in order)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("integration"), QStringLiteral("The integration's unique key (provider config key)."));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Nango server URL (default $NANGO_HOST or https://api.nango.dev)."), QStringLiteral("url"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"), QStringLiteral("Environment public key (seed-era auth)."), QStringLiteral("key"));
    const QCommandLineOption sessionToken(QStringLiteral("session-token"), QStringLiteral("Connect session token (prefer $NANGO_CONNECT_SESSION_TOKEN: command lines are visible to other users)."), QStringLiteral("token"));
    const QCommandLineOption tokenStdin(QStringLiteral("session-token-stdin"), QStringLiteral("Read the connect session token from the first line of stdin."));
    const QCommandLineOption websocketsPath(QStringLiteral("websockets-path"),
                                            QStringLiteral("OAuth: the server's WebSocket path, resolved against the host (default "
                                                           "$NANGO_WEBSOCKETS_PATH or /; a self-hosted Nango may serve it elsewhere)."),
                                            QStringLiteral("path"));
    const QCommandLineOption connectionId(QStringLiteral("connection-id"), QStringLiteral("Connection id to create (not with a session token)."), QStringLiteral("id"));
    const QCommandLineOption apiKeyStdin(QStringLiteral("api-key-stdin"), QStringLiteral("API-key integration: read the key from stdin."));
    const QCommandLineOption username(QStringLiteral("username"), QStringLiteral("Basic integration: the user name."), QStringLiteral("user"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), QStringLiteral("Basic integration: read the password from stdin (else $NANGO_PASSWORD)."));
    const QCommandLineOption credentialsStdin(QStringLiteral("credentials-stdin"),
                                              QStringLiteral("Read the credentials (one JSON object, the JS SDK's `credentials`) from stdin; "
                                                             "never echoed or logged."));
    const QCommandLineOption authMode(QStringLiteral("auth-mode"),
                                      QStringLiteral("The integration's auth mode, Nango's name (API_KEY, BASIC, OAUTH2, OAUTH2_CC, TBA, JWT, "
                                                     "TWO_STEP, BILL, SIGNATURE, AWS_SIGV4, ...): its endpoint, and its fields checked "
                                                     "before sending (default: inferred from the credentials)."),
                                      QStringLiteral("MODE"));
    const QCommandLineOption installation(QStringLiteral("installation"),
                                          QStringLiteral("outbound: an OAUTH2 integration installed from the provider's side "
                                                         "(POST /auth/oauth-outbound, no window)."),
                                          QStringLiteral("outbound"));
    const QCommandLineOption reconnect(QStringLiteral("reconnect"),
                                       QStringLiteral("Re-authorize the connection of a reconnect session: the session token (from "
                                                      "$NANGO_CONNECT_SESSION_TOKEN or --session-token-stdin) must come from "
                                                      "POST /connect/sessions/reconnect."));
    const QCommandLineOption unauthenticated(QStringLiteral("unauthenticated"), QStringLiteral("Create an unauthenticated connection."));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("Connection parameter (repeatable)."), QStringLiteral("k=v"));
    const QCommandLineOption hmac(QStringLiteral("hmac"), QStringLiteral("HMAC digest from your backend."), QStringLiteral("hex"));
    const QCommandLineOption userScope(QStringLiteral("user-scope"), QStringLiteral("Comma-separated user scopes."), QStringLiteral("a,b"));
    const QCommandLineOption authParam(QStringLiteral("authorization-param"), QStringLiteral("Extra OAuth authorization parameter (repeatable)."), QStringLiteral("k=v"));
    const QCommandLineOption noDetect(QStringLiteral("no-detect-closed-window"),
                                      QStringLiteral("Closing the OAuth window does not cancel: the flow keeps waiting for a late "
                                                     "result until --timeout (then 'timeout')."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds before the flow fails with 'timeout' (default 600; 0 = no limit)."), QStringLiteral("s"));
    const QCommandLineOption browser(QStringLiteral("browser"), QStringLiteral("OAuth window: embedded (a modal, the default when a display is available) or system."), QStringLiteral("embedded|system"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("OAuth modal width in pixels (default 500; bounded by the screen)."), QStringLiteral("px"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("OAuth modal height in pixels (default 600; bounded by the screen)."), QStringLiteral("px"));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
                                    QStringLiteral("Also trust the CA certificate(s) of this PEM file for the Nango host (in addition to the "
                                                   "system's; certificate checks stay on). Not used by the embedded modal's browser."),
                                    QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print exactly one JSON object on stdout: the result, or the usage error."));
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   QStringLiteral("Print NangoQt's debug log (nangoqt.*, secrets redacted) and the messages of Qt, QtWebEngine and "
                                                  "Chromium on stderr. Without it, stderr carries only nango-connect's own lines."));
    parser.addOptions({host, publicKey, sessionToken, tokenStdin, websocketsPath, browser, width, height, connectionId, apiKeyStdin,
                       username, passwordStdin, credentialsStdin, authMode, installation, reconnect, unauthenticated, param, hmac, userScope, authParam, noDetect, timeout, caCert, json, debug});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), argumentsAskForJson(arguments));
    if (parser.isSet(QStringLiteral("help")) || parser.optionNames().contains(QStringLiteral("help-all"))) {
        ParseResult r;
        r.kind = ParseResult::Kind::Help;
        // Without an application object the parser cannot know the program's name.
        r.text = parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("nango-connect"));
        return r;
    }
    const bool asJson = parser.isSet(json);
    // A usage error answers in JSON also when "--json" was taken as another option's value.
    const bool errorAsJson = asJson || argumentsAskForJson(arguments);
    const auto fail = [errorAsJson](const QString &message) { return usageError(message, errorAsJson); };

    Settings s;
    s.json = asJson;
    s.debug = parser.isSet(debug);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("give exactly one integration"));
    s.integration = parser.positionalArguments().constFirst();
    s.unauthenticated = parser.isSet(unauthenticated);
    s.reconnect = parser.isSet(reconnect);
    if (parser.isSet(installation)) {
        s.installation = parser.value(installation);
        if (s.installation != QLatin1String("outbound"))
            return fail(QStringLiteral("--installation takes outbound, got \"%1\"").arg(s.installation));
    }
    if (parser.isSet(authMode)) {
        s.authMode = NangoAuthMode::fromNangoName(parser.value(authMode));
        if (s.authMode == NangoAuthMode::Unknown)
            return fail(QStringLiteral("--auth-mode takes one of Nango's auth modes (API_KEY, BASIC, NONE, OAUTH2, OAUTH1, OAUTH2_CC, TBA, "
                                       "JWT, TWO_STEP, BILL, SIGNATURE, AWS_SIGV4, APP, CUSTOM), got \"%1\"")
                            .arg(parser.value(authMode)));
    }
    if (s.unauthenticated && (s.reconnect || parser.isSet(credentialsStdin) || parser.isSet(installation)))
        return fail(QStringLiteral("--unauthenticated takes no credentials, --installation or --reconnect"));
    s.oauth = !parser.isSet(apiKeyStdin) && !parser.isSet(username) && !parser.isSet(passwordStdin) && !parser.isSet(credentialsStdin)
        && !s.unauthenticated && s.installation.isEmpty();
    if (s.authMode != NangoAuthMode::Unknown)
        s.oauth = NangoAuthMode::usesAuthorizationWindow(s.authMode) && !s.unauthenticated
            && !(s.authMode == NangoAuthMode::OAuth2 && !s.installation.isEmpty());

    s.display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    const QString browserMode = parser.isSet(browser) ? parser.value(browser)
                                                      : s.display ? QStringLiteral("embedded") : QStringLiteral("system");
    if (browserMode == QLatin1String("embedded"))
        s.browser = Settings::Browser::Embedded;
    else if (browserMode == QLatin1String("system"))
        s.browser = Settings::Browser::System;
    else
        return fail(QStringLiteral("--browser takes embedded or system"));

    s.host = parser.isSet(host) ? parser.value(host) : qEnvironmentVariable("NANGO_HOST");
    s.publicKey = parser.isSet(publicKey) ? parser.value(publicKey) : qEnvironmentVariable("NANGO_PUBLIC_KEY");
    if (!parser.isSet(tokenStdin))
        s.sessionToken = parser.isSet(sessionToken) ? parser.value(sessionToken) : qEnvironmentVariable("NANGO_CONNECT_SESSION_TOKEN");
    if (parser.isSet(websocketsPath)) {
        s.websocketsPath = parser.value(websocketsPath);
        if (s.websocketsPath.isEmpty())
            return fail(QStringLiteral("--websockets-path takes a path, e.g. /ws"));
    } else {
        s.websocketsPath = qEnvironmentVariable("NANGO_WEBSOCKETS_PATH"); // empty: the default
    }
    if (parser.isSet(width) && !parseDimension(parser.value(width), &s.width))
        return fail(QStringLiteral("--width takes a positive number of pixels, got \"%1\"").arg(parser.value(width)));
    if (parser.isSet(height) && !parseDimension(parser.value(height), &s.height))
        return fail(QStringLiteral("--height takes a positive number of pixels, got \"%1\"").arg(parser.value(height)));

    // The file is read in run(), once the application object exists: loading a certificate before
    // it makes Qt 6.4 set up its TLS backend without one (a QObject::connect() warning).
    s.caCertificateFile = parser.value(caCert);
    if (parser.isSet(caCert) && s.caCertificateFile.isEmpty())
        return fail(QStringLiteral("--ca-cert takes a PEM file"));
    if (parser.isSet(timeout)) {
        constexpr double MaxSeconds = INT_MAX / 1000;
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > MaxSeconds)
            return fail(QStringLiteral("--timeout takes a number of seconds from 0 (no limit) to %1").arg(MaxSeconds, 0, 'f', 0));
        // A tiny positive timeout stays a timeout: rounding it to 0 would mean "no limit".
        s.timeoutMs = seconds == 0 ? 0 : qMax(1, int(std::ceil(seconds * 1000)));
    }

    QString bad;
    if (!parsePairs(parser.values(param), &s.params, &bad))
        return fail(QStringLiteral("--param takes k=v, got \"%1\"").arg(bad));
    if (!parsePairs(parser.values(authParam), &s.authorizationParams, &bad))
        return fail(QStringLiteral("--authorization-param takes k=v, got \"%1\"").arg(bad));
    s.hmac = parser.value(hmac);
    s.hasUserScope = parser.isSet(userScope);
    if (s.hasUserScope)
        s.userScope = parser.value(userScope).split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.detectClosedWindow = !parser.isSet(noDetect);
    s.connectionId = parser.value(connectionId);

    if (parser.isSet(apiKeyStdin) && (parser.isSet(username) || parser.isSet(passwordStdin)))
        return fail(QStringLiteral("--api-key-stdin and --username/--password-stdin exclude each other"));
    if (parser.isSet(credentialsStdin) && (parser.isSet(apiKeyStdin) || parser.isSet(username) || parser.isSet(passwordStdin)))
        return fail(QStringLiteral("--credentials-stdin and --api-key-stdin/--username/--password-stdin exclude each other"));
    if (parser.isSet(tokenStdin) && (parser.isSet(apiKeyStdin) || parser.isSet(passwordStdin) || parser.isSet(credentialsStdin)))
        return fail(QStringLiteral("only one secret can come from stdin"));
    s.apiKey = parser.isSet(apiKeyStdin);
    s.hasUsername = parser.isSet(username);
    s.username = parser.value(username);
    if (parser.isSet(tokenStdin))
        s.stdinSecret = Settings::StdinSecret::SessionToken;
    else if (s.apiKey)
        s.stdinSecret = Settings::StdinSecret::ApiKey;
    else if (parser.isSet(passwordStdin))
        s.stdinSecret = Settings::StdinSecret::Password;
    else if (parser.isSet(credentialsStdin))
        s.stdinSecret = Settings::StdinSecret::Credentials;
    else if (s.hasUsername)
        s.passwordFromEnvironment = qEnvironmentVariable("NANGO_PASSWORD");

    // Authentication, checked before anything is started or sent (NangoAuth trims both values).
    QString tokenSource; // where the session token comes from, if there is one
    if (parser.isSet(tokenStdin))
        tokenSource = QStringLiteral("--session-token-stdin"); // its emptiness is checked once it is read
    else if (!s.sessionToken.trimmed().isEmpty())
        tokenSource = parser.isSet(sessionToken) ? QStringLiteral("--session-token") : QStringLiteral("$NANGO_CONNECT_SESSION_TOKEN");
    if (tokenSource.isEmpty() && s.publicKey.trimmed().isEmpty())
        return fail(QStringLiteral("no connect session token and no public key: pass the session token your backend made with "
                                   "--session-token-stdin or in $NANGO_CONNECT_SESSION_TOKEN (or, on a server that still takes "
                                   "them, a public key with --public-key or in $NANGO_PUBLIC_KEY)"));
    if (s.reconnect && !s.connectionId.isEmpty())
        return fail(QStringLiteral("--reconnect takes no --connection-id: the reconnect session names the connection"));
    // docs/protocol.md §6: with a session token the server names the connection and refuses a connection_id.
    if (!s.connectionId.isEmpty() && !tokenSource.isEmpty())
        return fail(QStringLiteral("--connection-id cannot be used with a connect session token (from %1): Nango names the "
                                   "connections made with a session token itself. Leave out --connection-id, or authenticate "
                                   "with a public key alone (--public-key or $NANGO_PUBLIC_KEY; no session token)")
                        .arg(tokenSource));

    ParseResult r;
    r.kind = ParseResult::Kind::Run;
    r.settings = s;
    r.json = asJson;
    return r;
}

} // namespace NangoConnect
