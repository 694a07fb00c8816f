// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtWebEngine
import NangoQt

/*!
    The hosted Connect UI's window in the QML face (internal: NangoAuth.openConnectUI() makes it).

    A modal Window whose WebEngineView shows NangoQt's host page (qrc, shared with the Widgets
    face) framing Nango's Connect UI, with the C++ bridge on its WebChannel. The same rules as
    AuthWindow: only the host page at the top and http(s) pages in its frame and popups,
    certificate errors refused; the OAuth popup the UI opens from inside its frame opens in an
    AuthPopup on the same profile (its opener kept); JavaScript confirm() is asked in a dialog.
    Escape closes the window until the UI said \c ready; then it belongs to the UI.
*/
Window {
    id: root

    /*! The off-the-record profile of this window; the creator owns it. */
    required property WebEngineProfile profile
    /*! The bridge (NangoConnectUIBridge, on the view's web channel, which the creator sets):
        frameUrl, allowedOrigin, uiReady. */
    required property var bridge
    /*! The host page's URL (qrc). */
    required property url hostPage
    /*! The view, for tests. */
    readonly property alias view: connectView
    /*! The dialog that asks a page's confirm() question, for tests. */
    readonly property alias confirmation: confirmDialog

    /*! The user closed the window (its close button; Escape before the UI is ready). */
    signal userClosed()
    /*! The window cannot go on (tls_error, blocked_by_browser). */
    signal errorOccurred(string type, string message)

    /*! Closes the window for the session, without reporting a user close. */
    function closeQuietly() {
        policy.closeQuietly()
        close()
    }

    objectName: "nangoConnectUIWindow"
    modality: Qt.ApplicationModal
    flags: Qt.Dialog
    title: qsTr("Connect an account", "@title:window the hosted Connect UI")
    color: palette.window
    visible: false

    WebPolicy {
        id: policy
        onRefused: (type, message) => root.errorOccurred(type, message)
        onUserClosed: root.userClosed()
    }
    onClosing: policy.reportUserClose()

    Shortcut {
        sequences: ["Esc"]
        context: Qt.WindowShortcut
        enabled: !root.bridge.uiReady
        onActivated: root.close()
    }

    // What the popups (AuthPopup) use: http(s) only, certificate errors refused, nested popups.
    function filterNavigation(request) {
        policy.filterNavigation(request)
    }
    function refuseCertificate(error) {
        policy.refuseCertificate(error)
    }
    function openPopup(request) {
        // The popup adopts the request while this handler runs, as WebEngine requires.
        Qt.createComponent("AuthPopup.qml").createObject(root, { owner: root, request: request })
    }

    WebEngineView {
        id: connectView
        objectName: "connectUIView"
        anchors.fill: parent
        focus: true
        profile: root.profile
        backgroundColor: "transparent"
        Accessible.name: qsTr("Connect UI")
        onNavigationRequested: (request) => {
            if (request.url.toString() === root.hostPage.toString())
                return
            if (request.isMainFrame) {
                request.reject()
                return
            }
            policy.filterNavigation(request)
        }
        onCertificateError: (error) => root.refuseCertificate(error)
        onNewWindowRequested: (request) => root.openPopup(request)
        onRenderProcessTerminated: (terminationStatus, exitCode) => policy.renderProcessTerminated(terminationStatus, exitCode)
        // The UI's own window.close() is nothing to us: it says `close` when it means it.
        onWindowCloseRequested: {}
        onJavaScriptDialogRequested: (request) => {
            if (request.type !== JavaScriptDialogRequest.DialogTypeConfirm)
                return // WebEngine's own dialogs
            request.accepted = true
            confirmDialog.request = request
            confirmDialog.text = request.message
            confirmDialog.open()
        }
    }

    Dialog {
        id: confirmDialog
        objectName: "connectUIConfirm"
        property var request: null
        property alias text: confirmText.text
        anchors.centerIn: parent
        width: Math.min(root.width - 40, 360)
        modal: true
        title: root.title
        standardButtons: Dialog.Ok | Dialog.Cancel
        closePolicy: Popup.CloseOnEscape
        Label {
            id: confirmText
            width: parent.width
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        onAccepted: answer(true)
        onRejected: answer(false)
        function answer(ok) {
            const pending = request
            request = null
            if (pending === null)
                return
            if (ok)
                pending.dialogAccept()
            else
                pending.dialogReject()
        }
    }

    /*! Loads the host page; the creator calls it once the view has its web channel. */
    function start() {
        // A Connect UI served over plain http from another machine would be mixed content in
        // the qrc host page; loopback is trustworthy anyway.
        if (root.bridge.frameUrl.indexOf("http:") === 0)
            connectView.settings.allowRunningInsecureContent = true
        connectView.url = root.hostPage
    }
}
