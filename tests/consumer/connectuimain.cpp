// Built against the *installed* NangoQt package by the package_consumer test, with the
// platform's default compiler and linker flags (Debian's GCC links with --as-needed).
//
// Both Connect UIs, as an app uses them, through the documented API only (no QtTest, no test
// support library). The app starts the installed nango-dev-server itself and uses the session
// token it prints:
//
// 1. The native one: a NangoConnectDialog (NangoQt::Widgets) on the NangoAuth. The user's keys
//    go to the focused widget (the picker's search field has the focus): "public api", Enter
//    connects the one integration left (public-api asks nothing); connected() must name it with
//    a connection id; Enter on the Success screen (Finish) closes the dialog, closed() once.
// 2. The hosted one: NangoAuth::openConnectUI() with baseUrl <dev server>/connect (its imitation
//    of Nango's Connect UI). Core's API only: the embedded window exists because linking
//    NangoQt::Widgets registered it. ready() must come, then close() → closed() once.
//
//   connectui_consumer <nango-dev-server>
// Exit: 0 both passed; 2 the native Connect UI failed; 3 the hosted one failed; 4 a step timed
//       out (30 s); 5 the dev server did not start; 64 usage. Each failure says why on stderr.
#include "consumersupport.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoConnectUIOptions>
#include <NangoQt/NangoConnectUISession>

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>

namespace {

constexpr int StepTimeout = 30 * 1000;

/// Runs the event loop until @p done() holds (true) or @p ms pass (false).
bool waitUntil(const std::function<bool()> &done, int ms = StepTimeout)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

/// Lets the event loop run for @p ms.
void spin(int ms)
{
    waitUntil([] { return false; }, ms);
}

/// Where the user's keys go: the focus widget of the active window, else the dialog's.
QWidget *keyTarget(QWidget *window)
{
    QWidget *focused = QApplication::focusWidget();
    if (focused && (focused == window || window->isAncestorOf(focused)))
        return focused;
    return window->focusWidget();
}

void sendKey(QWidget *target, int key, const QString &text = QString())
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
}

void type(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        int key = Qt::Key_Space;
        if (c.isLetter())
            key = Qt::Key_A + (c.toUpper().unicode() - 'A');
        else if (c.isDigit())
            key = Qt::Key_0 + (c.unicode() - '0');
        sendKey(target, key, QString(c));
    }
}

int fail(int rc, const char *what)
{
    std::fprintf(stderr, "connectui_consumer: %s\n", what);
    return rc;
}

int nativeConnectUI(NangoAuth *nango)
{
    QElapsedTimer clock;
    clock.start();
    NangoConnectDialog dialog(nango);
    int ready = 0;
    int closed = 0;
    QString key;
    QString connectionId;
    QString error;
    QObject::connect(&dialog, &NangoConnectDialog::ready, [&] { ++ready; });
    QObject::connect(&dialog, &NangoConnectDialog::closed, [&] { ++closed; });
    QObject::connect(&dialog, &NangoConnectDialog::connected, [&](const QString &k, const QString &id, bool) {
        key = k;
        connectionId = id;
    });
    QObject::connect(&dialog, &NangoConnectDialog::errorOccurred, [&](const QString &type, const QString &message) {
        error = type + QLatin1String(": ") + message;
    });
    dialog.open();

    // The picker is shown and its search field has the focus.
    if (!waitUntil([&] { return (ready > 0 && qobject_cast<QLineEdit *>(keyTarget(&dialog))) || !error.isEmpty(); }))
        return fail(4, ready ? "native: the picker's search field never had the focus within 30 s"
                             : "native: NangoConnectDialog sent no ready() within 30 s");
    if (!error.isEmpty())
        return fail(2, qPrintable(QLatin1String("native: error before the picker: ") + error));
    std::printf("native: picker ready after %lld ms\n", clock.elapsed());

    type(keyTarget(&dialog), QStringLiteral("public api"));
    QAbstractItemModel *rows = dialog.model()->integrations();
    if (!waitUntil([&] { return rows->rowCount() == 1; }, 5000))
        return fail(2, qPrintable(QStringLiteral("native: typing \"public api\" left %1 integrations (search text \"%2\"), not 1")
                                      .arg(rows->rowCount())
                                      .arg(dialog.model()->searchText())));
    sendKey(keyTarget(&dialog), Qt::Key_Return);
    if (!waitUntil([&] { return !key.isEmpty() || !error.isEmpty(); }))
        return fail(4, "native: Enter in the picker: no connected() within 30 s");
    if (!error.isEmpty())
        return fail(2, qPrintable(QLatin1String("native: connecting public-api failed: ") + error));
    if (key != QLatin1String("public-api") || connectionId.isEmpty())
        return fail(2, qPrintable(QStringLiteral("native: connected(\"%1\", \"%2\"), not public-api with an id").arg(key, connectionId)));
    std::printf("native: connected %s as %s after %lld ms\n", qPrintable(key), qPrintable(connectionId), clock.elapsed());

    // Success: Finish has the focus; Enter presses it and the dialog closes.
    if (!waitUntil([&] {
            return dialog.model()->screen() == NangoConnectUIModel::Screen::Success && qobject_cast<QAbstractButton *>(keyTarget(&dialog));
        }, 5000))
        return fail(2, "native: no focused button (Finish) on the Success screen");
    sendKey(keyTarget(&dialog), Qt::Key_Return);
    if (!waitUntil([&] { return closed > 0; }, 5000))
        return fail(2, "native: Enter on Finish did not close the dialog");
    spin(300); // a second closed() would come now
    if (closed != 1 || ready != 1)
        return fail(2, qPrintable(QStringLiteral("native: closed() came %1 times, ready() %2 times, not once each").arg(closed).arg(ready)));
    if (dialog.isVisible() || dialog.result() != QDialog::Accepted)
        return fail(2, "native: after Finish the dialog is still visible or was not accepted");
    std::printf("native: closed after %lld ms\n", clock.elapsed());
    return 0;
}

