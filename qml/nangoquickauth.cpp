// SPDX-License-Identifier: MIT
#include "nangoquickauth_p.h"

#include "nangoquickauthwindow_p.h"
#include "nangoquickconnectuiwindow_p.h"
#include "nangoquicklogging_p.h"

#include <QQmlEngine>

NangoQuickAuth::NangoQuickAuth(QObject *parent)
    : NangoAuth(parent)
{
    setWindowFactory(&NangoQuickAuthWindow::create);
    setConnectUIWindowFactory(&NangoQuickConnectUIWindow::create);
}

NangoConnectUISession *NangoQuickAuth::openConnectUI(const QJSValue &options)
{
    NangoConnectUIOptions parsed;
    if (!options.isUndefined() && !options.isNull()) {
        if (!options.isObject() || options.isArray() || options.isCallable()) {
            const QString message = tr("NangoAuth.openConnectUI(): options must be an object such as { baseURL: \"…\", theme: \"dark\" }");
            if (QQmlEngine *engine = qmlEngine(this))
                engine->throwError(QJSValue::TypeError, message);
            else
                qCWarning(lcNangoQuick).noquote() << message;
            return nullptr;
        }
        QStringList unknown;
        parsed = NangoConnectUIOptions::fromVariantMap(options.toVariant().toMap(), &unknown);
        if (!unknown.isEmpty())
            qCWarning(lcNangoQuick).noquote() << "NangoAuth.openConnectUI(): ignoring unknown or unusable options:"
                                              << unknown.join(QLatin1String(", "));
    }
    NangoConnectUISession *session = NangoAuth::openConnectUI(parsed);
    // The session belongs to this NangoAuth (deleted after closed), not to the JS heap.
    QQmlEngine::setObjectOwnership(session, QQmlEngine::CppOwnership);
    return session;
}

bool NangoQuickAuth::readArguments(const char *call, const QJSValue &connectionId, const QJSValue &options,
                                   QString *connection, NangoAuthOptions *parsed)
{
    QQmlEngine *engine = qmlEngine(this);
    const auto typeError = [&](const QString &message) {
        if (engine)
            engine->throwError(QJSValue::TypeError, message);
        else
            qCWarning(lcNangoQuick).noquote() << message;
        return false;
    };
    if (connectionId.isUndefined() || connectionId.isNull())
        connection->clear();
    else if (connectionId.isString())
        *connection = connectionId.toString();
    else
        return typeError(tr("NangoAuth.%1(): connectionId must be a string").arg(QLatin1String(call)));

    if (options.isUndefined() || options.isNull())
        return true;
    if (!options.isObject() || options.isArray() || options.isCallable())
        return typeError(tr("NangoAuth.%1(): options must be an object such as { params: { … } }").arg(QLatin1String(call)));
    QStringList unknown;
    *parsed = NangoAuthOptions::fromVariantMap(options.toVariant().toMap(), &unknown);
    if (!unknown.isEmpty()) {
        // The JS SDK ignores them too, but a typo (userScope for user_scope) should not go unseen.
        qCWarning(lcNangoQuick).noquote() << "NangoAuth." << call << "(): ignoring unknown option keys:"
                                          << unknown.join(QLatin1String(", "));
    }
    return true;
}

NangoAuthFlow *NangoQuickAuth::start(const char *call, StartFunction function, const QString &integrationId,
                                     const QJSValue &connectionId, const QJSValue &options)
{
    QString connection;
    NangoAuthOptions parsed;
    if (!readArguments(call, connectionId, options, &connection, &parsed))
        return nullptr;
    NangoAuthFlow *flow = (this->*function)(integrationId, connection, parsed);
    // The flow belongs to this NangoAuth (and deletes itself when done), not to the JS heap.
    if (flow)
        QQmlEngine::setObjectOwnership(flow, QQmlEngine::CppOwnership);
    return flow;
}

NangoAuthFlow *NangoQuickAuth::auth(const QString &integrationId, const QJSValue &connectionId, const QJSValue &options)
{
    return start("auth", &NangoAuth::auth, integrationId, connectionId, options);
}

NangoAuthFlow *NangoQuickAuth::create(const QString &integrationId, const QJSValue &connectionId, const QJSValue &options)
{
    return start("create", &NangoAuth::create, integrationId, connectionId, options);
}

NangoAuthFlow *NangoQuickAuth::reconnect(const QString &integrationId, const QJSValue &options)
{
    QString connection; // a reconnect session names its connection
    NangoAuthOptions parsed;
    if (!readArguments("reconnect", QJSValue(), options, &connection, &parsed))
        return nullptr;
    NangoAuthFlow *flow = NangoAuth::reconnect(integrationId, parsed);
    if (flow)
        QQmlEngine::setObjectOwnership(flow, QQmlEngine::CppOwnership);
    return flow;
}

void NangoQuickAuth::preload()
{
    NangoAuth::preload();
}

bool NangoQuickAuth::addCaCertificates(const QUrl &pemFile)
{
    QString path;
    if (pemFile.isLocalFile())
        path = pemFile.toLocalFile();
    else if (pemFile.scheme() == QLatin1String("qrc"))
        path = QLatin1Char(':') + pemFile.path();
    else if (pemFile.scheme().isEmpty())
        path = pemFile.path();
    if (path.isEmpty() || !NangoAuth::addCaCertificates(path)) {
        qCWarning(lcNangoQuick).noquote() << "NangoAuth.addCaCertificates(): no PEM certificate in" << pemFile.toString();
        return false;
    }
    return true;
}
