// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtwidgets_export.h>

#include <QDialog>
#include <QUrl>

#include <memory>

class NangoAuthDialogPrivate;

/**
 * @brief The embedded OAuth modal: a QDialog with a QWebEngineView on a private, off-the-record
 * profile of its own (cookies carry the whole flow, then are discarded with the dialog).
 *
 * NangoAuth uses it automatically once NangoQt::Widgets is linked (see NangoAuth::browser);
 * apps rarely create one themselves. Navigation is limited to http(s); certificate errors are
 * refused and reported; popups opened by provider pages open in a child dialog on the same
 * profile. Escape or the close button is a user close (userClosed(), once); closeQuietly() is
 * the flow closing it.
 *
 * An OAuth flow shows it with prepare() as soon as it starts, in a connecting state ("Connecting
 * to <host>…", a native label; nothing is loaded), while the WebSocket handshake with the Nango
 * server runs; openUrl() navigates it once the server acknowledged the WebSocket.
 */
class NANGOQT_WIDGETS_EXPORT NangoAuthDialog : public QDialog
{
    Q_OBJECT
    /// True between prepare() and openUrl(): the dialog shows "Connecting to <host>…".
    Q_PROPERTY(bool connecting READ isConnecting NOTIFY connectingChanged)
public:
    /// A hidden dialog; NangoAuth's embedded window makes one per OAuth flow.
    explicit NangoAuthDialog(QWidget *parent = nullptr);
    ~NangoAuthDialog() override;

    /**
     * Sizes (clamped to the screen's available geometry), centers on the parent window or the
     * screen, titles ("Connect <integration> — <host>") and shows the dialog in its connecting
     * state. Its private profile and web view are made 20 ms later (the first profile of a
     * process starts WebEngine and blocks the thread; the WebSocket's first packets go out
     * before that), or by openUrl() if it comes first. Uses no network. @p host is the Nango
     * host's name.
     */
    void prepare(const QSize &size, const QString &integrationId, const QString &host);
    /// Loads @p url (http(s) only). A dialog not shown yet is first sized, centered and titled
    /// as prepare() does; a prepared one keeps its place and leaves its connecting state.
    void openUrl(const QUrl &url, const QSize &size, const QString &integrationId);
    /// Closes without emitting userClosed().
    void closeQuietly();

    /// Getter of the #connecting property.
    bool isConnecting() const;

    /// Starts WebEngine's processes ahead of the first auth() so the first modal is as fast as
    /// later ones. Call it once the QApplication exists; cheap to call again.
    static void preload();

Q_SIGNALS:
    /// Notifier of the #connecting property; @p connecting is its new value.
    void connectingChanged(bool connecting);
    /// Escape or the close button closed the dialog (once); not for closeQuietly().
    void userClosed();
    /// A page finished loading (as NangoAuthWindow::pageLoaded(): @p httpStatus 0 when unknown,
    /// @p text the document's text).
    void pageLoaded(const QUrl &url, int httpStatus, const QString &text);
    /// The dialog cannot go on: a refused certificate (`tls_error`), a crashed renderer or an
    /// openUrl() URL that is not http(s) (`blocked_by_browser`); ends the flow.
    void errorOccurred(const QString &type, const QString &message);

protected:
    /// Escape: a user close (userClosed(), unless closeQuietly() closes it), then QDialog::reject().
    void reject() override;
    /// The close button: a user close (userClosed(), unless closeQuietly() closes it).
    void closeEvent(QCloseEvent *event) override;

private:
    std::unique_ptr<NangoAuthDialogPrivate> const d;
};
