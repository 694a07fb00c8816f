// SPDX-License-Identifier: MIT
// nangoqt-demo-screenshots OUTDIR [demo] [forms] [connecting]: the docs' pictures, taken by
// scripts/screenshots.sh under Xvfb — "demo": the demo's Widgets face (light and dark palette),
// its OAuth modal on the dev server's provider page, the QML face and its AuthWindow; "forms":
// every credentials form state (opened, refused input, the server's error) of both faces, light
// and dark; "connecting": both faces' OAuth window in its connecting state (the dev server holds
// back its WebSocket ack meanwhile); "connectui": the native Connect UI of both faces
// (NangoConnectDialog, ConnectUI) on its picker, a schema form, success, error and the close
// question of a half-filled form, light and dark
// (docs/connectui-<face>-<screen>-<theme>.png); "browserwait": "Continue in your browser" under
// both faces' connect button and on their Connect UI's Connecting screen, light and dark
// (docs/browserwait-<face>-<button|connectui>-<theme>.png). No set named: all. Not installed.
#include "demobackend.h"
#include "demotheme.h"
#include "demowindow.h"
#include "nangodevserver.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoConnectAction>
#include <NangoQt/NangoConnectButton>
#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoCredentialsDialog>
#include <NangoQt/NangoCredentialsForm>
#include <NangoQt/NangoCredentialsFormModel>
#include <NangoQt/NangoSystemBrowserWindow>
#include <NangoQt/NangoTranslations>
#ifdef NANGOQT_DEMO_QML
#include <NangoQt/NangoQuick>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#endif

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QDir>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QListView>
#include <QPalette>
#include <QScreen>
#include <QStyleFactory>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {
QString s_outDir;
DemoTheme *s_theme = nullptr; // made in main(), after the application object

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // not run outside an event loop
        QThread::msleep(10);
    }
}

bool save(const QPixmap &picture, const QString &name)
{
    const QString path = QDir(s_outDir).filePath(name);
    const bool ok = !picture.isNull() && picture.save(path);
    std::printf("%s %s (%dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(path), picture.width(), picture.height());
    return ok;
}

/// The whole screen, cropped to the area the windows cover.
QPixmap grabScreen(const QRect &area)
{
    return QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
}

/// Waits until the newest flow shows its window (state WaitingForUser), then lets the page paint.
bool waitForWindow(DemoBackend &backend)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        const auto flows = backend.auth()->flows();
        if (!flows.isEmpty() && flows.last()->state() == NangoAuthFlow::State::WaitingForUser) {
            settle(2500);
            return true;
        }
        settle(50);
    }
    return false;
}

/// Holds the dev server's WebSocket ack back, so a flow's window stays in its connecting state.
void delayAck(DemoBackend &backend)
{
    NangoDev::Faults faults;
    faults.ackDelayMs = 20000;
    backend.devServer()->setFaults(faults);
}

/// Waits until a visible top-level window (a QWindow, or a QWidget's window) with @p objectName
/// is connecting, then lets it paint; returns its QWindow.
QWindow *waitForConnectingWindow(const QString &objectName)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == objectName && widget->isVisible() && widget->property("connecting").toBool()) {
                settle(1500);
                return widget->windowHandle();
            }
        }
        for (QWindow *window : QGuiApplication::topLevelWindows()) {
            if (window->objectName() == objectName && window->isVisible() && window->property("connecting").toBool()) {
                settle(1500);
                return window;
            }
        }
        settle(20);
    }
    std::fprintf(stderr, "no %s in its connecting state\n", qPrintable(objectName));
    return nullptr;
}

bool startOnDevServer(DemoBackend &backend)
{
    QString error;
    if (!backend.start({}, &error))
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return error.isEmpty();
}

