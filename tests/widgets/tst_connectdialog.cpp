// SPDX-License-Identifier: MIT
// NangoConnectDialog (the native Connect UI, Widgets) against the dev server with the sample
// integrations: every screen and transition by keyboard (keys go to the widget that has the
// focus) and by mouse, each signal once, Escape on each screen, single-integration and
// reconnect sessions, a logo that fails (the placeholder, no error), and OAuth through the real
// embedded modal (the fake provider's auto-approve integration).
#include "devserverenv.h"
#include "nangoconnectlogos_p.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthDialog>
#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoIntegrationForm>
#include <NangoQt/NangoIntegrationsModel>
#include <NangoQt/NangoLogoCache>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using namespace NangoDev;
using Screen = NangoConnectUIModel::Screen;

namespace {

/// The dev server with the sample's integrations and catalog, plus "nologo-dev" whose
/// provider has no logo (GET of its logo answers 404), and a NangoAuth with a session token.
struct Env : SampleEnv
{
    Env()
    {
        QJsonObject providers = server->providers();
        QJsonObject noLogo = providers.value(QStringLiteral("stripe")).toObject();
        noLogo.insert(QStringLiteral("display_name"), QStringLiteral("Zeta"));
        providers.insert(QStringLiteral("zeta-no-logo"), noLogo);
        server->setProviders(providers);
        QList<Integration> all = server->integrations();
        Integration zeta;
        zeta.uniqueKey = QStringLiteral("nologo-dev");
        zeta.provider = QStringLiteral("zeta-no-logo");
        zeta.authMode = QStringLiteral("API_KEY");
        zeta.displayName = QStringLiteral("Zeta (no logo)");
        all << zeta;
        server->setIntegrations(all);
        nango->setConnectSessionToken(server->createConnectSession(QStringLiteral("u"))); // one that allows nologo-dev too
    }
};

/// The dialog's four signals, counted.
struct Spies
{
    explicit Spies(NangoConnectDialog *dialog)
        : ready(dialog, &NangoConnectDialog::ready)
        , connected(dialog, &NangoConnectDialog::connected)
        , errorOccurred(dialog, &NangoConnectDialog::errorOccurred)
        , closed(dialog, &NangoConnectDialog::closed)
    {
    }
    QSignalSpy ready, connected, errorOccurred, closed;
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// Keys go where the focus is, as a person types them.
void typeText(const QString &text)
{
    QVERIFY(focused());
    QTest::keyClicks(focused(), text);
}
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY(focused());
    QTest::keyClick(focused(), key, modifiers);
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

/// The visible page's child named @p name.
template<typename T>
T *onPage(NangoConnectDialog *dialog, const char *name)
{
    auto *stack = dialog->findChild<QStackedWidget *>(QStringLiteral("screens"));
    return stack ? stack->currentWidget()->findChild<T *>(QLatin1String(name)) : nullptr;
}

/// The form's field @p name once the provider's schema is shown (null until then).
template<typename T = QLineEdit>
T *field(NangoConnectDialog *dialog, const char *name)
{
    T *w = onPage<T>(dialog, name);
    return w && w->isVisible() && dialog->model()->form() && dialog->model()->form()->hasSchema() ? w : nullptr;
}

QString currentPage(NangoConnectDialog *dialog)
{
    auto *stack = dialog->findChild<QStackedWidget *>(QStringLiteral("screens"));
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

void click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY(widget->isVisible());
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
}

QModelIndex rowOf(NangoConnectDialog *dialog, const QString &uniqueKey)
{
    QAbstractItemModel *rows = dialog->model()->integrations();
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, 0).data(NangoIntegrationsModel::UniqueKeyRole).toString() == uniqueKey)
            return rows->index(r, 0);
    }
    return {};
}

/// How many pixels of @p rect in the list show the placeholder's fill (the palette's Button colour).
int placeholderPixels(QListView *list, const QModelIndex &index)
{
    const QRect row = list->visualRect(index);
    const QImage image = list->viewport()->grab(row).toImage();
    const QRgb fill = list->palette().color(QPalette::Button).rgb();
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < qMin(image.width(), 60); ++x)
            n += image.pixel(x, y) == fill ? 1 : 0;
    return n;
}

