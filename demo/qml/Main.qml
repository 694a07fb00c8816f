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

    width: 980
    height: 640
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
        const kind = backend.flowKind(key)
        if (kind === "apiKey" || kind === "basic") {
            const options = backend.jsFormOptions() // the options editor reaches the forms too
            if (!options) {
                statusLabel.text = qsTr("Check the options: see the event log.")
                return
            }
            credentialsDialog.integrationId = key
            credentialsDialog.kind = kind
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

    SplitView {
        anchors.fill: parent

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
                    required property int index
                    required property var model
                    readonly property string integrationKey: model.key
                    width: ListView.view.width
                    text: model.display
                    highlighted: ListView.isCurrentItem
                    Accessible.name: model.display
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
                            text: window.backend.connectionIdAllowed ? window.backend.connectionId : ""
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
                        required property var model
                        width: ListView.view.width
                        text: model.display
                        ToolTip.visible: hovered && model.detail.length > 0
                        ToolTip.text: model.detail
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

    Dialog {
        id: credentialsDialog
        objectName: "credentialsDialog"
        property string integrationId
        property string kind
        property var formOptions: ({})
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, window.width - 24)
        modal: true
        title: qsTr("Connect %1").arg(integrationId)
        standardButtons: Dialog.Cancel
        onAboutToShow: formLoader.setSource(kind === "basic" ? "qrc:/qt/qml/NangoQt/BasicAuthForm.qml" : "qrc:/qt/qml/NangoQt/ApiKeyForm.qml", {
            auth: nango,
            integrationId: integrationId,
            connectionId: window.backend.effectiveConnectionId(),
            options: formOptions,
            padding: 0
        })
        onClosed: formLoader.source = ""
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
