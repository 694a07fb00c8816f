// SPDX-License-Identifier: MIT
#include "demobackend.h"

#include "nangodevserver.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <QClipboard>
#include <QEventLoop>
#include <QTimer>
#include <QGuiApplication>

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace {
// Every live DemoBackend, newest last: the newest gets the library's log lines. The message
// handler is installed while the list is not empty (installing it once per backend would make
// the second one call itself as its "previous" handler). Guarded by s_backendsMutex because Qt
// calls message handlers on any thread.
QBasicMutex s_backendsMutex;
QList<DemoBackend *> s_backends;
QtMessageHandler s_previousHandler = nullptr;

/// "key=value" lines; empty lines are skipped. False with @p problem on a line without '='.
bool parsePairs(const QString &text, const QString &what, QMap<QString, QString> *out, QString *problem)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = DemoBackend::tr("%1, line %2: write key=value (got \"%3\")").arg(what).arg(i + 1).arg(line);
            return false;
        }
        out->insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return true;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("error");
    }
}
} // namespace

DemoBackend::DemoBackend(QObject *parent)
    : QObject(parent)
    , m_integrations(new IntegrationsModel(this))
    , m_connections(new ConnectionsModel(this))
    , m_log(new EventLogModel(this))
    , m_connectionId(generatedConnectionId())
{
    // The library's own log lines feed the event log (they never carry secrets; the demo masks
    // what it knows on top). Debug lines of nangoqt.* are on so the log shows every step.
    QLoggingCategory::setFilterRules(QStringLiteral("nangoqt.*.debug=true"));
    const QMutexLocker lock(&s_backendsMutex);
    if (s_backends.isEmpty())
        s_previousHandler = qInstallMessageHandler(&DemoBackend::messageHandler);
    s_backends.append(this);
}

DemoBackend::~DemoBackend()
{
    const QMutexLocker lock(&s_backendsMutex);
    s_backends.removeOne(this);
    if (s_backends.isEmpty()) {
        qInstallMessageHandler(s_previousHandler);
        s_previousHandler = nullptr;
    }
}

void DemoBackend::messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    const bool ours = category.startsWith(QLatin1String("nangoqt."));
    QtMessageHandler previous;
    QPointer<DemoBackend> target;
    {
        // A backend being destroyed waits here, so it is alive while the pointer is taken.
        const QMutexLocker lock(&s_backendsMutex);
        previous = s_previousHandler;
        if (ours && !s_backends.isEmpty())
            target = s_backends.last();
    }
    // The terminal keeps what it always showed (not the debug chatter the log turns on).
    if (previous && (!ours || type != QtDebugMsg))
        previous(type, context, message);
    if (!target)
        return;
    const QString text = QStringLiteral("%1: %2").arg(category, message);
    const QString level = levelName(type);
    QMetaObject::invokeMethod(target, [target, level, text] {
        if (target)
            target->log(level, text);
    }, Qt::QueuedConnection);
}

