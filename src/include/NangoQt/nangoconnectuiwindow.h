// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthwindow.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class NangoConnectUISession;
class NangoConnectUIWindow;

/// Makes the window of one hosted Connect UI session. The session owns what it returns (it calls
/// close() and deletes it when it ends). Returning nullptr fails the session with `blocked_by_browser`.
using NangoConnectUIWindowFactory = std::function<NangoConnectUIWindow *(NangoConnectUISession *session)>;

/**
 * @brief Where the hosted Connect UI is shown: the interface between Core's NangoConnectUISession
 * (the message protocol) and a window that frames the Connect UI's web page.
 *
 * An implementation shows a page of its own that frames @p url full-window (an iframe), and
 * bridges the frame's `window.postMessage` traffic: every `message` event the host page receives
 * comes as messageReceived() with the event's origin — the session, not the window, checks the
 * origin; postMessage() posts into the frame with the allowed origin as targetOrigin. Popups the
 * framed page opens (the OAuth window) open in the implementation's popup window, on the same
 * browser profile, with their opener kept (Nango's callback page posts its result to it), and
 * JavaScript dialogs (confirm()) are shown.
 *
 * The order of calls: the factory makes it, paletteTheme() may be read, open() once, then
 * postMessage() any number of times, close() when the session ends (also before `ready`).
 * Report errors from the event loop, never from inside open().
 *
 * Implementations: NangoQt::Widgets' dialog (registered in a QApplication), NangoQt::Quick's
 * ConnectUIWindow (registered in a QGuiApplication), and test windows. They register with
 * registerEmbeddedWindow() when their library starts; the highest priority is kept, by the same
 * rule as NangoAuthWindow's (NangoAuthWindow::EmbeddedPriority: Quick < Widgets < Application).
 */
class NANGOQT_CORE_EXPORT NangoConnectUIWindow : public QObject
{
    Q_OBJECT
public:
    /// The same ranks as the authorization window's registrations.
    using EmbeddedPriority = NangoAuthWindow::EmbeddedPriority;

    /// Base constructor for implementations; each NangoConnectUISession makes one window.
    explicit NangoConnectUIWindow(QObject *parent = nullptr);
    ~NangoConnectUIWindow() override;

    /// Show the window and frame @p url; accept posting into the frame for @p allowedOrigin only.
    virtual void open(const QUrl &url, const QString &allowedOrigin) = 0;
    /// The session has ended: close without emitting userClosed().
    virtual void close() = 0;
    /// Post @p message into the frame (targetOrigin: the allowed origin). Messages posted before
    /// the frame loaded may be dropped; the session posts only after the frame said `ready`.
    virtual void postMessage(const QJsonObject &message) = 0;
    /// "light" or "dark" from the application's palette (NangoConnectUIOptions::Theme::Palette);
    /// the default, "", sends no theme.
    virtual QString paletteTheme() const;

    /// Makes @p factory the embedded Connect UI window unless a registration of a higher
    /// @p priority is in place (an equal one is replaced). Returns whether it is now in use. Thread-safe.
    static bool registerEmbeddedWindow(const NangoConnectUIWindowFactory &factory, EmbeddedPriority priority);
    /// Registers @p factory at EmbeddedPriority::Application (nullptr removes the embedded window;
    /// a module may register again).
    static void registerEmbeddedFactory(const NangoConnectUIWindowFactory &factory);
    /// The factory of the registration in use; empty when no embedded window is registered.
    static NangoConnectUIWindowFactory embeddedFactory();

Q_SIGNALS:
    /// A `message` event reached the host page: its data (only objects are passed on) and its
    /// origin (`MessageEvent.origin`).
    void messageReceived(const QJsonObject &message, const QString &origin);
    /// The user closed the window itself (its close button; Escape before the UI is ready).
    void userClosed();
    /// The window cannot go on (`tls_error`, `blocked_by_browser`, ...): the session ends.
    void errorOccurred(const QString &type, const QString &message);
};
