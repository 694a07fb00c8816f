// SPDX-License-Identifier: MIT
// The system browser in a QApplication that links NangoQt::Widgets: its opener never fails
// silently. On a Linux desktop the module keeps Core's opener (xdg-open, exit status watched);
// where it installs QDesktopServices::openUrl (macOS, Windows, sandboxes) that result counts.
// Nothing of the Widgets library is called here: linking it is enough for its start-up code.
#include "fakeopener.h"
#include "testenv.h"

#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoSystemBrowserWindow>

#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QTest>

using namespace NangoDev;

/// Stands for a desktop's URL handler (QDesktopServices::setUrlHandler).
class UrlHandler : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestSystemBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    void failingOpenerEndsTheFlowAtOnce()
    {
        FakeOpener opener(FakeOpener::Fails);
        TestEnv env(Era::Current);
        env.nango->setWindowFactory({});
        env.nango->setBrowser(NangoAuth::Browser::System);
        QElapsedTimer t;
        t.start();
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
        QVERIFY2(t.elapsed() < 3000, "the opener's failure must end the flow at once");
        QVERIFY2(r.message().contains(QStringLiteral("xdg-open exited with status 3")), qPrintable(r.message()));
    }

    void succeedingOpenerLetsTheFlowGoOn()
    {
        FakeOpener opener(FakeOpener::Succeeds);
        TestEnv env(Era::Current);
        env.nango->setWindowFactory({});
        env.nango->setBrowser(NangoAuth::Browser::System);
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        const QUrl url = opener.waitForOpenedUrl();
        QCOMPARE(url.path(), QStringLiteral("/oauth/connect/github"));
        FollowingWindow browser(FollowingWindow::Allow);
        browser.open(url, QSize(), QString());
        VERIFY_SUCCEEDED(r);
    }
#endif

    void desktopServicesRefusalEndsTheFlow()
    {
        // QDesktopServices in charge (as the module sets it where Qt does more than xdg-open);
        // with no handler, the offscreen platform cannot open URLs and says so.
        NangoSystemBrowserWindow::setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
        TestEnv env(Era::Current);
        env.nango->setWindowFactory({});
        env.nango->setBrowser(NangoAuth::Browser::System);
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        VERIFY_FAILED_WITH(r, NangoErrorType::BlockedByBrowser);
        QVERIFY2(r.message().contains(QStringLiteral("QDesktopServices::openUrl")), qPrintable(r.message()));
        NangoSystemBrowserWindow::setUrlOpener({});
    }

    void desktopServicesHandlerGetsTheUrl()
    {
        NangoSystemBrowserWindow::setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
        UrlHandler handler;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &handler, "open");
        TestEnv env(Era::Current);
        env.nango->setWindowFactory({});
        env.nango->setBrowser(NangoAuth::Browser::System);
        FlowResult r(env.nango->auth(QStringLiteral("github")));
        QTRY_COMPARE(handler.urls.size(), 1);
        FollowingWindow browser(FollowingWindow::Allow);
        browser.open(handler.urls.first(), QSize(), QString());
        VERIFY_SUCCEEDED(r);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        NangoSystemBrowserWindow::setUrlOpener({});
    }
};

QTEST_MAIN(TestSystemBrowser)
#include "tst_systembrowser.moc"
