// SPDX-License-Identifier: MIT
// What both faces of nangoqt-demo share: the server (the embedded dev server, or a real Nango),
// the integrations, the options editor's values, the connections made and the event log.
#pragma once

#include "demomodels.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthMode>
#include <NangoQt/NangoAuthOptions>
#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoConnectAction>
#include <NangoQt/NangoConnectUISession>

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace NangoDev {
class NangoDevServer;
}

class DemoBackend : public QObject
{
    Q_OBJECT
    /// The NangoAuth the demo drives; the QML face hands in its QML-declared one.
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    Q_PROPERTY(QString serverDescription READ serverDescription NOTIFY serverChanged)
    Q_PROPERTY(bool usingDevServer READ usingDevServer NOTIFY serverChanged)
    /// False with a connect session token: the server then names the connection itself.
    Q_PROPERTY(bool connectionIdAllowed READ connectionIdAllowed NOTIFY serverChanged)
    Q_PROPERTY(QAbstractItemModel *integrations READ integrations CONSTANT)
    /// The embedded dev server's catalog (read with a connect session token of its own); null on
    /// a real Nango, whose integrations are typed in by hand.
    Q_PROPERTY(NangoCatalog *catalog READ catalog NOTIFY serverChanged)
    /// The NangoAuth the Connect UIs open on: it has a connect session token (the embedded dev
    /// server's own session, or the one the demo was started with). Null with a public key only.
    Q_PROPERTY(NangoAuth *connectUIAuth READ connectUIAuth NOTIFY serverChanged)
    /// Where the hosted Connect UI is: the dev server's imitation at /connect, Nango Cloud's
    /// https://connect.nango.dev, or --connect-url.
    Q_PROPERTY(QUrl hostedConnectUrl READ hostedConnectUrl NOTIFY serverChanged)
    Q_PROPERTY(QAbstractItemModel *connections READ connections CONSTANT)
    Q_PROPERTY(QAbstractItemModel *eventLog READ eventLog CONSTANT)
    // The options editor (the JS SDK's options, as text fields).
    /// Empty with a session token (the server names the connection): the field shows what happens.
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(QString params MEMBER m_params NOTIFY optionsChanged)                 ///< "key=value" per line
    Q_PROPERTY(QString userScope MEMBER m_userScope NOTIFY optionsChanged)           ///< comma-separated
    Q_PROPERTY(QString authorizationParams MEMBER m_authorizationParams NOTIFY optionsChanged) ///< "key=value" per line
    Q_PROPERTY(QString hmac MEMBER m_hmac NOTIFY optionsChanged)
    Q_PROPERTY(bool detectClosedAuthWindow MEMBER m_detectClosedAuthWindow NOTIFY optionsChanged)
    Q_PROPERTY(bool systemBrowser MEMBER m_systemBrowser NOTIFY optionsChanged)
    /// The newest finished flow, in words, for the faces' result banner ("" before the first).
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY lastResultChanged)
    /// "success", "cancelled" or "failure" ("" before the first result).
    Q_PROPERTY(QString lastResultKind READ lastResultKind NOTIFY lastResultChanged)