bool DemoBackend::start(const Config &config, QString *error)
{
    m_config = config;
    if (config.host.isEmpty()) {
        m_server = new NangoDev::NangoDevServer(this);
        m_server->setEra(config.devServerEra == QLatin1String("seed") ? NangoDev::Era::Seed : NangoDev::Era::Current);
        if (!m_server->loadIntegrations(NangoDev::NangoDevServer::sampleIntegrationsFile(), error)
            || !m_server->listen(0, error))
            return false;
        m_config.host = m_server->url();
        if (config.devSessionTokens && m_server->era() == NangoDev::Era::Current)
            m_config.sessionToken = m_server->createConnectSession(QStringLiteral("demo-user"));
        else
            m_config.publicKey = m_server->publicKey();
        QString catalogError;
        if (!loadCatalog(&catalogError)) {
            // The list as the server has it, without the catalog's forms.
            log(QStringLiteral("warning"), tr("The dev server's catalog did not load (%1): integrations listed without their forms").arg(catalogError));
            delete m_catalog;
            m_catalog = nullptr;
            QList<IntegrationsModel::Integration> list;
            for (const NangoDev::Integration &integration : m_server->integrations())
                list.append({integration.uniqueKey, integration.displayName, integration.authMode});
            m_integrations->setIntegrations(list);
        }
        log(QStringLiteral("info"), tr("Embedded dev server (%1 era) listening on %2")
                                        .arg(config.devServerEra, m_server->url().toString()));
    } else {
        if (config.publicKey.isEmpty() && config.sessionToken.isEmpty()) {
            *error = tr("A real Nango needs --public-key or a connect session token ($NANGO_CONNECT_SESSION_TOKEN).");
            return false;
        }
        for (const QString &entry : config.integrations) {
            const QStringList parts = entry.split(QLatin1Char(':'));
            if (!addIntegration(parts.value(0), parts.value(1, QStringLiteral("OAUTH2")))) {
                *error = tr("Bad --integration \"%1\": write KEY or KEY:OAUTH2|API_KEY|BASIC|NONE").arg(entry);
                return false;
            }
        }
        log(QStringLiteral("info"), tr("Using the Nango server at %1").arg(config.host.toDisplayString(QUrl::RemoveUserInfo)));
    }
    applyServer();
    Q_EMIT serverChanged();
    return true;
}

bool DemoBackend::loadCatalog(QString *error)
{
    // The catalog needs a connect session token; with the public key the flows use, the demo
    // reads it with a session of its own (the dev server is the demo's backend here).
    m_catalogAuth = new NangoAuth(this);
    m_catalogAuth->setHost(m_config.host);
    m_catalogAuth->setConnectSessionToken(m_config.sessionToken.isEmpty() ? m_server->createConnectSession(QStringLiteral("demo-catalog"))
                                                                          : m_config.sessionToken);
    m_catalogAuth->setDebug(true);
    watchFlows(m_catalogAuth); // the Connect UIs connect through it
    m_catalog = new NangoCatalog(m_catalogAuth, this);
    NangoIntegrationsModel *model = m_catalog->integrationsModel();
    const auto complete = [this, model] {
        if (!m_catalog->hasIntegrations())
            return false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(NangoIntegrationsModel::AuthModeNameRole).toString().isEmpty())
                return false;
        }
        return true;
    };
    QEventLoop loop;
    QString failure;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, [&] {
        failure = tr("timed out");
        loop.quit();
    });
    connect(m_catalog, &NangoCatalog::loaded, &loop, [&] {
        if (complete())
            loop.quit();
    });
    connect(m_catalog, &NangoCatalog::failed, &loop, [&](NangoCatalog::Request, const QString &, const QString &type, const QString &message) {
        failure = type + QLatin1String(": ") + message;
        loop.quit();
    });
    m_catalog->load();
    timer.start(15000);
    loop.exec();
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    syncIntegrations();
    // A provider read later (its auth mode) updates its rows.
    connect(model, &QAbstractItemModel::dataChanged, this, &DemoBackend::syncIntegrations);
    connect(model, &QAbstractItemModel::modelReset, this, &DemoBackend::syncIntegrations);
    log(QStringLiteral("info"), tr("Catalog: %n integration(s) of the session", nullptr, model->rowCount()));
    return true;
}

void DemoBackend::syncIntegrations()
{
    const NangoIntegrationsModel *model = m_catalog->integrationsModel();
    QList<IntegrationsModel::Integration> list;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const QString key = index.data(NangoIntegrationsModel::UniqueKeyRole).toString();
        QString name = index.data(NangoIntegrationsModel::DisplayNameRole).toString();
        if (name == key)
            name.clear(); // no display name of its own
        QString mode = index.data(NangoIntegrationsModel::AuthModeNameRole).toString();
        if (mode.isEmpty())
            mode = m_catalog->integration(key).value(QStringLiteral("auth_mode")).toString();
        list.append({key, name, mode});
    }
    if (list.size() == m_integrations->rowCount()) {
        for (const IntegrationsModel::Integration &integration : list)
            m_integrations->addIntegration(integration); // in place: the selection stays
    } else {
        m_integrations->setIntegrations(list);
    }
}

