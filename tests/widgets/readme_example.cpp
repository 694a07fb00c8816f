// The README's Widgets example, verbatim between the markers: CI compiles it (it is not run).
// README-BEGIN
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoConnectButton>

#include <QApplication>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    NangoAuth::preload(); // optional: warm WebEngine so the first modal is as fast as later ones

    NangoAuth nango;
    nango.setHost(QUrl(QStringLiteral("https://api.nango.dev")));
    nango.setConnectSessionToken(qEnvironmentVariable("NANGO_CONNECT_SESSION_TOKEN")); // from your backend

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *github = new NangoConnectButton(&window); // OAuth: the embedded modal
    github->setAuth(&nango);
    github->setIntegrationId(QStringLiteral("github"));
    auto *stripe = new NangoConnectButton(&window); // API key: a native form
    stripe->setAuth(&nango);
    stripe->setIntegrationId(QStringLiteral("stripe"));
    stripe->setAuthMode(NangoAuthMode::ApiKey);
    layout->addWidget(github);
    layout->addWidget(stripe);
    QObject::connect(&nango, &NangoAuth::succeeded, &window, [](const QString &integration, const QString &connectionId) {
        qInfo() << "connected" << integration << connectionId;
    });
    window.show();
    return app.exec();
}
// README-END
