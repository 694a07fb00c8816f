// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    Connects a Basic-auth integration: a user name and a password (which may be empty),
    validated with Core's rules, then
    `auth(integrationId, connectionId, { credentials: { username, password } })`. A view over
    a CredentialsFormModel of AuthMode.Basic.
*/
CredentialsForm {
    id: form

    /*! The user name typed so far. */
    property alias username: usernameField.text
    /*! The password typed so far (it may stay empty: Basic auth accepts an empty password). */
    property alias password: passwordField.text

    authMode: AuthMode.Basic

    /*! \private The field for `username` or `password` (CredentialsForm's hook). */
    function fieldItem(name) {
        if (name === "username")
            return usernameField
        return name === "password" ? passwordField.field : null
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
        onTextChanged: form.model.setValue("username", text)
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
        onTextChanged: form.model.setValue("password", text)
        onAccepted: form.submit()
    }
}