bool widgetsFace()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    bool ok = true;
    NangoAuth nango;
    backend.setAuth(&nango);
    DemoWindow window(&backend, s_theme);
    window.move(40, 40);
    window.show();
    backend.connectIntegration(QStringLiteral("public-api"));
    settle(1500);
    ok &= save(window.grab(), QStringLiteral("demo-widgets.png"));

    s_theme->setDark(true);
    settle(800);
    ok &= save(window.grab(), QStringLiteral("demo-widgets-dark.png"));
    s_theme->setDark(false);
    settle(300);

    window.connectIntegration(QStringLiteral("github-dev"));
    ok &= waitForWindow(backend);
    QRect area = window.frameGeometry();
    for (QWidget *topLevel : QApplication::topLevelWidgets()) {
        if (topLevel->isVisible())
            area |= topLevel->frameGeometry(); // the modal may reach past the main window
    }
    ok &= save(grabScreen(area.adjusted(-20, -20, 20, 20)), QStringLiteral("demo-widgets-oauth.png"));
    nango.cancel();
    settle(800);
    ok &= save(window.grab(), QStringLiteral("demo-widgets-cancelled.png")); // "Cancelled", the reason in words
    return ok;
}

bool widgetsConnecting()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    NangoAuth nango;
    backend.setAuth(&nango);
    DemoWindow window(&backend);
    window.move(40, 40);
    window.show();
    settle(1000);
    delayAck(backend);
    window.connectIntegration(QStringLiteral("github-dev"));
    QWindow *modal = waitForConnectingWindow(QStringLiteral("NangoAuthDialog"));
    bool ok = modal != nullptr;
    if (ok)
        ok = save(grabScreen(modal->frameGeometry().adjusted(-20, -20, 20, 20)), QStringLiteral("modal-connecting-widgets.png"));
    nango.cancel();
    settle(500);
    return ok;
}

/// One credentials form in one state: "open" (as it appears), "invalid" (submitted empty),
/// "server" (the server refused the credentials: a long message).
struct FormShot
{
    NangoAuthMode::Mode mode;
    const char *integration;
    const char *state;
    const char *secret; // what is typed before submitting ("" = nothing)
};
const FormShot formShots[] = {
    {NangoAuthMode::ApiKey, "stripe-dev", "open", ""},
    {NangoAuthMode::ApiKey, "stripe-dev", "invalid", ""},
    {NangoAuthMode::ApiKey, "stripe-dev", "server", "sk_test_invalid"},
    {NangoAuthMode::Basic, "jira-basic", "open", ""},
    {NangoAuthMode::Basic, "jira-basic", "invalid", ""},
    {NangoAuthMode::Basic, "jira-basic", "server", "wrong-password"},
};
QString shotName(const char *face, const FormShot &shot, bool dark)
{
    return QStringLiteral("form-%1-%2-%3%4.png")
        .arg(QLatin1String(face), shot.mode == NangoAuthMode::ApiKey ? QStringLiteral("apikey") : QStringLiteral("basic"),
             QLatin1String(shot.state), dark ? QStringLiteral("-dark") : QString());
}

/// Every credentials form state of the Widgets face (NangoCredentialsDialog), light and dark.
bool widgetsForms()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    NangoAuth nango;
    backend.setAuth(&nango);
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        for (const FormShot &shot : formShots) {
            NangoCredentialsDialog dialog(&nango, QString::fromLatin1(shot.integration), shot.mode);
            dialog.setConnectionId(QStringLiteral("screenshot-user"));
            dialog.move(60, 60);
            dialog.show();
            settle(400);
            if (qstrcmp(shot.state, "open") != 0) {
                // Typed where the focus is, as a person would; the password for Basic after a user name.
                if (shot.mode == NangoAuthMode::Basic && *shot.secret) {
                    dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("ada"));
                    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QString::fromLatin1(shot.secret));
                } else if (*shot.secret) {
                    dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(QString::fromLatin1(shot.secret));
                }
                dialog.form()->submit();
                QElapsedTimer wait;
                wait.start();
                while (dialog.form()->errorText().isEmpty() && wait.elapsed() < 5000)
                    settle(50);
                settle(300);
            }
            ok &= save(grabScreen(dialog.frameGeometry().adjusted(-12, -12, 12, 12)), shotName("widgets", shot, dark));
        }
    }
    s_theme->setDark(false);
    return ok;
}


