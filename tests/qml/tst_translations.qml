// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtTest
import NangoQt

// The QML face in German (issue 16): Translations.install("de") puts the components in German —
// the Connect UI's screens (picker, the provider's form with the server's German field titles,
// the error screen's message), ConnectButton, the AuthWindow's title — and a switch to French
// re-translates what is on screen. Every file of the suite shares the process: English again
// at the end.
TestCase {
    id: testCase
    name: "Translations"
    when: windowShown
    visible: true
    width: 480
    height: 620

    readonly property string knownSource: "The given credentials were found to be invalid. Please check the credentials and try again."

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
        id: buttonComponent
        ConnectButton {
            auth: nango
            integrationId: "github-dev"
        }
    }

    function initTestCase() {
        verify(Translations.availableLanguages.indexOf("de") >= 0)
        verify(Translations.install("de_DE"))
        compare(Translations.language, "de")
    }
    function cleanupTestCase() {
        Translations.remove()
        compare(Translations.language, "")
    }
    function test_notALocaleName() {
        ignoreWarning(/is not a locale name/) // nangoqt.core's warning
        verify(!Translations.install("zz-not-a-locale"))
        compare(Translations.language, "de") // unchanged
    }
    function init() {
        Translations.install("de") // also after a test that switched
        nango.connectSessionToken = testEnv.newSessionToken()
    }

    /*! @p source in German, checked to differ from the English. */
    function german(context, source, disambiguation) {
        const text = disambiguation === undefined ? qsTranslate(context, source) : qsTranslate(context, source, disambiguation)
        verify(text !== source, "no German for [" + context + "] " + source)
        return text
    }
    function texts(item, out) {
        if (item.text !== undefined && typeof item.text === "string")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], out)
        return out
    }
    function screenIs(ui, screen) {
        tryCompare(ui.model, "screen", screen, 15000, "screen " + ui.model.screen + " (" + ui.model.errorMessage + ")")
    }

    function test_connectUI() {
        const ui = createTemporaryObject(uiComponent, testCase)
        ui.open()
        screenIs(ui, ConnectUIModel.Picker)
        const search = findChild(ui.contentItem, "searchField")
        verify(search, "no search field")
        compare(search.placeholderText, german("ConnectUI", "Search integrations", "@info:placeholder"))

        // posthog-dev's form: the field title is the server's German (Accept-Language: de).
        ui.model.select("posthog-dev")
        screenIs(ui, ConnectUIModel.Form)
        tryVerify(() => ui.model.form && ui.model.form.hasSchema && !ui.model.form.loading, 10000)
        const form = findChild(ui.contentItem, "integrationForm")
        verify(form)
        tryVerify(() => texts(form, []).some(t => t.indexOf("API-Schlüssel") >= 0), 5000, texts(form, []).join(" | "))

        // stripe-dev refuses the key: the Error screen in NangoQt's German wording.
        ui.model.back()
        screenIs(ui, ConnectUIModel.Picker)
        ui.model.select("stripe-dev")
        screenIs(ui, ConnectUIModel.Form)
        tryVerify(() => ui.model.form && ui.model.form.hasSchema && !ui.model.form.loading, 10000)
        ui.model.form.setValue("apiKey", "sk_test_invalid")
        ui.model.submit()
        screenIs(ui, ConnectUIModel.Error)
        compare(ui.model.errorMessage, german("NangoAuth", knownSource))
        const message = findChild(findChild(ui.contentItem, "errorPage"), "errorMessage")
        verify(message && message.visible)
        compare(message.message, ui.model.errorMessage)
        ui.model.close()
    }

    function test_connectButtonAndRetranslation() {
        const button = createTemporaryObject(buttonComponent, testCase)
        tryVerify(() => button.text.length > 0)
        const germanText = button.text
        verify(!germanText.startsWith("Connect "), germanText)
        // Switching the language re-translates what is on screen (the engine's qsTr() bindings
        // and the Core model's texts).
        verify(Translations.install("fr"))
        tryVerify(() => button.text !== germanText, 5000, button.text)
        verify(!button.text.startsWith("Connect "), button.text)
        compare(button.text, qsTranslate("NangoConnectAction", "Connect %1", "@action:button").arg("github-dev"))
        verify(Translations.install("de"))
        tryCompare(button, "text", germanText)
    }

    function test_authWindowTitle() {
        const flow = nango.auth("github-dev")
        verify(flow)
        let window = null
        tryVerify(() => (window = testEnv.authWindow()) !== null, 30000)
        const prefix = german("AuthWindow", "Connect %1", "@title:window integration").split("%1")[0]
        verify(window.title.startsWith(prefix), window.title)
        verify(!window.title.startsWith("Connect "), window.title)
        flow.cancel()
        tryVerify(() => testEnv.authWindow() === null, 10000)
    }
}
