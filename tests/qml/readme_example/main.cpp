// The README's QML example (compiled by CI; running it needs a real Nango session token).
#include <NangoQt/NangoQuick>

#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char *argv[])
{
    NangoQuick::initialize(); // before the application object: prepares QtWebEngine
    QGuiApplication app(argc, argv);

    QQmlApplicationEngine engine;
    NangoQuick::addImportPath(&engine); // only needed when NangoQt is not installed in Qt's QML dir
    // Your backend creates the session: POST /connect/sessions with your secret key.
    engine.setInitialProperties({{QStringLiteral("sessionToken"), qEnvironmentVariable("NANGO_CONNECT_SESSION_TOKEN")}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ReadmeExample/Main.qml")));
    return engine.rootObjects().isEmpty() ? 1 : app.exec();
}
