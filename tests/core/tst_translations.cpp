// SPDX-License-Identifier: MIT
// NangoTranslations (issue 16): the catalogs compiled into the libraries, install() per locale
// (fallbacks, English, a language NangoQt lacks, switching, remove()), Core's messages in German,
// the server's words marked as such, the same language as the catalog's Accept-Language (the
// providers' field titles from the dev server follow it) and as the hosted Connect UI's `lang`.
#include "devserverenv.h"

#include "nangoerrorparser_p.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoConnectUIOptions>
#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoFormField>
#include <NangoQt/NangoTranslations>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace NangoDev;

namespace {
constexpr int Wait = 10000;

const char *const KnownSource = "The given credentials were found to be invalid. Please check the credentials and try again.";

/// The title the dev server gives posthog's apiKey field in the catalog's language.
QString apiKeyTitle(NangoCatalog &catalog)
{
    QSignalSpy loaded(&catalog, &NangoCatalog::loaded);
    QSignalSpy failed(&catalog, &NangoCatalog::failed);
    catalog.clearCache();
    catalog.loadProvider(QStringLiteral("posthog"));
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, Wait) || !failed.isEmpty())
        return QStringLiteral("<no provider: %1>").arg(failed.isEmpty() ? QStringLiteral("timeout") : failed.first().at(3).toString());
    return catalog.provider(QStringLiteral("posthog")).value(QStringLiteral("credentials")).toMap()
        .value(QStringLiteral("apiKey")).toMap().value(QStringLiteral("title")).toString();
}

