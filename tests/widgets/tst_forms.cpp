// SPDX-License-Identifier: MIT
// The API-key and Basic forms against the dev server: validation, submit, inline server error,
// busy state, keyboard-only use and accessible names.
#include "devserverenv.h"

#include <NangoQt/NangoApiKeyForm>
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoBasicAuthForm>
#include <NangoQt/NangoConnectButton>
#include <NangoQt/NangoCredentialsDialog>
#include <NangoQt/NangoIntegrationForm>

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace NangoDev;

namespace {
/// The dev server with an API-key, a Basic and an unauthenticated integration, and a NangoAuth on it.
struct Env : DevServerEnv
{
    Env()
        : DevServerEnv(Era::Current, integrations())
    {
    }
    static QList<Integration> integrations()
    {
        Integration stripe;
        stripe.uniqueKey = QStringLiteral("stripe");
        stripe.provider = QStringLiteral("stripe");
        stripe.authMode = QStringLiteral("API_KEY");
        Integration jira = stripe;
        jira.uniqueKey = QStringLiteral("jira");
        jira.authMode = QStringLiteral("BASIC");
        Integration open = stripe;
        open.uniqueKey = QStringLiteral("public-api");
        open.authMode = QStringLiteral("NONE");
        return {stripe, jira, open};
    }
};

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NANGOQT_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

template<typename T>
T *child(QWidget *form, const char *name)
{
    return form->findChild<T *>(QLatin1String(name));
}
} // namespace

class TestForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiKeyValidationSendsNothing()
    {
        Env env;
        NangoApiKeyForm form(env.nango.get());
        form.setIntegrationId(QStringLiteral("stripe"));
        child<QLineEdit>(&form, "apiKeyEdit")->setText(QStringLiteral("   "));
        child<QPushButton>(&form, "submitButton")->click();
        QCOMPARE(form.errorText(), QStringLiteral("Enter the API key."));
        QVERIFY(child<QLabel>(&form, "errorLabel")->isVisibleTo(&form));
        QTest::qWait(100);
        QVERIFY(env.server->requestLog().isEmpty());
        QVERIFY(!form.isBusy());
    }

    void apiKeySubmitSucceedsWithBusyState()
    {
        Env env;
        Faults f;
        f.httpDelayMs = 300;
        env.server->setFaults(f);
        NangoApiKeyForm form(env.nango.get());
        form.setIntegrationId(QStringLiteral("stripe"));
        QSignalSpy ok(&form, &NangoApiKeyForm::succeeded);
        QSignalSpy busy(&form, &NangoApiKeyForm::busyChanged);
        auto *edit = child<QLineEdit>(&form, "apiKeyEdit");
        edit->setText(QStringLiteral("sk_live+#1"));
        form.submit();
        QVERIFY(form.isBusy());
        QVERIFY(!edit->isEnabled());
        QVERIFY(!child<QPushButton>(&form, "submitButton")->isEnabled());
        QTRY_COMPARE(ok.count(), 1);
        QVERIFY(!form.isBusy());
        QVERIFY(edit->isEnabled());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(env.server->connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_live+#1"));
    }

    void serverErrorShownInline()
    {
        Env env;
        NangoApiKeyForm form(env.nango.get());
        form.setIntegrationId(QStringLiteral("nope"));
        QSignalSpy ko(&form, &NangoApiKeyForm::failed);
        child<QLineEdit>(&form, "apiKeyEdit")->setText(QStringLiteral("k"));
        form.submit();
        QTRY_COMPARE(ko.count(), 1);
        QCOMPARE(ko.first().at(0).toString(), QStringLiteral("unknown_provider_config"));
        QVERIFY(!form.errorText().isEmpty());
        QCOMPARE(form.errorText(), ko.first().at(1).toString());
        QVERIFY(child<QLabel>(&form, "errorLabel")->isVisibleTo(&form));
    }

    void keyboardOnly()
    {
        Env env;
        NangoApiKeyForm form(env.nango.get());
        form.setIntegrationId(QStringLiteral("stripe"));
        form.show();
        QApplication::setActiveWindow(&form);
        QVERIFY(QTest::qWaitForWindowActive(&form));
        auto *edit = child<QLineEdit>(&form, "apiKeyEdit");
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        // Tab order: key → show toggle → Connect → back to the key.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QCheckBox>(&form, "apiKeyEditShow"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&form, "submitButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), edit);
        QSignalSpy ok(&form, &NangoApiKeyForm::succeeded);
        QTest::keyClicks(edit, QStringLiteral("typed-key"));
        QTest::keyClick(edit, Qt::Key_Return); // Enter submits
        QTRY_COMPARE(ok.count(), 1);
    }

    void showToggle()
    {
        NangoBasicAuthForm form(nullptr);
        auto *password = child<QLineEdit>(&form, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        child<QCheckBox>(&form, "passwordEditShow")->setChecked(true);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
    }

    void basicValidationAndEmptyPassword()
    {
        Env env;
        NangoBasicAuthForm form(env.nango.get());
        form.setIntegrationId(QStringLiteral("jira"));
        QSignalSpy ok(&form, &NangoBasicAuthForm::succeeded);
        form.submit();
        QCOMPARE(form.errorText(), QStringLiteral("Enter the user name."));
        QVERIFY(env.server->requestLog().isEmpty());
        child<QLineEdit>(&form, "usernameEdit")->setText(QStringLiteral("alice"));
        form.submit(); // an empty password is valid
        QTRY_COMPARE(ok.count(), 1);
        QVERIFY(form.errorText().isEmpty());
        QCOMPARE(env.server->connections().first().credentials.value(QStringLiteral("password")).toString(), QString());
    }

    void basicSendsTheFormsOptionsButOnlyTypedCredentials()
    {
        Env env;
        NangoBasicAuthForm form(env.nango.get());
        form.setIntegrationId(QStringLiteral("jira"));
        NangoAuthOptions options;
        options.setParam(QStringLiteral("subdomain"), QStringLiteral("acme"));
        options.setApiKey(QStringLiteral("not-sent")); // the form's fields supply the credentials
        form.setOptions(options);
        QCOMPARE(form.options().params().value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QSignalSpy ok(&form, &NangoBasicAuthForm::succeeded);
        child<QLineEdit>(&form, "usernameEdit")->setText(QStringLiteral("bob"));
        child<QLineEdit>(&form, "passwordEdit")->setText(QStringLiteral("pw"));
        form.submit();
        QTRY_COMPARE(ok.count(), 1);
        const Connection made = env.server->connections().first();
        QCOMPARE(made.authMode, QStringLiteral("BASIC"));
        QCOMPARE(made.connectionConfig.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QCOMPARE(made.credentials.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
        QVERIFY2(!made.credentials.contains(QStringLiteral("apiKey")), qPrintable(made.credentials.keys().join(u',')));
    }

    void dialogOpensWithFocusInTheFirstEmptyField_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("firstField");
        QTest::newRow("api key") << int(NangoAuthMode::ApiKey) << "apiKeyEdit";
        QTest::newRow("basic") << int(NangoAuthMode::Basic) << "usernameEdit";
    }
    void dialogOpensWithFocusInTheFirstEmptyField()
    {
        QFETCH(int, kind);
        QFETCH(QString, firstField);
        Env env;
        NangoCredentialsDialog dialog(env.nango.get(), QStringLiteral("jira"), NangoAuthMode::Mode(kind));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // A person just types: the keys go to whatever has the focus.
        QVERIFY(QApplication::focusWidget());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed"));
        QCOMPARE(dialog.findChild<QLineEdit *>(firstField)->text(), QStringLiteral("typed"));
    }

    void dialogHasOneButtonRow()
    {
        Env env;
        NangoCredentialsDialog dialog(env.nango.get(), QStringLiteral("stripe"), NangoAuthMode::ApiKey);
        QSignalSpy ok(&dialog, &NangoCredentialsDialog::succeeded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const auto boxes = dialog.findChildren<QDialogButtonBox *>();
        QCOMPARE(boxes.size(), 1);
        auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
        QVERIFY(connectButton);
        QCOMPARE(connectButton->parentWidget(), boxes.first());
        QVERIFY(connectButton->isDefault());
        QCOMPARE(boxes.first()->buttonRole(connectButton), QDialogButtonBox::AcceptRole);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->parentWidget() == boxes.first());
        QCOMPARE(dialog.findChildren<QPushButton *>().size(), 2);
        // Typing the key and pressing Enter where the focus is connects; the button shows the busy state.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sk_test"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(ok.count(), 1);
        QTRY_VERIFY(!dialog.isVisible()); // accepted
    }

    void longServerErrorWrapsAndTheDialogGrows()
    {
        Env env;
        Faults f;
        f.html502 = true; // a long, sanitized excerpt of an HTML error page
        env.server->setFaults(f);
        NangoCredentialsDialog dialog(env.nango.get(), QStringLiteral("stripe"), NangoAuthMode::ApiKey);
        QSignalSpy ko(&dialog, &NangoCredentialsDialog::failed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QSize before = dialog.size();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("k"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(ko.count(), 1);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), ko.first().at(1).toString());
        // Longer than one line of the dialog: it must wrap.
        QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) > label->width(), qPrintable(label->text()));
        QTRY_VERIFY(dialog.height() > before.height());
        // Wrapped, and all of it inside the dialog: nothing clipped at the top or the bottom.
        QVERIFY(label->wordWrap());
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        QVERIFY2(dialog.rect().contains(inDialog), "the error is clipped by the dialog");
        // An alert for screen readers (announced when it appears), with the message as its description.
        QAccessibleInterface *alert = QAccessible::queryAccessibleInterface(dialog.findChild<QWidget *>(QStringLiteral("errorMessage")));
        QVERIFY(alert);
        QCOMPARE(alert->role(), QAccessible::AlertMessage);
        QCOMPARE(alert->text(QAccessible::Description), label->text());
        // The error is not drawn as selected text.
        QVERIFY(label->backgroundRole() != QPalette::Highlight && label->foregroundRole() != QPalette::BrightText);
    }

    void connectButtonUnauthenticated();
    void connectButtonFailureShowsTooltip();
    void connectButtonApiKeyDialog();
    void connectButtonDialogCancelled();
    /// With a catalog: the provider decides the flow (schema form, create at once, the window).
    void connectButtonCatalogSchemaForm();
    void connectButtonCatalogNoneAndOAuth();

    void accessibleNamesAndBuddies_data()
    {
        QTest::addColumn<bool>("basic");
        QTest::newRow("api key") << false;
        QTest::newRow("basic") << true;
    }
    void accessibleNamesAndBuddies()
    {
        QFETCH(bool, basic);
        std::unique_ptr<QWidget> form(basic ? static_cast<QWidget *>(new NangoBasicAuthForm(nullptr))
                                            : static_cast<QWidget *>(new NangoApiKeyForm(nullptr)));
        const auto inputs = form->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : inputs) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)) {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                QVERIFY2(!w->objectName().isEmpty(), "stable objectName");
                ++checked;
            }
        }
        QVERIFY(checked >= 3);
        for (QLabel *label : form->findChildren<QLabel *>()) {
            if (label->objectName() != QLatin1String("errorLabel"))
                QVERIFY2(qobject_cast<QLineEdit *>(label->buddy()), qPrintable(label->text()));
        }
    }

    /// The schema form, by keyboard only: a provider's fields (posthog fixture), an enum as a
    /// combo box, inline validation under the field, the pattern, and what is sent.
    void schemaFormByKeyboard();
    void schemaFormVisibleWhenAndLooks();
};

