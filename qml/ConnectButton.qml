// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import NangoQt

/*!
    A drop-in button bound to a NangoAuth and an integration: a view over a ConnectAction
    (Core's NangoConnectAction), which runs the right flow for ConnectButton::authMode (the OAuth window, an
    API-key or Basic form — shown here in a dialog — or an unauthenticated create) and holds its
    state: ConnectAction.Idle, Connecting, Connected, Failed (the reason is the tooltip). While an
    OAuth flow waits in the system browser, a small popup under the button says so: "Continue in
    your browser", with Open again, Copy link and Cancel (Escape).
*/
Button {
    id: button

    /*! The NangoAuth the flows run on (QML- or C++-made); required. */
    property alias auth: actionModel.auth
    /*! The integration to connect (its unique key in Nango); required. */
    property alias integrationId: actionModel.integrationId
    /*! Shown on the button; the integration id when empty. */
    property alias displayName: actionModel.displayName
    /*! The connection id to request; empty: the server makes one. */
    property alias connectionId: actionModel.connectionId
    /*! AuthMode.OAuth2 (the default), AuthMode.ApiKey, AuthMode.Basic or AuthMode.None; not used with a #catalog. */
    property alias authMode: actionModel.authMode
    /*! A Catalog that tells the button the integration's auth mode and fields: the dialog then
        shows the provider's form (IntegrationForm), a mode without fields connects at once. */
    property alias catalog: actionModel.catalog
    /*! Extra options for auth()/create(): params, hmac, user_scope, authorization_params, … */
    property var options: ({})
    /*! ConnectAction.Idle, ConnectAction.Connecting, ConnectAction.Connected or ConnectAction.Failed. */
    readonly property alias connectionState: actionModel.state
    /*! In ConnectAction.Failed: the flow's error type (an ErrorType string or the server's). */
    readonly property alias errorType: actionModel.errorType
    /*! In ConnectAction.Failed: the flow's message, also the button's tooltip. */
    readonly property alias errorMessage: actionModel.errorMessage
    /*! #displayName, or #integrationId when it is empty: the name the label shows. */
    readonly property alias shownName: actionModel.shownName
    /*! The action the button shows. */
    readonly property ConnectAction connectAction: ConnectAction {
        id: actionModel
        onCredentialsRequested: form => credentialsDialog.show(form)
    }

    /*! The account is connected (ConnectAction.succeeded); the button shows "Connected". */
    signal succeeded(string providerConfigKey, string connectionId)
    /*! The flow failed (ConnectAction.failed); the button shows "Retry <name>" with the message as tooltip. */
    signal failed(string type, string message)

    /*! Starts the flow (what a click does). */
    function connectAccount() {
        actionModel.trigger()
    }

    onOptionsChanged: actionModel.setOptionsMap(options)
    text: actionModel.text
    enabled: actionModel.enabled
    Accessible.name: text
    Accessible.description: actionModel.errorMessage
    ToolTip.visible: hovered && actionModel.errorMessage.length > 0
    ToolTip.text: actionModel.errorMessage
    onClicked: connectAccount()

    Connections {
        target: actionModel
        function onSucceeded(providerConfigKey, connectionId) {
            credentialsDialog.close()
            button.succeeded(providerConfigKey, connectionId)
        }
        function onFailed(type, message) {
            button.failed(type, message)
        }
    }

    // While the flow waits in the system browser: "Continue in your browser" under the button
    // (above it when the window has no room below), not modal; it goes when the flow ends.
    Connections {
        target: actionModel
        function onInSystemBrowserChanged() {
            if (actionModel.inSystemBrowser)
                browserWaitPopup.open()
            else
                browserWaitPopup.close()
        }
    }
    Timer {
        id: refocusTimer
        interval: 0
        onTriggered: {
            if (button.visible && button.enabled)
                button.forceActiveFocus(Qt.OtherFocusReason)
        }
    }
    Popup {
        id: browserWaitPopup
        objectName: "browserWaitPopup"
        readonly property real roomBelow: button.Window.height - button.mapToItem(null, 0, button.height).y
        modal: false
        focus: true
        closePolicy: Popup.NoAutoClose // the flow decides; Escape is Cancel (BrowserWait)
        margins: 8 // inside the window
        padding: 12
        x: 0
        y: roomBelow >= height + 12 ? button.height + 4 : -height - 4
        width: Math.min(Math.max(320, implicitWidth), button.Window.width > 0 ? button.Window.width - 16 : 440, 440)
        onOpened: browserWait.focusFirst()
        // Back to the button once it is enabled again (the action's state follows the flow's end).
        onClosed: refocusTimer.restart()
        BrowserWait {
            id: browserWait
            anchors.fill: parent
            providerName: actionModel.shownName
            authorizationUrl: actionModel.authorizationUrl
            onOpenAgainRequested: actionModel.openAgain()
            onCancelRequested: actionModel.cancel()
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
        /*! The action's credentials form being shown. */
        property CredentialsFormModel formModel: null
        function show(model) {
            formModel = model
            open()
        }
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
        onAboutToShow: {
            setUpButtons()
            // The action made a fresh form model: no key or password lingers from an earlier attempt.
            formLoader.setSource(formModel.hasSchema ? "IntegrationForm.qml"
                                 : formModel.authMode === AuthMode.Basic ? "BasicAuthForm.qml" : "ApiKeyForm.qml", {
                model: formModel,
                showSubmitButton: false,
                padding: 0
            })
        }
        /*! The schema form opens in its first empty field, as the Widgets dialog does. */
        function focusFirstEmptyField() {
            const form = credentialsDialog.currentForm
            const model = credentialsDialog.formModel
            if (!form || !model || !model.hasSchema)
                return
            const names = model.fieldNames
            for (let i = 0; i < names.length; ++i) {
                const item = model.value(names[i]).length === 0 ? form.fieldItem(names[i]) : null
                if (item) {
                    item.forceActiveFocus()
                    return
                }
            }
        }
        onOpened: focusFirstEmptyField()
        onClosed: formLoader.source = ""
        // Errors stay in the form so the user can correct them; closing it without success
        // is a cancel: back to Idle, as the Widgets button does.
        onRejected: actionModel.cancelCredentials()

        Loader {
            id: formLoader
        }
    }
}
