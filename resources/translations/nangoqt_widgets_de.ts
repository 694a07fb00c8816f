<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>NangoApiKeyForm</name>
    <message>
        <location filename="../../widgets/nangoapikeyform.cpp" line="+20"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
</context>
<context>
    <name>NangoAuthDialog</name>
    <message>
        <location filename="../../widgets/nangoauthdialog.cpp" line="+61"/>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page loading progress</source>
        <translation>Ladefortschritt der Seite</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nango server: %1</source>
        <comment>@info the host the authorization page comes from</comment>
        <translation>Nango-Server: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authorization page</source>
        <translation>Autorisierungsseite</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Connecting to %1…</source>
        <comment>@info the modal waits for the Nango server&apos;s answer</comment>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>NangoBasicAuthForm</name>
    <message>
        <location filename="../../widgets/nangobasicauthform.cpp" line="+22"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPanel</name>
    <message>
        <location filename="../../widgets/nangobrowserwait.cpp" line="+20"/>
        <source>&amp;Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+1"/>
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
    <message>
        <location line="+56"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Link kopiert. Fügen Sie ihn in die Adressleiste Ihres Browsers ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>Schließen Sie die Verbindung mit %1 im geöffneten Browserfenster ab.</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPopup</name>
    <message>
        <location line="+21"/>
        <source>Continue in your browser</source>
        <comment>@title accessible name of the browser wait popup</comment>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue in your browser</source>
        <comment>@title:window</comment>
        <translation>Im Browser fortfahren</translation>
    </message>
</context>
<context>
    <name>NangoConnectDialog</name>
    <message>
        <location filename="../../widgets/nangoconnectdialog.cpp" line="+64"/>
        <location line="+87"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Loading the integrations…</source>
        <translation>Integrationen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the integrations</source>
        <translation>Integrationen werden geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+13"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel connecting</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <location line="+53"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>Verbindung mit %1 wird hergestellt… Schließen Sie die Anmeldung im geöffneten Fenster ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is connected.</source>
        <translation>%1 ist verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The integrations could not be loaded.</source>
        <translation>Die Integrationen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be connected.</source>
        <translation>%1 konnte nicht verbunden werden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This session has no integration to connect.</source>
        <translation>In dieser Session gibt es keine Integration zum Verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>Keine Integration entspricht „%1“.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>Formular verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>Ihre Eingaben im Formular wurden nicht gesendet. Formular schließen und Eingaben verwerfen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard the form?</source>
        <translation>Formular verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <comment>@action:button</comment>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard and close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Editing</source>
        <comment>@action:button</comment>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connect an account</source>
        <comment>@title:window</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
</context>
<context>
    <name>NangoConnectFormPage</name>
    <message>
        <location filename="../../widgets/nangoconnectpages.cpp" line="+177"/>
        <source>Loading the form</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>Formular wird geladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form</source>
        <comment>@label accessible name of the form&apos;s scroll area</comment>
        <translation>Formular</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the integrations</source>
        <translation>Zurück zu den Integrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NangoConnectHeading</name>
    <message>
        <location line="-143"/>
        <source>Title</source>
        <comment>@label accessible name of a page&apos;s heading</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>NangoConnectPickerPage</name>
    <message>
        <location line="+16"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>Integrationen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search integrations</source>
        <translation>Integrationen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>Tippen Sie, um die Liste zu filtern; mit den Pfeiltasten nach oben und unten wählen Sie aus, die Eingabetaste verbindet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NangoConnectStatusPage</name>
    <message>
        <location line="+96"/>
        <source>Busy</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>Verbunden</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsDialog</name>
    <message>
        <location filename="../../widgets/nangocredentialsdialog.cpp" line="+36"/>
        <location line="+7"/>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsForm</name>
    <message>
        <location filename="../../widgets/nangocredentialsform.cpp" line="+40"/>
        <location line="+154"/>
        <source>&amp;Connect</source>
        <comment>@action:button</comment>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <location filename="../../widgets/nangosecretfield_p.h" line="+16"/>
        <source>Sho&amp;w</source>
        <comment>@option:check show the secret</comment>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>NangoHostedConnectUIDialog</name>
    <message>
        <location filename="../../widgets/nangohostedconnectui.cpp" line="+23"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect UI</source>
        <translation>Connect UI</translation>
    </message>
</context>
<context>
    <name>NangoIntegrationForm</name>
    <message>
        <location filename="../../widgets/nangointegrationform.cpp" line="+45"/>
        <source>Connect an account</source>
        <comment>@title accessible name of a form</comment>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (optional):</source>
        <comment>@label form field</comment>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <comment>@label form field</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Where to find the %1</source>
        <comment>@label link to the provider&apos;s guide</comment>
        <translation>Wo Sie „%1“ finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide: where to find the %1</source>
        <translation>Anleitung: Wo Sie „%1“ finden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the %1</source>
        <translation>Problem mit „%1“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>Sie müssen nichts eingeben: %1 wird verbunden, sobald dieses Formular geöffnet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>Für %1 müssen Sie nichts eingeben.</translation>
    </message>
</context>
<context>
    <name>NangoMessageWidget</name>
    <message>
        <location filename="../../widgets/nangomessagewidget.cpp" line="+35"/>
        <location line="+7"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>Fehler</translation>
    </message>
</context>
</TS>
