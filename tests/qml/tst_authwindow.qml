// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import NangoQt

// The OAuth branch through the module's AuthWindow (a real WebEngineView) against the dev
// server's fake provider: Allow, Deny, a user close, a JSON error document.
TestCase {
    id: testCase
    name: "AuthWindow"
    when: windowShown

    Component {
        id: nangoComponent
        NangoAuth {
            host: testEnv.url
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function startFlow(integration) {
        const nango = createTemporaryObject(nangoComponent, testCase, { connectSessionToken: testEnv.newSessionToken() })
        const ok = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "succeeded" })
        const ko = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "failed" })
        const flow = nango.auth(integration) // a session token names the end user; no connection id
        return { nango: nango, ok: ok, ko: ko, flow: flow }
    }

    // The provider page with its Allow / Deny links is shown in the AuthWindow.
    function waitForProviderPage() {
        let window = null
        tryVerify(() => (window = testEnv.authWindow()) !== null, 30000, "no AuthWindow appeared")
        // The window shows from the start of the flow; its view comes a moment later.
        tryVerify(() => window.view !== null, 30000, "the AuthWindow has no view")
        let ready = false
        tryVerify(() => {
            window.view.runJavaScript("!!document.getElementById('allow')", (found) => ready = found === true)
            return ready
        }, 30000, "the provider page did not load")
        return window
    }

    function finished(run) {
        return run.ok.count + run.ko.count > 0
    }

    function cleanup() {
        testEnv.setFaults({})
    }

    function checkOneTerminalSignal(run) {
        wait(300) // a second terminal signal would come now
        compare(run.ok.count + run.ko.count, 1)
    }

    function test_allow() {
        const run = startFlow("github-dev")
        const window = waitForProviderPage()
        compare(window.width, 500)
        compare(window.height, 600)
        verify(window.title.indexOf("github-dev") >= 0, window.title)
        // The host is secondary information, under the page (it used to be in the title).
        verify(findChild(window.contentItem, "hostLabel").text.indexOf("127.0.0.1") >= 0)
        const before = testEnv.connectionCount()
        window.view.runJavaScript("document.getElementById('allow').click()")
        tryVerify(() => finished(run), 30000)
        compare(run.ko.count, 0, run.ko.count ? run.ko.signalArguments[0][0] + ": " + run.ko.signalArguments[0][1] : "")
        compare(run.ok.signalArguments[0][0], "github-dev")
        checkOneTerminalSignal(run)
        tryVerify(() => testEnv.authWindow() === null, 5000, "the window did not close itself on the result")
        compare(testEnv.connectionCount(), before + 1)
    }

    function test_deny() {
        const run = startFlow("github-dev")
        const window = waitForProviderPage()
        window.view.runJavaScript("document.getElementById('deny').click()")
        tryVerify(() => finished(run), 30000)
        compare(run.ko.signalArguments[0][0], "callback_err")
        verify(run.ko.signalArguments[0][1].indexOf("access_denied") >= 0, run.ko.signalArguments[0][1])
        checkOneTerminalSignal(run)
        tryVerify(() => testEnv.authWindow() === null, 5000)
    }

    function test_userCloseIsReportedOnce_data() {
        return [
            { tag: "close button, page loaded", how: "close", waitForPage: true },
            { tag: "Escape, page loaded", how: "escape", waitForPage: true },
            { tag: "close button, while loading", how: "close", waitForPage: false },
        ]
    }
    function test_userCloseIsReportedOnce(data) {
        const run = startFlow("github-dev")
        let window = null
        if (data.waitForPage)
            window = waitForProviderPage()
        else
            tryVerify(() => (window = testEnv.authWindow()) !== null, 30000)
        if (data.how === "escape") {
            window.requestActivate()
            tryVerify(() => window.active, 5000)
            keyClick(Qt.Key_Escape, Qt.NoModifier, -1, window)
        } else {
            window.close() // what the window manager's close button does
        }
        tryVerify(() => finished(run), 10000)
        compare(run.ko.signalArguments[0][0], "authorization_cancelled")
        compare(run.ko.signalArguments[0][1],
                "Authorization fail: The user has closed the authorization modal before the process was complete.")
        checkOneTerminalSignal(run)
        tryVerify(() => testEnv.authWindow() === null, 5000)
    }

    function test_jsonErrorDocumentEndsTheFlow() {
        const nango = createTemporaryObject(nangoComponent, testCase, {
            connectSessionToken: testEnv.newSessionToken(["stripe-dev"]) // github-dev not allowed
        })
        const ko = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "failed" })
        nango.auth("github-dev")
        ko.wait(30000)
        compare(ko.signalArguments[0][0], "integration_not_allowed")
        tryVerify(() => testEnv.authWindow() === null, 5000)
    }

    function test_navigationIsLimitedToWebSchemes() {
        const run = startFlow("github-dev")
        const window = waitForProviderPage()
        const before = window.view.url.toString()
        for (const target of ["file:///etc/passwd", "nango-custom://x", "data:text/html,hello", "javascript:alert(1)"]) {
            window.view.runJavaScript("window.location.href = '" + target + "'")
            wait(300)
            compare(window.view.url.toString(), before, target)
        }
        window.view.url = "file:///etc/hostname" // loads the app itself starts are refused too
        wait(500)
        compare(window.view.url.toString().indexOf("file:"), -1)
        window.view.runJavaScript("window.close()") // the page cannot close the window
        wait(300)
        verify(window.visible)
        compare(run.ok.count + run.ko.count, 0)
        run.flow.cancel()
        tryVerify(() => finished(run), 5000)
        compare(run.ko.signalArguments[0][0], "authorization_cancelled")
    }

    function test_certificateErrorIsRefused() {
        const run = startFlow("github-dev")
        const window = waitForProviderPage()
        const https = testEnv.untrustedHttpsUrl()
        verify(https.length > 0)
        window.view.url = https
        tryVerify(() => finished(run), 30000)
        compare(run.ko.signalArguments[0][0], "tls_error")
        verify(run.ko.signalArguments[0][1].indexOf("127.0.0.1") >= 0, run.ko.signalArguments[0][1])
        checkOneTerminalSignal(run)
        tryVerify(() => testEnv.authWindow() === null, 5000)
    }

    function test_popupsShareTheFlowsPrivateProfile() {
        const run = startFlow("github-dev")
        const window = waitForProviderPage()
        verify(window.profile.offTheRecord)
        window.view.runJavaScript("window.open(window.location.href, 'signin', 'width=300,height=300')")
        let popup = null
        tryVerify(() => (popup = testEnv.authPopup()) !== null, 10000, "no popup window")
        compare(popup.transientParent, window)
        verify(popup.view.profile === window.profile, "the popup does not share the flow's profile")
        tryVerify(() => popup.view.url.toString().indexOf("/provider/oauth/authorize") >= 0, 10000)
        run.flow.cancel() // the window, and its popups with it, go away with the flow
        tryVerify(() => testEnv.authPopup() === null && testEnv.authWindow() === null, 5000)
    }

    function test_sizeIsClampedToTheScreen() {
        const nango = createTemporaryObject(nangoComponent, testCase, {
            connectSessionToken: testEnv.newSessionToken(), width: 100000, height: 100000
        })
        const flow = nango.auth("github-dev")
        let window = null
        tryVerify(() => (window = testEnv.authWindow()) !== null, 30000)
        verify(window.width <= window.screen.desktopAvailableWidth, window.width)
        verify(window.height <= window.screen.desktopAvailableHeight, window.height)
        flow.cancel()
        tryVerify(() => testEnv.authWindow() === null, 5000)
    }

    function test_closeIgnoredWithoutDetection() {
        const nango = createTemporaryObject(nangoComponent, testCase, {
            connectSessionToken: testEnv.newSessionToken(), timeout: 3000
        })
        const ko = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "failed" })
        nango.auth("github-dev", undefined, { detectClosedAuthWindow: false })
        let window = null
        tryVerify(() => (window = testEnv.authWindow()) !== null, 30000)
        window.close()
        wait(500)
        compare(ko.count, 0)
        ko.wait(8000)
        compare(ko.signalArguments[0][0], "timeout")
    }

    function test_cppMadeNangoAuthUsesTheAuthWindow() {
        const flow = testEnv.startCppFlow("github-dev")
        const ok = createTemporaryObject(spyComponent, testCase, { target: flow, signalName: "succeeded" })
        const window = waitForProviderPage()
        window.view.runJavaScript("document.getElementById('allow').click()")
        ok.wait(30000)
        compare(ok.signalArguments[0][0], "github-dev")
        tryVerify(() => testEnv.authWindow() === null, 5000)
    }

    // The window is shown by auth() itself, connecting, while the server delays its WebSocket
    // ack; then it loads the provider's page (auto-approving) and the flow succeeds.
    function test_connectingWhileTheAckIsDelayed() {
        testEnv.setFaults({ ackDelayMs: 1500 })
        const requestsBefore = testEnv.browserGets().length
        const run = startFlow("github-auto")
        const window = testEnv.authWindow()
        verify(window !== null, "no AuthWindow while the WebSocket connects")
        const connectingSpy = createTemporaryObject(spyComponent, testCase, { target: window, signalName: "connectingChanged" })
        verify(window.visible)
        verify(window.connecting)
        compare(window.width, 500)
        compare(window.height, 600)
        compare(window.title, "Connect github-auto") // the host is under the page
        compare(findChild(window.contentItem, "hostLabel").text, "Nango server: 127.0.0.1")
        compare(window.host, "127.0.0.1")
        const label = findChild(window.contentItem, "connectingLabel")
        verify(label !== null, "no connecting label")
        verify(label.visible)
        compare(label.text, "Connecting to 127.0.0.1…")
        // The palette's colours, and the label covers the whole window (the view is underneath).
        verify(Qt.colorEqual(label.color, window.palette.windowText), String(label.color))
        verify(Qt.colorEqual(label.background.color, window.palette.window), String(label.background.color))
        tryCompare(label, "width", window.width)
        tryCompare(label, "height", window.height)
        // The profile and the view are made a moment later, still connecting; nothing is loaded.
        tryVerify(() => window.view !== null, 2000, "no view while connecting")
        verify(window.connecting)
        verify(window.profile.offTheRecord)
        compare(window.view.profile, window.profile)
        compare(window.view.url.toString(), "")

        wait(700) // still waiting for the ack
        verify(window.connecting)
        verify(label.visible)
        compare(window.view.url.toString(), "")
        compare(run.ok.count + run.ko.count, 0)
        compare(testEnv.browserGets().length, requestsBefore) // no network from the connecting state

        connectingSpy.wait(10000) // the ack: the label gives way, the view navigates
        compare(connectingSpy.count, 1)
        tryVerify(() => finished(run), 30000)
        compare(run.ko.count, 0, run.ko.count ? run.ko.signalArguments[0][0] + ": " + run.ko.signalArguments[0][1] : "")
        compare(run.ok.signalArguments[0][0], "github-auto")
        checkOneTerminalSignal(run)
        // /oauth/connect, then the provider's authorization page (which approves by itself), then the callback.
        compare(testEnv.browserGets().slice(requestsBefore, requestsBefore + 3),
                ["/oauth/connect/github-auto", "/provider/oauth/authorize", "/oauth/callback"])
        tryVerify(() => testEnv.authWindow() === null, 5000, "the window did not close itself on the result")
    }

    function test_failureBeforeTheAckClosesTheWindow_data() {
        return [
            { tag: "WebSocket dropped before the ack", faults: { dropWebSocketBeforeAck: true }, type: "websocket_closed", watch: 300 },
            { tag: "ack later than the timeout", faults: { ackDelayMs: 4000 }, type: "timeout", watch: 3000 },
        ]
    }
    function test_failureBeforeTheAckClosesTheWindow(data) {
        testEnv.setFaults(data.faults)
        const nango = createTemporaryObject(nangoComponent, testCase, { connectSessionToken: testEnv.newSessionToken(), timeout: 1500 })
        const ok = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "succeeded" })
        const ko = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "failed" })
        nango.auth("github-dev")
        const window = testEnv.authWindow()
        verify(window !== null)
        verify(window.connecting)
        const userClosed = createTemporaryObject(spyComponent, testCase, { target: window, signalName: "userClosed" })
        ko.wait(10000)
        compare(ko.signalArguments[0][0], data.type)
        verify(ko.signalArguments[0][1].length > 0)
        tryVerify(() => testEnv.authWindow() === null, 5000, "the flow did not close the window")
        compare(userClosed.count, 0) // closed quietly
        wait(data.watch) // a late ack changes nothing
        compare(ok.count + ko.count, 1)
        verify(testEnv.authWindow() === null)
    }

    function test_userCloseWhileConnecting_data() {
        return [
            { tag: "close button", how: "close" },
            { tag: "Escape", how: "escape" },
        ]
    }
    function test_userCloseWhileConnecting(data) {
        testEnv.setFaults({ ackDelayMs: 3000 })
        const run = startFlow("github-dev")
        const window = testEnv.authWindow()
        verify(window !== null)
        wait(100)
        verify(window.connecting)
        const started = Date.now()
        if (data.how === "escape") {
            window.requestActivate()
            tryVerify(() => window.active, 5000)
            keyClick(Qt.Key_Escape, Qt.NoModifier, -1, window)
        } else {
            window.close()
        }
        tryVerify(() => finished(run), 2000)
        verify(Date.now() - started < 2000, "not at once")
        compare(run.ko.signalArguments[0][0], "authorization_cancelled")
        compare(run.ko.signalArguments[0][1],
                "Authorization fail: The user has closed the authorization modal before the process was complete.")
        checkOneTerminalSignal(run)
        tryVerify(() => testEnv.authWindow() === null, 5000)
    }

    // detectClosedAuthWindow off, closed while connecting: the flow goes on, the window does not
    // come back at the ack, and the timeout ends the flow.
    function test_closeWhileConnectingIgnoredWithoutDetection() {
        testEnv.setFaults({ ackDelayMs: 800 })
        const nango = createTemporaryObject(nangoComponent, testCase, {
            connectSessionToken: testEnv.newSessionToken(), timeout: 3000
        })
        const ko = createTemporaryObject(spyComponent, testCase, { target: nango, signalName: "failed" })
        nango.auth("github-dev", undefined, { detectClosedAuthWindow: false })
        const window = testEnv.authWindow()
        verify(window !== null)
        verify(window.connecting)
        window.close()
        wait(1300) // past the ack
        compare(ko.count, 0)
        verify(testEnv.authWindow() === null, "the window came back")
        ko.wait(8000)
        compare(ko.signalArguments[0][0], "timeout")
    }

    Component {
        id: bareWindowComponent
        AuthWindow {}
    }
    Component {
        id: windowSpyComponent
        SignalSpy { signalName: "errorOccurred" }
    }
    // Used directly, the window still only opens web pages.
    function test_onlyWebUrlsAreOpened_data() {
        return [
            { tag: "javascript", url: "javascript:document.title='x'" },
            { tag: "file", url: "file:///etc/hostname" },
            { tag: "data", url: "data:text/html,hello" },
        ]
    }
    function test_onlyWebUrlsAreOpened(data) {
        const window = createTemporaryObject(bareWindowComponent, testCase)
        const spy = createTemporaryObject(windowSpyComponent, testCase, { target: window })
        window.url = data.url
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "blocked_by_browser")
        compare(window.view.url.toString(), "")
    }
}
