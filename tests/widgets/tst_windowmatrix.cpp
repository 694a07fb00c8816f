// SPDX-License-Identifier: MIT
// The window rows of the fault matrix (docs/fault-matrix.md): the real QtWebEngine modal against
// the dev server. Each row ends in exactly one documented terminal signal within its bound.
#include "devserverenv.h"
#include "selfsignedcertificate.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthDialog>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <QApplication>
#include <QDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace NangoDev;

namespace {

constexpr char Succeeded[] = "succeeded";

NangoAuthDialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<NangoAuthDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

QWebEngineView *viewOf(NangoAuthDialog *dialog)
{
    return dialog->findChild<QWebEngineView *>(QStringLiteral("authView"));
}

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 5000)
        QTest::qWait(10);
    return result;
}

/// The modal showing the fake provider's Allow / Deny page, or nullptr.
NangoAuthDialog *waitForProviderPage(int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    NangoAuthDialog *dialog = nullptr;
    while (!(dialog = openDialog()) && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    while (dialog && timer.elapsed() < timeoutMs) {
        QTest::qWait(50);
        if (!openDialog())
            return nullptr;
        if (!viewOf(dialog))
            continue; // the modal shows from the start of the flow; its view comes a moment later
        if (viewOf(dialog)->url().path() == QLatin1String("/provider/oauth/authorize")
            && evaluate(viewOf(dialog)->page(), QStringLiteral("!!document.getElementById('allow')")).toBool())
            return dialog;
    }
    return nullptr;
}

QDialog *visiblePopup(NangoAuthDialog *dialog)
{
    for (auto *d : dialog->findChildren<QDialog *>())
        if (d != dialog && d->isVisible())
            return d;
    return nullptr;
}

} // namespace

class TestWindowMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_certDir;
    SelfSignedCertificate m_cert;

