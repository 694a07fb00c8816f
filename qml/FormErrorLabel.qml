// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// The forms' inline error: palette colours only, announced to assistive technology.
Label {
    id: label

    property string message

    objectName: "errorLabel"
    visible: message.length > 0
    text: message
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    padding: 6
    color: palette.brightText
    background: Rectangle {
        color: label.palette.highlight
        radius: 2
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Error")
    Accessible.description: message
}