/// A provider's schema form (both faces): PostHog's fields plus a prefix/suffix field shown by
/// visible_when, on the dev server's API-key integration; "open" and "invalid" (a key of the wrong form).
const char schemaProvider[] = R"({"data": {"name": "posthog", "display_name": "PostHog", "auth_mode": "API_KEY",
  "docs_connect": "https://nango.dev/docs/api-integrations/posthog/connect",
  "connection_config": {
    "subdomain": {"type": "string", "title": "Subdomain", "description": "The subdomain of your PostHog cloud account.",
                  "enum": ["us", "eu", "self-hosted"], "order": 1, "doc_section": "#step-1-finding-your-subdomain"},
    "host": {"type": "string", "title": "Host name", "description": "Your own PostHog host.", "prefix": "https://",
             "suffix": ".example.com", "example": "posthog", "order": 2, "visible_when": {"field": "subdomain", "equals": "self-hosted"}}},
  "credentials": {"apiKey": {"type": "string", "title": "API Key", "description": "The API key for your PostHog account",
               "pattern": "^phx_[A-Za-z0-9]+$", "example": "phx_1PPf***k3D", "doc_section": "#step-2-finding-your-api-key"}}}})";

bool widgetsSchemaForms()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    NangoAuth nango;
    backend.setAuth(&nango);
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        for (const char *state : {"open", "invalid"}) {
            NangoCredentialsFormModel model(NangoAuthMode::ApiKey, &nango);
            model.setIntegrationId(QStringLiteral("stripe-dev"));
            model.setSchemaJson(QByteArray(schemaProvider));
            model.setValue(QStringLiteral("subdomain"), QStringLiteral("self-hosted"));
            NangoCredentialsDialog dialog(&model);
            dialog.move(60, 60);
            dialog.show();
            settle(400);
            if (qstrcmp(state, "invalid") == 0) {
                model.setValue(QStringLiteral("host"), QStringLiteral("posthog"));
                dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(QStringLiteral("sk_live_123"));
                dialog.form()->submit();
                settle(400);
            }
            ok &= save(grabScreen(dialog.frameGeometry().adjusted(-12, -12, 12, 12)),
                       QStringLiteral("form-widgets-schema-%1%2.png").arg(QLatin1String(state), dark ? QStringLiteral("-dark") : QString()));
        }
    }
    s_theme->setDark(false);
    return ok;
}

/// Waits (up to 15 s) until @p model shows @p screen, then lets it paint.
bool waitForScreen(NangoConnectUIModel *model, NangoConnectUIModel::Screen screen, int paintMs = 600)
{
    QElapsedTimer timer;
    timer.start();
    while (model->screen() != screen && timer.elapsed() < 15000)
        settle(20);
    if (model->screen() != screen) {
        std::fprintf(stderr, "the Connect UI is not on screen %d (%s)\n", int(screen), qPrintable(model->errorMessage()));
        return false;
    }
    // A form: until its schema is in.
    while (screen == NangoConnectUIModel::Screen::Form && model->form() && (model->form()->isLoading() || !model->form()->hasSchema())
           && timer.elapsed() < 15000)
        settle(20);
    settle(paintMs);
    return true;
}

/// The Connect UI's screens, as the docs show them: picker, a provider's schema form (PostHog:
/// its subdomain choice and key, with a key of the wrong form refused), success, error.
const char *const connectUiScreens[] = {"picker", "form", "success", "error", "confirm"};

