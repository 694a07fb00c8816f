// SPDX-License-Identifier: MIT
#include "nangohostedconnectui_p.h"

#include "nangoconnectuibridge_p.h"
#include "nangoconnectuipage_p.h"
#include "nangowebpopup_p.h"
#include "nangowidgetslogging_p.h"
#include "nangowindowplacement_p.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

NangoHostedConnectUIDialog::NangoHostedConnectUIDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("NangoHostedConnectUIDialog"));
    setWindowModality(Qt::ApplicationModal);
    setWindowTitle(tr("Connect an account", "@title:window the hosted Connect UI"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // No storage name: an off-the-record profile that lives and dies with this dialog.
    m_profile = new QWebEngineProfile;
    m_page = new NangoConnectUIPage(m_profile, lcNangoWidgets());
    m_page->popupFactory = [this]() -> QWebEnginePage * {
        // The Connect UI's OAuth window: same profile, the frame stays its opener (Nango's
        // callback page posts its result to it). Escape there closes that window only.
        const auto popup = NangoQtPrivate::openWebPopup(this, m_profile, tr("Sign in"), tr("Sign-in page"));
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), popup.dialog);
        escape->setContext(Qt::WindowShortcut);
        connect(escape, &QShortcut::activated, popup.dialog, &QDialog::close);
        connect(popup.page, &NangoAuthPage::refused, this, &NangoHostedConnectUIDialog::errorOccurred);
        m_popups << popup.dialog;
        return popup.page;
    };
    m_page->confirmHandler = [this](const QUrl &, const QString &message) {
        QMessageBox box(QMessageBox::Question, windowTitle(), message, QMessageBox::Ok | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("connectUIConfirm"));
        box.setAccessibleName(message);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Ok;
    };
    connect(m_page, &NangoAuthPage::refused, this, &NangoHostedConnectUIDialog::errorOccurred);
    // The UI's own window.close() is nothing to us: it says `close` when it means it.
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, [] {});

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("connectUIView"));
    m_view->setAccessibleName(tr("Connect UI"));
    m_view->setPage(m_page);
    layout->addWidget(m_view);

    // Escape closes the dialog while the UI is not ready (a page that never loads); then the UI has it.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("escapeBeforeReady"));
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &NangoHostedConnectUIDialog::reject);
    connect(this, &NangoHostedConnectUIDialog::messageReceived, escape, [this, escape] {
        escape->setEnabled(!m_bridge || !m_bridge->isUiReady());
    });
}

NangoHostedConnectUIDialog::~NangoHostedConnectUIDialog()
{
    for (const auto &popup : std::as_const(m_popups))
        delete popup.data();
    // QWebEngineView does not own a page given to setPage(), and pages must go before their profile.
    delete m_view;
    delete m_page;
    delete m_profile;
}

void NangoHostedConnectUIDialog::place()
{
    QWidget *anchor = parentWidget() ? parentWidget()->window() : QApplication::activeWindow();
    const QRect available = NangoWebEngine::availableArea(anchor ? anchor->screen() : QGuiApplication::primaryScreen());
    const auto around = anchor && anchor != this ? std::optional<QRect>(anchor->frameGeometry()) : std::nullopt;
    const QRect frame = NangoWebEngine::placeWindow(defaultSize(), available, around);
    resize(frame.size());
    move(frame.topLeft());
}

void NangoHostedConnectUIDialog::openUrl(const QUrl &url, const QString &allowedOrigin)
{
    delete m_bridge;
    m_bridge = new NangoConnectUIBridge(url, allowedOrigin, this);
    connect(m_bridge, &NangoConnectUIBridge::messageReceived, this, &NangoHostedConnectUIDialog::messageReceived);
    place();
    show();
    m_page->loadHost(m_bridge);
    m_view->setFocus();
}

void NangoHostedConnectUIDialog::postMessage(const QJsonObject &message)
{
    if (m_bridge)
        m_bridge->post(message);
}

void NangoHostedConnectUIDialog::closeQuietly()
{
    m_closeReport.closeQuietly();
    for (const auto &popup : std::as_const(m_popups))
        if (popup)
            popup->close();
    close();
}

void NangoHostedConnectUIDialog::reject()
{
    if (m_closeReport.takeUserClose())
        Q_EMIT userClosed();
    QDialog::reject();
}

void NangoHostedConnectUIDialog::closeEvent(QCloseEvent *event)
{
    if (m_closeReport.takeUserClose())
        Q_EMIT userClosed();
    QDialog::closeEvent(event);
}

NangoHostedConnectUIWindow::NangoHostedConnectUIWindow(QObject *parent)
    : NangoConnectUIWindow(parent)
{
}

NangoHostedConnectUIWindow::~NangoHostedConnectUIWindow()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog.data();
    }
}

void NangoHostedConnectUIWindow::open(const QUrl &url, const QString &allowedOrigin)
{
    if (m_dialog)
        return;
    m_dialog = new NangoHostedConnectUIDialog(QApplication::activeWindow());
    connect(m_dialog, &NangoHostedConnectUIDialog::messageReceived, this, &NangoConnectUIWindow::messageReceived);
    connect(m_dialog, &NangoHostedConnectUIDialog::userClosed, this, &NangoConnectUIWindow::userClosed);
    connect(m_dialog, &NangoHostedConnectUIDialog::errorOccurred, this, &NangoConnectUIWindow::errorOccurred);
    // Gone with its parent window: for the session that is a user close.
    connect(m_dialog, &QObject::destroyed, this, [this] {
        m_dialog = nullptr;
        Q_EMIT userClosed();
    });
    m_dialog->openUrl(url, allowedOrigin);
}

void NangoHostedConnectUIWindow::close()
{
    if (NangoHostedConnectUIDialog *dialog = m_dialog) {
        m_dialog = nullptr;
        dialog->disconnect(this);
        dialog->closeQuietly();
        dialog->deleteLater();
    }
}

void NangoHostedConnectUIWindow::postMessage(const QJsonObject &message)
{
    if (m_dialog)
        m_dialog->postMessage(message);
}

QString NangoHostedConnectUIWindow::paletteTheme() const
{
    return NangoConnectUIBridge::themeFor(QApplication::palette().color(QPalette::Window));
}
