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
        verify(window.title.indexOf("127.0.0.1") >= 0, window.title)
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