/// Drives @p model (open, on the dev server) to @p screen.
bool driveConnectUi(NangoConnectUIModel *model, const char *screen)
{
    using Screen = NangoConnectUIModel::Screen;
    if (!waitForScreen(model, Screen::Picker, qstrcmp(screen, "picker") == 0 ? 2500 : 300))
        return false;
    if (qstrcmp(screen, "picker") == 0) {
        model->setSearchText(QStringLiteral("s")); // a search in progress, a row highlighted
        model->moveCurrent(1);
        settle(1500); // the logos
        return true;
    }
    if (qstrcmp(screen, "form") == 0) {
        model->select(QStringLiteral("posthog-dev"));
        if (!waitForScreen(model, Screen::Form, 200))
            return false;
        model->form()->setValue(QStringLiteral("subdomain"), QStringLiteral("eu"));
        model->form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_live_123"));
        model->submit(); // refused: the key's pattern, shown under the field
        settle(800);
        return true;
    }
    if (qstrcmp(screen, "confirm") == 0) { // Escape on a half-filled form: the question
        model->select(QStringLiteral("posthog-dev"));
        if (!waitForScreen(model, Screen::Form, 200))
            return false;
        model->form()->setValue(QStringLiteral("apiKey"), QStringLiteral("phx_half"));
        model->requestClose();
        settle(800);
        return model->isConfirmingClose();
    }
    model->select(QStringLiteral("stripe-dev"));
    if (!waitForScreen(model, Screen::Form, 200))
        return false;
    const bool success = qstrcmp(screen, "success") == 0;
    model->form()->setValue(QStringLiteral("apiKey"), success ? QStringLiteral("sk_test_screenshot") : QStringLiteral("sk_test_invalid"));
    model->submit();
    return waitForScreen(model, success ? Screen::Success : Screen::Error, 1000);
}

bool widgetsConnectUi()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    NangoAuth nango;
    nango.setHost(backend.devServer()->url());
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        for (const char *screen : connectUiScreens) {
            nango.setConnectSessionToken(backend.devServer()->createConnectSession(QStringLiteral("screenshot-user")));
            NangoConnectDialog dialog(&nango);
            dialog.move(60, 60);
            dialog.resize(440, 560);
            dialog.open();
            ok &= driveConnectUi(dialog.model(), screen);
            ok &= save(grabScreen(dialog.frameGeometry().adjusted(-12, -12, 12, 12)),
                       QStringLiteral("connectui-widgets-%1-%2.png").arg(QLatin1String(screen), dark ? QStringLiteral("dark") : QStringLiteral("light")));
            dialog.model()->close();
            settle(200);
        }
    }
    s_theme->setDark(false);
    return ok;
}

/// The system browser "opens" the URL (nothing is opened on the virtual display), so a flow
/// stays waiting in it: the faces' "Continue in your browser" state.
void pretendSystemBrowser(NangoAuth *nango)
{
    NangoSystemBrowserWindow::setUrlOpener([](const QUrl &) { return true; });
    nango->setBrowser(NangoAuth::Browser::System);
}

/// Waits until @p inBrowser says the flow waits in the system browser, then lets it paint.
template<typename F>
bool waitInBrowser(F inBrowser)
{
    QElapsedTimer timer;
    timer.start();
    while (!inBrowser() && timer.elapsed() < 15000)
        settle(20);
    if (!inBrowser()) {
        std::fprintf(stderr, "the flow is not waiting in the system browser\n");
        return false;
    }
    settle(800);
    return true;
}

/// "Continue in your browser": NangoConnectButton's frame under the button and
/// NangoConnectDialog's Connecting page, light and dark (docs/browserwait-widgets-*.png).
bool widgetsBrowserWait()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    NangoAuth nango;
    nango.setHost(backend.devServer()->url());
    pretendSystemBrowser(&nango);
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        nango.setConnectSessionToken(backend.devServer()->createConnectSession(QStringLiteral("screenshot-user")));
        {
            QWidget window;
            window.setWindowTitle(QStringLiteral("NangoQt connect button"));
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(new QLabel(QStringLiteral("The app's window."), &window));
            auto *button = new NangoConnectButton(&window);
            button->setAuth(&nango);
            button->setIntegrationId(QStringLiteral("github-dev"));
            button->setDisplayName(QStringLiteral("GitHub"));
            layout->addWidget(button);
            layout->addStretch(1);
            window.resize(420, 220);
            window.move(60, 60);
            window.show();
            settle(500);
            button->connectAccount();
            ok &= waitInBrowser([button] { return button->connectAction()->isInSystemBrowser(); });
            QRect area = window.frameGeometry();
            if (auto *popup = button->findChild<QWidget *>(QStringLiteral("NangoBrowserWaitPopup")))
                area |= popup->frameGeometry();
            ok &= save(grabScreen(area.adjusted(-12, -12, 12, 12)), QStringLiteral("browserwait-widgets-button-%1.png").arg(theme));
            nango.cancel();
            settle(300);
        }
        {
            NangoConnectDialog dialog(&nango);
            dialog.move(60, 60);
            dialog.resize(440, 560);
            dialog.open();
            ok &= waitForScreen(dialog.model(), NangoConnectUIModel::Screen::Picker, 300);
            dialog.model()->select(QStringLiteral("github-dev"));
            ok &= waitInBrowser([&dialog] { return dialog.model()->isInSystemBrowser(); });
            ok &= save(grabScreen(dialog.frameGeometry().adjusted(-12, -12, 12, 12)),
                       QStringLiteral("browserwait-widgets-connectui-%1.png").arg(theme));
            dialog.model()->close();
            settle(200);
        }
    }
    s_theme->setDark(false);
    NangoSystemBrowserWindow::setUrlOpener({});
    return ok;
}

