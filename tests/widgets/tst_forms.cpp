// SPDX-License-Identifier: MIT
// The API-key and Basic forms against the dev server: validation, submit, inline server error,
// busy state, keyboard-only use and accessible names.
#include "nangodevserver.h"

#include <NangoQt/NangoApiKeyForm>
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoBasicAuthForm>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace NangoDev;

namespace {
struct Env
{
    Env()
    {
        Integration stripe;
        stripe.uniqueKey = QStringLiteral("stripe");
        stripe.provider = QStringLiteral("stripe");
        stripe.authMode = QStringLiteral("API_KEY");
        Integration jira = stripe;
        jira.uniqueKey = QStringLiteral("jira");
        jira.authMode = QStringLiteral("BASIC");
        server.setIntegrations({stripe, jira});
        server.setEra(Era::Current);
        QVERIFY(server.listen(0));
        nango.setHost(server.url());
        nango.setConnectSessionToken(server.createConnectSession(QStringLiteral("u")));
    }
    NangoDevServer server;
    NangoAuth nango;
};

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
        NangoApiKeyForm form(&env.nango);
        form.setIntegrationId(QStringLiteral("stripe"));
        child<QLineEdit>(&form, "apiKeyEdit")->setText(QStringLiteral("   "));
        child<QPushButton>(&form, "submitButton")->click();
        QCOMPARE(form.errorText(), QStringLiteral("Enter the API key."));
        QVERIFY(child<QLabel>(&form, "errorLabel")->isVisibleTo(&form));
        QTest::qWait(100);
        QVERIFY(env.server.requestLog().isEmpty());
        QVERIFY(!form.isBusy());
    }

    void apiKeySubmitSucceedsWithBusyState()
    {
        Env env;
        Faults f;
        f.httpDelayMs = 300;
        env.server.setFaults(f);
        NangoApiKeyForm form(&env.nango);
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
        QCOMPARE(env.server.connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_live+#1"));
    }

    void serverErrorShownInline()
    {
        Env env;
        NangoApiKeyForm form(&env.nango);
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
        NangoApiKeyForm form(&env.nango);
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
        NangoBasicAuthForm form(&env.nango);
        form.setIntegrationId(QStringLiteral("jira"));
        QSignalSpy ok(&form, &NangoBasicAuthForm::succeeded);
        form.submit();
        QCOMPARE(form.errorText(), QStringLiteral("Enter the user name."));
        QVERIFY(env.server.requestLog().isEmpty());
        child<QLineEdit>(&form, "usernameEdit")->setText(QStringLiteral("alice"));
        form.submit(); // an empty password is valid
        QTRY_COMPARE(ok.count(), 1);
        QVERIFY(form.errorText().isEmpty());
        QCOMPARE(env.server.connections().first().credentials.value(QStringLiteral("password")).toString(), QString());
    }

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
};

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
