// SPDX-License-Identifier: MIT
#include "nangoquicktranslations_p.h"

#include <QQmlEngine>

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
    const bool ok = NangoTranslations::install(locale); // refuses a name that is no locale
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