NangoConnectAction *DemoBackend::connectAction(const QString &integrationId)
{
    if (!m_auth || !m_catalog) {
        log(QStringLiteral("error"), tr("No catalog to connect %1 with.").arg(integrationId));
        return nullptr;
    }
    QString problem;
    const NangoAuthOptions opts = options(&problem);
    if (!problem.isEmpty()) {
        log(QStringLiteral("error"), problem);
        return nullptr;
    }
    m_auth->setBrowser(m_systemBrowser ? NangoAuth::Browser::System : NangoAuth::Browser::Auto);
    for (const QPointer<NangoConnectAction> &done : std::as_const(m_actions)) {
        if (done && done->state() != NangoConnectAction::State::Connecting)
            done->deleteLater();
    }
    m_actions.removeIf([](const QPointer<NangoConnectAction> &a) { return !a || a->state() != NangoConnectAction::State::Connecting; });
    auto *action = new NangoConnectAction(this);
    // A parent: the QML engine never deletes it.
    action->setAuth(m_auth);
    action->setCatalog(m_catalog);
    action->setIntegrationId(integrationId);
    if (const IntegrationsModel::Integration *integration = m_integrations->find(integrationId))
        action->setDisplayName(integration->displayName);
    action->setConnectionId(effectiveConnectionId());
    action->setOptions(opts);
    // What fails before any flow starts (the catalog) is not in the flows' log lines.
    connect(action, &NangoConnectAction::failed, this, [this, action, integrationId](const QString &type, const QString &message) {
        if (action->resolvedAuthMode() == NangoAuthMode::Unknown)
            log(QStringLiteral("warning"), tr("✗ %1: the catalog failed: %2 — %3").arg(integrationId, type, message));
    });
    connect(action, &NangoConnectAction::credentialsRequested, this, [this, integrationId](NangoCredentialsFormModel *form) {
        log(QStringLiteral("info"), tr("→ %1: the %2 form asks %3").arg(integrationId, form->authModeName(), form->fieldNames().join(QLatin1String(", "))));
    });
    m_actions.append(action);
    return action;
}

NangoAuth *DemoBackend::connectUIAuth() const
{
    if (m_catalogAuth)
        return m_catalogAuth;
    return m_auth && !m_auth->connectSessionToken().isEmpty() ? m_auth.data() : nullptr;
}

QUrl DemoBackend::hostedConnectUrl() const
{
    if (m_server) {
        QUrl url = m_config.host;
        url.setPath(QStringLiteral("/connect"));
        return url;
    }
    return m_config.connectUrl.isEmpty() ? NangoConnectUIOptions().baseUrl() : m_config.connectUrl;
}

NangoConnectUISession *DemoBackend::openHostedConnectUI()
{
    NangoAuth *auth = connectUIAuth();
    if (!auth) {
        log(QStringLiteral("error"), tr("The Connect UI needs a connect session token: start the demo with --session-token "
                                        "or $NANGO_CONNECT_SESSION_TOKEN."));
        return nullptr;
    }
    NangoConnectUIOptions options;
    options.setBaseUrl(hostedConnectUrl());
    options.setDetectClosedAuthWindow(m_detectClosedAuthWindow);
    auth->setBrowser(m_systemBrowser ? NangoAuth::Browser::System : NangoAuth::Browser::Auto);
    NangoConnectUISession *session = auth->openConnectUI(options);
    log(QStringLiteral("info"), tr("Hosted Connect UI: opening %1").arg(session->url().toDisplayString(QUrl::RemoveUserInfo)));
    watchConnectUI(session, tr("Hosted Connect UI"));
    return session;
}

