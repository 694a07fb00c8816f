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
 */
class NANGOQT_WIDGETS_EXPORT NangoAuthDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NangoAuthDialog(QWidget *parent = nullptr);
    ~NangoAuthDialog() override;

    /// Sizes (clamped to the screen's available geometry), centers on the parent window or the
    /// screen, titles and shows the dialog, then loads @p url.
    void openUrl(const QUrl &url, const QSize &size, const QString &integrationId);
    /// Closes without emitting userClosed().
    void closeQuietly();

    /// Starts WebEngine's processes ahead of the first auth() so the first modal is as fast as
    /// later ones. Call it once the QApplication exists; cheap to call again.
    static void preload();

Q_SIGNALS:
    void userClosed();
    void pageLoaded(const QUrl &url, int httpStatus, const QString &text);
    void errorOccurred(const QString &type, const QString &message);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    std::unique_ptr<NangoAuthDialogPrivate> const d;
};
