// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangocatalog.h>
#include <NangoQt/nangocredentialsformmodel.h>
#include <NangoQt/nangologocache.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QAbstractItemModel>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class NangoConnectUIModelPrivate;

/**
 * @brief The native Connect UI without its widgets: which screen is shown, what is selected,
 * what runs — the model both `NangoConnectDialog` (Widgets) and `ConnectUI` (QML) view.
 *
 * Like Nango's hosted Connect UI (`nango.openConnectUI()`), on a NangoAuth with a connect
 * session token (or a token provider): open() reads the session and its integrations through
 * catalog() (Loading), shows the integration picker (Picker: integrations() filtered by
 * searchText(), currentRow() the highlighted row, logos through logos()), then the chosen
 * integration's form from its provider's schema (Form: form()), or — when nothing is to be
 * typed (OAuth, NONE, every field preset) — connects at once (Connecting; the OAuth window
 * opens through NangoAuth as usual), and ends on Success (finish()) or Error (retry(), back()).
 *
 * @code
 * auto *ui = new NangoConnectUIModel(this);
 * ui->setAuth(nango);
 * connect(ui, &NangoConnectUIModel::connected, this, [](const QString &key, const QString &id, bool) { ... });
 * ui->open();
 * @endcode
 *
 * Screens and what moves between them:
 * - Closed → open() → Loading → Picker; a session that allows exactly one integration, or a
 *   reconnect session (reconnecting()), goes straight to that integration, and canGoBack() is
 *   false. A load failure → Error (retry() loads again).
 * - Picker → select() / selectRow() / activateCurrent() → Form (while the provider's schema
 *   loads and when it has fields) or Connecting (connectsAtOnce: submitted at once).
 * - Form → submit() → Connecting (an invalid form stays on Form, form()->errorText() says why);
 *   back() → Picker.
 * - Connecting → Success (connected() once) or Error (errorOccurred() once). An OAuth window
 *   the user closed (`authorization_cancelled`) goes back to the Form, or the Picker, as
 *   Nango's UI does: no error; back() on Connecting cancels the flow likewise. A Form whose
 *   form() has nothing to ask (connectsAtOnce) is shown only then, for a single-integration
 *   session: a view shows the integration and a button that calls submit().
 * - Error → retry() repeats what failed (the load, or the connect); back() → Picker (Form for
 *   a single-integration session). Success → finish() closes.
 * - Any screen → requestClose() (Escape, the close button): with typed values not sent
 *   (dirty()), confirmingClose() becomes true and the view asks; confirmClose(true) closes.
 *   close() always closes at once: running loads and flows are cancelled, the screen is
 *   Closed and closed() is emitted once per open().
 *
 * Signals are those of `openConnectUI`'s `onEvent`: ready() once per open() when the first
 * interactive screen (Picker, Form or Connecting) is reached; connected(); errorOccurred() once
 * per failure; closed(). An expired session token is refreshed through NangoAuth's token
 * provider (NangoCatalog and the flows do it). Without a session token and nobody to ask for
 * one, open() shows Error with `missing_connect_session_token`.
 */
class NANGOQT_CORE_EXPORT NangoConnectUIModel : public QObject
{
    Q_OBJECT
    /// @copydoc auth() const
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    /// @copydoc catalog() const
    Q_PROPERTY(NangoCatalog *catalog READ catalog CONSTANT)
    /// @copydoc logos() const
    Q_PROPERTY(NangoLogoCache *logos READ logos CONSTANT)
    /// The screen shown (Closed until open()); the class notes say what moves between screens.
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    /// @copydoc isOpen() const
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openChanged)
    /// @copydoc integrations() const
    Q_PROPERTY(QAbstractItemModel *integrations READ integrations CONSTANT)
    /// @copydoc searchText() const
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    /// @copydoc currentRow() const
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY currentRowChanged)
    /// @copydoc integrationId() const
    Q_PROPERTY(QString integrationId READ integrationId NOTIFY selectionChanged)
    /// The chosen integration's display name (its row's `displayName` in #integrations); "" before
    /// one is chosen.
    Q_PROPERTY(QString displayName READ displayName NOTIFY selectionChanged)
    /// The chosen integration's logo URL (read it through #logos); empty before one is chosen.
    Q_PROPERTY(QUrl logoUrl READ logoUrl NOTIFY selectionChanged)
    /// @copydoc authMode() const
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode NOTIFY selectionChanged)
    /// @copydoc form() const
    Q_PROPERTY(NangoCredentialsFormModel *form READ form NOTIFY formChanged)
    /// @copydoc isReconnecting() const
    Q_PROPERTY(bool reconnecting READ isReconnecting NOTIFY sessionChanged)
    /// @copydoc canGoBack() const
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY canGoBackChanged)
    /// @copydoc isDirty() const
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    /// @copydoc isConfirmingClose() const
    Q_PROPERTY(bool confirmingClose READ isConfirmingClose NOTIFY confirmingCloseChanged)
    /// @copydoc errorType() const
    Q_PROPERTY(QString errorType READ errorType NOTIFY errorChanged)
    /// The Error screen's message, next to #errorType.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    /// @copydoc providerConfigKey() const
    Q_PROPERTY(QString providerConfigKey READ providerConfigKey NOTIFY connectedChanged)
    /// The Success screen's connection id, next to #providerConfigKey.
    Q_PROPERTY(QString connectionId READ connectionId NOTIFY connectedChanged)
    /// @copydoc options() const
    Q_PROPERTY(NangoAuthOptions options READ options WRITE setOptions NOTIFY optionsChanged)
    /// @copydoc isInSystemBrowser() const
    Q_PROPERTY(bool inSystemBrowser READ isInSystemBrowser NOTIFY inSystemBrowserChanged)
    /// @copydoc authorizationUrl() const
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY inSystemBrowserChanged)