#ifdef NANGOQT_DEMO_QML
/// The same states in the QML face: ConnectButton's credentials dialog over a window.
bool qmlForms()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        for (const FormShot &shot : formShots) {
            QQmlApplicationEngine engine;
            NangoQuick::addImportPath(&engine);
            engine.setInitialProperties({{QStringLiteral("host"), QVariant(backend.devServer()->url())},
                                         {QStringLiteral("publicKey"), backend.devServer()->publicKey()},
                                         {QStringLiteral("integration"), QString::fromLatin1(shot.integration)},
                                         {QStringLiteral("colors"), s_theme->colors()},
                                         {QStringLiteral("basic"), shot.mode == NangoAuthMode::Basic}});
            engine.loadData(QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import NangoQt
ApplicationWindow {
    id: window
    required property url host
    required property string publicKey
    required property string integration
    required property bool basic
    required property var colors // the application's palette, as an app applies its theme
    Component.onCompleted: { for (const role in colors) palette[role] = colors[role] }
    width: 520; height: 380; visible: true
    title: "NangoQt forms"
    Label { x: 16; y: 16; text: "The app's window; the dialog must stay inside its own frame." }
    NangoAuth { id: nango; host: window.host; publicKey: window.publicKey }
    ConnectButton {
        objectName: "button"
        x: 16; y: 48
        auth: nango
        integrationId: integration
        connectionId: "screenshot-user"
        authMode: basic ? AuthMode.Basic : AuthMode.ApiKey
    }
})"));
            auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
            if (!window)
                return false;
            window->setPosition(60, 60);
            QObject *button = window->findChild<QObject *>(QStringLiteral("button"));
            QMetaObject::invokeMethod(button, "connectAccount");
            settle(600);
            QObject *dialog = button->findChild<QObject *>(QStringLiteral("credentialsDialog"));
            QObject *form = nullptr;
            for (QObject *o : dialog->findChildren<QObject *>()) {
                // The form item (its model has errorText and submit() too).
                if (o->inherits("QQuickItem") && o->property("errorText").isValid() && o->metaObject()->indexOfMethod("submit()") >= 0)
                    form = o;
            }
            if (form && qstrcmp(shot.state, "open") != 0) {
                if (shot.mode == NangoAuthMode::Basic && *shot.secret) {
                    form->setProperty("username", QStringLiteral("ada"));
                    form->setProperty("password", QString::fromLatin1(shot.secret));
                } else if (*shot.secret) {
                    form->setProperty("apiKey", QString::fromLatin1(shot.secret));
                }
                QMetaObject::invokeMethod(form, "submit");
                QElapsedTimer wait;
                wait.start();
                while (form->property("errorText").toString().isEmpty() && wait.elapsed() < 5000)
                    settle(50);
                settle(300);
            }
            ok &= save(grabScreen(window->frameGeometry().adjusted(-12, -12, 12, 12)), shotName("qml", shot, dark));
            window->close();
            settle(100);
        }
    }
    s_theme->setDark(false);
    return ok;
}

