// SPDX-License-Identifier: MIT
// The hosted Connect UI in the QML face for real: NangoAuth.openConnectUI() opens the module's
// ConnectUIWindow (WebEngineView + WebChannel), whose host page frames the dev server's
// imitation of Nango's Connect UI (GET /connect). Driven through tests/shared/connectuidriver.h.
import QtQuick
import QtTest
import NangoQt

TestCase {
    id: testCase
    name: "HostedConnectUI"

    NangoAuth {
        id: nango
        host: testEnv.url
    }

    SignalSpy { id: readySpy; signalName: "ready" }
    SignalSpy { id: connectedSpy; signalName: "connected" }
    SignalSpy { id: errorSpy; signalName: "errorOccurred" }
    SignalSpy { id: closedSpy; signalName: "closed" }

    property var session: null
    property var uiWindow: null

    function open(options) {
        nango.connectSessionToken = testEnv.newSessionToken([])
        session = nango.openConnectUI(options)
        verify(session !== null)
        for (const spy of [readySpy, connectedSpy, errorSpy, closedSpy]) {
            spy.clear()
            spy.target = session
        }
        uiWindow = testEnv.connectUIWindow()
        verify(uiWindow !== null, "the ConnectUIWindow is on screen")
        verify(testEnv.installConnectUIDriver(uiWindow))
    }

    function cleanup() {
        if (session !== null && closedSpy.count === 0)
            session.close()
        session = null
        uiWindow = null
    }

    function js(code) {
        let done = false
        let result = null
        uiWindow.view.runJavaScript(code, function (value) { result = value; done = true })
        tryVerify(function () { return done }, 5000)
        return result
    }
    function command(cmd) {
        const id = js(testEnv.driverSend(cmd))
        verify(id > 0, "the host page is up")
        let reply = null
        tryVerify(function () { reply = js(testEnv.driverReply(id)); return reply !== null }, 5000)
        return reply
    }
    /// The screen the UI shows, "" while its frame is not up yet.
    function currentScreen() {
        const id = js(testEnv.driverSend({ op: "screen" }))
        if (!(id > 0))
            return ""
        const end = Date.now() + 5000
        while (Date.now() < end) {
            const reply = js(testEnv.driverReply(id))
            if (reply !== null)
                return reply
            wait(20)
        }
        return ""
    }
    function clickAndGo(selector) {
        js(testEnv.driverSend({ op: "click", selector: selector }))
    }
    function click(selector) {
        compare(command({ op: "click", selector: selector }), "ok")
    }
    function type(selector, value) {
        compare(command({ op: "type", selector: selector, value: value }), "ok")
    }
    function waitScreen(screen, timeout) {
        // Not tryVerify(): it asks once more after success, and the answer may be late then.
        const end = Date.now() + (timeout || 20000)
        let now = ""
        while (Date.now() < end) {
            now = currentScreen()
            if (now === screen)
                return
            wait(30)
        }
        fail("the Connect UI shows \"" + now + "\", not " + screen)
    }

    function test_apiKeyConnect() {
        const started = Date.now()
        open({ baseURL: testEnv.connectBaseUrl(), theme: "dark", lang: "en" })
        verify(!session.inSystemBrowser)
        verify(session.url.toString().indexOf("theme=dark") > 0)
        tryCompare(readySpy, "count", 1, 30000)
        verify(session.loaded)
        waitScreen("picker")
        console.info("openConnectUI() → picker: " + (Date.now() - started) + " ms")
        compare(command({ op: "theme" }), "dark")
        verify(testEnv.saveScreenshot(uiWindow, "hosted-connectui-qml.png"))

        // A message from another origin (the qrc host page's own) is not the UI's: ignored.
        js("window.postMessage({type: 'connect', payload: {providerConfigKey: 'x', connectionId: 'forged'}}, '*'); window.postMessage({type: 'close'}, '*'); 1")
        wait(300)
        compare(connectedSpy.count, 0)
        compare(closedSpy.count, 0)

        click(".integration[data-key=\"stripe-dev\"]")
        waitScreen("form")
        type("#field-apiKey", "sk_test_good")
        click("#submit")
        tryCompare(connectedSpy, "count", 1, 15000)
        compare(connectedSpy.signalArguments[0][0], "stripe-dev")
        compare(connectedSpy.signalArguments[0][1], testEnv.lastConnection().connectionId)
        compare(connectedSpy.signalArguments[0][2], false)
        waitScreen("success")
        compare(closedSpy.count, 0)
        clickAndGo("#finish")
        tryCompare(closedSpy, "count", 1, 10000)
        compare(errorSpy.count, 0)
        tryVerify(function () { return testEnv.connectUIWindow() === null }, 5000)
    }

    function test_errorEvent() {
        open({ baseURL: testEnv.connectBaseUrl() })
        waitScreen("picker", 30000)
        click(".integration[data-key=\"stripe-dev\"]")
        waitScreen("form")
        type("#field-apiKey", "sk_test_invalid")
        click("#submit")
        tryCompare(errorSpy, "count", 1, 15000)
        compare(errorSpy.signalArguments[0][0], "connection_test_failed")
        verify(errorSpy.signalArguments[0][1].length > 0)
        compare(closedSpy.count, 0)
        session.close()
        compare(closedSpy.count, 1)
    }

    function test_closeByEscape() {
        open({ baseURL: testEnv.connectBaseUrl() })
        waitScreen("picker", 30000)
        uiWindow.requestActivate()
        uiWindow.view.forceActiveFocus()
        keyClick(Qt.Key_Escape) // to the page (the UI has the keyboard once ready): it says `close`
        tryCompare(closedSpy, "count", 1, 10000)
        compare(errorSpy.count, 0)
    }

    function test_escapeOnDirtyFormAsks() {
        // Escape goes to the UI once it is ready, so a half-filled form is confirmed first.
        open({ baseURL: testEnv.connectBaseUrl() })
        waitScreen("picker", 30000)
        click(".integration[data-key=\"stripe-dev\"]")
        waitScreen("form")
        type("#field-apiKey", "sk_test_half")
        uiWindow.requestActivate()
        uiWindow.view.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        tryVerify(function () { return uiWindow.confirmation.opened }, 10000, "confirm() is asked")
        compare(closedSpy.count, 0)
        uiWindow.confirmation.accept()
        tryCompare(closedSpy, "count", 1, 10000)
    }

    function test_dirtyFormConfirm() {
        open({ baseURL: testEnv.connectBaseUrl() })
        waitScreen("picker", 30000)
        click(".integration[data-key=\"stripe-dev\"]")
        waitScreen("form")
        type("#field-apiKey", "sk_test_half")
        clickAndGo("#close")
        tryVerify(function () { return uiWindow.confirmation.opened }, 10000, "confirm() is asked")
        verify(uiWindow.confirmation.text.length > 0)
        uiWindow.confirmation.reject()
        wait(300)
        compare(closedSpy.count, 0)
        compare(command({ op: "screen" }), "form")
        clickAndGo("#close")
        tryVerify(function () { return uiWindow.confirmation.opened }, 10000)
        uiWindow.confirmation.accept()
        tryCompare(closedSpy, "count", 1, 10000)
    }

    function test_oauthPopup() {
        const acks = testEnv.callbackAcks()
        open({ baseURL: testEnv.connectBaseUrl() })
        waitScreen("picker", 30000)
        click(".integration[data-key=\"github-auto\"]")
        waitScreen("form")
        click("#submit")
        tryVerify(function () { return testEnv.authPopup() !== null }, 15000, "the OAuth popup opened from inside the frame")
        tryCompare(connectedSpy, "count", 1, 20000)
        compare(connectedSpy.signalArguments[0][0], "github-auto")
        compare(connectedSpy.signalArguments[0][1], testEnv.lastConnection().connectionId)
        tryVerify(function () { return testEnv.callbackAcks() > acks }, 10000, "the callback page got the UI's ack")
        tryVerify(function () { return testEnv.authPopup() === null }, 10000, "the popup closed itself")
        waitScreen("success")
        compare(errorSpy.count, 0)
        clickAndGo("#finish")
        tryCompare(closedSpy, "count", 1, 10000)
    }

    function test_neverReady() {
        const started = Date.now()
        open({ baseURL: testEnv.connectBaseUrl("neverReady=1") })
        tryCompare(closedSpy, "count", 1, 20000)
        const elapsed = Date.now() - started
        console.info("no ready → error and closed after " + elapsed + " ms")
        verify(elapsed >= 9900)
        compare(errorSpy.count, 1)
        compare(errorSpy.signalArguments[0][0], ErrorType.ConnectUINotReady)
        verify(errorSpy.signalArguments[0][1].indexOf(testEnv.url + "/connect/") >= 0)
        compare(readySpy.count, 0)
        tryVerify(function () { return testEnv.connectUIWindow() === null }, 5000)
    }

    function test_cppMadeNangoAuth() {
        // A NangoAuth made in C++ in this QGuiApplication: the module's registered window.
        session = testEnv.openCppConnectUI()
        for (const spy of [readySpy, closedSpy]) {
            spy.clear()
            spy.target = session
        }
        tryVerify(function () { return testEnv.connectUIWindow() !== null }, 10000)
        tryCompare(readySpy, "count", 1, 30000)
        session.close()
        compare(closedSpy.count, 1)
        tryVerify(function () { return testEnv.connectUIWindow() === null }, 5000)
    }

    function test_badOptions() {
        // Not an object: a TypeError, no session.
        let threw = false
        try {
            nango.openConnectUI("https://connect.example.com")
        } catch (e) {
            threw = e instanceof TypeError
        }
        verify(threw)
    }
}
