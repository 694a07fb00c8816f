<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>NangoAuth</name>
    <message>
        <location filename="../../src/nangoauth.cpp" line="+51"/>
        <source>The application gave no fresh connect session token within %1 s.</source>
        <translation>La aplicación no proporcionó ningún token de sesión de conexión nuevo en %1 s.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The application gave no fresh connect session token.</source>
        <translation>La aplicación no proporcionó ningún token de sesión de conexión nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/nangoauthflow.cpp" line="+38"/>
        <source>Authorization fail: The user has closed the authorization modal before the process was complete.</source>
        <translation>Error de autorización: el usuario cerró la ventana de autorización antes de que terminara el proceso.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect (secret key; connection_id and integration_id) and the app sets it as NangoAuth::connectSessionToken (or supplies it with setConnectSessionTokenProvider()).</source>
        <translation>La reconexión requiere un token de sesión de conexión: su backend lo crea para la conexión con POST /connect/sessions/reconnect (clave secreta; connection_id e integration_id) y la aplicación lo asigna como NangoAuth::connectSessionToken (o lo proporciona con setConnectSessionTokenProvider()).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The call has no connect session token and the application gave none: %1</source>
        <translation>La llamada no tiene token de sesión de conexión y la aplicación no proporcionó ninguno: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/nangovalidation.cpp" line="+464"/>
        <source>You must specify a public key OR a connect session token (cf. documentation).</source>
        <translation>Debe especificar una clave pública O un token de sesión de conexión (consulte la documentación).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No result from the Nango server at %1 within %2 s.</source>
        <translation>No llegó ningún resultado del servidor Nango en %1 en %2 s.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Invalid URL provided for the Nango host.</source>
        <translation>La URL indicada para el host de Nango no es válida.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(The application&apos;s fresh connect session token was refused too; NangoQt asks only once per request.)</source>
        <translation>(También se rechazó el nuevo token de sesión de conexión de la aplicación; NangoQt solo lo pide una vez por solicitud).</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 is in NangoAuth::systemBrowserHosts</source>
        <translation>%1 figura en NangoAuth::systemBrowserHosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refuses sign-in in embedded browsers</source>
        <translation>%1 no permite iniciar sesión en navegadores integrados</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No embedded browser is available: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>No hay ningún navegador integrado disponible: enlace con NangoQt::Widgets o importe el módulo QML NangoQt, o asigne System a NangoAuth::browser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The authorization window could not be created.</source>
        <translation>No se pudo crear la ventana de autorización.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The authorization window is gone.</source>
        <translation>La ventana de autorización ya no existe.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The Nango server&apos;s success frame carried no connection_id.</source>
        <translation>La trama de éxito del servidor Nango no incluía ningún connection_id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Chromium of QtWebEngine</source>
        <translation>el Chromium de QtWebEngine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chromium %1 in QtWebEngine</source>
        <translation>Chromium %1 en QtWebEngine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refuses this embedded browser (%2). Use the system browser for this integration: set NangoAuth::browser to System, or add %1 to NangoAuth::systemBrowserHosts.</source>
        <translation>%1 rechaza este navegador integrado (%2). Use el navegador del sistema para esta integración: asigne System a NangoAuth::browser o añada %1 a NangoAuth::systemBrowserHosts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server&apos;s callback page reported an error and sent no result: &quot;%1&quot;.</source>
        <translation>La página de retorno (callback) del servidor Nango notificó un error y no envió ningún resultado: «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server answered the authorization window with HTTP %1: &quot;%2&quot;.</source>
        <translation>El servidor Nango respondió a la ventana de autorización con HTTP %1: «%2».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Authorization cancelled: the application cancelled the flow before it was complete.</source>
        <translation>Autorización cancelada: la aplicación canceló el flujo antes de que terminara.</translation>
    </message>
    <message>
        <location filename="../../src/nangocatalog.cpp" line="+172"/>
        <source>The catalog has no NangoAuth to read the session from.</source>
        <translation>El catálogo no tiene ningún NangoAuth del que leer la sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the catalog needs a connect session token (a public key cannot read it): ask your backend for one (POST /connect/sessions) and set it on NangoAuth.</source>
        <translation>Para leer el catálogo se necesita un token de sesión de conexión (una clave pública no puede leerlo): solicítelo a su backend (POST /connect/sessions) y asígnelo a NangoAuth.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The Nango server at %1 sent a catalog answer larger than %2 bytes.</source>
        <translation>El servidor Nango en %1 envió una respuesta de catálogo de más de %2 bytes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 did not answer the catalog request within %2 s.</source>
        <translation>El servidor Nango en %1 no respondió a la solicitud del catálogo en %2 s.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The Nango server answered HTTP %1, a redirect to &quot;%2&quot;; check the host setting.</source>
        <translation>El servidor Nango respondió HTTP %1, una redirección a «%2»; compruebe el ajuste del host.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server answered HTTP %1 without the catalog&apos;s data: &quot;%2&quot;.</source>
        <translation>El servidor Nango respondió HTTP %1 sin los datos del catálogo: «%2».</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>No provider name was given.</source>
        <translation>No se indicó ningún nombre de proveedor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the catalog was cancelled.</source>
        <translation>Se canceló la lectura del catálogo.</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuimodel.cpp" line="+182"/>
        <source>The Connect UI has no NangoAuth to read the connect session with.</source>
        <translation>Connect UI no tiene ningún NangoAuth con el que leer la sesión de conexión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Connect UI needs a connect session token: ask your backend for one (POST /connect/sessions) and set it on NangoAuth, or give NangoAuth a token provider.</source>
        <translation>Connect UI necesita un token de sesión de conexión: solicítelo a su backend (POST /connect/sessions) y asígnelo a NangoAuth, o proporcione a NangoAuth un proveedor de tokens.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Connect UI needs a connect session token and the application gave none: its backend makes one with POST /connect/sessions.</source>
        <translation>Connect UI necesita un token de sesión de conexión y la aplicación no proporcionó ninguno: su backend lo crea con POST /connect/sessions.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The definition of &quot;%1&quot; could not be read from the catalog.</source>
        <translation>No se pudo leer del catálogo la definición de «%1».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The connection to &quot;%1&quot; could not be started.</source>
        <translation>No se pudo iniciar la conexión con «%1».</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuisession.cpp" line="+112"/>
        <source>The Connect UI got no connect session token within %1 s: set NangoAuth::connectSessionToken, call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>Connect UI no recibió ningún token de sesión de conexión en %1 s: asigne NangoAuth::connectSessionToken, llame a NangoConnectUISession::setSessionToken() o proporcione al NangoAuth un proveedor de tokens.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The Connect UI&apos;s base URL &quot;%1&quot; is not an http(s) URL: set NangoConnectUIOptions::baseUrl (default https://connect.nango.dev; a self-hosted Nango&apos;s connect URL).</source>
        <translation>La URL base de Connect UI, «%1», no es una URL http(s): asigne NangoConnectUIOptions::baseUrl (predeterminada: https://connect.nango.dev; en un Nango autoalojado, su URL de Connect).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No embedded browser is available for the Connect UI: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>No hay ningún navegador integrado disponible para Connect UI: enlace con NangoQt::Widgets o importe el módulo QML NangoQt, o asigne System a NangoAuth::browser.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Connect UI window could not be created.</source>
        <translation>No se pudo crear la ventana de Connect UI.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The connect link needs a connect session token: set NangoAuth::connectSessionToken (your backend makes it with POST /connect/sessions), call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>El enlace de conexión necesita un token de sesión de conexión: asigne NangoAuth::connectSessionToken (su backend lo crea con POST /connect/sessions), llame a NangoConnectUISession::setSessionToken() o proporcione al NangoAuth un proveedor de tokens.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The Connect UI reported an error (%1).</source>
        <translation>Connect UI notificó un error (%1).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The application gave no connect session token for the Connect UI.</source>
        <translation>La aplicación no proporcionó ningún token de sesión de conexión para Connect UI.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI at %1 did not start: no &quot;ready&quot; message came from %2 within %3 s. Check NangoConnectUIOptions::baseUrl (a self-hosted Nango&apos;s NANGO_PUBLIC_CONNECT_URL), that the server answers, and that it lets the page be framed (no X-Frame-Options or frame-ancestors refusal).</source>
        <translation>Connect UI en %1 no se inició: no llegó ningún mensaje «ready» de %2 en %3 s. Compruebe NangoConnectUIOptions::baseUrl (en un Nango autoalojado, su NANGO_PUBLIC_CONNECT_URL), que el servidor responda y que permita mostrar la página dentro de un marco (sin rechazo por X-Frame-Options ni frame-ancestors).</translation>
    </message>
    <message>
        <location filename="../../src/nangocredentialsrequest.cpp" line="+32"/>
        <source>The Nango server at %1 did not answer POST %2 within %3 s (NangoAuth::requestTimeout).</source>
        <translation>El servidor Nango en %1 no respondió a POST %2 en %3 s (NangoAuth::requestTimeout).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network access of the flow is gone.</source>
        <translation>El acceso a la red del flujo ya no existe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 sent an answer larger than %2 bytes.</source>
        <translation>El servidor Nango en %1 envió una respuesta de más de %2 bytes.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The Nango server at %1 answered HTTP %2, a redirect to &quot;%3&quot;; check the host setting.</source>
        <translation>El servidor Nango en %1 respondió HTTP %2, una redirección a «%3»; compruebe el ajuste del host.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Nango server answered HTTP %1 without connectionId and providerConfigKey: &quot;%2&quot;.</source>
        <translation>El servidor Nango respondió HTTP %1 sin connectionId ni providerConfigKey: «%2».</translation>
    </message>
    <message>
        <location filename="../../src/nangoerrorparser.cpp" line="+22"/>
        <source>Authentication failed. The request is missing a valid public key parameter.</source>
        <translation>Error de autenticación. A la solicitud le falta un parámetro de clave pública válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key is not a UUID v4.</source>
        <translation>Error de autenticación. La clave pública indicada no es un UUID v4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided authorization header does not match any account.</source>
        <translation>Error de autenticación. El encabezado de autorización indicado no corresponde a ninguna cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key does not match any account.</source>
        <translation>Error de autenticación. La clave pública indicada no corresponde a ninguna cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is not in the expected format (nango_connect_session_ followed by 64 hexadecimal characters).</source>
        <translation>Error de autenticación. El token de sesión de conexión no tiene el formato esperado (nango_connect_session_ seguido de 64 caracteres hexadecimales).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is unknown or has expired (tokens live 30 minutes): ask your backend for a new one.</source>
        <translation>Error de autenticación. El token de sesión de conexión es desconocido o ha caducado (los tokens duran 30 minutos): solicite uno nuevo a su backend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing param &apos;hmac&apos;.</source>
        <translation>Falta el parámetro «hmac».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid HMAC signature.</source>
        <translation>La firma HMAC no es válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no integration with this key in the Nango environment: check the integration id.</source>
        <translation>No hay ninguna integración con esta clave en el entorno de Nango: compruebe el id de la integración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This integration is not allowed by the connect session token.</source>
        <translation>El token de sesión de conexión no permite esta integración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration does not use this kind of authentication.</source>
        <translation>La integración no usa este tipo de autenticación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The given credentials were found to be invalid. Please check the credentials and try again.</source>
        <translation>Las credenciales indicadas no son válidas. Compruébelas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests: the Nango server asks to slow down. Try again in a moment.</source>
        <translation>Demasiadas solicitudes: el servidor Nango pide reducir el ritmo. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server had an internal error.</source>
        <translation>Se produjo un error interno en el servidor Nango.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection this reconnect session was made for no longer exists (it was deleted). Connect the account anew with a regular connect session (POST /connect/sessions on your backend), or make a reconnect session for a connection that exists.</source>
        <translation>La conexión para la que se creó esta sesión de reconexión ya no existe (se eliminó). Vuelva a conectar la cuenta con una sesión de conexión normal (POST /connect/sessions en su backend) o cree una sesión de reconexión para una conexión existente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused the given credentials. Please check them and try again.</source>
        <translation>El proveedor rechazó las credenciales indicadas. Compruébelas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect.</source>
        <translation>La reconexión requiere un token de sesión de conexión: su backend lo crea para la conexión con POST /connect/sessions/reconnect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server refused the request&apos;s content type.</source>
        <translation>El servidor Nango rechazó el tipo de contenido de la solicitud.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1</source>
        <comment>@info a message the Nango server wrote, shown untranslated: mark it as the server&apos;s words</comment>
        <translation>Respuesta del servidor Nango: «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key authentication is deprecated. Please use connect session authentication instead.</source>
        <translation>La autenticación con clave pública está obsoleta. Use en su lugar la autenticación con sesión de conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nango refuses public keys for accounts created after 2025-08-25, which includes every fresh self-hosted Nango: have your backend mint a connect session token (POST /connect/sessions) and connect with it instead of the public key, or ask the server&apos;s operator to move PUBLIC_AUTHENTICATION_DEPRECATION_DATE to a later date.</source>
        <translation>Nango rechaza las claves públicas en las cuentas creadas después del 2025-08-25, lo que incluye toda instalación nueva de Nango autoalojado: haga que su backend genere un token de sesión de conexión (POST /connect/sessions) y conéctese con él en lugar de la clave pública, o pida al operador del servidor que cambie PUBLIC_AUTHENTICATION_DEPRECATION_DATE a una fecha posterior.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Nango server refused the request: %1.</source>
        <translation>El servidor Nango rechazó la solicitud: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The Nango server answered HTTP %1 with an empty body.</source>
        <translation>El servidor Nango respondió HTTP %1 con el cuerpo vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server answered HTTP %1 with an unexpected body: &quot;%2&quot;.</source>
        <translation>El servidor Nango respondió HTTP %1 con un cuerpo inesperado: «%2».</translation>
    </message>
    <message>
        <location filename="../../src/nangonetworkerror.cpp" line="+53"/>
        <source>Could not connect to the Nango server at %1: connection refused (nothing listens on %2:%3). Check the host setting and that the Nango server is running.</source>
        <translation>No se pudo conectar con el servidor Nango en %1: conexión rechazada (nada escucha en %2:%3). Compruebe el ajuste del host y que el servidor Nango esté en ejecución.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to the Nango server at %1: host not found. Check the host setting.</source>
        <translation>No se pudo conectar con el servidor Nango en %1: no se encontró el host. Compruebe el ajuste del host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the Nango server at %1: the network or the host is unreachable.</source>
        <translation>No se pudo conectar con el servidor Nango en %1: la red o el host no son accesibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server at %1 closed the connection before answering.</source>
        <translation>El servidor Nango en %1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Falló la conexión TLS con %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach the Nango server at %1: %2</source>
        <translation>No se pudo acceder al servidor Nango en %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/nangosystembrowserwindow.cpp" line="+49"/>
        <source>Set a default web browser, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>Configure un navegador web predeterminado o use la ventana integrada (enlace con NangoQt::Widgets o NangoQt::Quick; NangoAuth::browser en Auto o Embedded).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a web browser (and xdg-utils), set $BROWSER to a browser command, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>Instale un navegador web (y xdg-utils), asigne a $BROWSER el comando de un navegador o use la ventana integrada (enlace con NangoQt::Widgets o NangoQt::Quick; NangoAuth::browser en Auto o Embedded).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>it failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>it did not understand its command line</source>
        <translation>no entendió su línea de comandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it found nothing to open</source>
        <translation>no encontró nada que abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tool to open web pages was found</source>
        <translation>no se encontró ninguna herramienta para abrir páginas web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening the page failed</source>
        <translation>no se pudo abrir la página</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not open the system browser: %1 is not installed or cannot run.</source>
        <translation>No se pudo abrir el navegador del sistema: %1 no está instalado o no se puede ejecutar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the system browser: %1 exited with status %2 (%3).</source>
        <translation>No se pudo abrir el navegador del sistema: %1 terminó con el estado %2 (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the system browser: %1 crashed.</source>
        <translation>No se pudo abrir el navegador del sistema: %1 se cerró inesperadamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Salida del programa: «%1».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not open the system browser: the desktop&apos;s URL handler (QDesktopServices::openUrl, or the application&apos;s NangoSystemBrowserWindow::setUrlOpener) refused the page.</source>
        <translation>No se pudo abrir el navegador del sistema: el gestor de URL del escritorio (QDesktopServices::openUrl, o NangoSystemBrowserWindow::setUrlOpener de la aplicación) rechazó la página.</translation>
    </message>
    <message>
        <location filename="../../src/nangovalidation.cpp" line="-447"/>
        <source>Invalid URL provided for the Nango host. %1</source>
        <translation>La URL indicada para el host de Nango no es válida. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is empty or not a URL.</source>
        <translation>El host está vacío o no es una URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It must start with https:// or http://, e.g. https://api.nango.dev.</source>
        <translation>Debe empezar por https:// o http://, p. ej., https://api.nango.dev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no host name.</source>
        <translation>No tiene nombre de host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not have a query or a fragment.</source>
        <translation>No debe tener consulta (query) ni fragmento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not carry a user name or password.</source>
        <translation>No debe incluir nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 key &quot;%2&quot; cannot reach the Nango server intact: %3</source>
        <translation>La clave «%2» de %1 no puede llegar intacta al servidor Nango: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty key is read as an array.</source>
        <translation>una clave vacía se interpreta como un array.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reads [ and ] as nesting.</source>
        <translation>el servidor interpreta [ y ] como anidamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server drops it.</source>
        <translation>el servidor la descarta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server reads 0–20 as an array index.</source>
        <translation>el servidor interpreta 0–20 como un índice de array.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The integration id is empty: pass the integration&apos;s unique key (its provider config key), e.g. &quot;github&quot;.</source>
        <translation>El id de la integración está vacío: pase la clave única de la integración (su provider config key), p. ej., «github».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integration id is %1 characters long; Nango allows at most 255.</source>
        <translation>El id de la integración tiene %1 caracteres; Nango admite como máximo 255.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The integration id &quot;%1&quot; contains &apos;%2&apos;; Nango integration keys use only letters, digits and ~ : . @ _ - and spaces.</source>
        <translation>El id de la integración «%1» contiene «%2»; las claves de integración de Nango solo usan letras, dígitos, ~ : . @ _ - y espacios.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>You must specify credentials. %1 needs &quot;%2&quot; (required: %3), which is missing or empty.</source>
        <translation>Debe especificar las credenciales. %1 necesita &quot;%2&quot; (obligatorios: %3), que falta o está vacío.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The credentials have a field %1 does not take: &quot;%2&quot; (it takes %3). The server would refuse the request (invalid_body).</source>
        <translation>Las credenciales tienen un campo que %1 no admite: &quot;%2&quot; (admite %3). El servidor rechazaría la solicitud (invalid_body).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;%1&quot; must be a string for %2.</source>
        <translation>La credencial «%1» debe ser una cadena para %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You must specify credentials. The API key is empty.</source>
        <translation>Debe especificar las credenciales. La clave de API está vacía.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API key is %1 characters long; Nango accepts at most 1024.</source>
        <translation>La clave de API tiene %1 caracteres; Nango acepta como máximo 1024.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You must specify credentials. OAUTH2_CC needs &quot;client_secret&quot; or &quot;client_private_key&quot; beside &quot;client_id&quot;.</source>
        <translation>Debe especificar las credenciales. OAUTH2_CC necesita «client_secret» o «client_private_key» además de «client_id».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential &quot;type&quot; is &quot;%1&quot;; for AWS_SIGV4 it is &quot;AWS_SIGV4&quot; or absent.</source>
        <translation>La credencial «type» es «%1»; para AWS_SIGV4 debe ser «AWS_SIGV4» u omitirse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;region&quot; is &quot;%1&quot;; an AWS region has only lowercase letters, digits and hyphens (e.g. us-east-1).</source>
        <translation>La credencial «region» es «%1»; una región de AWS solo tiene letras minúsculas, dígitos y guiones (p. ej., us-east-1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You must specify credentials. %1 needs the provider&apos;s credentials fields (e.g. privateKey, or issuerId, privateKeyId and privateKey); none was given.</source>
        <translation>Debe especificar las credenciales. %1 necesita los campos de credenciales del proveedor (p. ej., privateKey, o issuerId, privateKeyId y privateKey); no se indicó ninguno.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You must specify credentials. These credentials match no auth mode NangoQt can send: %1. Pass the fields of one mode (e.g. apiKey; username and password; token_id and token_secret; client_id and client_secret) or the integration&apos;s auth mode (NangoAuthOptions::setAuthMode()).</source>
        <translation>Debe especificar las credenciales. Estas credenciales no corresponden a ningún modo de autenticación que NangoQt pueda enviar: %1. Pase los campos de un modo (p. ej., apiKey; username y password; token_id y token_secret; client_id y client_secret) o el modo de autenticación de la integración (NangoAuthOptions::setAuthMode()).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An HMAC was given without a connection id. For API-key, Basic and unauthenticated connections the server generates the connection id before it checks the HMAC, so it can never match: pass the connection id the HMAC was computed over.</source>
        <translation>Se indicó un HMAC sin id de conexión. En las conexiones con clave de API, Basic y sin autenticación, el servidor genera el id de conexión antes de comprobar el HMAC, por lo que nunca puede coincidir: pase el id de conexión con el que se calculó el HMAC.</translation>
    </message>
</context>
<context>
    <name>NangoConnectAction</name>
    <message>
        <location filename="../../src/nangoconnectaction.cpp" line="+79"/>
        <source>The catalog of this button is gone.</source>
        <translation>El catálogo de este botón ya no existe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>Esta sesión no puede conectar «%1»: no figura entre las integraciones de la sesión.</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <comment>@action:button</comment>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <comment>@action:button</comment>
        <translation>Reintentar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect %1</source>
        <comment>@action:button</comment>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This button is not connected to a NangoAuth object.</source>
        <translation>Este botón no está vinculado a ningún objeto NangoAuth.</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsFormModel</name>
    <message>
        <location filename="../../src/nangocredentialsformmodel.cpp" line="+128"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>Esta sesión no puede conectar «%1»: no figura entre las integraciones de la sesión.</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>This integration does not take an API key or a user name and password.</source>
        <translation>Esta integración no admite una clave de API ni un nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This form is not connected to a NangoAuth object.</source>
        <translation>Este formulario no está vinculado a ningún objeto NangoAuth.</translation>
    </message>
</context>
<context>
    <name>NangoFormField</name>
    <message>
        <location filename="../../src/nangoformfield.cpp" line="+34"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token name</source>
        <translation>Nombre del token de acceso personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token secret</source>
        <translation>Secreto del token de acceso personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content URL</source>
        <translation>URL de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>OAuth client ID</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>Secreto de cliente OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token ID</source>
        <translation>ID del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token secret</source>
        <translation>Secreto del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>ID de organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer key</source>
        <translation>Clave de desarrollador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM role ARN</source>
        <translation>ARN del rol de IAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer ID</source>
        <translation>ID del emisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID</source>
        <translation>ID de la clave</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Choose the %1.</source>
        <translation>Elija una opción en «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the %1.</source>
        <translation>Rellene el campo «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>El campo «%1» supera los %2 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be one of: %2.</source>
        <translation>El campo «%1» debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 must be a host name: letters, digits, dots and hyphens only (no https://, no slash).</source>
        <translation>El campo «%1» debe ser un nombre de host: solo letras, dígitos, puntos y guiones (sin https:// ni barras).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be a UUID, like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>El campo «%1» debe ser un UUID, como 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be a full URL, like https://example.com.</source>
        <translation>El campo «%1» debe ser una URL completa, como https://example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be an email address, like ada@example.com.</source>
        <translation>El campo «%1» debe ser una dirección de correo electrónico, como ada@example.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 does not have the expected form: it should look like %2.</source>
        <translation>El campo «%1» no tiene el formato esperado: debería parecerse a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 does not have the expected form (%2).</source>
        <translation>El campo «%1» no tiene el formato esperado (%2).</translation>
    </message>
</context>
<context>
    <name>NangoQtPrivate::NangoWebSocketSession</name>
    <message>
        <location filename="../../src/nangowebsocketsession.cpp" line="+27"/>
        <source>The WebSocket to %1 stopped answering keep-alive pings before the result arrived.</source>
        <translation>El WebSocket con %1 dejó de responder a los pings de keep-alive antes de que llegara el resultado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Nango server at %1 did not acknowledge the WebSocket connection within %2 s.</source>
        <translation>El servidor Nango en %1 no confirmó la conexión WebSocket en %2 s.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Se rechazó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Nango server acknowledged the WebSocket connection without a ws_client_id.</source>
        <translation>El servidor Nango confirmó la conexión WebSocket sin ningún ws_client_id.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Nango server sent a result before acknowledging the WebSocket connection.</source>
        <translation>El servidor Nango envió un resultado antes de confirmar la conexión WebSocket.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It sent a frame that is not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>Envió una trama que no pertenece al protocolo de Nango (se ignoró). ¿Es el host un servidor Nango?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It sent %1 frames that are not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>Envió %1 tramas que no pertenecen al protocolo de Nango (se ignoraron). ¿Es el host un servidor Nango?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered HTTP %1 to the WebSocket upgrade at %2: is websocketsPath right (now &quot;%3&quot;)? It is resolved against the host.</source>
        <translation>El servidor respondió HTTP %1 a la actualización a WebSocket en %2: ¿es correcto websocketsPath (ahora «%3»)? Se resuelve respecto al host.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 did not answer the WebSocket upgrade with a WebSocket handshake: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>El servidor en %1 no respondió a la actualización a WebSocket con un handshake de WebSocket: ¿es el host un servidor Nango y es correcto websocketsPath (ahora «%2»)?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server at %1 closed the connection during the WebSocket upgrade: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>El servidor en %1 cerró la conexión durante la actualización a WebSocket: ¿es el host un servidor Nango y es correcto websocketsPath (ahora «%2»)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 failed before the result arrived (%2).</source>
        <translation>El WebSocket con %1 falló antes de que llegara el resultado (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close code %1</source>
        <translation>código de cierre %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame was larger than %1 bytes</source>
        <translation>una trama superaba los %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 closed before the result arrived (%2).</source>
        <translation>El WebSocket con %1 se cerró antes de que llegara el resultado (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebSocket to %1 closed before the server acknowledged it (%2).</source>
        <translation>El WebSocket con %1 se cerró antes de que el servidor lo confirmara (%2).</translation>
    </message>
</context>
<context>
    <name>NangoWebEngine</name>
    <message>
        <location filename="../../webengine/nangoconnectuibridge.cpp" line="+16"/>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location filename="../../webengine/nangowebpolicy.cpp" line="+37"/>
        <source>The authorization window only opens http(s) pages, not a %1: URL.</source>
        <translation>La ventana de autorización solo abre páginas http(s), no una URL %1:.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Se rechazó el certificado de %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authorization page stopped: its browser process was killed (exit code %1).</source>
        <translation>La página de autorización se detuvo: su proceso del navegador fue finalizado (código de salida %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorization page stopped: its browser process crashed (exit code %1).</source>
        <translation>La página de autorización se detuvo: su proceso del navegador se bloqueó (código de salida %1).</translation>
    </message>
</context>
</TS>
