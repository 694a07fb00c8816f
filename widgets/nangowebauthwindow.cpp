// SPDX-License-Identifier: MIT
#include "nangowebauthwindow_p.h"

#include <QApplication>

NangoWebAuthWindow::NangoWebAuthWindow(QObject *parent)
    : NangoAuthWindow(parent)
{
}

NangoWebAuthWindow::~NangoWebAuthWindow()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog.data();
    }
}

void NangoWebAuthWindow::createDialog()
{
    m_dialog = new NangoAuthDialog(QApplication::activeWindow());
    connect(m_dialog, &NangoAuthDialog::userClosed, this, [this] {
        m_userClosed = true;
        Q_EMIT userClosed();
    });
    connect(m_dialog, &NangoAuthDialog::pageLoaded, this, &NangoAuthWindow::pageLoaded);
    connect(m_dialog, &NangoAuthDialog::errorOccurred, this, &NangoAuthWindow::errorOccurred);
    // The modal can also vanish with its parent window: for the flow that is a user close too.
    connect(m_dialog, &QObject::destroyed, this, [this] {
        m_dialog = nullptr; // half-destroyed already: nothing may touch it
        m_userClosed = true;
        Q_EMIT userClosed();
    });
}

void NangoWebAuthWindow::prepare(const QSize &size, const QString &integrationId, const QString &host)
{
    if (m_dialog || m_userClosed)
        return;
    createDialog();
    m_dialog->prepare(size, integrationId, host);
}

void NangoWebAuthWindow::open(const QUrl &url, const QSize &size, const QString &integrationId)
{
    // Closed by the user while connecting (detectClosedAuthWindow off): it stays closed.
    if (m_userClosed)
        return;
    if (!m_dialog)
        createDialog();
    m_dialog->openUrl(url, size, integrationId);
}

void NangoWebAuthWindow::close()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->closeQuietly();
    }
}
