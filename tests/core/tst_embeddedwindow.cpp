// SPDX-License-Identifier: MIT
// Core's registry of the embedded window: which face's window NangoAuth uses is decided by the
// priority each registers with, not by the order in which the libraries start.
#include <NangoQt/NangoAuthWindow>

#include <QTest>

namespace {
using Priority = NangoAuthWindow::EmbeddedPriority;

/// A face's factory (what it makes does not matter here); its preloader says who registered.
NangoAuthWindowFactory factory()
{
    return [](NangoAuthFlow *) -> NangoAuthWindow * { return nullptr; };
}

QString s_lastPreload;
std::function<void()> preloaderOf(const QString &name)
{
    return [name] { s_lastPreload = name; };
}

QString preloaded()
{
    s_lastPreload.clear();
    if (const auto preload = NangoAuthWindow::embeddedPreloader())
        preload();
    return s_lastPreload;
}
} // namespace

class TestEmbeddedWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { NangoAuthWindow::registerEmbeddedFactory(nullptr); }

    void theHigherPriorityWins_data()
    {
        QTest::addColumn<bool>("widgetsFirst");
        QTest::newRow("Widgets starts first") << true;
        QTest::newRow("Quick starts first") << false;
    }
    void theHigherPriorityWins()
    {
        QFETCH(bool, widgetsFirst);
        const auto registerWidgets = [&] {
            return NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("widgets")), Priority::WidgetsModal);
        };
        const auto registerQuick = [&] {
            return NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("quick")), Priority::QuickWindow);
        };
        if (widgetsFirst) {
            QVERIFY(registerWidgets());
            QVERIFY(!registerQuick()); // the QML module loaded later keeps the modal
        } else {
            QVERIFY(registerQuick());
            QVERIFY(registerWidgets());
        }
        QVERIFY(NangoAuthWindow::embeddedFactory());
        QCOMPARE(preloaded(), QStringLiteral("widgets"));
        // Registering again (both start-up functions of a face run) changes nothing.
        QVERIFY(registerWidgets());
        QVERIFY(!registerQuick());
        QCOMPARE(preloaded(), QStringLiteral("widgets"));
    }

    void aloneAFaceIsUsed()
    {
        QVERIFY(!NangoAuthWindow::embeddedFactory());
        QVERIFY(NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("quick")), Priority::QuickWindow));
        QVERIFY(NangoAuthWindow::embeddedFactory());
        QCOMPARE(preloaded(), QStringLiteral("quick"));
    }

    void theAppsOwnFactoryStays()
    {
        QVERIFY(NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("widgets")), Priority::WidgetsModal));
        bool called = false;
        NangoAuthWindow::registerEmbeddedFactory([&called](NangoAuthFlow *) -> NangoAuthWindow * {
            called = true;
            return nullptr;
        });
        QVERIFY(!NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("quick")), Priority::QuickWindow));
        QVERIFY(!NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("widgets")), Priority::WidgetsModal));
        NangoAuthWindow::embeddedFactory()(nullptr);
        QVERIFY(called);
        QCOMPARE(preloaded(), QStringLiteral("widgets")); // the preloader is kept
    }

    void nullptrRemovesTheEmbeddedWindow()
    {
        QVERIFY(NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("widgets")), Priority::WidgetsModal));
        NangoAuthWindow::registerEmbeddedFactory(nullptr);
        QVERIFY(!NangoAuthWindow::embeddedFactory());
        // Nothing is registered now: a lower face may register again.
        QVERIFY(NangoAuthWindow::registerEmbeddedWindow(factory(), preloaderOf(QStringLiteral("quick")), Priority::QuickWindow));
        QCOMPARE(preloaded(), QStringLiteral("quick"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedWindow)

#include "tst_embeddedwindow.moc"
