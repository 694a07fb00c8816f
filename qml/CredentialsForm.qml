// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    The base of ApiKeyForm and BasicAuthForm: runs the flow on \l auth, shows a busy state while
    the request runs and the server's (or the validator's) error inline. Subtypes put their
    fields in it and implement collect().
*/
Pane {
    id: form

    /*! The NangoAuth that runs the flow. */
    property NangoAuth auth
    property string integrationId
    property string connectionId
    /*!
        Other options sent with the typed credentials, with the JS SDK's keys: \c params,
        \c hmac, … The form's own \c credentials replace any given here.
    */
    property var options: ({})
    /*! True while the request runs; fields and button are disabled. */
    readonly property bool busy: internal.flow !== null
    /*!
        Whether the form shows its own Connect button. A dialog that has a button row of its
        own (ConnectButton's) turns it off and calls submit() from its Connect button.
    */
    property bool showSubmitButton: true
    /*! The error shown under the fields ("" when none). */
    readonly property string errorText: internal.errorText
    default property alias fields: fieldsLayout.data

    signal succeeded(string providerConfigKey, string connectionId)
    signal failed(string type, string message)

    /*! Validates the fields and, if they are acceptable, connects the account. */
    function submit() {
        if (busy)
            return
        const request = collect()
        if (request.problem) {
            showError(request.problem, request.field)
            return
        }
        run(Object.assign({}, options, request.options))
    }

    /*! Subtypes: { options } to submit, or { problem, field } to refuse. */
    function collect() {
        return { options: {} }
    }

    function showError(message, field) {
        internal.errorText = message
        if (field)
            field.forceActiveFocus()
    }

    function run(options) {
        if (!auth) {
            showError(qsTr("This form is not connected to a NangoAuth object."), null)
            return
        }
        internal.errorText = ""
        const flow = auth.auth(integrationId, connectionId, options)
        if (!flow)
            return
        internal.flow = flow
        flow.succeeded.connect((providerConfigKey, connectionId) => {
            internal.flow = null
            form.succeeded(providerConfigKey, connectionId)
        })
        flow.failed.connect((type, message) => {
            internal.flow = null
            internal.errorText = message // the server's error, inline
            form.failed(type, message)
        })
    }

    QtObject {
        id: internal
        property AuthFlow flow: null
        property string errorText
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
            message: form.errorText
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
