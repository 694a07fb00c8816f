// SPDX-License-Identifier: MIT
#include "nangoconnectdialog.h"

#include "nangobrowserwait_p.h"
#include "nangoconnectlogos_p.h"
#include "nangoconnectpages_p.h"
#include "nangointegrationform.h"
#include "nangomessagewidget_p.h"

#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoLogoCache>

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using Screen = NangoConnectUIModel::Screen;

class NangoConnectDialogPrivate
{
public:
    NangoConnectDialogPrivate(NangoConnectDialog *q, NangoAuth *auth);
    void showScreen();
    void updatePicker();
    void updateForm();
    void askToClose();
    void makeDefault(QPushButton *button);
    void focusForm();
    void updateConnecting();

    NangoConnectDialog *const q;
    NangoConnectUIModel *model;
    NangoConnectLogos *logos;
    QStackedWidget *stack;
    NangoConnectStatusPage *loading;
    NangoConnectPickerPage *picker;
    NangoConnectFormPage *form;
    NangoConnectStatusPage *connecting;
    NangoConnectStatusPage *success;
    NangoConnectStatusPage *error;
    NangoBrowserWaitPanel *browserWait; // on the Connecting page while the flow waits in the system browser
    QPushButton *loadingCancel, *connectingCancel, *finish, *retry, *errorBack, *errorCancel;
    QPointer<QMessageBox> confirm;
    bool connectedThisOpen = false;
};

NangoConnectDialogPrivate::NangoConnectDialogPrivate(NangoConnectDialog *dialog, NangoAuth *auth)
    : q(dialog)
    , model(new NangoConnectUIModel(auth, dialog))
    , logos(new NangoConnectLogos(model->logos(), dialog))
    , stack(new QStackedWidget(dialog))
{
    stack->setObjectName(QStringLiteral("screens"));
    loading = new NangoConnectStatusPage(logos, QStringLiteral("loadingPage"), stack);
    loading->heading->set(NangoConnectDialog::tr("Connect an account", "@title"));
    loading->text->setText(NangoConnectDialog::tr("Loading the integrations…"));
    loading->progress->show();
    loading->progress->setAccessibleName(NangoConnectDialog::tr("Loading the integrations"));
    loadingCancel = loading->addButton(NangoConnectDialog::tr("Cancel", "@action:button"), QDialogButtonBox::RejectRole,
                                       QStringLiteral("cancelButton"), NangoConnectDialog::tr("Cancel"));
    picker = new NangoConnectPickerPage(logos, stack);
    picker->list->setModel(model->integrations());
    form = new NangoConnectFormPage(logos, stack);
    connecting = new NangoConnectStatusPage(logos, QStringLiteral("connectingPage"), stack);
    connecting->progress->show();
    connecting->progress->setAccessibleName(NangoConnectDialog::tr("Connecting"));
    connectingCancel = connecting->addButton(NangoConnectDialog::tr("Cancel", "@action:button"), QDialogButtonBox::RejectRole,
                                             QStringLiteral("cancelButton"), NangoConnectDialog::tr("Cancel connecting"));
    browserWait = new NangoBrowserWaitPanel(connecting);
    browserWait->hide();
    // Where the spinner and its text are, above the page's own button row (hidden meanwhile).
    static_cast<QVBoxLayout *>(connecting->layout())->insertWidget(connecting->layout()->indexOf(connecting->progress) + 1, browserWait);
    success = new NangoConnectStatusPage(logos, QStringLiteral("successPage"), stack);
    success->setCheckMark(true);
    finish = success->addButton(NangoConnectDialog::tr("&Finish", "@action:button"), QDialogButtonBox::AcceptRole,
                                QStringLiteral("finishButton"), NangoConnectDialog::tr("Finish"));
    error = new NangoConnectStatusPage(logos, QStringLiteral("errorPage"), stack);
    errorBack = error->addButton(NangoConnectDialog::tr("&Back", "@action:button"), QDialogButtonBox::ResetRole,
                                 QStringLiteral("backButton"), NangoConnectDialog::tr("Back"));
    errorCancel = error->addButton(NangoConnectDialog::tr("Cancel", "@action:button"), QDialogButtonBox::RejectRole,
                                   QStringLiteral("cancelButton"), NangoConnectDialog::tr("Cancel"));
    retry = error->addButton(NangoConnectDialog::tr("&Retry", "@action:button"), QDialogButtonBox::AcceptRole,
                             QStringLiteral("retryButton"), NangoConnectDialog::tr("Retry"));
    // In the order of NangoConnectUIModel::Screen, after Closed.
    for (QWidget *page : {static_cast<QWidget *>(loading), static_cast<QWidget *>(picker), static_cast<QWidget *>(form),
                          static_cast<QWidget *>(connecting), static_cast<QWidget *>(success), static_cast<QWidget *>(error)})
        stack->addWidget(page);
}

