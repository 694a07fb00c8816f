// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    Internal to the module (`internal` in its qmldir: not a type apps create): documented as
    the base whose properties, signals and submit() ApiKeyForm, BasicAuthForm and
    IntegrationForm have.

    The base of ApiKeyForm and BasicAuthForm: a view over a CredentialsFormModel (Core's
    NangoCredentialsFormModel: the values, validation, busy state and the flow on CredentialsForm::auth).
    It shows the model's error inline and focuses the field the model refuses. Subtypes put
    their fields in it, write what is typed with `model.setValue(name, text)` and map a
    field name to its item in fieldItem().
*/
Pane {
    id: form

    /*! The NangoAuth that runs the flow. */
    property NangoAuth auth
    /*! The integration whose credentials the form sends (its unique key in Nango). */
    property string integrationId
    /*! The connection id to request; empty: the server makes one. */
    property string connectionId
    /*!
        Other options sent with the typed credentials, with the JS SDK's keys: \c params,
        \c hmac, … The form's own \c credentials replace any given here.
    */
    property var options: ({})
    /*! The auth mode of the form's own model (AuthMode.ApiKey or AuthMode.Basic). */
    property int authMode: AuthMode.ApiKey
    /*!
        The model the form shows: its own, set up from #auth, #integrationId,
        #connectionId and #options; or one given to it (ConnectButton gives its action's).
    */
    property CredentialsFormModel model: CredentialsFormModel {
        id: ownModel
        auth: form.auth
        integrationId: form.integrationId
        connectionId: form.connectionId
        authMode: form.authMode
    }
    /*! True while the request runs; fields and button are disabled. */
    readonly property bool busy: form.model ? form.model.busy : false
    /*!
        Whether the form shows its own Connect button. A dialog that has a button row of its
        own (ConnectButton's) turns it off and calls submit() from its Connect button.
    */
    property bool showSubmitButton: true
    /*!
        Whether the form submits itself (the default): Enter and Connect validate and run the
        flow. A host that submits through a model of its own (ConnectUI, through
        ConnectUIModel.submit()) turns it off: submit() then only emits submitRequested().
    */
    property bool submitsItself: true
    /*! Field problems are shown beside their field by the subtype (IntegrationForm), not under the form. */
    property bool fieldErrorsInline: false
    /*! The error shown under the fields ("" when none). */
    readonly property string errorText: form.model ? form.model.errorText : ""
    /*! The subtype's field items (the default property), laid out in the form's two-column grid. */
    default property alias fields: fieldsLayout.data

    /*! The credentials were accepted: the connection is made. */
    signal succeeded(string providerConfigKey, string connectionId)
    /*! The request failed (an ErrorType string or the server's, and a message); the form shows the message. */
    signal failed(string type, string message)
    /*! Enter or Connect asked to submit while #submitsItself is off. */
    signal submitRequested()

    onOptionsChanged: ownModel.setOptionsMap(form.options)

    /*! Validates the fields and, if they are acceptable, connects the account. */
    function submit() {
        if (!form.submitsItself)
            form.submitRequested()
        else if (form.model)
            form.model.submit()
    }

    /*! Subtypes: the item to focus for the model's field @p name. */
    function fieldItem(name) {
        return null
    }

    Connections {
        target: form.model
        function onSucceeded(providerConfigKey, connectionId) {
            form.succeeded(providerConfigKey, connectionId)
        }
        function onFailed(type, message) {
            form.failed(type, message)
        }
        function onValidationFailed(field) {
            const item = form.fieldItem(field)
            if (item)
                item.forceActiveFocus()
        }
    }

    ColumnLayout {
        // The form's width is its fields'; the error wraps inside it and the form grows in height.
        width: form.availableWidth
        spacing: 8

        GridLayout {
            id: fieldsLayout
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 8
            rowSpacing: 6
            enabled: !form.busy
        }

        FormErrorLabel {
            Layout.fillWidth: true
            message: form.fieldErrorsInline && form.model && form.model.errorField.length > 0 ? "" : form.errorText
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            visible: form.showSubmitButton
            BusyIndicator {
                running: form.busy
                visible: running
                implicitWidth: submitButton.implicitHeight
                implicitHeight: submitButton.implicitHeight
                Accessible.name: qsTr("Connecting")
            }
            Button {
                id: submitButton
                objectName: "submitButton"
                text: form.busy ? qsTr("Connecting…", "@action:button") : qsTr("Connect", "@action:button")
                enabled: !form.busy
                highlighted: true
                Accessible.name: qsTr("Connect")
                onClicked: form.submit()
            }
        }
    }
}
