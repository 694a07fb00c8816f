// SPDX-License-Identifier: MIT
// The hosted Connect UI in the Widgets face for real: NangoAuth::openConnectUI() in a
// QApplication opens the QWebEngineView dialog (linking NangoQt::Widgets is all it takes), whose
// host page frames the dev server's imitation of Nango's Connect UI (GET /connect). Offscreen.
#include "connectuidriver.h"
#include "nangodevserver.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoConnectUISession>
#include <NangoQt/NangoErrorTypes>

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

#include <algorithm>
#include <memory>

using namespace NangoDev;

namespace {

QStringList s_consoleErrors;
QtMessageHandler s_previousHandler = nullptr;
void recordConsole(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("nangoqt-test:")))
        s_consoleErrors << message;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QWidget *visibleTopLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == objectName && w->isVisible())
            return w;
    }
    return nullptr;
}

QVariant runJs(QWebEnginePage *page, const QString &code)
{
    QVariant out;
    bool done = false;
    QPointer<QWebEnginePage> alive(page);
    page->runJavaScript(code, QWebEngineScript::MainWorld, [&](const QVariant &v) {
        out = v;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && alive && t.elapsed() < 5000)
        QTest::qWait(5);
    return out;
}

struct Env
{
    Env()
    {
        QString error;
        if (!server.loadIntegrations(NangoDevServer::sampleIntegrationsFile(), &error) || !server.listen(0, &error))
            qFatal("dev server: %s", qPrintable(error));
        nango.setHost(server.url());
        nango.setConnectSessionToken(server.createConnectSession(QStringLiteral("hosted-user")));
    }
    NangoConnectUIOptions options(const QString &query = QString()) const
    {
        NangoConnectUIOptions o;
        QUrl base = server.url();
        base.setPath(QStringLiteral("/connect"));
        if (!query.isEmpty())
            base.setQuery(query);
        o.setBaseUrl(base);
        return o;
    }
    /// Opens the hosted Connect UI and puts the test driver into its page before it loads.
    NangoConnectUISession *open(const NangoConnectUIOptions &o)
    {
        NangoConnectUISession *session = nango.openConnectUI(o);
        dialog = qobject_cast<QDialog *>(visibleTopLevel(QStringLiteral("NangoHostedConnectUIDialog")));
        view = dialog ? dialog->findChild<QWebEngineView *>(QStringLiteral("connectUIView")) : nullptr;
        if (view) {
            QWebEngineScript frame;
            frame.setName(QStringLiteral("nangoqt-test-frame"));
            frame.setWorldId(QWebEngineScript::ApplicationWorld);
            frame.setInjectionPoint(QWebEngineScript::DocumentCreation);
            frame.setRunsOnSubFrames(true);
            frame.setSourceCode(ConnectUIDriver::frameScript());
            QWebEngineScript host;
            host.setName(QStringLiteral("nangoqt-test-host"));
            host.setWorldId(QWebEngineScript::MainWorld);
            host.setInjectionPoint(QWebEngineScript::DocumentCreation);
            host.setSourceCode(ConnectUIDriver::hostScript());
            QWebEngineScript ack;
            ack.setName(QStringLiteral("nangoqt-test-ack"));
            ack.setWorldId(QWebEngineScript::ApplicationWorld);
            ack.setInjectionPoint(QWebEngineScript::DocumentCreation);
            ack.setSourceCode(ConnectUIDriver::ackScript());
            // The profile's scripts reach the OAuth popup too (same profile); the page's, the host page and its frame.
            view->page()->profile()->scripts()->insert(ack);
            view->page()->scripts().insert(frame);
            view->page()->scripts().insert(host);
        }
        return session;
    }
    QString command(const QJsonObject &command)
    {
        if (!view)
            return QStringLiteral("error: no view");
        const QString json = QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact));
        const int id = runJs(view->page(), ConnectUIDriver::sendExpression(json)).toInt();
        if (id <= 0)
            return QStringLiteral("error: the host page is not up");
        QElapsedTimer t;
        t.start();
        while (view && t.elapsed() < 5000) {
            const QVariant reply = runJs(view->page(), ConnectUIDriver::replyExpression(id));
            if (reply.isValid() && !reply.isNull())
                return reply.toString();
            QTest::qWait(10);
        }
        return QStringLiteral("error: no answer");
    }
    /// A click that may close the window (Finish, Close) or open a dialog: no answer awaited.
    void clickAndGo(const QString &selector)
    {
        const QJsonObject c{{QStringLiteral("op"), QStringLiteral("click")}, {QStringLiteral("selector"), selector}};
        runJs(view->page(), ConnectUIDriver::sendExpression(QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact))));
    }
    QString screen() { return command({{QStringLiteral("op"), QStringLiteral("screen")}}); }
    bool click(const QString &selector)
    {
        return command({{QStringLiteral("op"), QStringLiteral("click")}, {QStringLiteral("selector"), selector}}) == QLatin1String("ok");
    }
    bool type(const QString &selector, const QString &value)
    {
        return command({{QStringLiteral("op"), QStringLiteral("type")}, {QStringLiteral("selector"), selector}, {QStringLiteral("value"), value}})
            == QLatin1String("ok");
    }
    bool waitScreen(const QString &wanted, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        QString now;
        while (t.elapsed() < timeoutMs) {
            now = screen();
            if (now == wanted)
                return true;
            QTest::qWait(30);
        }
        qWarning() << "the Connect UI shows" << now << "not" << wanted;
        return false;
    }

    NangoDevServer server;
    NangoAuth nango;
    QPointer<QDialog> dialog;
    QPointer<QWebEngineView> view;
};

