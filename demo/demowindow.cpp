// SPDX-License-Identifier: MIT
#include "demowindow.h"

#include "demobackend.h"
#include "demotheme.h"

#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoCredentialsDialog>
#include <NangoQt/NangoCredentialsForm>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
/// A text field bound both ways to one of the backend's string properties.
template<typename Edit>
void bindText(Edit *edit, DemoBackend *backend, const char *property)
{
    const auto read = [edit, backend, property] {
        const QString value = backend->property(property).toString();
        if constexpr (std::is_same_v<Edit, QPlainTextEdit>) {
            if (edit->toPlainText() != value)
                edit->setPlainText(value);
        } else if (edit->text() != value) {
            edit->setText(value);
        }
    };
    read();
    if constexpr (std::is_same_v<Edit, QPlainTextEdit>)
        QObject::connect(edit, &QPlainTextEdit::textChanged, backend, [edit, backend, property] { backend->setProperty(property, edit->toPlainText()); });
    else
        QObject::connect(edit, &QLineEdit::textChanged, backend, [backend, property](const QString &text) { backend->setProperty(property, text); });
    QObject::connect(backend, &DemoBackend::connectionIdChanged, edit, read);
    QObject::connect(backend, &DemoBackend::optionsChanged, edit, read);
}
} // namespace

DemoWindow::DemoWindow(DemoBackend *backend, DemoTheme *theme, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("demoWindow"));
    setWindowTitle(tr("NangoQt demo"));

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    if (theme) {
        auto *viewMenu = menuBar()->addMenu(tr("&View"));
        auto *dark = viewMenu->addAction(tr("&Dark palette"));
        dark->setObjectName(QStringLiteral("darkPaletteAction"));
        dark->setCheckable(true);
        dark->setChecked(theme->isDark());
        connect(dark, &QAction::toggled, theme, &DemoTheme::setDark);
        connect(theme, &DemoTheme::changed, dark, [dark, theme] { dark->setChecked(theme->isDark()); });
    }
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About NangoQt demo"), this, [this] {
        QMessageBox::about(this, tr("About NangoQt demo"),
                           tr("Connects accounts through Nango with NangoQt: OAuth in the embedded window, "
                              "API keys and user names in native forms.\n\n%1").arg(m_backend->serverDescription()));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(makeIntegrationsPanel());
    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->setChildrenCollapsible(false);
    right->addWidget(makeOptionsPanel());
    auto *results = new QWidget(right);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(makeResultBanner());
    resultsLayout->addWidget(makeResultsPanel(), 1);
    right->addWidget(results);
    right->setStretchFactor(1, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(makeConnectUIPanel());
    auto *advanced = new QLabel(tr("Advanced — connect one integration with options of your own:"), central);
    advanced->setObjectName(QStringLiteral("advancedLabel"));
    centralLayout->addWidget(advanced);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *server = new QLabel(m_backend->serverDescription(), this);
    server->setObjectName(QStringLiteral("serverLabel"));
    connect(m_backend, &DemoBackend::serverChanged, server, [this, server] { server->setText(m_backend->serverDescription()); });
    statusBar()->addWidget(server, 1);
    resize(980, 700);
    m_connectAccountButton->setFocus();
}