bool qmlSchemaForms()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        for (const char *state : {"open", "invalid"}) {
            QQmlApplicationEngine engine;
            NangoQuick::addImportPath(&engine);
            engine.setInitialProperties({{QStringLiteral("host"), QVariant(backend.devServer()->url())},
                                         {QStringLiteral("publicKey"), backend.devServer()->publicKey()},
                                         {QStringLiteral("provider"), QString::fromUtf8(schemaProvider)},
                                         {QStringLiteral("colors"), s_theme->colors()}});
            engine.loadData(QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import NangoQt
ApplicationWindow {
    id: window
    required property url host
    required property string publicKey
    required property string provider
    required property var colors
    Component.onCompleted: { for (const role in colors) palette[role] = colors[role] }
    width: 480; height: 520; visible: true
    title: "Connect PostHog"
    NangoAuth { id: nango; host: window.host; publicKey: window.publicKey }
    IntegrationForm {
        objectName: "form"
        anchors.fill: parent
        auth: nango
        integrationId: "stripe-dev"
        connectionId: "screenshot-user"
        Component.onCompleted: {
            model.setSchemaMaps(JSON.parse(window.provider).data, {}, {})
            model.setValue("subdomain", "self-hosted")
        }
    }
})"));
            auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
            if (!window)
                return false;
            window->setPosition(60, 60);
            settle(600);
            QObject *form = window->findChild<QObject *>(QStringLiteral("form"));
            if (form && qstrcmp(state, "invalid") == 0) {
                auto *model = form->property("model").value<QObject *>();
                QMetaObject::invokeMethod(model, "setValue", Q_ARG(QString, QStringLiteral("host")), Q_ARG(QString, QStringLiteral("posthog")));
                QMetaObject::invokeMethod(model, "setValue", Q_ARG(QString, QStringLiteral("apiKey")), Q_ARG(QString, QStringLiteral("sk_live_123")));
                QMetaObject::invokeMethod(form, "submit");
                settle(400);
            }
            ok &= save(grabScreen(window->frameGeometry().adjusted(-12, -12, 12, 12)),
                       QStringLiteral("form-qml-schema-%1%2.png").arg(QLatin1String(state), dark ? QStringLiteral("-dark") : QString()));
            window->close();
            settle(100);
        }
    }
    s_theme->setDark(false);
    return ok;
}

/// The same screens in the QML face: ConnectUI over an application window.
bool qmlConnectUi()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        for (const char *screen : connectUiScreens) {
            QQmlApplicationEngine engine;
            NangoQuick::addImportPath(&engine);
            engine.setInitialProperties({{QStringLiteral("host"), QVariant(backend.devServer()->url())},
                                         {QStringLiteral("token"), backend.devServer()->createConnectSession(QStringLiteral("screenshot-user"))},
                                         {QStringLiteral("colors"), s_theme->colors()}});
            engine.loadData(QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import NangoQt
ApplicationWindow {
    id: window
    required property url host
    required property string token
    required property var colors
    Component.onCompleted: { for (const role in colors) palette[role] = colors[role]; connectUi.open() }
    width: 560; height: 700; visible: true
    title: "NangoQt Connect UI"
    NangoAuth { id: nango; host: window.host; connectSessionToken: window.token }
    ConnectUI { id: connectUi; objectName: "connectUi"; auth: nango }
})"));
            auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
            if (!window)
                return false;
            window->setPosition(60, 60);
            QObject *ui = window->findChild<QObject *>(QStringLiteral("connectUi"));
            auto *model = ui ? ui->property("model").value<NangoConnectUIModel *>() : nullptr;
            if (!model)
                return false;
            ok &= driveConnectUi(model, screen);
            ok &= save(grabScreen(window->frameGeometry().adjusted(-12, -12, 12, 12)),
                       QStringLiteral("connectui-qml-%1-%2.png").arg(QLatin1String(screen), dark ? QStringLiteral("dark") : QStringLiteral("light")));
            model->close();
            window->close();
            settle(150);
        }
    }
    s_theme->setDark(false);
    return ok;
}

