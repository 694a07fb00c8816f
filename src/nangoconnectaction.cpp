// SPDX-License-Identifier: MIT
#include "nangoconnectaction.h"

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
};

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
    if (NangoAuthMode::needsCredentials(d->authMode)) {
        if (d->form)
            d->form->deleteLater(); // its view is gone; a fresh form: nothing typed lingers
        auto *form = new NangoCredentialsFormModel(d->authMode, d->auth, this);
        form->setIntegrationId(d->integrationId);
        form->setConnectionId(d->connectionId);
        form->setOptions(d->options);
        d->form = form;
        d->waitingForForm = true;
        // Errors stay in the form so the user can correct them; only success ends the action.
        connect(form, &NangoCredentialsFormModel::succeeded, this,
                [this](const QString &key, const QString &id) { d->finishSucceeded(key, id); });
        Q_EMIT credentialsRequested(form);
        return;
    }
    NangoAuthFlow *flow = d->authMode == NangoAuthMode::None ? d->auth->create(d->integrationId, d->connectionId, d->options)
                                                              : d->auth->auth(d->integrationId, d->connectionId, d->options);
    connect(flow, &NangoAuthFlow::succeeded, this, [this](const QString &key, const QString &id) { d->finishSucceeded(key, id); });
    connect(flow, &NangoAuthFlow::failed, this, [this](const QString &type, const QString &message) { d->finishFailed(type, message); });
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