NangoConnectDialog *openDialog(NangoAuth *auth, QWidget *parent = nullptr)
{
    auto *dialog = new NangoConnectDialog(auth, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->open();
    return dialog;
}

bool waitForScreen(NangoConnectDialog *dialog, Screen screen, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (dialog->model()->screen() != screen && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (dialog->model()->screen() != screen)
        qWarning() << "screen is" << dialog->model()->screen() << "not" << screen << dialog->model()->errorType() << dialog->model()->errorMessage();
    return dialog->model()->screen() == screen;
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    /// Picker → form → validation → server error → Retry → Back → Success → Finish, by keyboard.
    void keyboardThroughEveryScreen();
    /// The same path with the mouse: a row, Connect, the error's Back, Finish.
    void mouseThroughEveryScreen();
    /// Search as you type, Up/Down, "nothing matches", the clear button.
    void searchAndArrows();
    /// Escape on each screen closes it (closed() once), the dirty form asks first.
    void escapeAtEachScreen_data();
    void escapeAtEachScreen();
    /// The dirty form's question answered by mouse: Keep Editing, then Discard.
    void dirtyCloseByMouse();
    /// Cancel on Connecting stops the request and goes back to the form: no error, no connection.
    void cancelWhileConnecting();
    /// A session that allows one integration starts on its form: no picker, no Back.
    void singleIntegrationSession();
    /// A reconnect session goes straight to its integration and re-authorizes the connection.
    void reconnectSession();
    /// The session token expired: the token provider is asked once, the dialog goes on.
    void expiredSessionRefreshed();
    /// A logo that cannot be loaded: its row shows the placeholder, nothing is an error.
    void logoFailureShowsPlaceholder();
    /// No session token and nobody to ask: the Error screen (missing_connect_session_token).
    void missingTokenError();
    /// OAuth through the real modal: auto-approve succeeds; a closed window goes back, no error.
    void oauthIntegration();
    /// Usable at 400×500: every page fits, accessible names on every control.
    void smallSizeAndAccessibleNames();

private:
    QPointer<NangoConnectDialog> m_dialog;
};

void TestConnectDialog::initTestCase()
{
    NangoAuth::preload(); // the OAuth modal's browser, warmed once
}

void TestConnectDialog::init()
{
    NangoLogoCache::clearCache(); // each test loads its logos afresh
}

void TestConnectDialog::cleanup()
{
    delete m_dialog;
}

void TestConnectDialog::keyboardThroughEveryScreen()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    QTRY_COMPARE(spies.ready.count(), 1);
    QCOMPARE(currentPage(m_dialog), QStringLiteral("pickerPage"));
    auto *search = onPage<QLineEdit>(m_dialog, "searchEdit");
    QTRY_COMPARE(focused(), search);

    typeText(QStringLiteral("stripe (d"));
    QCOMPARE(m_dialog->model()->searchText(), QStringLiteral("stripe (d"));
    QTRY_COMPARE(m_dialog->model()->integrations()->rowCount(), 1);
    QCOMPARE(m_dialog->model()->currentRow(), 0);
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QCOMPARE(m_dialog->model()->integrationId(), QStringLiteral("stripe-dev"));
    QCOMPARE(currentPage(m_dialog), QStringLiteral("formPage"));
    QVERIFY(onPage<QLabel>(m_dialog, "titleLabel")->text().contains(QStringLiteral("Stripe (dev)")));
    QVERIFY(onPage<QPushButton>(m_dialog, "backButton")->isVisible());

    // The provider's form: the key's pattern is checked before anything is sent.
    QLineEdit *key = nullptr;
    QTRY_VERIFY((key = field(m_dialog, "apiKeyEdit")) != nullptr);
    QTRY_COMPARE(focused(), key);
    typeText(QStringLiteral("not-a-key"));
    QTRY_VERIFY(m_dialog->model()->isDirty());
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->model()->form()->errorText().isEmpty());
    QCOMPARE(m_dialog->model()->screen(), Screen::Form);
    auto *problem = onPage<QLabel>(m_dialog, "apiKeyError");
    QVERIFY(problem && problem->isVisible());
    QCOMPARE(spies.errorOccurred.count(), 0); // a refused field is not a failure

    // The server refuses this key (the dev server's "test API call"): the Error screen.
    key->selectAll();
    typeText(QStringLiteral("sk_test_invalid"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Error));
    QCOMPARE(spies.errorOccurred.count(), 1);
    QCOMPARE(currentPage(m_dialog), QStringLiteral("errorPage"));
    QVERIFY(!spies.errorOccurred.first().at(1).toString().isEmpty());
    QCOMPARE(spies.errorOccurred.first().at(0).toString(), m_dialog->model()->errorType());
    auto *retry = onPage<QPushButton>(m_dialog, "retryButton");
    QTRY_COMPARE(focused(), retry);
    QVERIFY(retry->isDefault());

    // Retry repeats the connect: refused again, a second failure, once.
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(spies.errorOccurred.count(), 2, 15000);
    QVERIFY(waitForScreen(m_dialog, Screen::Error));

    // Back (Shift+Tab from Retry reaches it through the button row) → the picker, the search
    // as it was; Enter opens the integration's form afresh.
    auto *back = onPage<QPushButton>(m_dialog, "backButton");
    QVERIFY(back->isVisible());
    for (int i = 0; i < 4 && focused() != back; ++i)
        press(Qt::Key_Backtab);
    QCOMPARE(focused(), back);
    press(Qt::Key_Space);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    QTRY_COMPARE(focused(), search);
    QCOMPARE(search->text(), m_dialog->model()->searchText());
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QTRY_VERIFY((key = field(m_dialog, "apiKeyEdit")) != nullptr);
    QTRY_COMPARE(focused(), key);
    QCOMPARE(key->text(), QString());
    typeText(QStringLiteral("sk_test_abc123"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Success));
    QCOMPARE(spies.connected.count(), 1);
    QCOMPARE(spies.connected.first().at(0).toString(), QStringLiteral("stripe-dev"));
    QVERIFY(!spies.connected.first().at(1).toString().isEmpty());
    QCOMPARE(spies.connected.first().at(2).toBool(), false);
    QCOMPARE(currentPage(m_dialog), QStringLiteral("successPage"));
    QVERIFY(onPage<QLabel>(m_dialog, "textLabel")->text().contains(QStringLiteral("Stripe (dev)")));
    auto *finish = onPage<QPushButton>(m_dialog, "finishButton");
    QTRY_COMPARE(focused(), finish);
    press(Qt::Key_Return);
    QTRY_COMPARE(spies.closed.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(env.server->connections().size(), 1);
    QTest::qWait(200); // nothing late
    QCOMPARE(spies.ready.count(), 1);
    QCOMPARE(spies.connected.count(), 1);
    QCOMPARE(spies.errorOccurred.count(), 2);
    QCOMPARE(spies.closed.count(), 1);
}

void TestConnectDialog::mouseThroughEveryScreen()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    auto *list = onPage<QListView>(m_dialog, "integrationList");
    const QModelIndex jira = rowOf(m_dialog, QStringLiteral("jira-basic"));
    QVERIFY(jira.isValid());
    list->scrollTo(jira);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(jira).center());
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QCOMPARE(m_dialog->model()->integrationId(), QStringLiteral("jira-basic"));
    QLineEdit *domain = nullptr;
    QTRY_VERIFY((domain = field(m_dialog, "subdomainEdit")) != nullptr);
    auto *user = field(m_dialog, "usernameEdit");
    auto *password = field(m_dialog, "passwordEdit");
    QVERIFY(user && password);
    QTest::mouseClick(domain, Qt::LeftButton);
    QTest::keyClicks(domain, QStringLiteral("acme"));
    QTest::mouseClick(user, Qt::LeftButton);
    QTest::keyClicks(user, QStringLiteral("ada@example.com"));
    QTest::mouseClick(password, Qt::LeftButton);
    QTest::keyClicks(password, QStringLiteral("wrong-password")); // the dev server refuses it
    click(onPage<QPushButton>(m_dialog, "submitButton"));
    QVERIFY(waitForScreen(m_dialog, Screen::Error));
    QCOMPARE(spies.errorOccurred.count(), 1);
    QVERIFY(onPage<QWidget>(m_dialog, "errorMessage")->isVisible());
    // Retry by mouse: refused again; Back → the picker; the row again → a fresh form.
    click(onPage<QPushButton>(m_dialog, "retryButton"));
    QTRY_COMPARE_WITH_TIMEOUT(spies.errorOccurred.count(), 2, 15000);
    QVERIFY(waitForScreen(m_dialog, Screen::Error));
    click(onPage<QPushButton>(m_dialog, "backButton"));
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    list->scrollTo(rowOf(m_dialog, QStringLiteral("jira-basic")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(rowOf(m_dialog, QStringLiteral("jira-basic"))).center());
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QTRY_VERIFY((domain = field(m_dialog, "subdomainEdit")) != nullptr);
    user = field(m_dialog, "usernameEdit");
    password = field(m_dialog, "passwordEdit");
    QVERIFY(user && password);
    QTest::mouseClick(domain, Qt::LeftButton);
    QTest::keyClicks(domain, QStringLiteral("acme"));
    QTest::mouseClick(user, Qt::LeftButton);
    QTest::keyClicks(user, QStringLiteral("ada@example.com"));
    QTest::mouseClick(password, Qt::LeftButton);
    QTest::keyClicks(password, QStringLiteral("right-password"));
    click(onPage<QPushButton>(m_dialog, "submitButton"));
    QVERIFY(waitForScreen(m_dialog, Screen::Success));
    QCOMPARE(spies.connected.count(), 1);
    QCOMPARE(spies.connected.first().at(0).toString(), QStringLiteral("jira-basic"));
    click(onPage<QPushButton>(m_dialog, "finishButton"));
    QTRY_COMPARE(spies.closed.count(), 1);
    QVERIFY(!m_dialog->isVisible());

    // Open again (the same dialog): a click on the form's Back, and a NONE integration that
    // connects at once, Cancel on the picker.
    Spies again(m_dialog);
    m_dialog->open();
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    QTRY_COMPARE(again.ready.count(), 1);
    const QModelIndex stripe = rowOf(m_dialog, QStringLiteral("stripe-dev"));
    list->scrollTo(stripe);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(stripe).center());
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    click(onPage<QPushButton>(m_dialog, "backButton"));
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    const QModelIndex open = rowOf(m_dialog, QStringLiteral("public-api"));
    list->scrollTo(open);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(open).center());
    QVERIFY(waitForScreen(m_dialog, Screen::Success));
    QCOMPARE(again.connected.count(), 1);
    QCOMPARE(again.connected.first().at(0).toString(), QStringLiteral("public-api"));
    click(onPage<QPushButton>(m_dialog, "finishButton"));
    QTRY_COMPARE(again.closed.count(), 1);
    QTest::qWait(200);
    QCOMPARE(again.ready.count(), 1);
    QCOMPARE(again.errorOccurred.count(), 0);
    QCOMPARE(again.closed.count(), 1);
    QCOMPARE(spies.closed.count(), 2); // one per open()
    QCOMPARE(spies.errorOccurred.count(), 2);
}

