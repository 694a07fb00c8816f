// SPDX-License-Identifier: MIT
// Smoke tests of nangoqt-demo, both faces, in process: it starts on the embedded dev server,
// lists the sample integrations from its catalog, opens the provider's form for every mode with
// fields, connects (create, API-key form, OAuth in the embedded window
// with the auto-approving provider) and closes with no warning.
#include "demobackend.h"
#include "demotheme.h"
#include "demowindow.h"
#include "fakeopener.h"
#include "nangodevserver.h"

#include <NangoQt/NangoApiKeyForm>
#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoCredentialsDialog>
#include <NangoQt/NangoCredentialsFormModel>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#ifdef NANGOQT_DEMO_QML
#include <NangoQt/NangoQuick>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#endif

namespace {
/// How many integrations the dev server's sample has (the demo lists them all).
int sampleIntegrationCount()
{
    NangoDev::NangoDevServer server;
    return server.loadIntegrations(NangoDev::NangoDevServer::sampleIntegrationsFile()) ? int(server.integrations().size()) : -1;
}

int rowOf(QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IntegrationsModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

QMap<QString, QString> connectionConfigOf(NangoDev::NangoDevServer *server, const QString &integration)
{
    for (const NangoDev::Connection &connection : server->connections()) {
        if (connection.providerConfigKey == integration)
            return connection.connectionConfig;
    }
    return {};
}

/// The mnemonic letters (after a single '&') of @p text, lower-cased.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

#ifdef NANGOQT_DEMO_QML
/// The item named @p name under @p root, through the visual children (a Repeater's rows are not
/// QObject children of the form).
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}
#endif

QString statusOfNewest(QAbstractItemModel *connections)
{
    return connections->rowCount() ? connections->index(0, 0).data(ConnectionsModel::StatusRole).toString() : QString();
}
/// Whether a line of the demo's event log contains @p text.
bool logHas(DemoBackend &backend, const QString &text)
{
    const QStringList lines = backend.eventLogModel()->lines();
    return std::any_of(lines.cbegin(), lines.cend(), [&text](const QString &line) { return line.contains(text); });
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // Any warning fails the test, except notices of Qt itself: three of the headless platform
        // (offscreen QPA, no GPU for Chromium) and Qt 6.4's QtWebEngine QML module complaining
        // about its own value types when it is imported.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(
            "^(?!This plugin does not support propagateSizeHints"
            "|WebEngineContext used before QtWebEngineCore::initialize\\(\\) or OpenGL context creation failed"
            "|No suitable graphics backend found"
            "|QWebEngine[A-Za-z]+ is neither a QObject, nor default- and copy-constructible)")));
    }

    void widgetsFace()
    {
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        QVERIFY(backend.usingDevServer());
        QVERIFY(backend.connectionIdAllowed());
        NangoAuth nango;
        backend.setAuth(&nango);
        auto *window = new DemoWindow(&backend);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // The sample integrations are listed.
        auto *list = window->findChild<QListView *>(QStringLiteral("integrationsView"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), sampleIntegrationCount());
        QVERIFY(rowOf(list->model(), QStringLiteral("github-auto")) >= 0);
        auto *connections = backend.connections();

        // Unauthenticated create: select it and press the Connect button.
        list->setCurrentIndex(list->model()->index(rowOf(list->model(), QStringLiteral("public-api")), 0));
        const QString firstId = backend.property("connectionId").toString();
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Connected"), 10000);
        QCOMPARE(connections->index(0, 0).data(ConnectionsModel::ConnectionIdRole).toString(), firstId);
        QVERIFY(backend.property("connectionId").toString() != firstId); // a fresh id for the next one

        // API key: the native form in a dialog, typed in; the options editor's params go along.
        backend.setProperty("params", QStringLiteral("subdomain=acme"));
        window->connectIntegration(QStringLiteral("stripe-dev"));
        NangoCredentialsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<NangoCredentialsDialog *>()) != nullptr && dialog->isVisible());
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QVERIFY(key);
        QTest::keyClicks(key, QStringLiteral("sk_test_demo_smoke")); // the stripe provider's pattern: sk_test_…
        QTest::keyClick(key, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Connected"), 10000);
        QTRY_VERIFY(!window->findChild<NangoCredentialsDialog *>());
        QCOMPARE(connectionConfigOf(backend.devServer(), QStringLiteral("stripe-dev")).value(QStringLiteral("subdomain")),
                 QStringLiteral("acme"));
        backend.setProperty("params", QString());

        // OAuth in the embedded modal; the fake provider approves by itself.
        window->connectIntegration(QStringLiteral("github-auto"));
        QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Connected"), 30000);
        QCOMPARE(backend.devServer()->connections().size(), 3);

        // The event log saw it all, through the library's own log lines too.
        const QString log = static_cast<EventLogModel *>(backend.eventLog())->lines().join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("github-auto connected")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("nangoqt.core")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("sk_test_demo_smoke")), "the API key reached the event log");

        // Bad options are refused with a reason, before any request.
        backend.setProperty("params", QStringLiteral("no equals sign"));
        const int before = connections->rowCount();
        QVERIFY(!backend.connectIntegration(QStringLiteral("github-auto")));
        QCOMPARE(connections->rowCount(), before);
        QVERIFY(static_cast<EventLogModel *>(backend.eventLog())->lines().last().contains(QStringLiteral("key=value")));
        window->connectIntegration(QStringLiteral("jira-basic")); // the form's flow too: no dialog
        QVERIFY(!window->findChild<NangoCredentialsDialog *>());
        QCOMPARE(connections->rowCount(), before);

        QPointer<DemoWindow> guard(window);
        QVERIFY(window->close());
        QTRY_VERIFY(!guard);
    }

    void widgetsCatalogFormsOfEveryMode_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("authMode");
        QTest::addColumn<QString>("typed"); ///< JSON: typed into the form and connected end to end; "" = only opened
        QTest::newRow("api-key+config") << QStringLiteral("posthog-dev") << QStringLiteral("API_KEY") << QStringLiteral(R"({"apiKey": "phx_demo"})");
        QTest::newRow("oauth2-cc") << QStringLiteral("oauth2-cc-dev") << QStringLiteral("OAUTH2_CC")
                                   << QStringLiteral(R"({"client_id": "cid", "client_secret": "cs", "hostname": "acme.auth0.com", "audience": "urn:example:api"})");
        QTest::newRow("tba") << QStringLiteral("tba-dev") << QStringLiteral("TBA")
                             << QStringLiteral(R"({"token_id": "tid", "token_secret": "ts", "accountId": "1234"})");
        QTest::newRow("jwt") << QStringLiteral("jwt-dev") << QStringLiteral("JWT") << QString();
        QTest::newRow("two-step") << QStringLiteral("two-step-dev") << QStringLiteral("TWO_STEP") << QString();
        QTest::newRow("bill") << QStringLiteral("bill-dev") << QStringLiteral("BILL") << QString();
        QTest::newRow("signature") << QStringLiteral("signature-dev") << QStringLiteral("SIGNATURE") << QString();
        QTest::newRow("aws-sigv4") << QStringLiteral("aws-sigv4-dev") << QStringLiteral("AWS_SIGV4") << QString();
    }

    /// The list comes from the catalog (display names, auth modes); Connect opens the
    /// provider's own form for every mode with fields.
    void widgetsCatalogFormsOfEveryMode()
    {
        QFETCH(QString, integration);
        QFETCH(QString, authMode);
        QFETCH(QString, typed);
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        QVERIFY(backend.catalog());
        NangoAuth nango;
        backend.setAuth(&nango);
        DemoWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListView *>(QStringLiteral("integrationsView"));
        const int row = rowOf(list->model(), integration);
        QVERIFY(row >= 0);
        const QModelIndex index = list->model()->index(row, 0);
        QCOMPARE(index.data(IntegrationsModel::AuthModeRole).toString(), authMode);
        const QString displayName = backend.catalog()->integration(integration).value(QStringLiteral("display_name")).toString();
        QVERIFY(!displayName.isEmpty());
        QVERIFY2(index.data(Qt::DisplayRole).toString().contains(displayName), qPrintable(index.data(Qt::DisplayRole).toString()));
        QVERIFY2(index.data(Qt::DisplayRole).toString().contains(authMode), qPrintable(index.data(Qt::DisplayRole).toString()));

        list->setCurrentIndex(index);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        NangoCredentialsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NangoCredentialsDialog *>()) != nullptr && dialog->isVisible());
        NangoCredentialsFormModel *model = dialog->model();
        QVERIFY(model->hasSchema());
        QCOMPARE(model->authModeName(), authMode);
        // The provider's fields, each with its editor in the dialog.
        const QVariantMap provider = backend.catalog()->provider(backend.catalog()->integration(integration).value(QStringLiteral("provider")).toString());
        QVERIFY(!provider.isEmpty());
        const QStringList asked = model->fieldNames();
        QVERIFY2(!asked.isEmpty(), qPrintable(integration));
        for (const QString &key : asked) {
            const bool inSchema = provider.value(QStringLiteral("credentials")).toMap().contains(key)
                || provider.value(QStringLiteral("connection_config")).toMap().contains(key) || model->field(key).isNull() == false;
            QVERIFY2(inSchema, qPrintable(key));
            QVERIFY2(dialog->findChild<QWidget *>(key + QLatin1String("Edit")), qPrintable(key + QLatin1String("Edit")));
        }
        for (const QString &key : provider.value(QStringLiteral("credentials")).toMap().keys()) {
            const QVariantMap field = provider.value(QStringLiteral("credentials")).toMap().value(key).toMap();
            if (!field.value(QStringLiteral("automated")).toBool() && !field.value(QStringLiteral("hidden")).toBool()
                && field.value(QStringLiteral("visible_when")).isNull() && !field.value(QStringLiteral("optional")).toBool())
                QVERIFY2(asked.contains(key), qPrintable(key + QLatin1String(" not asked; asked: ") + asked.join(QLatin1Char(','))));
        }
        if (!typed.isEmpty()) {
            // End to end: typed into the provider's form by keyboard, through the backend.
            const QJsonObject values = QJsonDocument::fromJson(typed.toUtf8()).object();
            QVERIFY(!values.isEmpty());
            QLineEdit *last = nullptr;
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                auto *edit = dialog->findChild<QLineEdit *>(it.key() + QLatin1String("Edit"));
                QVERIFY2(edit, qPrintable(it.key()));
                edit->setFocus();
                QTRY_COMPARE(QApplication::focusWidget(), edit);
                edit->selectAll();
                QTest::keyClicks(edit, it.value().toString());
                last = edit;
            }
            const QPointer<NangoCredentialsFormModel> guard(model);
            QTest::keyClick(last, Qt::Key_Return);
            QTRY_VERIFY2_WITH_TIMEOUT(statusOfNewest(backend.connections()) == DemoBackend::tr("Connected"),
                                      qPrintable(guard ? guard->errorText() : statusOfNewest(backend.connections())), 10000);
            QTRY_VERIFY(!window.findChild<NangoCredentialsDialog *>());
            bool stored = false;
            for (const NangoDev::Connection &connection : backend.devServer()->connections())
                stored = stored || connection.providerConfigKey == integration;
            QVERIFY(stored);
            if (integration == QLatin1String("posthog-dev")) // the enum's default went along
                QCOMPARE(connectionConfigOf(backend.devServer(), integration).value(QStringLiteral("subdomain")), QStringLiteral("us"));
            if (integration == QLatin1String("tba-dev"))
                QCOMPARE(connectionConfigOf(backend.devServer(), integration).value(QStringLiteral("accountId")), QStringLiteral("1234"));
            return;
        }
        dialog->reject();
        QTRY_VERIFY(!window.findChild<NangoCredentialsDialog *>());
    }

    void widgetsConnectUI()
    {
        // "Connect an account…" has the focus when the window opens; Enter on it shows the native
        // Connect UI on the dev server's session, whose flows reach the connections list.
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        NangoAuth nango;
        backend.setAuth(&nango);
        QVERIFY(backend.connectUIAuth());
        DemoWindow window(&backend);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("connectAccountButton"));
        QVERIFY(button && button->isEnabled());
        QTRY_COMPARE(QApplication::focusWidget(), button);
        QTest::keyClick(button, Qt::Key_Space);
        NangoConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NangoConnectDialog *>()) != nullptr && dialog->isVisible());
        QTRY_COMPARE(dialog->model()->screen(), NangoConnectUIModel::Screen::Picker);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("stripe (d"));
        QTRY_COMPARE(dialog->model()->integrations()->rowCount(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QLineEdit *key = nullptr;
        QTRY_VERIFY((key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))) != nullptr && key->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), key);
        QTest::keyClicks(key, QStringLiteral("sk_test_demo_connectui"));
        QTest::keyClick(key, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->screen(), NangoConnectUIModel::Screen::Success, 10000);
        QTRY_COMPARE(statusOfNewest(backend.connections()), DemoBackend::tr("Connected"));
        QCOMPARE(backend.devServer()->connections().size(), 1);
        const QString connectionId = backend.devServer()->connections().constLast().connectionId;
        QTRY_VERIFY(logHas(backend, QStringLiteral("Connect UI: connected stripe-dev as ") + connectionId));
        auto *result = window.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY2(result->text().contains(connectionId), qPrintable(result->text()));
        // Finish (the Success screen's default) closes it; the dialog deletes itself.
        QTRY_VERIFY(qobject_cast<QPushButton *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<NangoConnectDialog *>());
        QTRY_VERIFY(logHas(backend, QStringLiteral("Connect UI: closed")));
    }

    void widgetsHostedConnectUI()
    {
        // "Hosted Connect UI…": the dev server's imitation of Nango's Connect UI in the embedded
        // window; its events reach the event log, Escape closes it.
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        NangoAuth nango;
        backend.setAuth(&nango);
        QCOMPARE(backend.hostedConnectUrl().path(), QStringLiteral("/connect"));
        DemoWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("hostedConnectUIButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QWidget *>(QStringLiteral("NangoHostedConnectUIDialog"))) != nullptr
                    || (dialog = QApplication::activeModalWidget()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(logHas(backend, QStringLiteral("Hosted Connect UI: ready")), 20000);
        QVERIFY(!logHas(backend, QStringLiteral("Hosted Connect UI: closed")));
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(logHas(backend, QStringLiteral("Hosted Connect UI: closed")), 10000);
    }

    void widgetsResultsInWords()
    {
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        NangoAuth nango;
        backend.setAuth(&nango);
        DemoWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connections = backend.connections();
        auto *banner = window.findChild<QWidget *>(QStringLiteral("resultBanner"));
        auto *result = window.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QVERIFY(banner && result);
        QVERIFY(!banner->isVisible()); // nothing to say yet

        // A success names the account clearly.
        const QString id = backend.property("connectionId").toString();
        QVERIFY(backend.connectIntegration(QStringLiteral("public-api")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Connected"), 10000);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(result->text().contains(QStringLiteral("Connected")) && result->text().contains(id), qPrintable(result->text()));

        // The user cancels a waiting OAuth flow from the list: "Cancelled", and why, in words.
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelConnectionButton"));
        QVERIFY(cancel);
        QVERIFY(backend.connectIntegration(QStringLiteral("github-dev"))); // does not approve by itself
        QTRY_COMPARE_WITH_TIMEOUT(connections->index(0, 0).data(ConnectionsModel::RunningRole).toBool(), true, 5000);
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Cancelled"), 10000);
        const QString shown = connections->index(0, 0).data(Qt::DisplayRole).toString();
        QVERIFY2(shown.contains(QStringLiteral("cancelled")) && !shown.contains(QStringLiteral("authorization_cancelled")), qPrintable(shown));
        QCOMPARE(connections->index(0, 0).data(ConnectionsModel::ErrorTypeRole).toString(), QStringLiteral("authorization_cancelled"));
        QVERIFY(!cancel->isEnabled());
        QVERIFY2(result->text().startsWith(QStringLiteral("Cancelled")), qPrintable(result->text()));
        const QString log = static_cast<EventLogModel *>(backend.eventLog())->lines().join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("authorization_cancelled")), "the code belongs in the event log");
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    void widgetsSystemBrowserCanBeCancelledAndCopied()
    {
        FakeOpener opener(FakeOpener::Succeeds); // "opens" the page: the user may never see it
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        NangoAuth nango;
        backend.setAuth(&nango);
        backend.setProperty("systemBrowser", true);
        DemoWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connections = backend.connections();
        QVERIFY(backend.connectIntegration(QStringLiteral("github-dev")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Waiting for you in the browser"), 10000);
        const QUrl opened = opener.waitForOpenedUrl();
        QVERIFY(opened.isValid());
        // The link is shown without its secrets, and copied in full on request.
        const QString shown = connections->index(0, 0).data(Qt::DisplayRole).toString();
        QVERIFY2(shown.contains(QStringLiteral("/oauth/connect/github-dev")), qPrintable(shown));
        QVERIFY2(!shown.contains(nango.publicKey()), "the public key is shown");
        auto *copy = window.findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
        QTRY_VERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QUrl(QGuiApplication::clipboard()->text()), opened);
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelConnectionButton"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Cancelled"), 5000);
        QVERIFY(!copy->isEnabled());
    }
#endif

    void widgetsDarkPalette()
    {
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        NangoAuth nango;
        backend.setAuth(&nango);
        DemoTheme theme;
        DemoWindow window(&backend, &theme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dark = window.findChild<QAction *>(QStringLiteral("darkPaletteAction"));
        QVERIFY(dark);
        QVERIFY(window.palette().color(QPalette::Window).lightnessF() > 0.5);
        dark->trigger();
        QVERIFY(theme.isDark());
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightnessF() < 0.5);
        dark->trigger();
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightnessF() > 0.5);
    }

    void unknownLanguage()
    {
        // A name that is no locale, and a locale NangoQt has no catalog for: refused before any window.
        for (const QString &code : {QStringLiteral("zz-not-a-locale"), QStringLiteral("zh_CN")}) {
            QProcess demo;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            demo.setProcessEnvironment(env);
            demo.start(QStringLiteral(NANGOQT_DEMO_EXE), {QStringLiteral("--language"), code});
            QVERIFY(demo.waitForFinished(20000));
            QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
            QCOMPARE(demo.exitCode(), 2);
            const QString err = QString::fromLocal8Bit(demo.readAllStandardError());
            QVERIFY2(err.contains(code) && err.contains(QStringLiteral("de, es, fr, ja")), qPrintable(err));
        }
    }

    void helpWithoutADisplay()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("--no-such-option")}}) {
            QProcess demo;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            demo.setProcessEnvironment(env);
            demo.start(QStringLiteral(NANGOQT_DEMO_EXE), args);
            QVERIFY(demo.waitForFinished(20000));
            QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
            const QString out = QString::fromLocal8Bit(demo.readAllStandardOutput());
            const QString err = QString::fromLocal8Bit(demo.readAllStandardError());
            if (args.first() == QLatin1String("--help")) {
                QCOMPARE(demo.exitCode(), 0);
                QVERIFY2(out.startsWith(QStringLiteral("Usage: nangoqt-demo ")), qPrintable(out.left(80)));
                QVERIFY(out.contains(QStringLiteral("--dark")));
            } else {
                QCOMPARE(demo.exitCode(), 2);
                QVERIFY2(err.contains(QStringLiteral("no-such-option")) && err.contains(QStringLiteral("--help")), qPrintable(err));
            }
        }
    }

    void widgetsKeyboard()
    {
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        NangoAuth nango;
        backend.setAuth(&nango);
        DemoWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Every Alt+letter of the main window reaches one control: labels (with their buddy),
        // buttons, tabs and the menu bar share one set of letters.
        QMap<QString, QStringList> owners;
        const auto note = [&owners](const QString &text) {
            const QString letter = mnemonicOf(text);
            if (!letter.isEmpty())
                owners[letter] << QString(text).remove(QLatin1Char('&'));
        };
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisibleTo(&window) && mnemonicOf(label->text()).size()) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                QVERIFY2(!label->buddy()->accessibleName().isEmpty(), qPrintable(label->text()));
                note(label->text());
            }
        }
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(&window))
                note(button->text());
        }
        for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
        }
        for (QAction *menu : window.menuBar()->actions())
            note(menu->text());
        QVERIFY(owners.size() >= 12);
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it->size() == 1, qPrintable(QStringLiteral("Alt+%1: %2").arg(it.key(), it->join(QStringLiteral(", ")))));

        // Alt+T reaches the integrations, Alt+M the HMAC field.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(QStringLiteral("integrationsView")));
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(QStringLiteral("hmacEdit")));
    }

    void realServerConfig()
    {
        // A real Nango is only configured here (nothing is sent before a Connect).
        DemoBackend::Config config;
        config.host = QUrl(QStringLiteral("https://demo-user:hunter2-secret@nango.example.invalid"));
        config.sessionToken = QStringLiteral("nango_connect_session_0123456789abcdef");
        config.integrations = {QStringLiteral("github"), QStringLiteral("stripe:api_key")};
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start(config, &error), qPrintable(error));
        QVERIFY(!backend.usingDevServer());
        QVERIFY(!backend.connectionIdAllowed());
        QCOMPARE(backend.integrations()->rowCount(), 2);
        QCOMPARE(backend.authMode(QStringLiteral("github")), NangoAuthMode::OAuth2);
        QCOMPARE(backend.authMode(QStringLiteral("stripe")), NangoAuthMode::ApiKey);
        NangoAuth nango;
        backend.setAuth(&nango);
        QCOMPARE(nango.connectSessionToken(), config.sessionToken);
        QCOMPARE(nango.host(), config.host);
        const QString shown = backend.serverDescription() + QLatin1Char('\n')
            + static_cast<EventLogModel *>(backend.eventLog())->lines().join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QStringLiteral("nango.example.invalid")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("hunter2")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("0123456789abcdef")), qPrintable(shown));

        // Refused set-ups say why.
        DemoBackend noKey;
        DemoBackend::Config hostOnly;
        hostOnly.host = QUrl(QStringLiteral("https://nango.example.invalid"));
        QVERIFY(!noKey.start(hostOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("--public-key")), qPrintable(error));
        DemoBackend badMode;
        config.integrations = {QStringLiteral("x:NOT_A_MODE")};
        QVERIFY(!badMode.start(config, &error));
        QVERIFY2(error.contains(QStringLiteral("x:NOT_A_MODE")), qPrintable(error));
    }

    void sessionTokenMode()
    {
        DemoBackend backend;
        QString error;
        DemoBackend::Config config;
        config.devSessionTokens = true;
        QVERIFY2(backend.start(config, &error), qPrintable(error));
        QVERIFY(!backend.connectionIdAllowed());
        QCOMPARE(backend.effectiveConnectionId(), QString());
        NangoAuth nango;
        backend.setAuth(&nango);
        QVERIFY(!nango.connectSessionToken().isEmpty());
        DemoWindow window(&backend);
        window.show();
        auto *idField = window.findChild<QLineEdit *>(QStringLiteral("connectionIdEdit"));
        QVERIFY(idField && !idField->isEnabled());
        QVERIFY(backend.connectIntegration(QStringLiteral("public-api")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(backend.connections()), DemoBackend::tr("Connected"), 10000);
        const QString log = static_cast<EventLogModel *>(backend.eventLog())->lines().join(QLatin1Char('\n'));
        QVERIFY2(!log.contains(nango.connectSessionToken()), "the session token reached the event log");
        // The field shows what really happens: the server names the connection, also after one
        // was made (the demo makes a fresh id for the next connection only when ids are sent).
        QCOMPARE(backend.property("connectionId").toString(), QString());
        QCOMPARE(idField->text(), QString());
        QVERIFY(!idField->placeholderText().isEmpty());
    }

    void qmlFace()
    {
#ifndef NANGOQT_DEMO_QML
        QSKIP("built without NANGOQT_BUILD_QUICK: no QML face");
#else
        DemoBackend backend;
        QString error;
        QVERIFY2(backend.start({}, &error), qPrintable(error));
        QQmlApplicationEngine engine;
        NangoQuick::addImportPath(&engine);
        engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(&backend)}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/NangoQtDemo/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(backend.auth()); // the QML-declared NangoAuth
        auto *list = window->findChild<QObject *>(QStringLiteral("integrationsList"));
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), sampleIntegrationCount());

        auto *connections = backend.connections();
        QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("public-api")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Connected"), 10000);
        auto *result = window->findChild<QObject *>(QStringLiteral("resultLabel"));
        QVERIFY(result);
        QTRY_VERIFY2(result->property("text").toString().startsWith(QStringLiteral("Connected")), qPrintable(result->property("text").toString()));

        // OAuth in the QML AuthWindow (auto-approving provider).
        QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("github-auto")));
        QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Connected"), 30000);

        // API key through the module's ApiKeyForm in the face's dialog.
        // The options editor reaches the QML face's forms too.
        backend.setProperty("params", QStringLiteral("region=eu+west"));
        QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("stripe-dev")));
        QObject *field = nullptr;
        // The provider's form (a Repeater's rows: items, not QObject children) in the face's dialog.
        QTRY_VERIFY((field = findItem(window->contentItem(), QStringLiteral("apiKeyEdit"))) != nullptr);
        QTRY_VERIFY(field->property("activeFocus").toBool());
        for (const char c : QByteArrayLiteral("sk_test_qml_face"))
            QTest::keyClick(window, c);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfNewest(connections), DemoBackend::tr("Connected"), 10000);
        QCOMPARE(backend.devServer()->connections().size(), 3);
        QCOMPARE(backend.devServer()->connections().last().connectionConfig.value(QStringLiteral("region")), QStringLiteral("eu+west"));
        backend.setProperty("params", QString());

        // "Connect an account…": the QML ConnectUI on the dev server's session; public-api asks
        // nothing, so Enter in the picker connects it ("public api" leaves it alone in the list); Finish (Enter) closes the popup.
        auto *connectUI = window->findChild<QObject *>(QStringLiteral("connectUI"));
        QVERIFY(connectUI);
        QQuickItem *accountButton = findItem(window->contentItem(), QStringLiteral("connectAccountButton"));
        QVERIFY(accountButton && accountButton->isEnabled());
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier,
                          accountButton->mapToScene(QPointF(accountButton->width() / 2, accountButton->height() / 2)).toPoint());
        QTRY_VERIFY(connectUI->property("opened").toBool());
        auto *uiModel = connectUI->property("model").value<NangoConnectUIModel *>();
        QVERIFY(uiModel);
        QTRY_COMPARE(uiModel->screen(), NangoConnectUIModel::Screen::Picker);
        for (const char c : QByteArrayLiteral("public api"))
            QTest::keyClick(window, c);
        QTRY_COMPARE(uiModel->integrations()->rowCount(), 1);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(uiModel->screen(), NangoConnectUIModel::Screen::Success, 10000);
        QTRY_VERIFY(logHas(backend, QStringLiteral("Connect UI: connected public-api as ") + uiModel->connectionId()));
        QTRY_COMPARE(statusOfNewest(connections), DemoBackend::tr("Connected"));
        // Enter once Finish has the focus (the popup moves it there a moment after the screen
        // changes), as a person presses it.
        QQuickItem *finish = nullptr;
        QTRY_VERIFY((finish = findItem(window->contentItem(), QStringLiteral("finishButton"))) && finish->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!connectUI->property("visible").toBool());
        QTRY_VERIFY(logHas(backend, QStringLiteral("Connect UI: closed")));

        // Every mode with fields: the provider's form (IntegrationForm) in the face's dialog.
        QObject *dialogObject = window->findChild<QObject *>(QStringLiteral("credentialsDialog"));
        QVERIFY(dialogObject);
        QTRY_VERIFY(!dialogObject->property("visible").toBool());
        const QList<std::pair<QString, QString>> modes = {
            {QStringLiteral("oauth2-cc-dev"), QStringLiteral("OAUTH2_CC")}, {QStringLiteral("tba-dev"), QStringLiteral("TBA")},
            {QStringLiteral("jwt-dev"), QStringLiteral("JWT")},             {QStringLiteral("two-step-dev"), QStringLiteral("TWO_STEP")},
            {QStringLiteral("bill-dev"), QStringLiteral("BILL")},           {QStringLiteral("signature-dev"), QStringLiteral("SIGNATURE")},
            {QStringLiteral("aws-sigv4-dev"), QStringLiteral("AWS_SIGV4")}, {QStringLiteral("posthog-dev"), QStringLiteral("API_KEY")}};
        for (const auto &[integration, authMode] : modes) {
            QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, integration));
            QTRY_VERIFY2(dialogObject->property("opened").toBool(), qPrintable(integration));
            auto *model = dialogObject->property("formModel").value<NangoCredentialsFormModel *>();
            QVERIFY(model);
            QVERIFY(model->hasSchema());
            QCOMPARE(model->authModeName(), authMode);
            QVERIFY2(!model->fieldNames().isEmpty(), qPrintable(integration));
            for (const QString &key : model->fieldNames())
                QTRY_VERIFY2(findItem(window->contentItem(), key + QLatin1String("Edit")), qPrintable(integration + QLatin1Char(' ') + key));
            QMetaObject::invokeMethod(dialogObject, "reject");
            QTRY_VERIFY(!dialogObject->property("visible").toBool());
        }
        window->close();
#endif
    }
};

int main(int argc, char *argv[])
{
#ifdef NANGOQT_DEMO_QML
    NangoQuick::initialize(); // the QML face's AuthWindow needs it before the application object
#endif
    QApplication app(argc, argv);
    TestDemo test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demo.moc"
