// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

/**
 * @brief NangoQt's translations: one call puts every NangoQt library in the app's language.
 *
 * NangoQt's user-visible texts (Core's error messages, the forms, the modal, the Connect UI,
 * the QML components) are written in English and translated into French, German, Spanish and
 * Japanese. The catalogs are compiled into the libraries as resources (one per library, under
 * `:/nangoqt/translations/`), so there is nothing to install or deploy: install() loads the
 * catalogs of every NangoQt library the process has loaded, for the locale's language, and
 * installs them in the application (QCoreApplication::installTranslator()).
 *
 * @code
 * QApplication app(argc, argv);
 * NangoTranslations::install();                // the system locale (QLocale())
 * // or NangoTranslations::install(QLocale(QLocale::German));
 * @endcode
 *
 * Call it after the application object exists and before NangoQt's windows are created (a
 * window made later shows the new language; QML's `Translations.install()` also re-evaluates
 * the engine's qsTr() bindings). Calling it again switches the language: the previous NangoQt
 * catalogs are removed first. remove() goes back to English.
 *
 * The same language is used where the server speaks: NangoCatalog sends it as
 * `Accept-Language` (so the providers' field titles in the forms match; Nango has en, es, fr
 * and de), and the hosted Connect UI (NangoAuth::openConnectUI()) gets it as `lang` unless
 * NangoConnectUIOptions::language says otherwise. A message of the Nango server that NangoQt
 * has no translation for reaches the user as the server wrote it, marked as the server's words
 * (in German: Antwort des Nango-Servers: „…“).
 *
 * In QML the singleton `Translations` of `import NangoQt` offers the same: `Translations.install()`,
 * `Translations.install("de")`, `Translations.language`.
 */
class NANGOQT_CORE_EXPORT NangoTranslations : public QObject
{
    Q_OBJECT
    /// The language NangoQt's texts are in after install() (BCP 47: "de", "fr", "es", "ja", or
    /// "en" when the locale has no catalog); empty while nothing was installed (and after remove()).
    Q_PROPERTY(QString language READ currentLanguage NOTIFY languageChanged)

public:
    /// The one object that emits languageChanged() (owned by NangoQt; lives as long as the process).
    static NangoTranslations *instance();

    /**
     * Installs NangoQt's catalogs for @p locale's language (the first of QLocale::uiLanguages()
     * that NangoQt has; "de-AT" uses German). Returns true when NangoQt speaks that language
     * (English needs no catalog: true, nothing loaded), false when it has no catalog for it:
     * the texts then stay English and language() is "en". Main thread only.
     */
    static bool install(const QLocale &locale = QLocale());
    /**
     * The same for a locale name ("de", "fr_CA", "ja-JP"; empty: QLocale()). A name that is no
     * locale — QLocale would read it as the C locale, that is English — is refused: false, a
     * warning, nothing changed.
     */
    static bool install(const QString &localeName);
    /// Removes the catalogs install() installed: NangoQt's texts are English again, language() empty.
    static void remove();
    /// The language in effect after install() ("en" when none of NangoQt's matched), empty before.
    static QString language();
    /// The languages NangoQt has catalogs for, besides English (sorted: "de", "es", "fr", "ja").
    static QStringList availableLanguages();

    /// The same as language(), for the property.
    QString currentLanguage() const;

Q_SIGNALS:
    /// install() or remove() changed language().
    void languageChanged();

private:
    explicit NangoTranslations(QObject *parent = nullptr);
};
