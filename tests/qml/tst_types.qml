// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import NangoQt

// Type registration, property defaults and the JS-shaped auth() of `import NangoQt`.
TestCase {
    id: testCase
    name: "Types"

    Component {
        id: nangoComponent
        NangoAuth {}
    }
    Component {
        id: boundComponent
        NangoAuth {
            property string base: "http://127.0.0.1:1"
            host: base + "/"
            publicKey: "2c9b4d1e-0000-4000-8000-000000000000"
            width: 640
            height: 480
            debug: true
            browser: NangoAuth.System
        }
    }

    function test_defaults() {
        const nango = createTemporaryObject(nangoComponent, testCase)
        verify(nango)
        compare(nango.host.toString(), "https://api.nango.dev")
        compare(nango.publicKey, "")
        compare(nango.connectSessionToken, "")
        compare(nango.websocketsPath, "/")
        compare(nango.width, 500)
        compare(nango.height, 600)
        compare(nango.debug, false)
        compare(nango.busy, false)
        compare(nango.timeout, 10 * 60 * 1000)
        compare(nango.keepAliveInterval, 25 * 1000)
        compare(nango.browser, NangoAuth.Auto)
    }

    function test_bindings() {
        const nango = createTemporaryObject(boundComponent, testCase)
        compare(nango.host.toString(), "http://127.0.0.1:1") // trailing slash stripped
        compare(nango.width, 640)
        compare(nango.debug, true)
        compare(nango.browser, NangoAuth.System)
        const hostSpy = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "hostChanged" })
        nango.base = "http://127.0.0.1:2"
        compare(hostSpy.count, 1)
        compare(nango.host.toString(), "http://127.0.0.1:2")
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function test_enums() {
        verify(NangoAuth.Auto !== NangoAuth.Embedded)
        verify(NangoAuth.Embedded !== NangoAuth.System)
        compare(AuthFlow.Succeeded !== AuthFlow.Failed, true)
        compare(AuthMode.OAuth2, 0)
        compare(AuthMode.None, 3)
    }

    // Core's error type constants, named as in C++.
    function test_errorTypes() {
        compare(ErrorType.AuthorizationCancelled, "authorization_cancelled")
        compare(ErrorType.MissingAuthToken, "missing_auth_token")
        compare(ErrorType.TlsError, "tls_error")
        compare(ErrorType.CallbackError, "callback_err")
        compare(ErrorType.UnknownError, "unknown_err")
    }

    // Every constant of nangoerrortypes.h (namespace NangoErrorType), in its order there.
    function test_everyErrorType_data() {
        return [
            { tag: "InvalidHostUrl", value: "invalid_host_url" },
            { tag: "MissingAuthToken", value: "missing_auth_token" },
            { tag: "MissingCredentials", value: "missing_credentials" },
            { tag: "InvalidIntegrationId", value: "invalid_integration_id" },
            { tag: "InvalidParams", value: "invalid_params" },
            { tag: "AuthorizationCancelled", value: "authorization_cancelled" },
            { tag: "NetworkError", value: "network_error" },
            { tag: "TlsError", value: "tls_error" },
            { tag: "Timeout", value: "timeout" },
            { tag: "InvalidResponse", value: "invalid_response" },
            { tag: "WebSocketClosed", value: "websocket_closed" },
            { tag: "MissingConnectionId", value: "missing_connection_id" },
            { tag: "MissingConnectSessionToken", value: "missing_connect_session_token" },
            { tag: "InvalidBody", value: "invalid_body" },
            { tag: "MissingWsClientId", value: "missing_ws_client_id" },
            { tag: "BlockedByBrowser", value: "blocked_by_browser" },
            { tag: "CallbackError", value: "callback_err" },
            { tag: "UnknownError", value: "unknown_err" },
            { tag: "UnknownConnectSessionToken", value: "unknown_connect_session_token" },
            { tag: "InvalidConnection", value: "invalid_connection" },
            { tag: "InvalidCredentials", value: "invalid_credentials" },
        ]
    }
    function test_everyErrorType(data) {
        compare(ErrorType[data.tag], data.value)
    }

    // reconnect(integrationId, options) like the JS SDK: without a session token the typed
    // error; with one, the credentials flow runs; bad options throw like auth()'s.
    function test_reconnect() {
        const nango = createTemporaryObject(handlerComponent, testCase, { host: testEnv.url, publicKey: testEnv.publicKey })
        const flow = nango.reconnect("stripe-dev", { credentials: { apiKey: "sk_test_qml" } })
        verify(flow)
        tryVerify(() => nango.gotType.length > 0, 10000)
        compare(nango.gotType, ErrorType.MissingConnectSessionToken)
        verify(nango.gotMessage.indexOf("POST /connect/sessions/reconnect") >= 0, nango.gotMessage)

        const withToken = createTemporaryObject(handlerComponent, testCase, {
            host: testEnv.url, connectSessionToken: testEnv.newSessionToken()
        })
        const again = withToken.reconnect("stripe-dev", { credentials: { apiKey: "sk_test_qml_reconnect" } })
        verify(again)
        compare(again.authMode, AuthMode.ApiKey)
        tryVerify(() => withToken.gotConnection.length > 0 || withToken.gotType.length > 0, 10000)
        compare(withToken.gotType, "")
        verify(withToken.gotConnection.indexOf("stripe-dev/") === 0, withToken.gotConnection)
        compare(testEnv.lastConnection().credentials.apiKey, "sk_test_qml_reconnect")

        let thrown = null
        try {
            withToken.reconnect("stripe-dev", 3)
        } catch (e) {
            thrown = e
        }
        verify(thrown instanceof TypeError, String(thrown))
        verify(String(thrown.message).indexOf("NangoAuth.reconnect()") >= 0, String(thrown.message))
    }

    Component {
        id: formModelComponent
        CredentialsFormModel {}
    }
    Component {
        id: actionComponent
        ConnectAction {}
    }
    // The models the forms and ConnectButton view (Core's), with their defaults.
    function test_models() {
        const form = createTemporaryObject(formModelComponent, testCase)
        compare(form.authMode, AuthMode.ApiKey)
        compare(form.fieldNames, ["apiKey"])
        compare(form.busy, false)
        compare(form.errorText, "")
        form.authMode = AuthMode.Basic
        compare(form.fieldNames, ["username", "password"])
        verify(!form.validate())
        compare(form.errorField, "username")
        const action = createTemporaryObject(actionComponent, testCase, { integrationId: "github" })
        compare(action.authMode, AuthMode.OAuth2)
        compare(action.state, ConnectAction.Idle)
        compare(action.text, "Connect github")
        verify(action.enabled)
        action.trigger() // no NangoAuth
        compare(action.state, ConnectAction.Failed)
        compare(action.errorType, ErrorType.MissingAuthToken)
    }

    function test_validatorRulesAreCoreRules() {
        verify(CredentialsValidator.checkApiKey("").length > 0)
        verify(CredentialsValidator.checkApiKey("   ").length > 0)
        compare(CredentialsValidator.checkApiKey("sk_test_1"), "")
        verify(CredentialsValidator.checkApiKey("x".repeat(CredentialsValidator.maxApiKeyLength + 1)).length > 0)
        verify(CredentialsValidator.checkUsername("").length > 0)
        compare(CredentialsValidator.checkUsername("ada"), "")
        compare(CredentialsValidator.checkPassword(""), "") // Basic auth may have an empty password
    }

    function test_badArgumentsThrow_data() {
        return [
            { tag: "options is a string", connectionId: "c1", options: "params" },
            { tag: "options is an array", connectionId: "c1", options: [1, 2] },
            { tag: "options is a number", connectionId: "c1", options: 3 },
            { tag: "connectionId is a number", connectionId: 42, options: undefined },
            { tag: "connectionId is an object", connectionId: { id: 1 }, options: undefined },
        ]
    }
    function test_badArgumentsThrow(data) {
        const nango = createTemporaryObject(nangoComponent, testCase, { host: testEnv.url })
        let thrown = null
        try {
            nango.auth("stripe-dev", data.connectionId, data.options)
        } catch (e) {
            thrown = e
        }
        verify(thrown !== null, "auth() accepted bad arguments")
        verify(thrown instanceof TypeError, String(thrown))
        verify(String(thrown.message).indexOf("NangoAuth.auth()") >= 0, String(thrown.message))
        compare(nango.busy, false)
    }

    // The JS SDK's option keys reach the server as the protocol says, + and # intact.
    function test_apiKeyFlowWithParams() {
        const nango = createTemporaryObject(nangoComponent, testCase, {
            host: testEnv.url, publicKey: testEnv.publicKey // connection ids go with public keys
        })
        const before = testEnv.connectionCount()
        const flow = nango.auth("stripe-dev", "qml-user-1", {
            credentials: { apiKey: "sk_test_qml" },
            params: { subdomain: "a+b#c d" }
        })
        verify(flow)
        compare(flow.authMode, AuthMode.ApiKey)
        const ok = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "succeeded" })
        const ko = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "failed" })
        ok.wait(10000)
        compare(ok.signalArguments[0][0], "stripe-dev")
        compare(ok.signalArguments[0][1], "qml-user-1")
        wait(100)
        compare(ko.count, 0)
        compare(testEnv.connectionCount(), before + 1)
        const connection = testEnv.lastConnection()
        compare(connection.connectionConfig.subdomain, "a+b#c d")
        compare(connection.credentials.apiKey, "sk_test_qml")
    }

    // Named signal arguments work in handlers, and a failure carries type and message.
    Component {
        id: handlerComponent
        NangoAuth {
            property string gotType
            property string gotMessage
            property string gotConnection
            onSucceeded: (providerConfigKey, connectionId) => gotConnection = providerConfigKey + "/" + connectionId
            onFailed: (type, message) => { gotType = type; gotMessage = message }
        }
    }
    function test_handlers() {
        const nango = createTemporaryObject(handlerComponent, testCase, {
            host: testEnv.url, publicKey: testEnv.publicKey
        })
        nango.create("public-api", "qml-public-1")
        tryCompare(nango, "gotConnection", "public-api/qml-public-1", 10000)
        nango.auth("stripe-dev", "qml-user-2", { credentials: { apiKey: "sk_test_invalid" } })
        tryVerify(() => nango.gotType.length > 0, 10000)
        compare(nango.gotType, "connection_test_failed")
        verify(nango.gotMessage.length > 0)
        verify(nango.gotMessage.indexOf("[object Object]") < 0)
    }

    function test_busyAndCancel() {
        const nango = createTemporaryObject(nangoComponent, testCase, {
            host: testEnv.url, connectSessionToken: testEnv.newSessionToken(), browser: NangoAuth.Embedded
        })
        const ko = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "failed" })
        const flow = nango.auth("github-dev", "qml-cancel")
        verify(flow)
        compare(nango.busy, true)
        nango.cancel()
        ko.wait(5000)
        compare(ko.signalArguments[0][0], "authorization_cancelled")
        tryCompare(nango, "busy", false)
        tryVerify(() => testEnv.authWindowCount() === 0, 5000) // the window went with the flow
    }

    // TLS: refused by default; trusting the server's CA from QML makes the same flow succeed.
    function test_caCertificatesOptIn() {
        const url = testEnv.tlsDevServerUrl()
        verify(url.indexOf("https://") === 0, url)
        const nango = createTemporaryObject(handlerComponent, testCase, { host: url, publicKey: testEnv.tlsPublicKey() })
        nango.auth("stripe-dev", "qml-tls-1", { credentials: { apiKey: "sk_tls" } })
        tryVerify(() => nango.gotType.length > 0, 10000)
        compare(nango.gotType, "tls_error")
        verify(!nango.addCaCertificates("file:///nonexistent/ca.pem"))
        verify(nango.addCaCertificates("file://" + testEnv.tlsCaFile()))
        nango.auth("stripe-dev", "qml-tls-2", { credentials: { apiKey: "sk_tls" } })
        tryCompare(nango, "gotConnection", "stripe-dev/qml-tls-2", 10000)
    }
}
