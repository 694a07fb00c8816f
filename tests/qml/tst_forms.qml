// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtTest
import NangoQt

// ApiKeyForm, BasicAuthForm and ConnectButton against the dev server, driven by keyboard and mouse.
TestCase {
    id: testCase
    name: "Forms"
    when: windowShown
    visible: true // TestCase is invisible by default; input needs visible items
    width: 480
    height: 400

    NangoAuth {
        id: nango
        host: testEnv.url
        publicKey: testEnv.publicKey // the forms pass connection ids: the public-key way
    }

    Component {
        id: apiKeyFormComponent
        ApiKeyForm {
            auth: nango
            integrationId: "stripe-dev"
            width: 400
        }
    }
    Component {
        id: basicFormComponent
        BasicAuthForm {
            auth: nango
            integrationId: "jira-basic"
            width: 400
        }
    }
    Component {
        id: buttonComponent
        ConnectButton {
            auth: nango
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function child(item, name) {
        return findChild(item, name)
    }
    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_apiKeyValidationBeforeSubmit() {
        const form = createTemporaryObject(apiKeyFormComponent, testCase, { connectionId: "form-user-0" })
        const field = child(form, "apiKeyEdit")
        verify(field)
        const before = testEnv.connectionCount()
        mouseClick(child(form, "submitButton"))
        verify(form.errorText.length > 0, "an empty key was not refused")
        verify(field.activeFocus, "the refused field did not get the focus")
        const error = child(form, "errorLabel")
        verify(error.visible)
        compare(error.Accessible.role, Accessible.AlertMessage)
        compare(form.busy, false)
        wait(50)
        compare(testEnv.connectionCount(), before) // nothing was sent
    }

    function test_apiKeySubmitWithEnter() {
        const form = createTemporaryObject(apiKeyFormComponent, testCase, { connectionId: "form-user-1" })
        const ok = createTemporaryObject(spyComponent, testCase, { target: form, signalName: "succeeded" })
        const field = child(form, "apiKeyEdit")
        compare(field.echoMode, TextInput.Password)
        compare(field.Accessible.name, "API key")
        field.forceActiveFocus()
        typeText("sk_live_qml")
        keyClick(Qt.Key_Return)
        verify(form.busy, "no busy state while the request runs")
        verify(!child(form, "submitButton").enabled)
        ok.wait(10000)
        compare(ok.signalArguments[0][0], "stripe-dev")
        compare(ok.signalArguments[0][1], "form-user-1")
        compare(form.busy, false)
        compare(form.errorText, "")
        compare(testEnv.lastConnection().credentials.apiKey, "sk_live_qml")
    }

    function test_formSendsExtraOptions() {
        const form = createTemporaryObject(apiKeyFormComponent, testCase, {
            connectionId: "form-user-options", apiKey: "sk_with_params",
            options: { params: { subdomain: "a+b#c" }, credentials: { apiKey: "not this one" } }
        })
        const ok = createTemporaryObject(spyComponent, testCase, { target: form, signalName: "succeeded" })
        mouseClick(child(form, "submitButton"))
        ok.wait(10000)
        const connection = testEnv.lastConnection()
        compare(connection.connectionConfig.subdomain, "a+b#c")
        compare(connection.credentials.apiKey, "sk_with_params") // the typed key wins
    }

    function test_showToggle() {
        const form = createTemporaryObject(apiKeyFormComponent, testCase)
        const field = child(form, "apiKeyEdit")
        const toggle = child(form, "apiKeyEditShow")
        verify(toggle)
        mouseClick(toggle)
        compare(field.echoMode, TextInput.Normal)
        mouseClick(toggle)
        compare(field.echoMode, TextInput.Password)
    }

    function test_serverErrorShownInline() {
        const form = createTemporaryObject(apiKeyFormComponent, testCase, { connectionId: "form-user-2", apiKey: "sk_test_invalid" })
        const ko = createTemporaryObject(spyComponent, testCase, { target: form, signalName: "failed" })
        mouseClick(child(form, "submitButton"))
        ko.wait(10000)
        compare(ko.signalArguments[0][0], "connection_test_failed")
        verify(form.errorText.length > 0)
        compare(form.errorText, ko.signalArguments[0][1])
        verify(child(form, "errorLabel").visible)
        verify(form.errorText.indexOf("[object Object]") < 0)
        verify(child(form, "submitButton").enabled, "the form stays usable after an error")
    }

    function test_basicAuth() {
        const form = createTemporaryObject(basicFormComponent, testCase, { connectionId: "form-user-3" })
        const ok = createTemporaryObject(spyComponent, testCase, { target: form, signalName: "succeeded" })
        mouseClick(child(form, "submitButton"))
        verify(form.errorText.length > 0, "an empty user name was not refused")
        verify(child(form, "usernameEdit").activeFocus)
        typeText("ada")
        keyClick(Qt.Key_Tab)
        verify(child(form, "passwordEdit").activeFocus, "Tab does not reach the password field")
        typeText("p+ss#word")
        keyClick(Qt.Key_Return)
        ok.wait(10000)
        compare(ok.signalArguments[0][1], "form-user-3")
        const credentials = testEnv.lastConnection().credentials
        compare(credentials.username, "ada")
        compare(credentials.password, "p+ss#word")
    }

    function test_connectButtonNone() {
        const button = createTemporaryObject(buttonComponent, testCase, {
            integrationId: "public-api", displayName: "Public API", connectionId: "button-1", authMode: AuthMode.None
        })
        compare(button.text, "Connect Public API")
        compare(button.Accessible.name, button.text)
        compare(button.connectionState, ConnectAction.Idle)
        mouseClick(button)
        tryCompare(button, "connectionState", ConnectAction.Connected, 10000)
        compare(button.text, "Connected")
    }

    function test_connectButtonFailureAndRetry() {
        const button = createTemporaryObject(buttonComponent, testCase, {
            integrationId: "no-such-integration", connectionId: "button-2", authMode: AuthMode.None
        })
        const ko = createTemporaryObject(spyComponent, testCase, { target: button, signalName: "failed" })
        button.connectAccount()
        ko.wait(10000)
        compare(button.connectionState, ConnectAction.Failed)
        verify(button.errorMessage.length > 0)
        compare(button.errorType, ko.signalArguments[0][0])
        verify(button.text.indexOf("Retry") === 0)
    }

    function test_connectButtonWithoutAuth() {
        const button = createTemporaryObject(buttonComponent, testCase, { auth: null, integrationId: "stripe-dev" })
        const ko = createTemporaryObject(spyComponent, testCase, { target: button, signalName: "failed" })
        mouseClick(button)
        compare(ko.count, 1)
        compare(button.connectionState, ConnectAction.Failed)
        compare(button.errorType, ErrorType.MissingAuthToken)
        compare(button.text, "Retry stripe-dev")
    }

    function test_connectButtonApiKeyDialog() {
        const button = createTemporaryObject(buttonComponent, testCase, {
            integrationId: "stripe-dev", connectionId: "button-3", authMode: AuthMode.ApiKey
        })
        const ok = createTemporaryObject(spyComponent, testCase, { target: button, signalName: "succeeded" })
        mouseClick(button)
        compare(button.connectionState, ConnectAction.Connecting)
        const dialog = child(button, "credentialsDialog")
        tryVerify(() => dialog.opened, 5000)
        let field = null
        tryVerify(() => (field = child(dialog.contentItem, "apiKeyEdit")) !== null && field.activeFocus, 5000)
        typeText("sk_dialog")
        keyClick(Qt.Key_Return)
        ok.wait(10000)
        compare(button.connectionState, ConnectAction.Connected)
        tryVerify(() => !dialog.visible, 5000)
    }

    function test_connectButtonDialogEscapeIsACancel() {
        const button = createTemporaryObject(buttonComponent, testCase, {
            integrationId: "jira-basic", connectionId: "button-4", authMode: AuthMode.Basic
        })
        const ko = createTemporaryObject(spyComponent, testCase, { target: button, signalName: "failed" })
        mouseClick(button)
        const dialog = child(button, "credentialsDialog")
        tryVerify(() => dialog.opened, 5000)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 5000)
        compare(button.connectionState, ConnectAction.Idle)
        compare(ko.count, 0)
    }

    function test_credentialsDialogOneButtonRowFocusAndGrowth() {
        const button = createTemporaryObject(buttonComponent, testCase, {
            integrationId: "stripe-dev", connectionId: "button-5", authMode: AuthMode.ApiKey
        })
        const ko = createTemporaryObject(spyComponent, testCase, { target: button, signalName: "failed" })
        mouseClick(button)
        const dialog = child(button, "credentialsDialog")
        tryVerify(() => dialog.opened, 5000)
        let field = null
        tryVerify(() => (field = child(dialog.contentItem, "apiKeyEdit")) !== null && field.activeFocus, 5000)
        // The placeholder is not cut: the field is as wide as it needs.
        verify(field.width >= field.implicitWidth - 1, field.width + " < " + field.implicitWidth)
        // One button row: the dialog's Connect and Cancel; the form's own button is not shown.
        const formButton = child(dialog.contentItem, "submitButton")
        verify(!formButton || !formButton.visible)
        const connect = dialog.standardButton(Dialog.Apply)
        verify(connect && connect.visible)
        compare(connect.objectName, "connectButton")
        compare(connect.text, "Connect")
        compare(dialog.standardButton(Dialog.Cancel).objectName, "cancelButton")
        const before = dialog.height
        // A wrong key: the server's long error appears inside the dialog, which grows.
        typeText("sk_test_invalid")
        // The button row is laid out (the two buttons side by side) before a person can click.
        const cancel = dialog.standardButton(Dialog.Cancel)
        tryVerify(() => Math.abs(cancel.mapToItem(null, 0, 0).x - connect.mapToItem(null, 0, 0).x) >= connect.width, 5000)
        mouseClick(connect)
        let error = null
        tryVerify(() => (error = child(dialog.contentItem, "errorLabel")) !== null && error.visible, 10000)
        tryVerify(() => dialog.height > before, 5000)
        // In the overlay's coordinates, where the dialog's x and y are.
        const p = error.mapToItem(dialog.parent, 0, 0)
        verify(p.x >= dialog.x && p.y >= dialog.y, "the error starts outside the dialog")
        verify(p.x + error.width <= dialog.x + dialog.width + 0.5, "the error is wider than the dialog")
        verify(p.y + error.height <= dialog.y + dialog.height + 0.5, "the error runs past the dialog's bottom")
        verify(dialog.y + dialog.height <= dialog.parent.height + 0.5, "the dialog runs past the window")
        verify(dialog.clip)
        compare(ko.count, 0) // the dialog stays for a correction
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 5000)
    }

    function test_basicDialogFocusesTheUserName() {
        const button = createTemporaryObject(buttonComponent, testCase, {
            integrationId: "jira-basic", connectionId: "button-6", authMode: AuthMode.Basic
        })
        mouseClick(button)
        const dialog = child(button, "credentialsDialog")
        tryVerify(() => dialog.opened, 5000)
        let field = null
        tryVerify(() => (field = child(dialog.contentItem, "usernameEdit")) !== null && field.activeFocus, 5000)
        typeText("ada")
        compare(field.text, "ada")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 5000)
    }

    // A provider's schema (the posthog fixture's, tests/shared/fixtures/provider-posthog.json,
    // plus a visible_when field), as a JS object.
    readonly property var posthogProvider: ({
        name: "posthog", display_name: "PostHog", auth_mode: "API_KEY",
        docs_connect: "https://nango.dev/docs/api-integrations/posthog/connect",
        connection_config: {
            subdomain: { type: "string", title: "Subdomain", description: "The subdomain of your PostHog cloud account.",
                         enum: ["us", "us.i", "eu", "eu.i"], order: 1, doc_section: "#step-1-finding-your-subdomain" },
            host: { type: "string", title: "Host name", description: "", prefix: "https://", suffix: ".posthog.example",
                    example: "acme", order: 2, visible_when: { field: "subdomain", equals: "eu.i" } }
        },
        credentials: {
            apiKey: { type: "string", title: "API Key", description: "The API key for your PostHog account",
                      pattern: "^phx_[A-Za-z0-9]+$", example: "phx_1PPf***k3D", doc_section: "#step-2-finding-your-api-key" }
        }
    })
    Component {
        id: integrationFormComponent
        IntegrationForm {
            auth: nango
            integrationId: "stripe-dev"
            connectionId: "schema-form-1"
            width: 440
        }
    }

    function test_schemaFormByKeyboard() {
        const form = createTemporaryObject(integrationFormComponent, testCase)
        form.model.setSchemaMaps(testCase.posthogProvider, {}, {})
        compare(form.model.fieldNames, ["subdomain", "apiKey"])
        const ok = createTemporaryObject(spyComponent, testCase, { target: form, signalName: "succeeded" })
        let combo = null
        let key = null
        tryVerify(() => (combo = child(form, "subdomainEdit")) !== null && (key = child(form, "apiKeyEdit")) !== null, 5000)
        compare(combo.currentText, "us")
        compare(key.echoMode, TextInput.Password)
        compare(key.placeholderText, "phx_1PPf***k3D")
        compare(key.Accessible.name, "API Key")
        compare(combo.Accessible.name, "Subdomain")
        verify(child(form, "apiKeyDocLink").text.indexOf("#step-2-finding-your-api-key") >= 0)
        const host = child(form, "hostEdit")
        verify(!host.visible) // visible_when subdomain == eu.i

        // The combo box by keyboard: down twice → eu.
        combo.forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(combo.currentText, "eu")
        compare(form.model.value("subdomain"), "eu")
        keyClick(Qt.Key_Down) // → eu.i: the host field appears, with its prefix and suffix
        tryVerify(() => host.visible, 5000)
        compare(child(form, "hostPrefix").text, "https://")
        compare(child(form, "hostSuffix").text, ".posthog.example")
        keyClick(Qt.Key_Up)
        tryVerify(() => !host.visible, 5000)

        // A key of the wrong form: refused under the field, focused, nothing sent.
        key.forceActiveFocus()
        typeText("sk_live_1")
        keyClick(Qt.Key_Return)
        const keyError = child(form, "apiKeyError")
        tryVerify(() => keyError.visible, 5000)
        compare(keyError.text, "The API Key does not have the expected form: it should look like phx_1PPf***k3D.")
        verify(key.activeFocus)
        compare(child(form, "errorLabel").visible, false) // not twice
        // Fixed by typing: the problem goes as soon as the value passes; Enter connects.
        key.selectAll()
        typeText("phx_abc")
        tryVerify(() => !keyError.visible, 5000)
        keyClick(Qt.Key_Return)
        verify(form.busy)
        tryCompare(ok, "count", 1, 10000)
        const connection = testEnv.lastConnection()
        compare(connection.connectionConfig.subdomain, "eu")
        compare(connection.credentials.apiKey, "phx_abc")
    }

    Component {
        id: catalogComponent
        Catalog {
            auth: nango
        }
    }

    function test_catalogTypes() {
        const catalog = createTemporaryObject(catalogComponent, testCase)
        verify(catalog.integrationsModel)
        compare(catalog.integrationsModel.count, 0)
        compare(catalog.websocketsPath, "")
        const failed = createTemporaryObject(spyComponent, testCase, { target: catalog, signalName: "failed" })
        catalog.loadSession() // a public key cannot read the catalog: typed, asynchronous
        compare(failed.count, 0)
        tryCompare(failed, "count", 1, 5000)
        compare(failed.signalArguments[0][2], ErrorType.MissingAuthToken)
        compare(catalog.errorType, ErrorType.MissingAuthToken)
        const form = createTemporaryObject(integrationFormComponent, testCase, { catalog: catalog })
        compare(form.model.catalog, catalog)
    }

    // A ConnectButton with a catalog: the provider decides the flow.
    NangoAuth {
        id: sessionNango
        host: testEnv.url
    }
    Catalog {
        id: sessionCatalog
        auth: sessionNango
    }
    Component {
        id: catalogButtonComponent
        ConnectButton {
            auth: sessionNango
            catalog: sessionCatalog
        }
    }

    function test_connectButtonCatalogSchemaForm() {
        sessionNango.connectSessionToken = testEnv.newSessionToken()
        const button = createTemporaryObject(catalogButtonComponent, testCase, { integrationId: "posthog-dev" })
        compare(button.catalog, sessionCatalog)
        const ok = createTemporaryObject(spyComponent, testCase, { target: button, signalName: "succeeded" })
        mouseClick(button)
        compare(button.connectionState, ConnectAction.Connecting)
        const dialog = child(button, "credentialsDialog")
        tryVerify(() => dialog.opened, 5000)
        compare(button.connectAction.resolvedAuthMode, AuthMode.ApiKey)
        verify(dialog.formModel.hasSchema)
        let key = null
        tryVerify(() => (key = child(dialog.contentItem, "apiKeyEdit")) !== null, 5000)
        verify(child(dialog.contentItem, "subdomainEdit"), "the provider's config field is asked")
        tryVerify(() => key.activeFocus, 5000) // the first empty field (the subdomain has its default)
        typeText("phx_qml")
        keyClick(Qt.Key_Return)
        ok.wait(10000)
        compare(button.connectionState, ConnectAction.Connected)
        tryVerify(() => !dialog.visible, 5000)
        const connection = testEnv.lastConnection()
        compare(connection.credentials.apiKey, "phx_qml")
        compare(connection.connectionConfig.subdomain, "us")
    }

    function test_connectButtonCatalogNoneConnectsAtOnce() {
        sessionNango.connectSessionToken = testEnv.newSessionToken()
        const button = createTemporaryObject(catalogButtonComponent, testCase, {
            integrationId: "public-api", authMode: AuthMode.ApiKey // not used: the catalog says NONE
        })
        const ok = createTemporaryObject(spyComponent, testCase, { target: button, signalName: "succeeded" })
        mouseClick(button)
        ok.wait(10000)
        compare(button.connectAction.resolvedAuthMode, AuthMode.None)
        compare(child(button, "credentialsDialog").opened, false)
        compare(button.connectionState, ConnectAction.Connected)
    }
}
