// SPDX-License-Identifier: MIT
// The Widgets face in German (issue 16): with NangoTranslations::install(German) before the
// windows exist, the native Connect UI's screens (picker, the provider's form with its field
// titles from the server in German, Connecting, the error screen's message), the credentials
// form and the OAuth modal's title speak German — against the dev server, keys pressed where
// the focus is.
#include "devserverenv.h"

#include <NangoQt/NangoApiKeyForm>
#include <NangoQt/NangoAuthDialog>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoAuthOptions>
#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoCredentialsFormModel>
#include <NangoQt/NangoTranslations>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace NangoDev;
using Screen = NangoConnectUIModel::Screen;

namespace {
const char *const KnownSource = "The given credentials were found to be invalid. Please check the credentials and try again.";


/// What @p source is in German, checked to be German (not the English source).
QString german(const char *context, const char *source, const char *disambiguation = nullptr)
{
    const QString text = QCoreApplication::translate(context, source, disambiguation);
    if (text == QLatin1String(source))
        qWarning("no German for [%s] \"%s\"", context, source);
    return text;
}

template<typename T>
T *onPage(NangoConnectDialog *dialog, const char *name)
{
    auto *stack = dialog->findChild<QStackedWidget *>(QStringLiteral("screens"));
    return stack && stack->currentWidget() ? stack->currentWidget()->findChild<T *>(QLatin1String(name)) : nullptr;
}

QLabel *labelFor(QWidget *parent, QWidget *editor)
{
    for (QLabel *label : parent->findChildren<QLabel *>()) {
        if (label->buddy() == editor)
            return label;
    }
    return nullptr;
}

bool waitForScreen(NangoConnectDialog *dialog, Screen screen)
{
    return QTest::qWaitFor([&] { return dialog->model()->screen() == screen; }, 15000);
}
} // namespace

class TestTranslationsWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(NangoTranslations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(NangoTranslations::language(), QStringLiteral("de"));
        NangoAuth::preload();
    }
    void cleanupTestCase() { NangoTranslations::remove(); }

    void connectDialogScreens()
    {
        SampleEnv env;
        NangoConnectDialog dialog(env.nango.get());
        dialog.open();
        QVERIFY(waitForScreen(&dialog, Screen::Picker));

        // The picker.
        auto *search = onPage<QLineEdit>(&dialog, "searchEdit");
        QVERIFY(search);
        const QString placeholder = german("NangoConnectPickerPage", "Search integrations", "@info:placeholder");
        QVERIFY(placeholder != QLatin1String("Search integrations"));
        QCOMPARE(search->placeholderText(), placeholder);
        QCOMPARE(onPage<QPushButton>(&dialog, "cancelButton")->text(), german("NangoConnectPickerPage", "Cancel", "@action:button"));

        // The form of posthog-dev: the field's title comes from the server in German (the
        // catalog asked with Accept-Language: de), the buttons from NangoQt's catalog.
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("posthog"));
        QTRY_COMPARE(dialog.model()->integrations()->rowCount(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitForScreen(&dialog, Screen::Form));
        QLineEdit *key = nullptr;
        QTRY_VERIFY((key = onPage<QLineEdit>(&dialog, "apiKeyEdit")) && key->isVisible());
        QLabel *label = labelFor(dialog.findChild<QStackedWidget *>(QStringLiteral("screens"))->currentWidget(), key);
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("API-Schlüssel")), qPrintable(label->text()));
        QCOMPARE(onPage<QPushButton>(&dialog, "backButton")->text(), german("NangoConnectFormPage", "&Back", "@action:button"));

        // A refused key: the Error screen's message is NangoQt's German wording.
        dialog.model()->back();
        QVERIFY(waitForScreen(&dialog, Screen::Picker));
        dialog.model()->select(QStringLiteral("stripe-dev"));
        QVERIFY(waitForScreen(&dialog, Screen::Form));
        QTRY_VERIFY((key = onPage<QLineEdit>(&dialog, "apiKeyEdit")) && key->isVisible() && key->hasFocus());
        QTest::keyClicks(key, QStringLiteral("sk_test_invalid"));
        QTest::keyClick(key, Qt::Key_Return);
        QVERIFY(waitForScreen(&dialog, Screen::Error));
        auto *message = onPage<QWidget>(&dialog, "errorMessage");
        QVERIFY(message && message->isVisible());
        QString shown;
        for (QLabel *label : message->findChildren<QLabel *>())
            shown += label->text() + QLatin1Char('\n');
        const QString expected = german("NangoAuth", KnownSource);
        QVERIFY(expected != QLatin1String(KnownSource));
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QCOMPARE(dialog.model()->errorMessage(), expected);
        QCOMPARE(onPage<QPushButton>(&dialog, "retryButton")->text(), german("NangoConnectDialog", "&Retry", "@action:button"));
        dialog.reject();
    }

    void credentialsForm()
    {
        NangoApiKeyForm form(nullptr);
        form.show();
        auto *submit = form.findChild<QPushButton *>(QStringLiteral("submitButton"));
        QVERIFY(submit);
        QCOMPARE(submit->text(), german("NangoCredentialsForm", "&Connect", "@action:button"));
        QVERIFY(submit->text() != QLatin1String("&Connect"));
        auto *edit = form.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QVERIFY(edit);
        QLabel *label = labelFor(&form, edit);
        QVERIFY(label);
        QCOMPARE(label->text(), german("NangoApiKeyForm", "&API key:"));
    }

    void modalTitle()
    {
        SampleEnv env;
        env.nango->setBrowser(NangoAuth::Browser::Embedded);
        NangoAuthFlow *flow = env.nango->auth(QStringLiteral("github-dev"));
        QVERIFY(flow);
        NangoAuthDialog *modal = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<NangoAuthDialog *>(w); d && d->isVisible())
                    modal = d;
            }
            return modal != nullptr;
        }(), 30000);
        const QString title = german("NangoAuthDialog", "Connect %1", "@title:window integration");
        QVERIFY(title != QLatin1String("Connect %1"));
        QVERIFY2(modal->windowTitle().startsWith(title.section(QStringLiteral("%1"), 0, 0)), qPrintable(modal->windowTitle()));
        QVERIFY(!modal->windowTitle().startsWith(QStringLiteral("Connect ")));
        QSignalSpy failed(flow, &NangoAuthFlow::failed);
        flow->cancel();
        QTRY_COMPARE(failed.count(), 1);
    }
};

QTEST_MAIN(TestTranslationsWidgets)
#include "tst_translations.moc"
