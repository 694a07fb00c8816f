// SPDX-License-Identifier: MIT
// Helper of tst_faultmatrix: an application that quits while a flow runs.
//   faultmatrix_quitter <dev server URL> <session token> credentials|oauth|quit-in-slot
// Prints "running-at-quit=<0|1>" and, after NangoAuth is gone, "terminal-signals=<n>"; exits 0.
#include "testwindow.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: faultmatrix_quitter URL TOKEN credentials|oauth|quit-in-slot\n");
        return 2;
    }
    const QString mode = args.at(3);
    int terminal = 0;
    int runningAtQuit = -1;
    auto nango = std::make_unique<NangoAuth>();
    nango->setHost(QUrl(args.at(1)));
    nango->setConnectSessionToken(args.at(2));
    nango->setTimeout(15000);
    nango->setWindowFactory([](NangoAuthFlow *) { return new FollowingWindow(FollowingWindow::Stay); });
    QObject::connect(nango.get(), &NangoAuth::succeeded, [&terminal] { ++terminal; });
    QObject::connect(nango.get(), &NangoAuth::failed, [&terminal] { ++terminal; });
    NangoAuth *raw = nango.get();
    const auto quitNow = [&runningAtQuit, raw] {
        runningAtQuit = raw->isBusy() ? 1 : 0;
        QCoreApplication::quit();
    };
    if (mode == QLatin1String("quit-in-slot"))
        QObject::connect(nango.get(), &NangoAuth::flowStarted, &app, quitNow);

    // auth() runs inside the event loop, so quit() from the flowStarted() slot takes effect.
    QTimer::singleShot(0, &app, [&] {
        NangoAuthOptions options;
        if (mode == QLatin1String("credentials"))
            options.setApiKey(QStringLiteral("sk_quitter"));
        nango->auth(mode == QLatin1String("credentials") ? QStringLiteral("stripe") : QStringLiteral("github"), QString(), options);
        if (mode != QLatin1String("quit-in-slot"))
            QTimer::singleShot(mode == QLatin1String("oauth") ? 800 : 300, &app, quitNow);
    });

    const int rc = app.exec();
    nango.reset(); // what an application's teardown does
    std::printf("running-at-quit=%d\nterminal-signals=%d\n", runningAtQuit, terminal);
    std::fflush(stdout);
    return rc;
}