QWidget *DemoWindow::makeConnectUIPanel()
{
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("connectUIPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(panel);
    auto *text = new QLabel(tr("Pick an integration and connect it in NangoQt's own Connect UI, or in Nango's hosted one."), panel);
    text->setWordWrap(true);
    m_connectAccountButton = new QPushButton(tr("Conn&ect an account…"), panel);
    m_connectAccountButton->setObjectName(QStringLiteral("connectAccountButton"));
    m_connectAccountButton->setToolTip(tr("The native Connect UI (NangoConnectDialog): the integrations of the session, each one's form or window"));
    auto *hosted = new QPushButton(tr("Ho&sted Connect UI…"), panel);
    hosted->setObjectName(QStringLiteral("hostedConnectUIButton"));
    hosted->setToolTip(tr("Nango's hosted Connect UI (NangoAuth::openConnectUI()) in the embedded window: %1")
                           .arg(m_backend->hostedConnectUrl().toDisplayString(QUrl::RemoveUserInfo)));
    const bool canOpen = m_backend->connectUIAuth() != nullptr;
    for (QPushButton *button : {m_connectAccountButton, hosted}) {
        button->setEnabled(canOpen);
        if (!canOpen)
            button->setToolTip(tr("Needs a connect session token: start the demo with --session-token or $NANGO_CONNECT_SESSION_TOKEN"));
    }
    connect(m_connectAccountButton, &QPushButton::clicked, this, &DemoWindow::openConnectUI);
    connect(hosted, &QPushButton::clicked, m_backend, &DemoBackend::openHostedConnectUI);
    layout->addWidget(text, 1);
    layout->addWidget(hosted);
    layout->addWidget(m_connectAccountButton);
    return panel;
}

void DemoWindow::openConnectUI()
{
    auto *dialog = new NangoConnectDialog(m_backend->connectUIAuth(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_backend->watchConnectUI(dialog, tr("Connect UI"));
    dialog->open();
}

QWidget *DemoWindow::makeIntegrationsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    auto *label = new QLabel(tr("In&tegrations"), panel);
    m_integrationsView = new QListView(panel);
    m_integrationsView->setObjectName(QStringLiteral("integrationsView"));
    m_integrationsView->setAccessibleName(tr("Integrations"));
    m_integrationsView->setModel(m_backend->integrations());
    m_integrationsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Wide enough for the listed names (a vertical scroll bar included) without scrolling sideways.
    const int listWidth = m_integrationsView->sizeHintForColumn(0) + 2 * m_integrationsView->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    m_integrationsView->setMinimumWidth(qBound(220, listWidth, 420));
    if (m_backend->integrations()->rowCount() > 0)
        m_integrationsView->setCurrentIndex(m_backend->integrations()->index(0, 0));
    label->setBuddy(m_integrationsView);
    connect(m_integrationsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        connectIntegration(index.data(IntegrationsModel::KeyRole).toString());
    });

    m_connectButton = new QPushButton(tr("&Connect"), panel);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_connectButton->setToolTip(tr("Connect the selected integration (Enter or double-click in the list does it too)"));
    connect(m_connectButton, &QPushButton::clicked, this, &DemoWindow::connectSelected);
    auto *add = new QPushButton(tr("&Add…"), panel);
    add->setObjectName(QStringLiteral("addIntegrationButton"));
    add->setToolTip(tr("Add an integration by its unique key (with a public key, a real Nango does not list its integrations to the frontend)"));
    connect(add, &QPushButton::clicked, this, &DemoWindow::addIntegrationByHand);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_connectButton);
    layout->addWidget(label);
    layout->addWidget(m_integrationsView, 1);
    layout->addLayout(buttons);
    return panel;
}

QWidget *DemoWindow::makeOptionsPanel()
{
    auto *box = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout(box);

    auto *connectionId = new QLineEdit(box);
    connectionId->setObjectName(QStringLiteral("connectionIdEdit"));
    connectionId->setAccessibleName(tr("Connection ID"));
    bindText(connectionId, m_backend, "connectionId");
    auto *regenerate = new QPushButton(tr("&New"), box);
    regenerate->setToolTip(tr("Generate a new connection ID"));
    connect(regenerate, &QPushButton::clicked, m_backend, &DemoBackend::newConnectionId);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(connectionId, 1);
    idRow->addWidget(regenerate);
    auto *idLabel = new QLabel(tr("Connection &ID:"), box);
    idLabel->setBuddy(connectionId);
    form->addRow(idLabel, idRow);
    if (!m_backend->connectionIdAllowed()) {
        connectionId->setEnabled(false);
        regenerate->setEnabled(false);
        connectionId->setPlaceholderText(tr("chosen by the server (connect session token)"));
        connectionId->clear();
    }

    const auto addText = [this, box, form](const QString &label, const char *property, const QString &objectName,
                                           const QString &placeholder, bool multiLine) {
        QWidget *edit;
        if (multiLine) {
            auto *text = new QPlainTextEdit(box);
            text->setPlaceholderText(placeholder);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(text->fontMetrics().lineSpacing() * 4);
            bindText(text, m_backend, property);
            edit = text;
        } else {
            auto *line = new QLineEdit(box);
            line->setPlaceholderText(placeholder);
            bindText(line, m_backend, property);
            edit = line;
        }
        edit->setObjectName(objectName);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *l = new QLabel(label, box);
        l->setBuddy(edit);
        form->addRow(l, edit);
    };
    addText(tr("&Params:"), "params", QStringLiteral("paramsEdit"), tr("key=value, one per line (e.g. subdomain=acme)"), true);
    addText(tr("&User scope:"), "userScope", QStringLiteral("userScopeEdit"), tr("comma-separated, e.g. users:read,chat:write"), false);
    addText(tr("Authori&zation params:"), "authorizationParams", QStringLiteral("authorizationParamsEdit"), tr("key=value, one per line"), true);
    addText(tr("H&MAC:"), "hmac", QStringLiteral("hmacEdit"), tr("from your backend, when the server requires it"), false);

    auto *detect = new QCheckBox(tr("&Detect a closed authorization window"), box);
    detect->setObjectName(QStringLiteral("detectClosedCheck"));
    detect->setChecked(m_backend->property("detectClosedAuthWindow").toBool());
    connect(detect, &QCheckBox::toggled, m_backend, [this](bool on) { m_backend->setProperty("detectClosedAuthWindow", on); });
    form->addRow(QString(), detect);

    auto *browser = new QComboBox(box);
    browser->setObjectName(QStringLiteral("browserCombo"));
    browser->setAccessibleName(tr("OAuth window"));
    browser->addItem(tr("Embedded window"));
    browser->addItem(tr("System browser"));
    browser->setCurrentIndex(m_backend->property("systemBrowser").toBool() ? 1 : 0);
    connect(browser, &QComboBox::currentIndexChanged, m_backend, [this](int index) { m_backend->setProperty("systemBrowser", index == 1); });
    auto *browserLabel = new QLabel(tr("OAuth &window:"), box);
    browserLabel->setBuddy(browser);
    form->addRow(browserLabel, browser);
    return box;
}

