// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A password-echo field with a Show/Hide toggle.
RowLayout {
    id: secret

    property alias text: field.text
    property alias field: field
    property alias placeholderText: field.placeholderText
    /*! objectName of the text field; the toggle is fieldName + "Show". */
    property string fieldName: "secretField"
    /*! What the field holds, e.g. "API key"; names the field and its toggle for screen readers. */
    property string accessibleName
    signal accepted()

    spacing: 4

    TextField {
        id: field
        objectName: secret.fieldName
        Layout.fillWidth: true
        // Never narrower than its placeholder (or a short key when there is none).
        Layout.minimumWidth: Math.max(160, placeholderText.length > 0 ? implicitWidth : 0)
        echoMode: showToggle.checked ? TextInput.Normal : TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        selectByMouse: true
        Accessible.name: secret.accessibleName
        onAccepted: secret.accepted()
    }
    Button {
        id: showToggle
        objectName: secret.fieldName + "Show"
        checkable: true
        flat: true
        text: checked ? qsTr("Hide", "@action:button secret field") : qsTr("Show", "@action:button secret field")
        Accessible.name: checked ? qsTr("Hide %1").arg(secret.accessibleName) : qsTr("Show %1").arg(secret.accessibleName)
    }
}