void TestConnectDialog::searchAndArrows()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    auto *search = onPage<QLineEdit>(m_dialog, "searchEdit");
    auto *list = onPage<QListView>(m_dialog, "integrationList");
    QTRY_COMPARE(focused(), search);
    const int all = m_dialog->model()->integrations()->rowCount();
    QVERIFY(all > 20);
    QCOMPARE(list->currentIndex().row(), m_dialog->model()->currentRow());

    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(m_dialog->model()->currentRow(), 2);
    QCOMPARE(list->currentIndex().row(), 2);
    press(Qt::Key_Up);
    QCOMPARE(m_dialog->model()->currentRow(), 1);
    QCOMPARE(list->currentIndex().row(), 1);
    QCOMPARE(focused(), search); // the arrows move the list, the focus stays for typing

    typeText(QStringLiteral("github"));
    QTRY_VERIFY(m_dialog->model()->integrations()->rowCount() >= 2);
    QVERIFY(m_dialog->model()->integrations()->rowCount() < all);
    QVERIFY(m_dialog->model()->currentRow() >= 0);
    QCOMPARE(list->currentIndex().row(), m_dialog->model()->currentRow());
    for (int r = 0; r < list->model()->rowCount(); ++r)
        QVERIFY(list->model()->index(r, 0).data(NangoIntegrationsModel::UniqueKeyRole).toString().contains(QStringLiteral("github"))
                || list->model()->index(r, 0).data(NangoIntegrationsModel::ProviderRole).toString().contains(QStringLiteral("github")));

    typeText(QStringLiteral("zzz"));
    QTRY_COMPARE(m_dialog->model()->integrations()->rowCount(), 0);
    auto *empty = onPage<QLabel>(m_dialog, "emptyLabel");
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("githubzzz")));
    press(Qt::Key_Return); // nothing to connect: stays
    QCOMPARE(m_dialog->model()->screen(), Screen::Picker);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Backspace);
    QTRY_VERIFY(m_dialog->model()->integrations()->rowCount() >= 2);
    QVERIFY(!empty->isVisible());
    search->clear(); // the clear button
    QTRY_COMPARE(m_dialog->model()->integrations()->rowCount(), all);
    QCOMPARE(m_dialog->model()->searchText(), QString());

    // Tab into the list: the arrows move it (the model follows), typing goes back to the search,
    // Enter connects the highlighted row.
    press(Qt::Key_Tab);
    QTRY_COMPARE(focused(), list);
    press(Qt::Key_Down);
    QCOMPARE(m_dialog->model()->currentRow(), list->currentIndex().row());
    typeText(QStringLiteral("jira"));
    QTRY_COMPARE(focused(), search);
    QCOMPARE(m_dialog->model()->searchText(), QStringLiteral("jira"));
    QTRY_COMPARE(m_dialog->model()->integrations()->rowCount(), 1);
    press(Qt::Key_Tab);
    QTRY_COMPARE(focused(), list);
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QCOMPARE(m_dialog->model()->integrationId(), QStringLiteral("jira-basic"));
}

