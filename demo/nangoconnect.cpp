// SPDX-License-Identifier: MIT
// nango-connect — connect one account through Nango from a terminal.
// Secrets come from stdin or the environment, never from the command line.
//
// Every run that gets past --help ends with exactly one verdict: a usage error (exit 2), or the
// flow's result (exit 0 / 1) — also when the window is closed, on SIGINT / SIGTERM, or when a
// signal arrives while a secret is read from stdin. With --json the verdict is the only thing on
// stdout: one JSON object on one line.
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
#include <QPointer>

#include <cstdio>
#include <memory>
#include <utility>

using namespace NangoConnect;

namespace {

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int usageError(const QString &message, bool json)
{
    if (json)
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("type"), QStringLiteral("usage_error")}, {QStringLiteral("message"), message}});
    else
        std::fprintf(stderr, "nango-connect: %s\nTry --help.\n", qPrintable(message));
    return 2;
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

/// Reads the one stdin secret the settings ask for into @p options / @p nango.
bool readStdinSecret(const Settings &s, NangoAuth *nango, NangoAuthOptions *options)
{
    if (s.stdinSecret == Settings::StdinSecret::None)
        return true;
    QString line;
    if (!InterruptWatcher::readLine(&line))
        return false;
    switch (s.stdinSecret) {
    case Settings::StdinSecret::SessionToken:
        nango->setConnectSessionToken(line);
        break;
    case Settings::StdinSecret::ApiKey:
        options->setApiKey(line);
        break;
    case Settings::StdinSecret::Password:
        options->setPassword(line);
        break;
    case Settings::StdinSecret::None:
        break;
    }
    return true;
}

/// Applies the settings; false (with a usage error message) if the --ca-cert file holds no certificate.
bool configure(const Settings &s, NangoAuth *nango, NangoAuthOptions *options, QString *usageMessage)
{
    if (!s.host.isEmpty())
        nango->setHost(QUrl(s.host));
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
    if (s.hasUsername) {
        options->setUsername(s.username);
        if (s.stdinSecret != Settings::StdinSecret::Password)
            options->setPassword(s.passwordFromEnvironment);
    }
    return true;
}

int run(int argc, char **argv, const Settings &s)
{
    Verdict verdict(s.json);
    InterruptWatcher::install();

    // Only the embedded OAuth modal needs a GUI application. Its only window is the modal, whose
    // close must not end the event loop before the flow has ended (design.md §6).
    const bool embedded = s.oauth && s.browser == Settings::Browser::Embedded;
    std::unique_ptr<QCoreApplication> application;
    if (embedded) {
        application = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setQuitOnLastWindowClosed(false);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("nango-connect"));

    NangoAuth nango;
    NangoAuthOptions options;
    QString usageMessage;
    if (!configure(s, &nango, &options, &usageMessage))
        return usageError(usageMessage, s.json);
    if (!readStdinSecret(s, &nango, &options)) {
        verdict.interrupted(InterruptWatcher::received(), QStringLiteral("while reading the secret from stdin"));
        return verdict.exitCode();
    }
    if (embedded)
        NangoAuthDialog::preload();
    InterruptWatcher watcher;
    if (const int signal = InterruptWatcher::received()) {
        verdict.interrupted(signal, QStringLiteral("before the flow started"));
        return verdict.exitCode();
    }

    const QPointer<NangoAuthFlow> flow = s.unauthenticated ? nango.create(s.integration, s.connectionId, options)
                                                           : nango.auth(s.integration, s.connectionId, options);
    QObject::connect(flow, &NangoAuthFlow::succeeded, flow, [&verdict, flow](const QString &key, const QString &id) {
        verdict.succeeded(key, id, flow->isPending());
    });
    QObject::connect(flow, &NangoAuthFlow::failed, flow, [&verdict](const QString &type, const QString &message) {
        const int signal = InterruptWatcher::received();
        if (signal && type == QLatin1String(NangoErrorType::AuthorizationCancelled))
            verdict.failed(type, QStringLiteral("nango-connect was interrupted (%1). %2").arg(InterruptWatcher::signalName(signal), message));
        else
            verdict.failed(type, message);
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

} // namespace

int main(int argc, char **argv)
{
    // The options decide whether a GUI application is needed (only the embedded OAuth modal
    // needs one), so they are read before the application object exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const ParseResult parsed = parseArguments(arguments);
    switch (parsed.kind) {
    case ParseResult::Kind::Help:
        std::printf("%s", qPrintable(parsed.text));
        return 0;
    case ParseResult::Kind::UsageError:
        return usageError(parsed.text, parsed.json);
    case ParseResult::Kind::Run:
        break;
    }
    return run(argc, argv, parsed.settings);
}
