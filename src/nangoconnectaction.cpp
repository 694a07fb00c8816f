// SPDX-License-Identifier: MIT
#include "nangoconnectaction.h"
#include "nangotranslations.h"

#include "nangologging_p.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <QPointer>

class NangoConnectActionPrivate
{
public:
    explicit NangoConnectActionPrivate(NangoConnectAction *q)
        : q(q)
    {
    }
    /// Emits shownNameChanged() and textChanged() for what differs from before.
    void labelChanged(const QString &shownBefore, const QString &textBefore);
    void setState(NangoConnectAction::State state, const QString &type = QString(), const QString &message = QString());
    void finishSucceeded(const QString &key, const QString &id);
    void finishFailed(const QString &type, const QString &message);
    /// With a catalog: loads what is missing, or runs the provider's flow once all is cached.
    void fromCatalog();
    /// Runs @p mode's flow; with a catalog, @p provider and @p integration give a form its schema.
    void run(NangoAuthMode::Mode mode, const QVariantMap &provider = QVariantMap(), const QVariantMap &integration = QVariantMap(),
             const QVariantMap &configDefaults = QVariantMap());
    void setResolvedAuthMode(NangoAuthMode::Mode mode);

    NangoConnectAction *const q;
    QPointer<NangoAuth> auth;
    QString integrationId;
    QString displayName;
    QString connectionId;
    NangoAuthMode::Mode authMode = NangoAuthMode::OAuth2;
    NangoAuthOptions options;
    NangoConnectAction::State state = NangoConnectAction::State::Idle;
    QString errorType;
    QString errorMessage;
    QPointer<NangoCredentialsFormModel> form;
    bool waitingForForm = false; // Connecting until form succeeds or its view is closed
    QPointer<NangoCatalog> catalog;
    bool waitingForCatalog = false; // Connecting while the catalog loads what trigger() needs
    NangoCatalog::Request pendingRequest = NangoCatalog::Session; // the load waited for
    QString pendingName;                                        // its provider, for a Provider load
    NangoAuthMode::Mode resolvedAuthMode = NangoAuthMode::Unknown;
    QPointer<NangoAuthFlow> flow; // the OAuth (or create) flow under way
    bool inSystemBrowser = false; // what inSystemBrowserChanged() last announced
    QUrl systemBrowserUrl;
    /// Emits inSystemBrowserChanged() when isInSystemBrowser() or authorizationUrl() changed.
    void updateInSystemBrowser();
};

void NangoConnectActionPrivate::updateInSystemBrowser()
{
    const bool now = q->isInSystemBrowser();
    const QUrl url = q->authorizationUrl();
    if (now == inSystemBrowser && url == systemBrowserUrl)
        return;
    inSystemBrowser = now;
    systemBrowserUrl = url;
    Q_EMIT q->inSystemBrowserChanged();
}

void NangoConnectActionPrivate::setResolvedAuthMode(NangoAuthMode::Mode mode)
{
    if (resolvedAuthMode == mode)
        return;
    resolvedAuthMode = mode;
    Q_EMIT q->resolvedAuthModeChanged();
}

void NangoConnectActionPrivate::fromCatalog()
{
    NangoCatalog *c = catalog;
    if (!c) {
        waitingForCatalog = false;
        finishFailed(QLatin1String(NangoErrorType::InvalidResponse), NangoConnectAction::tr("The catalog of this button is gone."));
        return;
    }
    waitingForCatalog = true;
    if (!c->hasSession()) {
        pendingRequest = NangoCatalog::Session;
        c->loadSession();
        return;
    }
    if (!c->hasIntegrations()) {
        pendingRequest = NangoCatalog::Integrations;
        c->loadIntegrations();
        return;
    }
    const QVariantMap entry = c->integration(integrationId);
    if (entry.isEmpty()) {
        waitingForCatalog = false;
        finishFailed(QStringLiteral("unknown_integration"),
                     NangoConnectAction::tr("This session may not connect \"%1\": it is not among the session's integrations.").arg(integrationId));
        return;
    }
    const QString providerName = entry.value(QStringLiteral("provider")).toString();
    if (!c->hasProvider(providerName)) {
        pendingRequest = NangoCatalog::Provider;
        pendingName = providerName;
        c->loadProvider(providerName);
        return;
    }
    waitingForCatalog = false;
    const QVariantMap provider = c->provider(providerName);
    const NangoAuthMode::Mode mode = NangoAuthMode::fromNangoName(provider.value(QStringLiteral("auth_mode")).toString());
    run(mode, provider, entry, c->integrationsConfigDefaults());
}