public:
    struct Config
    {
        QUrl host;                ///< empty: start the embedded dev server
        QString publicKey;
        QString sessionToken;
        QString devServerEra = QStringLiteral("current"); ///< "seed" or "current"
        bool devSessionTokens = false; ///< embedded server: use a connect session token, not the public key
        QStringList integrations; ///< real server: "key" or "key:AUTH_MODE", entered on the command line
        QUrl connectUrl;          ///< real server: its hosted Connect UI (default https://connect.nango.dev)
    };

    explicit DemoBackend(QObject *parent = nullptr);
    ~DemoBackend() override;

    /// Starts the embedded dev server when no host is given. False with @p error on failure.
    bool start(const Config &config, QString *error);

    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);
    QString serverDescription() const;
    bool usingDevServer() const;
    bool connectionIdAllowed() const;
    NangoDev::NangoDevServer *devServer() const;

    IntegrationsModel *integrationsModel() const { return m_integrations; }
    ConnectionsModel *connectionsModel() const { return m_connections; }
    EventLogModel *eventLogModel() const { return m_log; }
    QAbstractItemModel *integrations() const { return m_integrations; }
    QAbstractItemModel *connections() const { return m_connections; }
    QAbstractItemModel *eventLog() const { return m_log; }

    /// Which flow (and form) an integration needs: its auth mode, OAuth2 for any mode that is
    /// not one of NangoAuthMode's (OAUTH1, APP, … all go through the window).
    Q_INVOKABLE NangoAuthMode::Mode authMode(const QString &integrationId) const;
    NangoCatalog *catalog() const { return m_catalog; }
    /**
     * With a catalog: a fresh NangoConnectAction for @p integrationId on auth() and catalog(),
     * with the options editor's values and effectiveConnectionId(), for a face to trigger() and
     * whose credentialsRequested() it shows (every mode with fields: the provider's form). Null,
     * with the reason in the log, without a catalog or when the options do not parse. Owned by
     * the backend (its parent), deleted once a later one is made and it is no longer Connecting.
     */
    Q_INVOKABLE NangoConnectAction *connectAction(const QString &integrationId);
    NangoAuth *connectUIAuth() const;
    QUrl hostedConnectUrl() const;
    /// Opens Nango's hosted Connect UI (on the dev server: its imitation) on connectUIAuth(),
    /// its events in the log; null, with the reason in the log, without a session token.
    Q_INVOKABLE NangoConnectUISession *openHostedConnectUI();
    /// Logs the events of a Connect UI (the native dialog, the QML ConnectUI, a hosted session):
    /// anything with the signals ready(), connected(QString,QString,bool),
    /// errorOccurred(QString,QString) and closed(). @p kind names it in the log.
    Q_INVOKABLE void watchConnectUI(QObject *connectUI, const QString &kind);
    /// Starts the OAuth window or the unauthenticated create for @p integrationId. API-key and
    /// Basic integrations need the face's form instead (see authMode()); those flows are logged
    /// too. Returns false, with the reason in the log, when the options do not parse.
    Q_INVOKABLE bool connectIntegration(const QString &integrationId);
    /// The connection id to send ("" with a session token).
    Q_INVOKABLE QString effectiveConnectionId() const;
    Q_INVOKABLE void newConnectionId();
    QString connectionId() const;
    void setConnectionId(const QString &connectionId);
    QString lastResult() const { return m_lastResult; }
    QString lastResultKind() const { return m_lastResultKind; }
    /// Copies the full authorization URL of connection row @p row to the clipboard (the user
    /// pastes it into a browser when the system browser did not come up).
    Q_INVOKABLE bool copyAuthorizationUrl(int row);
    /// Adds an integration by hand (a real server's integrations are not listed to the frontend).
    Q_INVOKABLE bool addIntegration(const QString &key, const QString &authMode);
    /// The options editor's values, or empty options with @p problem filled.
    NangoAuthOptions options(QString *problem) const;
    /// For a face's API-key or Basic form (which runs the flow itself): the options editor's
    /// values in @p options, or false with the reason in the event log.
    bool formOptions(NangoAuthOptions *options);
    /// formOptions() with the JS SDK's keys, for the QML forms' `options`; null when they do not parse.
    Q_INVOKABLE QVariant jsFormOptions();
    /// Masks every secret the demo knows of (tokens, HMAC) in @p text.
    QString masked(const QString &text) const;

    static QString generatedConnectionId();

Q_SIGNALS:
    void authChanged();
    void serverChanged();
    void connectionIdChanged();
    void optionsChanged();
    void lastResultChanged();

private Q_SLOTS:
    void connectUIReady();
    void connectUIConnected(const QString &providerConfigKey, const QString &connectionId, bool isPending);
    void connectUIError(const QString &type, const QString &message);
    void connectUIClosed();

private:
    QString connectUIKind() const;
    void log(const QString &level, const QString &text);
    /// The event log, the connections list and the result banner follow @p auth's flows.
    void watchFlows(NangoAuth *auth);
    void onFlowStarted(NangoAuthFlow *flow, const QString &connectionId);
    void onFlowFinished(NangoAuthFlow *flow);
    void applyServer();
    /// Reads the embedded dev server's catalog (session, integrations, providers) and waits for it
    /// (loopback: milliseconds), so the faces start with the list. False when it did not load.
    bool loadCatalog(QString *error);
    /// The integrations list from the catalog's NangoIntegrationsModel.
    void syncIntegrations();
    static void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QPointer<NangoAuth> m_auth;
    NangoDev::NangoDevServer *m_server = nullptr;
    NangoAuth *m_catalogAuth = nullptr;
    NangoCatalog *m_catalog = nullptr;
    QList<QPointer<NangoConnectAction>> m_actions;
    Config m_config;
    IntegrationsModel *m_integrations;
    ConnectionsModel *m_connections;
    EventLogModel *m_log;
    QString m_connectionId;
    QString m_params;
    QString m_userScope;
    QString m_authorizationParams;
    QString m_hmac;
    bool m_detectClosedAuthWindow = true;
    bool m_systemBrowser = false;
    QString m_lastResult;
    QString m_lastResultKind;
};