/// The same in the QML face: ConnectButton's popup and ConnectUI's Connecting screen.
bool qmlBrowserWait()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    NangoSystemBrowserWindow::setUrlOpener([](const QUrl &) { return true; });
    bool ok = true;
    for (const bool dark : {false, true}) {
        s_theme->setDark(dark);
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        for (const bool button : {true, false}) {
            QQmlApplicationEngine engine;
            NangoQuick::addImportPath(&engine);
            engine.setInitialProperties({{QStringLiteral("host"), QVariant(backend.devServer()->url())},
                                         {QStringLiteral("token"), backend.devServer()->createConnectSession(QStringLiteral("screenshot-user"))},
                                         {QStringLiteral("colors"), s_theme->colors()},
                                         {QStringLiteral("button"), button}});
            engine.loadData(QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import NangoQt
ApplicationWindow {
    id: window
    required property url host
    required property string token
    required property var colors
    required property bool button
    Component.onCompleted: {
        for (const role in colors) palette[role] = colors[role]
        if (button) connectButton.connectAccount(); else connectUi.open()
    }
    width: button ? 480 : 560; height: button ? 260 : 700; visible: true
    title: button ? "NangoQt connect button" : "NangoQt Connect UI"
    NangoAuth { id: nango; host: window.host; connectSessionToken: window.token; browser: NangoAuth.System }
    Label { x: 16; y: 16; visible: window.button; text: "The app's window." }
    ConnectButton {
        id: connectButton; objectName: "connectButton"; visible: window.button
        x: 16; y: 44; auth: nango; integrationId: "github-dev"; displayName: "GitHub"
    }
    ConnectUI { id: connectUi; objectName: "connectUi"; auth: nango }
})"));
            auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
            if (!window)
                return false;
            window->setPosition(60, 60);
            bool shot = false;
            if (button) {
                QObject *item = window->findChild<QObject *>(QStringLiteral("connectButton"));
                auto *action = item ? item->property("connectAction").value<NangoConnectAction *>() : nullptr;
                shot = action && waitInBrowser([action] { return action->isInSystemBrowser(); });
            } else {
                QObject *ui = window->findChild<QObject *>(QStringLiteral("connectUi"));
                auto *model = ui ? ui->property("model").value<NangoConnectUIModel *>() : nullptr;
                if (model && waitForScreen(model, NangoConnectUIModel::Screen::Picker, 300)) {
                    model->select(QStringLiteral("github-dev"));
                    shot = waitInBrowser([model] { return model->isInSystemBrowser(); });
                }
            }
            ok &= shot;
            if (shot)
                ok &= save(grabScreen(window->frameGeometry().adjusted(-12, -12, 12, 12)),
                           QStringLiteral("browserwait-qml-%1-%2.png").arg(button ? QStringLiteral("button") : QStringLiteral("connectui"), theme));
            for (NangoAuth *nango : window->findChildren<NangoAuth *>())
                nango->cancel();
            window->close();
            settle(200);
        }
    }
    s_theme->setDark(false);
    NangoSystemBrowserWindow::setUrlOpener({});
    return ok;
}

bool qmlConnecting()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    QQmlApplicationEngine engine;
    NangoQuick::addImportPath(&engine);
    engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(&backend)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/NangoQtDemo/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return false;
    window->setPosition(40, 40);
    settle(1000);
    delayAck(backend);
    QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("github-dev")));
    QWindow *authWindow = waitForConnectingWindow(QStringLiteral("nangoAuthWindow"));
    bool ok = authWindow != nullptr;
    if (ok)
        ok = save(grabScreen(authWindow->frameGeometry().adjusted(-20, -20, 20, 20)), QStringLiteral("modal-connecting-qml.png"));
    backend.auth()->cancel();
    settle(500);
    window->close();
    return ok;
}

