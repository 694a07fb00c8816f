// Built against the *installed* NangoQt package by the package_consumer test.
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    NangoAuth nango;
    int rc = 1;
    // No key or token: the flow must fail with missing_auth_token, asynchronously.
    QObject::connect(&nango, &NangoAuth::failed, &app, [&rc](const QString &type, const QString &message) {
        rc = type == QLatin1String(NangoErrorType::MissingAuthToken) && !message.isEmpty() ? 0 : 2;
        QCoreApplication::quit();
    });
    nango.auth(QStringLiteral("github"), QStringLiteral("user-42"));
    QTimer::singleShot(5000, &app, &QCoreApplication::quit);
    app.exec();
    return rc;
}
