// SPDX-License-Identifier: MIT
// "Continue in your browser" in the Widgets face: with NangoAuth::browser = System and a fake
// opener that "opens" the URL by writing it to a file, connecting github-dev (the dev server's
// sample catalog) from NangoConnectButton shows the state in a small frame under the button,
// and NangoConnectDialog shows it on its Connecting page. Copy link puts the flow's
// authorization URL on the clipboard, Open again runs the opener once more, Cancel (the button
// and Escape on the focused widget) ends the flow once with authorization_cancelled and the
// state goes away; in the dialog Cancel goes back to the picker. Sequences of states are
// recorded from the signals, not polled.
#include "devserverenv.h"
#include "fakeopener.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthDialog>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoConnectAction>
#include <NangoQt/NangoConnectButton>
#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoErrorTypes>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace NangoDev;
using Screen = NangoConnectUIModel::Screen;

namespace {

/// The dev server with the sample's integrations and catalog, a session token, the system browser.
struct Env : SampleEnv
{
    Env() { nango->setBrowser(NangoAuth::Browser::System); }
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key)
{
    QVERIFY(focused());
    QTest::keyClick(focused(), key);
}

void click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY(widget->isVisible());
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
}

/// The opener's file is gone: the next open writes it again.
void forgetOpened(const FakeOpener &opener)
{
    QFile::remove(opener.openedFile());
    QVERIFY(!QFile::exists(opener.openedFile()));
}

/// Every failed(type) of the NangoAuth (all its flows).
struct Failures
{
    explicit Failures(NangoAuth *nango)
        : spy(nango, &NangoAuth::failed)
    {
    }
    QStringList types() const
    {
        QStringList t;
        for (const QList<QVariant> &args : spy)
            t << args.at(0).toString();
        return t;
    }
    QSignalSpy spy;
};

} // namespace

class TestBrowserWait : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    /// The button's frame: shown while the flow is in the browser, Copy link, Open again, Escape.
    void buttonShowsTheStateAndEscapeCancels();
    /// The frame's Cancel by mouse ends the flow once; the frame stays inside the screen.
    void buttonCancelByMouse();
    /// The dialog's Connecting page: the panel instead of the spinner; Cancel and Escape go back.
    void dialogConnectingPage();
    /// Browser::Auto with the real Widgets modal registered: the catalog's google-calendar-dev
    /// (accounts.google.com) goes to the system browser with the wait state, github-dev to the modal.
    void autoPicksTheWindowPerProvider();
    /// The modal forced on google-calendar-dev: the dev server's Google-like refusal page for
    /// QtWebEngine ends the flow with blocked_by_browser, the modal goes away.
    void refusalPageInTheModal();
};