void TestConnectDialog::escapeAtEachScreen_data()
{
    QTest::addColumn<QString>("screen");
    QTest::newRow("loading") << "loading";
    QTest::newRow("picker") << "picker";
    QTest::newRow("form, clean") << "form";
    QTest::newRow("form, dirty: asks") << "dirty";
    QTest::newRow("connecting") << "connecting";
    QTest::newRow("success") << "success";
    QTest::newRow("error") << "error";
}

void TestConnectDialog::escapeAtEachScreen()
{
    QFETCH(QString, screen);
    Env env;
    if (screen == QLatin1String("loading")) {
        Faults slow;
        slow.httpDelayMs = 3000;
        env.server->setFaults(slow);
    }
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    Screen expected = Screen::Loading;
    if (screen != QLatin1String("loading")) {
        QVERIFY(waitForScreen(m_dialog, Screen::Picker));
        expected = Screen::Picker;
    }
    if (screen == QLatin1String("form") || screen == QLatin1String("dirty") || screen == QLatin1String("connecting")
        || screen == QLatin1String("success") || screen == QLatin1String("error")) {
        m_dialog->model()->select(QStringLiteral("stripe-dev"));
        QVERIFY(waitForScreen(m_dialog, Screen::Form));
        QTRY_VERIFY(field(m_dialog, "apiKeyEdit"));
        QTRY_COMPARE(focused(), field(m_dialog, "apiKeyEdit"));
        expected = Screen::Form;
    }
    if (screen == QLatin1String("dirty"))
        typeText(QStringLiteral("sk_test_"));
    if (screen == QLatin1String("connecting") || screen == QLatin1String("success") || screen == QLatin1String("error")) {
        if (screen == QLatin1String("connecting")) {
            Faults slow;
            slow.httpDelayMs = 5000;
            env.server->setFaults(slow);
        }
        typeText(screen == QLatin1String("error") ? QStringLiteral("sk_test_invalid") : QStringLiteral("sk_test_good"));
        press(Qt::Key_Return);
        expected = screen == QLatin1String("connecting") ? Screen::Connecting
            : screen == QLatin1String("success")         ? Screen::Success
                                                         : Screen::Error;
        QVERIFY(waitForScreen(m_dialog, expected));
    }
    QCOMPARE(m_dialog->model()->screen(), expected);
    QTRY_VERIFY(focused() && m_dialog->isAncestorOf(focused()));

    press(Qt::Key_Escape);
    if (screen == QLatin1String("dirty")) {
        // Asks first: Escape in the question keeps the form, a second Escape asks again, Enter
        // on Discard closes.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmCloseBox"))) && box->isVisible());
        QVERIFY(m_dialog->model()->isConfirmingClose());
        QCOMPARE(spies.closed.count(), 0);
        QTRY_VERIFY(focused() && box->isAncestorOf(focused()));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!m_dialog->model()->isConfirmingClose());
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->model()->screen(), Screen::Form);
        QTRY_VERIFY(focused() && m_dialog->isAncestorOf(focused()));
        press(Qt::Key_Escape);
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmCloseBox"))) && box->isVisible());
        auto *discard = box->findChild<QPushButton *>(QStringLiteral("discardButton"));
        discard->setFocus();
        QTRY_COMPARE(focused(), discard);
        press(Qt::Key_Space);
    }
    QTRY_COMPARE(spies.closed.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->model()->screen(), Screen::Closed);
    // A late answer changes nothing. (Whether the server stored the connection the user left
    // depends on how far the request got before the close — as with a real Nango —, so it is
    // not checked: on a loaded machine it had.)
    QTest::qWait(screen == QLatin1String("loading") || screen == QLatin1String("connecting") ? 5500 : 200);
    QCOMPARE(spies.closed.count(), 1);
    QCOMPARE(spies.connected.count(), screen == QLatin1String("success") ? 1 : 0);
    QCOMPARE(spies.errorOccurred.count(), screen == QLatin1String("error") ? 1 : 0);
    QCOMPARE(spies.ready.count(), screen == QLatin1String("loading") ? 0 : 1);
    QCOMPARE(m_dialog->result(), int(screen == QLatin1String("success") ? QDialog::Accepted : QDialog::Rejected));
}