QWidget *DemoWindow::makeResultsPanel()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("resultsTabs"));
    auto *connections = new QListView(tabs);
    connections->setObjectName(QStringLiteral("connectionsView"));
    connections->setAccessibleName(tr("Connections made"));
    connections->setModel(m_backend->connections());
    connections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connections->setWordWrap(true);
    connections->setAlternatingRowColors(true);
    // A running connection can be cancelled; one waiting in the system browser offers its link.
    auto *cancel = new QPushButton(tr("Cancel connectin&g"), tabs);
    cancel->setObjectName(QStringLiteral("cancelConnectionButton"));
    cancel->setToolTip(tr("End the selected connection attempt (it fails as cancelled)"));
    auto *copy = new QPushButton(tr("Cop&y link"), tabs);
    copy->setObjectName(QStringLiteral("copyLinkButton"));
    copy->setToolTip(tr("Copy the authorization link of the selected connection, to open it in a browser yourself"));
    const auto updateButtons = [connections, cancel, copy] {
        const QModelIndex current = connections->currentIndex();
        cancel->setEnabled(current.isValid() && current.data(ConnectionsModel::RunningRole).toBool());
        copy->setEnabled(current.isValid() && !current.data(ConnectionsModel::BrowserUrlRole).toString().isEmpty());
    };
    connect(connections->selectionModel(), &QItemSelectionModel::currentChanged, cancel, updateButtons);
    connect(m_backend->connections(), &QAbstractItemModel::dataChanged, cancel, updateButtons);
    connect(m_backend->connections(), &QAbstractItemModel::rowsInserted, connections, [connections, updateButtons] {
        connections->setCurrentIndex(connections->model()->index(0, 0)); // the newest, where the user looks
        updateButtons();
    });
    updateButtons();
    connect(cancel, &QPushButton::clicked, this, [this, connections] {
        m_backend->connectionsModel()->cancel(connections->currentIndex().row());
    });
    connect(copy, &QPushButton::clicked, this, [this, connections] {
        if (m_backend->copyAuthorizationUrl(connections->currentIndex().row()))
            statusBar()->showMessage(tr("Link copied: paste it into your web browser."), 6000);
    });
    auto *connectionsPage = new QWidget(tabs);
    auto *pageLayout = new QVBoxLayout(connectionsPage);
    auto *pageButtons = new QHBoxLayout;
    pageButtons->addStretch();
    pageButtons->addWidget(copy);
    pageButtons->addWidget(cancel);
    pageLayout->addWidget(connections, 1);
    pageLayout->addLayout(pageButtons);
    tabs->addTab(connectionsPage, tr("C&onnections"));

    auto *log = new QListView(tabs);
    log->setObjectName(QStringLiteral("eventLogView"));
    log->setAccessibleName(tr("Event log"));
    log->setModel(m_backend->eventLog());
    log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    log->setUniformItemSizes(true);
    log->setWordWrap(false);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    log->setFont(mono);
    connect(m_backend->eventLog(), &QAbstractItemModel::rowsInserted, log, &QAbstractItemView::scrollToBottom);
    tabs->addTab(log, tr("Event &log"));
    return tabs;
}

