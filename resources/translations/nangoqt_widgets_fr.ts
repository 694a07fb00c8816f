<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NangoApiKeyForm</name>
    <message>
        <location filename="../../widgets/nangoapikeyform.cpp" line="+20"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key:</source>
        <translation>Clé &amp;API&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NangoAuthDialog</name>
    <message>
        <location filename="../../widgets/nangoauthdialog.cpp" line="+61"/>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page loading progress</source>
        <translation>Progression du chargement de la page</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nango server: %1</source>
        <comment>@info the host the authorization page comes from</comment>
        <translation>Serveur Nango&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>Page d&apos;identification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authorization page</source>
        <translation>Page d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Connecting to %1…</source>
        <comment>@info the modal waits for the Nango server&apos;s answer</comment>
        <translation>Connexion à %1 en cours…</translation>
    </message>
</context>
<context>
    <name>NangoBasicAuthForm</name>
    <message>
        <location filename="../../widgets/nangobasicauthform.cpp" line="+22"/>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPanel</name>
    <message>
        <location filename="../../widgets/nangobrowserwait.cpp" line="+20"/>
        <source>&amp;Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+1"/>
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
    <message>
        <location line="+56"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Lien copié. Collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>Terminez la connexion à %1 dans la fenêtre du navigateur qui s&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPopup</name>
    <message>
        <location line="+21"/>
        <source>Continue in your browser</source>
        <comment>@title accessible name of the browser wait popup</comment>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue in your browser</source>
        <comment>@title:window</comment>
        <translation>Continuez dans votre navigateur</translation>
    </message>
</context>
<context>
    <name>NangoConnectDialog</name>
    <message>
        <location filename="../../widgets/nangoconnectdialog.cpp" line="+64"/>
        <location line="+87"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Loading the integrations…</source>
        <translation>Chargement des intégrations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the integrations</source>
        <translation>Chargement des intégrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+13"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel connecting</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <location line="+53"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>Connexion à %1 en cours… Terminez l&apos;identification dans la fenêtre qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1 en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The integrations could not be loaded.</source>
        <translation>Impossible de charger les intégrations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be connected.</source>
        <translation>Impossible de connecter %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This session has no integration to connect.</source>
        <translation>Cette session n&apos;a aucune intégration à connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>Aucune intégration ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>Abandonner la saisie&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>Ce que vous avez saisi dans le formulaire n&apos;a pas été envoyé. Fermer et abandonner la saisie&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard the form?</source>
        <translation>Abandonner la saisie&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <comment>@action:button</comment>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard and close</source>
        <translation>Abandonner et fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Editing</source>
        <comment>@action:button</comment>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connect an account</source>
        <comment>@title:window</comment>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
</context>
<context>
    <name>NangoConnectFormPage</name>
    <message>
        <location filename="../../widgets/nangoconnectpages.cpp" line="+177"/>
        <source>Loading the form</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>Chargement du formulaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form</source>
        <comment>@label accessible name of the form&apos;s scroll area</comment>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the integrations</source>
        <translation>Retour à la liste des intégrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NangoConnectHeading</name>
    <message>
        <location line="-143"/>
        <source>Title</source>
        <comment>@label accessible name of a page&apos;s heading</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>Logo %1</translation>
    </message>
</context>
<context>
    <name>NangoConnectPickerPage</name>
    <message>
        <location line="+16"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>Rechercher une intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search integrations</source>
        <translation>Rechercher une intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>Tapez pour filtrer la liste&#x202f;; choisissez avec les flèches Haut et Bas, connectez avec Entrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NangoConnectStatusPage</name>
    <message>
        <location line="+96"/>
        <source>Busy</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>Connecté</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsDialog</name>
    <message>
        <location filename="../../widgets/nangocredentialsdialog.cpp" line="+36"/>
        <location line="+7"/>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsForm</name>
    <message>
        <location filename="../../widgets/nangocredentialsform.cpp" line="+40"/>
        <location line="+154"/>
        <source>&amp;Connect</source>
        <comment>@action:button</comment>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../../widgets/nangosecretfield_p.h" line="+16"/>
        <source>Sho&amp;w</source>
        <comment>@option:check show the secret</comment>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show %1</source>
        <translation>Afficher «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>NangoHostedConnectUIDialog</name>
    <message>
        <location filename="../../widgets/nangohostedconnectui.cpp" line="+23"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>Page d&apos;identification</translation>
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
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (optional):</source>
        <comment>@label form field</comment>
        <translation>%1 (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <comment>@label form field</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Where to find the %1</source>
        <comment>@label link to the provider&apos;s guide</comment>
        <translation>Où trouver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide: where to find the %1</source>
        <translation>Guide&#xa0;: où trouver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the %1</source>
        <translation>Problème dans le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>Rien à saisir&#xa0;: %1 est connecté dès l&apos;ouverture de ce formulaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>Rien à saisir pour %1.</translation>
    </message>
</context>
<context>
    <name>NangoMessageWidget</name>
    <message>
        <location filename="../../widgets/nangomessagewidget.cpp" line="+35"/>
        <location line="+7"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>Erreur</translation>
    </message>
</context>
</TS>