void NangoConnectActionPrivate::run(NangoAuthMode::Mode mode, const QVariantMap &provider, const QVariantMap &integration,
                                    const QVariantMap &configDefaults)
{
    setResolvedAuthMode(mode);
    if (NangoAuthMode::needsCredentials(mode)) {
        if (form)
            form->deleteLater(); // its view is gone; a fresh form: nothing typed lingers
        auto *newForm = new NangoCredentialsFormModel(mode, auth, q);
        newForm->setIntegrationId(integrationId);
        newForm->setConnectionId(connectionId);
        newForm->setOptions(options);
        if (!provider.isEmpty())
            newForm->setSchema(provider, integration, configDefaults);
        form = newForm;
        waitingForForm = true;
        // Errors stay in the form so the user can correct them; only success ends the action.
        QObject::connect(newForm, &NangoCredentialsFormModel::succeeded, q,
                         [this](const QString &key, const QString &id) { finishSucceeded(key, id); });
        if (newForm->hasSchema() && newForm->connectsAtOnce()) {
            // Nothing to ask: no form is shown, so its failure is the action's.
            QObject::connect(newForm, &NangoCredentialsFormModel::failed, q, [this](const QString &type, const QString &message) {
                waitingForForm = false;
                finishFailed(type, message);
            });
            if (!newForm->submit()) {
                waitingForForm = false;
                finishFailed(QLatin1String(NangoErrorType::InvalidResponse), newForm->errorText());
            }
            return;
        }
        Q_EMIT q->credentialsRequested(newForm);
        return;
    }
    NangoAuthOptions callOptions = options;
    // The provider's authorization URL (with a catalog): Browser::Auto picks the window that works for it.
    // (A Nango template URL, `https://${connectionConfig.subdomain}.example.com/…`, is kept
    // although QUrl calls it invalid: NangoAuth matches its host by suffix.)
    const QString providerUrl = provider.value(QStringLiteral("authorization_url")).toString();
    if (callOptions.providerAuthorizationUrl().isEmpty() && !providerUrl.isEmpty())
        callOptions.setProviderAuthorizationUrl(QUrl(providerUrl));
    NangoAuthFlow *flow = mode == NangoAuthMode::None ? auth->create(integrationId, connectionId, callOptions)
                                                      : auth->auth(integrationId, connectionId, callOptions);
    this->flow = flow;
    QObject::connect(flow, &NangoAuthFlow::stateChanged, q, [this] { updateInSystemBrowser(); });
    QObject::connect(flow, &NangoAuthFlow::succeeded, q, [this](const QString &key, const QString &id) {
        this->flow = nullptr;
        finishSucceeded(key, id);
    });
    QObject::connect(flow, &NangoAuthFlow::failed, q, [this](const QString &type, const QString &message) {
        this->flow = nullptr;
        finishFailed(type, message);
    });
    updateInSystemBrowser();
}

void NangoConnectActionPrivate::labelChanged(const QString &shownBefore, const QString &textBefore)
{
    if (q->shownName() != shownBefore)
        Q_EMIT q->shownNameChanged();
    if (q->text() != textBefore)
        Q_EMIT q->textChanged();
}

void NangoConnectActionPrivate::setState(NangoConnectAction::State newState, const QString &type, const QString &message)
{
    const QString textBefore = q->text();
    const bool enabledBefore = q->isEnabled();
    state = newState;
    errorType = type;
    errorMessage = message;
    // What follows from the state first, so that stateChanged() finds it all up to date.
    labelChanged(q->shownName(), textBefore);
    if (q->isEnabled() != enabledBefore)
        Q_EMIT q->enabledChanged();
    updateInSystemBrowser();
    Q_EMIT q->stateChanged(state);
}

void NangoConnectActionPrivate::finishSucceeded(const QString &key, const QString &id)
{
    waitingForForm = false;
    setState(NangoConnectAction::State::Connected);
    Q_EMIT q->succeeded(key, id);
}

void NangoConnectActionPrivate::finishFailed(const QString &type, const QString &message)
{
    setState(NangoConnectAction::State::Failed, type, message);
    Q_EMIT q->failed(type, message);
}

NangoConnectAction::NangoConnectAction(QObject *parent)
    : QObject(parent)
    , d(new NangoConnectActionPrivate(this))
{
    // text() is worded when read: a language switch (NangoTranslations) changes it.
    connect(NangoTranslations::instance(), &NangoTranslations::languageChanged, this, &NangoConnectAction::textChanged);
}

NangoConnectAction::~NangoConnectAction() = default;

NangoAuth *NangoConnectAction::auth() const { return d->auth; }
void NangoConnectAction::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    d->auth = auth;
    Q_EMIT authChanged();
}

QString NangoConnectAction::integrationId() const { return d->integrationId; }
void NangoConnectAction::setIntegrationId(const QString &integrationId)
{
    if (d->integrationId == integrationId)
        return;
    const QString shownBefore = shownName();
    const QString textBefore = text();
    d->integrationId = integrationId;
    Q_EMIT integrationIdChanged();
    d->labelChanged(shownBefore, textBefore);
}

QString NangoConnectAction::displayName() const { return d->displayName; }
void NangoConnectAction::setDisplayName(const QString &name)
{
    if (d->displayName == name)
        return;
    const QString shownBefore = shownName();
    const QString textBefore = text();
    d->displayName = name;
    Q_EMIT displayNameChanged();
    d->labelChanged(shownBefore, textBefore);
}

