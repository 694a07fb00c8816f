// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    Connects a Basic-auth integration: a user name and a password (which may be empty),
    validated with CredentialsValidator, then
    \c {auth(integrationId, connectionId, { credentials: { username, password } })}.
*/
CredentialsForm {
    id: form

    property alias username: usernameField.text
    property alias password: passwordField.text

    function collect() {
        let problem = CredentialsValidator.checkUsername(usernameField.text)
        if (problem)
            return { problem: problem, field: usernameField }
        problem = CredentialsValidator.checkPassword(passwordField.text)
        if (problem)
            return { problem: problem, field: passwordField.field }
        return { options: { credentials: { username: usernameField.text, password: passwordField.text } } }
    }

    Label {
        text: qsTr("User name")
    }
    TextField {
        id: usernameField
        objectName: "usernameEdit"
        Layout.fillWidth: true
        selectByMouse: true
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("User name")
        onAccepted: passwordField.field.forceActiveFocus()
        Component.onCompleted: forceActiveFocus()
    }
    Label {
        text: qsTr("Password")
    }
    SecretField {
        id: passwordField
        fieldName: "passwordEdit"
        Layout.fillWidth: true
        accessibleName: qsTr("Password")
        onAccepted: form.submit()
    }
}