public:
    /// The screen shown.
    enum class Screen {
        Closed,     ///< not open
        Loading,    ///< reading the session and its integrations
        Picker,     ///< the integrations, search and selection
        Form,       ///< the chosen integration's form (form()); also while its schema loads
        Connecting, ///< the flow runs (credentials request or OAuth window)
        Success,    ///< connected: providerConfigKey(), connectionId()
        Error,      ///< errorType(), errorMessage(); retry() or back()
    };
    Q_ENUM(Screen)

    /// A Closed model without a NangoAuth: set #auth before open().
    explicit NangoConnectUIModel(QObject *parent = nullptr);
    /// A Closed model on @p auth.
    explicit NangoConnectUIModel(NangoAuth *auth, QObject *parent = nullptr);
    ~NangoConnectUIModel() override;

    /// The NangoAuth that reads the catalog and runs the flows (its host, token, token provider, CAs).
    NangoAuth *auth() const;
    /// Setter of the #auth property (notifier: authChanged()).
    void setAuth(NangoAuth *auth);
    /// The catalog the model reads (owned; on auth()).
    NangoCatalog *catalog() const;
    /// The logo cache the views read the picker's logos from (owned; on auth()).
    NangoLogoCache *logos() const;

    /// Getter of the #screen property.
    Screen screen() const;
    /// screen() != Closed.
    bool isOpen() const;

    /// The picker's rows: the catalog's NangoIntegrationsModel (same roles) filtered by searchText().
    QAbstractItemModel *integrations() const;
    /// Case-insensitive filter on display name, unique key and provider ("" = every integration).
    QString searchText() const;
    /// Setter of the #searchText property (notifier: searchTextChanged()).
    void setSearchText(const QString &text);
    /// The highlighted row of integrations(), -1 for none; kept valid while filtering: the same
    /// integration while it matches, else the first match; -1 while nothing matches (the
    /// integration highlighted before is highlighted again when it matches again). The Picker
    /// starts on row 0. Out-of-range rows are clamped.
    int currentRow() const;
    /// Setter of the #currentRow property (notifier: currentRowChanged()).
    void setCurrentRow(int row);

    /// The chosen integration's unique key ("" on the Picker and before one is chosen).
    QString integrationId() const;
    /// Getter of the #displayName property.
    QString displayName() const;
    /// Getter of the #logoUrl property.
    QUrl logoUrl() const;
    /// The chosen integration's auth mode (Unknown until its provider is known).
    NangoAuthMode::Mode authMode() const;
    /// The Form screen's model (schema from catalog()), owned, replaced per selection; null before one.
    NangoCredentialsFormModel *form() const;

    /// The session is a reconnect one (POST /connect/sessions/reconnect): straight to its integration.
    bool isReconnecting() const;
    /// False when the session allows one integration or is a reconnect one (no Picker to go back to).
    bool canGoBack() const;
    /// The form holds typed values not sent yet.
    bool isDirty() const;
    /// requestClose() found the form dirty: the view asks, then calls confirmClose().
    bool isConfirmingClose() const;

    /// The Error screen's error type (a NangoErrorType or the server's) and message.
    QString errorType() const;
    /// Getter of the #errorMessage property.
    QString errorMessage() const;
    /// The Success screen's integration and connection id.
    QString providerConfigKey() const;
    /// Getter of the #connectionId property.
    QString connectionId() const;

    /**
     * The rest of each flow's call (params, hmac, user scope, …), given to every form. By
     * default NangoAuthOptions with detectClosedAuthWindow on: an OAuth window the user closes
     * brings the UI back to the form or the picker at once.
     */
    NangoAuthOptions options() const;
    /// Setter of the #options property (notifier: optionsChanged()).
    void setOptions(const NangoAuthOptions &options);
    /// setOptions() from a map with the JS SDK's key names, as QML passes them.
    Q_INVOKABLE void setOptionsMap(const QVariantMap &options);

    /**
     * On the Connecting screen: the OAuth flow waits for the user in the system browser
     * (NangoAuthFlow::isInSystemBrowser(), e.g. Browser::Auto for a provider that refuses embedded
     * browsers). The view shows "Continue in your browser" with Cancel (back()), Copy link
     * (authorizationUrl()) and Open again (openAgain()).
     */
    bool isInSystemBrowser() const;
    /// While isInSystemBrowser(): the flow's NangoAuthFlow::authorizationUrl() (it carries the
    /// session token: copy it only when the user asks); empty otherwise.
    QUrl authorizationUrl() const;

