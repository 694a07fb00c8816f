// SPDX-License-Identifier: MIT
// nangoqt-demo: connect accounts through Nango with NangoQt, on the embedded dev server by
// default (no account needed) or on Nango Cloud / a self-hosted Nango.
#include "demobackend.h"
#include "demowindow.h"

#include <NangoQt/NangoAuth>

#include <QApplication>
#include <QCommandLineParser>

#ifdef NANGOQT_DEMO_QML
#include <NangoQt/NangoQuick>
#include <QQmlApplicationEngine>
#endif

#include <cstdio>

int main(int argc, char *argv[])
{
#ifdef NANGOQT_DEMO_QML
    NangoQuick::initialize(); // before the application object, for the QML face's AuthWindow
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nangoqt-demo"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NangoQt demo"));
    QApplication::setApplicationVersion(QStringLiteral(NANGOQT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Connects accounts through Nango with NangoQt.\n"
        "With no --host it starts the bundled dev server (no account needed) with sample\n"
        "integrations: OAuth (github-dev, github-auto), API key (stripe-dev), Basic (jira-basic),\n"
        "no auth (public-api). For a real Nango give --host and --public-key, or a connect session\n"
        "token in $NANGO_CONNECT_SESSION_TOKEN (host and key may also come from $NANGO_HOST and\n"
        "$NANGO_PUBLIC_KEY), and add its integrations with --integration or the Add… button."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption qml(QStringLiteral("qml"), QApplication::translate("main", "Show the QML face (import NangoQt) instead of the Widgets one."));
    const QCommandLineOption host(QStringLiteral("host"), QApplication::translate("main", "Nango server URL (default: the embedded dev server)."), QStringLiteral("url"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"), QApplication::translate("main", "Environment public key."), QStringLiteral("key"));
    const QCommandLineOption sessionToken(QStringLiteral("session-token"),
        QApplication::translate("main", "Connect session token (prefer $NANGO_CONNECT_SESSION_TOKEN: command lines are visible to other users)."), QStringLiteral("token"));
    const QCommandLineOption integration(QStringLiteral("integration"),
        QApplication::translate("main", "With --host: an integration to list (repeatable), KEY or KEY:OAUTH2|API_KEY|BASIC|NONE."), QStringLiteral("key[:mode]"));
    const QCommandLineOption era(QStringLiteral("dev-era"), QApplication::translate("main", "Embedded dev server: imitate a 'seed' (2024) or 'current' Nango (default)."), QStringLiteral("era"), QStringLiteral("current"));
    const QCommandLineOption devTokens(QStringLiteral("dev-session-token"), QApplication::translate("main", "Embedded dev server: authenticate with a connect session token instead of the public key."));
    parser.addOptions({qml, host, publicKey, sessionToken, integration, era, devTokens});
    parser.process(app);

    DemoBackend::Config config;
    const QString hostValue = parser.isSet(host) ? parser.value(host) : qEnvironmentVariable("NANGO_HOST");
    config.host = hostValue.isEmpty() ? QUrl() : QUrl(hostValue);
    config.publicKey = parser.isSet(publicKey) ? parser.value(publicKey) : qEnvironmentVariable("NANGO_PUBLIC_KEY");
    config.sessionToken = parser.isSet(sessionToken) ? parser.value(sessionToken) : qEnvironmentVariable("NANGO_CONNECT_SESSION_TOKEN");
    config.integrations = parser.values(integration);
    config.devServerEra = parser.value(era);
    config.devSessionTokens = parser.isSet(devTokens);
    if (config.devServerEra != QLatin1String("seed") && config.devServerEra != QLatin1String("current")) {
        std::fprintf(stderr, "nangoqt-demo: --dev-era must be seed or current\n");
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
        engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(&backend)}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/NangoQtDemo/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return 1;
        return app.exec();
    }
#endif

    NangoAuth nango;
    backend.setAuth(&nango);
    DemoWindow window(&backend);
    window.show();
    return app.exec();
}
