// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoconnectuioptions.h>
#include <NangoQt/nangoconnectuiwindow.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class NangoAuth;
class NangoConnectUISessionPrivate;

/**
 * @brief One hosted Connect UI, opened by NangoAuth::openConnectUI(): the JS SDK's `ConnectUI`
 * object, its `onEvent` callback as signals.
 *
 * @code
 * NangoConnectUISession *ui = nango->openConnectUI();
 * connect(ui, &NangoConnectUISession::connected, this, [](const QString &key, const QString &connectionId, bool isPending) { ... });
 * connect(ui, &NangoConnectUISession::closed, this, [] { ... });
 * @endcode
 *
 * **Embedded** (NangoAuth::Browser Auto or Embedded, with NangoQt::Widgets linked or the QML
 * module loaded): a modal window frames `NangoConnectUIOptions::url()` and the session speaks
 * the Connect UI's message protocol — messages are accepted only from the baseUrl's origin
 * (others are ignored, logged at debug on `nangoqt.core`); after `ready` it posts
 * `{type: "session_token", sessionToken}` (the token given to setSessionToken(), else the
 * NangoAuth's connectSessionToken; with neither, the NangoAuth's token provider or
 * connectSessionTokenRequested() is asked), and again on every setSessionToken(). The UI's
 * events become signals: `ready` → ready(), `connect` → connected(), `error` → errorOccurred(),
 * `close` (Escape, Close, Finish, an outside click in the UI) → closed(). Like the JS SDK, a
 * `connect` or an `error` does not close the UI: it shows "Success!" or the failure and the user
 * closes it. No `ready` within NangoConnectUIOptions::readyTimeout (10 s) →
 * errorOccurred(`connect_ui_not_ready`, naming the URL) then closed().
 *
 * **System browser** (NangoAuth::Browser::System, or Auto without an embedded window): the
 * session opens the session's connect link (NangoConnectUIOptions::connectLink(): the token in
 * the URL, `&apiURL=` for a self-hosted Nango) in the user's browser. A browser tab cannot send
 * messages to a desktop app, so in this mode the app gets **only** errorOccurred()
 * (`blocked_by_browser` when no browser could be started; `missing_connect_session_token`
 * without a token) and closed(): never ready(), connected() nor a user close. The session stays
 * open (isOpen()) until the app calls close(). Your backend learns of the new connection the way
 * it always does — Nango's `auth` webhook (operation `creation`, `success`), or listing the end
 * user's connections with the secret key — and can tell the app, which then calls close().
 *
 * Each signal comes from the event loop, so connecting after openConnectUI() returns is in time.
 * closed() comes exactly once, after which the NangoAuth deletes the session (deleteLater()); an
 * error the UI reports twice for one failure (an OAuth refusal: the WebSocket's, then the
 * popup's, ~60 ms apart) is emitted once; a `connect` repeated for the same connection too.
 * Destroying the NangoAuth deletes its sessions and their windows without signals.
 */
class NANGOQT_CORE_EXPORT NangoConnectUISession : public QObject
{
    Q_OBJECT
    /// The options openConnectUI() was given (baseUrl, apiUrl, language, theme, …); fixed for the session.
    Q_PROPERTY(NangoConnectUIOptions options READ options CONSTANT)
    /// @copydoc url() const
    Q_PROPERTY(QUrl url READ url CONSTANT)
    /// @copydoc isOpen() const
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openChanged)
    /// @copydoc isLoaded() const
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    /// @copydoc isInSystemBrowser() const
    Q_PROPERTY(bool inSystemBrowser READ isInSystemBrowser CONSTANT)
public:
    ~NangoConnectUISession() override;

    /// Getter of the #options property.
    NangoConnectUIOptions options() const;
    /// The page the window frames (no token in it); in the system browser, the connect link
    /// without its session_token. Empty when the session could not start.
    QUrl url() const;
    /// True until closed().
    bool isOpen() const;
    /// True once the Connect UI sent `ready` (never in the system browser).
    bool isLoaded() const;
    /// True when the connect link went to the system browser (see the class notes).
    bool isInSystemBrowser() const;
    /// The NangoAuth that opened it.
    NangoAuth *auth() const;

public Q_SLOTS:
    /// The token for this session (it wins over the NangoAuth's); sent now if the UI is ready,
    /// else after its `ready`. In the system browser, a session waiting for a token opens the link.
    void setSessionToken(const QString &token);
    /// Closes the window (the system browser's tab cannot be closed) and emits closed(), once.
    void close();

Q_SIGNALS:
    /// The embedded Connect UI sent `ready` (once; never in the system browser): the token goes out now.
    void ready();
    /// The UI's `connect` event: the connection @p connectionId of @p providerConfigKey was made
    /// (@p isPending: awaiting approval, e.g. a GitHub App install). The UI stays open.
    void connected(const QString &providerConfigKey, const QString &connectionId, bool isPending);
    /// The UI's `error` event, or a failure of the session itself (`connect_ui_not_ready`,
    /// `blocked_by_browser`, `missing_connect_session_token`): a NangoErrorType-style @p type and @p message.
    void errorOccurred(const QString &type, const QString &message);
    /// The session ended (the user closed the UI, or close()); once, then the session is deleted.
    void closed();

    /// Notifier of the #isOpen property.
    void openChanged();
    /// Notifier of the #loaded property.
    void loadedChanged();

private:
    friend class NangoAuth;
    NangoConnectUISession(NangoAuth *auth, const NangoConnectUIOptions &options, const NangoConnectUIWindowFactory &factory);
    /// Called by NangoAuth::openConnectUI() once the session is made.
    void start();

    friend class NangoConnectUISessionPrivate;
    std::unique_ptr<NangoConnectUISessionPrivate> const d;
};