void TestBrowserWait::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestBrowserWait::buttonShowsTheStateAndEscapeCancels()
{
    FakeOpener opener(FakeOpener::Succeeds);
    Env env;
    Failures failures(env.nango.get());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *button = new NangoConnectButton(&window);
    button->setAuth(env.nango.get());
    button->setIntegrationId(QStringLiteral("github-dev"));
    button->setDisplayName(QStringLiteral("GitHub (dev)"));
    layout->addWidget(button);
    window.resize(360, 160);
    window.move(100, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    NangoConnectAction *action = button->connectAction();
    QList<bool> inBrowser;
    QList<bool> popupShown;
    QList<NangoConnectAction::State> states;
    connect(action, &NangoConnectAction::inSystemBrowserChanged, this, [&] {
        inBrowser << action->isInSystemBrowser();
        // What the button shows right after the action said so (the frame follows at once).
        auto *popup = button->findChild<QWidget *>(QStringLiteral("NangoBrowserWaitPopup"));
        popupShown << (popup && popup->isVisible());
    });
    connect(action, &NangoConnectAction::stateChanged, this, [&](NangoConnectAction::State s) { states << s; });
    QSignalSpy actionFailed(action, &NangoConnectAction::failed);

    click(button);
    const QUrl opened = opener.waitForOpenedUrl();
    QCOMPARE(opened.path(), QStringLiteral("/oauth/connect/github-dev"));
    QTRY_COMPARE(inBrowser, QList<bool>{true});
    QCOMPARE(popupShown, QList<bool>{true});
    QCOMPARE(action->authorizationUrl(), opened);

    auto *popup = button->findChild<QWidget *>(QStringLiteral("NangoBrowserWaitPopup"));
    QVERIFY(popup);
    QVERIFY(popup->isVisible());
    QVERIFY(popup->isWindow());
    QVERIFY(!popup->isModal());
    // Under the button, inside the screen.
    const QRect buttonRect(button->mapToGlobal(QPoint(0, 0)), button->size());
    QVERIFY2(popup->geometry().top() >= buttonRect.bottom(), "the frame is under the button");
    QVERIFY(button->screen()->availableGeometry().contains(popup->geometry()));

    auto *title = popup->findChild<QLabel *>(QStringLiteral("browserWaitTitle"));
    auto *text = popup->findChild<QLabel *>(QStringLiteral("browserWaitText"));
    auto *openAgain = popup->findChild<QPushButton *>(QStringLiteral("openAgainButton"));
    auto *copyLink = popup->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
    auto *cancel = popup->findChild<QPushButton *>(QStringLiteral("browserCancelButton"));
    QVERIFY(title && text && openAgain && copyLink && cancel);
    QCOMPARE(title->text(), QStringLiteral("Continue in your browser"));
    QCOMPARE(text->text(), QStringLiteral("Finish connecting GitHub (dev) in the browser window that opened."));
    QCOMPARE(openAgain->text(), QStringLiteral("&Open again"));
    QCOMPARE(copyLink->text(), QStringLiteral("&Copy link"));
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    for (QWidget *w : {static_cast<QWidget *>(openAgain), static_cast<QWidget *>(copyLink), static_cast<QWidget *>(cancel)})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    // Open again has the focus; Tab cycles through the three buttons.
    QTRY_COMPARE(focused(), openAgain);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), copyLink);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), cancel);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), openAgain);

    // Copy link (Space on the focused button): the flow's authorization URL, and a word about it.
    press(Qt::Key_Tab);
    QCOMPARE(focused(), copyLink);
    press(Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), action->authorizationUrl().toString());
    QCOMPARE(QUrl(QGuiApplication::clipboard()->text()), opened);
    QVERIFY2(text->text().startsWith(QStringLiteral("Link copied")), qPrintable(text->text()));
    QTRY_COMPARE_WITH_TIMEOUT(text->text(), QStringLiteral("Finish connecting GitHub (dev) in the browser window that opened."), 5000);

    // Open again runs the opener a second time with the same URL.
    forgetOpened(opener);
    press(Qt::Key_Backtab);
    QCOMPARE(focused(), openAgain);
    press(Qt::Key_Space);
    QCOMPARE(opener.waitForOpenedUrl(), opened);
    QCOMPARE(inBrowser, QList<bool>{true}); // still waiting, still shown
    QVERIFY(popup->isVisible());

    // Escape on the focused widget cancels: one authorization_cancelled, the frame goes.
    press(Qt::Key_Escape);
    QTRY_COMPARE(inBrowser, (QList<bool>{true, false}));
    QCOMPARE(popupShown, (QList<bool>{true, false}));
    // The flow ends once with authorization_cancelled; the action goes back to Idle without
    // failed() (NangoConnectAction::cancel()).
    QTRY_COMPARE(failures.types(), QStringList{QLatin1String(NangoErrorType::AuthorizationCancelled)});
    QTest::qWait(300); // nothing late
    QCOMPARE(failures.types(), QStringList{QLatin1String(NangoErrorType::AuthorizationCancelled)});
    QCOMPARE(actionFailed.count(), 0);
    QVERIFY(!popup->isVisible());
    QCOMPARE(states, (QList<NangoConnectAction::State>{NangoConnectAction::State::Connecting, NangoConnectAction::State::Idle}));
    QVERIFY(button->isEnabled());
    QTRY_COMPARE(focused(), button); // the keyboard is back where it was
    QCOMPARE(env.server->connections().size(), 0);
}

