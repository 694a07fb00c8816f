// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*
    Internal to ConnectButton and ConnectUI: "Continue in your browser", shown while an OAuth flow
    waits in the system browser — the provider's name, Open again, Copy link (the authorization
    URL to the clipboard, "Link copied" for a moment) and Cancel. Escape on any of its buttons is
    Cancel. Only a view: the owner connects the requests to its model.
*/
FocusScope {
    id: wait

    /*! The provider's (integration's) name the text shows. */
    property string providerName
    /*! What Copy link puts on the clipboard: the flow's authorization URL. */
    property url authorizationUrl
    readonly property string link: String(authorizationUrl)

    signal openAgainRequested()
    signal cancelRequested()

    /*! Puts the focus on Open again. */
    function focusFirst() {
        if (openAgainButton.enabled)
            openAgainButton.forceActiveFocus(Qt.TabFocusReason) // the focus frame shows where Space goes
        else
            cancelButton.forceActiveFocus(Qt.TabFocusReason)
    }

    objectName: "browserWait"
    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Continue in your browser", "@label accessible name of the browser wait state")
    Keys.onEscapePressed: event => {
        event.accepted = true
        wait.cancelRequested()
    }

    WebPolicy {
        id: clipboard // its copyToClipboard(): QGuiApplication's clipboard
    }
    Timer {
        id: copiedTimer
        interval: 2500
    }
    onProviderNameChanged: copiedTimer.stop()

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: 6
        FontMetrics {
            id: metrics
        }
        Label {
            objectName: "browserWaitTitle"
            Layout.fillWidth: true
            text: qsTr("Continue in your browser", "@title")
            wrapMode: Text.Wrap
            font.bold: true
            font.pointSize: metrics.font.pointSize * 1.15
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "browserWaitText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: copiedTimer.running ? qsTr("Link copied. Paste it into your browser's address bar.")
                                      : qsTr("Finish connecting %1 in the browser window that opened.").arg(wait.providerName)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 6
            Button {
                id: openAgainButton
                objectName: "openAgainButton"
                text: qsTr("Open again", "@action:button open the authorization page in the browser again")
                enabled: wait.link.length > 0
                focus: true
                Accessible.name: qsTr("Open again", "@action:button accessible name")
                Accessible.description: qsTr("Opens the sign-in page in your browser again")
                onClicked: wait.openAgainRequested()
                Keys.onReturnPressed: wait.openAgainRequested()
                Keys.onEnterPressed: wait.openAgainRequested()
            }
            Button {
                id: copyLinkButton
                objectName: "copyLinkButton"
                text: qsTr("Copy link", "@action:button copy the authorization page's address")
                enabled: wait.link.length > 0
                Accessible.name: qsTr("Copy link", "@action:button accessible name")
                Accessible.description: qsTr("Copies the sign-in page's address, to paste into a browser")
                function copy() {
                    clipboard.copyToClipboard(wait.link)
                    copiedTimer.restart()
                }
                onClicked: copy()
                Keys.onReturnPressed: copy()
                Keys.onEnterPressed: copy()
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                id: cancelButton
                objectName: "browserCancelButton"
                text: qsTr("Cancel", "@action:button")
                Accessible.name: qsTr("Cancel connecting", "@action:button accessible name")
                Accessible.description: qsTr("Stops waiting for the browser")
                onClicked: wait.cancelRequested()
                Keys.onReturnPressed: wait.cancelRequested()
                Keys.onEnterPressed: wait.cancelRequested()
            }
        }
    }
}
