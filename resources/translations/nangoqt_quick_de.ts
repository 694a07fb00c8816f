<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyForm</name>
    <message>
        <location filename="../../qml/ApiKeyForm.qml" line="+25"/>
        <location line="+6"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from the provider</source>
        <translation>Fügen Sie den Schlüssel des Anbieters ein</translation>
    </message>
</context>
<context>
    <name>AuthPopup</name>
    <message>
        <location filename="../../qml/AuthPopup.qml" line="+18"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
</context>
<context>
    <name>AuthWindow</name>
    <message>
        <location filename="../../qml/AuthWindow.qml" line="+55"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Page loading progress</source>
        <translation>Ladefortschritt der Seite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1…</source>
        <comment>the window waits for the Nango server&apos;s answer</comment>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nango server: %1</source>
        <comment>the host the authorization page comes from</comment>
        <translation>Nango-Server: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Authorization page</source>
        <translation>Autorisierungsseite</translation>
    </message>
</context>
<context>
    <name>BasicAuthForm</name>
    <message>
        <location filename="../../qml/BasicAuthForm.qml" line="+28"/>
        <location line="+8"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <location filename="../../qml/BrowserWait.qml" line="+37"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Link kopiert. Fügen Sie ihn in die Adressleiste Ihres Browsers ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>Schließen Sie die Verbindung mit %1 im geöffneten Browserfenster ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open again</source>
        <comment>@action:button accessible name</comment>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sign-in page in your browser again</source>
        <translation>Öffnet die Anmeldeseite erneut in Ihrem Browser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy link</source>
        <comment>@action:button accessible name</comment>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the sign-in page&apos;s address, to paste into a browser</source>
        <translation>Kopiert die Adresse der Anmeldeseite, damit Sie sie in einen Browser einfügen können</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel connecting</source>
        <comment>@action:button accessible name</comment>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the browser</source>
        <translation>Beendet das Warten auf den Browser</translation>
    </message>
</context>
<context>
    <name>ConnectButton</name>
    <message>
        <location filename="../../qml/ConnectButton.qml" line="+118"/>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ConnectUI</name>
    <message>
        <location filename="../../qml/ConnectUI.qml" line="+161"/>
        <location line="+333"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Loading the integrations…</source>
        <translation>Integrationen werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the integrations</source>
        <translation>Integrationen werden geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+64"/>
        <location line="+97"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+161"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>Integrationen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search integrations</source>
        <translation>Integrationen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>Tippen Sie, um die Liste zu filtern; mit den Pfeiltasten nach oben und unten wählen Sie aus, die Eingabetaste verbindet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This session has no integration to connect.</source>
        <translation>In dieser Session gibt es keine Integration zum Verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>Keine Integration entspricht „%1“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+79"/>
        <location line="+103"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Loading the form</source>
        <translation>Formular wird geladen</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+161"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Back to the integrations</source>
        <translation>Zurück zu den Integrationen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>Verbindung mit %1 wird hergestellt… Schließen Sie die Anmeldung im geöffneten Fenster ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel connecting</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is connected.</source>
        <translation>%1 ist verbunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be connected.</source>
        <translation>%1 konnte nicht verbunden werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integrations could not be loaded.</source>
        <translation>Die Integrationen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <comment>@action:button</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>Formular verwerfen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the form?</source>
        <translation>Formular verwerfen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>Ihre Eingaben im Formular wurden nicht gesendet. Formular schließen und Eingaben verwerfen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Editing</source>
        <comment>@action:button</comment>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <comment>@action:button</comment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard and close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
</context>
<context>
    <name>ConnectUILogo</name>
    <message>
        <location filename="../../qml/ConnectUILogo.qml" line="+24"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>ConnectUIWindow</name>
    <message>
        <location filename="../../qml/ConnectUIWindow.qml" line="+46"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Connect UI</source>
        <translation>Connect UI</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <location filename="../../qml/CredentialsForm.qml" line="+120"/>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>FormErrorLabel</name>
    <message>
        <location filename="../../qml/FormErrorLabel.qml" line="+25"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>IntegrationForm</name>
    <message>
        <location filename="../../qml/IntegrationForm.qml" line="+68"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>Sie müssen nichts eingeben: %1 wird verbunden, sobald dieses Formular geöffnet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>Für %1 müssen Sie nichts eingeben.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Where to find the %1</source>
        <translation>Wo Sie „%1“ finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide: where to find the %1</source>
        <translation>Anleitung: Wo Sie „%1“ finden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the %1</source>
        <translation>Problem mit „%1“</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuth</name>
    <message>
        <location filename="../../qml/nangoquickauth.cpp" line="+22"/>
        <source>NangoAuth.openConnectUI(): options must be an object such as { baseURL: &quot;…&quot;, theme: &quot;dark&quot; }</source>
        <translation>NangoAuth.openConnectUI(): options muss ein Objekt sein, z. B. { baseURL: &quot;…&quot;, theme: &quot;dark&quot; }</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>NangoAuth.%1(): connectionId must be a string</source>
        <translation>NangoAuth.%1(): connectionId muss ein String sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NangoAuth.%1(): options must be an object such as { params: { … } }</source>
        <translation>NangoAuth.%1(): options muss ein Objekt sein, z. B. { params: { … } }</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuthWindow</name>
    <message>
        <location filename="../../qml/nangoquickauthwindow.cpp" line="+47"/>
        <source>The QML engine of the authorization window is gone.</source>
        <translation>Die QML-Engine des Autorisierungsfensters existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>AuthWindow is not a Window</source>
        <translation>AuthWindow ist kein Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization window could not be created: %1</source>
        <translation>Das Autorisierungsfenster konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>NangoQuickConnectUIWindow</name>
    <message>
        <location filename="../../qml/nangoquickconnectuiwindow.cpp" line="+55"/>
        <source>The QML engine of the Connect UI window is gone.</source>
        <translation>Die QML-Engine des Connect-UI-Fensters existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ConnectUIWindow is not a Window</source>
        <translation>ConnectUIWindow ist kein Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Connect UI window could not be created: %1</source>
        <translation>Das Connect-UI-Fenster konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI window could not be created: it has no web view.</source>
        <translation>Das Connect-UI-Fenster konnte nicht erstellt werden: Es hat keine Web-Ansicht.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../qml/SecretField.qml" line="+38"/>
        <source>Hide</source>
        <comment>@action:button secret field</comment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <comment>@action:button secret field</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
</TS>
