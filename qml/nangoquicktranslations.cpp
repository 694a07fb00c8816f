// SPDX-License-Identifier: MIT
#include "nangoquicktranslations_p.h"

#include <QLocale>
#include <QQmlEngine>
#include <QQmlInfo>

NangoQuickTranslations::NangoQuickTranslations(QObject *parent)
    : QObject(parent)
{
    connect(NangoTranslations::instance(), &NangoTranslations::languageChanged, this, &NangoQuickTranslations::languageChanged);
}

QString NangoQuickTranslations::language() const
{
    return NangoTranslations::language();
}

QStringList NangoQuickTranslations::availableLanguages() const
{
    return NangoTranslations::availableLanguages();
}

bool NangoQuickTranslations::install(const QString &locale)
{
    // QLocale reads a name it does not know as the C locale (English): refuse it instead.
    const QLocale chosen = locale.isEmpty() ? QLocale() : QLocale(locale);
    if (!locale.isEmpty() && chosen.language() == QLocale::C && locale.compare(QLatin1String("C"), Qt::CaseInsensitive) != 0) {
        qmlWarning(this) << "Translations.install(): \"" << locale << "\" is not a locale name (such as \"de\" or \"fr_CA\")";
        return false;
    }
    const bool ok = NangoTranslations::install(chosen);
    retranslate();
    return ok;
}

void NangoQuickTranslations::remove()
{
    NangoTranslations::remove();
    retranslate();
}

void NangoQuickTranslations::retranslate()
{
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
}