QWidget *DemoWindow::makeResultBanner()
{
    // The newest result, in words: a success names the account that was connected.
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("resultBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(banner);
    auto *icon = new QLabel(banner);
    icon->setObjectName(QStringLiteral("resultIcon"));
    auto *text = new QLabel(banner);
    text->setObjectName(QStringLiteral("resultLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    const auto update = [this, banner, icon, text] {
        const QString kind = m_backend->lastResultKind();
        banner->setVisible(!kind.isEmpty());
        const QStyle::StandardPixmap which = kind == QLatin1String("success") ? QStyle::SP_DialogApplyButton
            : kind == QLatin1String("cancelled")                             ? QStyle::SP_MessageBoxInformation
                                                                             : QStyle::SP_MessageBoxWarning;
        const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
        icon->setPixmap(style()->standardIcon(which).pixmap(size, size));
        QFont font = text->font();
        font.setBold(kind == QLatin1String("success"));
        text->setFont(font);
        text->setText(m_backend->lastResult());
        text->setAccessibleName(kind == QLatin1String("success") ? tr("Connected") : kind == QLatin1String("cancelled") ? tr("Cancelled") : tr("Not connected"));
    };
    connect(m_backend, &DemoBackend::lastResultChanged, banner, update);
    update();
    return banner;
}

void DemoWindow::connectSelected()
{
    const QModelIndex index = m_integrationsView->currentIndex();
    if (!index.isValid()) {
        statusBar()->showMessage(tr("Select an integration first."), 4000);
        return;
    }
    connectIntegration(index.data(IntegrationsModel::KeyRole).toString());
}

void DemoWindow::connectIntegration(const QString &integrationId)
{
    if (m_backend->catalog()) {
        // The catalog says which flow: the provider's form for every mode with fields.
        NangoConnectAction *action = m_backend->connectAction(integrationId);
        if (!action) {
            statusBar()->showMessage(tr("Check the options: see the event log."), 6000);
            return;
        }
        connect(action, &NangoConnectAction::credentialsRequested, this, [this, action](NangoCredentialsFormModel *form) {
            auto *dialog = new NangoCredentialsDialog(form, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // Closing it without success is a cancel (errors stay in the dialog to be corrected).
            connect(dialog, &QDialog::rejected, action, &NangoConnectAction::cancelCredentials);
            dialog->open();
        });
        connect(action, &NangoConnectAction::failed, this, [this](const QString &, const QString &message) {
            statusBar()->showMessage(message, 6000);
        });
        action->trigger();
        return;
    }
    const NangoAuthMode::Mode mode = m_backend->authMode(integrationId);
    if (NangoAuthMode::needsCredentials(mode)) {
        NangoAuthOptions options;
        if (!m_backend->formOptions(&options)) {
            statusBar()->showMessage(tr("Check the options: see the event log."), 6000);
            return;
        }
        auto *dialog = new NangoCredentialsDialog(m_backend->auth(), integrationId, mode, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setConnectionId(m_backend->effectiveConnectionId());
        dialog->form()->setOptions(options); // params, hmac, … from the options editor
        dialog->open();
        return;
    }
    if (!m_backend->connectIntegration(integrationId))
        statusBar()->showMessage(tr("Check the options: see the event log."), 6000);
}

void DemoWindow::addIntegrationByHand()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add an integration"));
    auto *form = new QFormLayout(&dialog);
    auto *key = new QLineEdit(&dialog);
    key->setObjectName(QStringLiteral("integrationKeyEdit"));
    key->setPlaceholderText(tr("the integration's unique key, e.g. github"));
    auto *mode = new QComboBox(&dialog);
    mode->addItems({QStringLiteral("OAUTH2"), QStringLiteral("API_KEY"), QStringLiteral("BASIC"), QStringLiteral("NONE"),
                    QStringLiteral("OAUTH1"), QStringLiteral("APP")});
    auto *keyLabel = new QLabel(tr("Unique &key:"), &dialog);
    keyLabel->setBuddy(key);
    auto *modeLabel = new QLabel(tr("&Authorization:"), &dialog);
    modeLabel->setBuddy(mode);
    form->addRow(keyLabel, key);
    form->addRow(modeLabel, mode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_backend->addIntegration(key->text(), mode->currentText()))
        statusBar()->showMessage(tr("An integration needs a unique key."), 4000);
}
