// SPDX-License-Identifier: MIT
#include "nangoquick.h"

#include "nangoquicklogging_p.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QtWebEngineQuick/QtWebEngineQuick>

void NangoQuick::initialize()
{
    if (QCoreApplication::instance()) {
        qCWarning(lcNangoQuick, "NangoQuick::initialize() must be called before the application object is created");
        return;
    }
    QtWebEngineQuick::initialize();
}

void NangoQuick::addImportPath(QQmlEngine *engine)
{
    if (engine)
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
}
