// SPDX-License-Identifier: MIT
// nangoqt-demo-screenshots OUTDIR [--only connecting]: the README's pictures, taken by
// scripts/screenshots.sh under Xvfb — the demo's Widgets face (light and dark palette), its OAuth
// modal on the dev server's provider page, the QML face and its AuthWindow, and both faces'
// window in its connecting state (the dev server holds back its WebSocket ack meanwhile).
// --only connecting takes the last two only. Not installed.
#include "demobackend.h"
#include "demowindow.h"
#include "nangodevserver.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#ifdef NANGOQT_DEMO_QML
#include <NangoQt/NangoQuick>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#endif

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QPalette>
#include <QScreen>
#include <QStyleFactory>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {
QString s_outDir;

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // not run outside an event loop
        QThread::msleep(10);
    }
}

bool save(const QPixmap &picture, const QString &name)
{
    const QString path = QDir(s_outDir).filePath(name);
    const bool ok = !picture.isNull() && picture.save(path);
    std::printf("%s %s (%dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(path), picture.width(), picture.height());
    return ok;
}

/// The whole screen, cropped to the area the windows cover.
QPixmap grabScreen(const QRect &area)
{
    return QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
}

/// Waits until the newest flow shows its window (state WaitingForUser), then lets the page paint.
bool waitForWindow(DemoBackend &backend)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        const auto flows = backend.auth()->flows();
        if (!flows.isEmpty() && flows.last()->state() == NangoAuthFlow::State::WaitingForUser) {
            settle(2500);
            return true;
        }
        settle(50);
    }
    return false;
}

/// Holds the dev server's WebSocket ack back, so a flow's window stays in its connecting state.
void delayAck(DemoBackend &backend)
{
    NangoDev::Faults faults;
    faults.ackDelayMs = 20000;
    backend.devServer()->setFaults(faults);
}

/// Waits until a visible top-level window (a QWindow, or a QWidget's window) with @p objectName
/// is connecting, then lets it paint; returns its QWindow.
QWindow *waitForConnectingWindow(const QString &objectName)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == objectName && widget->isVisible() && widget->property("connecting").toBool()) {
                settle(1500);
                return widget->windowHandle();
            }
        }
        for (QWindow *window : QGuiApplication::topLevelWindows()) {
            if (window->objectName() == objectName && window->isVisible() && window->property("connecting").toBool()) {
                settle(1500);
                return window;
            }
        }
        settle(20);
    }
    std::fprintf(stderr, "no %s in its connecting state\n", qPrintable(objectName));
    return nullptr;
}

QPalette darkPalette()
{
    // Derived from the style's standard palette by inverting lightness, so no colour is chosen here.
    QPalette light = QApplication::style()->standardPalette();
    QPalette dark;
    for (int group = 0; group < QPalette::NColorGroups; ++group) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto g = QPalette::ColorGroup(group);
            const auto r = QPalette::ColorRole(role);
            QColor c = light.color(g, r);
            if (r != QPalette::Highlight && r != QPalette::HighlightedText && r != QPalette::Link && r != QPalette::LinkVisited)
                c = QColor::fromHslF(c.hslHueF(), c.hslSaturationF(), 1.0 - c.lightnessF() * 0.9, c.alphaF());
            dark.setColor(g, r, c);
        }
    }
    return dark;
}

bool startOnDevServer(DemoBackend &backend)
{
    QString error;
    if (!backend.start({}, &error))
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return error.isEmpty();
}

bool widgetsFace()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    bool ok = true;
    NangoAuth nango;
    backend.setAuth(&nango);
    DemoWindow window(&backend);
    window.move(40, 40);
    window.show();
    backend.connectIntegration(QStringLiteral("public-api"));
    settle(1500);
    ok &= save(window.grab(), QStringLiteral("demo-widgets.png"));

    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    settle(800);
    ok &= save(window.grab(), QStringLiteral("demo-widgets-dark.png"));
    QApplication::setPalette(original);
    settle(300);

    window.connectIntegration(QStringLiteral("github-dev"));
    ok &= waitForWindow(backend);
    QRect area = window.frameGeometry();
    for (QWidget *topLevel : QApplication::topLevelWidgets()) {
        if (topLevel->isVisible())
            area |= topLevel->frameGeometry(); // the modal may reach past the main window
    }
    ok &= save(grabScreen(area.adjusted(-20, -20, 20, 20)), QStringLiteral("demo-widgets-oauth.png"));
    nango.cancel();
    settle(500);
    return ok;
}

bool widgetsConnecting()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    NangoAuth nango;
    backend.setAuth(&nango);
    DemoWindow window(&backend);
    window.move(40, 40);
    window.show();
    settle(1000);
    delayAck(backend);
    window.connectIntegration(QStringLiteral("github-dev"));
    QWindow *modal = waitForConnectingWindow(QStringLiteral("NangoAuthDialog"));
    bool ok = modal != nullptr;
    if (ok)
        ok = save(grabScreen(modal->frameGeometry().adjusted(-20, -20, 20, 20)), QStringLiteral("modal-connecting-widgets.png"));
    nango.cancel();
    settle(500);
    return ok;
}

#ifdef NANGOQT_DEMO_QML
bool qmlConnecting()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    QQmlApplicationEngine engine;
    NangoQuick::addImportPath(&engine);
    engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(&backend)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/NangoQtDemo/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return false;
    window->setPosition(40, 40);
    settle(1000);
    delayAck(backend);
    QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("github-dev")));
    QWindow *authWindow = waitForConnectingWindow(QStringLiteral("nangoAuthWindow"));
    bool ok = authWindow != nullptr;
    if (ok)
        ok = save(grabScreen(authWindow->frameGeometry().adjusted(-20, -20, 20, 20)), QStringLiteral("modal-connecting-qml.png"));
    backend.auth()->cancel();
    settle(500);
    window->close();
    return ok;
}

bool qmlFace()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    bool ok = true;
    QQmlApplicationEngine engine;
    NangoQuick::addImportPath(&engine);
    engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(&backend)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/NangoQtDemo/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return false;
    window->setPosition(40, 40);
    backend.connectIntegration(QStringLiteral("public-api"));
    settle(1500);
    ok &= save(QPixmap::fromImage(window->grabWindow()), QStringLiteral("demo-qml.png"));

    QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("github-dev")));
    ok &= waitForWindow(backend);
    ok &= save(grabScreen(window->frameGeometry().adjusted(-20, -20, 20, 20)), QStringLiteral("demo-qml-oauth.png"));
    backend.auth()->cancel();
    settle(500);
    window->close();
    return ok;
}
#else
bool qmlFace()
{
    std::printf("no QML face in this build (NANGOQT_BUILD_QUICK=OFF): its pictures are left as they are\n");
    return true;
}
bool qmlConnecting()
{
    return qmlFace();
}
#endif
} // namespace

int main(int argc, char *argv[])
{
#ifdef NANGOQT_DEMO_QML
    NangoQuick::initialize();
#endif
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTDIR [--only connecting] (run it under xvfb-run: see scripts/screenshots.sh)\n", argv[0]);
        return 2;
    }
    s_outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(s_outDir);
    const QStringList args = QCoreApplication::arguments();
    const int only = args.indexOf(QStringLiteral("--only"));
    const bool onlyConnecting = only > 0 && args.value(only + 1) == QLatin1String("connecting");
    bool ok = onlyConnecting || (widgetsFace() && qmlFace());
    ok = ok && widgetsConnecting() && qmlConnecting();
    return ok ? 0 : 1;
}