void DemoBackend::watchConnectUI(QObject *connectUI, const QString &kind)
{
    if (!connectUI)
        return;
    // By signature: the dialog, the QML item and the hosted session share the four signals.
    QObject::connect(connectUI, SIGNAL(ready()), this, SLOT(connectUIReady()));
    QObject::connect(connectUI, SIGNAL(connected(QString,QString,bool)), this, SLOT(connectUIConnected(QString,QString,bool)));
    QObject::connect(connectUI, SIGNAL(errorOccurred(QString,QString)), this, SLOT(connectUIError(QString,QString)));
    QObject::connect(connectUI, SIGNAL(closed()), this, SLOT(connectUIClosed()));
    connectUI->setProperty("_demoKind", kind);
}

QString DemoBackend::connectUIKind() const
{
    const QString kind = sender() ? sender()->property("_demoKind").toString() : QString();
    return kind.isEmpty() ? tr("Connect UI") : kind;
}

void DemoBackend::connectUIReady()
{
    log(QStringLiteral("info"), tr("%1: ready").arg(connectUIKind()));
}

void DemoBackend::connectUIConnected(const QString &providerConfigKey, const QString &connectionId, bool isPending)
{
    log(QStringLiteral("info"), tr("%1: connected %2 as %3%4").arg(connectUIKind(), providerConfigKey, connectionId,
                                                                   isPending ? tr(" (pending)") : QString()));
    if (m_lastResultKind != QLatin1String("success") || !m_lastResult.contains(connectionId)) {
        // A hosted Connect UI's flows run in its web page, not through a NangoAuthFlow of ours.
        m_lastResultKind = QStringLiteral("success");
        m_lastResult = tr("Connected %1 — connection %2.").arg(providerConfigKey, connectionId);
        Q_EMIT lastResultChanged();
    }
}

void DemoBackend::connectUIError(const QString &type, const QString &message)
{
    log(QStringLiteral("warning"), tr("%1: %2 — %3").arg(connectUIKind(), type, message));
}

void DemoBackend::connectUIClosed()
{
    log(QStringLiteral("info"), tr("%1: closed").arg(connectUIKind()));
}

NangoAuth *DemoBackend::auth() const { return m_auth; }

void DemoBackend::setAuth(NangoAuth *auth)
{
    if (m_auth == auth)
        return;
    if (m_auth)
        m_auth->disconnect(this);
    m_auth = auth;
    if (m_auth) {
        watchFlows(m_auth);
        applyServer();
    }
    Q_EMIT authChanged();
}

void DemoBackend::watchFlows(NangoAuth *auth)
{
    connect(auth, &NangoAuth::flowStarted, this, [this, auth](NangoAuthFlow *flow) {
        // The Connect UIs' flows run on the session-token NangoAuth: the server names their connection.
        onFlowStarted(flow, auth == m_auth ? effectiveConnectionId() : QString());
    });
    connect(auth, &NangoAuth::flowFinished, this, &DemoBackend::onFlowFinished);
}

