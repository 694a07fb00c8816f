// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QSize>
#include <QUrl>

#include <functional>

class NangoAuthFlow;
class NangoAuthWindow;

/// Makes the window for one OAuth flow. The flow owns what it returns (it calls close() and
/// deleteLater() when it ends). Returning nullptr makes the flow fail with `blocked_by_browser`.
using NangoAuthWindowFactory = std::function<NangoAuthWindow *(NangoAuthFlow *flow)>;

/**
 * @brief Where the user authorizes: the interface between Core and a window implementation.
 *
 * Core opens it at the `/oauth/connect` URL and listens to what it reports; Core never depends
 * on how it is shown. Implementations: NangoSystemBrowserWindow (Core), the embedded WebEngine
 * modal of NangoQt::Widgets, the AuthWindow of the QML module, and test windows.
 *
 * The order of calls for one OAuth flow:
 * 1. the factory makes the window when the flow starts (before the WebSocket is opened; a
 *    factory returning nullptr ends the flow with `blocked_by_browser` and no WebSocket);
 * 2. prepare() right after the WebSocket open was issued, while the server's `connection_ack`
 *    is awaited: an embedded window shows itself in a "Connecting to <host>…" state and starts
 *    its browser, so the handshake and the browser's start-up overlap;
 * 3. open() once the server acknowledged the WebSocket: navigate to the `/oauth/connect` URL;
 * 4. close() when the flow ends, whatever the state (also before open(): a failure before the
 *    ack, cancel(), the timeout).
 *
 * userClosed() may come at any time after prepare(), also before open(): the flow treats it as
 * any user close. A window the user closed must not show itself again when open() follows
 * (that only happens with NangoAuthOptions::detectClosedAuthWindow off). prepare() runs inside
 * NangoAuth::auth(): report errors from the event loop, never from inside prepare() or open().
 *
 * The embedded implementations register themselves with registerEmbeddedWindow() when their
 * library is loaded (Q_COREAPP_STARTUP_FUNCTION), so linking NangoQt::Widgets or importing the
 * QML module is enough for NangoAuth::auth() to use them.
 *
 * Which one NangoAuth uses when several are loaded is decided here, by priority, not by the
 * order in which the libraries start: the registration with the highest EmbeddedPriority is kept
 * (an equal one replaces it). NangoQt::Widgets registers its modal (WidgetsModal) in a
 * QApplication only, a QWidget needing one; NangoQt::Quick registers its AuthWindow (QuickWindow,
 * lower) in any QGuiApplication. So in a QGuiApplication the AuthWindow is the embedded window;
 * in a QApplication that loads both modules C++-made NangoAuth objects keep the Widgets modal,
 * even when the QML module is loaded later, while a NangoAuth declared in QML opens the
 * AuthWindow through its own window factory (NangoAuth::setWindowFactory()).
 */
class NANGOQT_CORE_EXPORT NangoAuthWindow : public QObject
{
    Q_OBJECT
public:
    /// Base constructor for implementations; NangoAuth makes one window per OAuth flow.
    explicit NangoAuthWindow(QObject *parent = nullptr);
    ~NangoAuthWindow() override;

    /**
     * The flow has started and awaits the server's WebSocket acknowledgement. A window shown to
     * the user appears now, @p size logical pixels, in a connecting state naming @p host (the
     * Nango host's name, e.g. "api.nango.dev"; no network use), and gets ready to navigate.
     * @p integrationId is for the title. Called once, before open(). The default does nothing:
     * such windows (the system browser, custom windows) only act in open().
     */
    virtual void prepare(const QSize &size, const QString &integrationId, const QString &host);
    /// Show @p url in a window of @p size logical pixels; @p integrationId is for the title.
    /// Called once, after prepare(), when the server acknowledged the WebSocket.
    virtual void open(const QUrl &url, const QSize &size, const QString &integrationId) = 0;
    /// The flow has ended (result frame, error, cancel, timeout), possibly before open() was
    /// called: close without emitting userClosed().
    virtual void close() = 0;

    /// Whether this window can notice that the user closed it (the system browser cannot).
    virtual bool canDetectUserClose() const { return true; }

    /// The rank of an embedded window registration: the highest registered one is in use.
    enum class EmbeddedPriority {
        QuickWindow = 100, ///< NangoQt::Quick's AuthWindow (registered in a QGuiApplication)
        WidgetsModal = 200, ///< NangoQt::Widgets' NangoAuthDialog (registered in a QApplication)
        Application = 1000, ///< the app's own, with registerEmbeddedFactory()
    };
    Q_ENUM(EmbeddedPriority)

    /**
     * Makes @p factory the embedded window and @p preloader what NangoAuth::preload() runs (the
     * implementation's warm-up, e.g. starting WebEngine's processes), unless a registration of a
     * higher @p priority is in place; an equal one is replaced (registering again is harmless).
     * Returns whether this registration is now in use. Thread-safe.
     */
    static bool registerEmbeddedWindow(const NangoAuthWindowFactory &factory, const std::function<void()> &preloader,
                                       EmbeddedPriority priority);
    /// Registers @p factory at EmbeddedPriority::Application: it replaces whatever a GUI module
    /// registered, and a module starting later does not replace it. The preloader is kept.
    /// nullptr removes the embedded window (NangoAuth then has none); a module may register again.
    static void registerEmbeddedFactory(const NangoAuthWindowFactory &factory);
    /// The factory of the registration in use; empty when no embedded window is registered.
    static NangoAuthWindowFactory embeddedFactory();
    /// Replaces what NangoAuth::preload() runs, keeping the factory (registerEmbeddedWindow()
    /// sets both).
    static void registerEmbeddedPreloader(const std::function<void()> &preloader);
    /// What NangoAuth::preload() runs now; empty when nothing is registered.
    static std::function<void()> embeddedPreloader();

Q_SIGNALS:
    /// The user closed the window (Esc, close button). Not for close() calls.
    void userClosed();
    /**
     * A page finished loading. @p httpStatus is 0 when unknown, @p text is the document's text
     * (for a JSON document, the JSON itself). Core uses it to end a flow that the Nango host
     * answered with a JSON error document or a 4xx callback page instead of a result frame.
     */
    void pageLoaded(const QUrl &url, int httpStatus, const QString &text);
    /// The window cannot go on (e.g. "tls_error", "blocked_by_browser"); ends the flow.
    void errorOccurred(const QString &type, const QString &message);
};
