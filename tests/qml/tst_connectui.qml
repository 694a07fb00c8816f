// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtTest
import NangoQt

// ConnectUI (the native Connect UI, QML) against the dev server with the sample integrations:
// every screen and transition by keyboard (keys go to the item with the focus) and by mouse,
// each signal once, Escape on each screen, single-integration and reconnect sessions, a logo
// that fails (the placeholder, no error), a missing token, Cancel while connecting.
TestCase {
    id: testCase
    name: "ConnectUI"
    when: windowShown
    visible: true
    width: 480
    height: 620

    NangoAuth {
        id: nango
        host: testEnv.url
        timeout: 60000
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
    Component {
        id: smallWindowComponent
        Window {
            width: 400
            height: 500
            visible: true
            property alias connectUi: smallUi
            ConnectUI {
                id: smallUi
                auth: nango
            }
        }
    }

    property var ui: null
    property var spies: ({})

    function init() {
        testEnv.setFaults({})
        testEnv.clearLogoCache()
        nango.connectSessionToken = testEnv.newSessionToken()
        ui = createTemporaryObject(uiComponent, testCase)
        spies = {}
        for (const name of ["ready", "connected", "errorOccurred", "closed"])
            spies[name] = createTemporaryObject(spyComponent, testCase, { target: ui, signalName: name })
    }
    function cleanup() {
        testEnv.setFaults({})
        if (ui && ui.model.isOpen)
            ui.model.close()
    }

    // --- helpers -----------------------------------------------------------------------------
    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function screenIs(screen, timeout) {
        tryCompare(ui.model, "screen", screen, timeout === undefined ? 15000 : timeout,
                   "screen " + ui.model.screen + " (" + ui.model.errorType + ": " + ui.model.errorMessage + ")")
    }
    function page(name) {
        const p = findChild(ui.contentItem, name)
        verify(p, "no page " + name)
        return p
    }
    function onPage(pageName, name) {
        return findChild(page(pageName), name)
    }
    /*! The form's field once the provider's schema is shown. */
    function field(name) {
        let item = null
        tryVerify(() => {
            const form = findChild(ui.contentItem, "integrationForm")
            item = form && ui.model.form && ui.model.form.hasSchema && !ui.model.form.loading ? findChild(form, name) : null
            return item !== null && item.visible
        }, 10000, "no field " + name)
        return item
    }
    function focusItem() {
        return testCase.Window.window ? testCase.Window.window.activeFocusItem : null
    }
    function hasFocus(item) {
        return item !== null && item.activeFocus
    }
    function row(uniqueKey) {
        const list = onPage("pickerPage", "integrationList")
        let item = null
        for (let r = 0; r < list.count; ++r) {
            if (ui.model.integrations.data(ui.model.integrations.index(r, 0), 257 /* UniqueKeyRole */) === uniqueKey) {
                list.positionViewAtIndex(r, ListView.Contain)
                break
            }
        }
        tryVerify(() => (item = findChild(list, "integration_" + uniqueKey)) !== null && item.visible, 5000, "no row " + uniqueKey)
        wait(20)
        return item
    }
    function openUi() {
        ui.open()
        verify(ui.opened || ui.visible)
    }
    function counts(ready, connected, errors, closed) {
        wait(150) // nothing late
        compare(spies.ready.count, ready, "ready")
        compare(spies.connected.count, connected, "connected")
        compare(spies.errorOccurred.count, errors, "errorOccurred")
        compare(spies.closed.count, closed, "closed")
    }

    // --- tests -------------------------------------------------------------------------------
    function test_keyboardThroughEveryScreen() {
        openUi()
        screenIs(ConnectUIModel.Picker)
        tryCompare(spies.ready, "count", 1)
        const search = onPage("pickerPage", "searchField")
        tryVerify(() => search.activeFocus, 5000, "the search field has no focus")
        typeText("stripe (d")
        compare(ui.model.searchText, "stripe (d")
        tryCompare(onPage("pickerPage", "integrationList"), "count", 1)
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Form)
        compare(ui.model.integrationId, "stripe-dev")
        verify(onPage("formPage", "titleLabel").text.indexOf("Stripe (dev)") >= 0)
        verify(onPage("formPage", "backButton").visible)

        let key = field("apiKeyEdit")
        tryVerify(() => key.activeFocus, 5000, "the key field has no focus")
        typeText("not-a-key")
        tryVerify(() => ui.model.dirty)
        keyClick(Qt.Key_Return)
        tryVerify(() => ui.model.form.errorText.length > 0)
        compare(ui.model.screen, ConnectUIModel.Form)
        tryVerify(() => findChild(page("formPage"), "apiKeyError").visible)
        compare(spies.errorOccurred.count, 0)

        // Refused by the server: the Error screen, Retry refuses again.
        key.selectAll()
        typeText("sk_test_invalid")
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Error)
        compare(spies.errorOccurred.count, 1)
        compare(spies.errorOccurred.signalArguments[0][0], ui.model.errorType)
        verify(spies.errorOccurred.signalArguments[0][1].length > 0)
        verify(onPage("errorPage", "errorMessage").visible)
        const retry = onPage("errorPage", "retryButton")
        tryVerify(() => retry.activeFocus, 5000, "Retry has no focus")
        keyClick(Qt.Key_Return)
        tryCompare(spies.errorOccurred, "count", 2, 15000)
        screenIs(ConnectUIModel.Error)

        // Back (Shift+Tab to it, Space) → the picker; Enter → a fresh form.
        const back = onPage("errorPage", "backButton")
        for (let i = 0; i < 4 && !back.activeFocus; ++i)
            keyClick(Qt.Key_Backtab)
        verify(back.activeFocus, "Shift+Tab does not reach Back")
        keyClick(Qt.Key_Space)
        screenIs(ConnectUIModel.Picker)
        tryVerify(() => search.activeFocus)
        compare(search.text, ui.model.searchText)
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Form)
        key = field("apiKeyEdit")
        tryVerify(() => key.activeFocus)
        compare(key.text, "")
        typeText("sk_test_good")
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Success)
        compare(spies.connected.count, 1)
        compare(spies.connected.signalArguments[0][0], "stripe-dev")
        verify(spies.connected.signalArguments[0][1].length > 0)
        compare(spies.connected.signalArguments[0][2], false)
        verify(onPage("successPage", "textLabel").text.indexOf("Stripe (dev)") >= 0)
        const finish = onPage("successPage", "finishButton")
        tryVerify(() => finish.activeFocus)
        keyClick(Qt.Key_Return)
        tryCompare(spies.closed, "count", 1)
        tryCompare(ui, "visible", false)
        compare(testEnv.lastConnection().credentials.apiKey, "sk_test_good")
        counts(1, 1, 2, 1)
    }

    function test_mouseThroughEveryScreen() {
        openUi()
        screenIs(ConnectUIModel.Picker)
        mouseClick(row("jira-basic"))
        screenIs(ConnectUIModel.Form)
        compare(ui.model.integrationId, "jira-basic")
        const fill = password => {
            // Clicked where a person sees them: once the new form is laid out.
            tryVerify(() => field("passwordEdit").mapToItem(null, 0, 0).y > field("subdomainEdit").mapToItem(null, 0, 0).y)
            mouseClick(field("subdomainEdit"))
            typeText("acme")
            mouseClick(field("usernameEdit"))
            typeText("ada@example.com")
            mouseClick(field("passwordEdit"))
            typeText(password)
        }
        fill("wrong-password")
        mouseClick(onPage("formPage", "connectButton"))
        screenIs(ConnectUIModel.Error)
        mouseClick(onPage("errorPage", "retryButton"))
        tryCompare(spies.errorOccurred, "count", 2, 15000)
        screenIs(ConnectUIModel.Error)
        mouseClick(onPage("errorPage", "backButton"))
        screenIs(ConnectUIModel.Picker)
        mouseClick(row("jira-basic"))
        screenIs(ConnectUIModel.Form)
        fill("right-password")
        mouseClick(onPage("formPage", "connectButton"))
        screenIs(ConnectUIModel.Success)
        compare(spies.connected.signalArguments[0][0], "jira-basic")
        mouseClick(onPage("successPage", "finishButton"))
        tryCompare(spies.closed, "count", 1)
        counts(1, 1, 2, 1)

        // Open again: the form's Back by mouse, then an integration that needs nothing.
        openUi()
        screenIs(ConnectUIModel.Picker)
        tryCompare(spies.ready, "count", 2)
        mouseClick(row("stripe-dev"))
        screenIs(ConnectUIModel.Form)
        field("apiKeyEdit")
        mouseClick(onPage("formPage", "backButton"))
        screenIs(ConnectUIModel.Picker)
        mouseClick(row("public-api"))
        screenIs(ConnectUIModel.Success)
        compare(spies.connected.count, 2)
        compare(spies.connected.signalArguments[1][0], "public-api")
        mouseClick(onPage("successPage", "finishButton"))
        tryCompare(spies.closed, "count", 2)
        counts(2, 2, 2, 2)
    }

    function test_searchAndArrows() {
        openUi()
        screenIs(ConnectUIModel.Picker)
        const search = onPage("pickerPage", "searchField")
        const list = onPage("pickerPage", "integrationList")
        tryVerify(() => search.activeFocus)
        const all = list.count
        verify(all > 20)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(ui.model.currentRow, 2)
        compare(list.currentIndex, 2)
        keyClick(Qt.Key_Up)
        compare(ui.model.currentRow, 1)
        compare(list.currentIndex, 1)
        verify(search.activeFocus, "the arrows took the focus from the search field")
        typeText("github")
        tryVerify(() => list.count >= 2 && list.count < all)
        compare(list.currentIndex, ui.model.currentRow)
        typeText("zzz")
        tryCompare(list, "count", 0)
        const empty = onPage("pickerPage", "emptyLabel")
        verify(empty.visible)
        verify(empty.text.indexOf("githubzzz") >= 0)
        keyClick(Qt.Key_Return)
        compare(ui.model.screen, ConnectUIModel.Picker)
        for (let i = 0; i < 9; ++i)
            keyClick(Qt.Key_Backspace)
        tryCompare(list, "count", all)
        compare(ui.model.searchText, "")
        counts(1, 0, 0, 0)
    }

    function test_escapeAtEachScreen_data() {
        return [
            { tag: "loading", screen: "loading" },
            { tag: "picker", screen: "picker" },
            { tag: "form, clean", screen: "form" },
            { tag: "form, dirty: asks", screen: "dirty" },
            { tag: "connecting", screen: "connecting" },
            { tag: "success", screen: "success" },
            { tag: "error", screen: "error" },
        ]
    }
    function test_escapeAtEachScreen(data) {
        const s = data.screen
        if (s === "loading")
            testEnv.setFaults({ httpDelayMs: 3000 })
        openUi()
        let expected = ConnectUIModel.Loading
        if (s !== "loading") {
            screenIs(ConnectUIModel.Picker)
            expected = ConnectUIModel.Picker
        }
        if (["form", "dirty", "connecting", "success", "error"].indexOf(s) >= 0) {
            ui.model.select("stripe-dev")
            const key = field("apiKeyEdit")
            tryVerify(() => key.activeFocus)
            expected = ConnectUIModel.Form
        }
        if (s === "dirty")
            typeText("sk_test_")
        if (s === "connecting" || s === "success" || s === "error") {
            if (s === "connecting")
                testEnv.setFaults({ httpDelayMs: 5000 })
            typeText(s === "error" ? "sk_test_invalid" : "sk_test_good")
            keyClick(Qt.Key_Return)
            expected = s === "connecting" ? ConnectUIModel.Connecting : s === "success" ? ConnectUIModel.Success : ConnectUIModel.Error
            screenIs(expected)
        }
        compare(ui.model.screen, expected)
        tryVerify(() => focusItem() !== null && focusItem().activeFocus)
        keyClick(Qt.Key_Escape)
        if (s === "dirty") {
            // Asks first: Escape keeps the form, a second Escape asks again, Discard closes.
            let dialog = null
            tryVerify(() => (dialog = findChild(ui, "confirmCloseDialog")) !== null && dialog.opened, 5000, "no question")
            verify(ui.model.confirmingClose)
            compare(spies.closed.count, 0)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !ui.model.confirmingClose)
            tryVerify(() => !dialog.visible)
            compare(ui.model.screen, ConnectUIModel.Form)
            verify(ui.visible)
            tryVerify(() => field("apiKeyEdit").activeFocus, 5000, "the focus did not come back to the form")
            keyClick(Qt.Key_Escape)
            tryVerify(() => dialog.opened)
            const discard = findChild(dialog, "discardButton")
            verify(discard)
            tryVerify(() => findChild(dialog, "keepButton").activeFocus)
            keyClick(Qt.Key_Tab)
            tryVerify(() => discard.activeFocus, 3000, "Tab does not reach Discard")
            keyClick(Qt.Key_Space)
        }
        tryCompare(spies.closed, "count", 1)
        tryCompare(ui, "visible", false)
        compare(ui.model.screen, ConnectUIModel.Closed)
        wait(s === "loading" || s === "connecting" ? 3500 : 150)
        compare(spies.closed.count, 1)
        compare(spies.connected.count, s === "success" ? 1 : 0)
        compare(spies.errorOccurred.count, s === "error" ? 1 : 0)
        compare(spies.ready.count, s === "loading" ? 0 : 1)
    }

    function test_dirtyCloseByMouse() {
        openUi()
        screenIs(ConnectUIModel.Picker)
        ui.model.select("posthog-dev")
        const key = field("apiKeyEdit")
        mouseClick(key)
        typeText("phx_half")
        tryVerify(() => ui.model.dirty)
        mouseClick(onPage("formPage", "cancelButton"))
        let dialog = null
        tryVerify(() => (dialog = findChild(ui, "confirmCloseDialog")) !== null && dialog.opened)
        mouseClick(findChild(dialog, "keepButton"))
        tryVerify(() => !ui.model.confirmingClose)
        compare(key.text, "phx_half")
        compare(spies.closed.count, 0)
        ui.model.requestClose() // the window's close, as an app wires it
        tryVerify(() => dialog.opened)
        mouseClick(findChild(dialog, "discardButton"))
        tryCompare(spies.closed, "count", 1)
        counts(1, 0, 0, 1)
    }

    function test_cancelWhileConnecting() {
        openUi()
        screenIs(ConnectUIModel.Picker)
        ui.model.select("stripe-dev")
        const key = field("apiKeyEdit")
        tryVerify(() => key.activeFocus)
        testEnv.setFaults({ httpDelayMs: 4000 })
        typeText("sk_test_slow")
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Connecting)
        const cancel = onPage("connectingPage", "cancelButton")
        tryVerify(() => cancel.activeFocus)
        mouseClick(cancel)
        screenIs(ConnectUIModel.Form, 5000)
        wait(4500) // the late answer changes nothing
        compare(ui.model.screen, ConnectUIModel.Form)
        counts(1, 0, 0, 0)
    }

    function test_singleIntegrationSession() {
        nango.connectSessionToken = testEnv.newSessionToken(["stripe-dev"])
        openUi()
        screenIs(ConnectUIModel.Form)
        tryCompare(spies.ready, "count", 1)
        verify(!ui.model.canGoBack)
        verify(!onPage("formPage", "backButton").visible)
        const key = field("apiKeyEdit")
        tryVerify(() => key.activeFocus)
        typeText("sk_test_invalid")
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Error)
        const back = onPage("errorPage", "backButton")
        verify(back.visible)
        mouseClick(back)
        screenIs(ConnectUIModel.Form) // no picker in this session
        ui.model.close()
        tryCompare(spies.closed, "count", 1)
        counts(1, 0, 1, 1)

        // One integration that needs nothing: straight to Success; Escape there closes.
        nango.connectSessionToken = testEnv.newSessionToken(["public-api"])
        openUi()
        screenIs(ConnectUIModel.Success)
        compare(spies.connected.signalArguments[0][0], "public-api")
        tryVerify(() => onPage("successPage", "finishButton").activeFocus)
        keyClick(Qt.Key_Escape)
        tryCompare(spies.closed, "count", 2)
        counts(2, 1, 1, 2)
    }

    function test_reconnectSession() {
        openUi()
        screenIs(ConnectUIModel.Picker)
        ui.model.select("stripe-dev")
        tryVerify(() => field("apiKeyEdit").activeFocus)
        typeText("sk_test_first")
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Success)
        const connectionId = ui.model.connectionId
        verify(connectionId.length > 0)
        ui.model.finish()
        tryCompare(spies.closed, "count", 1)

        nango.connectSessionToken = testEnv.newReconnectSessionToken(connectionId, "stripe-dev")
        verify(nango.connectSessionToken.length > 0)
        openUi()
        screenIs(ConnectUIModel.Form)
        verify(ui.model.reconnecting)
        verify(!ui.model.canGoBack)
        verify(!onPage("formPage", "backButton").visible)
        tryVerify(() => field("apiKeyEdit").activeFocus)
        typeText("sk_test_second")
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Success)
        compare(spies.connected.count, 2)
        compare(spies.connected.signalArguments[1][1], connectionId)
        keyClick(Qt.Key_Return)
        tryCompare(spies.closed, "count", 2)
        compare(testEnv.lastConnection().credentials.apiKey, "sk_test_second")
        counts(2, 2, 0, 2)
    }

    // The session token expired: NangoAuth asks for a fresh one (connectSessionTokenRequested),
    // the Connect UI goes on.
    // A NangoAuth of its own: once a QML handler listens to a signal, NangoAuth counts it as
    // someone to ask for tokens for the object's lifetime (the other tests want nobody).
    property int tokenRequests: 0
    Component {
        id: refreshingAuthComponent
        NangoAuth {
            id: refreshing
            host: testEnv.url
            // Answered a moment later, as a backend's reply comes.
            onConnectSessionTokenRequested: {
                ++testCase.tokenRequests
                answer.restart()
            }
            property Timer answer: Timer {
                interval: 50
                onTriggered: refreshing.connectSessionToken = testEnv.newSessionToken()
            }
        }
    }
    function test_expiredSessionRefreshed() {
        const refreshing = createTemporaryObject(refreshingAuthComponent, testCase)
        refreshing.connectSessionToken = testEnv.newSessionToken()
        testEnv.expireSessionToken(refreshing.connectSessionToken)
        tokenRequests = 0
        ui.auth = refreshing
        openUi()
        screenIs(ConnectUIModel.Picker)
        compare(tokenRequests, 1)
        tryVerify(() => onPage("pickerPage", "searchField").activeFocus)
        typeText("stripe (d")
        tryCompare(onPage("pickerPage", "integrationList"), "count", 1)
        keyClick(Qt.Key_Return)
        tryVerify(() => field("apiKeyEdit").activeFocus)
        typeText("sk_test_refreshed")
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Success)
        compare(tokenRequests, 1)
        keyClick(Qt.Key_Return)
        tryCompare(spies.closed, "count", 1)
        counts(1, 1, 0, 1)
    }

    // A NangoAuth whose handler is gone (or disabled) has nobody to ask: a missing token fails
    // at once with missing_connect_session_token, not after requestTimeout (30 s), although a
    // QML handler once listened (QQmlData's "connected" bit stays set for the object's lifetime).
    Component {
        id: onceListeningAuthComponent
        NangoAuth {
            host: testEnv.url
            requestTimeout: 30000
        }
    }
    Component {
        id: tokenConnectionsComponent
        Connections {
            function onConnectSessionTokenRequested() {
                ++testCase.tokenRequests
                target.connectSessionToken = "" // none to give
            }
        }
    }
    function test_handlerGoneFailsFast_data() {
        return [{ tag: "Connections destroyed", how: "destroy" },
                { tag: "Connections target null", how: "untarget" },
                { tag: "JS function disconnected", how: "js" }]
    }
    function test_handlerGoneFailsFast(data) {
        const auth = createTemporaryObject(onceListeningAuthComponent, testCase)
        tokenRequests = 0
        let connections = null
        const handler = () => { ++testCase.tokenRequests; auth.connectSessionToken = "" }
        if (data.how === "js")
            auth.connectSessionTokenRequested.connect(handler)
        else
            connections = createTemporaryObject(tokenConnectionsComponent, testCase, { target: auth })
        const refreshed = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "connectSessionTokenRefreshed" })
        verify(auth.refreshConnectSessionToken(), "the handler listens")
        tryCompare(refreshed, "count", 1)
        compare(tokenRequests, 1)
        if (data.how === "destroy") {
            connections.destroy()
            wait(0)
        } else if (data.how === "untarget") {
            connections.target = null // (enabled: false is not enough: its handler stays connected)
        } else {
            auth.connectSessionTokenRequested.disconnect(handler)
        }
        ui.auth = auth
        const started = Date.now()
        openUi()
        screenIs(ConnectUIModel.Error, 5000)
        tryCompare(spies.errorOccurred, "count", 1)
        compare(spies.errorOccurred.signalArguments[0][0], "missing_connect_session_token")
        verify(Date.now() - started < 5000, "waited " + (Date.now() - started) + " ms")
        compare(tokenRequests, 1) // nobody was asked again
    }

    function test_logoFailureShowsPlaceholder() {
        testEnv.addIntegrationWithoutLogo()
        openUi()
        screenIs(ConnectUIModel.Picker)
        tryVerify(() => onPage("pickerPage", "searchField").activeFocus)
        typeText("e")
        row("nologo-dev")
        tryVerify(() => {
            const r = row("nologo-dev")
            return r && ui.model.logos.hasFailed(r.logoUrl)
        }, 10000, "the missing logo did not fail")
        const zetaRow = row("nologo-dev")
        tryVerify(() => findChild(zetaRow, "logoPlaceholder").visible)
        verify(!findChild(zetaRow, "logoImage").visible)
        const stripeRow = row("stripe-dev")
        tryVerify(() => findChild(stripeRow, "logoImage").visible, 10000, "a served logo is not shown")
        verify(!findChild(stripeRow, "logoPlaceholder").visible)
        compare(spies.errorOccurred.count, 0)
        compare(ui.model.screen, ConnectUIModel.Picker)
        ui.model.select("nologo-dev")
        field("apiKeyEdit")
        verify(findChild(page("formPage"), "logoPlaceholder").visible)
        counts(1, 0, 0, 0)
    }

    function test_missingTokenError() {
        nango.connectSessionToken = ""
        openUi()
        screenIs(ConnectUIModel.Error)
        tryCompare(spies.errorOccurred, "count", 1)
        compare(spies.errorOccurred.signalArguments[0][0], "missing_connect_session_token")
        verify(!onPage("errorPage", "backButton").visible)
        verify(onPage("errorPage", "errorMessage").visible)
        nango.connectSessionToken = testEnv.newSessionToken()
        const retry = onPage("errorPage", "retryButton")
        tryVerify(() => retry.activeFocus)
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Picker)
        tryVerify(() => onPage("pickerPage", "searchField").activeFocus)
        keyClick(Qt.Key_Escape)
        tryCompare(spies.closed, "count", 1)
        counts(1, 0, 1, 1)
    }

    function test_oauthIntegration() {
        // Nothing to type: Connecting at once, the AuthWindow opens and the fake provider approves.
        openUi()
        screenIs(ConnectUIModel.Picker)
        tryVerify(() => onPage("pickerPage", "searchField").activeFocus)
        typeText("auto-approve")
        tryCompare(onPage("pickerPage", "integrationList"), "count", 1)
        // The auto-approving provider may be done before a poll sees Connecting: record the screens.
        const seen = []
        const record = () => seen.push(ui.model.screen)
        ui.model.screenChanged.connect(record)
        keyClick(Qt.Key_Return)
        screenIs(ConnectUIModel.Success, 60000)
        ui.model.screenChanged.disconnect(record)
        verify(seen.indexOf(ConnectUIModel.Connecting) >= 0 && seen.indexOf(ConnectUIModel.Connecting) < seen.indexOf(ConnectUIModel.Success),
               "screens: " + seen)
        compare(spies.connected.signalArguments[0][0], "github-auto")
        tryVerify(() => testEnv.authWindow() === null, 5000)
        mouseClick(onPage("successPage", "finishButton"))
        tryCompare(spies.closed, "count", 1)
        counts(1, 1, 0, 1)

        // The user closes the window (waiting on Allow / Deny): back, no error.
        openUi()
        screenIs(ConnectUIModel.Picker)
        ui.model.select("github-dev")
        screenIs(ConnectUIModel.Connecting) // waits on Allow / Deny: it stays
        verify(onPage("connectingPage", "textLabel").text.indexOf("window") >= 0)
        let window = null
        tryVerify(() => (window = testEnv.authWindow()) !== null, 30000, "no AuthWindow appeared")
        window.close() // what the window manager's close button does
        tryVerify(() => ui.model.screen !== ConnectUIModel.Connecting, 15000)
        verify(ui.model.screen === ConnectUIModel.Picker || ui.model.screen === ConnectUIModel.Form)
        verify(ui.visible)
        ui.model.requestClose()
        tryCompare(spies.closed, "count", 2)
        counts(2, 1, 0, 2)
    }

    function test_smallWindow() {
        // 400×500: the popup stays inside the window and every visible button inside the popup.
        const win = createTemporaryObject(smallWindowComponent, testCase)
        const small = win.connectUi
        small.open()
        tryCompare(small.model, "screen", ConnectUIModel.Picker, 15000)
        // What is outside, "" when all is inside: asked again until the layout has settled (a
        // loaded machine polishes later than a fixed wait allows).
        const outside = (pageName) => {
            const p = findChild(small.contentItem, pageName)
            if (!p)
                return "no page " + pageName
            if (small.width > 400 || small.height > 500)
                return "the popup is larger than the window"
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (!c.visible)
                        continue
                    if (c instanceof Button) {
                        const pos = c.mapToItem(small.contentItem, 0, 0)
                        if (!(pos.x >= 0 && pos.y >= 0 && pos.x + c.width <= small.contentItem.width + 1
                              && pos.y + c.height <= small.contentItem.height + 1))
                            return c.objectName + " is outside the popup"
                    }
                    const inner = walk(c)
                    if (inner)
                        return inner
                }
                return ""
            }
            return walk(p)
        }
        const settled = (pageName) => {
            let why = outside(pageName)
            for (let i = 0; i < 50 && why !== ""; ++i) {
                wait(100)
                why = outside(pageName)
            }
            compare(why, "", pageName)
        }
        settled("pickerPage")
        small.model.select("jira-basic")
        tryVerify(() => small.model.form && small.model.form.hasSchema && !small.model.form.loading, 10000)
        settled("formPage")
        small.model.close()
        tryCompare(small, "visible", false)
    }

    function test_accessibleNames() {
        openUi()
        screenIs(ConnectUIModel.Picker)
        const check = root => {
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (!c.visible)
                        continue
                    if (c instanceof AbstractButton || c instanceof TextField)
                        verify(c.Accessible.name.length > 0, "no accessible name: " + c + " " + c.objectName)
                    walk(c)
                }
            }
            walk(root)
        }
        check(page("pickerPage"))
        ui.model.select("jira-basic")
        field("passwordEdit")
        check(page("formPage"))
        ui.model.close()
    }
}
