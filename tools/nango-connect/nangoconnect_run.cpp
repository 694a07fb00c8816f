// SPDX-License-Identifier: MIT
// nango-connect once its arguments are valid: the messages it lets through, the stdin secret,
// the application object (a GUI one only for the embedded modal), NangoAuth set up from the
// settings, the one flow, and its one verdict.
#include "nangoconnect_run.h"
#include "nangoconnect_args.h"
#include "nangoconnect_signals.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <NangoQt/NangoAuthDialog>

#include <QApplication>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>

namespace NangoConnect {

namespace {

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// Prints the run's one verdict; any later call is ignored.
class Verdict
{
public:
    explicit Verdict(bool json)
        : m_json(json)
    {
    }

    bool printed() const { return m_printed; }
    int exitCode() const { return m_exitCode; }

    void succeeded(const QString &key, const QString &id, bool pending)
    {
        if (std::exchange(m_printed, true))
            return;
        m_exitCode = 0;
        if (m_json) {
            printJson({{QStringLiteral("ok"), true}, {QStringLiteral("providerConfigKey"), key},
                       {QStringLiteral("connectionId"), id}, {QStringLiteral("isPending"), pending}});
        } else {
            std::printf("Connected %s as connection %s%s\n", qPrintable(key), qPrintable(id), pending ? " (pending)" : "");
            std::fflush(stdout);
        }
    }

    void failed(const QString &type, const QString &message)
    {
        if (std::exchange(m_printed, true))
            return;
        m_exitCode = 1;
        if (m_json)
            printJson({{QStringLiteral("ok"), false}, {QStringLiteral("type"), type}, {QStringLiteral("message"), message}});
        else
            std::fprintf(stderr, "Failed (%s): %s\n", qPrintable(type), qPrintable(message));
    }