void NangoConnectDialogPrivate::makeDefault(QPushButton *button)
{
    for (QPushButton *other : {finish, retry, form->submit})
        other->setDefault(other == button);
}

void NangoConnectDialogPrivate::showScreen()
{
    const Screen screen = model->screen();
    if (screen == Screen::Closed)
        return; // the page stays as it was while the dialog hides
    const QString name = model->displayName();
    switch (screen) {
    case Screen::Closed:
    case Screen::Loading:
        stack->setCurrentWidget(loading);
        makeDefault(nullptr);
        loadingCancel->setFocus();
        break;
    case Screen::Picker:
        stack->setCurrentWidget(picker);
        makeDefault(nullptr);
        updatePicker();
        picker->search->setFocus();
        break;
    case Screen::Form:
        stack->setCurrentWidget(form);
        makeDefault(nullptr); // Enter in a field submits through the form, once
        updateForm();
        focusForm();

        break;
    case Screen::Connecting:
        stack->setCurrentWidget(connecting);
        makeDefault(nullptr);
        connecting->heading->set(NangoConnectDialog::tr("Connect %1", "@title").arg(name), model->logoUrl(), name);
        connecting->text->setText(NangoAuthMode::usesAuthorizationWindow(model->authMode())
                                      ? NangoConnectDialog::tr("Connecting to %1… Finish signing in in the window that opened.").arg(name)
                                      : NangoConnectDialog::tr("Connecting to %1…").arg(name));
        updateConnecting();
        break;
    case Screen::Success:
        stack->setCurrentWidget(success);
        makeDefault(finish);
        success->heading->set(name, model->logoUrl(), name);
        success->text->setText(NangoConnectDialog::tr("%1 is connected.").arg(name));
        finish->setFocus();
        break;
    case Screen::Error:
        stack->setCurrentWidget(error);
        makeDefault(retry);
        if (model->integrationId().isEmpty())
            error->heading->set(NangoConnectDialog::tr("Connect an account", "@title"));
        else
            error->heading->set(NangoConnectDialog::tr("Connect %1", "@title").arg(name), model->logoUrl(), name);
        error->text->setText(model->integrationId().isEmpty() ? NangoConnectDialog::tr("The integrations could not be loaded.")
                                                               : NangoConnectDialog::tr("%1 could not be connected.").arg(name));
        error->message->setText(model->errorMessage());
        // Back leads to the integration's form, or the picker: nowhere when nothing was chosen.
        errorBack->setVisible(!model->integrationId().isEmpty());
        retry->setFocus();
        break;
    }
}

void NangoConnectDialogPrivate::updateConnecting()
{
    // The flow waits in the system browser: "Continue in your browser" instead of the spinner.
    const bool inBrowser = model->screen() == Screen::Connecting && model->isInSystemBrowser();
    browserWait->setProviderName(model->displayName());
    browserWait->setAuthorizationUrl(model->authorizationUrl());
    connecting->text->setVisible(!inBrowser);
    connecting->progress->setVisible(!inBrowser);
    connecting->buttons->setVisible(!inBrowser);
    browserWait->setVisible(inBrowser);
    if (model->screen() != Screen::Connecting)
        return;
    if (inBrowser)
        browserWait->focusFirst();
    else
        connectingCancel->setFocus();
}

void NangoConnectDialogPrivate::updatePicker()
{
    const int row = model->currentRow();
    const QModelIndex index = model->integrations()->index(row, 0);
    if (picker->list->currentIndex() != index) {
        picker->list->setCurrentIndex(index);
    }
    if (index.isValid())
        picker->list->scrollTo(index);
    if (picker->search->text() != model->searchText())
        picker->search->setText(model->searchText());
    const bool none = model->integrations()->rowCount() == 0;
    picker->empty->setText(model->searchText().isEmpty() ? NangoConnectDialog::tr("This session has no integration to connect.")
                                                         : NangoConnectDialog::tr("No integration matches “%1”.").arg(model->searchText()));
    picker->empty->setVisible(none);
    picker->list->setVisible(!none);
}

void NangoConnectDialogPrivate::updateForm()
{
    NangoCredentialsFormModel *formModel = model->form();
    if (form->form->model() != formModel && formModel)
        form->form->setModel(formModel);
    const QString name = model->displayName();
    form->heading->set(NangoConnectDialog::tr("Connect %1", "@title").arg(name), model->logoUrl(), name);
    // While the provider's schema loads: the busy bar, not the fixed API-key form meanwhile.
    const bool ready = formModel && !formModel->isLoading() && formModel->hasSchema();
    form->loading->setVisible(formModel && formModel->isLoading());
    form->scroll->setVisible(ready);
    form->submit->setVisible(ready);
    form->back->setVisible(model->canGoBack());
}