void TestBrowserWait::buttonCancelByMouse()
{
    FakeOpener opener(FakeOpener::Succeeds);
    Env env;
    Failures failures(env.nango.get());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addStretch(1);
    auto *button = new NangoConnectButton(&window);
    button->setAuth(env.nango.get());
    button->setIntegrationId(QStringLiteral("github-dev"));
    layout->addWidget(button);
    // The window at the bottom right of the screen: the frame must still be on the screen.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    window.resize(240, 120);
    window.move(area.right() - 240, area.bottom() - 120);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NangoConnectAction *action = button->connectAction();
    QList<bool> inBrowser;
    connect(action, &NangoConnectAction::inSystemBrowserChanged, this, [&] { inBrowser << action->isInSystemBrowser(); });

    click(button);
    QVERIFY(opener.waitForOpenedUrl().isValid());
    QTRY_COMPARE(inBrowser, QList<bool>{true});
    auto *popup = button->findChild<QWidget *>(QStringLiteral("NangoBrowserWaitPopup"));
    QVERIFY(popup && popup->isVisible());
    QVERIFY2(button->screen()->availableGeometry().contains(popup->geometry()),
             qPrintable(QStringLiteral("frame %1,%2 %3x%4").arg(popup->x()).arg(popup->y()).arg(popup->width()).arg(popup->height())));
    // The integration id when there is no display name.
    QCOMPARE(popup->findChild<QLabel *>(QStringLiteral("browserWaitText"))->text(),
             QStringLiteral("Finish connecting github-dev in the browser window that opened."));
    click(popup->findChild<QPushButton *>(QStringLiteral("browserCancelButton")));
    QTRY_COMPARE(inBrowser, (QList<bool>{true, false}));
    QTRY_COMPARE(failures.types(), QStringList{QLatin1String(NangoErrorType::AuthorizationCancelled)});
    QTest::qWait(300);
    QCOMPARE(failures.types(), QStringList{QLatin1String(NangoErrorType::AuthorizationCancelled)});
    QVERIFY(!popup->isVisible());
    QCOMPARE(action->state(), NangoConnectAction::State::Idle);
}

void TestBrowserWait::dialogConnectingPage()
{
    FakeOpener opener(FakeOpener::Succeeds);
    Env env;
    Failures failures(env.nango.get());
    NangoConnectDialog dialog(env.nango.get());
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QList<Screen> screens;
    QList<bool> inBrowser;
    NangoConnectUIModel *model = dialog.model();
    connect(model, &NangoConnectUIModel::screenChanged, this, [&](Screen s) { screens << s; });
    connect(model, &NangoConnectUIModel::inSystemBrowserChanged, this, [&] { inBrowser << model->isInSystemBrowser(); });
    QSignalSpy errors(&dialog, &NangoConnectDialog::errorOccurred);
    QSignalSpy closed(&dialog, &NangoConnectDialog::closed);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(model->screen(), Screen::Picker, 15000);

    auto *stack = dialog.findChild<QStackedWidget *>(QStringLiteral("screens"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        screens.clear();
        inBrowser.clear();
        forgetOpened(opener);
        model->select(QStringLiteral("github-dev"));
        const QUrl opened = opener.waitForOpenedUrl();
        QCOMPARE(opened.path(), QStringLiteral("/oauth/connect/github-dev"));
        QTRY_COMPARE(inBrowser, QList<bool>{true});
        QCOMPARE(screens.last(), Screen::Connecting);
        QCOMPARE(model->authorizationUrl(), opened);
        QWidget *page = stack->currentWidget();
        QCOMPARE(page->objectName(), QStringLiteral("connectingPage"));
        auto *panel = page->findChild<QWidget *>(QStringLiteral("browserWaitPanel"));
        QVERIFY(panel && panel->isVisible());
        QVERIFY(!page->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("textLabel"))->isVisible());
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("browserWaitText"))->text(),
                 QStringLiteral("Finish connecting %1 in the browser window that opened.").arg(model->displayName()));
        auto *openAgain = panel->findChild<QPushButton *>(QStringLiteral("openAgainButton"));
        auto *copyLink = panel->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("browserCancelButton"));
        QTRY_COMPARE(focused(), openAgain);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), copyLink);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), cancel);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), openAgain); // nothing else on the page takes the focus

        if (attempt == 0) {
            click(copyLink);
            QCOMPARE(QGuiApplication::clipboard()->text(), model->authorizationUrl().toString());
            forgetOpened(opener);
            click(openAgain);
            QCOMPARE(opener.waitForOpenedUrl(), opened);
            click(cancel); // the mouse
        } else {
            press(Qt::Key_Escape); // the keyboard, on the focused widget: back, the dialog stays
        }
        QTRY_COMPARE(inBrowser, (QList<bool>{true, false}));
        QTRY_COMPARE(model->screen(), Screen::Picker);
        QCOMPARE(screens.last(), Screen::Picker);
        QCOMPARE(screens.count(Screen::Connecting), 1);
        QVERIFY(!panel->isVisible());
        QTest::qWait(300); // nothing late
        QCOMPARE(failures.types(), QStringList(attempt + 1, QLatin1String(NangoErrorType::AuthorizationCancelled)));
        QVERIFY(dialog.isVisible());
        QCOMPARE(errors.count(), 0);
        QCOMPARE(closed.count(), 0);
    }
    // The page without the system browser again shows its spinner and Cancel.
    QCOMPARE(env.server->connections().size(), 0);
    model->close();
    QTRY_COMPARE(closed.count(), 1);
}

