<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiKeyForm</name>
    <message>
        <location filename="../../qml/ApiKeyForm.qml" line="+25"/>
        <location line="+6"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from the provider</source>
        <translation>Collez la clé obtenue auprès du fournisseur</translation>
    </message>
</context>
<context>
    <name>AuthPopup</name>
    <message>
        <location filename="../../qml/AuthPopup.qml" line="+18"/>
        <source>Sign in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in page</source>
        <translation>Page d&apos;identification</translation>
    </message>
</context>
<context>
    <name>AuthWindow</name>
    <message>
        <location filename="../../qml/AuthWindow.qml" line="+55"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Page loading progress</source>
        <translation>Progression du chargement de la page</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1…</source>
        <comment>the window waits for the Nango server&apos;s answer</comment>
        <translation>Connexion à %1 en cours…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nango server: %1</source>
        <comment>the host the authorization page comes from</comment>
        <translation>Serveur Nango&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Authorization page</source>
        <translation>Page d&apos;autorisation</translation>
    </message>
</context>
<context>
    <name>BasicAuthForm</name>
    <message>
        <location filename="../../qml/BasicAuthForm.qml" line="+28"/>
        <location line="+8"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <location filename="../../qml/BrowserWait.qml" line="+37"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Lien copié. Collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>Terminez la connexion à %1 dans la fenêtre du navigateur qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open again</source>
        <comment>@action:button accessible name</comment>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sign-in page in your browser again</source>
        <translation>Rouvre la page d&apos;identification dans votre navigateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy link</source>
        <comment>@action:button accessible name</comment>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the sign-in page&apos;s address, to paste into a browser</source>
        <translation>Copie l&apos;adresse de la page d&apos;identification, pour la coller dans un navigateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel connecting</source>
        <comment>@action:button accessible name</comment>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the browser</source>
        <translation>Cesse d&apos;attendre le navigateur</translation>
    </message>
</context>
<context>
    <name>ConnectButton</name>
    <message>
        <location filename="../../qml/ConnectButton.qml" line="+118"/>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
</context>
<context>
    <name>ConnectUI</name>
    <message>
        <location filename="../../qml/ConnectUI.qml" line="+161"/>
        <location line="+333"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Loading the integrations…</source>
        <translation>Chargement des intégrations…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the integrations</source>
        <translation>Chargement des intégrations</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+64"/>
        <location line="+97"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+161"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>Rechercher une intégration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search integrations</source>
        <translation>Rechercher une intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>Tapez pour filtrer la liste&#x202f;; choisissez avec les flèches Haut et Bas, connectez avec Entrée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This session has no integration to connect.</source>
        <translation>Cette session n&apos;a aucune intégration à connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>Aucune intégration ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+79"/>
        <location line="+103"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Loading the form</source>
        <translation>Chargement du formulaire</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+161"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Back to the integrations</source>
        <translation>Retour à la liste des intégrations</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>Connexion à %1 en cours… Terminez l&apos;identification dans la fenêtre qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1 en cours…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel connecting</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be connected.</source>
        <translation>Impossible de connecter %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integrations could not be loaded.</source>
        <translation>Impossible de charger les intégrations.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <comment>@action:button</comment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>Abandonner la saisie&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the form?</source>
        <translation>Abandonner la saisie&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>Ce que vous avez saisi dans le formulaire n&apos;a pas été envoyé. Fermer et abandonner la saisie&#x202f;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Editing</source>
        <comment>@action:button</comment>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <comment>@action:button</comment>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard and close</source>
        <translation>Abandonner et fermer</translation>
    </message>
</context>
<context>
    <name>ConnectUILogo</name>
    <message>
        <location filename="../../qml/ConnectUILogo.qml" line="+24"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>Logo %1</translation>
    </message>
</context>
<context>
    <name>ConnectUIWindow</name>
    <message>
        <location filename="../../qml/ConnectUIWindow.qml" line="+46"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>Connecter un compte</translation>
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
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
</context>
<context>
    <name>FormErrorLabel</name>
    <message>
        <location filename="../../qml/FormErrorLabel.qml" line="+25"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>IntegrationForm</name>
    <message>
        <location filename="../../qml/IntegrationForm.qml" line="+68"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>Rien à saisir&#xa0;: %1 est connecté dès l&apos;ouverture de ce formulaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>Rien à saisir pour %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Where to find the %1</source>
        <translation>Où trouver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide: where to find the %1</source>
        <translation>Guide&#xa0;: où trouver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the %1</source>
        <translation>Problème dans le champ «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuth</name>
    <message>
        <location filename="../../qml/nangoquickauth.cpp" line="+22"/>
        <source>NangoAuth.openConnectUI(): options must be an object such as { baseURL: &quot;…&quot;, theme: &quot;dark&quot; }</source>
        <translation>NangoAuth.openConnectUI()&#xa0;: options doit être un objet tel que { baseURL: &quot;…&quot;, theme: &quot;dark&quot; }</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>NangoAuth.%1(): connectionId must be a string</source>
        <translation>NangoAuth.%1()&#xa0;: connectionId doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NangoAuth.%1(): options must be an object such as { params: { … } }</source>
        <translation>NangoAuth.%1()&#xa0;: options doit être un objet tel que { params: { … } }</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuthWindow</name>
    <message>
        <location filename="../../qml/nangoquickauthwindow.cpp" line="+47"/>
        <source>The QML engine of the authorization window is gone.</source>
        <translation>Le moteur QML de la fenêtre d&apos;autorisation n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>AuthWindow is not a Window</source>
        <translation>AuthWindow n&apos;est pas de type Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization window could not be created: %1</source>
        <translation>La fenêtre d&apos;autorisation n&apos;a pas pu être créée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NangoQuickConnectUIWindow</name>
    <message>
        <location filename="../../qml/nangoquickconnectuiwindow.cpp" line="+55"/>
        <source>The QML engine of the Connect UI window is gone.</source>
        <translation>Le moteur QML de la fenêtre de l&apos;interface Connect UI n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ConnectUIWindow is not a Window</source>
        <translation>ConnectUIWindow n&apos;est pas de type Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Connect UI window could not be created: %1</source>
        <translation>La fenêtre de l&apos;interface Connect UI n&apos;a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI window could not be created: it has no web view.</source>
        <translation>La fenêtre de l&apos;interface Connect UI n&apos;a pas pu être créée&#xa0;: elle n&apos;a pas de vue web.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../qml/SecretField.qml" line="+38"/>
        <source>Hide</source>
        <comment>@action:button secret field</comment>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <comment>@action:button secret field</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>Masquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>Afficher «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
</TS>