void TestConnectDialog::dirtyCloseByMouse()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    m_dialog->model()->select(QStringLiteral("posthog-dev"));
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QLineEdit *key = nullptr;
    QTRY_VERIFY((key = field(m_dialog, "apiKeyEdit")) != nullptr);
    QTest::mouseClick(key, Qt::LeftButton);
    QTest::keyClicks(key, QStringLiteral("phx_half"));
    QTRY_VERIFY(m_dialog->model()->isDirty());

    click(onPage<QPushButton>(m_dialog, "cancelButton"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmCloseBox"))) && box->isVisible());
    click(box->findChild<QPushButton *>(QStringLiteral("keepButton")));
    QTRY_VERIFY(!m_dialog->model()->isConfirmingClose());
    QCOMPARE(key->text(), QStringLiteral("phx_half"));
    QCOMPARE(spies.closed.count(), 0);

    m_dialog->close(); // the window's close button
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmCloseBox"))) && box->isVisible());
    QVERIFY(m_dialog->isVisible());
    click(box->findChild<QPushButton *>(QStringLiteral("discardButton")));
    QTRY_COMPARE(spies.closed.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QTest::qWait(200);
    QCOMPARE(spies.closed.count(), 1);
    QCOMPARE(spies.errorOccurred.count(), 0);
    QCOMPARE(env.server->connections().size(), 0);
}

void TestConnectDialog::cancelWhileConnecting()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    m_dialog->model()->select(QStringLiteral("stripe-dev"));
    QLineEdit *key = nullptr;
    QTRY_VERIFY((key = field(m_dialog, "apiKeyEdit")) != nullptr);
    QTRY_COMPARE(focused(), key);
    Faults slow;
    slow.httpDelayMs = 4000;
    env.server->setFaults(slow);
    typeText(QStringLiteral("sk_test_slow"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Connecting));
    auto *cancel = onPage<QPushButton>(m_dialog, "cancelButton");
    QTRY_COMPARE(focused(), cancel);
    QVERIFY(onPage<QProgressBar>(m_dialog, "progressBar")->isVisible());
    click(cancel);
    QVERIFY(waitForScreen(m_dialog, Screen::Form, 5000));
    QVERIFY(m_dialog->isVisible());
    QTest::qWait(4500); // the server's late answer changes nothing
    QCOMPARE(m_dialog->model()->screen(), Screen::Form);
    QCOMPARE(spies.errorOccurred.count(), 0);
    QCOMPARE(spies.connected.count(), 0);
    QCOMPARE(spies.closed.count(), 0);
    env.server->setFaults({});
    m_dialog->model()->close();
    QTRY_COMPARE(spies.closed.count(), 1);
}

void TestConnectDialog::singleIntegrationSession()
{
    Env env;
    env.nango->setConnectSessionToken(env.server->createConnectSession(QStringLiteral("u"), {QStringLiteral("stripe-dev")}));
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QTRY_COMPARE(spies.ready.count(), 1);
    QCOMPARE(m_dialog->model()->integrationId(), QStringLiteral("stripe-dev"));
    QVERIFY(!m_dialog->model()->canGoBack());
    QVERIFY(!onPage<QPushButton>(m_dialog, "backButton")->isVisible());
    QLineEdit *key = nullptr;
    QTRY_VERIFY((key = field(m_dialog, "apiKeyEdit")) != nullptr);
    QTRY_COMPARE(focused(), key);
    typeText(QStringLiteral("sk_test_invalid"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Error));
    // Back leads to the form (there is no picker in this session).
    auto *back = onPage<QPushButton>(m_dialog, "backButton");
    QVERIFY(back->isVisible());
    click(back);
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    press(Qt::Key_Escape);
    if (m_dialog->model()->isConfirmingClose()) { // the typed key was not sent successfully
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmCloseBox"))) && box->isVisible());
        click(box->findChild<QPushButton *>(QStringLiteral("discardButton")));
    }
    QTRY_COMPARE(spies.closed.count(), 1);
    QCOMPARE(spies.errorOccurred.count(), 1);
    QCOMPARE(spies.ready.count(), 1);

    // One integration that needs nothing: straight to Connecting and Success.
    env.nango->setConnectSessionToken(env.server->createConnectSession(QStringLiteral("u"), {QStringLiteral("public-api")}));
    Spies again(m_dialog);
    m_dialog->open();
    QVERIFY(waitForScreen(m_dialog, Screen::Success));
    QCOMPARE(again.ready.count(), 1);
    QCOMPARE(again.connected.count(), 1);
    QCOMPARE(again.connected.first().at(0).toString(), QStringLiteral("public-api"));
    QTRY_COMPARE(focused(), onPage<QPushButton>(m_dialog, "finishButton"));
    press(Qt::Key_Escape); // Escape on Success closes too
    QTRY_COMPARE(again.closed.count(), 1);
    QCOMPARE(again.errorOccurred.count(), 0);
}

void TestConnectDialog::reconnectSession()
{
    Env env;
    // A connection to re-authorize, made through the dialog.
    m_dialog = openDialog(env.nango.get());
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    m_dialog->model()->select(QStringLiteral("stripe-dev"));
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QTRY_VERIFY(field(m_dialog, "apiKeyEdit"));
    QTRY_COMPARE(focused(), field(m_dialog, "apiKeyEdit"));
    typeText(QStringLiteral("sk_test_first"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Success));
    const QString connectionId = m_dialog->model()->connectionId();
    QVERIFY(!connectionId.isEmpty());
    m_dialog->model()->finish();
    QTRY_VERIFY(!m_dialog->isVisible());

    const QString token = env.server->createReconnectSession(connectionId, QStringLiteral("stripe-dev"));
    QVERIFY(!token.isEmpty());
    env.nango->setConnectSessionToken(token);
    Spies spies(m_dialog);
    m_dialog->open();
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QVERIFY(m_dialog->model()->isReconnecting());
    QVERIFY(!m_dialog->model()->canGoBack());
    QCOMPARE(m_dialog->model()->integrationId(), QStringLiteral("stripe-dev"));
    QVERIFY(!onPage<QPushButton>(m_dialog, "backButton")->isVisible());
    QTRY_COMPARE(spies.ready.count(), 1);
    QTRY_VERIFY(field(m_dialog, "apiKeyEdit"));
    QTRY_COMPARE(focused(), field(m_dialog, "apiKeyEdit"));
    typeText(QStringLiteral("sk_test_second"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Success));
    QCOMPARE(spies.connected.count(), 1);
    QCOMPARE(spies.connected.first().at(1).toString(), connectionId);
    QTRY_COMPARE(focused(), onPage<QPushButton>(m_dialog, "finishButton"));
    press(Qt::Key_Return);
    QTRY_COMPARE(spies.closed.count(), 1);
    QCOMPARE(env.server->connections().size(), 1);
    QCOMPARE(env.server->connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_test_second"));
    QCOMPARE(spies.errorOccurred.count(), 0);
}

void TestConnectDialog::expiredSessionRefreshed()
{
    Env env;
    env.server->expireConnectSession(env.nango->connectSessionToken());
    int asked = 0;
    NangoDevServer *server = env.server.get();
    env.nango->setConnectSessionTokenProvider([&asked, server](const NangoAuth::TokenReply &reply) {
        ++asked;
        QTimer::singleShot(50, server, [reply, server] { reply.setToken(server->createConnectSession(QStringLiteral("u"))); });
    });
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    QCOMPARE(asked, 1);
    QTRY_COMPARE(focused(), onPage<QLineEdit>(m_dialog, "searchEdit"));
    typeText(QStringLiteral("stripe (d"));
    QTRY_COMPARE(m_dialog->model()->integrations()->rowCount(), 1);
    press(Qt::Key_Return);
    QLineEdit *key = nullptr;
    QTRY_VERIFY((key = field(m_dialog, "apiKeyEdit")) != nullptr);
    QTRY_COMPARE(focused(), key);
    typeText(QStringLiteral("sk_test_refreshed"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Success));
    QCOMPARE(asked, 1);
    press(Qt::Key_Return);
    QTRY_COMPARE(spies.closed.count(), 1);
    QTest::qWait(150);
    QCOMPARE(spies.ready.count(), 1);
    QCOMPARE(spies.connected.count(), 1);
    QCOMPARE(spies.errorOccurred.count(), 0);
    env.nango->setConnectSessionTokenProvider({});
}

void TestConnectDialog::logoFailureShowsPlaceholder()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    m_dialog->resize(440, 700);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    auto *list = onPage<QListView>(m_dialog, "integrationList");
    QTRY_COMPARE(focused(), onPage<QLineEdit>(m_dialog, "searchEdit"));
    typeText(QStringLiteral("e"));
    QTRY_VERIFY(rowOf(m_dialog, QStringLiteral("nologo-dev")).isValid());
    QTRY_VERIFY(rowOf(m_dialog, QStringLiteral("stripe-dev")).isValid());
    const QModelIndex zeta = rowOf(m_dialog, QStringLiteral("nologo-dev"));
    const QUrl zetaLogo = zeta.data(NangoIntegrationsModel::LogoUrlRole).toUrl();
    const QUrl stripeLogo = rowOf(m_dialog, QStringLiteral("stripe-dev")).data(NangoIntegrationsModel::LogoUrlRole).toUrl();
    QVERIFY(zetaLogo.isValid() && stripeLogo.isValid());
    list->scrollTo(zeta);
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->model()->logos()->hasFailed(zetaLogo), 10000);
    list->scrollTo(rowOf(m_dialog, QStringLiteral("stripe-dev")));
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->model()->logos()->hasLogo(stripeLogo), 10000);
    QTest::qWait(100); // painted
    // The failed logo's row shows the placeholder (its fill colour); the loaded one does not.
    list->scrollTo(zeta);
    QTRY_VERIFY(placeholderPixels(list, rowOf(m_dialog, QStringLiteral("nologo-dev"))) > 100);
    list->scrollTo(rowOf(m_dialog, QStringLiteral("stripe-dev")));
    QTRY_VERIFY(placeholderPixels(list, rowOf(m_dialog, QStringLiteral("stripe-dev"))) < 20);
    QCOMPARE(spies.errorOccurred.count(), 0);
    QCOMPARE(m_dialog->model()->screen(), Screen::Picker);

    // Its form's heading shows the placeholder too, and the integration connects as any other.
    m_dialog->model()->select(QStringLiteral("nologo-dev"));
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    auto *logo = onPage<QLabel>(m_dialog, "logoLabel");
    QVERIFY(logo && logo->isVisible());
    QVERIFY(!logo->pixmap().isNull());
    QCOMPARE(logo->pixmap().toImage(), NangoConnectLogos::placeholder(QStringLiteral("Zeta (no logo)"), logo->width(),
                                                                      logo->devicePixelRatioF(), logo->palette()).toImage());
    QCOMPARE(spies.errorOccurred.count(), 0);
}

