// SPDX-License-Identifier: MIT
// webengine/'s pure pieces, which the Widgets modal and the QML AuthWindow both use: the window
// placement, the web policy's rules and words, "report the user close once". The faces' own
// tests (tests/widgets, tests/qml) drive them through the real windows.
#include "nangoclosereport_p.h"
#include "nangowebpolicy_p.h"
#include "nangowindowplacement_p.h"

#include <NangoQt/NangoErrorTypes>

#include <QLoggingCategory>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "nangoqt.test", QtInfoMsg)

using NangoWebEngine::placeWindow;

class TestWebPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placement_data()
    {
        QTest::addColumn<QSize>("requested");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("anchor"); // null: no anchor window
        QTest::addColumn<QRect>("frame");
        const QRect screen(0, 0, 1280, 800);
        QTest::newRow("fits, centred on the screen") << QSize(500, 600) << screen << QRect() << QRect(390, 100, 500, 600);
        QTest::newRow("larger than the screen: clamped") << QSize(5000, 5000) << screen << QRect() << screen;
        QTest::newRow("tiny: at least 200x200") << QSize(10, 20) << screen << QRect() << QRect(540, 300, 200, 200);
        QTest::newRow("screen under 200 px: the screen") << QSize(500, 600) << QRect(0, 0, 150, 120) << QRect() << QRect(0, 0, 150, 120);
        QTest::newRow("centred on the anchor") << QSize(400, 300) << screen << QRect(100, 100, 600, 500) << QRect(200, 200, 400, 300);
        QTest::newRow("anchor near the right edge: kept inside") << QSize(500, 600) << screen << QRect(1100, 0, 180, 100) << QRect(779, 0, 500, 600);
        QTest::newRow("anchor off the top left: kept inside") << QSize(500, 600) << screen << QRect(-400, -400, 100, 100) << QRect(0, 0, 500, 600);
        QTest::newRow("second screen's area") << QSize(500, 600) << QRect(1920, 40, 1280, 760) << QRect() << QRect(2310, 120, 500, 600);
    }
    void placement()
    {
        QFETCH(QSize, requested);
        QFETCH(QRect, available);
        QFETCH(QRect, anchor);
        QFETCH(QRect, frame);
        QCOMPARE(placeWindow(requested, available, anchor.isNull() ? std::nullopt : std::optional<QRect>(anchor)), frame);
    }

    void noScreen()
    {
        QCOMPARE(NangoWebEngine::availableArea(nullptr), QRect(0, 0, 1024, 768));
    }

    void webUrls_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("web");
        QTest::newRow("https") << QUrl(QStringLiteral("https://api.nango.dev/oauth/connect/github")) << true;
        QTest::newRow("http") << QUrl(QStringLiteral("http://127.0.0.1:3003/")) << true;
        QTest::newRow("about:blank") << QUrl(QStringLiteral("about:blank")) << true;
        QTest::newRow("about:srcdoc") << QUrl(QStringLiteral("about:srcdoc")) << false;
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << false;
        QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)")) << false;
        QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,hello")) << false;
        QTest::newRow("custom scheme") << QUrl(QStringLiteral("nango-custom://x")) << false;
        QTest::newRow("chrome") << QUrl(QStringLiteral("chrome://crash")) << false;
    }
    void webUrls()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, web);
        QCOMPARE(NangoWebEngine::isWebUrl(url), web);
        if (!web)
            QTest::ignoreMessage(QtInfoMsg, qPrintable(QStringLiteral("Refused navigation to a \"%1\" URL").arg(url.scheme())));
        QCOMPARE(NangoWebEngine::acceptNavigation(url, lcTest()), web);
        const auto refusal = NangoWebEngine::openRefusal(url);
        QCOMPARE(refusal.has_value(), !web);
        if (refusal) {
            QCOMPARE(refusal->type, QString::fromLatin1(NangoErrorType::BlockedByBrowser));
            QCOMPARE(refusal->message, QStringLiteral("The authorization window only opens http(s) pages, not a %1: URL.").arg(url.scheme()));
        }
    }

    void rendererEnds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // empty: not a refusal
        QTest::newRow("normal") << int(QWebEnginePage::NormalTerminationStatus) << 0 << QString();
        QTest::newRow("abnormal") << int(QWebEnginePage::AbnormalTerminationStatus) << 1
                                  << QStringLiteral("The authorization page stopped: its browser process crashed (exit code 1).");
        QTest::newRow("crashed") << int(QWebEnginePage::CrashedTerminationStatus) << 11
                                 << QStringLiteral("The authorization page stopped: its browser process crashed (exit code 11).");
        QTest::newRow("killed") << int(QWebEnginePage::KilledTerminationStatus) << 9
                                << QStringLiteral("The authorization page stopped: its browser process was killed (exit code 9).");
    }
    void rendererEnds()
    {
        QFETCH(int, status);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto refusal = NangoWebEngine::renderProcessRefusal(QWebEnginePage::RenderProcessTerminationStatus(status), exitCode);
        QCOMPARE(refusal.has_value(), !message.isEmpty());
        if (refusal) {
            QCOMPARE(refusal->type, QString::fromLatin1(NangoErrorType::BlockedByBrowser));
            QCOMPARE(refusal->message, message);
        }
    }

    void userCloseReportedOnce()
    {
        NangoCloseReport report;
        QVERIFY(report.takeUserClose()); // reject()
        QVERIFY(!report.takeUserClose()); // the close event that follows
        report.closeQuietly();
        QVERIFY(!report.takeUserClose());
    }
    void quietCloseIsNoUserClose()
    {
        NangoCloseReport report;
        report.closeQuietly();
        QVERIFY(!report.takeUserClose());
        QVERIFY(!report.takeUserClose());
    }
};

QTEST_APPLESS_MAIN(TestWebPolicy)

#include "tst_webpolicy.moc"
