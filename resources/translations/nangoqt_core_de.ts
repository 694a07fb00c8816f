<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>NangoAuth</name>
    <message>
        <location filename="../../src/nangoauth.cpp" line="+51"/>
        <source>The application gave no fresh connect session token within %1 s.</source>
        <translation>Die Anwendung hat innerhalb von %1 s kein neues Connect-Session-Token geliefert.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The application gave no fresh connect session token.</source>
        <translation>Die Anwendung hat kein neues Connect-Session-Token geliefert.</translation>
    </message>
    <message>
        <location filename="../../src/nangoauthflow.cpp" line="+38"/>
        <source>Authorization fail: The user has closed the authorization modal before the process was complete.</source>
        <translation>Autorisierung fehlgeschlagen: Der Benutzer hat das Autorisierungsfenster geschlossen, bevor der Vorgang abgeschlossen war.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect (secret key; connection_id and integration_id) and the app sets it as NangoAuth::connectSessionToken (or supplies it with setConnectSessionTokenProvider()).</source>
        <translation>Für eine erneute Verbindung (Reconnect) ist ein Connect-Session-Token erforderlich: Ihr Backend erstellt es für die Verbindung mit POST /connect/sessions/reconnect (geheimer Schlüssel; connection_id und integration_id), und die App setzt es als NangoAuth::connectSessionToken (oder liefert es über setConnectSessionTokenProvider()).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The call has no connect session token and the application gave none: %1</source>
        <translation>Der Aufruf hat kein Connect-Session-Token, und die Anwendung hat keines geliefert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/nangovalidation.cpp" line="+464"/>
        <source>You must specify a public key OR a connect session token (cf. documentation).</source>
        <translation>Sie müssen einen öffentlichen Schlüssel ODER ein Connect-Session-Token angeben (siehe Dokumentation).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No result from the Nango server at %1 within %2 s.</source>
        <translation>Kein Ergebnis vom Nango-Server unter %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Invalid URL provided for the Nango host.</source>
        <translation>Ungültige URL für den Nango-Host angegeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(The application&apos;s fresh connect session token was refused too; NangoQt asks only once per request.)</source>
        <translation>(Auch das neue Connect-Session-Token der Anwendung wurde abgelehnt; NangoQt fragt pro Anfrage nur einmal nach.)</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 is in NangoAuth::systemBrowserHosts</source>
        <translation>%1 ist in NangoAuth::systemBrowserHosts eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refuses sign-in in embedded browsers</source>
        <translation>%1 lehnt die Anmeldung in eingebetteten Browsern ab</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No embedded browser is available: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>Kein eingebetteter Browser verfügbar: Linken Sie NangoQt::Widgets oder importieren Sie das QML-Modul NangoQt, oder setzen Sie NangoAuth::browser auf System.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The authorization window could not be created.</source>
        <translation>Das Autorisierungsfenster konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The authorization window is gone.</source>
        <translation>Das Autorisierungsfenster existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The Nango server&apos;s success frame carried no connection_id.</source>
        <translation>Der Erfolgs-Frame des Nango-Servers enthielt keine connection_id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Chromium of QtWebEngine</source>
        <translation>das Chromium von QtWebEngine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chromium %1 in QtWebEngine</source>
        <translation>Chromium %1 in QtWebEngine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refuses this embedded browser (%2). Use the system browser for this integration: set NangoAuth::browser to System, or add %1 to NangoAuth::systemBrowserHosts.</source>
        <translation>%1 lehnt diesen eingebetteten Browser ab (%2). Verwenden Sie für diese Integration den Systembrowser: Setzen Sie NangoAuth::browser auf System, oder fügen Sie %1 zu NangoAuth::systemBrowserHosts hinzu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server&apos;s callback page reported an error and sent no result: &quot;%1&quot;.</source>
        <translation>Die Callback-Seite des Nango-Servers hat einen Fehler gemeldet und kein Ergebnis geliefert: „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server answered the authorization window with HTTP %1: &quot;%2&quot;.</source>
        <translation>Der Nango-Server hat dem Autorisierungsfenster mit HTTP %1 geantwortet: „%2“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Authorization cancelled: the application cancelled the flow before it was complete.</source>
        <translation>Autorisierung abgebrochen: Die Anwendung hat den Ablauf abgebrochen, bevor er abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../../src/nangocatalog.cpp" line="+172"/>
        <source>The catalog has no NangoAuth to read the session from.</source>
        <translation>Der Katalog hat kein NangoAuth-Objekt, aus dem er die Session lesen kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the catalog needs a connect session token (a public key cannot read it): ask your backend for one (POST /connect/sessions) and set it on NangoAuth.</source>
        <translation>Zum Lesen des Katalogs ist ein Connect-Session-Token erforderlich (mit einem öffentlichen Schlüssel lässt er sich nicht lesen): Fordern Sie eines bei Ihrem Backend an (POST /connect/sessions) und setzen Sie es in NangoAuth.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The Nango server at %1 sent a catalog answer larger than %2 bytes.</source>
        <translation>Der Nango-Server unter %1 hat eine Katalogantwort gesendet, die größer als %2 Byte ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 did not answer the catalog request within %2 s.</source>
        <translation>Der Nango-Server unter %1 hat die Katalogabfrage nicht innerhalb von %2 s beantwortet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The Nango server answered HTTP %1, a redirect to &quot;%2&quot;; check the host setting.</source>
        <translation>Der Nango-Server hat mit HTTP %1 geantwortet, einer Weiterleitung nach „%2“; prüfen Sie die Host-Einstellung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server answered HTTP %1 without the catalog&apos;s data: &quot;%2&quot;.</source>
        <translation>Der Nango-Server hat mit HTTP %1 ohne die Daten des Katalogs geantwortet: „%2“.</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>No provider name was given.</source>
        <translation>Es wurde kein Anbietername angegeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the catalog was cancelled.</source>
        <translation>Das Lesen des Katalogs wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuimodel.cpp" line="+182"/>
        <source>The Connect UI has no NangoAuth to read the connect session with.</source>
        <translation>Die Connect UI hat kein NangoAuth-Objekt, mit dem sie die Connect-Session lesen kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Connect UI needs a connect session token: ask your backend for one (POST /connect/sessions) and set it on NangoAuth, or give NangoAuth a token provider.</source>
        <translation>Die Connect UI benötigt ein Connect-Session-Token: Fordern Sie eines bei Ihrem Backend an (POST /connect/sessions) und setzen Sie es in NangoAuth, oder geben Sie NangoAuth einen Token-Provider.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Connect UI needs a connect session token and the application gave none: its backend makes one with POST /connect/sessions.</source>
        <translation>Die Connect UI benötigt ein Connect-Session-Token, und die Anwendung hat keines geliefert: Das Backend der Anwendung erstellt es mit POST /connect/sessions.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The definition of &quot;%1&quot; could not be read from the catalog.</source>
        <translation>Die Definition von „%1“ konnte nicht aus dem Katalog gelesen werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The connection to &quot;%1&quot; could not be started.</source>
        <translation>Die Verbindung mit „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuisession.cpp" line="+112"/>
        <source>The Connect UI got no connect session token within %1 s: set NangoAuth::connectSessionToken, call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>Die Connect UI hat innerhalb von %1 s kein Connect-Session-Token erhalten: Setzen Sie NangoAuth::connectSessionToken, rufen Sie NangoConnectUISession::setSessionToken() auf, oder geben Sie dem NangoAuth-Objekt einen Token-Provider.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The Connect UI&apos;s base URL &quot;%1&quot; is not an http(s) URL: set NangoConnectUIOptions::baseUrl (default https://connect.nango.dev; a self-hosted Nango&apos;s connect URL).</source>
        <translation>Die Basis-URL „%1“ der Connect UI ist keine http(s)-URL: Setzen Sie NangoConnectUIOptions::baseUrl (Standard: https://connect.nango.dev; bei selbst gehostetem Nango dessen Connect-URL).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No embedded browser is available for the Connect UI: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>Für die Connect UI ist kein eingebetteter Browser verfügbar: Linken Sie NangoQt::Widgets oder importieren Sie das QML-Modul NangoQt, oder setzen Sie NangoAuth::browser auf System.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Connect UI window could not be created.</source>
        <translation>Das Connect-UI-Fenster konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The connect link needs a connect session token: set NangoAuth::connectSessionToken (your backend makes it with POST /connect/sessions), call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>Der Connect-Link benötigt ein Connect-Session-Token: Setzen Sie NangoAuth::connectSessionToken (Ihr Backend erstellt es mit POST /connect/sessions), rufen Sie NangoConnectUISession::setSessionToken() auf, oder geben Sie dem NangoAuth-Objekt einen Token-Provider.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The Connect UI reported an error (%1).</source>
        <translation>Die Connect UI hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The application gave no connect session token for the Connect UI.</source>
        <translation>Die Anwendung hat kein Connect-Session-Token für die Connect UI geliefert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI at %1 did not start: no &quot;ready&quot; message came from %2 within %3 s. Check NangoConnectUIOptions::baseUrl (a self-hosted Nango&apos;s NANGO_PUBLIC_CONNECT_URL), that the server answers, and that it lets the page be framed (no X-Frame-Options or frame-ancestors refusal).</source>
        <translation>Die Connect UI unter %1 ist nicht gestartet: Von %2 kam innerhalb von %3 s keine „ready“-Nachricht. Prüfen Sie NangoConnectUIOptions::baseUrl (bei selbst gehostetem Nango dessen NANGO_PUBLIC_CONNECT_URL), ob der Server antwortet und ob er das Einbetten der Seite in einen Frame erlaubt (keine Ablehnung durch X-Frame-Options oder frame-ancestors).</translation>
    </message>
    <message>
        <location filename="../../src/nangocredentialsrequest.cpp" line="+32"/>
        <source>The Nango server at %1 did not answer POST %2 within %3 s (NangoAuth::requestTimeout).</source>
        <translation>Der Nango-Server unter %1 hat POST %2 nicht innerhalb von %3 s beantwortet (NangoAuth::requestTimeout).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network access of the flow is gone.</source>
        <translation>Der Netzwerkzugriff des Ablaufs existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 sent an answer larger than %2 bytes.</source>
        <translation>Der Nango-Server unter %1 hat eine Antwort gesendet, die größer als %2 Byte ist.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The Nango server at %1 answered HTTP %2, a redirect to &quot;%3&quot;; check the host setting.</source>
        <translation>Der Nango-Server unter %1 hat mit HTTP %2 geantwortet, einer Weiterleitung nach „%3“; prüfen Sie die Host-Einstellung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Nango server answered HTTP %1 without connectionId and providerConfigKey: &quot;%2&quot;.</source>
        <translation>Der Nango-Server hat mit HTTP %1 ohne connectionId und providerConfigKey geantwortet: „%2“.</translation>
    </message>
    <message>
        <location filename="../../src/nangoerrorparser.cpp" line="+22"/>
        <source>Authentication failed. The request is missing a valid public key parameter.</source>
        <translation>Authentifizierung fehlgeschlagen. In der Anfrage fehlt ein gültiger Parameter für den öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key is not a UUID v4.</source>
        <translation>Authentifizierung fehlgeschlagen. Der angegebene öffentliche Schlüssel ist keine UUID v4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided authorization header does not match any account.</source>
        <translation>Authentifizierung fehlgeschlagen. Der angegebene Authorization-Header passt zu keinem Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key does not match any account.</source>
        <translation>Authentifizierung fehlgeschlagen. Der angegebene öffentliche Schlüssel passt zu keinem Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is not in the expected format (nango_connect_session_ followed by 64 hexadecimal characters).</source>
        <translation>Authentifizierung fehlgeschlagen. Das Connect-Session-Token hat nicht das erwartete Format (nango_connect_session_ gefolgt von 64 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is unknown or has expired (tokens live 30 minutes): ask your backend for a new one.</source>
        <translation>Authentifizierung fehlgeschlagen. Das Connect-Session-Token ist unbekannt oder abgelaufen (Tokens sind 30 Minuten gültig): Fordern Sie bei Ihrem Backend ein neues an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing param &apos;hmac&apos;.</source>
        <translation>Der Parameter „hmac“ fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid HMAC signature.</source>
        <translation>Ungültige HMAC-Signatur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no integration with this key in the Nango environment: check the integration id.</source>
        <translation>In der Nango-Umgebung gibt es keine Integration mit diesem Schlüssel: Prüfen Sie die Integrations-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This integration is not allowed by the connect session token.</source>
        <translation>Das Connect-Session-Token erlaubt diese Integration nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration does not use this kind of authentication.</source>
        <translation>Die Integration verwendet diese Art der Authentifizierung nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The given credentials were found to be invalid. Please check the credentials and try again.</source>
        <translation>Die angegebenen Anmeldedaten sind ungültig. Bitte überprüfen Sie die Anmeldedaten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests: the Nango server asks to slow down. Try again in a moment.</source>
        <translation>Zu viele Anfragen: Der Nango-Server bittet darum, das Tempo zu drosseln. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server had an internal error.</source>
        <translation>Auf dem Nango-Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection this reconnect session was made for no longer exists (it was deleted). Connect the account anew with a regular connect session (POST /connect/sessions on your backend), or make a reconnect session for a connection that exists.</source>
        <translation>Die Verbindung, für die diese Reconnect-Session erstellt wurde, existiert nicht mehr (sie wurde gelöscht). Verbinden Sie das Konto neu mit einer regulären Connect-Session (POST /connect/sessions in Ihrem Backend), oder erstellen Sie eine Reconnect-Session für eine bestehende Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused the given credentials. Please check them and try again.</source>
        <translation>Der Anbieter hat die angegebenen Anmeldedaten abgelehnt. Bitte überprüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect.</source>
        <translation>Für eine erneute Verbindung (Reconnect) ist ein Connect-Session-Token erforderlich: Ihr Backend erstellt es für die Verbindung mit POST /connect/sessions/reconnect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server refused the request&apos;s content type.</source>
        <translation>Der Nango-Server hat den Content-Type der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1</source>
        <comment>@info a message the Nango server wrote, shown untranslated: mark it as the server&apos;s words</comment>
        <translation>Antwort des Nango-Servers: „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key authentication is deprecated. Please use connect session authentication instead.</source>
        <translation>Die Authentifizierung mit öffentlichem Schlüssel ist veraltet. Bitte verwenden Sie stattdessen die Authentifizierung per Connect-Session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nango refuses public keys for accounts created after 2025-08-25, which includes every fresh self-hosted Nango: have your backend mint a connect session token (POST /connect/sessions) and connect with it instead of the public key, or ask the server&apos;s operator to move PUBLIC_AUTHENTICATION_DEPRECATION_DATE to a later date.</source>
        <translation>Nango lehnt öffentliche Schlüssel für Konten ab, die nach dem 25.08.2025 erstellt wurden – das betrifft jede neu eingerichtete, selbst gehostete Nango-Instanz: Lassen Sie Ihr Backend ein Connect-Session-Token erstellen (POST /connect/sessions) und verbinden Sie sich damit statt mit dem öffentlichen Schlüssel, oder bitten Sie den Betreiber des Servers, PUBLIC_AUTHENTICATION_DEPRECATION_DATE auf ein späteres Datum zu verschieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Nango server refused the request: %1.</source>
        <translation>Der Nango-Server hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The Nango server answered HTTP %1 with an empty body.</source>
        <translation>Der Nango-Server hat mit HTTP %1 und einem leeren Antworttext geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server answered HTTP %1 with an unexpected body: &quot;%2&quot;.</source>
        <translation>Der Nango-Server hat mit HTTP %1 und einem unerwarteten Antworttext geantwortet: „%2“.</translation>
    </message>
    <message>
        <location filename="../../src/nangonetworkerror.cpp" line="+53"/>
        <source>Could not connect to the Nango server at %1: connection refused (nothing listens on %2:%3). Check the host setting and that the Nango server is running.</source>
        <translation>Keine Verbindung zum Nango-Server unter %1 möglich: Verbindung abgelehnt (auf %2:%3 lauscht nichts). Prüfen Sie die Host-Einstellung und ob der Nango-Server läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to the Nango server at %1: host not found. Check the host setting.</source>
        <translation>Keine Verbindung zum Nango-Server unter %1 möglich: Host nicht gefunden. Prüfen Sie die Host-Einstellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the Nango server at %1: the network or the host is unreachable.</source>
        <translation>Keine Verbindung zum Nango-Server unter %1 möglich: Das Netzwerk oder der Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server at %1 closed the connection before answering.</source>
        <translation>Der Nango-Server unter %1 hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach the Nango server at %1: %2</source>
        <translation>Der Nango-Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../../src/nangosystembrowserwindow.cpp" line="+49"/>
        <source>Set a default web browser, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>Legen Sie einen Standard-Webbrowser fest, oder verwenden Sie das eingebettete Fenster (NangoQt::Widgets oder NangoQt::Quick linken; NangoAuth::browser auf Auto oder Embedded).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a web browser (and xdg-utils), set $BROWSER to a browser command, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>Installieren Sie einen Webbrowser (und xdg-utils), setzen Sie $BROWSER auf einen Browser-Befehl, oder verwenden Sie das eingebettete Fenster (NangoQt::Widgets oder NangoQt::Quick linken; NangoAuth::browser auf Auto oder Embedded).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>it failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>it did not understand its command line</source>
        <translation>Befehlszeile nicht verstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it found nothing to open</source>
        <translation>nichts zum Öffnen gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tool to open web pages was found</source>
        <translation>kein Programm zum Öffnen von Webseiten gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening the page failed</source>
        <translation>Öffnen der Seite fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not open the system browser: %1 is not installed or cannot run.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden: %1 ist nicht installiert oder kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the system browser: %1 exited with status %2 (%3).</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden: %1 wurde mit Status %2 beendet (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the system browser: %1 crashed.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden: %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Ausgabe: „%1“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not open the system browser: the desktop&apos;s URL handler (QDesktopServices::openUrl, or the application&apos;s NangoSystemBrowserWindow::setUrlOpener) refused the page.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden: Der URL-Handler des Desktops (QDesktopServices::openUrl oder NangoSystemBrowserWindow::setUrlOpener der Anwendung) hat die Seite abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/nangovalidation.cpp" line="-447"/>
        <source>Invalid URL provided for the Nango host. %1</source>
        <translation>Ungültige URL für den Nango-Host angegeben. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is empty or not a URL.</source>
        <translation>Der Host ist leer oder keine URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It must start with https:// or http://, e.g. https://api.nango.dev.</source>
        <translation>Die URL muss mit https:// oder http:// beginnen, z. B. https://api.nango.dev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no host name.</source>
        <translation>Die URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not have a query or a fragment.</source>
        <translation>Die URL darf keinen Query-String und kein Fragment enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not carry a user name or password.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 key &quot;%2&quot; cannot reach the Nango server intact: %3</source>
        <translation>Der Schlüssel „%2“ in %1 kann den Nango-Server nicht unverändert erreichen: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty key is read as an array.</source>
        <translation>ein leerer Schlüssel wird als Array gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reads [ and ] as nesting.</source>
        <translation>der Server liest [ und ] als Verschachtelung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server drops it.</source>
        <translation>der Server verwirft ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server reads 0–20 as an array index.</source>
        <translation>der Server liest 0–20 als Array-Index.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The integration id is empty: pass the integration&apos;s unique key (its provider config key), e.g. &quot;github&quot;.</source>
        <translation>Die Integrations-ID ist leer: Übergeben Sie den eindeutigen Schlüssel der Integration (ihren Provider-Config-Key), z. B. „github“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integration id is %1 characters long; Nango allows at most 255.</source>
        <translation>Die Integrations-ID ist %1 Zeichen lang; Nango erlaubt höchstens 255.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The integration id &quot;%1&quot; contains &apos;%2&apos;; Nango integration keys use only letters, digits and ~ : . @ _ - and spaces.</source>
        <translation>Die Integrations-ID „%1“ enthält „%2“; Nango-Integrationsschlüssel bestehen nur aus Buchstaben, Ziffern, ~ : . @ _ - und Leerzeichen.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>You must specify credentials. %1 needs &quot;%2&quot; (required: %3), which is missing or empty.</source>
        <translation>Sie müssen Anmeldedaten angeben. %1 benötigt „%2“ (erforderlich: %3); dieses Feld fehlt oder ist leer.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The credentials have a field %1 does not take: &quot;%2&quot; (it takes %3). The server would refuse the request (invalid_body).</source>
        <translation>Die Anmeldedaten enthalten ein Feld, das %1 nicht akzeptiert: „%2“ (akzeptiert werden %3). Der Server würde die Anfrage ablehnen (invalid_body).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;%1&quot; must be a string for %2.</source>
        <translation>Das Feld „%1“ der Anmeldedaten muss für %2 eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You must specify credentials. The API key is empty.</source>
        <translation>Sie müssen Anmeldedaten angeben. Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API key is %1 characters long; Nango accepts at most 1024.</source>
        <translation>Der API-Schlüssel ist %1 Zeichen lang; Nango akzeptiert höchstens 1024.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You must specify credentials. OAUTH2_CC needs &quot;client_secret&quot; or &quot;client_private_key&quot; beside &quot;client_id&quot;.</source>
        <translation>Sie müssen Anmeldedaten angeben. OAUTH2_CC benötigt neben „client_id“ auch „client_secret“ oder „client_private_key“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential &quot;type&quot; is &quot;%1&quot;; for AWS_SIGV4 it is &quot;AWS_SIGV4&quot; or absent.</source>
        <translation>Das Feld „type“ der Anmeldedaten ist „%1“; für AWS_SIGV4 muss es „AWS_SIGV4“ lauten oder fehlen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;region&quot; is &quot;%1&quot;; an AWS region has only lowercase letters, digits and hyphens (e.g. us-east-1).</source>
        <translation>Das Feld „region“ der Anmeldedaten ist „%1“; eine AWS-Region besteht nur aus Kleinbuchstaben, Ziffern und Bindestrichen (z. B. us-east-1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You must specify credentials. %1 needs the provider&apos;s credentials fields (e.g. privateKey, or issuerId, privateKeyId and privateKey); none was given.</source>
        <translation>Sie müssen Anmeldedaten angeben. %1 benötigt die Anmeldedatenfelder des Anbieters (z. B. privateKey oder issuerId, privateKeyId und privateKey); es wurde keines angegeben.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You must specify credentials. These credentials match no auth mode NangoQt can send: %1. Pass the fields of one mode (e.g. apiKey; username and password; token_id and token_secret; client_id and client_secret) or the integration&apos;s auth mode (NangoAuthOptions::setAuthMode()).</source>
        <translation>Sie müssen Anmeldedaten angeben. Diese Anmeldedaten passen zu keinem Authentifizierungsmodus, den NangoQt senden kann: %1. Übergeben Sie die Felder eines Modus (z. B. apiKey; username und password; token_id und token_secret; client_id und client_secret) oder den Authentifizierungsmodus der Integration (NangoAuthOptions::setAuthMode()).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An HMAC was given without a connection id. For API-key, Basic and unauthenticated connections the server generates the connection id before it checks the HMAC, so it can never match: pass the connection id the HMAC was computed over.</source>
        <translation>Es wurde ein HMAC ohne Verbindungs-ID angegeben. Bei Verbindungen mit API-Schlüssel, mit Basic-Authentifizierung oder ohne Authentifizierung erzeugt der Server die Verbindungs-ID, bevor er den HMAC prüft, daher kann dieser nie übereinstimmen: Übergeben Sie die Verbindungs-ID, über die der HMAC berechnet wurde.</translation>
    </message>
</context>
<context>
    <name>NangoConnectAction</name>
    <message>
        <location filename="../../src/nangoconnectaction.cpp" line="+79"/>
        <source>The catalog of this button is gone.</source>
        <translation>Der Katalog dieser Schaltfläche existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>Diese Session darf „%1“ nicht verbinden: Die Integration gehört nicht zu den Integrationen der Session.</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <comment>@action:button</comment>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <comment>@action:button</comment>
        <translation>%1 erneut verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect %1</source>
        <comment>@action:button</comment>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This button is not connected to a NangoAuth object.</source>
        <translation>Diese Schaltfläche ist mit keinem NangoAuth-Objekt verbunden.</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsFormModel</name>
    <message>
        <location filename="../../src/nangocredentialsformmodel.cpp" line="+128"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>Diese Session darf „%1“ nicht verbinden: Die Integration gehört nicht zu den Integrationen der Session.</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>This integration does not take an API key or a user name and password.</source>
        <translation>Diese Integration akzeptiert weder einen API-Schlüssel noch Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This form is not connected to a NangoAuth object.</source>
        <translation>Dieses Formular ist mit keinem NangoAuth-Objekt verbunden.</translation>
    </message>
</context>
<context>
    <name>NangoFormField</name>
    <message>
        <location filename="../../src/nangoformfield.cpp" line="+34"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token name</source>
        <translation>Name des persönlichen Zugriffstokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token secret</source>
        <translation>Secret des persönlichen Zugriffstokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content URL</source>
        <translation>Content-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token secret</source>
        <translation>Token-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer key</source>
        <translation>Entwicklerschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM role ARN</source>
        <translation>IAM-Rollen-ARN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer ID</source>
        <translation>Aussteller-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Choose the %1.</source>
        <translation>Bitte wählen Sie einen Wert für „%1“ aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the %1.</source>
        <translation>Bitte füllen Sie das Feld „%1“ aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Die Eingabe für „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be one of: %2.</source>
        <translation>„%1“ muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 must be a host name: letters, digits, dots and hyphens only (no https://, no slash).</source>
        <translation>„%1“ muss ein Hostname sein: nur Buchstaben, Ziffern, Punkte und Bindestriche (kein https://, kein Schrägstrich).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be a UUID, like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>„%1“ muss eine UUID sein, z. B. 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be a full URL, like https://example.com.</source>
        <translation>„%1“ muss eine vollständige URL sein, z. B. https://example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be an email address, like ada@example.com.</source>
        <translation>„%1“ muss eine E-Mail-Adresse sein, z. B. ada@example.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 does not have the expected form: it should look like %2.</source>
        <translation>„%1“ hat nicht das erwartete Format; der Wert sollte etwa so aussehen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 does not have the expected form (%2).</source>
        <translation>„%1“ hat nicht das erwartete Format (%2).</translation>
    </message>
</context>
<context>
    <name>NangoQtPrivate::NangoWebSocketSession</name>
    <message>
        <location filename="../../src/nangowebsocketsession.cpp" line="+27"/>
        <source>The WebSocket to %1 stopped answering keep-alive pings before the result arrived.</source>
        <translation>Der WebSocket zu %1 hat nicht mehr auf Keep-Alive-Pings geantwortet, bevor das Ergebnis eintraf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Nango server at %1 did not acknowledge the WebSocket connection within %2 s.</source>
        <translation>Der Nango-Server unter %1 hat die WebSocket-Verbindung nicht innerhalb von %2 s bestätigt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Nango server acknowledged the WebSocket connection without a ws_client_id.</source>
        <translation>Der Nango-Server hat die WebSocket-Verbindung ohne ws_client_id bestätigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Nango server sent a result before acknowledging the WebSocket connection.</source>
        <translation>Der Nango-Server hat ein Ergebnis gesendet, bevor er die WebSocket-Verbindung bestätigt hat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It sent a frame that is not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>Der Server hat einen Frame gesendet, der nicht dem Nango-Protokoll entspricht (ignoriert). Ist der Host ein Nango-Server?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It sent %1 frames that are not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>Der Server hat %1 Frames gesendet, die nicht dem Nango-Protokoll entsprechen (ignoriert). Ist der Host ein Nango-Server?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered HTTP %1 to the WebSocket upgrade at %2: is websocketsPath right (now &quot;%3&quot;)? It is resolved against the host.</source>
        <translation>Der Server hat auf das WebSocket-Upgrade unter %2 mit HTTP %1 geantwortet: Ist websocketsPath richtig (derzeit „%3“)? Der Pfad wird relativ zum Host aufgelöst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 did not answer the WebSocket upgrade with a WebSocket handshake: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>Der Server unter %1 hat auf das WebSocket-Upgrade nicht mit einem WebSocket-Handshake geantwortet: Ist der Host ein Nango-Server, und ist websocketsPath richtig (derzeit „%2“)?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server at %1 closed the connection during the WebSocket upgrade: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>Der Server unter %1 hat die Verbindung während des WebSocket-Upgrades geschlossen: Ist der Host ein Nango-Server, und ist websocketsPath richtig (derzeit „%2“)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 failed before the result arrived (%2).</source>
        <translation>Der WebSocket zu %1 ist fehlgeschlagen, bevor das Ergebnis eintraf (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close code %1</source>
        <translation>Close-Code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame was larger than %1 bytes</source>
        <translation>ein Frame war größer als %1 Byte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 closed before the result arrived (%2).</source>
        <translation>Der WebSocket zu %1 wurde geschlossen, bevor das Ergebnis eintraf (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebSocket to %1 closed before the server acknowledged it (%2).</source>
        <translation>Der WebSocket zu %1 wurde geschlossen, bevor der Server ihn bestätigt hat (%2).</translation>
    </message>
</context>
<context>
    <name>NangoWebEngine</name>
    <message>
        <location filename="../../webengine/nangoconnectuibridge.cpp" line="+16"/>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location filename="../../webengine/nangowebpolicy.cpp" line="+37"/>
        <source>The authorization window only opens http(s) pages, not a %1: URL.</source>
        <translation>Das Autorisierungsfenster öffnet nur http(s)-Seiten, keine %1:-URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authorization page stopped: its browser process was killed (exit code %1).</source>
        <translation>Die Autorisierungsseite ist ausgefallen: Der zugehörige Browserprozess wurde zwangsweise beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorization page stopped: its browser process crashed (exit code %1).</source>
        <translation>Die Autorisierungsseite ist ausgefallen: Der zugehörige Browserprozess ist abgestürzt (Exit-Code %1).</translation>
    </message>
</context>
</TS>
