<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NangoAuth</name>
    <message>
        <location filename="../../src/nangoauth.cpp" line="+51"/>
        <source>The application gave no fresh connect session token within %1 s.</source>
        <translation>L&apos;application n&apos;a fourni aucun nouveau jeton de session de connexion dans un délai de %1&#xa0;s.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The application gave no fresh connect session token.</source>
        <translation>L&apos;application n&apos;a fourni aucun nouveau jeton de session de connexion.</translation>
    </message>
    <message>
        <location filename="../../src/nangoauthflow.cpp" line="+38"/>
        <source>Authorization fail: The user has closed the authorization modal before the process was complete.</source>
        <translation>Échec de l&apos;autorisation&#xa0;: l&apos;utilisateur a fermé la fenêtre modale d&apos;autorisation avant la fin du processus.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect (secret key; connection_id and integration_id) and the app sets it as NangoAuth::connectSessionToken (or supplies it with setConnectSessionTokenProvider()).</source>
        <translation>La reconnexion exige un jeton de session de connexion&#xa0;: votre backend en crée un pour la connexion avec POST /connect/sessions/reconnect (clé secrète&#x202f;; connection_id et integration_id) et l&apos;application le définit comme NangoAuth::connectSessionToken (ou le fournit via setConnectSessionTokenProvider()).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The call has no connect session token and the application gave none: %1</source>
        <translation>L&apos;appel n&apos;a pas de jeton de session de connexion et l&apos;application n&apos;en a fourni aucun&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/nangovalidation.cpp" line="+464"/>
        <source>You must specify a public key OR a connect session token (cf. documentation).</source>
        <translation>Vous devez indiquer une clé publique OU un jeton de session de connexion (cf. documentation).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No result from the Nango server at %1 within %2 s.</source>
        <translation>Aucun résultat du serveur Nango à l&apos;adresse %1 dans un délai de %2&#xa0;s.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Invalid URL provided for the Nango host.</source>
        <translation>L&apos;URL fournie pour l&apos;hôte Nango n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(The application&apos;s fresh connect session token was refused too; NangoQt asks only once per request.)</source>
        <translation>(Le nouveau jeton de session de connexion fourni par l&apos;application a lui aussi été refusé&#x202f;; NangoQt ne le demande qu&apos;une fois par requête.)</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 is in NangoAuth::systemBrowserHosts</source>
        <translation>%1 figure dans NangoAuth::systemBrowserHosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refuses sign-in in embedded browsers</source>
        <translation>%1 refuse l&apos;identification dans les navigateurs intégrés</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No embedded browser is available: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>Aucun navigateur intégré n&apos;est disponible&#xa0;: liez l&apos;application à NangoQt::Widgets ou importez le module QML NangoQt, ou réglez NangoAuth::browser sur System.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The authorization window could not be created.</source>
        <translation>La fenêtre d&apos;autorisation n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The authorization window is gone.</source>
        <translation>La fenêtre d&apos;autorisation n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The Nango server&apos;s success frame carried no connection_id.</source>
        <translation>La trame de succès du serveur Nango ne contenait aucun connection_id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Chromium of QtWebEngine</source>
        <translation>le Chromium de QtWebEngine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chromium %1 in QtWebEngine</source>
        <translation>Chromium %1 dans QtWebEngine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refuses this embedded browser (%2). Use the system browser for this integration: set NangoAuth::browser to System, or add %1 to NangoAuth::systemBrowserHosts.</source>
        <translation>%1 refuse ce navigateur intégré (%2). Utilisez le navigateur du système pour cette intégration&#xa0;: réglez NangoAuth::browser sur System, ou ajoutez %1 à NangoAuth::systemBrowserHosts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server&apos;s callback page reported an error and sent no result: &quot;%1&quot;.</source>
        <translation>La page de rappel (callback) du serveur Nango a signalé une erreur sans envoyer de résultat&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server answered the authorization window with HTTP %1: &quot;%2&quot;.</source>
        <translation>Le serveur Nango a répondu à la fenêtre d&apos;autorisation par HTTP %1&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Authorization cancelled: the application cancelled the flow before it was complete.</source>
        <translation>Autorisation annulée&#xa0;: l&apos;application a annulé le flux avant qu&apos;il soit terminé.</translation>
    </message>
    <message>
        <location filename="../../src/nangocatalog.cpp" line="+172"/>
        <source>The catalog has no NangoAuth to read the session from.</source>
        <translation>Le catalogue n&apos;a aucun NangoAuth depuis lequel lire la session.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the catalog needs a connect session token (a public key cannot read it): ask your backend for one (POST /connect/sessions) and set it on NangoAuth.</source>
        <translation>La lecture du catalogue nécessite un jeton de session de connexion (une clé publique ne permet pas de le lire)&#xa0;: demandez-en un à votre backend (POST /connect/sessions) et définissez-le sur NangoAuth.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The Nango server at %1 sent a catalog answer larger than %2 bytes.</source>
        <translation>Le serveur Nango à l&apos;adresse %1 a envoyé une réponse de catalogue de plus de %2 octets.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 did not answer the catalog request within %2 s.</source>
        <translation>Le serveur Nango à l&apos;adresse %1 n&apos;a pas répondu à la requête de catalogue dans un délai de %2&#xa0;s.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The Nango server answered HTTP %1, a redirect to &quot;%2&quot;; check the host setting.</source>
        <translation>Le serveur Nango a répondu HTTP %1, une redirection vers «&#xa0;%2&#xa0;»&#x202f;; vérifiez le réglage de l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server answered HTTP %1 without the catalog&apos;s data: &quot;%2&quot;.</source>
        <translation>Le serveur Nango a répondu HTTP %1 sans les données du catalogue&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>No provider name was given.</source>
        <translation>Aucun nom de fournisseur n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the catalog was cancelled.</source>
        <translation>La lecture du catalogue a été annulée.</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuimodel.cpp" line="+182"/>
        <source>The Connect UI has no NangoAuth to read the connect session with.</source>
        <translation>L&apos;interface Connect UI n&apos;a aucun NangoAuth avec lequel lire la session de connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Connect UI needs a connect session token: ask your backend for one (POST /connect/sessions) and set it on NangoAuth, or give NangoAuth a token provider.</source>
        <translation>L&apos;interface Connect UI nécessite un jeton de session de connexion&#xa0;: demandez-en un à votre backend (POST /connect/sessions) et définissez-le sur NangoAuth, ou donnez à NangoAuth un fournisseur de jeton.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Connect UI needs a connect session token and the application gave none: its backend makes one with POST /connect/sessions.</source>
        <translation>L&apos;interface Connect UI nécessite un jeton de session de connexion et l&apos;application n&apos;en a fourni aucun&#xa0;: son backend en crée un avec POST /connect/sessions.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The definition of &quot;%1&quot; could not be read from the catalog.</source>
        <translation>La définition de «&#xa0;%1&#xa0;» n&apos;a pas pu être lue dans le catalogue.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The connection to &quot;%1&quot; could not be started.</source>
        <translation>La connexion à «&#xa0;%1&#xa0;» n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuisession.cpp" line="+112"/>
        <source>The Connect UI got no connect session token within %1 s: set NangoAuth::connectSessionToken, call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>L&apos;interface Connect UI n&apos;a reçu aucun jeton de session de connexion dans un délai de %1&#xa0;s&#xa0;: définissez NangoAuth::connectSessionToken, appelez NangoConnectUISession::setSessionToken(), ou donnez au NangoAuth un fournisseur de jeton.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The Connect UI&apos;s base URL &quot;%1&quot; is not an http(s) URL: set NangoConnectUIOptions::baseUrl (default https://connect.nango.dev; a self-hosted Nango&apos;s connect URL).</source>
        <translation>L&apos;URL de base «&#xa0;%1&#xa0;» de l&apos;interface Connect UI n&apos;est pas une URL http(s)&#xa0;: définissez NangoConnectUIOptions::baseUrl (par défaut https://connect.nango.dev&#x202f;; pour un Nango auto-hébergé, son URL Connect).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No embedded browser is available for the Connect UI: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>Aucun navigateur intégré n&apos;est disponible pour l&apos;interface Connect UI&#xa0;: liez l&apos;application à NangoQt::Widgets ou importez le module QML NangoQt, ou réglez NangoAuth::browser sur System.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Connect UI window could not be created.</source>
        <translation>La fenêtre de l&apos;interface Connect UI n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The connect link needs a connect session token: set NangoAuth::connectSessionToken (your backend makes it with POST /connect/sessions), call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>Le lien de connexion nécessite un jeton de session de connexion&#xa0;: définissez NangoAuth::connectSessionToken (votre backend le crée avec POST /connect/sessions), appelez NangoConnectUISession::setSessionToken(), ou donnez au NangoAuth un fournisseur de jeton.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The Connect UI reported an error (%1).</source>
        <translation>L&apos;interface Connect UI a signalé une erreur (%1).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The application gave no connect session token for the Connect UI.</source>
        <translation>L&apos;application n&apos;a fourni aucun jeton de session de connexion pour l&apos;interface Connect UI.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI at %1 did not start: no &quot;ready&quot; message came from %2 within %3 s. Check NangoConnectUIOptions::baseUrl (a self-hosted Nango&apos;s NANGO_PUBLIC_CONNECT_URL), that the server answers, and that it lets the page be framed (no X-Frame-Options or frame-ancestors refusal).</source>
        <translation>L&apos;interface Connect UI à l&apos;adresse %1 n&apos;a pas démarré&#xa0;: aucun message «&#xa0;ready&#xa0;» n&apos;est venu de %2 dans un délai de %3&#xa0;s. Vérifiez NangoConnectUIOptions::baseUrl (pour un Nango auto-hébergé, son NANGO_PUBLIC_CONNECT_URL), que le serveur répond, et qu&apos;il autorise l&apos;affichage de la page dans un cadre (pas de refus par X-Frame-Options ou frame-ancestors).</translation>
    </message>
    <message>
        <location filename="../../src/nangocredentialsrequest.cpp" line="+32"/>
        <source>The Nango server at %1 did not answer POST %2 within %3 s (NangoAuth::requestTimeout).</source>
        <translation>Le serveur Nango à l&apos;adresse %1 n&apos;a pas répondu à POST %2 dans un délai de %3&#xa0;s (NangoAuth::requestTimeout).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network access of the flow is gone.</source>
        <translation>L&apos;accès réseau du flux n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 sent an answer larger than %2 bytes.</source>
        <translation>Le serveur Nango à l&apos;adresse %1 a envoyé une réponse de plus de %2 octets.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The Nango server at %1 answered HTTP %2, a redirect to &quot;%3&quot;; check the host setting.</source>
        <translation>Le serveur Nango à l&apos;adresse %1 a répondu HTTP %2, une redirection vers «&#xa0;%3&#xa0;»&#x202f;; vérifiez le réglage de l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Nango server answered HTTP %1 without connectionId and providerConfigKey: &quot;%2&quot;.</source>
        <translation>Le serveur Nango a répondu HTTP %1 sans connectionId ni providerConfigKey&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/nangoerrorparser.cpp" line="+22"/>
        <source>Authentication failed. The request is missing a valid public key parameter.</source>
        <translation>Échec de l&apos;authentification. La requête ne contient pas de paramètre de clé publique valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key is not a UUID v4.</source>
        <translation>Échec de l&apos;authentification. La clé publique fournie n&apos;est pas un UUID v4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided authorization header does not match any account.</source>
        <translation>Échec de l&apos;authentification. L&apos;en-tête d&apos;autorisation fourni ne correspond à aucun compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key does not match any account.</source>
        <translation>Échec de l&apos;authentification. La clé publique fournie ne correspond à aucun compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is not in the expected format (nango_connect_session_ followed by 64 hexadecimal characters).</source>
        <translation>Échec de l&apos;authentification. Le jeton de session de connexion n&apos;a pas le format attendu (nango_connect_session_ suivi de 64 caractères hexadécimaux).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is unknown or has expired (tokens live 30 minutes): ask your backend for a new one.</source>
        <translation>Échec de l&apos;authentification. Le jeton de session de connexion est inconnu ou a expiré (un jeton est valable 30 minutes)&#xa0;: demandez-en un nouveau à votre backend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing param &apos;hmac&apos;.</source>
        <translation>Paramètre «&#xa0;hmac&#xa0;» manquant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid HMAC signature.</source>
        <translation>Signature HMAC non valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no integration with this key in the Nango environment: check the integration id.</source>
        <translation>Aucune intégration ne porte cette clé dans l&apos;environnement Nango&#xa0;: vérifiez l&apos;identifiant d&apos;intégration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This integration is not allowed by the connect session token.</source>
        <translation>Cette intégration n&apos;est pas autorisée par le jeton de session de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration does not use this kind of authentication.</source>
        <translation>L&apos;intégration n&apos;utilise pas ce type d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The given credentials were found to be invalid. Please check the credentials and try again.</source>
        <translation>Les identifiants fournis ne sont pas valides. Veuillez les vérifier et réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests: the Nango server asks to slow down. Try again in a moment.</source>
        <translation>Trop de requêtes&#xa0;: le serveur Nango demande de ralentir. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server had an internal error.</source>
        <translation>Le serveur Nango a rencontré une erreur interne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection this reconnect session was made for no longer exists (it was deleted). Connect the account anew with a regular connect session (POST /connect/sessions on your backend), or make a reconnect session for a connection that exists.</source>
        <translation>La connexion pour laquelle cette session de reconnexion a été créée n&apos;existe plus (elle a été supprimée). Connectez de nouveau le compte avec une session de connexion ordinaire (POST /connect/sessions sur votre backend), ou créez une session de reconnexion pour une connexion existante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused the given credentials. Please check them and try again.</source>
        <translation>Le fournisseur a refusé les identifiants fournis. Veuillez les vérifier et réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect.</source>
        <translation>La reconnexion exige un jeton de session de connexion&#xa0;: votre backend en crée un pour la connexion avec POST /connect/sessions/reconnect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server refused the request&apos;s content type.</source>
        <translation>Le serveur Nango a refusé le type de contenu de la requête.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1</source>
        <comment>@info a message the Nango server wrote, shown untranslated: mark it as the server&apos;s words</comment>
        <translation>Réponse du serveur Nango&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key authentication is deprecated. Please use connect session authentication instead.</source>
        <translation>L&apos;authentification par clé publique est obsolète. Veuillez utiliser plutôt l&apos;authentification par session de connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nango refuses public keys for accounts created after 2025-08-25, which includes every fresh self-hosted Nango: have your backend mint a connect session token (POST /connect/sessions) and connect with it instead of the public key, or ask the server&apos;s operator to move PUBLIC_AUTHENTICATION_DEPRECATION_DATE to a later date.</source>
        <translation>Nango refuse les clés publiques pour les comptes créés après le 25 août 2025, ce qui inclut toute nouvelle installation auto-hébergée de Nango&#xa0;: faites créer par votre backend un jeton de session de connexion (POST /connect/sessions) et connectez-vous avec ce jeton au lieu de la clé publique, ou demandez à l&apos;exploitant du serveur de repousser PUBLIC_AUTHENTICATION_DEPRECATION_DATE à une date ultérieure.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Nango server refused the request: %1.</source>
        <translation>Le serveur Nango a refusé la requête&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The Nango server answered HTTP %1 with an empty body.</source>
        <translation>Le serveur Nango a répondu HTTP %1 avec un corps vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server answered HTTP %1 with an unexpected body: &quot;%2&quot;.</source>
        <translation>Le serveur Nango a répondu HTTP %1 avec un corps inattendu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/nangonetworkerror.cpp" line="+53"/>
        <source>Could not connect to the Nango server at %1: connection refused (nothing listens on %2:%3). Check the host setting and that the Nango server is running.</source>
        <translation>Impossible de se connecter au serveur Nango à l&apos;adresse %1&#xa0;: connexion refusée (rien n&apos;écoute sur %2:%3). Vérifiez le réglage de l&apos;hôte et que le serveur Nango est bien lancé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to the Nango server at %1: host not found. Check the host setting.</source>
        <translation>Impossible de se connecter au serveur Nango à l&apos;adresse %1&#xa0;: hôte introuvable. Vérifiez le réglage de l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the Nango server at %1: the network or the host is unreachable.</source>
        <translation>Impossible de se connecter au serveur Nango à l&apos;adresse %1&#xa0;: le réseau ou l&apos;hôte est injoignable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server at %1 closed the connection before answering.</source>
        <translation>Le serveur Nango à l&apos;adresse %1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>La connexion TLS à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach the Nango server at %1: %2</source>
        <translation>Impossible de joindre le serveur Nango à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/nangosystembrowserwindow.cpp" line="+49"/>
        <source>Set a default web browser, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>Définissez un navigateur web par défaut, ou utilisez la fenêtre intégrée (liez l&apos;application à NangoQt::Widgets ou NangoQt::Quick&#x202f;; NangoAuth::browser sur Auto ou Embedded).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a web browser (and xdg-utils), set $BROWSER to a browser command, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>Installez un navigateur web (et xdg-utils), définissez $BROWSER avec la commande d&apos;un navigateur, ou utilisez la fenêtre intégrée (liez l&apos;application à NangoQt::Widgets ou NangoQt::Quick&#x202f;; NangoAuth::browser sur Auto ou Embedded).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>it failed</source>
        <translation>il a échoué</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>it did not understand its command line</source>
        <translation>il n&apos;a pas compris sa ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it found nothing to open</source>
        <translation>il n&apos;a rien trouvé à ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tool to open web pages was found</source>
        <translation>aucun outil pour ouvrir les pages web n&apos;a été trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening the page failed</source>
        <translation>l&apos;ouverture de la page a échoué</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not open the system browser: %1 is not installed or cannot run.</source>
        <translation>Impossible d&apos;ouvrir le navigateur du système&#xa0;: %1 n&apos;est pas installé ou ne peut pas s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the system browser: %1 exited with status %2 (%3).</source>
        <translation>Impossible d&apos;ouvrir le navigateur du système&#xa0;: %1&#xa0;s&apos;est terminé avec le code %2 (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the system browser: %1 crashed.</source>
        <translation>Impossible d&apos;ouvrir le navigateur du système&#xa0;: %1 a planté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Son message&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not open the system browser: the desktop&apos;s URL handler (QDesktopServices::openUrl, or the application&apos;s NangoSystemBrowserWindow::setUrlOpener) refused the page.</source>
        <translation>Impossible d&apos;ouvrir le navigateur du système&#xa0;: le gestionnaire d&apos;URL du bureau (QDesktopServices::openUrl, ou NangoSystemBrowserWindow::setUrlOpener de l&apos;application) a refusé la page.</translation>
    </message>
    <message>
        <location filename="../../src/nangovalidation.cpp" line="-447"/>
        <source>Invalid URL provided for the Nango host. %1</source>
        <translation>L&apos;URL fournie pour l&apos;hôte Nango n&apos;est pas valide. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is empty or not a URL.</source>
        <translation>L&apos;hôte est vide ou n&apos;est pas une URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It must start with https:// or http://, e.g. https://api.nango.dev.</source>
        <translation>Elle doit commencer par https:// ou http://, par ex. https://api.nango.dev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no host name.</source>
        <translation>Elle n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not have a query or a fragment.</source>
        <translation>Elle ne doit comporter ni chaîne de requête ni fragment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not carry a user name or password.</source>
        <translation>Elle ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 key &quot;%2&quot; cannot reach the Nango server intact: %3</source>
        <translation>La clé «&#xa0;%2&#xa0;» de %1 ne peut pas parvenir intacte au serveur Nango&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty key is read as an array.</source>
        <translation>une clé vide est lue comme un tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reads [ and ] as nesting.</source>
        <translation>le serveur lit [ et ] comme une imbrication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server drops it.</source>
        <translation>le serveur la supprime.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server reads 0–20 as an array index.</source>
        <translation>le serveur lit 0–20 comme un indice de tableau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The integration id is empty: pass the integration&apos;s unique key (its provider config key), e.g. &quot;github&quot;.</source>
        <translation>L&apos;identifiant d&apos;intégration est vide&#xa0;: passez la clé unique de l&apos;intégration (sa clé de configuration du fournisseur, provider config key), par ex. «&#xa0;github&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integration id is %1 characters long; Nango allows at most 255.</source>
        <translation>L&apos;identifiant d&apos;intégration fait %1 caractères&#x202f;; Nango en autorise au plus 255.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The integration id &quot;%1&quot; contains &apos;%2&apos;; Nango integration keys use only letters, digits and ~ : . @ _ - and spaces.</source>
        <translation>L&apos;identifiant d&apos;intégration «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»&#x202f;; les clés d&apos;intégration Nango n&apos;utilisent que des lettres, des chiffres, les caractères ~ : . @ _ - et des espaces.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>You must specify credentials. %1 needs &quot;%2&quot; (required: %3), which is missing or empty.</source>
        <translation>Vous devez indiquer des identifiants. %1 nécessite «&#xa0;%2&#xa0;» (requis&#xa0;: %3), qui est manquant ou vide.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The credentials have a field %1 does not take: &quot;%2&quot; (it takes %3). The server would refuse the request (invalid_body).</source>
        <translation>Les identifiants comportent un champ que %1 n&apos;accepte pas&#xa0;: «&#xa0;%2&#xa0;» (champs acceptés&#xa0;: %3). Le serveur refuserait la requête (invalid_body).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;%1&quot; must be a string for %2.</source>
        <translation>Le champ d&apos;identifiants «&#xa0;%1&#xa0;» doit être une chaîne de caractères pour %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You must specify credentials. The API key is empty.</source>
        <translation>Vous devez indiquer des identifiants. La clé API est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API key is %1 characters long; Nango accepts at most 1024.</source>
        <translation>La clé API fait %1 caractères&#x202f;; Nango en accepte au plus 1024.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You must specify credentials. OAUTH2_CC needs &quot;client_secret&quot; or &quot;client_private_key&quot; beside &quot;client_id&quot;.</source>
        <translation>Vous devez indiquer des identifiants. OAUTH2_CC nécessite «&#xa0;client_secret&#xa0;» ou «&#xa0;client_private_key&#xa0;» en plus de «&#xa0;client_id&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential &quot;type&quot; is &quot;%1&quot;; for AWS_SIGV4 it is &quot;AWS_SIGV4&quot; or absent.</source>
        <translation>Le champ d&apos;identifiants «&#xa0;type&#xa0;» vaut «&#xa0;%1&#xa0;»&#x202f;; pour AWS_SIGV4, il vaut «&#xa0;AWS_SIGV4&#xa0;» ou est absent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;region&quot; is &quot;%1&quot;; an AWS region has only lowercase letters, digits and hyphens (e.g. us-east-1).</source>
        <translation>Le champ d&apos;identifiants «&#xa0;region&#xa0;» vaut «&#xa0;%1&#xa0;»&#x202f;; une région AWS ne contient que des lettres minuscules, des chiffres et des tirets (par ex. us-east-1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You must specify credentials. %1 needs the provider&apos;s credentials fields (e.g. privateKey, or issuerId, privateKeyId and privateKey); none was given.</source>
        <translation>Vous devez indiquer des identifiants. %1 nécessite les champs d&apos;identifiants du fournisseur (par ex. privateKey, ou issuerId, privateKeyId et privateKey)&#x202f;; aucun n&apos;a été fourni.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You must specify credentials. These credentials match no auth mode NangoQt can send: %1. Pass the fields of one mode (e.g. apiKey; username and password; token_id and token_secret; client_id and client_secret) or the integration&apos;s auth mode (NangoAuthOptions::setAuthMode()).</source>
        <translation>Vous devez indiquer des identifiants. Ces identifiants ne correspondent à aucun mode d&apos;authentification que NangoQt sait envoyer&#xa0;: %1. Passez les champs d&apos;un mode (par ex. apiKey&#x202f;; username et password&#x202f;; token_id et token_secret&#x202f;; client_id et client_secret) ou le mode d&apos;authentification de l&apos;intégration (NangoAuthOptions::setAuthMode()).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An HMAC was given without a connection id. For API-key, Basic and unauthenticated connections the server generates the connection id before it checks the HMAC, so it can never match: pass the connection id the HMAC was computed over.</source>
        <translation>Un HMAC a été fourni sans identifiant de connexion. Pour les connexions par clé API, Basic ou sans authentification, le serveur génère l&apos;identifiant de connexion avant de vérifier le HMAC, qui ne peut donc jamais correspondre&#xa0;: passez l&apos;identifiant de connexion sur lequel le HMAC a été calculé.</translation>
    </message>
</context>
<context>
    <name>NangoConnectAction</name>
    <message>
        <location filename="../../src/nangoconnectaction.cpp" line="+79"/>
        <source>The catalog of this button is gone.</source>
        <translation>Le catalogue de ce bouton n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>Cette session ne peut pas connecter «&#xa0;%1&#xa0;»&#xa0;: cette intégration ne fait pas partie de celles de la session.</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <comment>@action:button</comment>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <comment>@action:button</comment>
        <translation>Réessayer de connecter %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect %1</source>
        <comment>@action:button</comment>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This button is not connected to a NangoAuth object.</source>
        <translation>Ce bouton n&apos;est relié à aucun objet NangoAuth.</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsFormModel</name>
    <message>
        <location filename="../../src/nangocredentialsformmodel.cpp" line="+128"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>Cette session ne peut pas connecter «&#xa0;%1&#xa0;»&#xa0;: cette intégration ne fait pas partie de celles de la session.</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>This integration does not take an API key or a user name and password.</source>
        <translation>Cette intégration n&apos;accepte ni clé API, ni nom d&apos;utilisateur et mot de passe.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This form is not connected to a NangoAuth object.</source>
        <translation>Ce formulaire n&apos;est relié à aucun objet NangoAuth.</translation>
    </message>
</context>
<context>
    <name>NangoFormField</name>
    <message>
        <location filename="../../src/nangoformfield.cpp" line="+34"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token name</source>
        <translation>Nom du jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token secret</source>
        <translation>Secret du jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content URL</source>
        <translation>URL du contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token secret</source>
        <translation>Secret du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>ID de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer key</source>
        <translation>Clé de développeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM role ARN</source>
        <translation>ARN du rôle IAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer ID</source>
        <translation>ID de l&apos;émetteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID</source>
        <translation>ID de la clé</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Choose the %1.</source>
        <translation>Choisissez une valeur pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the %1.</source>
        <translation>Renseignez le champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be one of: %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit prendre l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 must be a host name: letters, digits, dots and hyphens only (no https://, no slash).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nom d&apos;hôte&#xa0;: lettres, chiffres, points et tirets uniquement (sans https://, sans barre oblique).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be a UUID, like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un UUID, comme 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be a full URL, like https://example.com.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une URL complète, comme https://example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be an email address, like ada@example.com.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une adresse e-mail, comme ada@example.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 does not have the expected form: it should look like %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;a pas la forme attendue&#xa0;: il devrait ressembler à %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 does not have the expected form (%2).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;a pas la forme attendue (%2).</translation>
    </message>
</context>
<context>
    <name>NangoQtPrivate::NangoWebSocketSession</name>
    <message>
        <location filename="../../src/nangowebsocketsession.cpp" line="+27"/>
        <source>The WebSocket to %1 stopped answering keep-alive pings before the result arrived.</source>
        <translation>Le WebSocket vers %1 a cessé de répondre aux pings de maintien de connexion (keep-alive) avant l&apos;arrivée du résultat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Nango server at %1 did not acknowledge the WebSocket connection within %2 s.</source>
        <translation>Le serveur Nango à l&apos;adresse %1 n&apos;a pas accusé réception de la connexion WebSocket dans un délai de %2&#xa0;s.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Le certificat TLS de %1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Nango server acknowledged the WebSocket connection without a ws_client_id.</source>
        <translation>Le serveur Nango a accusé réception de la connexion WebSocket sans ws_client_id.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Nango server sent a result before acknowledging the WebSocket connection.</source>
        <translation>Le serveur Nango a envoyé un résultat avant d&apos;accuser réception de la connexion WebSocket.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It sent a frame that is not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>L&apos;hôte a envoyé une trame étrangère au protocole Nango (ignorée). L&apos;hôte est-il bien un serveur Nango&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It sent %1 frames that are not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>L&apos;hôte a envoyé %1 trames étrangères au protocole Nango (ignorées). L&apos;hôte est-il bien un serveur Nango&#x202f;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered HTTP %1 to the WebSocket upgrade at %2: is websocketsPath right (now &quot;%3&quot;)? It is resolved against the host.</source>
        <translation>Le serveur a répondu HTTP %1 à la mise à niveau (upgrade) WebSocket sur %2&#xa0;: websocketsPath est-il correct (actuellement «&#xa0;%3&#xa0;»)&#x202f;? Il est résolu par rapport à l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 did not answer the WebSocket upgrade with a WebSocket handshake: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;a pas répondu à la mise à niveau (upgrade) WebSocket par une négociation (handshake) WebSocket&#xa0;: l&apos;hôte est-il bien un serveur Nango, et websocketsPath est-il correct (actuellement «&#xa0;%2&#xa0;»)&#x202f;?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server at %1 closed the connection during the WebSocket upgrade: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>Le serveur à l&apos;adresse %1 a fermé la connexion pendant la mise à niveau (upgrade) WebSocket&#xa0;: l&apos;hôte est-il bien un serveur Nango, et websocketsPath est-il correct (actuellement «&#xa0;%2&#xa0;»)&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 failed before the result arrived (%2).</source>
        <translation>Le WebSocket vers %1 a échoué avant l&apos;arrivée du résultat (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close code %1</source>
        <translation>code de fermeture %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame was larger than %1 bytes</source>
        <translation>une trame dépassait %1 octets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 closed before the result arrived (%2).</source>
        <translation>Le WebSocket vers %1&#xa0;s&apos;est fermé avant l&apos;arrivée du résultat (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebSocket to %1 closed before the server acknowledged it (%2).</source>
        <translation>Le WebSocket vers %1&#xa0;s&apos;est fermé avant que le serveur en accuse réception (%2).</translation>
    </message>
</context>
<context>
    <name>NangoWebEngine</name>
    <message>
        <location filename="../../webengine/nangoconnectuibridge.cpp" line="+16"/>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location filename="../../webengine/nangowebpolicy.cpp" line="+37"/>
        <source>The authorization window only opens http(s) pages, not a %1: URL.</source>
        <translation>La fenêtre d&apos;autorisation n&apos;ouvre que des pages http(s), pas une URL «&#xa0;%1:&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Le certificat de %1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authorization page stopped: its browser process was killed (exit code %1).</source>
        <translation>La page d&apos;autorisation s&apos;est arrêtée&#xa0;: son processus de navigateur a été tué (code de sortie %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorization page stopped: its browser process crashed (exit code %1).</source>
        <translation>La page d&apos;autorisation s&apos;est arrêtée&#xa0;: son processus de navigateur a planté (code de sortie %1).</translation>
    </message>
</context>
</TS>