public Q_SLOTS:
    /// Closed → Loading → Picker (or the only / the reconnect integration). Nothing while open.
    void open();
    /// Chooses the integration @p uniqueKey (Picker → Form or Connecting); ignored off the Picker
    /// or for a key the session does not allow.
    void select(const QString &uniqueKey);
    /// select() of row @p row of integrations().
    void selectRow(int row);
    /// select() of currentRow() (Enter).
    void activateCurrent();
    /// Moves currentRow() by @p delta (arrow keys), clamped to the rows.
    void moveCurrent(int delta);
    /// Form → Connecting (form()->submit()); an invalid form stays on Form.
    void submit();
    /**
     * Form/Error → Picker (or Error → Form when canGoBack() is false); Connecting (the
     * Connecting screen's Cancel) → cancels the flow, then back as when the user closes the
     * OAuth window: the Form when it has fields, else the Picker (the Form for a
     * single-integration session). Nothing on an Error of the load (retry() or close()).
     */
    void back();
    /// While isInSystemBrowser(): opens authorizationUrl() in the system browser again
    /// (NangoAuthFlow::openAgain()); nothing otherwise.
    void openAgain();
    /// Error → repeats what failed: the load, or the connect.
    void retry();
    /// Success → close().
    void finish();
    /// Escape / close button / Finish: a dirty form → confirmingClose() and false; else close() and true.
    bool requestClose();
    /// The answer to confirmingClose(): true closes, false stays.
    void confirmClose(bool accept);
    /// Closes at once, whatever the screen: cancels what runs; closed() once per open().
    void close();

Q_SIGNALS:
    /// The first interactive screen of this open() is shown (once per open()).
    void ready();
    /// A connection was made (or re-authorized) on the Success screen.
    void connected(const QString &providerConfigKey, const QString &connectionId, bool isPending);
    /// A load or connect failed (once per failure): the screen is Error.
    void errorOccurred(const QString &type, const QString &message);
    /// The model closed (once per open()).
    void closed();

    /// Notifier of the #auth property.
    void authChanged();
    /// Notifier of the #screen property; @p screen is its new value.
    void screenChanged(NangoConnectUIModel::Screen screen);
    /// Notifier of the #isOpen property.
    void openChanged();
    /// Notifier of the #searchText property.
    void searchTextChanged();
    /// Notifier of the #currentRow property.
    void currentRowChanged();
    /// Notifier of #integrationId, #displayName, #logoUrl and #authMode.
    void selectionChanged();
    /// Notifier of the #form property.
    void formChanged();
    /// Notifier of the #reconnecting property.
    void sessionChanged();
    /// Notifier of the #canGoBack property.
    void canGoBackChanged();
    /// Notifier of the #dirty property.
    void dirtyChanged();
    /// Notifier of the #confirmingClose property.
    void confirmingCloseChanged();
    /// Notifier of #errorType and #errorMessage.
    void errorChanged();
    /// Notifier of #providerConfigKey and #connectionId.
    void connectedChanged();
    /// Notifier of the #options property.
    void optionsChanged();
    /// Notifier of #inSystemBrowser and #authorizationUrl.
    void inSystemBrowserChanged();

private:
    friend class NangoConnectUIModelPrivate;
    std::unique_ptr<NangoConnectUIModelPrivate> const d;
};
