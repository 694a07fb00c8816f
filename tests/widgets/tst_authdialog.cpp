// SPDX-License-Identifier: MIT
// The embedded OAuth modal for real: QtWebEngine, offscreen, against the dev server.
// Linking NangoQt::Widgets is all it takes: no window factory is set here.
#include "devserverenv.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthDialog>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSslServer>
#include "selfsignedtlsserver.h"

#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace NangoDev;

namespace {

NangoAuthDialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<NangoAuthDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

/// The dev server with the two OAuth integrations, and a NangoAuth on it: the real modal opens.
struct Env : DevServerEnv
{
    Env()
        : DevServerEnv(Era::Current, oauthIntegrations(), options())
    {
        // These tests watch the modal from the moment auth() returns (its connecting state
        // while the WebSocket handshakes). With a session token, Browser::Auto first asks the
        // catalog for the provider's authorization URL (README "Where the OAuth window opens")
        // and makes the window after that; an empty host list says no provider here needs the
        // system browser, so the window is made at once, as before. core_browserchoice tests the lookup.
        nango->setSystemBrowserHosts({});
    }
    static Options options()
    {
        Options o;
        o.timeoutMs = 60000;
        return o;
    }
};

/// Waits for the modal to show the fake provider's page; returns the dialog.
NangoAuthDialog *waitForProviderPage(int timeoutMs = 60000)
{
    NangoAuthDialog *dialog = nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!(dialog = openDialog()) && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (!dialog)
        return nullptr;
    // The modal shows from the start of the flow; its view comes a moment later.
    QPointer<QWebEngineView> view;
    while (!(view = dialog->findChild<QWebEngineView *>(QStringLiteral("authView"))) && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    bool ready = false;
    while (view && !ready && timer.elapsed() < timeoutMs) {
        QTest::qWait(50);
        if (!view || view->url().path() != QLatin1String("/provider/oauth/authorize"))
            continue;
        bool done = false;
        view->page()->runJavaScript(QStringLiteral("!!document.getElementById('allow')"), [&](const QVariant &v) {
            ready = v.toBool();
            done = true;
        });
        QElapsedTimer js;
        js.start();
        while (!done && js.elapsed() < 5000)
            QTest::qWait(10);
    }
    return ready ? dialog : nullptr;
}

void click(NangoAuthDialog *dialog, const char *id)
{
    auto *view = dialog->findChild<QWebEngineView *>(QStringLiteral("authView"));
    view->page()->runJavaScript(QStringLiteral("document.getElementById('%1').click()").arg(QLatin1String(id)));
}

} // namespace

class TestAuthDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("NANGOQT_MEASURE_COLD"))
            return; // measure the first modal without preload()
        QElapsedTimer timer;
        timer.start();
        NangoAuth::preload(); // Core's entry point reaches the modal's warm-up
        qInfo("preload() returned after %lld ms", timer.elapsed());
    }

    void allowSucceeds()
    {
        Env env;
        QElapsedTimer timer;
        timer.start();
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ok(flow, &NangoAuthFlow::succeeded);
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = waitForProviderPage();
        QVERIFY(dialog);
        qInfo("auth() → provider page ready in the modal: %lld ms", timer.elapsed());
        QCOMPARE(dialog->size(), QSize(500, 600));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("github")));
        // The host is secondary information, under the page (it used to be in the title).
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hostLabel"))->text().contains(QStringLiteral("127.0.0.1")));

        // The provider page really rendered: more than a blank surface.
        auto *view = dialog->findChild<QWebEngineView *>(QStringLiteral("authView"));
        QImage shot;
        QTRY_VERIFY_WITH_TIMEOUT((shot = view->grab().toImage(), [&shot] {
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height(); y += 7)
                for (int x = 0; x < shot.width(); x += 7)
                    colours.insert(shot.pixel(x, y));
            return colours.size() > 3;
        }()), 10000);
        qInfo("auth() → provider page painted in the modal (grab shows content): %lld ms", timer.elapsed());

        QPointer<NangoAuthDialog> guard(dialog);
        click(dialog, "allow");
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 30000);
        QCOMPARE(ko.count(), 0);
        QTRY_VERIFY(!guard || !guard->isVisible()); // the modal closed itself on the frame
        QCOMPARE(env.server->connections().size(), 1);
    }

    void denyFails()
    {
        Env env;
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = waitForProviderPage();
        QVERIFY(dialog);
        click(dialog, "deny");
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 30000);
        QCOMPARE(ko.first().at(0).toString(), QStringLiteral("callback_err"));
        QVERIFY(ko.first().at(1).toString().contains(QStringLiteral("access_denied")));
    }

    void escapeIsAUserClose()
    {
        Env env;
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        QSignalSpy ok(flow, &NangoAuthFlow::succeeded);
        NangoAuthDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog()) != nullptr, 30000);
        QTest::keyClick(dialog, Qt::Key_Escape); // possibly while the page is still loading
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(ko.count(), 1);
        QCOMPARE(ok.count(), 0);
        QCOMPARE(ko.first().at(0).toString(), QString::fromLatin1(NangoErrorType::AuthorizationCancelled));
        QCOMPARE(ko.first().at(1).toString(),
                 QStringLiteral("Authorization fail: The user has closed the authorization modal before the process was complete."));
    }

    void escapeWhereTheFocusIs_data()
    {
        QTest::addColumn<bool>("inPopup");
        QTest::newRow("the page has the focus") << false;
        QTest::newRow("a provider popup has the focus") << true;
    }
    void escapeWhereTheFocusIs()
    {
        // Once the page has loaded it has the focus: Escape must reach the flow from there (and
        // from a popup of the page) as a person presses it, once, like the close button.
        QFETCH(bool, inPopup);
        Env env;
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = waitForProviderPage();
        QVERIFY(dialog);
        QWidget *target = dialog->findChild<QWebEngineView *>(QStringLiteral("authView"));
        if (inPopup) {
            static_cast<QWebEngineView *>(target)->page()->runJavaScript(
                QStringLiteral("window.open(window.location.href, 'signin', 'width=300,height=300')"));
            QDialog *popup = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((popup = [dialog]() -> QDialog * {
                for (auto *d : dialog->findChildren<QDialog *>())
                    if (d != dialog && d->isVisible())
                        return d;
                return nullptr;
            }()) != nullptr, 10000);
            auto *popupView = popup->findChild<QWebEngineView *>();
            QTRY_VERIFY_WITH_TIMEOUT(popupView->url().path() == QLatin1String("/provider/oauth/authorize"), 10000);
            QApplication::setActiveWindow(popup);
            target = popupView;
        } else {
            QApplication::setActiveWindow(dialog);
        }
        target->setFocus();
        QTRY_VERIFY(QApplication::focusWidget() && (QApplication::focusWidget() == target || target->isAncestorOf(QApplication::focusWidget())));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 10000);
        QCOMPARE(ko.first().at(0).toString(), QString::fromLatin1(NangoErrorType::AuthorizationCancelled));
        QTest::qWait(300);
        QCOMPARE(ko.count(), 1);
    }

    void titleNamesTheIntegrationAndTheHostComesSecond()
    {
        Env env;
        env.nango->auth(QStringLiteral("github"));
        NangoAuthDialog *dialog = waitForProviderPage();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect github"));
        auto *host = dialog->findChild<QLabel *>(QStringLiteral("hostLabel"));
        QVERIFY(host && host->isVisible());
        QVERIFY2(host->text().contains(env.server->url().host()), qPrintable(host->text()));
        env.nango->cancel();
    }

    void jsonErrorInTheModal_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("type");
        QTest::newRow("bad public key") << "badKey" << "invalid_public_key";
        QTest::newRow("unknown session token") << "badToken" << "unknown_connect_session_token";
        QTest::newRow("integration not allowed") << "notAllowed" << "integration_not_allowed";
    }
    void jsonErrorInTheModal()
    {
        QFETCH(QString, setup);
        QFETCH(QString, type);
        Env env;
        if (setup == QLatin1String("badKey")) {
            env.nango->setConnectSessionToken(QString());
            env.nango->setPublicKey(QStringLiteral("not-a-uuid"));
        } else if (setup == QLatin1String("badToken")) {
            env.nango->setConnectSessionToken(QStringLiteral("nango_connect_session_") + QString(64, QLatin1Char('c')));
        } else {
            env.nango->setConnectSessionToken(env.server->createConnectSession(QStringLiteral("u"), {QStringLiteral("other")}));
        }
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 30000);
        QCOMPARE(ko.first().at(0).toString(), type);
        QTRY_VERIFY(!openDialog());
    }

    void certificateErrorIsRefused()
    {
        QString why;
        const auto tlsServer = startSelfSignedTlsServer(&why);
        QVERIFY2(tlsServer, qPrintable(why));
        QSslServer &tls = *tlsServer;

        NangoAuthDialog dialog;
        QSignalSpy error(&dialog, &NangoAuthDialog::errorOccurred);
        dialog.openUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(tls.serverPort())), QSize(400, 300), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(error.count(), 1, 30000);
        QCOMPARE(error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::TlsError));
        dialog.closeQuietly();
    }

    void closeWhileLoading()
    {
        Env env;
        Faults f;
        f.httpDelayMs = 3000; // /oauth/connect is slow: the modal is still loading
        env.server->setFaults(f);
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog()) != nullptr, 30000);
        // The modal shows from the start of the flow; wait until it left its connecting state
        // (the ack came) and /oauth/connect is loading.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isConnecting(), 10000);
        QCOMPARE(ko.count(), 0);
        dialog->close(); // the title bar's close button
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 5000);
        QCOMPARE(ko.first().at(0).toString(), QString::fromLatin1(NangoErrorType::AuthorizationCancelled));
        QTest::qWait(3500); // the page's late answer changes nothing
        QCOMPARE(ko.count(), 1);
    }

    void connectingWhileTheAckIsDelayed()
    {
        // The modal is shown by auth() itself, in its connecting state, while the server delays
        // its WebSocket ack; then it loads the provider page (auto-approving) and the flow succeeds.
        Env env;
        Faults f;
        f.ackDelayMs = 1500;
        env.server->setFaults(f);
        auto *flow = env.nango->auth(QStringLiteral("github-auto"));
        QSignalSpy ok(flow, &NangoAuthFlow::succeeded);
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = openDialog();
        QVERIFY2(dialog, "no modal while the WebSocket connects");
        QPointer<NangoAuthDialog> guard(dialog);
        QSignalSpy connecting(dialog, &NangoAuthDialog::connectingChanged);
        QVERIFY(dialog->isConnecting());
        QCOMPARE(dialog->property("connecting").toBool(), true);
        QCOMPARE(dialog->size(), QSize(500, 600));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect github-auto")); // the host is under the page
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("connectingLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Connecting to 127.0.0.1…"));
        QCOMPARE(label->accessibleName(), label->text());
        QCOMPARE(dialog->accessibleDescription(), label->text());
        // The profile and the view are made a moment later, still connecting; nothing is
        // loaded, and the label covers the view.
        QWebEngineView *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view = dialog->findChild<QWebEngineView *>(QStringLiteral("authView"))) != nullptr, 1000);
        QVERIFY(dialog->isConnecting());
        QVERIFY(view->page()->profile()->isOffTheRecord());
        QVERIFY(view->url().isEmpty());
        QTRY_VERIFY(view->isVisible());
        QTRY_COMPARE(view->geometry(), label->geometry());
        // What the modal's browser asked the server for (GET requests from QtWebEngine).
        const auto browserGets = [&env] {
            QStringList paths;
            for (const LoggedRequest &r : env.server->requestLog())
                if (r.method == QLatin1String("GET") && r.headers.value("user-agent").contains("QtWebEngine"))
                    paths << r.path;
            return paths;
        };
        // Drawn in the palette's colours: the window colour around the text, the text colour in it.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const QImage shot = label->grab().toImage();
            if (shot.pixelColor(2, 2) != label->palette().color(QPalette::Window))
                return false;
            const QColor text = label->palette().color(QPalette::WindowText);
            for (int y = 0; y < shot.height(); ++y) {
                for (int x = 0; x < shot.width(); ++x) {
                    const QColor c = shot.pixelColor(x, y);
                    if (qAbs(c.red() - text.red()) + qAbs(c.green() - text.green()) + qAbs(c.blue() - text.blue()) < 60)
                        return true;
                }
            }
            return false;
        }(), 5000);

        QTest::qWait(700); // still waiting for the ack
        QVERIFY(dialog->isConnecting());
        QVERIFY(view->url().isEmpty());
        QCOMPARE(ok.count() + ko.count(), 0);
        QCOMPARE(flow->state(), NangoAuthFlow::State::Starting);
        QCOMPARE(browserGets(), QStringList()); // no network from the connecting state

        // The ack: the label gives way to the view, which navigates (checked at that moment: the
        // auto-approving flow may be over, and the modal gone, a few ms later).
        bool labelShownAtAck = true;
        QString descriptionAtAck = QStringLiteral("?");
        connect(dialog, &NangoAuthDialog::connectingChanged, label, [&] {
            labelShownAtAck = label->isVisible();
            descriptionAtAck = dialog->accessibleDescription();
        });
        QTRY_COMPARE_WITH_TIMEOUT(connecting.count(), 1, 10000);
        QCOMPARE(connecting.first().at(0).toBool(), false);
        QVERIFY(!labelShownAtAck);
        QCOMPARE(descriptionAtAck, QString());
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 30000);
        QCOMPARE(ko.count(), 0);
        // The modal went to /oauth/connect, then to the provider's authorization page (which
        // approves by itself), then to the callback.
        const QStringList paths = browserGets();
        QVERIFY2(paths.size() >= 3, qPrintable(paths.join(QLatin1Char(' '))));
        QCOMPARE(paths.mid(0, 3), (QStringList{QStringLiteral("/oauth/connect/github-auto"), QStringLiteral("/provider/oauth/authorize"),
                                               QStringLiteral("/oauth/callback")}));
        QTRY_VERIFY(!guard || !guard->isVisible());
        QTest::qWait(200);
        QCOMPARE(ok.count() + ko.count(), 1);
    }

    void failureBeforeTheAckClosesTheModal_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("type");
        QTest::newRow("WebSocket dropped before the ack") << "drop" << QString::fromLatin1(NangoErrorType::WebSocketClosed);
        QTest::newRow("ack later than the timeout") << "late-ack" << QString::fromLatin1(NangoErrorType::Timeout);
    }
    void failureBeforeTheAckClosesTheModal()
    {
        QFETCH(QString, fault);
        QFETCH(QString, type);
        Env env;
        env.nango->setTimeout(1500);
        Faults f;
        f.dropWebSocketBeforeAck = fault == QLatin1String("drop");
        f.ackDelayMs = fault == QLatin1String("late-ack") ? 4000 : 0;
        env.server->setFaults(f);
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ok(flow, &NangoAuthFlow::succeeded);
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        QPointer<NangoAuthDialog> dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isConnecting());
        QSignalSpy userClosed(dialog.data(), &NangoAuthDialog::userClosed);
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 10000);
        QCOMPARE(ko.first().at(0).toString(), type);
        QVERIFY(!ko.first().at(1).toString().isEmpty());
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closed by the flow...
        QCOMPARE(userClosed.count(), 0);                // ...quietly
        QVERIFY(!openDialog());
        QTest::qWait(fault == QLatin1String("late-ack") ? 3000 : 300); // the late ack changes nothing
        QCOMPARE(ok.count() + ko.count(), 1);
        QVERIFY(!openDialog());
    }

    void userCloseWhileConnecting_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("close button") << false;
        QTest::newRow("Escape") << true;
    }
    void userCloseWhileConnecting()
    {
        QFETCH(bool, escape);
        Env env;
        Faults f;
        f.ackDelayMs = 3000;
        env.server->setFaults(f);
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ok(flow, &NangoAuthFlow::succeeded);
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = openDialog();
        QVERIFY(dialog);
        QTest::qWait(100);
        QVERIFY(dialog->isConnecting());
        QElapsedTimer timer;
        timer.start();
        if (escape)
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 2000);
        QVERIFY(timer.elapsed() < 2000); // at once, not at the ack
        QCOMPARE(ko.first().at(0).toString(), QString::fromLatin1(NangoErrorType::AuthorizationCancelled));
        QCOMPARE(ko.first().at(1).toString(),
                 QStringLiteral("Authorization fail: The user has closed the authorization modal before the process was complete."));
        QTRY_VERIFY(!openDialog());
        QTest::qWait(300);
        QCOMPARE(ok.count() + ko.count(), 1);
    }

    void closeWhileConnectingIgnoredWithoutDetection()
    {
        // detectClosedAuthWindow off, closed while connecting: as for any ignored close, the flow
        // goes on; the modal does not come back at the ack, and the timeout ends the flow.
        Env env;
        env.nango->setTimeout(3000);
        Faults f;
        f.ackDelayMs = 800;
        env.server->setFaults(f);
        NangoAuthOptions options;
        options.setDetectClosedAuthWindow(false);
        auto *flow = env.nango->auth(QStringLiteral("github"), QString(), options);
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isConnecting());
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), NangoAuthFlow::State::WaitingForUser, 5000); // the ack came
        QCOMPARE(ko.count(), 0);
        QTest::qWait(300);
        QVERIFY(!openDialog());
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 8000);
        QCOMPARE(ko.first().at(0).toString(), QString::fromLatin1(NangoErrorType::Timeout));
    }

    void closeIgnoredWithoutDetection()
    {
        // detectClosedAuthWindow: false — a user close does not end the flow; the timeout does.
        Env env;
        env.nango->setTimeout(4000);
        NangoAuthOptions options;
        options.setDetectClosedAuthWindow(false);
        auto *flow = env.nango->auth(QStringLiteral("github"), QString(), options);
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog()) != nullptr, 30000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTest::qWait(500);
        QCOMPARE(ko.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 8000);
        QCOMPARE(ko.first().at(0).toString(), QString::fromLatin1(NangoErrorType::Timeout));
    }

    void parentWindowClosedWithTheModal()
    {
        Env env;
        auto *mainWindow = new QWidget;
        mainWindow->show();
        QApplication::setActiveWindow(mainWindow);
        QVERIFY(QTest::qWaitForWindowActive(mainWindow));
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog()) != nullptr, 30000);
        QCOMPARE(dialog->parentWidget(), mainWindow);
        delete mainWindow; // the app closes its window, and the modal goes with it
        QTRY_COMPARE_WITH_TIMEOUT(ko.count(), 1, 5000);
        QCOMPARE(ko.first().at(0).toString(), QString::fromLatin1(NangoErrorType::AuthorizationCancelled));
        QTest::qWait(200);
        QCOMPARE(ko.count(), 1);
    }

    void onlyHttpNavigation()
    {
        Env env;
        auto *flow = env.nango->auth(QStringLiteral("github"));
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        NangoAuthDialog *dialog = waitForProviderPage();
        QVERIFY(dialog);
        auto *view = dialog->findChild<QWebEngineView *>(QStringLiteral("authView"));
        const QUrl before = view->url();
        for (const char *target : {"file:///etc/passwd", "nango-custom://x", "data:text/html,hello"}) {
            view->page()->runJavaScript(QStringLiteral("window.location.href = '%1'").arg(QLatin1String(target)));
            QTest::qWait(300);
            QCOMPARE(view->url().scheme(), before.scheme());
        }
        // Browser-initiated loads (which Chromium itself would allow for file:) are refused too.
        view->load(QUrl(QStringLiteral("file:///etc/hostname")));
        QTest::qWait(500);
        QCOMPARE(view->url().scheme(), before.scheme());
        QCOMPARE(ko.count(), 0);
        flow->cancel();
    }

    void popupsStayUnderTheModal()
    {
        Env env;
        auto *flow = env.nango->auth(QStringLiteral("github"));
        NangoAuthDialog *dialog = waitForProviderPage();
        QVERIFY(dialog);
        auto *view = dialog->findChild<QWebEngineView *>(QStringLiteral("authView"));
        view->page()->runJavaScript(QStringLiteral("window.open(window.location.href, 'signin', 'width=300,height=300')"));
        QDialog *popup = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((popup = [dialog]() -> QDialog * {
            for (auto *d : dialog->findChildren<QDialog *>())
                if (d != dialog && d->isVisible())
                    return d;
            return nullptr;
        }()) != nullptr, 10000);
        auto *popupView = popup->findChild<QWebEngineView *>();
        QVERIFY(popupView);
        QCOMPARE(popupView->page()->profile(), view->page()->profile()); // same cookies as the flow
        QVERIFY(view->page()->profile()->isOffTheRecord());
        QTRY_VERIFY_WITH_TIMEOUT(popupView->url().path() == QLatin1String("/provider/oauth/authorize"), 10000);
        QPointer<QDialog> guard(popup);
        flow->cancel(); // the modal, and its popups with it, go away with the flow
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void sizeIsClampedToTheScreen()
    {
        NangoAuthDialog dialog;
        dialog.openUrl(QUrl(QStringLiteral("about:blank")), QSize(100000, 100000), QStringLiteral("x"));
        const QSize available = dialog.screen()->availableGeometry().size();
        QVERIFY(dialog.width() <= available.width());
        QVERIFY(dialog.height() <= available.height());
        dialog.closeQuietly();
    }
};

QTEST_MAIN(TestAuthDialog)
#include "tst_authdialog.moc"
