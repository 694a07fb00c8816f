// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*!
    The native Connect UI: Nango's \c openConnectUI() as a modal Popup over the window, in the
    application's palette — a view of a ConnectUIModel (Core's NangoConnectUIModel), which holds
    the screens, the selection and the flows.

    @code
    ConnectUI {
        id: connectUi
        auth: nango // with a connect session token, or a token provider
        onConnected: (providerConfigKey, connectionId, isPending) => console.log("connected", connectionId)
    }
    Button { text: qsTr("Connect an account"); onClicked: connectUi.open() }
    @endcode

    Screens: Loading; the integration picker (the search field has the focus: type to filter,
    Up/Down move, Enter connects; logos with a placeholder letter until loaded and when they
    cannot be); the integration's form (IntegrationForm on \c model.form); Connecting (progress,
    Cancel; "Continue in your browser" with Open again, Copy link and Cancel while the flow waits in
    the system browser); Success (Finish); Error (the message, Retry, Back). Escape, Cancel and Finish ask the
    model to close; a half-filled form asks first.

    Signals are those of \c openConnectUI's \c onEvent: ready(), connected(), errorOccurred() and
    the Popup's own closed() — emitted once per open(), when the model closed.
*/
Popup {
    id: root

    /*! The NangoAuth the Connect UI reads the session with and connects on (QML- or C++-made). */
    property alias auth: uiModel.auth
    /*! The screen flow the popup shows. */
    readonly property ConnectUIModel model: ConnectUIModel {
        id: uiModel
    }

    /*! The first screen the user works with is shown (ConnectUIModel.ready), once per open(). */
    signal ready()
    /*! A connection was made (ConnectUIModel.connected); the Success screen shows. */
    signal connected(string providerConfigKey, string connectionId, bool isPending)
    /*! A failure is shown on the Error screen (ConnectUIModel.errorOccurred): a NangoErrorType
    string or the server's, and a message. */
    signal errorOccurred(string type, string message)

    objectName: "connectUI"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    // Escape goes to the model (a dirty form asks first); nothing closes the popup behind its back.
    closePolicy: Popup.NoAutoClose
    width: Math.min(480, parent ? parent.width - 16 : 480)
    height: Math.min(620, parent ? parent.height - 16 : 620)
    padding: 12

    onAboutToShow: uiModel.open()
    onClosed: {
        if (uiModel.isOpen)
            uiModel.close() // closed from outside (close(), visible = false)
    }

    LogoImages {
        id: logoImages
        auth: root.auth
    }

    Connections {
        target: uiModel
        function onReady() { root.ready() }
        function onConnected(providerConfigKey, connectionId, isPending) { root.connected(providerConfigKey, connectionId, isPending) }
        function onErrorOccurred(type, message) { root.errorOccurred(type, message) }
        function onClosed() {
            confirmDialog.close()
            root.close()
        }
        function onScreenChanged() { focusTimer.restart() }
        function onInSystemBrowserChanged() { focusTimer.restart() }
        function onFormChanged() { formLoader.reload() }
        function onConfirmingCloseChanged() {
            if (uiModel.confirmingClose)
                confirmDialog.open()
            else
                confirmDialog.close()
        }
    }

    /*! Puts the focus where the screen's work is: the search, the first empty field, the main button. */
    function focusScreen() {
        switch (uiModel.screen) {
        case ConnectUIModel.Loading: loadingCancel.forceActiveFocus(); break
        case ConnectUIModel.Picker: searchField.forceActiveFocus(); break
        case ConnectUIModel.Form: focusForm(); break
        case ConnectUIModel.Connecting:
            if (uiModel.inSystemBrowser)
                connectingBrowserWait.focusFirst()
            else
                connectingCancel.forceActiveFocus()
            break
        case ConnectUIModel.Success: finishButton.forceActiveFocus(); break
        case ConnectUIModel.Error: retryButton.forceActiveFocus(); break
        default: break
        }
    }
    /*! \private focusScreen() on the Form screen: the first empty visible field, else Connect. */
    function focusForm() {
        const form = formLoader.item
        const model = uiModel.form
        if (uiModel.screen !== ConnectUIModel.Form || !form || !model || !model.hasSchema || model.loading)
            return
        const focused = content.Window.activeFocusItem
        if (focused && isInside(focused, formLoader))
            return
        const names = model.fieldNames
        for (let i = 0; i < names.length; ++i) {
            const item = model.value(names[i]).length === 0 ? form.fieldItem(names[i]) : null
            if (item && item.visible) {
                item.forceActiveFocus()
                return
            }
        }
        connectButton.forceActiveFocus()
    }
    /*! \private True when @p item is @p ancestor or inside it. */
    function isInside(item, ancestor) {
        for (let i = item; i; i = i.parent) {
            if (i === ancestor)
                return true
        }
        return false
    }

    // Puts the focus on the screen's control once the screen (or the form's fields) settled.
    Timer {
        id: focusTimer
        interval: 0
        onTriggered: root.focusScreen()
    }
    Connections {
        target: uiModel.form
        function onFieldsChanged() { focusTimer.restart() }
        function onLoadingChanged() { focusTimer.restart() }
    }

    FocusScope {
        id: content
        anchors.fill: parent
        focus: true
        Keys.onEscapePressed: uiModel.requestClose()

        StackLayout {
            id: screens
            objectName: "screens"
            anchors.fill: parent
            // In the order of ConnectUIModel's screens after Closed.
            currentIndex: Math.max(0, uiModel.screen - 1)

            // --- Loading -------------------------------------------------------------------
            ColumnLayout {
                objectName: "loadingPage"
                spacing: 12
                ConnectUIHeading {
                    images: logoImages
                    title: qsTr("Connect an account", "@title")
                }
                Item { Layout.fillHeight: true }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("Loading the integrations…")
                }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: uiModel.screen === ConnectUIModel.Loading
                    Accessible.name: qsTr("Loading the integrations")
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    Button {
                        id: loadingCancel
                        objectName: "cancelButton"
                        text: qsTr("Cancel", "@action:button")
                        Accessible.name: qsTr("Cancel")
                        onClicked: uiModel.requestClose()
                    }
                }
            }

            // --- Picker --------------------------------------------------------------------
            ColumnLayout {
                objectName: "pickerPage"
                spacing: 8
                ConnectUIHeading {
                    images: logoImages
                    title: qsTr("Connect an account", "@title the integration picker")
                }
                TextField {
                    id: searchField
                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search integrations", "@info:placeholder")
                    selectByMouse: true
                    inputMethodHints: Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Search integrations")
                    Accessible.description: qsTr("Type to filter the list; Up and Down choose, Enter connects.")
                    onTextEdited: uiModel.searchText = text
                    Keys.onUpPressed: uiModel.moveCurrent(-1)
                    Keys.onDownPressed: uiModel.moveCurrent(1)
                    Keys.onPressed: event => {
                        const page = Math.max(1, Math.floor(integrationList.height / 44) - 1)
                        if (event.key === Qt.Key_PageUp) {
                            uiModel.moveCurrent(-page)
                            event.accepted = true
                        } else if (event.key === Qt.Key_PageDown) {
                            uiModel.moveCurrent(page)
                            event.accepted = true
                        }
                    }
                    Keys.onReturnPressed: uiModel.activateCurrent()
                    Keys.onEnterPressed: uiModel.activateCurrent()
                    Connections {
                        target: uiModel
                        function onSearchTextChanged() {
                            if (searchField.text !== uiModel.searchText)
                                searchField.text = uiModel.searchText
                        }
                    }
                }
                ConnectUIList {
                    id: integrationList
                    ui: uiModel
                    images: logoImages
                    objectName: "integrationList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: uiModel.integrations
                    currentIndex: uiModel.currentRow
                    highlightMoveDuration: 0
                    keyNavigationEnabled: false // the search field has the keys
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Integrations", "@label accessible name of the picker's list")
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string uniqueKey
                        required property string displayName
                        required property url logoUrl
                        readonly property ConnectUIList list: row.ListView.view as ConnectUIList
                        objectName: "integration_" + uniqueKey
                        width: row.list ? row.list.width : 0
                        height: 44
                        focusPolicy: Qt.NoFocus // typing stays in the search field
                        highlighted: ListView.isCurrentItem
                        Accessible.name: displayName
                        contentItem: RowLayout {
                            spacing: 10
                            ConnectUILogo {
                                images: row.list ? row.list.images : null
                                url: row.logoUrl
                                name: row.displayName
                                size: 28
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.displayName
                                elide: Text.ElideRight
                                color: row.highlighted ? row.palette.highlightedText : row.palette.windowText
                            }
                        }
                        onClicked: {
                            if (row.list)
                                row.list.ui.selectRow(row.index)
                        }
                    }
                }
                Label {
                    objectName: "emptyLabel"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: integrationList.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    color: palette.placeholderText
                    text: uiModel.searchText.length === 0 ? qsTr("This session has no integration to connect.")
                                                          : qsTr("No integration matches “%1”.").arg(uiModel.searchText)
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    Button {
                        objectName: "cancelButton"
                        text: qsTr("Cancel", "@action:button")
                        Accessible.name: qsTr("Cancel")
                        focusPolicy: Qt.TabFocus
                        onClicked: uiModel.requestClose()
                    }
                }
            }

            // --- Form ----------------------------------------------------------------------
            ColumnLayout {
                id: formPage
                objectName: "formPage"
                spacing: 8
                readonly property bool formReady: uiModel.form !== null && !uiModel.form.loading && uiModel.form.hasSchema
                ConnectUIHeading {
                    images: logoImages
                    title: qsTr("Connect %1", "@title").arg(uiModel.displayName)
                    logoUrl: uiModel.logoUrl
                    name: uiModel.displayName
                }
                BusyIndicator {
                    objectName: "formLoading"
                    Layout.alignment: Qt.AlignHCenter
                    visible: uiModel.form !== null && uiModel.form.loading
                    running: visible
                    Accessible.name: qsTr("Loading the form")
                }
                ScrollView {
                    id: formScroll
                    objectName: "formScrollView"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: formPage.formReady
                    contentWidth: availableWidth
                    clip: true
                    Loader {
                        id: formLoader
                        width: formScroll.availableWidth
                        function reload() {
                            formLoader.sourceComponent = undefined
                            const flickable = formScroll.contentItem as Flickable
                            if (flickable)
                                flickable.contentY = 0 // a new form starts at its top
                            if (uiModel.form)
                                formLoader.sourceComponent = formComponent
                        }
                        onLoaded: {
                            const form = formLoader.item as IntegrationForm
                            form.model = uiModel.form
                            form.submitRequested.connect(uiModel.submit)
                            focusTimer.restart()
                        }
                    }
                }
                Item {
                    Layout.fillHeight: true
                    visible: !formPage.formReady
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "backButton"
                        visible: uiModel.canGoBack
                        text: qsTr("Back", "@action:button")
                        Accessible.name: qsTr("Back to the integrations")
                        onClicked: uiModel.back()
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "cancelButton"
                        text: qsTr("Cancel", "@action:button")
                        Accessible.name: qsTr("Cancel")
                        onClicked: uiModel.requestClose()
                    }
                    Button {
                        id: connectButton
                        objectName: "connectButton"
                        visible: formPage.formReady
                        highlighted: true
                        enabled: !(uiModel.form && uiModel.form.busy)
                        text: qsTr("Connect", "@action:button")
                        Accessible.name: qsTr("Connect")
                        onClicked: uiModel.submit()
                        Keys.onReturnPressed: uiModel.submit()
                        Keys.onEnterPressed: uiModel.submit()
                    }
                }
            }

            // --- Connecting ----------------------------------------------------------------
            ColumnLayout {
                objectName: "connectingPage"
                spacing: 12
                ConnectUIHeading {
                    images: logoImages
                    title: qsTr("Connect %1", "@title").arg(uiModel.displayName)
                    logoUrl: uiModel.logoUrl
                    name: uiModel.displayName
                }
                Item { Layout.fillHeight: true }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    visible: !uiModel.inSystemBrowser
                    running: visible && uiModel.screen === ConnectUIModel.Connecting
                    Accessible.name: qsTr("Connecting")
                }
                // The flow waits in the system browser: this instead of the spinner and Cancel.
                BrowserWait {
                    id: connectingBrowserWait
                    Layout.fillWidth: true
                    visible: uiModel.inSystemBrowser
                    providerName: uiModel.displayName
                    authorizationUrl: uiModel.authorizationUrl
                    onOpenAgainRequested: uiModel.openAgain()
                    onCancelRequested: uiModel.back() // stops the flow and goes back
                }
                Label {
                    objectName: "textLabel"
                    visible: !uiModel.inSystemBrowser
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: uiModel.authMode === AuthMode.OAuth2 || uiModel.authMode === AuthMode.OAuth1
                          || uiModel.authMode === AuthMode.App || uiModel.authMode === AuthMode.Custom
                          ? qsTr("Connecting to %1… Finish signing in in the window that opened.").arg(uiModel.displayName)
                          : qsTr("Connecting to %1…").arg(uiModel.displayName)
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    visible: !uiModel.inSystemBrowser
                    Button {
                        id: connectingCancel
                        objectName: "cancelButton"
                        text: qsTr("Cancel", "@action:button")
                        Accessible.name: qsTr("Cancel connecting")
                        onClicked: uiModel.back() // stops the flow and goes back
                        Keys.onReturnPressed: uiModel.back()
                    }
                }
            }

            // --- Success -------------------------------------------------------------------
            ColumnLayout {
                objectName: "successPage"
                spacing: 12
                ConnectUIHeading {
                    images: logoImages
                    title: uiModel.displayName
                    logoUrl: uiModel.logoUrl
                    name: uiModel.displayName
                }
                Item { Layout.fillHeight: true }
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: 56
                    implicitHeight: 56
                    radius: 28
                    color: palette.highlight
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Connected", "@label accessible name of the success check mark")
                    Label {
                        anchors.centerIn: parent
                        text: "✓"
                        color: palette.highlightedText
                        font.pixelSize: 32
                        font.bold: true
                    }
                }
                Label {
                    objectName: "textLabel"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("%1 is connected.").arg(uiModel.displayName)
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    Button {
                        id: finishButton
                        objectName: "finishButton"
                        highlighted: true
                        text: qsTr("Finish", "@action:button")
                        Accessible.name: qsTr("Finish")
                        onClicked: uiModel.finish()
                        Keys.onReturnPressed: uiModel.finish()
                        Keys.onEnterPressed: uiModel.finish()
                    }
                }
            }

            // --- Error ---------------------------------------------------------------------
            ColumnLayout {
                objectName: "errorPage"
                spacing: 12
                ConnectUIHeading {
                    images: logoImages
                    title: uiModel.integrationId.length > 0 ? qsTr("Connect %1", "@title").arg(uiModel.displayName)
                                                            : qsTr("Connect an account", "@title")
                    logoUrl: uiModel.logoUrl
                    name: uiModel.integrationId.length > 0 ? uiModel.displayName : ""
                }
                Item { Layout.fillHeight: true }
                Label {
                    objectName: "textLabel"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: uiModel.integrationId.length > 0 ? qsTr("%1 could not be connected.").arg(uiModel.displayName)
                                                           : qsTr("The integrations could not be loaded.")
                }
                FormErrorLabel {
                    objectName: "errorMessage"
                    Layout.fillWidth: true
                    message: uiModel.errorMessage
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "backButton"
                        // Back leads to the form or the picker: nowhere when nothing was chosen.
                        visible: uiModel.integrationId.length > 0
                        text: qsTr("Back", "@action:button")
                        Accessible.name: qsTr("Back")
                        onClicked: uiModel.back()
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "cancelButton"
                        text: qsTr("Cancel", "@action:button")
                        Accessible.name: qsTr("Cancel")
                        onClicked: uiModel.requestClose()
                    }
                    Button {
                        id: retryButton
                        objectName: "retryButton"
                        highlighted: true
                        text: qsTr("Retry", "@action:button")
                        Accessible.name: qsTr("Retry")
                        onClicked: uiModel.retry()
                        Keys.onReturnPressed: uiModel.retry()
                        Keys.onEnterPressed: uiModel.retry()
                    }
                }
            }
        }
    }

    Component {
        id: formComponent
        // The model's form is given when loaded (formLoader.onLoaded).
        IntegrationForm {
            objectName: "integrationForm"
            showSubmitButton: false
            submitsItself: false // Enter goes through the model, which submits the form
            autoConnect: false   // the model connects a form with nothing to ask
            padding: 0
            background: null
        }
    }

    /*! The question before a half-filled form is discarded. */
    Dialog {
        id: confirmDialog
        objectName: "confirmCloseDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.max(240, Math.min(360, root.width))
        title: qsTr("Discard the form?", "@title:window")
        closePolicy: Popup.CloseOnEscape
        Label {
            Accessible.role: Accessible.AlertMessage
            Accessible.name: qsTr("Discard the form?")
            width: confirmDialog.availableWidth
            wrapMode: Text.Wrap
            text: qsTr("What you typed into the form has not been sent. Close and discard it?")
        }
        // Buttons of its own, not standardButtons: Qt 6.4's DialogButtonBox in a Dialog reports
        // a binding loop on its size in the desktop styles.
        footer: RowLayout {
            spacing: 8
            Item { Layout.fillWidth: true }
            Button {
                id: keepButton
                objectName: "keepButton"
                text: qsTr("Keep Editing", "@action:button")
                Accessible.name: qsTr("Keep editing")
                Layout.bottomMargin: 12
                onClicked: confirmDialog.close()
            }
            Button {
                objectName: "discardButton"
                text: qsTr("Discard", "@action:button")
                Accessible.name: qsTr("Discard and close")
                Layout.bottomMargin: 12
                Layout.rightMargin: 12
                onClicked: {
                    if (uiModel.confirmingClose)
                        uiModel.confirmClose(true)
                    confirmDialog.close()
                }
            }
        }
        onOpened: keepButton.forceActiveFocus()
        onClosed: {
            if (uiModel.confirmingClose)
                uiModel.confirmClose(false) // Keep Editing, Escape
            if (uiModel.isOpen)
                focusTimer.restart()
        }
    }
}