private Q_SLOTS:
    void initTestCase()
    {
        NangoAuth::preload();
        QString error;
        m_cert = makeSelfSignedCertificate(m_certDir.path(), &error);
        QVERIFY2(!m_cert.isNull(), qPrintable(error));
    }

    void window_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expected");
        const QString cancelled = QString::fromLatin1(NangoErrorType::AuthorizationCancelled);
        const QString ok = QString::fromLatin1(Succeeded);
        QTest::newRow("user closes while connecting (ack delayed 3 s)") << "close-while-connecting" << cancelled;
        QTest::newRow("user closes before the page loads") << "close-before-load" << cancelled;
        QTest::newRow("user closes while the page loads") << "close-during-load" << cancelled;
        QTest::newRow("user presses Escape on the provider page") << "escape" << cancelled;
        QTest::newRow("user closes right after the result") << "close-after-result" << ok;
        QTest::newRow("renderer process killed") << "kill-renderer" << QString::fromLatin1(NangoErrorType::BlockedByBrowser);
        QTest::newRow("navigation to chrome://crash refused, flow goes on") << "nav:chrome://crash" << ok;
        QTest::newRow("navigation to file: refused, flow goes on") << "nav:file:///etc/passwd" << ok;
        QTest::newRow("navigation to data: refused, flow goes on") << "nav:data:text/html,<h1>spoof</h1>" << ok;
        QTest::newRow("navigation to a custom scheme refused, flow goes on") << "nav:nango-custom://steal?x=1" << ok;
        QTest::newRow("browser-initiated file: load refused, flow goes on") << "load:file:///etc/hostname" << ok;
        QTest::newRow("openUrl() with a javascript: URL refused") << "openurl:javascript:document.title='pwned'" << QString::fromLatin1(NangoErrorType::BlockedByBrowser);
        QTest::newRow("openUrl() with a file: URL refused") << "openurl:file:///etc/passwd" << QString::fromLatin1(NangoErrorType::BlockedByBrowser);
        QTest::newRow("page calls window.close(): not a user close") << "window-close" << ok;
        QTest::newRow("provider popup shares the flow's profile") << "popup" << ok;
        QTest::newRow("popup to a file: URL refused") << "popup-file" << ok;
        QTest::newRow("certificate error on the Nango host") << "certificate" << QString::fromLatin1(NangoErrorType::TlsError);
    }
    void window()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expected);

        DevServerEnv::Options options;
        options.timeoutMs = 60000;
        if (scenario == QLatin1String("certificate")) {
            options.beforeListen = [this](NangoDevServer &server) {
                server.setTlsCertificate(m_cert.certificate, m_cert.key);
            };
        }
        DevServerEnv env(Era::Current, oauthIntegrations(), options);
        NangoDevServer &server = *env.server;
        NangoAuth &nango = *env.nango;
        // The modal is watched from the moment auth() returns: no provider here needs the system
        // browser, so Browser::Auto makes the window at once instead of first asking the catalog
        // for the provider's authorization URL (core_browserchoice tests that lookup).
        nango.setSystemBrowserHosts({});
        // Core trusts the certificate (the WebSocket opens); the modal's browser does not.
        if (scenario == QLatin1String("certificate"))
            nango.addCaCertificate(m_cert.certificate);
        if (scenario == QLatin1String("close-while-connecting")) {
            Faults f;
            f.ackDelayMs = 3000; // the modal shows its connecting state meanwhile
            server.setFaults(f);
        } else if (scenario.startsWith(QLatin1String("close-")) && scenario != QLatin1String("close-after-result")) {
            Faults f;
            f.httpDelayMs = 3000; // /oauth/connect is slow: the modal is still loading
            server.setFaults(f);
        }

        NangoAuthFlow *flow = nango.auth(scenario == QLatin1String("close-after-result") ? QStringLiteral("github-auto") : QStringLiteral("github"));
        QSignalSpy ok(flow, &NangoAuthFlow::succeeded);
        QSignalSpy ko(flow, &NangoAuthFlow::failed);
        const auto terminal = [&] { return ok.count() + ko.count(); };
        QElapsedTimer clock;
        clock.start();

        if (scenario == QLatin1String("close-while-connecting")) {
            NangoAuthDialog *dialog = openDialog(); // shown by auth() itself
            QVERIFY(dialog);
            QTest::qWait(300);
            QVERIFY(dialog->isConnecting());
            QVERIFY(viewOf(dialog)->url().isEmpty());
            dialog->close();
        } else if (scenario == QLatin1String("close-before-load")) {
            NangoAuthDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog()) != nullptr, 30000);
            dialog->close();
        } else if (scenario == QLatin1String("close-during-load")) {
            NangoAuthDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog()) != nullptr, 30000);
            QTest::qWait(700);
            QVERIFY(viewOf(dialog)->page()->url().isEmpty() || viewOf(dialog)->url().path() != QLatin1String("/provider/oauth/authorize"));
            dialog->close();
        } else if (scenario == QLatin1String("escape")) {
            NangoAuthDialog *dialog = waitForProviderPage();
            QVERIFY(dialog);
            QTest::keyClick(dialog, Qt::Key_Escape);
        } else if (scenario == QLatin1String("close-after-result")) {
            connect(flow, &NangoAuthFlow::succeeded, this, [] {
                if (NangoAuthDialog *d = openDialog())
                    d->close(); // too late: the result is in
            });
        } else if (scenario == QLatin1String("kill-renderer")) {
            NangoAuthDialog *dialog = waitForProviderPage();
            QVERIFY(dialog);
            const qint64 pid = viewOf(dialog)->page()->renderProcessPid();
            QVERIFY2(pid > 0 && pid != qint64(::getpid()), "the renderer runs in its own process");
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        } else if (scenario.startsWith(QLatin1String("nav:")) || scenario.startsWith(QLatin1String("load:"))) {
            NangoAuthDialog *dialog = waitForProviderPage();
            QVERIFY(dialog);
            QWebEngineView *view = viewOf(dialog);
            const QUrl before = view->url();
            const QString target = scenario.section(QLatin1Char(':'), 1);
            if (scenario.startsWith(QLatin1String("nav:")))
                view->page()->runJavaScript(QStringLiteral("window.location.href = %1").arg(QStringLiteral("'") + target + QStringLiteral("'")));
            else
                view->load(QUrl(target));
            QTest::qWait(700);
            QCOMPARE(view->url(), before);
            QVERIFY(evaluate(view->page(), QStringLiteral("document.title")).toString() != QLatin1String("pwned"));
            QCOMPARE(terminal(), 0);
            evaluate(view->page(), QStringLiteral("document.getElementById('allow').click()"));
        } else if (scenario.startsWith(QLatin1String("openurl:"))) {
            // NangoAuthDialog::openUrl() is public: it loads nothing but http(s). (A javascript:
            // URL given to QWebEngineView::load() would run in the page without any navigation
            // request, replacing the provider page.)
            NangoAuthDialog *dialog = waitForProviderPage();
            QVERIFY(dialog);
            const QUrl before = viewOf(dialog)->url();
            dialog->openUrl(QUrl(scenario.mid(8)), QSize(400, 300), QStringLiteral("x"));
            QCOMPARE(viewOf(dialog)->url(), before);
        } else if (scenario == QLatin1String("window-close")) {
            NangoAuthDialog *dialog = waitForProviderPage();
            QVERIFY(dialog);
            evaluate(viewOf(dialog)->page(), QStringLiteral("window.close()"));
            QTest::qWait(500);
            QVERIFY(dialog->isVisible());
            QCOMPARE(terminal(), 0);
            evaluate(viewOf(dialog)->page(), QStringLiteral("document.getElementById('allow').click()"));
        } else if (scenario.startsWith(QLatin1String("popup"))) {
            NangoAuthDialog *dialog = waitForProviderPage();
            QVERIFY(dialog);
            QWebEngineView *view = viewOf(dialog);
            const bool file = scenario == QLatin1String("popup-file");
            view->page()->runJavaScript(QStringLiteral("window.open(%1, 'signin', 'width=300,height=300')")
                                            .arg(file ? QStringLiteral("'file:///etc/passwd'") : QStringLiteral("window.location.href")));
            if (file) {
                // Chromium refuses a file: window from a web page before any popup is made.
                QTest::qWait(1000);
                QCOMPARE(visiblePopup(dialog), nullptr);
            }
            QDialog *popup = nullptr;
            if (!file) {
                QTRY_VERIFY_WITH_TIMEOUT((popup = visiblePopup(dialog)) != nullptr, 10000);
                auto *popupView = popup->findChild<QWebEngineView *>();
                QVERIFY(popupView);
                QCOMPARE(popupView->page()->profile(), view->page()->profile()); // the flow's cookies
                QVERIFY(view->page()->profile()->isOffTheRecord());
                QTRY_VERIFY_WITH_TIMEOUT(popupView->url().path() == QLatin1String("/provider/oauth/authorize"), 10000);
            }
            QCOMPARE(terminal(), 0);
            QPointer<QDialog> guard(popup);
            evaluate(view->page(), QStringLiteral("document.getElementById('allow').click()"));
            QTRY_VERIFY_WITH_TIMEOUT(terminal() > 0, 30000);
            QTRY_VERIFY(!guard || !guard->isVisible()); // popups go with the modal
        }

        QTRY_VERIFY_WITH_TIMEOUT(terminal() > 0, 30000);
        const qint64 tookMs = clock.elapsed();
        QTest::qWait(scenario.startsWith(QLatin1String("close-")) ? 3500 : 500); // late answers change nothing
        QCOMPARE(terminal(), 1);
        const QString got = ok.count() ? QString::fromLatin1(Succeeded) : ko.first().at(0).toString();
        QVERIFY2(got == expected, qPrintable(got + (ko.count() ? QStringLiteral(": ") + ko.first().at(1).toString() : QString())));
        if (ko.count())
            QVERIFY(!ko.first().at(1).toString().isEmpty());
        QTRY_VERIFY(!openDialog()); // the modal is gone in every case
        qInfo("outcome %s after %lld ms", qPrintable(got), tookMs);
    }
};

QTEST_MAIN(TestWindowMatrix)
#include "tst_windowmatrix.moc"
