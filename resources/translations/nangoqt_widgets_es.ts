<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>NangoApiKeyForm</name>
    <message>
        <location filename="../../widgets/nangoapikeyform.cpp" line="+20"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
</context>
<context>
    <name>NangoAuthDialog</name>
    <message>
        <location filename="../../widgets/nangoauthdialog.cpp" line="+61"/>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page loading progress</source>
        <translation>Progreso de carga de la página</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nango server: %1</source>
        <comment>@info the host the authorization page comes from</comment>
        <translation>Servidor Nango: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authorization page</source>
        <translation>Página de autorización</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Connecting to %1…</source>
        <comment>@info the modal waits for the Nango server&apos;s answer</comment>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>NangoBasicAuthForm</name>
    <message>
        <location filename="../../widgets/nangobasicauthform.cpp" line="+22"/>
        <source>User name and password</source>
        <translation>Nombre de usuario y contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPanel</name>
    <message>
        <location filename="../../widgets/nangobrowserwait.cpp" line="+20"/>
        <source>&amp;Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>Continúe en el navegador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>Continúe en el navegador</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+1"/>
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
    <message>
        <location line="+56"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Enlace copiado. Péguelo en la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>Termine de conectar %1 en la ventana del navegador que se abrió.</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPopup</name>
    <message>
        <location line="+21"/>
        <source>Continue in your browser</source>
        <comment>@title accessible name of the browser wait popup</comment>
        <translation>Continúe en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue in your browser</source>
        <comment>@title:window</comment>
        <translation>Continúe en el navegador</translation>
    </message>
</context>
<context>
    <name>NangoConnectDialog</name>
    <message>
        <location filename="../../widgets/nangoconnectdialog.cpp" line="+64"/>
        <location line="+87"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Loading the integrations…</source>
        <translation>Cargando las integraciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the integrations</source>
        <translation>Cargando las integraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+13"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel connecting</source>
        <translation>Cancelar la conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <location line="+53"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>Conectando con %1… Termine de iniciar sesión en la ventana que se abrió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is connected.</source>
        <translation>Se ha conectado %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The integrations could not be loaded.</source>
        <translation>No se pudieron cargar las integraciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be connected.</source>
        <translation>No se pudo conectar %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This session has no integration to connect.</source>
        <translation>Esta sesión no tiene ninguna integración que conectar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>Ninguna integración coincide con «%1».</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>¿Descartar el formulario?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>Lo que escribió en el formulario no se ha enviado. ¿Desea cerrarlo y descartarlo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard the form?</source>
        <translation>¿Descartar el formulario?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <comment>@action:button</comment>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard and close</source>
        <translation>Descartar y cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Editing</source>
        <comment>@action:button</comment>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connect an account</source>
        <comment>@title:window</comment>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
</context>
<context>
    <name>NangoConnectFormPage</name>
    <message>
        <location filename="../../widgets/nangoconnectpages.cpp" line="+177"/>
        <source>Loading the form</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>Cargando el formulario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form</source>
        <comment>@label accessible name of the form&apos;s scroll area</comment>
        <translation>Formulario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the integrations</source>
        <translation>Volver a las integraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NangoConnectHeading</name>
    <message>
        <location line="-143"/>
        <source>Title</source>
        <comment>@label accessible name of a page&apos;s heading</comment>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>Logotipo de %1</translation>
    </message>
</context>
<context>
    <name>NangoConnectPickerPage</name>
    <message>
        <location line="+16"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>Buscar integraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search integrations</source>
        <translation>Buscar integraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>Escriba para filtrar la lista; use las flechas arriba y abajo para elegir e Intro para conectar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>Integraciones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NangoConnectStatusPage</name>
    <message>
        <location line="+96"/>
        <source>Busy</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>Conectado</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsDialog</name>
    <message>
        <location filename="../../widgets/nangocredentialsdialog.cpp" line="+36"/>
        <location line="+7"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsForm</name>
    <message>
        <location filename="../../widgets/nangocredentialsform.cpp" line="+40"/>
        <location line="+154"/>
        <source>&amp;Connect</source>
        <comment>@action:button</comment>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../widgets/nangosecretfield_p.h" line="+16"/>
        <source>Sho&amp;w</source>
        <comment>@option:check show the secret</comment>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>NangoHostedConnectUIDialog</name>
    <message>
        <location filename="../../widgets/nangohostedconnectui.cpp" line="+23"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
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
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (optional):</source>
        <comment>@label form field</comment>
        <translation>%1 (opcional):</translation>
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
        <translation>Dónde encontrar «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide: where to find the %1</source>
        <translation>Guía: dónde encontrar «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the %1</source>
        <translation>Problema con «%1»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>No hay nada que introducir: %1 se conecta en cuanto se abre este formulario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>No hay nada que introducir para %1.</translation>
    </message>
</context>
<context>
    <name>NangoMessageWidget</name>
    <message>
        <location filename="../../widgets/nangomessagewidget.cpp" line="+35"/>
        <location line="+7"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>Error</translation>
    </message>
</context>
</TS>