namespace {
/// The dev server with the sample's integrations and catalog (posthog-dev, public-api, github-auto, …).
struct CatalogEnv : DevServerEnv
{
    CatalogEnv()
        : DevServerEnv(Era::Current, {})
    {
        QString error;
        if (!server->loadIntegrations(NangoDevServer::sampleIntegrationsFile(), &error))
            qFatal("sample: %s", qPrintable(error));
        catalog.setAuth(nango.get());
    }
    NangoCatalog catalog;
};
} // namespace

void TestForms::connectButtonCatalogSchemaForm()
{
    CatalogEnv env;
    QWidget window;
    auto *button = new NangoConnectButton(&window);
    button->setAuth(env.nango.get());
    button->setIntegrationId(QStringLiteral("posthog-dev"));
    button->setCatalog(&env.catalog);
    QCOMPARE(button->catalog(), &env.catalog);
    window.show();
    QSignalSpy ok(button, &NangoConnectButton::succeeded);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(button->state(), NangoConnectButton::State::Connecting); // the catalog loads meanwhile
    QTRY_VERIFY(window.findChild<NangoCredentialsDialog *>());
    auto *dialog = window.findChild<NangoCredentialsDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(button->connectAction()->resolvedAuthMode(), NangoAuthMode::ApiKey);
    QVERIFY(qobject_cast<NangoIntegrationForm *>(dialog->form()));
    auto *subdomain = child<QComboBox>(dialog, "subdomainEdit");
    auto *key = child<QLineEdit>(dialog, "apiKeyEdit");
    QVERIFY(subdomain && key);
    QPointer<NangoCredentialsDialog> guard(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), key);
    QTest::keyClick(key, Qt::Key_Tab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), subdomain);
    QTest::keyClick(subdomain, Qt::Key_Down);
    QTest::keyClick(subdomain, Qt::Key_Down); // → eu
    QTest::keyClick(subdomain, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), key);
    QTest::keyClicks(key, QStringLiteral("phx_abc"));
    QTest::keyClick(key, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 10000);
    QCOMPARE(ok.first().at(0).toString(), QStringLiteral("posthog-dev"));
    QTRY_VERIFY(!guard);
    QCOMPARE(button->state(), NangoConnectButton::State::Connected);
    bool sent = false;
    for (const LoggedRequest &r : env.server->requestLog()) {
        if (r.path == QLatin1String("/api-auth/api-key/posthog-dev"))
            sent = r.rawQuery.contains("params%5Bsubdomain%5D=eu") || r.rawQuery.contains("params[subdomain]=eu");
    }
    QVERIFY(sent);
}

