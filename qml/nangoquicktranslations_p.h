// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/NangoTranslations>

#include <QObject>
#include <QString>
#include <QtQml/qqml.h>

/**
 * `Translations` in QML: NangoTranslations for a QML app. `Translations.install()` puts NangoQt
 * in the system locale's language, `Translations.install("de")` in German (any QLocale name);
 * both re-evaluate the engine's qsTr() bindings, so components already on screen switch too.
 * `language` follows NangoTranslations::language() (also when C++ installed the catalogs).
 */
class NangoQuickTranslations : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Translations)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList availableLanguages READ availableLanguages CONSTANT)
public:
    explicit NangoQuickTranslations(QObject *parent = nullptr);

    QString language() const;
    QStringList availableLanguages() const;
    /// NangoTranslations::install(locale): a locale name, QLocale() when empty, false for a name that is no locale.
    Q_INVOKABLE bool install(const QString &locale = QString());
    /// NangoTranslations::remove().
    Q_INVOKABLE void remove();

Q_SIGNALS:
    void languageChanged();

private:
    void retranslate();
};
