// SPDX-License-Identifier: MIT
#include "nangoquickwindowsupport_p.h"

#include <QCoreApplication>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickWebEngineProfile>
#include <QQuickWindow>

QQmlEngine *NangoQuickPrivate::moduleEngine()
{
    static QPointer<QQmlEngine> engine;
    if (!engine) {
        engine = new QQmlEngine(QCoreApplication::instance());
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    return engine;
}

void NangoQuickPrivate::releaseWindow(QQuickWindow *window, QQuickWebEngineProfile *profile, QObject *alsoAfter)
{
    if (!window) {
        if (profile)
            profile->deleteLater();
        if (alsoAfter)
            alsoAfter->deleteLater();
        return;
    }
    QMetaObject::invokeMethod(window, "closeQuietly");
    if (profile)
        QObject::connect(window, &QObject::destroyed, profile, &QObject::deleteLater);
    if (alsoAfter) {
        alsoAfter->setParent(nullptr);
        QObject::connect(window, &QObject::destroyed, alsoAfter, &QObject::deleteLater);
    }
    window->deleteLater();
}
