<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiKeyForm</name>
    <message>
        <location filename="../../qml/ApiKeyForm.qml" line="+25"/>
        <location line="+6"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from the provider</source>
        <translation>Pegue la clave del proveedor</translation>
    </message>
</context>
<context>
    <name>AuthPopup</name>
    <message>
        <location filename="../../qml/AuthPopup.qml" line="+18"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>AuthWindow</name>
    <message>
        <location filename="../../qml/AuthWindow.qml" line="+55"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Page loading progress</source>
        <translation>Progreso de carga de la página</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1…</source>
        <comment>the window waits for the Nango server&apos;s answer</comment>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nango server: %1</source>
        <comment>the host the authorization page comes from</comment>
        <translation>Servidor Nango: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Authorization page</source>
        <translation>Página de autorización</translation>
    </message>
</context>
<context>
    <name>BasicAuthForm</name>
    <message>
        <location filename="../../qml/BasicAuthForm.qml" line="+28"/>
        <location line="+8"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <location filename="../../qml/BrowserWait.qml" line="+37"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>Continúe en el navegador</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>Continúe en el navegador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Enlace copiado. Péguelo en la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>Termine de conectar %1 en la ventana del navegador que se abrió.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>Abrir de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open again</source>
        <comment>@action:button accessible name</comment>
        <translation>Abrir de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sign-in page in your browser again</source>
        <translation>Vuelve a abrir la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy link</source>
        <comment>@action:button accessible name</comment>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the sign-in page&apos;s address, to paste into a browser</source>
        <translation>Copia la dirección de la página de inicio de sesión para pegarla en un navegador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel connecting</source>
        <comment>@action:button accessible name</comment>
        <translation>Cancelar la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the browser</source>
        <translation>Deja de esperar al navegador</translation>
    </message>
</context>
<context>
    <name>ConnectButton</name>
    <message>
        <location filename="../../qml/ConnectButton.qml" line="+118"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>ConnectUI</name>
    <message>
        <location filename="../../qml/ConnectUI.qml" line="+161"/>
        <location line="+333"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Loading the integrations…</source>
        <translation>Cargando las integraciones…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the integrations</source>
        <translation>Cargando las integraciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+64"/>
        <location line="+97"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+161"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>Buscar integraciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search integrations</source>
        <translation>Buscar integraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>Escriba para filtrar la lista; use las flechas arriba y abajo para elegir e Intro para conectar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>Integraciones</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This session has no integration to connect.</source>
        <translation>Esta sesión no tiene ninguna integración que conectar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>Ninguna integración coincide con «%1».</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+79"/>
        <location line="+103"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Loading the form</source>
        <translation>Cargando el formulario</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+161"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Back to the integrations</source>
        <translation>Volver a las integraciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>Conectando con %1… Termine de iniciar sesión en la ventana que se abrió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel connecting</source>
        <translation>Cancelar la conexión</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is connected.</source>
        <translation>Se ha conectado %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be connected.</source>
        <translation>No se pudo conectar %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integrations could not be loaded.</source>
        <translation>No se pudieron cargar las integraciones.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <comment>@action:button</comment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>¿Descartar el formulario?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the form?</source>
        <translation>¿Descartar el formulario?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>Lo que escribió en el formulario no se ha enviado. ¿Desea cerrarlo y descartarlo?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Editing</source>
        <comment>@action:button</comment>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <comment>@action:button</comment>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard and close</source>
        <translation>Descartar y cerrar</translation>
    </message>
</context>
<context>
    <name>ConnectUILogo</name>
    <message>
        <location filename="../../qml/ConnectUILogo.qml" line="+24"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>Logotipo de %1</translation>
    </message>
</context>
<context>
    <name>ConnectUIWindow</name>
    <message>
        <location filename="../../qml/ConnectUIWindow.qml" line="+46"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>Conectar una cuenta</translation>
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
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>FormErrorLabel</name>
    <message>
        <location filename="../../qml/FormErrorLabel.qml" line="+25"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>IntegrationForm</name>
    <message>
        <location filename="../../qml/IntegrationForm.qml" line="+68"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>No hay nada que introducir: %1 se conecta en cuanto se abre este formulario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>No hay nada que introducir para %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Where to find the %1</source>
        <translation>Dónde encontrar «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide: where to find the %1</source>
        <translation>Guía: dónde encontrar «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the %1</source>
        <translation>Problema con «%1»</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuth</name>
    <message>
        <location filename="../../qml/nangoquickauth.cpp" line="+22"/>
        <source>NangoAuth.openConnectUI(): options must be an object such as { baseURL: &quot;…&quot;, theme: &quot;dark&quot; }</source>
        <translation>NangoAuth.openConnectUI(): options debe ser un objeto como { baseURL: &quot;…&quot;, theme: &quot;dark&quot; }</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>NangoAuth.%1(): connectionId must be a string</source>
        <translation>NangoAuth.%1(): connectionId debe ser una cadena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NangoAuth.%1(): options must be an object such as { params: { … } }</source>
        <translation>NangoAuth.%1(): options debe ser un objeto como { params: { … } }</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuthWindow</name>
    <message>
        <location filename="../../qml/nangoquickauthwindow.cpp" line="+47"/>
        <source>The QML engine of the authorization window is gone.</source>
        <translation>El motor QML de la ventana de autorización ya no existe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>AuthWindow is not a Window</source>
        <translation>AuthWindow no es un Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization window could not be created: %1</source>
        <translation>No se pudo crear la ventana de autorización: %1</translation>
    </message>
</context>
<context>
    <name>NangoQuickConnectUIWindow</name>
    <message>
        <location filename="../../qml/nangoquickconnectuiwindow.cpp" line="+55"/>
        <source>The QML engine of the Connect UI window is gone.</source>
        <translation>El motor QML de la ventana de Connect UI ya no existe.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ConnectUIWindow is not a Window</source>
        <translation>ConnectUIWindow no es un Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Connect UI window could not be created: %1</source>
        <translation>No se pudo crear la ventana de Connect UI: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI window could not be created: it has no web view.</source>
        <translation>No se pudo crear la ventana de Connect UI: no tiene vista web.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../qml/SecretField.qml" line="+38"/>
        <source>Hide</source>
        <comment>@action:button secret field</comment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <comment>@action:button secret field</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
</TS>