QString langOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("lang"));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The test must not depend on the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() { NangoTranslations::remove(); }

    void catalogsAreCompiledIn()
    {
        QCOMPARE(NangoTranslations::availableLanguages(), (QStringList{u"de"_qs, u"es"_qs, u"fr"_qs, u"ja"_qs}));
        QCOMPARE(NangoTranslations::language(), QString());
        // Core's catalog is in the library, under the documented prefix.
        for (const QString &lang : NangoTranslations::availableLanguages())
            QVERIFY2(QFile::exists(QStringLiteral(":/nangoqt/translations/nangoqt_core_%1.qm").arg(lang)), qPrintable(lang));
    }

    void install_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("language");
        QTest::newRow("de_DE") << u"de_DE"_qs << true << u"de"_qs;
        QTest::newRow("de_AT") << u"de_AT"_qs << true << u"de"_qs;
        QTest::newRow("fr_CA") << u"fr_CA"_qs << true << u"fr"_qs;
        QTest::newRow("es_MX") << u"es_MX"_qs << true << u"es"_qs;
        QTest::newRow("ja_JP") << u"ja_JP"_qs << true << u"ja"_qs;
        QTest::newRow("en_GB") << u"en_GB"_qs << true << u"en"_qs;
        QTest::newRow("C") << u"C"_qs << true << u"en"_qs;
        QTest::newRow("zh_CN (none)") << u"zh_CN"_qs << false << u"en"_qs;
    }
    void install()
    {
        QFETCH(QString, locale);
        QFETCH(bool, known);
        QFETCH(QString, language);
        QSignalSpy changed(NangoTranslations::instance(), &NangoTranslations::languageChanged);
        QCOMPARE(NangoTranslations::install(QLocale(locale)), known);
        QCOMPARE(NangoTranslations::language(), language);
        QCOMPARE(NangoTranslations::instance()->property("language").toString(), language);
        QCOMPARE(changed.count(), 1);
        const QString translated = QCoreApplication::translate("NangoAuth", KnownSource);
        if (language == QLatin1String("en"))
            QCOMPARE(translated, QString::fromLatin1(KnownSource));
        else
            QVERIFY2(translated != QLatin1String(KnownSource), "Core's catalog for the language is not installed");
        // Installing the same again changes nothing; remove() goes back to English.
        NangoTranslations::install(QLocale(locale));
        QCOMPARE(changed.count(), 1);
        NangoTranslations::remove();
        QCOMPARE(NangoTranslations::language(), QString());
        QCOMPARE(QCoreApplication::translate("NangoAuth", KnownSource), QString::fromLatin1(KnownSource));
        QCOMPARE(changed.count(), 2);
    }

    void localeNames()
    {
        QVERIFY(NangoTranslations::install(QStringLiteral("de_AT")));
        QCOMPARE(NangoTranslations::language(), QStringLiteral("de"));
        QVERIFY(NangoTranslations::install(QStringLiteral("fr-CA")));
        QCOMPARE(NangoTranslations::language(), QStringLiteral("fr"));
        // A name that is no locale would read as C (English): refused, nothing changed.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"zz-not-a-locale\" is not a locale name")));
        QVERIFY(!NangoTranslations::install(QStringLiteral("zz-not-a-locale")));
        QCOMPARE(NangoTranslations::language(), QStringLiteral("fr"));
        QVERIFY(NangoTranslations::install(QStringLiteral("C")));
        QCOMPARE(NangoTranslations::language(), QStringLiteral("en"));
    }

    void switchingReplacesTheCatalogs()
    {
        NangoTranslations::install(QLocale(QLocale::German));
        const QString german = QCoreApplication::translate("NangoAuth", KnownSource);
        NangoTranslations::install(QLocale(QLocale::French));
        const QString french = QCoreApplication::translate("NangoAuth", KnownSource);
        QVERIFY(french != german);
        QVERIFY(french != QLatin1String(KnownSource));
        NangoTranslations::install(QLocale(QLocale::German));
        QCOMPARE(QCoreApplication::translate("NangoAuth", KnownSource), german);
    }

    void coreMessagesInGerman()
    {
        // A flow's error: no token at all (missing_auth_token), worded by Core.
        DevServerEnv env(Era::Current, {}, sampleOptions(QStringLiteral("end-user-tr")));
        env.nango->setConnectSessionToken(QString());
        const auto failure = [&] {
            QSignalSpy failed(env.nango.get(), &NangoAuth::failed);
            env.nango->auth(QStringLiteral("posthog-dev"));
            if (!QTest::qWaitFor([&] { return !failed.isEmpty(); }, Wait))
                return QStringList{QStringLiteral("<no failed()>")};
            return QStringList{failed.first().at(0).toString(), failed.first().at(1).toString()};
        };
        const QStringList english = failure();
        NangoTranslations::install(QLocale(QLocale::German));
        const QStringList german = failure();
        QCOMPARE(german.value(0), english.value(0)); // the type is never translated
        QCOMPARE(german.value(0), QString::fromLatin1(NangoErrorType::MissingAuthToken));
        QVERIFY2(german.value(1) != english.value(1), qPrintable(german.value(1)));
        QCOMPARE(german.value(1), QCoreApplication::translate("NangoAuth", english.value(1).toUtf8().constData()));
        // A built-in field title.
        QCOMPARE(NangoFormField::password().title(), QCoreApplication::translate("NangoFormField", "Password"));
        QVERIFY(NangoFormField::password().title() != QLatin1String("Password"));
        // A field's check in a sentence: the German title keeps its capital (nouns), English lowers it.
        const NangoFormField user = NangoFormField::username();
        QVERIFY2(user.check(QString()).contains(user.title()), qPrintable(user.check(QString())));
        NangoTranslations::remove();
        QCOMPARE(NangoFormField::username().check(QString()), QStringLiteral("Enter the user name."));
    }

    void serverWordsAreMarked()
    {
        const QString server = QStringLiteral("Quota exceeded for workspace 42.");
        // English: as the server wrote it.
        QCOMPARE(NangoQtPrivate::messageForCode(QStringLiteral("quota_exceeded"), server), server);
        QCOMPARE(NangoQtPrivate::messageForCode(QStringLiteral("connection_test_failed"), QString::fromLatin1(KnownSource)),
                 QString::fromLatin1(KnownSource));
        NangoTranslations::install(QLocale(QLocale::German));
        const QString marked = NangoQtPrivate::messageForCode(QStringLiteral("quota_exceeded"), server);
        QVERIFY2(marked.contains(server) && marked != server, qPrintable(marked));
        QVERIFY2(marked.contains(QStringLiteral("Nango-Server")), qPrintable(marked));
        // A code NangoQt words itself: its German text, not the server's English.
        const QString known = NangoQtPrivate::messageForCode(QStringLiteral("connection_test_failed"), QString::fromLatin1(KnownSource));
        QCOMPARE(known, QCoreApplication::translate("NangoAuth", KnownSource));
        QVERIFY(!known.contains(QLatin1String("credentials")));
        // A parsed error body of the current era ends the same way.
        const NangoQtPrivate::NangoError e = NangoQtPrivate::parseErrorBody(
            400, R"({"error":{"code":"quota_exceeded","message":"Quota exceeded for workspace 42."}})");
        QCOMPARE(e.type, QStringLiteral("quota_exceeded"));
        QCOMPARE(e.message, marked);
    }

    void catalogAsksInTheSameLanguage()
    {
        DevServerEnv env(Era::Current, {}, sampleOptions(QStringLiteral("end-user-tr")));
        env.nango->setConnectSessionToken(env.server->createConnectSession(QStringLiteral("end-user-tr"), {}));
        NangoCatalog catalog(env.nango.get());
        QCOMPARE(catalog.language(), QStringLiteral("en")); // QLocale::setDefault above
        QCOMPARE(apiKeyTitle(catalog), QStringLiteral("API Key"));

        QSignalSpy languageChanged(&catalog, &NangoCatalog::languageChanged);
        NangoTranslations::install(QLocale(QLocale::German, QLocale::Switzerland));
        QCOMPARE(languageChanged.count(), 1);
        QCOMPARE(catalog.language(), QStringLiteral("de"));
        QCOMPARE(apiKeyTitle(catalog), QStringLiteral("API-Schlüssel"));

        NangoTranslations::install(QLocale(QLocale::French));
        QCOMPARE(apiKeyTitle(catalog), QStringLiteral("Clé API"));

        // The app's own choice wins over the installed language.
        catalog.setLanguage(QStringLiteral("es"));
        QCOMPARE(apiKeyTitle(catalog), QStringLiteral("Clave API"));
        NangoTranslations::install(QLocale(QLocale::German));
        QCOMPARE(catalog.language(), QStringLiteral("es"));
        catalog.resetLanguage();
        QCOMPARE(catalog.language(), QStringLiteral("de"));

        NangoTranslations::remove();
        QCOMPARE(catalog.language(), QStringLiteral("en"));
        QCOMPARE(apiKeyTitle(catalog), QStringLiteral("API Key"));
    }

    void hostedConnectUIGetsLang()
    {
        const QUrl api(QStringLiteral("http://127.0.0.1:3003"));
        NangoConnectUIOptions options;
        QCOMPARE(langOf(options.url(api, QString())), QString()); // nothing installed: none sent
        NangoTranslations::install(QLocale(QLocale::Japanese));
        QCOMPARE(langOf(options.url(api, QString())), QStringLiteral("ja"));
        QCOMPARE(langOf(options.connectLink(QStringLiteral("nango_connect_session_x"), api)), QStringLiteral("ja"));
        options.setLanguage(QStringLiteral("fr"));
        QCOMPARE(langOf(options.url(api, QString())), QStringLiteral("fr"));
        options.setLanguage(QString());
        NangoTranslations::install(QLocale(QLocale::English));
        QCOMPARE(langOf(options.url(api, QString())), QStringLiteral("en"));
        NangoTranslations::remove();
        QCOMPARE(langOf(options.url(api, QString())), QString());
    }

    void needsTheApplication()
    {
        // Installed twice from the same locale, the translators are not stacked: one remove() clears.
        NangoTranslations::install(QLocale(QLocale::Spanish));
        NangoTranslations::install(QLocale(QLocale::Spanish));
        NangoTranslations::remove();
        QCOMPARE(QCoreApplication::translate("NangoAuth", KnownSource), QString::fromLatin1(KnownSource));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