QString NangoConnectAction::shownName() const { return d->displayName.isEmpty() ? d->integrationId : d->displayName; }

QString NangoConnectAction::connectionId() const { return d->connectionId; }
void NangoConnectAction::setConnectionId(const QString &connectionId)
{
    if (d->connectionId == connectionId)
        return;
    d->connectionId = connectionId;
    Q_EMIT connectionIdChanged();
}

NangoAuthMode::Mode NangoConnectAction::authMode() const { return d->authMode; }
void NangoConnectAction::setAuthMode(NangoAuthMode::Mode authMode)
{
    if (d->authMode == authMode)
        return;
    d->authMode = authMode;
    Q_EMIT authModeChanged();
}

NangoCatalog *NangoConnectAction::catalog() const { return d->catalog; }
void NangoConnectAction::setCatalog(NangoCatalog *catalog)
{
    if (d->catalog == catalog)
        return;
    if (d->catalog)
        disconnect(d->catalog, nullptr, this, nullptr);
    d->catalog = catalog;
    if (catalog) {
        connect(catalog, &NangoCatalog::loaded, this, [this] {
            if (d->waitingForCatalog)
                d->fromCatalog();
        });
        connect(catalog, &NangoCatalog::failed, this,
                [this](NangoCatalog::Request request, const QString &name, const QString &type, const QString &message) {
                    // Only the load this action waits for (others may share the catalog).
                    if (!d->waitingForCatalog || request != d->pendingRequest
                        || (request == NangoCatalog::Provider && name != d->pendingName))
                        return;
                    d->waitingForCatalog = false;
                    d->finishFailed(type, message);
                });
    }
    Q_EMIT catalogChanged();
}

NangoAuthMode::Mode NangoConnectAction::resolvedAuthMode() const { return d->resolvedAuthMode; }

NangoAuthOptions NangoConnectAction::options() const { return d->options; }
void NangoConnectAction::setOptions(const NangoAuthOptions &options)
{
    d->options = options;
    Q_EMIT optionsChanged();
}

void NangoConnectAction::setOptionsMap(const QVariantMap &options)
{
    QStringList unknown;
    setOptions(NangoAuthOptions::fromVariantMap(options, &unknown));
    if (!unknown.isEmpty())
        qCWarning(lcNangoCore).noquote() << "connect action: ignoring unknown option keys:" << unknown.join(QLatin1String(", "));
}

NangoConnectAction::State NangoConnectAction::state() const { return d->state; }
QString NangoConnectAction::errorType() const { return d->errorType; }
QString NangoConnectAction::errorMessage() const { return d->errorMessage; }
bool NangoConnectAction::isEnabled() const { return d->state != State::Connecting; }
NangoCredentialsFormModel *NangoConnectAction::credentialsForm() const { return d->form; }

QString NangoConnectAction::text() const
{
    switch (d->state) {
    case State::Connecting:
        return tr("Connecting…", "@action:button");
    case State::Connected:
        return tr("Connected", "@action:button");
    case State::Failed:
        return tr("Retry %1", "@action:button").arg(shownName());
    case State::Idle:
        break;
    }
    return tr("Connect %1", "@action:button").arg(shownName());
}

void NangoConnectAction::trigger()
{
    if (d->state == State::Connecting)
        return;
    if (!d->auth) {
        d->finishFailed(QLatin1String(NangoErrorType::MissingAuthToken), tr("This button is not connected to a NangoAuth object."));
        return;
    }
    d->setState(State::Connecting);
    if (d->catalog) {
        d->fromCatalog();
        return;
    }
    d->run(d->authMode);
}

bool NangoConnectAction::isInSystemBrowser() const
{
    const NangoAuthFlow *f = d->flow;
    return d->state == State::Connecting && f && f->isInSystemBrowser() && f->state() == NangoAuthFlow::State::WaitingForUser;
}

QUrl NangoConnectAction::authorizationUrl() const
{
    return isInSystemBrowser() ? d->flow->authorizationUrl() : QUrl();
}

void NangoConnectAction::openAgain()
{
    if (isInSystemBrowser())
        d->flow->openAgain();
}

void NangoConnectAction::cancel()
{
    if (d->state != State::Connecting)
        return;
    d->waitingForCatalog = false; // a load under way no longer runs a flow
    if (d->waitingForForm) {
        d->waitingForForm = false;
        if (d->form)
            disconnect(d->form, nullptr, this, nullptr); // as cancelCredentials(): its result reaches no one
    }
    if (QPointer<NangoAuthFlow> running = d->flow) {
        d->flow = nullptr;
        disconnect(running, nullptr, this, nullptr); // its authorization_cancelled reaches no one
        running->cancel();
    }
    d->setState(State::Idle);
}

void NangoConnectAction::cancelCredentials()
{
    if (!d->waitingForForm)
        return;
    d->waitingForForm = false;
    if (d->form)
        disconnect(d->form, nullptr, this, nullptr);
    d->setState(State::Idle);
}
