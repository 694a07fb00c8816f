// SPDX-License-Identifier: MIT
#include "nangocredentialsform.h"

#include "nangomessagewidget_p.h"

#include <NangoQt/NangoAuthFlow>

#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

class NangoCredentialsFormPrivate
{
public:
    QPointer<NangoAuth> auth;
    QString integrationId;
    QString connectionId;
    NangoAuthOptions options;
    QFormLayout *fields = nullptr;
    NangoMessageWidget *error = nullptr;
    QPushButton *submit = nullptr;
    QPointer<QObject> flow;
};

NangoCredentialsForm::NangoCredentialsForm(NangoAuth *auth, QWidget *parent)
    : QWidget(parent)
    , d(new NangoCredentialsFormPrivate)
{
    d->auth = auth;
    auto *layout = new QVBoxLayout(this);
    d->fields = new QFormLayout;
    layout->addLayout(d->fields);

    d->error = new NangoMessageWidget(this);
    layout->addWidget(d->error);

    d->submit = new QPushButton(tr("&Connect", "@action:button"), this);
    d->submit->setObjectName(QStringLiteral("submitButton"));
    d->submit->setDefault(true);
    d->submit->setAccessibleName(tr("Connect"));
    layout->addWidget(d->submit, 0, Qt::AlignRight);
    connect(d->submit, &QPushButton::clicked, this, &NangoCredentialsForm::submit);
}

NangoCredentialsForm::~NangoCredentialsForm() = default;

NangoAuth *NangoCredentialsForm::auth() const { return d->auth; }
void NangoCredentialsForm::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    d->auth = auth;
    Q_EMIT authChanged();
}
QString NangoCredentialsForm::integrationId() const { return d->integrationId; }
void NangoCredentialsForm::setIntegrationId(const QString &integrationId)
{
    if (d->integrationId == integrationId)
        return;
    d->integrationId = integrationId;
    Q_EMIT integrationIdChanged();
}
QString NangoCredentialsForm::connectionId() const { return d->connectionId; }
void NangoCredentialsForm::setConnectionId(const QString &connectionId)
{
    if (d->connectionId == connectionId)
        return;
    d->connectionId = connectionId;
    Q_EMIT connectionIdChanged();
}
bool NangoCredentialsForm::isBusy() const { return d->flow != nullptr; }
QString NangoCredentialsForm::errorText() const { return d->error->isHidden() ? QString() : d->error->text(); }
QFormLayout *NangoCredentialsForm::fieldsLayout() const { return d->fields; }
QPushButton *NangoCredentialsForm::submitButton() const { return d->submit; }

bool NangoCredentialsForm::accept(const QString &problem, QWidget *field)
{
    if (problem.isEmpty())
        return true;
    showError(problem);
    if (field)
        field->setFocus();
    return false;
}

NangoAuthOptions NangoCredentialsForm::options() const { return d->options; }
void NangoCredentialsForm::setOptions(const NangoAuthOptions &options) { d->options = options; }

void NangoCredentialsForm::run(const NangoAuthOptions &credentials)
{
    if (d->flow)
        return;
    if (!d->auth) {
        accept(tr("This form is not connected to a NangoAuth object."), nullptr);
        return;
    }
    showError(QString());
    NangoAuthOptions options = d->options; // only the typed credentials are sent
    options.clearApiKey();
    options.clearBasicCredentials();
    options.setOAuthClientIdOverride(QString());
    options.setOAuthClientSecretOverride(QString());
    options.setOtherCredentials({});
    if (credentials.hasApiKey())
        options.setApiKey(credentials.apiKey());
    if (credentials.hasUsername())
        options.setUsername(credentials.username());
    if (credentials.hasPassword())
        options.setPassword(credentials.password());
    NangoAuthFlow *flow = d->auth->auth(d->integrationId, d->connectionId, options);
    connect(flow, &NangoAuthFlow::succeeded, this, [this](const QString &key, const QString &id) {
        setBusyFlow(nullptr);
        Q_EMIT succeeded(key, id);
    });
    connect(flow, &NangoAuthFlow::failed, this, [this](const QString &type, const QString &message) {
        setBusyFlow(nullptr);
        accept(message, nullptr); // the server's error, inline
        Q_EMIT failed(type, message);
    });
    setBusyFlow(flow);
}

void NangoCredentialsForm::showError(const QString &text)
{
    d->error->setText(text);
    // The message wraps; a window that holds only this form (a dialog) grows with it.
    if (QWidget *top = window(); top != this && top->isVisible() && top->layout())
        top->adjustSize();
    Q_EMIT errorTextChanged();
}

void NangoCredentialsForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Every form opens with the focus in its first empty field, so typing goes somewhere.
    for (int row = 0; row < d->fields->rowCount(); ++row) {
        QLayoutItem *item = d->fields->itemAt(row, QFormLayout::FieldRole);
        QWidget *field = item ? item->widget() : nullptr;
        auto *edit = qobject_cast<QLineEdit *>(field);
        if (!edit && field)
            edit = field->findChild<QLineEdit *>();
        if (edit && edit->isEnabled() && edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void NangoCredentialsForm::setBusyFlow(QObject *flow)
{
    const bool wasBusy = isBusy();
    d->flow = flow;
    const bool busy = isBusy();
    // Fields and button are disabled while the request runs; the button says so.
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != d->error)
            child->setEnabled(!busy);
    }
    d->submit->setEnabled(!busy); // also when a dialog hosts it in its button box
    d->submit->setText(busy ? tr("Connecting…", "@action:button") : tr("&Connect", "@action:button"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    if (wasBusy != busy)
        Q_EMIT busyChanged(busy);
}