void NangoConnectDialogPrivate::focusForm()
{
    // After the form's rows are rebuilt (they follow the same signals): the first empty field,
    // else Connect; unless the user is already in the form.
    QMetaObject::invokeMethod(q, [this] {
        if (model->screen() != Screen::Form || !form->scroll->isVisibleTo(form))
            return;
        QWidget *focus = q->focusWidget();
        if (focus && focus->isVisible() && form->isAncestorOf(focus) && focus != form->submit)
            return;
        form->form->focusFirstEmptyField();
        focus = q->focusWidget();
        if (!focus || !focus->isVisible() || !form->isAncestorOf(focus))
            form->submit->setFocus();
    }, Qt::QueuedConnection);
}

void NangoConnectDialogPrivate::askToClose()
{
    if (!model->isConfirmingClose()) {
        if (confirm)
            confirm->close();
        return;
    }
    if (confirm)
        return;
    confirm = new QMessageBox(QMessageBox::Question, NangoConnectDialog::tr("Discard the form?", "@title:window"),
                              NangoConnectDialog::tr("What you typed into the form has not been sent. Close and discard it?"),
                              QMessageBox::NoButton, q);
    confirm->setObjectName(QStringLiteral("confirmCloseBox"));
    confirm->setAccessibleName(NangoConnectDialog::tr("Discard the form?"));
    QPushButton *discard = confirm->addButton(NangoConnectDialog::tr("&Discard", "@action:button"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    discard->setAccessibleName(NangoConnectDialog::tr("Discard and close"));
    QPushButton *keep = confirm->addButton(NangoConnectDialog::tr("&Keep Editing", "@action:button"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    keep->setAccessibleName(NangoConnectDialog::tr("Keep editing"));
    confirm->setDefaultButton(keep);
    confirm->setEscapeButton(keep);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QMessageBox> box = confirm;
    QPointer<QWidget> focus = q->focusWidget(); // where the user was, to go back there
    QObject::connect(confirm, &QMessageBox::finished, q, [this, box, discard, focus] {
        const bool accept = box && box->clickedButton() == discard;
        confirm.clear(); // the box deletes itself later; a next question is a new one
        if (model->isConfirmingClose())
            model->confirmClose(accept);
        if (!accept && q->isVisible()) {
            q->activateWindow();
            if (focus && focus->isVisible())
                focus->setFocus(Qt::OtherFocusReason);
        }
    });
    confirm->open();
}

NangoConnectDialog::NangoConnectDialog(NangoAuth *auth, QWidget *parent)
    : QDialog(parent)
    , d(new NangoConnectDialogPrivate(this, auth))
{
    setObjectName(QStringLiteral("NangoConnectDialog"));
    setWindowTitle(tr("Connect an account", "@title:window"));
    setAccessibleName(tr("Connect an account"));
    setMinimumSize(400, 500);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(d->stack);

    NangoConnectUIModel *m = d->model;
    connect(m, &NangoConnectUIModel::screenChanged, this, [this] { d->showScreen(); });
    connect(m, &NangoConnectUIModel::selectionChanged, this, [this] { d->showScreen(); });
    connect(m, &NangoConnectUIModel::errorChanged, this, [this] {
        if (d->model->screen() == Screen::Error)
            d->showScreen();
    });
    connect(m, &NangoConnectUIModel::formChanged, this, [this] { d->updateForm(); });
    connect(m, &NangoConnectUIModel::canGoBackChanged, this, [this] { d->updateForm(); });
    connect(m, &NangoConnectUIModel::currentRowChanged, this, [this] { d->updatePicker(); });
    connect(m, &NangoConnectUIModel::searchTextChanged, this, [this] { d->updatePicker(); });
    connect(m->integrations(), &QAbstractItemModel::modelReset, this, [this] { d->updatePicker(); });
    connect(m->integrations(), &QAbstractItemModel::rowsInserted, this, [this] { d->updatePicker(); });
    connect(m->integrations(), &QAbstractItemModel::rowsRemoved, this, [this] { d->updatePicker(); });
    connect(m->integrations(), &QAbstractItemModel::layoutChanged, this, [this] { d->updatePicker(); });
    connect(m, &NangoConnectUIModel::confirmingCloseChanged, this, [this] { d->askToClose(); });
    connect(m, &NangoConnectUIModel::ready, this, &NangoConnectDialog::ready);
    connect(m, &NangoConnectUIModel::connected, this, [this](const QString &key, const QString &id, bool pending) {
        d->connectedThisOpen = true;
        Q_EMIT connected(key, id, pending);
    });
    connect(m, &NangoConnectUIModel::errorOccurred, this, &NangoConnectDialog::errorOccurred);
    connect(m, &NangoConnectUIModel::closed, this, [this] {
        if (d->confirm)
            d->confirm->close();
        QDialog::done(d->connectedThisOpen ? QDialog::Accepted : QDialog::Rejected);
        Q_EMIT closed();
    });

    connect(d->logos, &NangoConnectLogos::changed, d->picker->list->viewport(), qOverload<>(&QWidget::update));

    // The picker: typing filters, arrows move, Enter and a click (or Enter in the list) connect.
    connect(d->picker->search, &QLineEdit::textEdited, m, &NangoConnectUIModel::setSearchText);
    connect(d->picker->search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && d->model->searchText() != text) // the clear button
            d->model->setSearchText(text);
    });
    connect(d->picker->search, &QLineEdit::returnPressed, m, &NangoConnectUIModel::activateCurrent);
    connect(d->picker, &NangoConnectPickerPage::moveRequested, m, &NangoConnectUIModel::moveCurrent);
    connect(d->picker->list, &QListView::clicked, this, [this](const QModelIndex &index) { d->model->selectRow(index.row()); });
    connect(d->picker->list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (d->model->screen() == Screen::Picker) // a click already chose it
            d->model->selectRow(index.row());
    });
    connect(d->picker->list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() != d->model->currentRow())
            d->model->setCurrentRow(index.row());
    });

    // The form: its Enter and Connect go through the model (which submits it), Back, Cancel.
    connect(d->form->form, &NangoCredentialsForm::submitRequested, m, &NangoConnectUIModel::submit);
    connect(d->form->back, &QPushButton::clicked, m, &NangoConnectUIModel::back);
    connect(d->form->form, &NangoCredentialsForm::modelChanged, this, [this] {
        NangoCredentialsFormModel *formModel = d->form->form->model();
        const auto settle = [this, formModel] {
            if (d->form->form->model() != formModel)
                return;
            d->updateForm();
            d->focusForm(); // the fields may just have arrived
        };
        connect(formModel, &NangoCredentialsFormModel::loadingChanged, this, settle);
        connect(formModel, &NangoCredentialsFormModel::fieldsChanged, this, settle);
    });

    for (QPushButton *cancel : {d->picker->cancel, d->form->cancel, d->loadingCancel, d->errorCancel})
        connect(cancel, &QPushButton::clicked, this, &NangoConnectDialog::reject);
    // Cancel while connecting stops the flow and goes back (the model's back()), as closing the
    // OAuth window does; Escape still closes the whole dialog.
    connect(d->connectingCancel, &QPushButton::clicked, m, &NangoConnectUIModel::back);
    // The same for the browser's Cancel (and Escape on its buttons); Open again asks the model.
    connect(d->browserWait, &NangoBrowserWaitPanel::cancelRequested, m, &NangoConnectUIModel::back);
    connect(d->browserWait, &NangoBrowserWaitPanel::openAgainRequested, m, &NangoConnectUIModel::openAgain);
    connect(m, &NangoConnectUIModel::inSystemBrowserChanged, this, [this] { d->updateConnecting(); });
    connect(d->finish, &QPushButton::clicked, m, &NangoConnectUIModel::finish);
    connect(d->retry, &QPushButton::clicked, m, &NangoConnectUIModel::retry);
    connect(d->errorBack, &QPushButton::clicked, m, &NangoConnectUIModel::back);
    d->showScreen();
}