bool qmlFace()
{
    DemoBackend backend;
    if (!startOnDevServer(backend))
        return false;
    bool ok = true;
    QQmlApplicationEngine engine;
    NangoQuick::addImportPath(&engine);
    engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(&backend)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/NangoQtDemo/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return false;
    window->setPosition(40, 40);
    backend.connectIntegration(QStringLiteral("public-api"));
    settle(1500);
    ok &= save(QPixmap::fromImage(window->grabWindow()), QStringLiteral("demo-qml.png"));
    window->setProperty("theme", QVariant::fromValue<QObject *>(s_theme));
    s_theme->setDark(true);
    settle(800);
    ok &= save(QPixmap::fromImage(window->grabWindow()), QStringLiteral("demo-qml-dark.png"));
    s_theme->setDark(false);
    settle(300);

    QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("github-dev")));
    ok &= waitForWindow(backend);
    ok &= save(grabScreen(window->frameGeometry().adjusted(-20, -20, 20, 20)), QStringLiteral("demo-qml-oauth.png"));
    backend.auth()->cancel();
    settle(500);

    // The face's own credentials dialog after the server refused the key: it stays in its frame.
    QMetaObject::invokeMethod(window, "connectIntegration", Q_ARG(QVariant, QStringLiteral("stripe-dev")));
    settle(800);
    // The catalog's form: the dialog shows the action's schema model (IntegrationForm).
    QObject *dialog = window->findChild<QObject *>(QStringLiteral("credentialsDialog"));
    auto *form = dialog ? dialog->property("formModel").value<NangoCredentialsFormModel *>() : nullptr;
    if (form) {
        form->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_invalid"));
        form->submit();
        QElapsedTimer wait;
        wait.start();
        while (form->errorText().isEmpty() && wait.elapsed() < 5000)
            settle(50);
        settle(300);
        ok &= save(QPixmap::fromImage(window->grabWindow()), QStringLiteral("demo-qml-form-error.png"));
    } else {
        ok = false;
    }
    window->close();
    return ok;
}
#else
bool qmlFace()
{
    std::printf("no QML face in this build (NANGOQT_BUILD_QUICK=OFF): its pictures are left as they are\n");
    return true;
}
bool qmlForms()
{
    return true;
}
bool qmlSchemaForms()
{
    return true;
}
bool qmlConnecting()
{
    return true;
}
bool qmlConnectUi()
{
    return true;
}
bool qmlBrowserWait()
{
    return true;
}
#endif
} // namespace

int main(int argc, char *argv[])
{
#ifdef NANGOQT_DEMO_QML
    NangoQuick::initialize();
#endif
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTDIR [demo] [forms] [schema] [connecting] [connectui] [browserwait] (run it under xvfb-run: see scripts/screenshots.sh)\n", argv[0]);
        return 2;
    }
    s_outDir = QString::fromLocal8Bit(argv[1]);
    // NangoQt's texts in another language (issue 16), e.g. NANGOQT_SCREENSHOTS_LANGUAGE=de.
    if (const QString language = qEnvironmentVariable("NANGOQT_SCREENSHOTS_LANGUAGE"); !language.isEmpty()
        && !NangoTranslations::install(QLocale(language))) {
        std::fprintf(stderr, "NangoQt has no %s catalog\n", qPrintable(language));
        return 2;
    }
    DemoTheme theme;
    s_theme = &theme;
    QDir().mkpath(s_outDir);
    const QStringList only = QCoreApplication::arguments().mid(2); // e.g. "forms": only those sets
    const auto wanted = [&only](const char *set) { return only.isEmpty() || only.contains(QLatin1String(set)); };
    bool ok = true;
    if (wanted("demo"))
        ok = ok && widgetsFace() && qmlFace();
    if (wanted("forms"))
        ok = ok && widgetsForms() && qmlForms();
    if (wanted("forms") || wanted("schema"))
        ok = ok && widgetsSchemaForms() && qmlSchemaForms();
    if (wanted("connecting"))
        ok = ok && widgetsConnecting() && qmlConnecting();
    if (wanted("connectui"))
        ok = ok && widgetsConnectUi() && qmlConnectUi();
    if (wanted("browserwait"))
        ok = ok && widgetsBrowserWait() && qmlBrowserWait();
    return ok ? 0 : 1;
}