void TestForms::connectButtonCatalogNoneAndOAuth()
{
    CatalogEnv env;
    QWidget window;
    auto *open = new NangoConnectButton(&window);
    open->setAuth(env.nango.get());
    open->setIntegrationId(QStringLiteral("public-api"));
    open->setAuthMode(NangoAuthMode::ApiKey); // not used: the catalog says NONE
    open->setCatalog(&env.catalog);
    window.show();
    QSignalSpy ok(open, &NangoConnectButton::succeeded);
    open->connectAccount();
    QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 10000);
    QCOMPARE(open->connectAction()->resolvedAuthMode(), NangoAuthMode::None);
    QVERIFY(!window.findChild<NangoCredentialsDialog *>()); // nothing asked
    QCOMPARE(open->state(), NangoConnectButton::State::Connected);

    // An integration the session does not have: Failed with the reason.
    auto *missing = new NangoConnectButton(&window);
    missing->setAuth(env.nango.get());
    missing->setIntegrationId(QStringLiteral("nope"));
    missing->setCatalog(&env.catalog);
    QSignalSpy ko(missing, &NangoConnectButton::failed);
    missing->connectAccount();
    QTRY_COMPARE(ko.count(), 1);
    QCOMPARE(missing->state(), NangoConnectButton::State::Failed);
    QVERIFY(!missing->errorMessage().isEmpty());

    // A catalog error (a public key: the catalog needs a session token): Failed with its type.
    NangoAuth keyOnly;
    keyOnly.setHost(env.nango->host());
    keyOnly.setPublicKey(env.server->publicKey());
    NangoCatalog keyCatalog(&keyOnly);
    auto *late = new NangoConnectButton(&window);
    late->setAuth(&keyOnly);
    late->setIntegrationId(QStringLiteral("public-api"));
    late->setCatalog(&keyCatalog);
    QSignalSpy lateKo(late, &NangoConnectButton::failed);
    late->connectAccount();
    QTRY_COMPARE(lateKo.count(), 1);
    QCOMPARE(lateKo.first().at(0).toString(), QStringLiteral("missing_auth_token"));
    QCOMPARE(late->state(), NangoConnectButton::State::Failed);

    // github-auto: the OAuth window mode runs auth() (the window itself is the modal tests' subject).
    auto *oauth = new NangoConnectButton(&window);
    oauth->setAuth(env.nango.get());
    oauth->setIntegrationId(QStringLiteral("github-auto"));
    oauth->setAuthMode(NangoAuthMode::None);
    oauth->setCatalog(&env.catalog);
    QSignalSpy oauthKo(oauth, &NangoConnectButton::failed);
    oauth->connectAccount();
    QTRY_COMPARE(oauth->connectAction()->resolvedAuthMode(), NangoAuthMode::OAuth2);
    QVERIFY(!window.findChild<NangoCredentialsDialog *>());
    env.nango->cancel();
    QTRY_COMPARE(oauthKo.count(), 1);
    QCOMPARE(oauthKo.first().at(0).toString(), QStringLiteral("authorization_cancelled"));
}

