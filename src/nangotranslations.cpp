// SPDX-License-Identifier: MIT
#include "nangotranslations.h"

#include "nangologging_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace NangoQtPrivate;

namespace {

// Every NangoQt library compiles its catalogs in here (cmake/NangoQtTranslations.cmake):
// nangoqt_<library>_<language>.qm.
const QString &catalogDir()
{
    static const QString dir = QStringLiteral(":/nangoqt/translations");
    return dir;
}

struct Installed
{
    std::vector<std::unique_ptr<QTranslator>> translators;
    QString language;
};
Q_GLOBAL_STATIC(Installed, installed)

// "nangoqt_widgets_de.qm" → {"nangoqt_widgets", "de"}
std::pair<QString, QString> splitCatalog(const QString &fileName)
{
    const QString base = fileName.chopped(3); // ".qm"
    const qsizetype sep = base.lastIndexOf(QLatin1Char('_'));
    return {base.left(sep), base.mid(sep + 1)};
}

QStringList catalogFiles()
{
    return QDir(catalogDir()).entryList({QStringLiteral("nangoqt_*_*.qm")}, QDir::Files, QDir::Name);
}

void uninstallAll()
{
    for (const auto &t : installed->translators)
        QCoreApplication::removeTranslator(t.get());
    installed->translators.clear();
}

void setLanguage(const QString &language)
{
    if (installed->language == language)
        return;
    installed->language = language;
    Q_EMIT NangoTranslations::instance()->languageChanged();
}

} // namespace

NangoTranslations::NangoTranslations(QObject *parent)
    : QObject(parent)
{
}

NangoTranslations *NangoTranslations::instance()
{
    static NangoTranslations *const self = new NangoTranslations; // process lifetime, as Qt's own singletons
    return self;
}

QStringList NangoTranslations::availableLanguages()
{
    QStringList languages;
    for (const QString &file : catalogFiles()) {
        const QString language = splitCatalog(file).second;
        if (!languages.contains(language))
            languages << language;
    }
    languages.sort();
    return languages;
}

bool NangoTranslations::install(const QLocale &locale)
{
    if (!QCoreApplication::instance()) {
        qCWarning(lcNangoCore, "NangoTranslations::install() needs the application object: create it first.");
        return false;
    }
    if (QThread::currentThread() != QCoreApplication::instance()->thread()) {
        qCWarning(lcNangoCore, "NangoTranslations::install() must be called from the main thread.");
        return false;
    }
    const QStringList available = availableLanguages();
    QString language;
    for (const QString &ui : locale.uiLanguages()) {
        const QString candidate = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (candidate == QLatin1String("en") || candidate == QLatin1String("c") || available.contains(candidate)) {
            language = candidate == QLatin1String("c") ? QStringLiteral("en") : candidate;
            break;
        }
    }
    const bool known = !language.isEmpty();
    if (!known)
        language = QStringLiteral("en");

    uninstallAll();
    if (language != QLatin1String("en")) {
        for (const QString &file : catalogFiles()) {
            if (splitCatalog(file).second != language)
                continue;
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(file, catalogDir())) {
                qCWarning(lcNangoCore, "NangoTranslations: cannot load the catalog %s.", qPrintable(file));
                continue;
            }
            QCoreApplication::installTranslator(translator.get());
            installed->translators.push_back(std::move(translator));
        }
    }
    qCDebug(lcNangoCore, "NangoTranslations: %s for the locale %s (%d catalogs)", qPrintable(language),
        qPrintable(locale.name()), int(installed->translators.size()));
    if (!known)
        qCDebug(lcNangoCore, "NangoTranslations: no catalog for %s; NangoQt stays English (it has %s).",
            qPrintable(locale.uiLanguages().value(0)), qPrintable(available.join(QStringLiteral(", "))));
    setLanguage(language);
    return known;
}

bool NangoTranslations::install(const QString &localeName)
{
    if (localeName.isEmpty())
        return install(QLocale());
    const QLocale locale(localeName);
    if (locale.language() == QLocale::C && localeName.compare(QLatin1String("C"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcNangoCore, "NangoTranslations::install(): \"%s\" is not a locale name (such as \"de\" or \"fr_CA\").",
                  qPrintable(localeName));
        return false;
    }
    return install(locale);
}

void NangoTranslations::remove()
{
    uninstallAll();
    setLanguage(QString());
}

QString NangoTranslations::language()
{
    return installed->language;
}

QString NangoTranslations::currentLanguage() const
{
    return language();
}
