// SPDX-License-Identifier: MIT
// nangoqt-demo's QML face: the same app as the Widgets one, through `import NangoQt`.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

ApplicationWindow {
    id: window

    /*! The DemoBackend (C++): server, integrations, options, connections, event log. */
    required property var backend
    /*! The DemoTheme (C++): the light/dark switch; its colors are this window's palette. */
    property var theme: null

    function applyTheme() {
        if (!theme)
            return
        const colors = theme.colors
        for (const role in colors)
            palette[role] = colors[role]
    }
    Component.onCompleted: applyTheme()
    Connections {
        target: window.theme
        function onChanged() { window.applyTheme() }
    }

    width: 980
    height: 700
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    title: qsTr("NangoQt demo (QML)")

    NangoAuth {
        id: nango
        objectName: "demoNangoAuth"
        Component.onCompleted: window.backend.auth = nango
    }

    function connectIntegration(key) {
        if (backend.catalog) {
            // The catalog says which flow: the provider's form for every mode with fields.
            const action = backend.connectAction(key)
            if (!action) {
                statusLabel.text = qsTr("Check the options: see the event log.")
                return
            }
            action.credentialsRequested.connect(form => credentialsDialog.showForm(action, form))
            action.failed.connect((type, message) => statusLabel.text = message)
            action.trigger()
            return
        }
        const mode = backend.authMode(key)
        if (mode === AuthMode.ApiKey || mode === AuthMode.Basic) {
            const options = backend.jsFormOptions() // the options editor reaches the forms too
            if (!options) {
                statusLabel.text = qsTr("Check the options: see the event log.")
                return
            }
            credentialsDialog.integrationId = key
            credentialsDialog.authMode = mode
            credentialsDialog.formOptions = options
            credentialsDialog.open()
            return
        }
        if (!backend.connectIntegration(key))
            statusLabel.text = qsTr("Check the options: see the event log.")
    }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: window.close()
            }
        }
        Menu {
            title: qsTr("&View")
            enabled: window.theme !== null
            Action {
                objectName: "darkPaletteAction"
                text: qsTr("&Dark palette")
                checkable: true
                checked: window.theme ? window.theme.dark : false
                onToggled: window.theme.dark = checked
            }
        }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            Label {
                objectName: "serverLabel"
                text: window.backend.serverDescription
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: 8
            }
            Label {
                id: statusLabel
                Layout.rightMargin: 8
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Frame {
            objectName: "connectUIPanel"
            Layout.fillWidth: true
            Layout.margins: 8
            Layout.bottomMargin: 0
            RowLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("Pick an integration and connect it in NangoQt's own Connect UI, or in Nango's hosted one.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "hostedConnectUIButton"
                    text: qsTr("Hosted Connect UI…")
                    enabled: window.backend.connectUIAuth !== null
                    Accessible.name: qsTr("Open Nango's hosted Connect UI")
                    onClicked: window.backend.openHostedConnectUI()
                }
                Button {
                    id: connectAccountButton
                    objectName: "connectAccountButton"
                    text: qsTr("Connect an account…")
                    highlighted: true
                    focus: true
                    enabled: window.backend.connectUIAuth !== null
                    Accessible.name: qsTr("Connect an account in the Connect UI")
                    onClicked: connectUI.open()
                }
            }
        }
        Label {
            objectName: "advancedLabel"
            text: qsTr("Advanced — connect one integration with options of your own:")
            Layout.leftMargin: 8
            Layout.topMargin: 4
        }
        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                SplitView.preferredWidth: 280
                SplitView.minimumWidth: 200
                spacing: 6

                Label {
                    text: qsTr("Integrations")
                    font.bold: true
                    Layout.margins: 8
                    Layout.bottomMargin: 0
                }
                ListView {
                    id: integrationsList
                    objectName: "integrationsList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    focus: true
                    model: window.backend.integrations
                    keyNavigationEnabled: true
                    currentIndex: 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Integrations")
                    property string currentKey: currentItem ? currentItem.integrationKey : ""
                    Keys.onReturnPressed: window.connectIntegration(currentKey)
                    Keys.onEnterPressed: window.connectIntegration(currentKey)
                    delegate: ItemDelegate {
                        id: integrationRow
                        required property int index
                        required property var model
                        readonly property string integrationKey: model.key
                        width: ListView.view.width
                        text: model.display
                        highlighted: ListView.isCurrentItem
                        Accessible.name: model.display
                        // Two lines: the name (and key), then the auth mode the catalog gives, so
                        // a narrow list cuts neither.
                        contentItem: Column {
                            Label {
                                width: parent.width
                                elide: Text.ElideRight
                                text: integrationRow.model.displayName === integrationRow.integrationKey
                                      ? integrationRow.integrationKey
                                      : qsTr("%1 (%2)", "@item:inlistbox integration name (key)").arg(integrationRow.model.displayName).arg(integrationRow.integrationKey)
                                color: integrationRow.highlighted ? integrationRow.palette.highlightedText : integrationRow.palette.text
                            }
                            Label {
                                width: parent.width
                                visible: text.length > 0
                                elide: Text.ElideRight
                                text: integrationRow.model.authMode
                                font.pointSize: Math.max(7, integrationRow.font.pointSize - 1)
                                color: integrationRow.highlighted ? integrationRow.palette.highlightedText : integrationRow.palette.placeholderText
                            }
                        }
                        onClicked: integrationsList.currentIndex = index
                        onDoubleClicked: window.connectIntegration(integrationKey)
                    }
                    ScrollBar.vertical: ScrollBar {}
                }
                RowLayout {
                    Layout.margins: 8
                    Button {
                        text: qsTr("Add…")
                        onClicked: addDialog.open()
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "connectButton"
                        text: qsTr("Connect")
                        highlighted: true
                        enabled: integrationsList.currentKey.length > 0
                        onClicked: window.connectIntegration(integrationsList.currentKey)
                    }
                }
            }

            ColumnLayout {
                spacing: 6

                GroupBox {
                    title: qsTr("Options")
                    Layout.fillWidth: true
                    Layout.margins: 8
                    GridLayout {
                        anchors.fill: parent
                        columns: 2
                        columnSpacing: 8

                        Label { text: qsTr("Connection ID") }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                objectName: "connectionIdField"
                                Layout.fillWidth: true
                                enabled: window.backend.connectionIdAllowed
                                text: window.backend.connectionId // empty with a session token
                                placeholderText: window.backend.connectionIdAllowed ? "" : qsTr("chosen by the server (connect session token)")
                                Accessible.name: qsTr("Connection ID")
                                onTextEdited: window.backend.connectionId = text
                            }
                            Button {
                                text: qsTr("New")
                                enabled: window.backend.connectionIdAllowed
                                onClicked: window.backend.newConnectionId()
                            }
                        }
                        Label { text: qsTr("Params") }
                        TextField {
                            Layout.fillWidth: true
                            placeholderText: qsTr("key=value; key2=value2 (e.g. subdomain=acme)")
                            text: window.backend.params.split("\n").join("; ")
                            Accessible.name: qsTr("Params")
                            onTextEdited: window.backend.params = text.split(";").map(s => s.trim()).join("\n")
                        }
                        Label { text: qsTr("User scope") }
                        TextField {
                            Layout.fillWidth: true
                            placeholderText: qsTr("comma-separated, e.g. users:read,chat:write")
                            text: window.backend.userScope
                            Accessible.name: qsTr("User scope")
                            onTextEdited: window.backend.userScope = text
                        }
                        Label { text: qsTr("Authorization params") }
                        TextField {
                            Layout.fillWidth: true
                            placeholderText: qsTr("key=value; separated by ';'")
                            text: window.backend.authorizationParams.split("\n").join("; ")
                            Accessible.name: qsTr("Authorization params")
                            onTextEdited: window.backend.authorizationParams = text.split(";").map(s => s.trim()).join("\n")
                        }
                        Label { text: qsTr("HMAC") }
                        TextField {
                            Layout.fillWidth: true
                            placeholderText: qsTr("from your backend, when the server requires it")
                            text: window.backend.hmac
                            Accessible.name: qsTr("HMAC")
                            onTextEdited: window.backend.hmac = text
                        }
                        Item { width: 1; height: 1 }
                        CheckBox {
                            text: qsTr("Detect a closed authorization window")
                            checked: window.backend.detectClosedAuthWindow
                            onToggled: window.backend.detectClosedAuthWindow = checked
                        }
                        Label { text: qsTr("OAuth window") }
                        ComboBox {
                            Layout.preferredWidth: 220
                            model: [qsTr("Embedded window"), qsTr("System browser")]
                            currentIndex: window.backend.systemBrowser ? 1 : 0
                            Accessible.name: qsTr("OAuth window")
                            onActivated: (index) => window.backend.systemBrowser = index === 1
                        }
                    }
                }

                // The newest result, in words: a success names the account that was connected.
                Pane {
                    objectName: "resultBanner"
                    visible: window.backend.lastResultKind.length > 0
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    padding: 8
                    background: Rectangle {
                        color: window.palette.alternateBase
                        border.color: window.palette.mid
                        radius: 4
                    }
                    RowLayout {
                        anchors.fill: parent
                        spacing: 8
                        Label {
                            text: window.backend.lastResultKind === "success" ? "✓" : window.backend.lastResultKind === "cancelled" ? "ℹ" : "⚠"
                            font.pixelSize: 20
                            font.bold: true
                            Accessible.ignored: true
                        }
                        Label {
                            objectName: "resultLabel"
                            text: window.backend.lastResult
                            wrapMode: Text.Wrap
                            font.bold: window.backend.lastResultKind === "success"
                            Layout.fillWidth: true
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: window.backend.lastResultKind === "success" ? qsTr("Connected")
                                           : window.backend.lastResultKind === "cancelled" ? qsTr("Cancelled") : qsTr("Not connected")
                            Accessible.description: text
                        }
                    }
                }

                TabBar {
                    id: tabs
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    TabButton { text: qsTr("Connections") }
                    TabButton { text: qsTr("Event log") }
                }
                StackLayout {
                    currentIndex: tabs.currentIndex
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.margins: 8
                    Layout.topMargin: 0

                    ListView {
                        objectName: "connectionsList"
                        clip: true
                        model: window.backend.connections
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Connections made")
                        delegate: ItemDelegate {
                            id: connectionRow
                            required property var model
                            required property int index
                            width: ListView.view.width
                            Accessible.name: model.integration + ", " + model.status
                            Accessible.description: model.detail
                            contentItem: RowLayout {
                                spacing: 8
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Label {
                                        text: qsTr("%1 — %2 — %3").arg(connectionRow.model.integration)
                                                                   .arg(connectionRow.model.connectionId.length > 0 ? connectionRow.model.connectionId : qsTr("(chosen by the server)"))
                                                                   .arg(connectionRow.model.status)
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        // In words: the error, the provider config key, or where to finish.
                                        visible: text.length > 0
                                        text: connectionRow.model.detail
                                        wrapMode: Text.Wrap
                                        opacity: 0.8
                                        Layout.fillWidth: true
                                    }
                                }
                                Button {
                                    objectName: "copyLinkButton"
                                    visible: connectionRow.model.browserUrl.length > 0
                                    text: qsTr("Copy link")
                                    Accessible.name: qsTr("Copy the authorization link of %1").arg(connectionRow.model.integration)
                                    onClicked: if (window.backend.copyAuthorizationUrl(connectionRow.index)) statusLabel.text = qsTr("Link copied: paste it into your web browser.")
                                }
                                Button {
                                    objectName: "cancelConnectionButton"
                                    visible: connectionRow.model.running
                                    text: qsTr("Cancel")
                                    Accessible.name: qsTr("Cancel connecting %1").arg(connectionRow.model.integration)
                                    onClicked: window.backend.connections.cancel(connectionRow.index)
                                }
                            }
                        }
                        ScrollBar.vertical: ScrollBar {}
                    }
                    ListView {
                        id: logList
                        objectName: "eventLogList"
                        clip: true
                        model: window.backend.eventLog
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Event log")
                        onCountChanged: positionViewAtEnd()
                        delegate: Label {
                            required property var model
                            width: ListView.view.width
                            text: model.display
                            font.family: "monospace"
                            elide: Text.ElideRight
                        }
                        ScrollBar.vertical: ScrollBar {}
                    }
                }
            }
        }
    }

    ConnectUI {
        id: connectUI
        objectName: "connectUI"
        auth: window.backend.connectUIAuth
        Component.onCompleted: window.backend.watchConnectUI(connectUI, qsTr("Connect UI"))
    }

    Dialog {
        id: credentialsDialog
        objectName: "credentialsDialog"
        property string integrationId
        property int authMode: AuthMode.ApiKey
        property var formOptions: ({})
        /*! With the catalog: the ConnectAction's form model (its provider's schema) and the action. */
        property CredentialsFormModel formModel: null
        property ConnectAction action: null
        function showForm(connectAction, model) {
            action = connectAction
            formModel = model
            integrationId = connectAction.shownName
            open()
        }
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, window.width - 24)
        modal: true
        title: qsTr("Connect %1").arg(integrationId)
        clip: true
        // One button row: Connect (submits the form, does not close the dialog) beside Cancel.
        standardButtons: Dialog.Apply | Dialog.Cancel
        onApplied: formLoader.item.submit()
        onAboutToShow: {
            const connect = standardButton(Dialog.Apply)
            connect.text = qsTr("Connect")
            connect.highlighted = true
            if (formModel) {
                formLoader.setSource("qrc:/qt/qml/NangoQt/IntegrationForm.qml", {
                    model: formModel,
                    showSubmitButton: false,
                    padding: 0
                })
                return
            }
            formLoader.setSource(authMode === AuthMode.Basic ? "qrc:/qt/qml/NangoQt/BasicAuthForm.qml" : "qrc:/qt/qml/NangoQt/ApiKeyForm.qml", {
                auth: nango,
                integrationId: integrationId,
                connectionId: window.backend.effectiveConnectionId(),
                options: formOptions,
                showSubmitButton: false,
                padding: 0
            })
        }
        readonly property var shownForm: formLoader.item
        /*! The schema form opens in its first empty field, as the Widgets dialog does. */
        function focusFirstEmptyField() {
            const form = credentialsDialog.shownForm
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
        onClosed: {
            formLoader.source = ""
            formModel = null
        }
        // Closing the action's form without success is a cancel: the action goes back to Idle.
        onRejected: {
            if (action)
                action.cancelCredentials()
        }
        Loader {
            id: formLoader
            width: parent.width
        }
        Connections {
            target: formLoader.item
            ignoreUnknownSignals: true
            function onSucceeded() {
                credentialsDialog.close()
            }
        }
    }

    Dialog {
        id: addDialog
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Add an integration")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: {
            if (!window.backend.addIntegration(keyField.text, modeBox.currentText))
                statusLabel.text = qsTr("An integration needs a unique key.")
            keyField.clear()
        }
        GridLayout {
            columns: 2
            Label { text: qsTr("Unique key") }
            TextField {
                id: keyField
                placeholderText: qsTr("e.g. github")
                Accessible.name: qsTr("Unique key")
            }
            Label { text: qsTr("Authorization") }
            ComboBox {
                id: modeBox
                model: ["OAUTH2", "API_KEY", "BASIC", "NONE", "OAUTH1", "APP"]
                Accessible.name: qsTr("Authorization")
            }
        }
    }
}