void TestForms::connectButtonUnauthenticated()
{
    Env env;
    NangoConnectButton button;
    button.setAuth(env.nango.get());
    button.setIntegrationId(QStringLiteral("public-api"));
    button.setDisplayName(QStringLiteral("Public API"));
    button.setAuthMode(NangoAuthMode::None);
    QCOMPARE(button.text(), QStringLiteral("Connect Public API"));
    QSignalSpy ok(&button, &NangoConnectButton::succeeded);
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(button.state(), NangoConnectButton::State::Connecting);
    QVERIFY(!button.isEnabled());
    QTRY_COMPARE(ok.count(), 1);
    QCOMPARE(button.state(), NangoConnectButton::State::Connected);
    QCOMPARE(button.text(), QStringLiteral("Connected"));
    QCOMPARE(button.accessibleName(), QStringLiteral("Connected"));
}

void TestForms::connectButtonFailureShowsTooltip()
{
    Env env;
    NangoConnectButton button;
    button.setAuth(env.nango.get());
    button.setIntegrationId(QStringLiteral("nope"));
    button.setAuthMode(NangoAuthMode::None);
    QSignalSpy ko(&button, &NangoConnectButton::failed);
    button.connectAccount();
    QTRY_COMPARE(ko.count(), 1);
    QCOMPARE(button.state(), NangoConnectButton::State::Failed);
    QVERIFY(!button.toolTip().isEmpty());
    QCOMPARE(button.toolTip(), button.errorMessage());
    QCOMPARE(button.text(), QStringLiteral("Retry nope"));
    QVERIFY(button.isEnabled());
}

void TestForms::connectButtonApiKeyDialog()
{
    Env env;
    QWidget window;
    auto *button = new NangoConnectButton(&window);
    button->setAuth(env.nango.get());
    button->setIntegrationId(QStringLiteral("stripe"));
    button->setAuthMode(NangoAuthMode::ApiKey);
    window.show();
    QSignalSpy ok(button, &NangoConnectButton::succeeded);
    button->connectAccount();
    NangoCredentialsDialog *dialog = window.findChild<NangoCredentialsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QPointer<NangoCredentialsDialog> guard(dialog);
    dialog->form()->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(QStringLiteral("k"));
    QTest::keyClick(dialog->form()->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")), Qt::Key_Return);
    QTRY_COMPARE(ok.count(), 1);
    QTRY_VERIFY(!guard); // accepted and deleted on close
    QCOMPARE(button->state(), NangoConnectButton::State::Connected);
}

void TestForms::connectButtonDialogCancelled()
{
    Env env;
    QWidget window;
    auto *button = new NangoConnectButton(&window);
    button->setAuth(env.nango.get());
    button->setIntegrationId(QStringLiteral("jira"));
    button->setAuthMode(NangoAuthMode::Basic);
    window.show();
    button->connectAccount();
    auto *dialog = window.findChild<NangoCredentialsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->form()->findChild<QLineEdit *>(QStringLiteral("usernameEdit")));
    dialog->reject();
    QTRY_COMPARE(button->state(), NangoConnectButton::State::Idle);
    QVERIFY(env.server->requestLog().isEmpty());
}

