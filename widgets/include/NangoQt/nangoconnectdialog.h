// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoconnectuimodel.h>
#include <NangoQt/nangoqtwidgets_export.h>

#include <QDialog>

#include <memory>

class NangoAuth;
class NangoConnectDialogPrivate;

/**
 * @brief The native Connect UI as a dialog: Nango's `openConnectUI()` in the application's own
 * widgets and palette — a view of NangoConnectUIModel (Core), which holds the screens, the
 * selection and the flows.
 *
 * One page per NangoConnectUIModel::Screen: Loading; the integration picker (the search field
 * has the focus: type to filter, Up/Down move through the list, Enter connects the highlighted
 * integration; each row shows the integration's logo, a placeholder letter until it is loaded
 * and when it cannot be); the integration's form (NangoIntegrationForm on
 * NangoConnectUIModel::form(): the provider's schema); Connecting (progress and Cancel; the
 * OAuth window opens as usual); Success (Finish); Error (the message, Retry, Back).
 * Escape, the close button and Cancel ask the model to close (NangoConnectUIModel::requestClose()):
 * a half-filled form asks first. Usable from 400×500 up.
 *
 * @code
 * auto *connectUi = new NangoConnectDialog(nango, this); // nango has a connect session token
 * connect(connectUi, &NangoConnectDialog::connected, this, [](const QString &key, const QString &connectionId, bool) { ... });
 * connectUi->open();
 * @endcode
 *
 * The signals are those of `openConnectUI`'s `onEvent`: ready() when the first screen the user
 * works with is shown, connected(), errorOccurred() for each failure shown, and closed() once
 * per open(). The dialog is accepted when it closes after a connection, else rejected.
 */
class NANGOQT_WIDGETS_EXPORT NangoConnectDialog : public QDialog
{
    Q_OBJECT
    /// @copydoc model() const
    Q_PROPERTY(NangoConnectUIModel *model READ model CONSTANT)
public:
    /// A hidden dialog whose model works on @p auth (it needs a connect session token or a token
    /// provider); open() or exec() shows it.
    explicit NangoConnectDialog(NangoAuth *auth, QWidget *parent = nullptr);
    ~NangoConnectDialog() override;

    /// The screen-flow model the dialog shows (owned by the dialog).
    NangoConnectUIModel *model() const;

    /// 440 × 560 logical pixels (or the minimum size, when larger).
    QSize sizeHint() const override;

public Q_SLOTS:
    /// Shows the dialog (window-modal) and opens the model (NangoConnectUIModel::open()).
    void open() override;
    /// Opens the model and runs the dialog modally until it closes.
    int exec() override;
    /// Escape, the close button: NangoConnectUIModel::requestClose() (a dirty form asks first).
    void reject() override;
    /// Closes at once (NangoConnectUIModel::close()), whatever the screen.
    void done(int result) override;

Q_SIGNALS:
    /// The first screen the user works with is shown (NangoConnectUIModel::ready()).
    void ready();
    /// A connection was made (NangoConnectUIModel::connected()); the Success screen shows.
    void connected(const QString &providerConfigKey, const QString &connectionId, bool isPending);
    /// A failure is shown on the Error screen (NangoConnectUIModel::errorOccurred()).
    void errorOccurred(const QString &type, const QString &message);
    /// The dialog closed (once per open()): accepted after a connection, else rejected.
    void closed();

protected:
    /// A dialog shown with show() (not open() or exec()) opens its model too.
    void showEvent(QShowEvent *event) override;
    /// Repaints the picker's logo placeholders when the palette changes.
    void changeEvent(QEvent *event) override;

private:
    friend class NangoConnectDialogPrivate;
    std::unique_ptr<NangoConnectDialogPrivate> const d;
};