    /// A signal arrived before there was a flow to cancel.
    void interrupted(int signal, const QString &when)
    {
        failed(QString::fromLatin1(NangoErrorType::AuthorizationCancelled),
               QStringLiteral("nango-connect was interrupted (%1) %2.").arg(InterruptWatcher::signalName(signal), when));
    }

private:
    bool m_json = false;
    bool m_printed = false;
    int m_exitCode = 1;
};

/// The most --credentials-stdin reads (a JSON object with, say, a private key fits many times).
constexpr qsizetype MaxCredentialsBytes = 1024 * 1024;

/// Reads the one stdin secret the settings ask for into @p secret (--credentials-stdin: all of
/// stdin). False if a signal came first.
bool readStdinSecret(const Settings &s, QString *secret)
{
    if (s.stdinSecret == Settings::StdinSecret::None)
        return true;
    if (s.stdinSecret == Settings::StdinSecret::Credentials) {
        QByteArray bytes;
        if (!InterruptWatcher::readAll(&bytes, MaxCredentialsBytes + 1))
            return false;
        *secret = QString::fromUtf8(bytes);
        return true;
    }
    return InterruptWatcher::readLine(secret);
}

/**
 * --credentials-stdin: the JSON object read from stdin, or a usage error in @p why that never
 * quotes what was read (it is a secret).
 */
QVariantMap parseCredentials(const QString &text, QString *why)
{
    const QString usage = QStringLiteral("--credentials-stdin: stdin must hold one JSON object, the JS SDK's credentials "
                                         "(e.g. {\"token_id\":\"...\",\"token_secret\":\"...\"}); ");
    if (text.toUtf8().size() > MaxCredentialsBytes) {
        *why = usage + QStringLiteral("it holds more than %1 bytes").arg(MaxCredentialsBytes);
        return {};
    }
    if (text.trimmed().isEmpty()) {
        *why = usage + QStringLiteral("it is empty");
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *why = usage + QStringLiteral("it is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return {};
    }
    if (!doc.isObject()) {
        *why = usage + QStringLiteral("it holds JSON that is not an object");
        return {};
    }
    return doc.object().toVariantMap();
}

/// A usage error for an empty stdin secret, or empty. An empty password is a valid Basic password.
QString emptySecretMessage(const Settings &s, const QString &secret)
{
    if (!secret.trimmed().isEmpty())
        return {};
    switch (s.stdinSecret) {
    case Settings::StdinSecret::SessionToken:
        return QStringLiteral("--session-token-stdin: the first line of stdin is empty; it must hold the connect session token");
    case Settings::StdinSecret::ApiKey:
        return QStringLiteral("--api-key-stdin: the first line of stdin is empty; it must hold the API key");
    case Settings::StdinSecret::Password:
    case Settings::StdinSecret::Credentials: // parseCredentials() words its own
    case Settings::StdinSecret::None:
        break;
    }
    return {};
}

void applyStdinSecret(const Settings &s, const QString &secret, NangoAuth *nango, NangoAuthOptions *options)
{
    switch (s.stdinSecret) {
    case Settings::StdinSecret::SessionToken:
        nango->setConnectSessionToken(secret);
        break;
    case Settings::StdinSecret::ApiKey:
        options->setApiKey(secret);
        break;
    case Settings::StdinSecret::Password:
        options->setPassword(secret);
        break;
    case Settings::StdinSecret::Credentials: // parsed in run(), before the application object
    case Settings::StdinSecret::None:
        break;
    }
}

/**
 * Who may write on stderr. Without --debug only nango-connect itself: every Qt logging category
 * is off (NangoQt's nangoqt.* lines — the CLI prints the failure once, in its verdict — and
 * Qt's and QtWebEngine's start-up lines), and Chromium logs nothing below FATAL. The user's
 * own QT_LOGGING_RULES / QT_LOGGING_CONF still win for the categories they name, and a
 * logging switch of their own in QTWEBENGINE_CHROMIUM_FLAGS is left alone. Must run before
 * the application object exists (QtWebEngine reads its flags when it starts).
 */
void setUpMessages(const Settings &s, bool embedded)
{
    if (s.debug) {
        QLoggingCategory::setFilterRules(QStringLiteral("nangoqt.*.debug=true"));
        return;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    if (!embedded)
        return;
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    for (const QByteArray &flag : flags.simplified().split(' ')) {
        const qsizetype eq = flag.indexOf('=');
        const QByteArray name = eq < 0 ? flag : flag.first(eq);
        if (name == "--log-level" || name == "--enable-logging" || name == "--v" || name == "--vmodule")
            return;
    }
    if (!flags.trimmed().isEmpty())
        flags += ' ';
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags + "--log-level=3"); // 3: FATAL only
}

/// What the user can do when no GUI application can start here.
QString displayAdvice()
{
    return QStringLiteral("Run nango-connect in a desktop session, under xvfb-run, or with QT_QPA_PLATFORM=offscreen "
                          "(nobody sees the window then: only for integrations that approve without the user), "
                          "or use --browser system to open the page in the web browser.");
}

/// The display variables that are set, as NAME="value" (for the message of a display that did not open).
QString displayVariables()
{
    QStringList set;
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (qEnvironmentVariableIsSet(name))
            set << QStringLiteral("%1=\"%2\"").arg(QLatin1String(name), qEnvironmentVariable(name));
    }
    return set.join(QStringLiteral(", "));
}

/// Applies the settings; false (with a usage error message) if the --ca-cert file holds no certificate.
bool configure(const Settings &s, NangoAuth *nango, NangoAuthOptions *options, QString *usageMessage)
{
    if (!s.host.isEmpty())
        nango->setHost(QUrl(s.host));
    nango->setDebug(s.debug);
    nango->setPublicKey(s.publicKey);
    if (s.stdinSecret != Settings::StdinSecret::SessionToken)
        nango->setConnectSessionToken(s.sessionToken);
    if (!s.websocketsPath.isEmpty())
        nango->setWebsocketsPath(s.websocketsPath);
    if (s.width > 0)
        nango->setWidth(s.width);
    if (s.height > 0)
        nango->setHeight(s.height);
    if (s.timeoutMs >= 0)
        nango->setTimeout(s.timeoutMs);
    nango->setBrowser(s.browser == Settings::Browser::Embedded ? NangoAuth::Browser::Embedded : NangoAuth::Browser::System);
    if (!s.caCertificateFile.isEmpty() && !nango->addCaCertificates(s.caCertificateFile)) {
        *usageMessage = QStringLiteral("--ca-cert: no PEM certificate in \"%1\"").arg(s.caCertificateFile);
        return false;
    }

    options->setParams(s.params);
    options->setAuthorizationParams(s.authorizationParams);
    options->setHmac(s.hmac);
    if (s.hasUserScope)
        options->setUserScope(s.userScope);
    options->setDetectClosedAuthWindow(s.detectClosedWindow);
    options->setAuthMode(s.authMode);
    options->setInstallation(s.installation);
    if (s.hasUsername) {
        options->setUsername(s.username);
        if (s.stdinSecret != Settings::StdinSecret::Password)
            options->setPassword(s.passwordFromEnvironment);
    }
    return true;
}

/**
 * The library's advice speaks of its C++ API (NangoAuth::browser, websocketsPath, ...) or of
 * what an app does; a user of nango-connect changes options and environment variables. For the
 * error types where the CLI has an equivalent, one sentence of its own follows the message.
 */
QString withCliHint(const Settings &s, const QString &type, const QString &message)
{
    QString hint;
    if (type == QLatin1String("deprecated_authentication")) {
        hint = QStringLiteral("With nango-connect: pass that connect session token with --session-token-stdin or in "
                              "$NANGO_CONNECT_SESSION_TOKEN, instead of --public-key or $NANGO_PUBLIC_KEY.");
    } else if (type == QLatin1String(NangoErrorType::BlockedByBrowser)) {
        hint = s.browser == Settings::Browser::System
            ? QStringLiteral("With nango-connect: --browser embedded shows the page in a window of its own (it needs a display).")
            : QStringLiteral("With nango-connect: --browser system opens the page in the web browser.");
    } else if (type == QLatin1String(NangoErrorType::MissingConnectSessionToken)) {
        hint = QStringLiteral("With nango-connect: put the reconnect session token in $NANGO_CONNECT_SESSION_TOKEN or pass it with "
                              "--session-token-stdin.");
    } else if (type == QLatin1String(NangoErrorType::MissingConnectionId)) {
        hint = QStringLiteral("With nango-connect: --connection-id ID.");
    } else if (message.contains(QLatin1String("websocketsPath"))) { // the WebSocket upgrade was refused
        hint = QStringLiteral("With nango-connect: the path is --websockets-path or $NANGO_WEBSOCKETS_PATH.");
    }
    return hint.isEmpty() ? message : message + QLatin1Char(' ') + hint;
}

/**
 * Set while the GUI application is being created. When its platform plugin cannot start (a
 * DISPLAY with no X server behind it, a Wayland socket that is gone, ...), Qt ends the process
 * with a qFatal; the handler makes that the run's verdict instead of an abort without one.
 */
struct GuiStart
{
    Verdict *verdict = nullptr;
    bool debug = false;
    QtMessageHandler previous = nullptr;
};
GuiStart *s_guiStart = nullptr;

void guiStartMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg || s_guiStart->debug) { // with --debug, Qt's words too
        if (s_guiStart->previous)
            s_guiStart->previous(type, context, message);
        if (type != QtFatalMsg)
            return;
    }
    s_guiStart->verdict->failed(QString::fromLatin1(NangoErrorType::BlockedByBrowser),
                                QStringLiteral("The display for the embedded window could not be opened (%1): Qt's platform plugin did "
                                               "not start%2. ")
                                        .arg(displayVariables(), s_guiStart->debug ? QString() : QStringLiteral(" (--debug shows why)"))
                                    + displayAdvice());
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(1); // not back into Qt, which would abort
}

} // namespace