void TestForms::schemaFormByKeyboard()
{
    Env env;
    NangoIntegrationForm form(env.nango.get());
    form.setIntegrationId(QStringLiteral("stripe")); // the dev server's API-key integration
    form.model()->setSchemaJson(fixture("provider-posthog.json"));
    QSignalSpy succeeded(&form, &NangoCredentialsForm::succeeded);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));

    auto *subdomain = child<QComboBox>(&form, "subdomainEdit");
    auto *key = child<QLineEdit>(&form, "apiKeyEdit");
    QVERIFY(subdomain && key);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(key->placeholderText(), QStringLiteral("phx_1PPf***k3D"));
    QCOMPARE(key->accessibleName(), QStringLiteral("API Key"));
    QCOMPARE(subdomain->accessibleName(), QStringLiteral("Subdomain"));
    QCOMPARE(subdomain->currentText(), QStringLiteral("us"));
    QVERIFY(child<QLabel>(&form, "apiKeyDocLink")->text().contains(QStringLiteral("#step-2-finding-your-api-key")));
    QCOMPARE(child<QLabel>(&form, "subdomainDescription")->text(), QStringLiteral("The subdomain of your PostHog cloud account."));
    // Labels have their fields as buddies (Alt+letter reaches them).
    auto *layout = form.findChild<QFormLayout *>();
    QVERIFY(layout);
    QCOMPARE(qobject_cast<QLabel *>(layout->itemAt(0, QFormLayout::LabelRole)->widget())->buddy(), subdomain);
    QCOMPARE(qobject_cast<QLabel *>(layout->itemAt(1, QFormLayout::LabelRole)->widget())->buddy(), key);

    // The focus opens in the first empty text field; Shift+Tab goes back to the combo box.
    QTRY_COMPARE(QApplication::focusWidget(), key);
    QTest::keyClick(key, Qt::Key_Tab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), subdomain);
    QTest::keyClick(subdomain, Qt::Key_Down); // us → us.i
    QTest::keyClick(subdomain, Qt::Key_Down); // → eu
    QCOMPARE(subdomain->currentText(), QStringLiteral("eu"));
    QCOMPARE(form.model()->value(QStringLiteral("subdomain")), QStringLiteral("eu"));
    QTest::keyClick(subdomain, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), key);

    // A key of the wrong form: refused beside the field, nothing sent.
    QTest::keyClicks(key, QStringLiteral("sk_live_1"));
    QTest::keyClick(key, Qt::Key_Return);
    auto *keyError = child<QLabel>(&form, "apiKeyError");
    QVERIFY(keyError->isVisibleTo(&form));
    QCOMPARE(keyError->text(), QStringLiteral("The API Key does not have the expected form: it should look like phx_1PPf***k3D."));
    QVERIFY(!child<QLabel>(&form, "errorLabel")->isVisibleTo(&form)); // not twice
    QCOMPARE(QApplication::focusWidget(), key);
    QTest::qWait(50);
    QVERIFY(env.server->requestLog().isEmpty());

    // Fixed by typing: the problem goes as soon as the value passes; Enter connects.
    key->selectAll();
    QTest::keyClicks(key, QStringLiteral("phx_abc"));
    QVERIFY(!keyError->isVisibleTo(&form));
    QTest::keyClick(key, Qt::Key_Return);
    QVERIFY(form.isBusy());
    QVERIFY(!key->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10000);
    const QList<LoggedRequest> log = env.server->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().path, QStringLiteral("/api-auth/api-key/stripe"));
    QVERIFY2(log.first().rawQuery.contains("params%5Bsubdomain%5D=eu") || log.first().rawQuery.contains("params[subdomain]=eu"),
             log.first().rawQuery.constData());
    QVERIFY(log.first().body.contains("phx_abc"));
}

void TestForms::schemaFormVisibleWhenAndLooks()
{
    Env env;
    NangoIntegrationForm form(env.nango.get());
    form.setIntegrationId(QStringLiteral("stripe"));
    form.model()->setSchemaJson(fixture("provider-acme.json"));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *region = child<QComboBox>(&form, "regionEdit");
    auto *host = child<QLineEdit>(&form, "hostnameEdit");
    QVERIFY(region && host);
    QVERIFY(!host->isVisible()); // visible_when region == custom
    QCOMPARE(child<QLabel>(&form, "hostnamePrefix")->text(), QStringLiteral("https://"));
    QCOMPARE(child<QLabel>(&form, "hostnameSuffix")->text(), QStringLiteral(".acme.example"));
    region->setFocus();
    QTest::keyClick(region, Qt::Key_End); // → custom
    QCOMPARE(region->currentText(), QStringLiteral("custom"));
    QTRY_VERIFY(host->isVisible());
    QCOMPARE(host->placeholderText(), QStringLiteral("mycompany"));
    // The optional field says so; secrets have Show.
    auto *layout = form.findChild<QFormLayout *>();
    bool optionalLabel = false;
    for (int row = 0; row < layout->rowCount(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(layout->itemAt(row, QFormLayout::LabelRole)->widget()))
            optionalLabel |= label->text() == QStringLiteral("Team ID (optional):");
    }
    QVERIFY(optionalLabel);
    QVERIFY(child<QCheckBox>(&form, "apiKeyEditShow"));
    // Submitting with the custom host empty refuses it, focused.
    child<QLineEdit>(&form, "apiKeyEdit")->setText(QStringLiteral("k"));
    child<QPushButton>(&form, "submitButton")->click();
    QCOMPARE(form.model()->errorField(), QStringLiteral("hostname"));
    QCOMPARE(child<QLabel>(&form, "hostnameError")->text(), QStringLiteral("Enter the host name."));
    QTRY_COMPARE(QApplication::focusWidget(), host);
    QTest::keyClick(region, Qt::Key_Home);
    QTRY_VERIFY(!host->isVisible());
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
