// SPDX-License-Identifier: MIT
#include "nangocredentialsform.h"

#include "nangomessagewidget_p.h"

#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

class NangoCredentialsFormPrivate
{
public:
    NangoCredentialsFormModel *model = nullptr;
    NangoCredentialsFormModel *own = nullptr; // the form's own model, a child
    QHash<QString, QLineEdit *> edits; // by the model's field name
    QFormLayout *fields = nullptr;
    NangoMessageWidget *error = nullptr;
    QPushButton *submit = nullptr;
    bool busy = false; // as shown
    bool fieldErrorsInline = false;
    bool submitsItself = true;
    bool resizesWindow = true;
};

NangoCredentialsForm::NangoCredentialsForm(NangoAuthMode::Mode authMode, NangoAuth *auth, QWidget *parent)
    : QWidget(parent)
    , d(new NangoCredentialsFormPrivate)
{
    d->own = d->model = new NangoCredentialsFormModel(authMode, auth, this);
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
    connectModel();
}

NangoCredentialsForm::~NangoCredentialsForm() = default;

NangoCredentialsFormModel *NangoCredentialsForm::model() const { return d->model; }

void NangoCredentialsForm::setModel(NangoCredentialsFormModel *model)
{
    if (!model)
        model = d->own;
    if (model == d->model)
        return;
    disconnect(d->model, nullptr, this, nullptr);
    d->model = model;
    connectModel();
    if (model != d->own) // a model that goes leaves the form with its own
        connect(model, &QObject::destroyed, this, [this] { setModel(d->own); });
    for (auto it = d->edits.cbegin(); it != d->edits.cend(); ++it)
        it.value()->setText(model->value(it.key()));
    showError();
    Q_EMIT authChanged();
    Q_EMIT integrationIdChanged();
    Q_EMIT connectionIdChanged();
    if (d->busy != isBusy()) {
        updateBusy();
        Q_EMIT busyChanged(d->busy);
    }
    Q_EMIT modelChanged();
}

void NangoCredentialsForm::connectModel()
{
    NangoCredentialsFormModel *model = d->model;
    connect(model, &NangoCredentialsFormModel::authChanged, this, &NangoCredentialsForm::authChanged);
    connect(model, &NangoCredentialsFormModel::integrationIdChanged, this, &NangoCredentialsForm::integrationIdChanged);
    connect(model, &NangoCredentialsFormModel::connectionIdChanged, this, &NangoCredentialsForm::connectionIdChanged);
    connect(model, &NangoCredentialsFormModel::succeeded, this, &NangoCredentialsForm::succeeded);
    connect(model, &NangoCredentialsFormModel::failed, this, &NangoCredentialsForm::failed);
    connect(model, &NangoCredentialsFormModel::errorTextChanged, this, &NangoCredentialsForm::showError);
    connect(model, &NangoCredentialsFormModel::busyChanged, this, [this](bool busy) {
        updateBusy();
        Q_EMIT busyChanged(busy);
    });
    connect(model, &NangoCredentialsFormModel::validationFailed, this, [this](const QString &field) {
        if (QLineEdit *edit = d->edits.value(field))
            edit->setFocus();
    });
    connect(model, &NangoCredentialsFormModel::valuesChanged, this, [this] {
        for (auto it = d->edits.cbegin(); it != d->edits.cend(); ++it) {
            const QString value = d->model->value(it.key());
            if (it.value()->text() != value)
                it.value()->setText(value);
        }
    });
}

NangoAuth *NangoCredentialsForm::auth() const { return d->model->auth(); }
void NangoCredentialsForm::setAuth(NangoAuth *auth) { d->model->setAuth(auth); }
QString NangoCredentialsForm::integrationId() const { return d->model->integrationId(); }
void NangoCredentialsForm::setIntegrationId(const QString &integrationId) { d->model->setIntegrationId(integrationId); }
QString NangoCredentialsForm::connectionId() const { return d->model->connectionId(); }
void NangoCredentialsForm::setConnectionId(const QString &connectionId) { d->model->setConnectionId(connectionId); }
bool NangoCredentialsForm::isBusy() const { return d->model->isBusy(); }
QString NangoCredentialsForm::errorText() const { return d->model->errorText(); }
NangoAuthOptions NangoCredentialsForm::options() const { return d->model->options(); }
void NangoCredentialsForm::setOptions(const NangoAuthOptions &options) { d->model->setOptions(options); }
QFormLayout *NangoCredentialsForm::fieldsLayout() const { return d->fields; }
QPushButton *NangoCredentialsForm::submitButton() const { return d->submit; }

bool NangoCredentialsForm::submitsItself() const { return d->submitsItself; }
void NangoCredentialsForm::setSubmitsItself(bool submitsItself) { d->submitsItself = submitsItself; }
bool NangoCredentialsForm::resizesWindow() const { return d->resizesWindow; }
void NangoCredentialsForm::setResizesWindow(bool resizesWindow) { d->resizesWindow = resizesWindow; }

void NangoCredentialsForm::submit()
{
    if (!d->submitsItself) {
        Q_EMIT submitRequested();
        return;
    }
    d->model->submit();
}

void NangoCredentialsForm::addField(const QString &field, QLabel *label, QLineEdit *edit, QWidget *row)
{
    label->setBuddy(edit);
    d->fields->addRow(label, row ? row : edit);
    d->edits.insert(field, edit);
    edit->setText(d->model->value(field));
    connect(edit, &QLineEdit::textChanged, this, [this, field](const QString &text) { d->model->setValue(field, text); });
    connect(edit, &QLineEdit::returnPressed, this, &NangoCredentialsForm::submit);
}

void NangoCredentialsForm::clearFields()
{
    d->edits.clear();
    while (d->fields->rowCount() > 0)
        d->fields->removeRow(0);
}

void NangoCredentialsForm::setFieldErrorsShownInline(bool inlineErrors)
{
    d->fieldErrorsInline = inlineErrors;
    showError();
}

void NangoCredentialsForm::showError()
{
    const bool elsewhere = d->fieldErrorsInline && !d->model->errorField().isEmpty();
    d->error->setText(elsewhere ? QString() : d->model->errorText());
    // The message wraps; a window that holds only this form (a dialog) grows with it.
    if (QWidget *top = window(); d->resizesWindow && top != this && top->isVisible() && top->layout())
        top->adjustSize();
    Q_EMIT errorTextChanged();
}

void NangoCredentialsForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Every form opens with the focus in its first empty field, so typing goes somewhere.
    focusFirstEmptyField();
}

void NangoCredentialsForm::focusFirstEmptyField()
{
    for (int row = 0; row < d->fields->rowCount(); ++row) {
        QLayoutItem *item = d->fields->itemAt(row, QFormLayout::FieldRole);
        QWidget *field = item ? item->widget() : nullptr;
        auto *edit = qobject_cast<QLineEdit *>(field);
        if (!edit && field)
            edit = field->findChild<QLineEdit *>();
        if (edit && edit->isEnabled() && edit->isVisibleTo(this) && edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void NangoCredentialsForm::updateBusy()
{
    const bool busy = d->busy = isBusy();
    // Fields and button are disabled while the request runs; the button says so.
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != d->error)
            child->setEnabled(!busy);
    }
    d->submit->setEnabled(!busy); // also when a dialog hosts it in its button box
    d->submit->setText(busy ? tr("Connecting…", "@action:button") : tr("&Connect", "@action:button"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}