void TestConnectDialog::missingTokenError()
{
    Env env;
    env.nango->setConnectSessionToken(QString());
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(waitForScreen(m_dialog, Screen::Error));
    QTRY_COMPARE(spies.errorOccurred.count(), 1);
    QCOMPARE(spies.errorOccurred.first().at(0).toString(), QStringLiteral("missing_connect_session_token"));
    QCOMPARE(currentPage(m_dialog), QStringLiteral("errorPage"));
    QVERIFY(!onPage<QPushButton>(m_dialog, "backButton")->isVisible()); // nothing to go back to
    QVERIFY(onPage<QWidget>(m_dialog, "errorMessage")->isVisible());
    // Retry with a token now: the picker.
    env.nango->setConnectSessionToken(env.server->createConnectSession(QStringLiteral("u")));
    QTRY_COMPARE(focused(), onPage<QPushButton>(m_dialog, "retryButton"));
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    QTRY_COMPARE(spies.ready.count(), 1);
    QTRY_COMPARE(focused(), onPage<QLineEdit>(m_dialog, "searchEdit"));
    press(Qt::Key_Escape);
    QTRY_COMPARE(spies.closed.count(), 1);
    QCOMPARE(spies.errorOccurred.count(), 1);
}

void TestConnectDialog::oauthIntegration()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    Spies spies(m_dialog);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    QTRY_COMPARE(focused(), onPage<QLineEdit>(m_dialog, "searchEdit"));
    typeText(QStringLiteral("auto-approve"));
    QTRY_COMPARE(m_dialog->model()->integrations()->rowCount(), 1);
    // Nothing to type: Connecting at once, the modal opens and the fake provider approves —
    // possibly before a poll sees Connecting, so the screens are recorded.
    QList<Screen> seen;
    const QMetaObject::Connection recording = connect(m_dialog->model(), &NangoConnectUIModel::screenChanged, this,
                                                      [&seen](Screen s) { seen << s; });
    press(Qt::Key_Return);
    QVERIFY(waitForScreen(m_dialog, Screen::Success, 60000));
    disconnect(recording);
    QVERIFY(seen.contains(Screen::Connecting) && seen.indexOf(Screen::Connecting) < seen.indexOf(Screen::Success));
    QCOMPARE(spies.connected.count(), 1);
    QCOMPARE(spies.connected.first().at(0).toString(), QStringLiteral("github-auto"));
    m_dialog->activateWindow();
    click(onPage<QPushButton>(m_dialog, "finishButton"));
    QTRY_COMPARE(spies.closed.count(), 1);

    // The user closes the OAuth window (Escape in it): back to the picker, no error.
    Spies again(m_dialog);
    m_dialog->open();
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    m_dialog->model()->select(QStringLiteral("github-dev")); // waits on the provider's Allow / Deny
    QVERIFY(waitForScreen(m_dialog, Screen::Connecting));
    QCOMPARE(currentPage(m_dialog), QStringLiteral("connectingPage"));
    QVERIFY(onPage<QLabel>(m_dialog, "textLabel")->text().contains(QStringLiteral("window")));
    NangoAuthDialog *modal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT([&modal] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<NangoAuthDialog *>(w); d && d->isVisible())
                modal = d;
        return modal != nullptr;
    }(), 30000);
    QTest::keyClick(modal, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->model()->screen() != Screen::Connecting, 15000);
    QVERIFY(m_dialog->model()->screen() == Screen::Picker || m_dialog->model()->screen() == Screen::Form);
    QCOMPARE(again.errorOccurred.count(), 0);
    QCOMPARE(again.connected.count(), 0);
    QVERIFY(m_dialog->isVisible());
    m_dialog->reject();
    QTRY_COMPARE(again.closed.count(), 1);
    QCOMPARE(again.ready.count(), 1);
}

