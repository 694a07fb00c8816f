// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    Connects an API-key integration: one secret field, validated with Core's rules (the Widgets
    form's), then `auth(integrationId, connectionId, { credentials: { apiKey } })`. A view
    over a CredentialsFormModel of AuthMode.ApiKey.
*/
CredentialsForm {
    id: form

    /*! The key typed so far. */
    property alias apiKey: apiKeyField.text

    authMode: AuthMode.ApiKey

    /*! \private The API key field for `apiKey` (CredentialsForm's hook). */
    function fieldItem(name) {
        return name === "apiKey" ? apiKeyField.field : null
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
        onTextChanged: form.model.setValue("apiKey", text)
        onAccepted: form.submit()
        Component.onCompleted: field.forceActiveFocus()
    }
}
