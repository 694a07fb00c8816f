// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtquick_export.h>

class QQmlEngine;

/**
 * @brief Set-up for QML apps that `import NangoQt`.
 *
 * @code
 * int main(int argc, char *argv[])
 * {
 *     NangoQuick::initialize(); // before the application object
 *     QGuiApplication app(argc, argv);
 *     QQmlApplicationEngine engine;
 *     engine.load(QUrl(QStringLiteral("qrc:/main.qml")));
 *     return app.exec();
 * }
 * @endcode
 */
class NANGOQT_QUICK_EXPORT NangoQuick
{
public:
    /**
     * Prepares QtWebEngine for the AuthWindow (QtWebEngineQuick::initialize()). Call it once,
     * before the QGuiApplication/QApplication is created; calling it later only logs a warning
     * on `nangoqt.quick`, and the OAuth window may then fail to show pages.
     */
    static void initialize();

    /**
     * Makes the NangoQt module importable from @p engine when it is not installed in Qt's QML
     * directory (a build tree, or an app bundling it): adds `qrc:/qt/qml`, where the module's
     * files are compiled in. Installed modules need no call.
     */
    static void addImportPath(QQmlEngine *engine);
};