namespace {
NangoAuthDialog *visibleAuthDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<NangoAuthDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}
} // namespace

void TestBrowserWait::autoPicksTheWindowPerProvider()
{
    FakeOpener opener(FakeOpener::Succeeds);
    Env env;
    env.nango->setBrowser(NangoAuth::Browser::Auto);
    Failures failures(env.nango.get());
    NangoConnectDialog dialog(env.nango.get());
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    NangoConnectUIModel *model = dialog.model();
    QList<bool> inBrowser;
    connect(model, &NangoConnectUIModel::inSystemBrowserChanged, this, [&] { inBrowser << model->isInSystemBrowser(); });
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(model->screen(), Screen::Picker, 15000);

    // Google: the provider definition's authorization_url is on accounts.google.com.
    model->select(QStringLiteral("google-calendar-dev"));
    const QUrl opened = opener.waitForOpenedUrl(15000);
    QCOMPARE(opened.path(), QStringLiteral("/oauth/connect/google-calendar-dev"));
    QTRY_COMPARE(inBrowser, QList<bool>{true});
    QVERIFY(!visibleAuthDialog());
    auto *panel = dialog.findChild<QWidget *>(QStringLiteral("browserWaitPanel"));
    QVERIFY(panel && panel->isVisible());
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("browserWaitText"))->text(),
             QStringLiteral("Finish connecting %1 in the browser window that opened.").arg(model->displayName()));
    press(Qt::Key_Escape);
    QTRY_COMPARE(model->screen(), Screen::Picker);
    QTRY_COMPARE(inBrowser, (QList<bool>{true, false}));

    // GitHub: the embedded modal, no opener.
    forgetOpened(opener);
    model->select(QStringLiteral("github-dev"));
    NangoAuthDialog *modal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((modal = visibleAuthDialog()) != nullptr, 30000);
    QVERIFY(!model->isInSystemBrowser());
    QVERIFY(!QFile::exists(opener.openedFile()));
    QCOMPARE(inBrowser, (QList<bool>{true, false}));
    model->back(); // cancels the running flow: the modal goes
    QTRY_VERIFY(!visibleAuthDialog());
    QTRY_COMPARE(failures.types(), QStringList(2, QLatin1String(NangoErrorType::AuthorizationCancelled)));
    model->close();
}

void TestBrowserWait::refusalPageInTheModal()
{
    Env env;
    env.nango->setBrowser(NangoAuth::Browser::Embedded);
    QSignalSpy failed(env.nango.get(), &NangoAuth::failed);
    QSignalSpy succeeded(env.nango.get(), &NangoAuth::succeeded);
    NangoAuthFlow *flow = env.nango->auth(QStringLiteral("google-calendar-dev"));
    QVERIFY(flow);
    QVERIFY(!flow->isInSystemBrowser());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QCOMPARE(failed.at(0).at(0).toString(), QLatin1String(NangoErrorType::BlockedByBrowser));
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(QLatin1String("accounts.google.com")) || message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("systemBrowserHosts")) || message.contains(QLatin1String("System")), qPrintable(message));
    QTRY_VERIFY(!visibleAuthDialog());
    QTest::qWait(300);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(succeeded.count(), 0);
}

QTEST_MAIN(TestBrowserWait)
#include "tst_browserwait.moc"
