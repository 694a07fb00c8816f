// Runs a QML file against the *installed* `import NangoQt` (package_consumer test).
// NANGOQT_LINKED: the app links NangoQt::Quick and uses its helper; otherwise it is a plain Qt
// app and the engine has to load the module's plugin from the installed QML directory.
#ifdef NANGOQT_LINKED
#include <NangoQt/NangoQuick>
#else
#include <QtWebEngineQuick/QtWebEngineQuick>
#endif

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTimer>
#include <QUrl>

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
    engine.load(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[2])));
    if (engine.rootObjects().isEmpty())
        return 5;
    QTimer::singleShot(20000, &app, [] { QCoreApplication::exit(4); });
    return app.exec();
}
