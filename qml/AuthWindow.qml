// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtWebEngine
import NangoQt

/*!
    The embedded OAuth window: a modal Window with a WebEngineView on a private profile.

    NangoAuth opens one per OAuth flow by itself; apps do not need to create it. It behaves like
    the Widgets modal: http(s)-only navigation, certificate errors refused (\c tls_error), popups
    kept in a child window on the same profile, Escape or the close button = a user close
    (reported once), and the page the Nango host shows is reported back (AuthWindow::pageLoaded) so a
    JSON error document ends the flow with that error.

    The flow shows it as soon as it starts, AuthWindow::connecting ("Connecting to <host>…", nothing
    loaded) while the WebSocket handshake with the Nango server runs, and sets AuthWindow::url when the
    server acknowledged it.
*/
Window {
    id: root

    /*! The page to show; setting it loads it. */
    property url url
    /*! The integration being connected, for the title. */
    property string integrationId
    /*! The Nango host's name, for the connecting text and the line under the page (by default the url's host). */
    property string host: hostOf(url)
    /*! True while the flow waits for the Nango server (before #url is set): the window shows
        "Connecting to <host>…" instead of the page. Setting a web #url ends it. */
    property bool connecting: false
    /*! The private (off-the-record) profile of this flow; the creator owns it. A connecting
        window makes its view once this is set (the flow sets it a moment after showing the
        window: the first profile of a process starts WebEngine, which blocks the thread). */
    property WebEngineProfile profile
    /*! The view, for tests and customisation (null while a connecting window has no profile yet). */
    readonly property alias view: viewHolder.view

    /*! The user closed the window (Escape, the close button); not for closeQuietly(). */
    signal userClosed()
    /*! A page finished loading: its URL, HTTP status (0 when unknown) and document text. */
    signal pageLoaded(url url, int httpStatus, string text)
    /*! The window cannot go on (e.g. \c tls_error). */
    signal errorOccurred(string type, string message)

    /*! Closes the window for the flow, without reporting a user close. */
    function closeQuietly() {
        policy.closeQuietly()
        close()
    }

    objectName: "nangoAuthWindow"
    modality: Qt.ApplicationModal
    flags: Qt.Dialog
    title: qsTr("Connect %1", "@title:window integration").arg(integrationId)
    color: palette.window
    visible: false

    /*! \private The host name of the URL @p target ("" for none): the default of #host. */
    function hostOf(target) {
        const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]*)/i.exec(target.toString())
        return match ? match[1] : ""
    }

    // The web policy the Widgets modal applies too (C++, shared): what the view may load, the
    // refusals that end the flow, the user close reported once, how a loaded page is read.
    WebPolicy {
        id: policy
        onRefused: (type, message) => root.errorOccurred(type, message)
        onUserClosed: root.userClosed()
    }

    // Only web pages: a javascript: or file: URL would run in (or replace) the provider page.
    onUrlChanged: {
        if (policy.openable(url)) {
            connecting = false
            view.url = url // the view exists once the window is not connecting
        }
    }
    onClosing: policy.reportUserClose()

    Shortcut {
        sequences: ["Esc"]
        context: Qt.WindowShortcut
        onActivated: root.close()
    }

    ProgressBar {
        id: progress
        objectName: "loadProgress"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 4
        z: 1
        from: 0
        to: 100
        value: root.view ? root.view.loadProgress : 0
        visible: root.view !== null && root.view.loading
        Accessible.name: qsTr("Page loading progress")
    }

    // While connecting: a native label over the view (which starts up underneath), in the
    // palette's colours. No page is loaded.
    Label {
        id: connectingLabel
        objectName: "connectingLabel"
        anchors.fill: parent
        z: 2
        visible: root.connecting
        text: qsTr("Connecting to %1…", "the window waits for the Nango server's answer").arg(root.host)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        padding: 24
        color: root.palette.windowText
        background: Rectangle { color: root.palette.window }
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // The page's area: the window above the host line.
    Item {
        id: viewArea
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: hostLabel.top }
    }
    // Where the page comes from, as secondary information under it (the title names the integration).
    Label {
        id: hostLabel
        objectName: "hostLabel"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        visible: root.host.length > 0
        height: visible ? implicitHeight : 0
        text: qsTr("Nango server: %1", "the host the authorization page comes from").arg(root.host)
        leftPadding: 8
        rightPadding: 8
        topPadding: 3
        bottomPadding: 3
        color: root.palette.placeholderText
        elide: Text.ElideMiddle
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // What the view and its popups share: http(s) only, certificate errors refused, popups kept
    // in a child window on the same profile.
    /*! \private The web policy's navigation filter (http(s) only), for the view and its popups. */
    function filterNavigation(request) {
        policy.filterNavigation(request)
    }
    /*! \private Refuses a certificate error and ends the flow with `tls_error`. */
    function refuseCertificate(error) {
        policy.refuseCertificate(error)
    }
    /*! \private Opens a provider page's popup in a child window on the same profile. */
    function openPopup(request) {
        // The popup adopts the request while this handler runs, as WebEngine requires.
        Qt.createComponent("AuthPopup.qml").createObject(root, { owner: root, request: request })
    }

    // The view: made at once for a window that is not connecting, else once it has its profile
    // (given at creation: a view made without one would start WebEngine's default profile).
    QtObject {
        id: viewHolder
        property WebEngineView view: null
    }
    /*! \private Makes the web view once it can: at once, or once a connecting window has its #profile. */
    function ensureView() {
        if (viewHolder.view !== null || (connecting && profile === null))
            return
        viewHolder.view = authViewComponent.createObject(viewArea, { profile: root.profile })
    }
    onProfileChanged: ensureView()
    onConnectingChanged: ensureView()
    Component.onCompleted: ensureView()

    Component {
        id: authViewComponent
        WebEngineView {
            id: view
            objectName: "authView"
            anchors.fill: parent
            Accessible.name: qsTr("Authorization page")
            focus: true
            onNavigationRequested: (request) => root.filterNavigation(request)
            onCertificateError: (error) => root.refuseCertificate(error)
            onNewWindowRequested: (request) => root.openPopup(request)

            onLoadingChanged: (info) => {
                const load = policy.finishedLoad(info)
                if (!load)
                    return
                // The document's text: for a JSON error document, the JSON itself.
                view.runJavaScript(policy.pageTextScript, (text) => root.pageLoaded(load.url, load.httpStatus, policy.pageText(text)))
            }
            onRenderProcessTerminated: (terminationStatus, exitCode) => policy.renderProcessTerminated(terminationStatus, exitCode)
            // The callback page's window.close() is not a user close: the flow closes the window.
            onWindowCloseRequested: {}
        }
    }
}