void DemoBackend::onFlowFinished(NangoAuthFlow *flow)
{
    const IntegrationsModel::Integration *integration = m_integrations->find(flow->integrationId());
    const QString name = integration && !integration->displayName.isEmpty() ? integration->displayName : flow->integrationId();
    if (flow->state() == NangoAuthFlow::State::Succeeded) {
        log(QStringLiteral("info"), tr("✓ %1 connected as %2%3").arg(flow->providerConfigKey(), flow->connectionId(),
                                                                      flow->isPending() ? tr(" (pending)") : QString()));
        m_lastResultKind = QStringLiteral("success");
        m_lastResult = flow->isPending() ? tr("Connected %1 — connection %2, pending the provider's approval.").arg(name, flow->connectionId())
                                         : tr("Connected %1 — connection %2.").arg(name, flow->connectionId());
        newConnectionId(); // the next connection gets a fresh id
    } else {
        log(QStringLiteral("warning"), tr("✗ %1 failed: %2 — %3").arg(flow->integrationId(), flow->errorType(), flow->errorMessage()));
        const bool cancelled = flow->errorType() == QLatin1String(NangoErrorType::AuthorizationCancelled);
        m_lastResultKind = cancelled ? QStringLiteral("cancelled") : QStringLiteral("failure");
        QString message = masked(flow->errorMessage());
        if (flow->errorType() == QLatin1String("deprecated_authentication") /* the server's code */)
            message += QLatin1Char(' ') + tr("In this demo: start it with a session token (--session-token or $NANGO_CONNECT_SESSION_TOKEN; "
                                             "on the embedded dev server, --dev-session-token).");
        m_lastResult = cancelled ? tr("Cancelled %1: %2").arg(name, message) : tr("Could not connect %1: %2").arg(name, message);
    }
    Q_EMIT lastResultChanged();
}

void DemoBackend::applyServer()
{
    if (!m_auth || m_config.host.isEmpty())
        return;
    m_auth->setHost(m_config.host);
    m_auth->setPublicKey(m_config.publicKey);
    m_auth->setConnectSessionToken(m_config.sessionToken);
    m_auth->setDebug(true);
}

QString DemoBackend::serverDescription() const
{
    if (m_server)
        return tr("Embedded dev server at %1 (%2)").arg(m_config.host.toString(),
                                                       m_config.sessionToken.isEmpty() ? tr("public key") : tr("connect session token"));
    return tr("Nango at %1 (%2)").arg(m_config.host.toDisplayString(QUrl::RemoveUserInfo),
                                      m_config.sessionToken.isEmpty() ? tr("public key") : tr("connect session token"));
}

bool DemoBackend::usingDevServer() const { return m_server != nullptr; }
bool DemoBackend::connectionIdAllowed() const { return m_config.sessionToken.isEmpty(); }
NangoDev::NangoDevServer *DemoBackend::devServer() const { return m_server; }

NangoAuthMode::Mode DemoBackend::authMode(const QString &integrationId) const
{
    const IntegrationsModel::Integration *integration = m_integrations->find(integrationId);
    const NangoAuthMode::Mode mode = NangoAuthMode::fromNangoName(integration ? integration->authMode : QString());
    return mode == NangoAuthMode::Unknown ? NangoAuthMode::OAuth2 : mode; // anything else tries the window
}

QString DemoBackend::effectiveConnectionId() const
{
    return connectionIdAllowed() ? m_connectionId.trimmed() : QString();
}

NangoAuthOptions DemoBackend::options(QString *problem) const
{
    NangoAuthOptions options;
    QMap<QString, QString> params, authorizationParams;
    if (!parsePairs(m_params, tr("Params"), &params, problem)
        || !parsePairs(m_authorizationParams, tr("Authorization params"), &authorizationParams, problem))
        return {};
    options.setParams(params);
    options.setAuthorizationParams(authorizationParams);
    QStringList scopes;
    for (const QString &scope : m_userScope.split(QLatin1Char(','), Qt::SkipEmptyParts))
        scopes << scope.trimmed();
    options.setUserScope(scopes);
    options.setHmac(m_hmac.trimmed());
    options.setDetectClosedAuthWindow(m_detectClosedAuthWindow);
    return options;
}

bool DemoBackend::formOptions(NangoAuthOptions *options)
{
    QString problem;
    *options = this->options(&problem);
    if (problem.isEmpty())
        return true;
    log(QStringLiteral("error"), problem);
    return false;
}