NangoConnectDialog::~NangoConnectDialog()
{
    // The model goes first, while the pages still stand: nothing it emits then reaches the
    // dialog, and the form lets go of the model's form first.
    disconnect(d->model, nullptr, this, nullptr);
    d->form->form->setModel(nullptr);
    delete d->model;
}

NangoConnectUIModel *NangoConnectDialog::model() const
{
    return d->model;
}

QSize NangoConnectDialog::sizeHint() const
{
    return QSize(440, 560).expandedTo(minimumSize());
}

void NangoConnectDialog::open()
{
    d->connectedThisOpen = false;
    d->model->open();
    QDialog::open();
}

int NangoConnectDialog::exec()
{
    d->connectedThisOpen = false;
    d->model->open();
    return QDialog::exec();
}

void NangoConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!d->model->isOpen()) { // show() rather than open() or exec()
        d->connectedThisOpen = false;
        d->model->open();
    }
    d->showScreen();
}

void NangoConnectDialog::reject()
{
    if (d->model->isOpen())
        d->model->requestClose(); // closed() hides the dialog; a dirty form asks first
    else
        QDialog::reject();
}

void NangoConnectDialog::done(int result)
{
    if (d->model->isOpen())
        d->model->close(); // closed() ends the dialog
    else
        QDialog::done(result);
}

void NangoConnectDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        d->picker->list->viewport()->update(); // the placeholders' colours
}