int usageError(const QString &message, bool json)
{
    if (json)
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("type"), QStringLiteral("usage_error")}, {QStringLiteral("message"), message}});
    else
        std::fprintf(stderr, "nango-connect: %s\nTry --help.\n", qPrintable(message));
    return 2;
}

int run(int argc, char **argv, const Settings &s)
{
    Verdict verdict(s.json);

    InterruptWatcher::install();
    // The secret before the application object: an empty one is a usage error, which starts nothing.
    QString secret;
    if (!readStdinSecret(s, &secret)) {
        verdict.interrupted(InterruptWatcher::received(), QStringLiteral("while reading the secret from stdin"));
        return verdict.exitCode();
    }
    if (const QString message = emptySecretMessage(s, secret); !message.isEmpty())
        return usageError(message, s.json);
    NangoAuthOptions options;
    bool oauth = s.oauth;
    if (s.stdinSecret == Settings::StdinSecret::Credentials) {
        QString why;
        const QVariantMap credentials = parseCredentials(secret, &why);
        secret.fill(QLatin1Char(' '));
        if (!why.isEmpty())
            return usageError(why, s.json);
        options.setCredentials(credentials);
        options.setAuthMode(s.authMode);
        options.setInstallation(s.installation);
        // An OAuth override pair (or --auth-mode OAUTH2) still opens the window.
        const NangoAuthMode::Mode mode = options.effectiveAuthMode();
        oauth = NangoAuthMode::usesAuthorizationWindow(mode) && !(mode == NangoAuthMode::OAuth2 && s.installation == QLatin1String("outbound"));
    }

    // Only the embedded OAuth modal needs a GUI application. Its only window is the modal, whose
    // close must not end the event loop before the flow has ended (design.md §6).
    const bool embedded = oauth && s.browser == Settings::Browser::Embedded;
    setUpMessages(s, embedded);
    if (embedded && !s.display) {
        // QApplication would abort in its constructor; say so before anything starts. (Without
        // --browser there is no such case: no display means the system browser.)
        verdict.failed(QString::fromLatin1(NangoErrorType::BlockedByBrowser),
                       QStringLiteral("There is no display for the embedded window (--browser embedded): none of DISPLAY, "
                                      "WAYLAND_DISPLAY and QT_QPA_PLATFORM is set. ")
                           + displayAdvice());
        return verdict.exitCode();
    }

    std::unique_ptr<QCoreApplication> application;
    if (embedded) {
        GuiStart guiStart;
        guiStart.verdict = &verdict;
        guiStart.debug = s.debug;
        s_guiStart = &guiStart;
        guiStart.previous = qInstallMessageHandler(guiStartMessageHandler);
        application = std::make_unique<QApplication>(argc, argv);
        qInstallMessageHandler(guiStart.previous);
        s_guiStart = nullptr;
        QGuiApplication::setQuitOnLastWindowClosed(false);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("nango-connect"));

    NangoAuth nango;
    QString usageMessage;
    if (!configure(s, &nango, &options, &usageMessage))
        return usageError(usageMessage, s.json);
    applyStdinSecret(s, secret, &nango, &options);
    if (embedded)
        NangoAuthDialog::preload();
    InterruptWatcher watcher;
    if (const int signal = InterruptWatcher::received()) {
        verdict.interrupted(signal, QStringLiteral("before the flow started"));
        return verdict.exitCode();
    }

    const QPointer<NangoAuthFlow> flow = s.unauthenticated ? nango.create(s.integration, s.connectionId, options)
        : s.reconnect                                      ? nango.reconnect(s.integration, options)
                                                           : nango.auth(s.integration, s.connectionId, options);
    QObject::connect(flow, &NangoAuthFlow::succeeded, flow, [&verdict, flow](const QString &key, const QString &id) {
        verdict.succeeded(key, id, flow->isPending());
    });
    QObject::connect(flow, &NangoAuthFlow::failed, flow, [&verdict, &s](const QString &type, const QString &message) {
        const int signal = InterruptWatcher::received();
        if (signal && type == QLatin1String(NangoErrorType::AuthorizationCancelled))
            verdict.failed(type, QStringLiteral("nango-connect was interrupted (%1). %2").arg(InterruptWatcher::signalName(signal), message));
        else
            verdict.failed(type, withCliHint(s, type, message));
    });
    QObject::connect(flow, &NangoAuthFlow::finished, application.get(), &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&watcher, &InterruptWatcher::interrupted, flow, [flow] {
        flow->cancel(); // prints the verdict (failed is emitted before cancel() returns)
        InterruptWatcher::uninstall(); // a second signal ends a slow shutdown the usual way
    });

    application->exec();
    InterruptWatcher::uninstall();
    // Only the flow's end quits the loop; should anything else, the flow still gets its ending.
    if (!verdict.printed() && flow)
        flow->cancel();
    return verdict.exitCode();
}

} // namespace NangoConnect