struct Spies
{
    explicit Spies(NangoConnectUISession *s)
        : ready(s, &NangoConnectUISession::ready)
        , connected(s, &NangoConnectUISession::connected)
        , error(s, &NangoConnectUISession::errorOccurred)
        , closed(s, &NangoConnectUISession::closed)
    {
    }
    QSignalSpy ready, connected, error, closed;
};

bool saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("NANGOQT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QTest::qWait(500); // the last paint
    const QRect area = window->frameGeometry().adjusted(-10, -10, 10, 10);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    return shot.save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestHostedConnectUI : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        s_previousHandler = qInstallMessageHandler(recordConsole);
        NangoAuth::preload();
    }

    void apiKeyConnect()
    {
        Env env;
        QElapsedTimer timer;
        timer.start();
        QPointer<NangoConnectUISession> session = env.open(env.options());
        Spies spies(session);
        QVERIFY(env.dialog);
        QVERIFY(env.view);
        QVERIFY(!session->isInSystemBrowser());
        QCOMPARE(env.dialog->size(), QSize(500, 700));
        // Theme::Palette: the application's (light) palette decides.
        QVERIFY2(session->url().query().endsWith(QStringLiteral("theme=light")), qPrintable(session->url().toString()));
        QVERIFY(!session->url().toString().contains(env.nango.connectSessionToken())); // never in the URL

        QTRY_COMPARE_WITH_TIMEOUT(spies.ready.count(), 1, 30000);
        qInfo("openConnectUI() → ready: %lld ms", timer.elapsed());
        // The token went in after ready: the UI read the session and shows the picker.
        QVERIFY(env.waitScreen(QStringLiteral("picker")));
        qInfo("openConnectUI() → picker: %lld ms", timer.elapsed());
        QCOMPARE(env.command({{QStringLiteral("op"), QStringLiteral("theme")}}), QStringLiteral("light"));
        QVERIFY(saveScreenshot(env.dialog, QStringLiteral("hosted-connectui-widgets.png")));

        // A message from another origin (the host page's own, qrc:) is not the UI's: ignored.
        runJs(env.view->page(), QStringLiteral("window.postMessage({type: 'connect', payload: {providerConfigKey: 'x', connectionId: 'forged'}}, '*');"
                                               "window.postMessage({type: 'close'}, '*'); 1"));
        QTest::qWait(300);
        QCOMPARE(spies.connected.count(), 0);
        QCOMPARE(spies.closed.count(), 0);

        QVERIFY(env.click(QStringLiteral(".integration[data-key=\"stripe-dev\"]")));
        QVERIFY(env.waitScreen(QStringLiteral("form")));
        QVERIFY(env.type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_good")));
        QVERIFY(env.click(QStringLiteral("#submit")));
        QTRY_COMPARE_WITH_TIMEOUT(spies.connected.count(), 1, 15000);
        QCOMPARE(env.server.connections().size(), 1);
        QCOMPARE(spies.connected.first().at(0).toString(), QStringLiteral("stripe-dev"));
        QCOMPARE(spies.connected.first().at(1).toString(), env.server.connections().first().connectionId);
        QCOMPARE(spies.connected.first().at(2).toBool(), false);
        QCOMPARE(env.server.connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_test_good"));
        QVERIFY(env.waitScreen(QStringLiteral("success")));
        QCOMPARE(spies.closed.count(), 0); // connect does not close it: Finish does
        env.clickAndGo(QStringLiteral("#finish"));
        QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 10000);
        QCOMPARE(spies.error.count(), 0);
        QCOMPARE(spies.ready.count(), 1);
        QCOMPARE(spies.connected.count(), 1);
        QTRY_VERIFY(!env.dialog);
        QTRY_VERIFY(!session);
    }

    void errorThenAppCloses()
    {
        Env env;
        NangoConnectUISession *session = env.open(env.options());
        Spies spies(session);
        QVERIFY(env.waitScreen(QStringLiteral("picker"), 30000));
        QVERIFY(env.click(QStringLiteral(".integration[data-key=\"stripe-dev\"]")));
        QVERIFY(env.waitScreen(QStringLiteral("form")));
        QVERIFY(env.type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_invalid"))); // the integration's credentials_check
        QVERIFY(env.click(QStringLiteral("#submit")));
        QTRY_COMPARE_WITH_TIMEOUT(spies.error.count(), 1, 15000);
        const QString type = spies.error.first().at(0).toString();
        const QString message = spies.error.first().at(1).toString();
        qInfo() << "error event:" << type << message;
        QVERIFY(!type.isEmpty());
        QVERIFY(!message.isEmpty());
        QVERIFY(env.server.connections().isEmpty());
        QCOMPARE(spies.closed.count(), 0); // the UI shows the failure; the user goes back or closes
        QVERIFY(session->isOpen());
        // The app closes it (its form is dirty: the UI's own Close would ask first).
        session->close();
        QCOMPARE(spies.closed.count(), 1);
        QTRY_VERIFY(!env.dialog);
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.connected.count(), 0);
    }

    void closeAsked_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Escape in the page") << QStringLiteral("escape");
        QTest::newRow("the dialog's close button") << QStringLiteral("button");
        QTest::newRow("dirty form: confirm() refused, then accepted") << QStringLiteral("dirty");
        QTest::newRow("dirty form: Escape asks too (the UI has Escape)") << QStringLiteral("dirty-escape");
    }
    void closeAsked()
    {
        QFETCH(QString, how);
        Env env;
        NangoConnectUISession *session = env.open(env.options());
        Spies spies(session);
        QVERIFY(env.waitScreen(QStringLiteral("picker"), 30000));
        if (how == QLatin1String("escape")) {
            // The UI has the keyboard (its search field has the focus); it answers Escape with `close`.
            env.view->activateWindow();
            QTest::keyClick(env.view->focusProxy(), Qt::Key_Escape);
        } else if (how == QLatin1String("button")) {
            env.dialog->close();
        } else {
            const bool byEscape = how == QLatin1String("dirty-escape");
            QVERIFY(env.click(QStringLiteral(".integration[data-key=\"stripe-dev\"]")));
            QVERIFY(env.waitScreen(QStringLiteral("form")));
            QVERIFY(env.type(QStringLiteral("#field-apiKey"), QStringLiteral("sk_test_half")));
            int answered = 0;
            // confirm() blocks the page and runs its QMessageBox in a nested event loop: a
            // timer that fires inside that loop answers it.
            QTimer answerer;
            answerer.setInterval(20);
            QMessageBox::StandardButton answerWith = QMessageBox::Cancel;
            connect(&answerer, &QTimer::timeout, &answerer, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(visibleTopLevel(QStringLiteral("connectUIConfirm")))) {
                    QVERIFY(!box->text().isEmpty());
                    answerer.stop();
                    ++answered;
                    box->button(answerWith)->click();
                }
            });
            const auto answer = [&](QMessageBox::StandardButton button) {
                answerWith = button;
                answerer.start();
            };
            const auto askToClose = [&] {
                if (byEscape) {
                    env.view->activateWindow();
                    QTest::keyClick(env.view->focusProxy(), Qt::Key_Escape);
                } else {
                    env.clickAndGo(QStringLiteral("#close"));
                }
            };
            answer(QMessageBox::Cancel);
            askToClose();
            QTRY_COMPARE_WITH_TIMEOUT(answered, 1, 10000);
            QTest::qWait(300);
            QCOMPARE(spies.closed.count(), 0); // refused: the form stays
            QCOMPARE(env.screen(), QStringLiteral("form"));
            answer(QMessageBox::Ok);
            askToClose();
            QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 10000);
        QCOMPARE(spies.error.count(), 0);
        QTRY_VERIFY(!env.dialog);
    }

    void oauthPopupInsideTheFrame()
    {
        s_consoleErrors.clear();
        Env env;
        NangoConnectUISession *session = env.open(env.options());
        Spies spies(session);
        QVERIFY(env.waitScreen(QStringLiteral("picker"), 30000));
        QVERIFY(env.click(QStringLiteral(".integration[data-key=\"github-auto\"]")));
        QVERIFY(env.waitScreen(QStringLiteral("form")));
        QVERIFY(env.click(QStringLiteral("#submit")));
        // The UI's window.open() from inside its frame: the popup dialog, on the same profile.
        QPointer<QWidget> popup;
        QTRY_VERIFY_WITH_TIMEOUT((popup = env.dialog->findChild<QDialog *>(QStringLiteral("nangoWebPopup"))), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(spies.connected.count(), 1, 20000);
        QCOMPARE(spies.connected.first().at(0).toString(), QStringLiteral("github-auto"));
        QCOMPARE(env.server.connections().size(), 1);
        QCOMPARE(spies.connected.first().at(1).toString(), env.server.connections().first().connectionId);
        // The callback page posted its result to its opener (the frame), the UI acknowledged it,
        // and the page closed its window.
        QTRY_VERIFY_WITH_TIMEOUT(!s_consoleErrors.filter(QStringLiteral("callback ack received")).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(env.server.requestLog().cbegin(), env.server.requestLog().cend(),
                                             [](const LoggedRequest &r) { return r.path == ConnectUIDriver::ackReportPath(); }),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!popup, 10000);
        QVERIFY(env.waitScreen(QStringLiteral("success")));
        QCOMPARE(spies.error.count(), 0);
        env.clickAndGo(QStringLiteral("#finish"));
        QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 10000);
    }

    void oauthRefusedIsOneError()
    {
        // Deny at the fake provider: the UI reports the failure twice (the socket's callback_err,
        // then connection_validation_failed from the callback page), ~60 ms apart: one signal.
        Env env;
        NangoConnectUISession *session = env.open(env.options());
        Spies spies(session);
        QVERIFY(env.waitScreen(QStringLiteral("picker"), 30000));
        QVERIFY(env.click(QStringLiteral(".integration[data-key=\"github-dev\"]")));
        QVERIFY(env.waitScreen(QStringLiteral("form")));
        QVERIFY(env.click(QStringLiteral("#submit")));
        QPointer<QDialog> popup;
        QTRY_VERIFY_WITH_TIMEOUT((popup = env.dialog->findChild<QDialog *>(QStringLiteral("nangoWebPopup"))), 15000);
        auto *popupView = popup->findChild<QWebEngineView *>(QStringLiteral("popupView"));
        QVERIFY(popupView);
        QTRY_VERIFY_WITH_TIMEOUT(runJs(popupView->page(), QStringLiteral("!!document.getElementById('deny')")).toBool(), 15000);
        runJs(popupView->page(), QStringLiteral("document.getElementById('deny').click(); 1"));
        QTRY_COMPARE_WITH_TIMEOUT(spies.error.count(), 1, 15000);
        QCOMPARE(spies.error.first().at(0).toString(), QStringLiteral("callback_err"));
        QVERIFY(env.waitScreen(QStringLiteral("error")));
        QTest::qWait(1000); // the second report has come by now
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.connected.count(), 0);
        QCOMPARE(spies.closed.count(), 0);
        QVERIFY(env.server.connections().isEmpty());
        session->close(); // the callback page stays open on an error: closing the session closes it too
        QCOMPARE(spies.closed.count(), 1);
        QTRY_VERIFY(!popup || !popup->isVisible());
    }

    void closedPopupDetected()
    {
        // detectClosedAuthWindow: the UI notices the user closing our popup window (its opener
        // sees window.closed) and reports window_closed; the session stays open (the UI shows it).
        Env env;
        NangoConnectUIOptions options = env.options();
        options.setDetectClosedAuthWindow(true);
        NangoConnectUISession *session = env.open(options);
        Spies spies(session);
        QVERIFY(session->url().query().contains(QStringLiteral("detectClosedAuthWindow=true")));
        QVERIFY(env.waitScreen(QStringLiteral("picker"), 30000));
        QVERIFY(env.click(QStringLiteral(".integration[data-key=\"github-dev\"]")));
        QVERIFY(env.waitScreen(QStringLiteral("form")));
        QVERIFY(env.click(QStringLiteral("#submit")));
        QPointer<QDialog> popup;
        QTRY_VERIFY_WITH_TIMEOUT((popup = env.dialog->findChild<QDialog *>(QStringLiteral("nangoWebPopup"))), 15000);
        auto *popupView = popup->findChild<QWebEngineView *>(QStringLiteral("popupView"));
        QTRY_VERIFY_WITH_TIMEOUT(runJs(popupView->page(), QStringLiteral("!!document.getElementById('deny')")).toBool(), 15000);
        popup->close(); // the user closes the sign-in window
        QTRY_COMPARE_WITH_TIMEOUT(spies.error.count(), 1, 15000);
        QCOMPARE(spies.error.first().at(0).toString(), QStringLiteral("window_closed"));
        QCOMPARE(spies.closed.count(), 0);
        QVERIFY(session->isOpen());
        QVERIFY(env.server.connections().isEmpty());
        session->close();
    }

    void theFrameCannotReachTheBridge()
    {
        // The Connect UI's own world (and any page inside its frame) must not see the host page's
        // web channel: it could otherwise post "messages" with any origin it likes.
        Env env;
        NangoConnectUISession *session = env.open(env.options());
        Spies spies(session);
        QWebEngineScript probe;
        probe.setName(QStringLiteral("nangoqt-test-probe"));
        probe.setWorldId(QWebEngineScript::MainWorld);
        probe.setInjectionPoint(QWebEngineScript::DocumentReady);
        probe.setRunsOnSubFrames(true);
        probe.setSourceCode(QStringLiteral(
            "if (window.top !== window) { window.parent.postMessage({type: '__nangoqt_probe', "
            "hasTransport: typeof qt !== 'undefined' && !!qt && !!qt.webChannelTransport}, '*'); }"));
        env.view->page()->scripts().insert(probe);
        runJs(env.view->page(), QStringLiteral("1")); // the host page is up
        QVERIFY(env.waitScreen(QStringLiteral("picker"), 30000));
        const QString recorder = QStringLiteral("window.__probe === undefined ? null : window.__probe");
        // The listener goes in now; the probe posts at DocumentReady, so ask the frame again by reloading it.
        runJs(env.view->page(), QStringLiteral("window.addEventListener('message', function (e) { if (e.data && e.data.type === '__nangoqt_probe') window.__probe = e.data.hasTransport; });"
                                               "var f = document.getElementById('connect-ui'); f.src = f.src; 1"));
        QVariant seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen = runJs(env.view->page(), recorder)).isValid() && !seen.isNull(), 15000);
        QCOMPARE(seen.toBool(), false);
        // The host page itself has it (that is how it talks to C++).
        QCOMPARE(runJs(env.view->page(), QStringLiteral("typeof qt !== 'undefined' && !!qt.webChannelTransport")).toBool(), true);
        session->close();
    }

    void neverReady()
    {
        Env env;
        QElapsedTimer timer;
        timer.start();
        NangoConnectUISession *session = env.open(env.options(QStringLiteral("neverReady=1")));
        Spies spies(session);
        QVERIFY(env.dialog);
        QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 20000);
        const qint64 elapsed = timer.elapsed();
        qInfo("a page that never sends ready: error and closed after %lld ms", elapsed);
        QVERIFY(elapsed >= 9900);
        QCOMPARE(spies.error.count(), 1);
        QCOMPARE(spies.error.first().at(0).toString(), QString::fromLatin1(NangoErrorType::ConnectUINotReady));
        QVERIFY(spies.error.first().at(1).toString().contains(env.server.url().toString() + QStringLiteral("/connect/")));
        QCOMPARE(spies.ready.count(), 0);
        QTRY_VERIFY(!env.dialog);
    }

    void escapeBeforeReadyCloses()
    {
        Env env;
        NangoConnectUISession *session = env.open(env.options(QStringLiteral("neverReady=1")));
        Spies spies(session);
        QVERIFY(env.waitScreen(QStringLiteral("loading"), 30000)); // the frame is up, silent
        QTest::keyClick(env.dialog, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(spies.closed.count(), 1, 5000);
        QCOMPARE(spies.error.count(), 0);
    }
};

QTEST_MAIN(TestHostedConnectUI)
#include "tst_hostedconnectui.moc"