void TestConnectDialog::smallSizeAndAccessibleNames()
{
    Env env;
    m_dialog = openDialog(env.nango.get());
    QCOMPARE(m_dialog->minimumSize(), QSize(400, 500));
    m_dialog->resize(400, 500);
    QVERIFY(waitForScreen(m_dialog, Screen::Picker));
    const auto checkPage = [this] {
        auto *stack = m_dialog->findChild<QStackedWidget *>(QStringLiteral("screens"));
        QWidget *page = stack->currentWidget();
        QVERIFY(m_dialog->width() <= 400 + 1 && m_dialog->height() <= 500 + 1);
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(page) || !w->focusPolicy() || qobject_cast<QScrollBar *>(w) || w->inherits("QLineEditIconButton")
                || w->objectName() == QLatin1String("qt_scrollarea_viewport"))
                continue;
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractItemView *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + QLatin1Char(' ') + QLatin1String(w->metaObject()->className())));
            bool scrolled = false; // inside the form's scroll area: it may be scrolled to
            for (QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget())
                scrolled |= qobject_cast<QScrollArea *>(p) != nullptr;
            const QRect inPage(w->mapTo(page, QPoint(0, 0)), w->size());
            if (!scrolled && qobject_cast<QAbstractButton *>(w))
                QVERIFY2(page->rect().contains(inPage), qPrintable(w->objectName() + QLatin1String(" is outside its page at 400×500")));
        }
    };
    checkPage();
    m_dialog->model()->select(QStringLiteral("jira-basic"));
    QVERIFY(waitForScreen(m_dialog, Screen::Form));
    QTRY_VERIFY(field(m_dialog, "passwordEdit"));
    QTest::qWait(50);
    checkPage();
    m_dialog->model()->close();
    QTRY_VERIFY(!m_dialog->isVisible());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
