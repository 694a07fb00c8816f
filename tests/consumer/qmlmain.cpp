// Runs a QML file against the *installed* `import NangoQt` (package_consumer test).
// NANGOQT_LINKED: the app links NangoQt::Quick and uses its helper; otherwise it is a plain Qt
// app and the engine has to load the module's plugin from the installed QML directory.
//
//   qml_consumer <installed QML dir> <file.qml> [<nango-dev-server>]
// With a dev server, the app starts it and gives the file its URL and session token as the
// initial properties serverUrl and sessionToken (connectui.qml.in), and waits 90 s, not 20.
// Exit: the file's Qt.exit() code; 4 timeout; 5 the file did not load; 6 the dev server did not
//       start; 64 usage.
#ifdef NANGOQT_LINKED
#include <NangoQt/NangoQuick>
#else
#include <QtWebEngineQuick/QtWebEngineQuick>
#endif

#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QTimer>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv)
{
#ifdef NANGOQT_LINKED
    NangoQuick::initialize();
#else
    QtWebEngineQuick::initialize();
#endif
    QGuiApplication app(argc, argv);
    if (argc < 3)
        return 64;
    QQmlApplicationEngine engine;
    engine.addImportPath(QString::fromLocal8Bit(argv[1])); // the installed QML directory

    QProcess server;
    if (argc > 3) {
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(QString::fromLocal8Bit(argv[3]),
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--era"), QStringLiteral("current")});
        QString host;
        QString token;
        while ((host.isEmpty() || token.isEmpty()) && server.waitForReadyRead(10000)) {
            while (server.canReadLine()) {
                const QString line = QString::fromUtf8(server.readLine()).trimmed();
                if (line.startsWith(QLatin1String("Listening on ")))
                    host = line.mid(13);
                else if (line.startsWith(QLatin1String("session token: ")))
                    token = line.mid(15);
            }
        }
        if (host.isEmpty() || token.isEmpty()) {
            std::fprintf(stderr, "qml consumer: nango-dev-server did not start\n");
            return 6;
        }
        QObject::connect(&server, &QProcess::readyReadStandardOutput, &server, [&server] { server.readAllStandardOutput(); });
        engine.setInitialProperties({{QStringLiteral("serverUrl"), host}, {QStringLiteral("sessionToken"), token}});
    }

    engine.load(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[2])));
    if (engine.rootObjects().isEmpty())
        return 5;
    QTimer::singleShot(argc > 3 ? 90000 : 20000, &app, [] {
        std::fprintf(stderr, "qml consumer: timed out\n");
        QCoreApplication::exit(4);
    });
    const int rc = app.exec();
    if (server.state() != QProcess::NotRunning) {
        server.terminate();
        server.waitForFinished(5000);
    }
    return rc;
}
