import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

ApplicationWindow {
    id: window
    required property string sessionToken

    width: 480
    height: 360
    visible: true
    title: qsTr("Connect your accounts")

    NangoAuth {
        id: nango
        connectSessionToken: window.sessionToken
        onSucceeded: (providerConfigKey, connectionId) => status.text = qsTr("Connected %1").arg(providerConfigKey)
        onFailed: (type, message) => status.text = qsTr("Failed (%1): %2").arg(type).arg(message)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12

        // OAuth in the module's AuthWindow; the button shows Connecting… / Connected / Retry.
        ConnectButton {
            auth: nango
            integrationId: "github"
            displayName: "GitHub"
        }
        // Any option of the JS SDK, with its own key names.
        Button {
            text: qsTr("Connect Slack")
            onClicked: nango.auth("slack", undefined, {
                user_scope: ["users:read"],
                authorization_params: { team: "T0123" }
            })
        }
        // An API-key integration: a native form, validated, errors shown inline.
        ApiKeyForm {
            auth: nango
            integrationId: "stripe"
            Layout.fillWidth: true
        }
        Label {
            id: status
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
}
