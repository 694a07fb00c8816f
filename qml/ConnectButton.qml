// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import NangoQt

/*!
    A drop-in button bound to a NangoAuth and an integration: runs the right flow for
    \l authKind (the OAuth window, an API-key or Basic form in a dialog, or an unauthenticated
    create) and shows its state: Idle, Connecting, Connected, Failed (with the reason as tooltip).
*/
Button {
    id: button

    enum AuthKind { OAuth, ApiKey, Basic, None }
    enum State { Idle, Connecting, Connected, Failed }

    property NangoAuth auth
    property string integrationId
    /*! Shown on the button; the integration id when empty. */
    property string displayName
    property string connectionId
    property int authKind: ConnectButton.OAuth
    /*! Extra options for auth()/create(): params, hmac, user_scope, authorization_params, … */
    property var options: ({})
    readonly property int connectionState: internal.state
    readonly property string errorType: internal.errorType
    readonly property string errorMessage: internal.errorMessage

    signal succeeded(string providerConfigKey, string connectionId)
    signal failed(string type, string message)

    /*! Starts the flow (what a click does). */
    function connectAccount() {
        if (internal.state === ConnectButton.Connecting)
            return
        if (!auth) {
            internal.finish(false, "missing_auth_token", qsTr("This button is not connected to a NangoAuth object."))
            return
        }
        if (authKind === ConnectButton.ApiKey || authKind === ConnectButton.Basic) {
            internal.state = ConnectButton.Connecting
            credentialsDialog.open()
            return
        }
        const flow = authKind === ConnectButton.None
                ? auth.create(integrationId, connectionId, options)
                : auth.auth(integrationId, connectionId, options)
        if (!flow)
            return
        internal.state = ConnectButton.Connecting
        flow.succeeded.connect((key, id) => internal.finish(true, key, id))
        flow.failed.connect((type, message) => internal.finish(false, type, message))
    }

    readonly property string shownName: displayName.length > 0 ? displayName : integrationId
    text: {
        switch (internal.state) {
        case ConnectButton.Connecting: return qsTr("Connecting…", "@action:button")
        case ConnectButton.Connected: return qsTr("Connected", "@action:button")
        case ConnectButton.Failed: return qsTr("Retry %1", "@action:button").arg(shownName)
        default: return qsTr("Connect %1", "@action:button").arg(shownName)
        }
    }
    enabled: internal.state !== ConnectButton.Connecting
    Accessible.name: text
    Accessible.description: internal.errorMessage
    ToolTip.visible: hovered && internal.errorMessage.length > 0
    ToolTip.text: internal.errorMessage
    onClicked: connectAccount()

    QtObject {
        id: internal
        property int state: ConnectButton.Idle
        property string errorType
        property string errorMessage

        function finish(ok, first, second) {
            if (ok) {
                errorType = ""
                errorMessage = ""
                state = ConnectButton.Connected
                button.succeeded(first, second)
            } else {
                errorType = first
                errorMessage = second
                state = ConnectButton.Failed
                button.failed(first, second)
            }
        }
    }

    Dialog {
        id: credentialsDialog
        objectName: "credentialsDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Connect %1").arg(button.shownName)
        // As wide as the form needs (at least 360), never wider than the window; as tall as its
        // content, which grows when an error appears. Nothing paints outside it.
        width: Math.min(Math.max(360, implicitWidth), parent ? parent.width - 24 : 420)
        clip: true
        closePolicy: Popup.CloseOnEscape
        // One button row: Connect (submits the form, does not close the dialog) beside Cancel.
        standardButtons: Dialog.Apply | Dialog.Cancel
        onApplied: currentForm.submit()
        readonly property var currentForm: formLoader.item
        function setUpButtons() {
            const connect = standardButton(Dialog.Apply)
            if (!connect || connect.objectName === "connectButton")
                return
            connect.objectName = "connectButton"
            connect.highlighted = true
            connect.text = Qt.binding(() => credentialsDialog.currentForm && credentialsDialog.currentForm.busy
                                      ? qsTr("Connecting…", "@action:button") : qsTr("Connect", "@action:button"))
            connect.enabled = Qt.binding(() => !(credentialsDialog.currentForm && credentialsDialog.currentForm.busy))
            connect.Accessible.name = qsTr("Connect")
            standardButton(Dialog.Cancel).objectName = "cancelButton"
        }
        property bool finished: false
        onAboutToShow: {
            setUpButtons()
            finished = false
            // A fresh form each time: no key or password lingers from an earlier attempt.
            formLoader.setSource(button.authKind === ConnectButton.Basic ? "BasicAuthForm.qml" : "ApiKeyForm.qml", {
                auth: button.auth,
                integrationId: button.integrationId,
                connectionId: button.connectionId,
                options: button.options,
                showSubmitButton: false,
                padding: 0
            })
        }
        onClosed: formLoader.source = ""
        // Errors stay in the form so the user can correct them; closing it without success
        // is a cancel: back to Idle, as the Widgets button does.
        onRejected: {
            if (!finished)
                internal.state = ConnectButton.Idle
        }

        Loader {
            id: formLoader
        }
        Connections {
            target: formLoader.item
            ignoreUnknownSignals: true
            function onSucceeded(key, id) {
                credentialsDialog.formSucceeded(key, id)
            }
        }
        function formSucceeded(key, id) {
            finished = true
            close()
            internal.finish(true, key, id)
        }
    }
}
