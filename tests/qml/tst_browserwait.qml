// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtTest
import NangoQt

// "Continue in your browser" in the QML face: with NangoAuth.browser = System and a fake opener
// (it "opens" a URL by writing it to a file), connecting github-dev (the dev server's sample
// catalog) from ConnectButton shows BrowserWait in a popup under the button, and ConnectUI shows
// it on its Connecting screen. Copy link puts the flow's authorization URL on the clipboard,
// Open again runs the opener once more, Cancel (mouse, and Escape on the focused item) ends the
// flow once with authorization_cancelled and the state goes away; in ConnectUI Cancel goes back
// to the picker. Sequences of states are recorded from the signals, not polled.
TestCase {
    id: testCase
    name: "BrowserWait"
    when: windowShown
    visible: true
    width: 480
    height: 620

    NangoAuth {
        id: nango
        host: testEnv.url
        timeout: 60000
        browser: NangoAuth.System
    }
    SignalSpy {
        id: failedSpy
        target: nango
        signalName: "failed"
    }

    Component {
        id: buttonComponent
        ConnectButton {
            x: 20
            y: 20
            auth: nango
            integrationId: "github-dev"
            displayName: "GitHub (dev)"
        }
    }
    Component {
        id: uiComponent
        ConnectUI {
            auth: nango
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    property int connectionsAtStart: 0

    function init() {
        connectionsAtStart = testEnv.connectionCount()
        testEnv.startFakeOpener()
        testEnv.clearClipboard()
        nango.connectSessionToken = testEnv.newSessionToken()
        failedSpy.clear()
    }
    function cleanup() {
        nango.cancel()
        testEnv.stopFakeOpener()
    }

    function focusItem() {
        return testCase.Window.window ? testCase.Window.window.activeFocusItem : null
    }
    function failedTypes() {
        const types = []
        for (let i = 0; i < failedSpy.count; ++i)
            types.push(failedSpy.signalArguments[i][0])
        return types
    }
    function checkTabCycle(panel) {
        const openAgain = findChild(panel, "openAgainButton")
        const copyLink = findChild(panel, "copyLinkButton")
        const cancel = findChild(panel, "browserCancelButton")
        tryVerify(() => openAgain.activeFocus, 5000, "Open again has no focus: " + focusItem())
        keyClick(Qt.Key_Tab)
        verify(copyLink.activeFocus, "Tab: " + focusItem())
        keyClick(Qt.Key_Tab)
        verify(cancel.activeFocus, "Tab: " + focusItem())
        keyClick(Qt.Key_Tab)
        verify(openAgain.activeFocus, "Tab: " + focusItem())
    }

    Component {
        id: autoNangoComponent
        NangoAuth {
            host: testEnv.url
            timeout: 60000
            browser: NangoAuth.Auto
        }
    }
    Component {
        id: catalogComponent
        Catalog {}
    }
    Component {
        id: autoButtonComponent
        ConnectButton {
            x: 20
            y: 20
        }
    }

    // Browser Auto with the QML AuthWindow registered: google-calendar-dev (its provider's
    // authorization_url is on accounts.google.com, read from the catalog) goes to the system
    // browser and shows BrowserWait; github-dev opens the AuthWindow and no opener.
    function test_autoPicksTheWindowPerProvider() {
        const autoNango = createTemporaryObject(autoNangoComponent, testCase)
        autoNango.connectSessionToken = testEnv.newSessionToken()
        const autoFailed = createTemporaryObject(spyComponent, testCase, { target: autoNango, signalName: "failed" })
        // The button reads the integration's provider from its catalog and passes its
        // authorization_url with the call (a QML NangoAuth opens its own AuthWindow).
        const catalog = createTemporaryObject(catalogComponent, testCase, { auth: autoNango })
        const google = createTemporaryObject(autoButtonComponent, testCase,
                                             { auth: autoNango, catalog: catalog, integrationId: "google-calendar-dev", displayName: "Google Calendar" })
        verify(testEnv.forgetOpenedUrl())
        tryCompare(google, "enabled", true, 10000)
        mouseClick(google)
        const opened = testEnv.openedUrl()
        verify(opened.indexOf("/oauth/connect/google-calendar-dev") > 0, opened)
        tryCompare(google.connectAction, "inSystemBrowser", true, 5000)
        const popup = findChild(google, "browserWaitPopup")
        tryCompare(popup, "opened", true)
        compare(findChild(findChild(popup.contentItem, "browserWait"), "browserWaitText").text,
                "Finish connecting Google Calendar in the browser window that opened.")
        compare(testEnv.authWindow(), null)
        keyClick(Qt.Key_Escape)
        tryCompare(google.connectAction, "inSystemBrowser", false, 5000)
        tryCompare(autoFailed, "count", 1, 5000)
        compare(autoFailed.signalArguments[0][0], "authorization_cancelled")

        verify(testEnv.forgetOpenedUrl())
        const github = createTemporaryObject(autoButtonComponent, testCase,
                                             { auth: autoNango, catalog: catalog, integrationId: "github-dev", displayName: "GitHub (dev)" })
        mouseClick(github)
        tryVerify(() => testEnv.authWindow() !== null, 30000, "no AuthWindow for github-dev")
        verify(!github.connectAction.inSystemBrowser)
        compare(testEnv.openedFileExists(), false)
        autoNango.cancel()
        tryCompare(autoFailed, "count", 2, 5000)
        tryVerify(() => testEnv.authWindow() === null, 10000)
    }

    function test_connectButton() {
        const button = createTemporaryObject(buttonComponent, testCase)
        const action = button.connectAction
        const popup = findChild(button, "browserWaitPopup")
        verify(popup)
        const inBrowser = []
        const shown = []
        const states = []
        const record = () => { inBrowser.push(action.inSystemBrowser); shown.push(popup.visible) }
        const recordState = () => states.push(action.state)
        action.inSystemBrowserChanged.connect(record)
        action.stateChanged.connect(recordState)
        const actionFailed = createTemporaryObject(spyComponent, testCase, { target: action, signalName: "failed" })

        for (let attempt = 0; attempt < 2; ++attempt) {
            inBrowser.length = 0
            shown.length = 0
            states.length = 0
            actionFailed.clear()
            failedSpy.clear()
            verify(testEnv.forgetOpenedUrl())
            mouseClick(button)
            const opened = testEnv.openedUrl()
            verify(opened.indexOf("/oauth/connect/github-dev") > 0, opened)
            tryVerify(() => inBrowser.length === 1, 5000)
            compare(inBrowser, [true])
            tryCompare(popup, "opened", true)
            compare(action.authorizationUrl.toString(), opened)

            const panel = findChild(popup.contentItem, "browserWait")
            verify(panel && panel.visible)
            compare(findChild(panel, "browserWaitTitle").text, "Continue in your browser")
            const text = findChild(panel, "browserWaitText")
            compare(text.text, "Finish connecting GitHub (dev) in the browser window that opened.")
            compare(panel.Accessible.name, "Continue in your browser")
            for (const name of ["openAgainButton", "copyLinkButton", "browserCancelButton"])
                verify(findChild(panel, name).Accessible.name.length > 0, name)
            // Under the button, inside the window.
            const topLeft = popup.contentItem.mapToItem(null, 0, 0)
            const buttonBottom = button.mapToItem(null, 0, button.height).y
            verify(topLeft.y >= buttonBottom, "popup at " + topLeft.y + ", button ends at " + buttonBottom)
            verify(popup.x + button.mapToItem(null, 0, 0).x >= 0 && topLeft.x + popup.width <= testCase.Window.window.width + 1)
            checkTabCycle(panel)

            if (attempt === 0) {
                // Copy link by keyboard, Open again by keyboard, Escape on the focused item.
                keyClick(Qt.Key_Tab)
                keyClick(Qt.Key_Space)
                compare(testEnv.clipboardText(), action.authorizationUrl.toString())
                compare(testEnv.clipboardText(), opened)
                verify(text.text.indexOf("Link copied") === 0, text.text)
                tryCompare(text, "text", "Finish connecting GitHub (dev) in the browser window that opened.", 5000)
                verify(testEnv.forgetOpenedUrl())
                keyClick(Qt.Key_Backtab)
                verify(findChild(panel, "openAgainButton").activeFocus)
                keyClick(Qt.Key_Space)
                compare(testEnv.openedUrl(), opened)
                compare(inBrowser, [true])
                verify(popup.visible)
                keyClick(Qt.Key_Escape)
            } else {
                mouseClick(findChild(panel, "browserCancelButton"))
            }
            tryVerify(() => inBrowser.length === 2, 5000)
            compare(inBrowser, [true, false])
            tryCompare(popup, "visible", false)
            // The flow ends once with authorization_cancelled; the action goes back to Idle
            // without failed() (ConnectAction.cancel()).
            tryCompare(failedSpy, "count", 1)
            wait(300) // nothing late
            compare(failedTypes(), [ErrorType.AuthorizationCancelled])
            compare(actionFailed.count, 0)
            compare(states, [ConnectAction.Connecting, ConnectAction.Idle])
            tryVerify(() => button.activeFocus, 5000, "the focus is not back on the button: " + focusItem())
        }
        action.inSystemBrowserChanged.disconnect(record)
        action.stateChanged.disconnect(recordState)
        compare(testEnv.connectionCount(), connectionsAtStart) // the server is shared by every test file
    }

    function test_connectUI() {
        const ui = createTemporaryObject(uiComponent, testCase)
        const errors = createTemporaryObject(spyComponent, testCase, { target: ui, signalName: "errorOccurred" })
        const closed = createTemporaryObject(spyComponent, testCase, { target: ui, signalName: "closed" })
        const screens = []
        const inBrowser = []
        const recordScreen = () => screens.push(ui.model.screen)
        const recordBrowser = () => inBrowser.push(ui.model.inSystemBrowser)
        ui.model.screenChanged.connect(recordScreen)
        ui.model.inSystemBrowserChanged.connect(recordBrowser)
        ui.open()
        tryCompare(ui.model, "screen", ConnectUIModel.Picker, 15000)
        const page = findChild(ui.contentItem, "connectingPage")
        const panel = findChild(page, "browserWait")
        verify(panel)

        for (let attempt = 0; attempt < 2; ++attempt) {
            screens.length = 0
            inBrowser.length = 0
            verify(testEnv.forgetOpenedUrl())
            ui.model.select("github-dev")
            const opened = testEnv.openedUrl()
            verify(opened.indexOf("/oauth/connect/github-dev") > 0, opened)
            tryVerify(() => inBrowser.length === 1, 5000)
            compare(inBrowser, [true])
            compare(screens[screens.length - 1], ConnectUIModel.Connecting)
            compare(ui.model.authorizationUrl.toString(), opened)
            verify(panel.visible)
            verify(!findChild(page, "textLabel").visible)
            compare(findChild(panel, "browserWaitText").text,
                    "Finish connecting " + ui.model.displayName + " in the browser window that opened.")
            checkTabCycle(panel)
            if (attempt === 0) {
                mouseClick(findChild(panel, "copyLinkButton"))
                compare(testEnv.clipboardText(), ui.model.authorizationUrl.toString())
                verify(testEnv.forgetOpenedUrl())
                mouseClick(findChild(panel, "openAgainButton"))
                compare(testEnv.openedUrl(), opened)
                mouseClick(findChild(panel, "browserCancelButton"))
            } else {
                keyClick(Qt.Key_Escape) // on the focused item: back, the Connect UI stays
            }
            tryVerify(() => inBrowser.length === 2, 5000)
            compare(inBrowser, [true, false])
            tryCompare(ui.model, "screen", ConnectUIModel.Picker, 5000)
            compare(screens.filter(s => s === ConnectUIModel.Connecting).length, 1)
            verify(!panel.visible)
            tryCompare(failedSpy, "count", attempt + 1)
            wait(300) // nothing late
            compare(failedTypes().length, attempt + 1)
            for (const type of failedTypes())
                compare(type, ErrorType.AuthorizationCancelled)
            verify(ui.visible)
            compare(errors.count, 0)
            compare(closed.count, 0)
            tryVerify(() => findChild(ui.contentItem, "searchField").activeFocus, 5000)
        }
        ui.model.screenChanged.disconnect(recordScreen)
        ui.model.inSystemBrowserChanged.disconnect(recordBrowser)
        ui.model.close()
        tryCompare(closed, "count", 1)
        compare(testEnv.connectionCount(), connectionsAtStart) // the server is shared by every test file
    }
}
