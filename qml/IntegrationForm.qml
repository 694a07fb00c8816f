// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    The form a provider's schema asks for: a view over a CredentialsFormModel whose fields come
    from the provider (`model.setSchemaMaps(provider, integration, integrationsConfigDefaults)`,
    or a IntegrationForm::catalog that reads them for \c integrationId). Each field is labelled (its title,
    "optional" when it may stay empty), has its description, the example as placeholder, its
    prefix and suffix beside it, a Show toggle when secret, a ComboBox for an enum, a link to the
    provider's guide at its section, and its validation problem under it. Fields follow their
    \c visible_when; when nothing is left to ask the form says so and connects once shown.
*/
CredentialsForm {
    id: form

    /*! A Catalog that supplies the schema for \c integrationId. */
    property Catalog catalog: null
    /*!
        Whether a form with nothing to ask submits itself once shown (the default). A host whose
        model connects such forms itself (ConnectUI) turns it off: the form then says there is
        nothing to enter and waits for Connect.
    */
    property bool autoConnect: true

    fieldErrorsInline: true

    onCatalogChanged: form.model.catalog = form.catalog
    Component.onCompleted: {
        if (form.catalog)
            form.model.catalog = form.catalog
        form.connectIfNothingToAsk()
    }

    /*! Submits at once when the model has nothing left to ask (once). */
    function connectIfNothingToAsk() {
        if (form.autoConnect && !autoSubmitted && form.model && form.model.hasSchema && form.model.connectsAtOnce && !form.model.busy) {
            autoSubmitted = true
            form.submit()
        }
    }
    /*! \private True once the form submitted itself (#autoConnect does it once). */
    property bool autoSubmitted: false

    /*! \private The editor of the field @p name (CredentialsForm's hook). */
    function fieldItem(name) {
        for (let i = 0; i < fieldRepeater.count; ++i) {
            const item = fieldRepeater.itemAt(i)
            if (item && item.fieldKey === name)
                return item.editor
        }
        return null
    }

    Connections {
        target: form.model
        function onFieldsChanged() {
            form.connectIfNothingToAsk()
        }
    }

    Label {
        objectName: "connectsAtOnceLabel"
        Layout.columnSpan: 2
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: form.model !== null && form.model.hasSchema && form.model.connectsAtOnce
        text: !form.model ? "" : form.autoConnect ? qsTr("There is nothing to enter: %1 is connected as soon as this form opens.").arg(form.model.displayName)
                                                  : qsTr("There is nothing to enter for %1.").arg(form.model.displayName)
    }

    Repeater {
        id: fieldRepeater
        model: form.model ? form.model.fieldList : []
        onItemAdded: (index, item) => {
            item.formModel = form.model
            item.submitRequested.connect(form.submit)
        }

        delegate: ColumnLayout {
            id: row
            required property var modelData
            // Set by the Repeater (onItemAdded): a delegate reaches nothing outside itself.
            property CredentialsFormModel formModel: null
            signal submitRequested()
            readonly property string fieldKey: modelData.key
            readonly property Item editor: modelData.options.length > 0 ? combo : (modelData.secret ? secretField.field : textField)
            // The problem shown under the field: the model's, until what is typed passes.
            readonly property string problem: row.formModel && row.formModel.errorField === row.fieldKey
                                              && row.formModel.checkValue(row.fieldKey, row.formModel.values[fieldKey] ?? "").length > 0
                                              ? row.formModel.errorText : ""

            onFormModelChanged: {
                if (!row.formModel)
                    return
                // What the model holds (a default, what was typed before a rebuild).
                secretField.text = row.modelData.secret ? row.formModel.value(row.fieldKey) : ""
                textField.text = row.modelData.secret ? "" : row.formModel.value(row.fieldKey)
            }

            // Values set on the model (a default, a program) show in the field.
            Connections {
                target: row.formModel
                function onValuesChanged() {
                    const value = row.formModel.value(row.fieldKey)
                    if (row.modelData.secret && secretField.text !== value)
                        secretField.text = value
                    else if (!row.modelData.secret && row.modelData.options.length === 0 && textField.text !== value)
                        textField.text = value
                }
            }

            Layout.columnSpan: 2
            Layout.fillWidth: true
            spacing: 2
            // fieldNames is read so the binding follows visible_when as values change.
            visible: row.formModel !== null && row.formModel.fieldNames.length >= 0 && row.formModel.isFieldVisible(row.fieldKey)

            Label {
                text: row.modelData.optional ? qsTr("%1 (optional)").arg(row.modelData.title) : row.modelData.title
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    objectName: row.fieldKey + "Prefix"
                    visible: text.length > 0
                    text: row.modelData.prefix
                }
                ComboBox {
                    id: combo
                    objectName: row.modelData.options.length > 0 ? row.fieldKey + "Edit" : ""
                    visible: row.modelData.options.length > 0
                    Layout.fillWidth: true
                    model: row.modelData.optional ? [""].concat(row.modelData.options) : row.modelData.options
                    currentIndex: row.formModel ? Math.max(0, combo.model.indexOf(row.formModel.values[row.fieldKey] ?? "")) : 0
                    Accessible.name: row.modelData.title
                    Accessible.description: row.problem.length > 0 ? row.problem : row.modelData.description
                    onActivated: row.formModel.setValue(row.fieldKey, combo.currentText)
                    Keys.onReturnPressed: row.submitRequested()
                }
                SecretField {
                    id: secretField
                    visible: row.modelData.options.length === 0 && row.modelData.secret
                    fieldName: row.modelData.options.length === 0 && row.modelData.secret ? row.fieldKey + "Edit" : ""
                    Layout.fillWidth: true
                    accessibleName: row.modelData.title
                    placeholderText: row.modelData.example
                    onTextChanged: if (row.formModel) row.formModel.setValue(row.fieldKey, secretField.text)
                    onAccepted: row.submitRequested()
                }
                TextField {
                    id: textField
                    objectName: row.modelData.options.length === 0 && !row.modelData.secret ? row.fieldKey + "Edit" : ""
                    visible: row.modelData.options.length === 0 && !row.modelData.secret
                    Layout.fillWidth: true
                    Layout.minimumWidth: 160
                    placeholderText: row.modelData.example
                    selectByMouse: true
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: row.modelData.title
                    Accessible.description: row.problem.length > 0 ? row.problem : row.modelData.description
                    onTextChanged: if (row.formModel) row.formModel.setValue(row.fieldKey, textField.text)
                    onAccepted: row.submitRequested()
                }
                Label {
                    objectName: row.fieldKey + "Suffix"
                    visible: text.length > 0
                    text: row.modelData.suffix
                }
            }
            Label {
                objectName: row.fieldKey + "Description"
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.modelData.description
                wrapMode: Text.Wrap
                color: row.palette.placeholderText
            }
            Label {
                objectName: row.fieldKey + "DocLink"
                visible: row.modelData.docUrl.length > 0
                textFormat: Text.StyledText
                linkColor: row.palette.link
                text: "<a href=\"%1\">%2</a>".arg(row.modelData.docUrl).arg(qsTr("Where to find the %1").arg(row.modelData.title))
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Guide: where to find the %1").arg(row.modelData.title)
                onLinkActivated: link => Qt.openUrlExternally(link)
            }
            Label {
                objectName: row.fieldKey + "Error"
                Layout.fillWidth: true
                visible: row.problem.length > 0
                text: row.problem
                wrapMode: Text.Wrap
                color: Qt.hsla(0, 0.65, row.palette.window.hslLightness < 0.5 ? 0.62 : 0.42, 1)
                Accessible.role: Accessible.AlertMessage
                Accessible.name: qsTr("Problem with the %1").arg(row.modelData.title)
            }
        }
    }
}
