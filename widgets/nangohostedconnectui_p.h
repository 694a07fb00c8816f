// SPDX-License-Identifier: MIT
#pragma once

#include "nangoclosereport_p.h"

#include <NangoQt/NangoConnectUIWindow>

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

class NangoConnectUIBridge;
class NangoConnectUIPage;
class QWebEngineProfile;
class QWebEngineView;

/**
 * The Widgets face of the hosted Connect UI: a modal QDialog whose QWebEngineView shows the host
 * page (webengine/connectui) framing the Connect UI, on a private off-the-record profile of its
 * own. The OAuth popup the UI opens from inside its frame opens in a child dialog on the same
 * profile (opener kept); JavaScript confirm() is a QMessageBox. Escape closes the dialog until
 * the UI said `ready`; from then on Escape belongs to the UI (it sends `close`, asking first when
 * its form is dirty). The close button is always a user close.
 */
class NangoHostedConnectUIDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NangoHostedConnectUIDialog(QWidget *parent = nullptr);
    ~NangoHostedConnectUIDialog() override;

    /// Sizes, centres and shows the dialog and loads the host page framing @p url.
    void openUrl(const QUrl &url, const QString &allowedOrigin);
    void postMessage(const QJsonObject &message);
    /// Closes without emitting userClosed().
    void closeQuietly();

    QWebEngineView *view() const { return m_view; }
    NangoConnectUIBridge *bridge() const { return m_bridge; }

    /// The default size: the Connect UI's dialog (500 × 700 at most) fills it.
    static QSize defaultSize() { return QSize(500, 700); }

Q_SIGNALS:
    void messageReceived(const QJsonObject &message, const QString &origin);
    void userClosed();
    void errorOccurred(const QString &type, const QString &message);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    void place();

    QWebEngineProfile *m_profile = nullptr;
    NangoConnectUIPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    NangoConnectUIBridge *m_bridge = nullptr;
    QList<QPointer<QDialog>> m_popups;
    NangoCloseReport m_closeReport;
};

/// Adapts NangoHostedConnectUIDialog to Core's NangoConnectUIWindow interface.
class NangoHostedConnectUIWindow : public NangoConnectUIWindow
{
    Q_OBJECT
public:
    explicit NangoHostedConnectUIWindow(QObject *parent = nullptr);
    ~NangoHostedConnectUIWindow() override;

    void open(const QUrl &url, const QString &allowedOrigin) override;
    void close() override;
    void postMessage(const QJsonObject &message) override;
    QString paletteTheme() const override;

    NangoHostedConnectUIDialog *dialog() const { return m_dialog; }

private:
    QPointer<NangoHostedConnectUIDialog> m_dialog;
};
