// Built against the *installed* NangoQt package by the package_consumer test, with the
// platform's default compiler and linker flags (Debian's GCC links with --as-needed).
//
// An app that links a face library (NangoQt::Widgets, or NangoQt::Quick with
// NANGOQT_CONSUMER_QUICK) but calls nothing of it: it creates a NangoAuth through Core's API
// only and asks for the embedded window. The flow can only succeed if the face's start-up code
// was linked in and registered its window. The app starts the installed nango-dev-server
// itself, runs one OAuth flow against its auto-approving provider, and checks that a window was
// shown on the way.
//
//   oauth_consumer <nango-dev-server>   (its built-in sample integrations)
// Exit: 0 succeeded through a shown window; 2 the flow failed; 3 no window was shown; 4 timeout;
//       5 the dev server did not start; 64 usage.
#include "consumersupport.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>

#ifdef NANGOQT_CONSUMER_QUICK
#include <QGuiApplication>
#include <QtWebEngineQuick/QtWebEngineQuick>
using Application = QGuiApplication;
#else
#include <QApplication>
using Application = QApplication;
#endif

#include <QTimer>
#include <QWindow>

#include <cstdio>

int main(int argc, char **argv)
{
#ifdef NANGOQT_CONSUMER_QUICK
    QtWebEngineQuick::initialize(); // the app's own set-up; no NangoQt::Quick call anywhere
#endif
    Application app(argc, argv);
    if (argc < 2)
        return 64;

    DevServerProcess server;
    if (!server.start(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "oauth_consumer: nango-dev-server did not start\n");
        return 5;
    }

    WindowWatcher watcher;
    app.installEventFilter(&watcher);

    NangoAuth nango;
    nango.setHost(server.host);
    nango.setConnectSessionToken(server.token);
    nango.setBrowser(NangoAuth::Browser::Embedded); // no system-browser fallback
    int rc = 4;
    QObject::connect(&nango, &NangoAuth::succeeded, &app, [&](const QString &key, const QString &connectionId) {
        std::printf("connected %s as %s\n", qPrintable(key), qPrintable(connectionId));
        rc = watcher.shown ? 0 : 3;
        QCoreApplication::quit();
    });
    QObject::connect(&nango, &NangoAuth::failed, &app, [&](const QString &type, const QString &message) {
        std::fprintf(stderr, "oauth_consumer: %s: %s\n", qPrintable(type), qPrintable(message));
        rc = 2;
        QCoreApplication::quit();
    });
    nango.auth(QStringLiteral("github-auto"));
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    app.exec();
    return rc;
}
