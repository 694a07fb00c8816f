// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoConnectUISession>

#include <QJSValue>
#include <QUrl>
#include <QtQml/qqml.h>

/**
 * `NangoAuth` in QML: Core's NangoAuth (every property, signal and enum) plus the calls in the
 * JS SDK's shape — `auth(integrationId, connectionId, options)` with a plain object using the
 * SDK's key names. A NangoAuth declared in QML opens its OAuth flows in the module's AuthWindow.
 */
class NangoQuickAuth : public NangoAuth
{
    Q_OBJECT
    QML_NAMED_ELEMENT(NangoAuth)
public:
    explicit NangoQuickAuth(QObject *parent = nullptr);

    /// Connect an account. @p options: `params`, `hmac`, `user_scope`, `authorization_params`,
    /// `credentials: {apiKey | username, password}`, `detectClosedAuthWindow`.
    Q_INVOKABLE NangoAuthFlow *auth(const QString &integrationId, const QJSValue &connectionId = QJSValue(),
                                    const QJSValue &options = QJSValue());
    /// Create an unauthenticated connection (uses `params` and `hmac` of @p options).
    Q_INVOKABLE NangoAuthFlow *create(const QString &integrationId, const QJSValue &connectionId = QJSValue(),
                                      const QJSValue &options = QJSValue());
    /**
     * Re-authorize an existing connection, like the JS SDK's `reconnect(integrationId, options)`
     * (NangoAuth::reconnect()): needs a connect session token made for it with
     * `POST /connect/sessions/reconnect`, else it fails with `missing_connect_session_token`.
     * @p options as auth()'s.
     */
    Q_INVOKABLE NangoAuthFlow *reconnect(const QString &integrationId, const QJSValue &options = QJSValue());
    /**
     * Opens Nango's hosted Connect UI (NangoAuth::openConnectUI()), in the module's
     * ConnectUIWindow (or the connect link in the system browser with `browser:
     * NangoAuth.System`). @p options: the JS SDK's keys — `baseURL`, `apiURL`, `lang`, `theme`
     * ("light", "dark", "system"; by default the palette's), `detectClosedAuthWindow` — and
     * `readyTimeout` (ms). Returns the ConnectUISession: `setSessionToken()`, `close()`, and the
     * signals ready, connected(providerConfigKey, connectionId, isPending),
     * errorOccurred(type, message), closed. It belongs to this NangoAuth (deleted after closed).
     */
    Q_INVOKABLE NangoConnectUISession *openConnectUI(const QJSValue &options = QJSValue());
    /// NangoAuth::preload(): warms the embedded browser ahead of the first auth().
    Q_INVOKABLE void preload();
    /// NangoAuth::addCaCertificates() for QML: @p pemFile is a path, a file: URL or a qrc: URL
    /// (e.g. Qt.resolvedUrl("ca.pem")). Trusts those CAs for this object's own requests, in
    /// addition to the system's; false when the file holds no certificate.
    Q_INVOKABLE bool addCaCertificates(const QUrl &pemFile);

private:
    bool readArguments(const char *call, const QJSValue &connectionId, const QJSValue &options,
                       QString *connection, NangoAuthOptions *parsed);
    using StartFunction = NangoAuthFlow *(NangoAuth::*)(const QString &, const QString &, const NangoAuthOptions &);
    NangoAuthFlow *start(const char *call, StartFunction function, const QString &integrationId,
                         const QJSValue &connectionId, const QJSValue &options);
};