QVariant DemoBackend::jsFormOptions()
{
    NangoAuthOptions options;
    if (!formOptions(&options))
        return {};
    const auto toMap = [](const QMap<QString, QString> &pairs) {
        QVariantMap map;
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
            map.insert(it.key(), it.value());
        return map;
    };
    QVariantMap map{{QStringLiteral("params"), toMap(options.params())},
                    {QStringLiteral("authorization_params"), toMap(options.authorizationParams())},
                    {QStringLiteral("user_scope"), options.userScope()},
                    {QStringLiteral("detectClosedAuthWindow"), options.detectClosedAuthWindow()}};
    if (!options.hmac().isEmpty())
        map.insert(QStringLiteral("hmac"), options.hmac());
    return map;
}

bool DemoBackend::connectIntegration(const QString &integrationId)
{
    if (!m_auth) {
        log(QStringLiteral("error"), tr("No NangoAuth object: the demo is not set up."));
        return false;
    }
    QString problem;
    const NangoAuthOptions opts = options(&problem);
    if (!problem.isEmpty()) {
        log(QStringLiteral("error"), problem);
        return false;
    }
    m_auth->setBrowser(m_systemBrowser ? NangoAuth::Browser::System : NangoAuth::Browser::Auto);
    if (authMode(integrationId) == NangoAuthMode::None)
        m_auth->create(integrationId, effectiveConnectionId(), opts);
    else
        m_auth->auth(integrationId, effectiveConnectionId(), opts);
    return true;
}

void DemoBackend::onFlowStarted(NangoAuthFlow *flow, const QString &connection)
{
    m_connections->track(flow, connection);
    log(QStringLiteral("info"), tr("→ %1: %2 flow started%3").arg(flow->integrationId(), QString::fromLatin1(QMetaEnum::fromType<NangoAuthMode::Mode>().valueToKey(flow->authMode())),
                                                                connection.isEmpty() ? QString() : tr(" for connection %1").arg(connection)));
}

QString DemoBackend::connectionId() const
{
    return connectionIdAllowed() ? m_connectionId : QString();
}

void DemoBackend::setConnectionId(const QString &connectionId)
{
    if (m_connectionId == connectionId)
        return;
    m_connectionId = connectionId;
    Q_EMIT connectionIdChanged();
}

bool DemoBackend::copyAuthorizationUrl(int row)
{
    const QUrl url = m_connections->authorizationUrl(row);
    if (url.isEmpty() || !QGuiApplication::clipboard())
        return false;
    QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
    log(QStringLiteral("info"), tr("Copied the authorization link of %1 to the clipboard")
                                    .arg(m_connections->index(row).data(ConnectionsModel::IntegrationRole).toString()));
    return true;
}

void DemoBackend::newConnectionId()
{
    m_connectionId = generatedConnectionId();
    Q_EMIT connectionIdChanged();
}

QString DemoBackend::generatedConnectionId()
{
    return QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

bool DemoBackend::addIntegration(const QString &key, const QString &authMode)
{
    static const QStringList modes = {QStringLiteral("OAUTH2"), QStringLiteral("OAUTH1"), QStringLiteral("API_KEY"),
                                      QStringLiteral("BASIC"), QStringLiteral("NONE"), QStringLiteral("APP")};
    const QString mode = authMode.trimmed().toUpper();
    if (key.trimmed().isEmpty() || !modes.contains(mode))
        return false;
    m_integrations->addIntegration({key.trimmed(), QString(), mode});
    return true;
}

QString DemoBackend::masked(const QString &text) const
{
    QString out = text;
    for (const QString &secret : {m_config.sessionToken, m_hmac.trimmed()}) {
        if (secret.size() >= 4)
            out.replace(secret, QStringLiteral("••••"));
    }
    static const QRegularExpression token(QStringLiteral("nango_connect_session_[A-Za-z0-9_-]+"));
    out.replace(token, QStringLiteral("nango_connect_session_••••"));
    return out;
}

void DemoBackend::log(const QString &level, const QString &text)
{
    m_log->append(level, masked(text));
}
