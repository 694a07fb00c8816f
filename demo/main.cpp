// SPDX-License-Identifier: MIT
// nangoqt-demo: connect accounts through Nango with NangoQt, on the embedded dev server by
// default (no account needed) or on Nango Cloud / a self-hosted Nango.
#include "demobackend.h"
#include "demotheme.h"
#include "demowindow.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoQtVersion>
#include <NangoQt/NangoTranslations>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#ifdef NANGOQT_DEMO_QML
#include <NangoQt/NangoQuick>
#include <QQmlApplicationEngine>
#endif

#include <cstdio>

int main(int argc, char *argv[])
{
    // The command line is read before any application object: --help, --version and usage
    // errors work without a display (a QApplication would abort there).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto tr = [](const char *text) { return QCoreApplication::translate("main", text); };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Connects accounts through Nango with NangoQt.\n"
        "With no --host it starts the bundled dev server (no account needed) with sample\n"
        "integrations, listed from its catalog, one or more of every auth mode: OAuth (github-dev,\n"
        "github-auto), API key (stripe-dev, posthog-dev), Basic (jira-basic), no auth (public-api),\n"
        "OAUTH2_CC, TBA, JWT, TWO_STEP, BILL, SIGNATURE, AWS_SIGV4 (oauth2-cc-dev, tba-dev, ...);\n"
        "Connect opens each provider's own form. For a real Nango give --host and a connect session token in\n"
        "$NANGO_CONNECT_SESSION_TOKEN (made by your backend: POST /connect/sessions), or --public-key\n"
        "for a Nango that still accepts public keys (not a fresh self-hosted one, nor a Cloud\n"
        "account created after 2025-08-25); host and key may also come from $NANGO_HOST and\n"
        "$NANGO_PUBLIC_KEY. Add its integrations with --integration or the Add… button."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption qml(QStringLiteral("qml"), tr("Show the QML face (import NangoQt) instead of the Widgets one."));
    const QCommandLineOption dark(QStringLiteral("dark"), tr("Start with the dark palette (View > Dark palette switches it)."));
    const QCommandLineOption host(QStringLiteral("host"), tr("Nango server URL (default: the embedded dev server)."), QStringLiteral("url"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"), tr("Environment public key (servers that still accept them)."), QStringLiteral("key"));
    const QCommandLineOption sessionToken(QStringLiteral("session-token"),
        tr("Connect session token (prefer $NANGO_CONNECT_SESSION_TOKEN: command lines are visible to other users)."), QStringLiteral("token"));
    const QCommandLineOption integration(QStringLiteral("integration"),
        tr("With --host: an integration to list (repeatable), KEY or KEY:OAUTH2|API_KEY|BASIC|NONE."), QStringLiteral("key[:mode]"));
    const QCommandLineOption connectUrl(QStringLiteral("connect-url"),
        tr("With --host: where its hosted Connect UI is (a self-hosted Nango's NANGO_PUBLIC_CONNECT_URL; default https://connect.nango.dev)."), QStringLiteral("url"));
    const QCommandLineOption era(QStringLiteral("dev-era"), tr("Embedded dev server: imitate a 'seed' (2024) or 'current' Nango (default)."), QStringLiteral("era"), QStringLiteral("current"));
    const QCommandLineOption devTokens(QStringLiteral("dev-session-token"), tr("Embedded dev server: authenticate with a connect session token instead of the public key."));
    const QCommandLineOption language(QStringLiteral("language"),
        tr("NangoQt's language: de, es, fr, ja or en (default: the system's, when NangoQt has it)."), QStringLiteral("code"));
    parser.addOptions({help, version, qml, dark, host, publicKey, sessionToken, integration, connectUrl, era, devTokens, language});
    const QString executable = QFileInfo(arguments.value(0, QStringLiteral("nangoqt-demo"))).fileName();
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s: %s\nTry '%s --help'.\n", qPrintable(executable), qPrintable(parser.errorText()), qPrintable(executable));
        return 2;
    }
    if (parser.isSet(help)) {
        // Without an application object Qt cannot name the executable itself.
        std::printf("%s", qPrintable(parser.helpText().replace(QLatin1String("<executable_name>"), executable)));
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("nangoqt-demo %s\n", qPrintable(NangoQt::versionString()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s: unexpected argument \"%s\"\nTry '%s --help'.\n", qPrintable(executable),
                     qPrintable(parser.positionalArguments().constFirst()), qPrintable(executable));
        return 2;
    }

    DemoBackend::Config config;
    const QString hostValue = parser.isSet(host) ? parser.value(host) : qEnvironmentVariable("NANGO_HOST");
    config.host = hostValue.isEmpty() ? QUrl() : QUrl(hostValue);
    config.publicKey = parser.isSet(publicKey) ? parser.value(publicKey) : qEnvironmentVariable("NANGO_PUBLIC_KEY");
    config.sessionToken = parser.isSet(sessionToken) ? parser.value(sessionToken) : qEnvironmentVariable("NANGO_CONNECT_SESSION_TOKEN");
    config.integrations = parser.values(integration);
    config.connectUrl = QUrl(parser.value(connectUrl));
    config.devServerEra = parser.value(era);
    config.devSessionTokens = parser.isSet(devTokens);
    if (config.devServerEra != QLatin1String("seed") && config.devServerEra != QLatin1String("current")) {
        std::fprintf(stderr, "nangoqt-demo: --dev-era must be seed or current\n");
        return 2;
    }
    if (parser.isSet(connectUrl) && (!config.connectUrl.isValid() || config.connectUrl.scheme().isEmpty())) {
        std::fprintf(stderr, "nangoqt-demo: --connect-url must be a URL such as https://connect.nango.dev\n");
        return 2;
    }
    if (!config.host.isEmpty() && (!config.host.isValid() || config.host.scheme().isEmpty())) {
        std::fprintf(stderr, "nangoqt-demo: --host must be a URL such as https://api.nango.dev\n");
        return 2;
    }

#ifndef NANGOQT_DEMO_QML
    if (parser.isSet(qml)) {
        std::fprintf(stderr, "nangoqt-demo: this build has no QML face (configure with NANGOQT_BUILD_QUICK=ON)\n");
        return 2;
    }
#endif

    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        std::fprintf(stderr, "nangoqt-demo: no display ($DISPLAY and $WAYLAND_DISPLAY are unset): run it in a desktop session, "
                             "or under xvfb-run, or with QT_QPA_PLATFORM=offscreen.\n");
        return 1;
#endif
    }

#ifdef NANGOQT_DEMO_QML
    NangoQuick::initialize(); // before the application object, for the QML face's AuthWindow
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nangoqt-demo"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NangoQt demo"));
    QApplication::setApplicationVersion(NangoQt::versionString());
    // NangoQt's forms, modal, Connect UI and messages in the user's language (issue 16); the
    // demo's own window stays English.
    if (parser.isSet(language)) {
        if (!NangoTranslations::install(parser.value(language))) {
            std::fprintf(stderr, "nangoqt-demo: NangoQt has no \"%s\" translation (it has %s)\n", qPrintable(parser.value(language)),
                         qPrintable(NangoTranslations::availableLanguages().join(QStringLiteral(", "))));
            return 2;
        }
    } else {
        NangoTranslations::install();
    }
    DemoTheme theme;
    theme.setDark(parser.isSet(dark));

    DemoBackend backend;
    QString error;
    if (!backend.start(config, &error)) {
        std::fprintf(stderr, "nangoqt-demo: %s\n", qPrintable(error));
        return 1;
    }

#ifdef NANGOQT_DEMO_QML
    if (parser.isSet(qml)) {
        QQmlApplicationEngine engine;
        NangoQuick::addImportPath(&engine);
        engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(&backend)},
                                     {QStringLiteral("theme"), QVariant::fromValue<QObject *>(&theme)}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/NangoQtDemo/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return 1;
        return app.exec();
    }
#endif

    NangoAuth nango;
    backend.setAuth(&nango);
    DemoWindow window(&backend, &theme);
    window.show();
    return app.exec();
}
