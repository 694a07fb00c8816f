// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    Connects an API-key integration: one secret field, validated with CredentialsValidator
    (the Widgets form's rules), then \c {auth(integrationId, connectionId, { credentials: { apiKey } })}.
*/
CredentialsForm {
    id: form

    /*! The key typed so far. */
    property alias apiKey: apiKeyField.text

    function collect() {
        const problem = CredentialsValidator.checkApiKey(apiKeyField.text)
        if (problem)
            return { problem: problem, field: apiKeyField.field }
        return { options: { credentials: { apiKey: apiKeyField.text } } }
    }

    Label {
        text: qsTr("API key")
    }
    SecretField {
        id: apiKeyField
        fieldName: "apiKeyEdit"
        Layout.fillWidth: true
        accessibleName: qsTr("API key")
        placeholderText: qsTr("Paste the key from the provider")
        onAccepted: form.submit()
        Component.onCompleted: field.forceActiveFocus()
    }
}
