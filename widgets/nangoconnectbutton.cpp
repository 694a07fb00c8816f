// SPDX-License-Identifier: MIT
#include "nangoconnectbutton.h"

#include "nangocredentialsdialog.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>

#include <QPointer>

class NangoConnectButtonPrivate
{
public:
    QPointer<NangoAuth> auth;
    QString integrationId;
    QString displayName;
    QString connectionId;
    NangoConnectButton::AuthKind kind = NangoConnectButton::AuthKind::OAuth;
    NangoConnectButton::State state = NangoConnectButton::State::Idle;
    QString errorMessage;
    QPointer<NangoCredentialsDialog> dialog;
};

namespace {
QString label(const NangoConnectButtonPrivate *d)
{
    const QString name = d->displayName.isEmpty() ? d->integrationId : d->displayName;
    switch (d->state) {
    case NangoConnectButton::State::Connecting:
        return NangoConnectButton::tr("Connecting…", "@action:button");
    case NangoConnectButton::State::Connected:
        return NangoConnectButton::tr("Connected", "@action:button");
    case NangoConnectButton::State::Failed:
        return NangoConnectButton::tr("Retry %1", "@action:button").arg(name);
    case NangoConnectButton::State::Idle:
        break;
    }
    return NangoConnectButton::tr("Connect %1", "@action:button").arg(name);
}
} // namespace

NangoConnectButton::NangoConnectButton(QWidget *parent)
    : QPushButton(parent)
    , d(new NangoConnectButtonPrivate)
{
    setObjectName(QStringLiteral("NangoConnectButton"));
    setText(label(d.get()));
    connect(this, &QPushButton::clicked, this, &NangoConnectButton::connectAccount);
}

NangoConnectButton::~NangoConnectButton() = default;

NangoAuth *NangoConnectButton::auth() const { return d->auth; }
void NangoConnectButton::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    d->auth = auth;
    Q_EMIT authChanged();
}

QString NangoConnectButton::integrationId() const { return d->integrationId; }
void NangoConnectButton::setIntegrationId(const QString &integrationId)
{
    if (d->integrationId == integrationId)
        return;
    d->integrationId = integrationId;
    setText(label(d.get()));
    setAccessibleName(text());
    Q_EMIT integrationIdChanged();
}

QString NangoConnectButton::displayName() const { return d->displayName; }
void NangoConnectButton::setDisplayName(const QString &name)
{
    if (d->displayName == name)
        return;
    d->displayName = name;
    setText(label(d.get()));
    setAccessibleName(text());
    Q_EMIT displayNameChanged();
}

QString NangoConnectButton::connectionId() const { return d->connectionId; }
void NangoConnectButton::setConnectionId(const QString &connectionId)
{
    if (d->connectionId == connectionId)
        return;
    d->connectionId = connectionId;
    Q_EMIT connectionIdChanged();
}

NangoConnectButton::AuthKind NangoConnectButton::authKind() const { return d->kind; }
void NangoConnectButton::setAuthKind(AuthKind kind)
{
    if (d->kind == kind)
        return;
    d->kind = kind;
    Q_EMIT authKindChanged();
}

NangoConnectButton::State NangoConnectButton::state() const { return d->state; }
QString NangoConnectButton::errorMessage() const { return d->errorMessage; }

void NangoConnectButton::connectAccount()
{
    if (d->state == State::Connecting)
        return;
    const auto setState = [this](State state, const QString &error = QString()) {
        d->state = state;
        d->errorMessage = error;
        setText(label(d.get()));
        setAccessibleName(text());
        setToolTip(error);
        setEnabled(state != State::Connecting);
        Q_EMIT stateChanged(state);
    };
    const auto onSucceeded = [this, setState](const QString &key, const QString &id) {
        setState(State::Connected);
        Q_EMIT succeeded(key, id);
    };
    const auto onFailed = [this, setState](const QString &type, const QString &message) {
        setState(State::Failed, message);
        Q_EMIT failed(type, message);
    };
    if (!d->auth) {
        onFailed(QStringLiteral("missing_auth_token"), tr("This button is not connected to a NangoAuth object."));
        return;
    }
    setState(State::Connecting);
    if (d->kind == AuthKind::ApiKey || d->kind == AuthKind::Basic) {
        auto *dialog = new NangoCredentialsDialog(d->auth, d->integrationId,
                                                  d->kind == AuthKind::ApiKey ? NangoCredentialsDialog::Kind::ApiKey
                                                                              : NangoCredentialsDialog::Kind::Basic,
                                                  window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setConnectionId(d->connectionId);
        d->dialog = dialog;
        connect(dialog, &NangoCredentialsDialog::succeeded, this, onSucceeded);
        // Errors stay in the dialog so the user can correct them; closing it without success is a cancel.
        connect(dialog, &QDialog::rejected, this, [setState] { setState(State::Idle); });
        dialog->open();
        return;
    }
    NangoAuthFlow *flow = d->kind == AuthKind::None ? d->auth->create(d->integrationId, d->connectionId)
                                                    : d->auth->auth(d->integrationId, d->connectionId);
    connect(flow, &NangoAuthFlow::succeeded, this, onSucceeded);
    connect(flow, &NangoAuthFlow::failed, this, onFailed);
}