int hostedConnectUI(NangoAuth *nango, const QUrl &host)
{
    QElapsedTimer clock;
    clock.start();
    WindowWatcher watcher;
    qApp->installEventFilter(&watcher);
    NangoConnectUIOptions options;
    options.setBaseUrl(host.resolved(QUrl(QStringLiteral("/connect"))));
    options.setReadyTimeout(StepTimeout); // the step's own limit; a cold QtWebEngine may be slow
    QPointer<NangoConnectUISession> session = nango->openConnectUI(options);
    if (!session)
        return fail(3, "hosted: openConnectUI() returned no session");
    int ready = 0;
    int closed = 0;
    QString error;
    QObject::connect(session, &NangoConnectUISession::ready, [&] { ++ready; });
    QObject::connect(session, &NangoConnectUISession::closed, [&] { ++closed; });
    QObject::connect(session, &NangoConnectUISession::errorOccurred, [&](const QString &type, const QString &message) {
        error = type + QLatin1String(": ") + message;
    });
    if (session->isInSystemBrowser())
        return fail(3, "hosted: the session went to the system browser: linking NangoQt::Widgets registered no embedded window");

    if (!waitUntil([&] { return ready > 0 || closed > 0 || !error.isEmpty(); }, StepTimeout + 5000))
        return fail(4, qPrintable(QLatin1String("hosted: no ready() within 30 s from ") + options.baseUrl().toString()));
    if (ready == 0)
        return fail(3, qPrintable(QLatin1String("hosted: no ready(): ") + (error.isEmpty() ? QStringLiteral("closed first") : error)));
    if (!session->isLoaded() || watcher.shown == 0)
        return fail(3, "hosted: ready() came, but the session is not loaded or no window was shown");
    std::printf("hosted: ready after %lld ms (%s)\n", clock.elapsed(), qPrintable(session->url().toString()));

    session->close();
    if (!waitUntil([&] { return closed > 0; }, 5000))
        return fail(3, "hosted: close() brought no closed()");
    spin(300);
    if (closed != 1 || !error.isEmpty())
        return fail(3, qPrintable(QStringLiteral("hosted: closed() came %1 times; error: %2").arg(closed).arg(error)));
    std::printf("hosted: closed after %lld ms\n", clock.elapsed());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 64;

    DevServerProcess server;
    if (!server.start(QString::fromLocal8Bit(argv[1])))
        return fail(5, "nango-dev-server did not start (no URL and session token on its output)");
    QObject::connect(&server.process, &QProcess::readyReadStandardOutput, &server.process, [&server] { server.process.readAllStandardOutput(); });

    int rc = 0;
    {
        NangoAuth nango;
        nango.setHost(server.host);
        nango.setConnectSessionToken(server.token);
        nango.setBrowser(NangoAuth::Browser::Embedded); // no system-browser fallback
        rc = nativeConnectUI(&nango);
        if (rc == 0)
            rc = hostedConnectUI(&nango, server.host);
    }
    return rc;
}
