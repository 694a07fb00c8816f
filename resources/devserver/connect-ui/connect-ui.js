// SPDX-License-Identifier: MIT
// The dev server's imitation of Nango's hosted Connect UI (shared/spec/nango-current.md §4): the
// same message protocol with the page that frames it, the same API calls, the form rules of
// Nango's Go.tsx. Plain ES2020 (it must run in Chromium 102 = QtWebEngine 6.4), no dependencies.
(function () {
    'use strict';

    // ---- query and settings ------------------------------------------------------------------

    const query = new URLSearchParams(window.location.search);
    const apiURL = stripSlashes(query.get('apiURL') || window.location.origin);
    const apiOrigin = originOf(apiURL);
    const detectClosedAuthWindow = query.get('detectClosedAuthWindow') === 'true';
    const themeParam = query.get('theme');
    const neverReady = query.get('neverReady') === '1' || query.get('neverReady') === 'true'
        || document.documentElement.getAttribute('data-never-ready') === 'true';
    const isTop = window.self === window.top;
    const tokenInUrl = query.get('session_token');
    const NO_SESSION_TOKEN_TIMEOUT_MS = 10000; // as Nango's Connect UI
    const REQUEST_TIMEOUT_MS = 60000;          // every API request is bounded
    const POPUP_WIDTH = 500;
    const POPUP_HEIGHT = 600;

    function stripSlashes(url) { return url.replace(/\/+$/, ''); }
    function originOf(url) { try { return new URL(url).origin; } catch (e) { return null; } }

    // ---- translations (en, fr, de, es, ja) -------------------------------------------------

    const STRINGS = {
        en: {
            dialog: 'Connect an integration', close: 'Close', back: 'Back', loading: 'Loading', finish: 'Finish',
            connect: 'Connect', connecting: 'Connecting...', tryAgain: 'Try Again', search: 'Search integrations',
            pickerTitle: 'Select Integration', pickerDescription: 'Please select an API integration from the list below.',
            noIntegrations: 'No integration found.', connectTo: 'Connect to {provider}',
            loadError: 'An error occurred while loading configuration',
            noToken: "This page can't be opened directly. Please start a connection from your application.",
            linkAccount: 'Link {provider} Account', success: 'Success!',
            successMessage: "You've successfully set up your {provider} integration.", closeTab: 'You can now close this tab.',
            connectionFailed: 'Connection failed',
            connectionErrorGeneric: 'An error occurred during authorization. Please reach out to our support team.',
            willConnect: "We'll connect you to {provider}.",
            popupWarning: "A pop-up will open, please make sure your browser doesn't block pop-ups.",
            popupBlocked: 'Auth pop-up blocked by your browser, please allow pop-ups to open.',
            popupClosed: 'The auth pop-up was closed before the end of the process, please try again.',
            authorizationFailed: 'Authorization failed.',
            invalidCredentials: '{provider} did not validate your credentials. Please check the values and try again.',
            resourceCapped: 'You have reached the maximum number of connections allowed. Please reach out to the admin.',
            invalidPreconfigured: 'A pre-configured field set by the administrator is invalid, please reach out to support.',
            required: 'This field is required', incorrect: 'Incorrect {field}', optional: 'optional',
            needHelp: 'Need help?', viewGuide: 'View connection guide', leave: 'Are you sure you want to leave?',
            externalId: 'Use this External ID when configuring your IAM trust policy.'
        },
        fr: {
            dialog: 'Connecter une intégration', close: 'Fermer', back: 'Retour', loading: 'Chargement', finish: 'Terminer',
            connect: 'Connecter', connecting: 'Connexion…', tryAgain: 'Réessayer', search: 'Rechercher une intégration',
            pickerTitle: 'Choisissez une intégration', pickerDescription: 'Choisissez une intégration dans la liste ci-dessous.',
            noIntegrations: 'Aucune intégration trouvée.', connectTo: 'Se connecter à {provider}',
            loadError: 'Erreur lors du chargement de la configuration',
            noToken: 'Cette page ne peut pas être ouverte directement. Lancez la connexion depuis votre application.',
            linkAccount: 'Relier votre compte {provider}', success: 'Terminé !',
            successMessage: "L'intégration {provider} est configurée.", closeTab: 'Vous pouvez fermer cet onglet.',
            connectionFailed: 'La connexion a échoué',
            connectionErrorGeneric: "Une erreur s'est produite pendant l'autorisation. Contactez le support.",
            willConnect: 'Nous allons vous connecter à {provider}.',
            popupWarning: "Une fenêtre va s'ouvrir : vérifiez que votre navigateur ne bloque pas les fenêtres.",
            popupBlocked: "Votre navigateur a bloqué la fenêtre d'autorisation : autorisez les fenêtres surgissantes.",
            popupClosed: "La fenêtre d'autorisation a été fermée avant la fin. Réessayez.",
            authorizationFailed: "L'autorisation a échoué.",
            invalidCredentials: "{provider} n'a pas accepté vos identifiants. Vérifiez-les et réessayez.",
            resourceCapped: 'Le nombre maximal de connexions est atteint. Contactez votre administrateur.',
            invalidPreconfigured: "Un champ préconfiguré par l'administrateur est invalide. Contactez le support.",
            required: 'Ce champ est obligatoire', incorrect: '{field} incorrect', optional: 'facultatif',
            needHelp: "Besoin d'aide ?", viewGuide: 'Voir le guide de connexion', leave: 'Voulez-vous vraiment quitter ?',
            externalId: 'Utilisez cet External ID dans la politique de confiance IAM.'
        },
        de: {
            dialog: 'Integration verbinden', close: 'Schließen', back: 'Zurück', loading: 'Wird geladen', finish: 'Fertig',
            connect: 'Verbinden', connecting: 'Verbinde…', tryAgain: 'Erneut versuchen', search: 'Integrationen suchen',
            pickerTitle: 'Integration auswählen', pickerDescription: 'Wählen Sie eine Integration aus der Liste.',
            noIntegrations: 'Keine Integration gefunden.', connectTo: 'Mit {provider} verbinden',
            loadError: 'Beim Laden der Konfiguration ist ein Fehler aufgetreten',
            noToken: 'Diese Seite kann nicht direkt geöffnet werden. Starten Sie die Verbindung in Ihrer Anwendung.',
            linkAccount: '{provider}-Konto verknüpfen', success: 'Geschafft!',
            successMessage: 'Die Integration {provider} ist eingerichtet.', closeTab: 'Sie können diesen Tab jetzt schließen.',
            connectionFailed: 'Verbindung fehlgeschlagen',
            connectionErrorGeneric: 'Bei der Autorisierung ist ein Fehler aufgetreten. Bitte wenden Sie sich an den Support.',
            willConnect: 'Wir verbinden Sie mit {provider}.',
            popupWarning: 'Ein Fenster wird geöffnet; bitte lassen Sie Pop-ups zu.',
            popupBlocked: 'Ihr Browser hat das Anmeldefenster blockiert; bitte lassen Sie Pop-ups zu.',
            popupClosed: 'Das Anmeldefenster wurde vor dem Ende geschlossen. Bitte versuchen Sie es erneut.',
            authorizationFailed: 'Autorisierung fehlgeschlagen.',
            invalidCredentials: '{provider} hat Ihre Zugangsdaten nicht akzeptiert. Bitte prüfen Sie die Werte.',
            resourceCapped: 'Die maximale Anzahl an Verbindungen ist erreicht. Bitte wenden Sie sich an den Administrator.',
            invalidPreconfigured: 'Ein vom Administrator vorbelegtes Feld ist ungültig. Bitte wenden Sie sich an den Support.',
            required: 'Dieses Feld ist erforderlich', incorrect: '{field} ist ungültig', optional: 'optional',
            needHelp: 'Hilfe?', viewGuide: 'Anleitung ansehen', leave: 'Wirklich verlassen?',
            externalId: 'Verwenden Sie diese External ID in der IAM-Vertrauensrichtlinie.'
        },
        es: {
            dialog: 'Conectar una integración', close: 'Cerrar', back: 'Volver', loading: 'Cargando', finish: 'Terminar',
            connect: 'Conectar', connecting: 'Conectando…', tryAgain: 'Reintentar', search: 'Buscar integraciones',
            pickerTitle: 'Seleccione una integración', pickerDescription: 'Seleccione una integración de la lista.',
            noIntegrations: 'No se encontró ninguna integración.', connectTo: 'Conectar con {provider}',
            loadError: 'Se produjo un error al cargar la configuración',
            noToken: 'Esta página no se puede abrir directamente. Inicie la conexión desde su aplicación.',
            linkAccount: 'Vincular la cuenta de {provider}', success: '¡Listo!',
            successMessage: 'La integración {provider} está configurada.', closeTab: 'Ya puede cerrar esta pestaña.',
            connectionFailed: 'La conexión falló',
            connectionErrorGeneric: 'Se produjo un error durante la autorización. Contacte con soporte.',
            willConnect: 'Le conectaremos con {provider}.',
            popupWarning: 'Se abrirá una ventana; compruebe que su navegador no bloquea las ventanas emergentes.',
            popupBlocked: 'Su navegador bloqueó la ventana de autorización; permita las ventanas emergentes.',
            popupClosed: 'La ventana de autorización se cerró antes de terminar. Inténtelo de nuevo.',
            authorizationFailed: 'La autorización falló.',
            invalidCredentials: '{provider} no aceptó sus credenciales. Revise los valores e inténtelo de nuevo.',
            resourceCapped: 'Se alcanzó el número máximo de conexiones. Contacte con el administrador.',
            invalidPreconfigured: 'Un campo preconfigurado por el administrador no es válido. Contacte con soporte.',
            required: 'Este campo es obligatorio', incorrect: '{field} incorrecto', optional: 'opcional',
            needHelp: '¿Necesita ayuda?', viewGuide: 'Ver la guía de conexión', leave: '¿Seguro que quiere salir?',
            externalId: 'Use este External ID en la política de confianza de IAM.'
        },
        ja: {
            dialog: '連携を接続', close: '閉じる', back: '戻る', loading: '読み込み中', finish: '完了',
            connect: '接続', connecting: '接続中…', tryAgain: '再試行', search: '連携を検索',
            pickerTitle: '連携を選択', pickerDescription: '下の一覧から連携を選択してください。',
            noIntegrations: '連携が見つかりません。', connectTo: '{provider} に接続',
            loadError: '設定の読み込み中にエラーが発生しました',
            noToken: 'このページは直接開けません。アプリケーションから接続を開始してください。',
            linkAccount: '{provider} アカウントを連携', success: '完了しました！',
            successMessage: '{provider} の連携を設定しました。', closeTab: 'このタブを閉じてかまいません。',
            connectionFailed: '接続に失敗しました',
            connectionErrorGeneric: '認可中にエラーが発生しました。サポートにお問い合わせください。',
            willConnect: '{provider} に接続します。',
            popupWarning: 'ポップアップが開きます。ブラウザーでポップアップを許可してください。',
            popupBlocked: 'ブラウザーが認可ポップアップをブロックしました。ポップアップを許可してください。',
            popupClosed: '処理が終わる前に認可ポップアップが閉じられました。もう一度お試しください。',
            authorizationFailed: '認可に失敗しました。',
            invalidCredentials: '{provider} が認証情報を受け付けませんでした。値を確認してもう一度お試しください。',
            resourceCapped: '接続数の上限に達しました。管理者にお問い合わせください。',
            invalidPreconfigured: '管理者が設定した項目が無効です。サポートにお問い合わせください。',
            required: 'この項目は必須です', incorrect: '{field} が正しくありません', optional: '任意',
            needHelp: 'お困りですか？', viewGuide: '接続ガイドを見る', leave: '本当に閉じますか？',
            externalId: 'IAM の信頼ポリシーにこの External ID を使ってください。'
        }
    };
    const LANGUAGES = Object.keys(STRINGS);
    function pickLanguage() {
        const wanted = [query.get('lang') || ''].concat(navigator.languages || [navigator.language || '']);
        for (const tag of wanted) {
            const code = String(tag).toLowerCase().split('-')[0];
            if (LANGUAGES.indexOf(code) >= 0) {
                return code;
            }
        }
        return 'en';
    }
    const lang = pickLanguage();
    function t(key, vars) {
        let text = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
        if (vars) {
            for (const name of Object.keys(vars)) {
                text = text.split('{' + name + '}').join(vars[name]);
            }
        }
        return text;
    }

    // ---- DOM helpers ---------------------------------------------------------------------------

    const $ = (id) => document.getElementById(id);
    function el(tag, attrs, children) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attrs || {})) {
            if (value === undefined || value === null || value === false) {
                continue;
            }
            if (name === 'text') {
                node.textContent = value;
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        }
        for (const child of children || []) {
            if (child) {
                node.appendChild(child);
            }
        }
        return node;
    }

    const SCREENS = ['loading', 'picker', 'form', 'success', 'error'];
    function show(screen) {
        for (const name of SCREENS) {
            $('screen-' + name).hidden = name !== screen;
        }
        document.body.setAttribute('data-screen', screen);
        $('form-back').hidden = !(screen === 'form' && !state.single);
        if (screen === 'picker') {
            $('search').focus();
        } else if (screen === 'success' && !$('finish').hidden) {
            $('finish').focus();
        } else if (screen === 'error' && !$('back').hidden) {
            $('back').focus();
        }
    }

    function applyTheme(theme) {
        const value = theme === 'light' || theme === 'dark' || theme === 'system' ? theme : 'system';
        document.documentElement.setAttribute('data-theme', value);
    }

    function applyStaticTexts() {
        document.documentElement.lang = lang;
        document.title = t('dialog');
        $('dialog-title').textContent = t('dialog');
        $('close').setAttribute('aria-label', t('close'));
        $('close').title = t('close');
        $('form-back').setAttribute('aria-label', t('back'));
        $('form-back').title = t('back');
        $('loading-text').textContent = t('loading');
        $('picker-title').textContent = t('pickerTitle');
        $('picker-description').textContent = t('pickerDescription');
        $('search').placeholder = t('search');
        $('search').setAttribute('aria-label', t('search'));
        $('no-integrations').textContent = t('noIntegrations');
        $('success-title').textContent = t('success');
        $('finish').textContent = t('finish');
        $('back').textContent = t('back');
        $('docs-help').textContent = t('needHelp');
        $('docs-link').textContent = t('viewGuide');
        $('external-id-text').textContent = t('externalId');
    }

    // ---- the protocol with the host --------------------------------------------------------------

    function post(message) {
        // targetOrigin '*', as Nango's Connect UI: the host checks the origin of what it receives.
        window.parent.postMessage(message, '*');
    }

    function triggerClose() {
        if (state.dirty && !window.confirm(t('leave'))) {
            return;
        }
        state.dirty = false;
        clearAuth();
        post({ type: 'close' });
    }

    function triggerConnect(result) {
        const payload = { providerConfigKey: result.providerConfigKey, connectionId: result.connectionId };
        if (typeof result.isPending === 'boolean') {
            payload.isPending = result.isPending;
        }
        post({ type: 'connect', payload: payload });
    }

    function triggerError(errorType, errorMessage) {
        post({ type: 'error', payload: { errorType: errorType, errorMessage: errorMessage } });
    }

    // ---- state -------------------------------------------------------------------------------------

    const state = {
        token: null,
        loading: false,
        session: null,
        integrations: [],
        visible: [],      // the picker's filtered rows
        current: -1,      // index in visible
        single: false,    // one allowed integration (or a reconnect session): no way back to the picker
        integration: null,
        provider: null,
        fields: [],       // the form's fields, ordered
        dirty: false,
        busy: false,
        auth: null        // the running OAuth flow
    };

    // ---- the API -----------------------------------------------------------------------------------

    class ApiError extends Error {
        constructor(type, message, status) {
            super(message);
            this.type = type;
            this.status = status;
        }
    }

    function errorFrom(status, json, text) {
        const error = json && json.error;
        if (error && typeof error === 'object') {
            const code = error.code || 'unknown_error';
            let message = error.message;
            if (!message && Array.isArray(error.errors) && error.errors.length > 0) {
                const first = error.errors[0];
                message = (first.path && first.path.length ? first.path.join('.') + ': ' : '') + (first.message || '');
            }
            return new ApiError(code, message || code.replace(/_/g, ' '), status);
        }
        if (typeof error === 'string') {
            return new ApiError(json.type || 'unknown_error', error, status);
        }
        return new ApiError('invalid_response', 'HTTP ' + status + ': ' + String(text || '').slice(0, 200), status);
    }

    async function request(method, path, options) {
        const opts = options || {};
        const url = apiURL + path + (opts.query ? '?' + opts.query : '');
        const headers = {};
        if (opts.bearer) {
            headers['Authorization'] = 'Bearer ' + state.token;
        }
        if (opts.lang) {
            headers['Accept-Language'] = opts.lang;
        }
        if (opts.body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
        let res;
        let text;
        try {
            res = await fetch(url, {
                method: method,
                headers: headers,
                body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
                signal: controller.signal
            });
            text = await res.text();
        } catch (e) {
            if (e && e.name === 'AbortError') {
                throw new ApiError('timeout', 'No answer from ' + apiURL + ' within ' + REQUEST_TIMEOUT_MS / 1000 + ' s', 0);
            }
            throw new ApiError('network_error', 'Could not reach ' + apiURL + ' (' + (e && e.message) + ')', 0);
        } finally {
            clearTimeout(timer);
        }
        let json = null;
        try {
            json = text ? JSON.parse(text) : null;
        } catch (e) {
            json = null;
        }
        if (res.status < 200 || res.status >= 300 || !json || (json && json.error)) {
            throw errorFrom(res.status, json, text);
        }
        return json;
    }

    // ---- loading ---------------------------------------------------------------------------------

    function onToken(token) {
        if (typeof token !== 'string' || token === '') {
            return;
        }
        const first = state.token === null;
        state.token = token;
        if (first) {
            load();
        }
    }

    async function load() {
        state.loading = true;
        show('loading');
        try {
            const [session, integrations] = await Promise.all([
                request('GET', '/connect/session', { bearer: true }),
                request('GET', '/integrations', { bearer: true })
            ]);
            state.session = session.data || {};
            state.integrations = Array.isArray(integrations.data) ? integrations.data : [];
            if (!themeParam) {
                const settings = state.session.connectUISettings || {};
                applyTheme(settings.defaultTheme || 'system');
            }
            const allowed = state.session.allowed_integrations;
            state.single = state.integrations.length === 1
                && ((Array.isArray(allowed) && allowed.length === 1) || state.session.isReconnecting === true);
            if (state.single) {
                await select(state.integrations[0].unique_key);
            } else {
                renderPicker();
                show('picker');
            }
        } catch (e) {
            showLoadError(e);
        } finally {
            state.loading = false;
        }
    }

    function showLoadError(error) {
        $('error-title').textContent = t('loadError');
        $('error-description').textContent = '';
        $('error-message').textContent = error.message || String(error);
        document.body.setAttribute('data-error-type', error.type || 'unknown_error');
        $('error-logo-box').hidden = true;
        $('back').hidden = true;
        show('error');
    }

    function showNoToken() {
        $('error-title').textContent = t('connectionFailed');
        $('error-description').textContent = '';
        $('error-message').textContent = t('noToken');
        document.body.setAttribute('data-error-type', 'missing_connect_session_token');
        $('error-logo-box').hidden = true;
        $('back').hidden = true;
        show('error');
    }

    // ---- picker ----------------------------------------------------------------------------------

    function logoNode(integration, className) {
        const name = integration.display_name || integration.unique_key || '?';
        const placeholder = () => el('span', { class: className + ' placeholder', 'aria-hidden': 'true', text: name.charAt(0).toUpperCase() });
        if (!integration.logo) {
            return placeholder();
        }
        const img = el('img', { class: className, src: integration.logo, alt: '' });
        img.addEventListener('error', () => img.replaceWith(placeholder()));
        return img;
    }

    function matches(integration, needle) {
        if (!needle) {
            return true;
        }
        return [integration.display_name, integration.unique_key, integration.provider]
            .some((text) => String(text || '').toLowerCase().indexOf(needle) >= 0);
    }

    function renderPicker() {
        const needle = $('search').value.trim().toLowerCase();
        const list = $('integrations');
        const currentKey = state.visible[state.current] && state.visible[state.current].unique_key;
        state.visible = state.integrations.filter((i) => matches(i, needle));
        state.current = state.visible.findIndex((i) => i.unique_key === currentKey);
        if (state.current < 0) {
            state.current = state.visible.length > 0 ? 0 : -1;
        }
        list.textContent = '';
        state.visible.forEach((integration, index) => {
            const name = integration.display_name || integration.unique_key;
            const item = el('li', {
                class: 'integration' + (index === state.current ? ' current' : ''),
                id: 'integration-' + integration.unique_key,
                'data-key': integration.unique_key,
                role: 'option',
                'aria-selected': index === state.current ? 'true' : 'false',
                'aria-label': t('connectTo', { provider: name })
            }, [logoNode(integration, 'logo'), el('span', { class: 'name', text: name })]);
            item.addEventListener('click', () => select(integration.unique_key));
            list.appendChild(item);
        });
        $('no-integrations').hidden = state.visible.length > 0;
        updateCurrent();
    }

    function updateCurrent() {
        const items = $('integrations').children;
        for (let i = 0; i < items.length; ++i) {
            const on = i === state.current;
            items[i].classList.toggle('current', on);
            items[i].setAttribute('aria-selected', on ? 'true' : 'false');
            if (on) {
                $('search').setAttribute('aria-activedescendant', items[i].id);
                if (items[i].scrollIntoView) {
                    items[i].scrollIntoView({ block: 'nearest' });
                }
            }
        }
        if (state.current < 0) {
            $('search').removeAttribute('aria-activedescendant');
        }
    }

    function moveCurrent(delta) {
        if (state.visible.length === 0) {
            return;
        }
        state.current = Math.max(0, Math.min(state.visible.length - 1, state.current + delta));
        updateCurrent();
    }

    // ---- the form (Go.tsx's rules) ---------------------------------------------------------------

    const BASE_FIELDS = {
        API_KEY: ['apiKey'],
        BASIC: ['username', 'password'],
        OAUTH2_CC: ['client_id', 'client_secret', 'client_certificate', 'client_private_key'],
        TBA: ['oauth_client_id_override', 'oauth_client_secret_override', 'token_id', 'token_secret'],
        BILL: ['username', 'password', 'organization_id', 'dev_key'],
        SIGNATURE: ['username', 'password'],
        AWS_SIGV4: ['role_arn']
    };
    const OPTIONAL_BASE = { client_certificate: true, client_private_key: true };
    const DEFAULTS = {
        apiKey: { secret: true, title: 'API Key', example: 'Your API Key' },
        username: { secret: false, title: 'User Name', example: 'Your user name' },
        password: { secret: true, title: 'Password', example: 'Your password' },
        client_id: { secret: false, title: 'Client ID', example: 'Your Client ID' },
        client_secret: { secret: true, title: 'Client Secret', example: 'Your Client Secret' },
        client_certificate: { secret: true, title: 'Client Certificate', example: 'Your Client Certificate' },
        client_private_key: { secret: true, title: 'Private Key', example: 'Your Private Key' },
        oauth_client_id_override: { secret: false, title: 'OAuth Client ID', example: 'Your OAuth Client ID' },
        oauth_client_secret_override: { secret: true, title: 'OAuth Client Secret', example: 'Your OAuth Client Secret' },
        oauth_refresh_token_override: { secret: true, title: 'Refresh Token', example: 'Your Refresh Token' },
        token_id: { secret: true, title: 'Token ID', example: 'Your Token ID' },
        token_secret: { secret: true, title: 'Token Secret', example: 'Token Secret' },
        organization_id: { secret: false, title: 'Organization ID', example: 'Your Organization ID' },
        dev_key: { secret: true, title: 'Developer Key', example: 'Your Developer Key' },
        role_arn: { secret: false, title: 'IAM Role ARN', example: 'arn:aws:iam::123456789012:role/NangoAccessRole' },
        issuerId: { secret: false, title: 'Issuer ID', example: 'Your Issuer ID' },
        privateKeyId: { secret: false, title: 'Key ID', example: 'Your Key ID' },
        privateKey: { secret: true, title: 'Private Key', example: 'Your Private Key' }
    };
    const OAUTH_MODES = ['OAUTH1', 'CUSTOM', 'APP', 'MCP_OAUTH2', 'MCP_OAUTH2_GENERIC', 'INSTALL_PLUGIN'];
    const CREDENTIAL_ENDPOINTS = {
        API_KEY: '/api-auth/api-key/', BASIC: '/api-auth/basic/', OAUTH2_CC: '/oauth2/auth/', TBA: '/auth/tba/',
        JWT: '/auth/jwt/', TWO_STEP: '/auth/two-step/', BILL: '/auth/bill/', SIGNATURE: '/auth/signature/',
        AWS_SIGV4: '/auth/aws-sigv4/'
    };

    /// The body each credentials endpoint takes (strict ones: only these keys), as
    /// @nangohq/frontend sends it; JWT and TWO_STEP take every credential of the schema.
    const BODY_KEYS = {
        API_KEY: ['apiKey'],
        BASIC: ['username', 'password'],
        OAUTH2_CC: ['client_id', 'client_secret', 'client_certificate', 'client_private_key'],
        TBA: ['token_id', 'token_secret', 'oauth_client_id_override', 'oauth_client_secret_override'],
        BILL: ['username', 'password', 'organization_id', 'dev_key'],
        SIGNATURE: ['type', 'username', 'password'],
        AWS_SIGV4: ['role_arn', 'region']
    };

    function isOAuthWindowMode(provider) {
        return (provider.auth_mode === 'OAUTH2' && !provider.installation) || OAUTH_MODES.indexOf(provider.auth_mode) >= 0;
    }

    /// Builds the ordered field list: {group: 'credentials'|'params'|'assertion_option', name,
    /// schema, base, hidden, preset, required, order}.
    function buildFields(provider, integration, session) {
        const preset = (session.integrations_config_defaults && session.integrations_config_defaults[integration.unique_key]
            && session.integrations_config_defaults[integration.unique_key].connection_config) || {};
        const preconfigured = integration.preconfigured_credentials || [];
        const fields = new Map();
        let order = 99;
        const add = (group, name, schema, explicitOrder) => {
            const id = group + '.' + name;
            const existing = fields.get(id);
            if (existing) {
                existing.schema = schema;
                return existing;
            }
            let position = explicitOrder;
            if (position === undefined) {
                order += 1;
                position = order;
            }
            const field = { group: group, name: name, schema: schema, order: position, base: null, preset: undefined };
            fields.set(id, field);
            return field;
        };
        for (const name of BASE_FIELDS[provider.auth_mode] || []) {
            if ((name === 'client_certificate' || name === 'client_private_key') && provider.require_client_certificate !== true) {
                continue;
            }
            const field = add('credentials', name, null);
            field.base = { optional: OPTIONAL_BASE[name] === true
                || (name === 'client_secret' && provider.token_request_auth_method === 'private_key_jwt') };
        }
        const credentials = Object.assign({}, provider.credentials || {});
        if (provider.auth_mode === 'TWO_STEP') {
            for (const [name, schema] of Object.entries(provider.integration_config || {})) {
                if (!(name in credentials)) {
                    credentials[name] = Object.assign({}, schema, { optional: false });
                }
            }
        }
        for (const [name, schema] of Object.entries(credentials)) {
            if (!schema || schema.automated || preconfigured.indexOf(name) >= 0) {
                continue;
            }
            add('credentials', name, schema);
        }
        for (const [name, schema] of Object.entries(provider.connection_config || {})) {
            if (!schema || schema.automated) {
                continue;
            }
            const field = add('params', name, schema, schema.order ? schema.order : undefined);
            if (preset[name] !== undefined) {
                field.preset = String(preset[name]);
            }
        }
        for (const [name, schema] of Object.entries(provider.assertion_option || {})) {
            add('assertion_option', name, schema);
        }
        if (provider.auth_mode === 'OAUTH2' && Object.keys(preset).length > 0) {
            for (const name of ['oauth_client_id_override', 'oauth_client_secret_override', 'oauth_refresh_token_override']) {
                if (name in preset && !fields.has('params.' + name) && !fields.has('credentials.' + name)) {
                    const field = add('credentials', name, null);
                    field.base = { optional: true };
                }
            }
        }
        const list = Array.from(fields.values());
        list.sort((a, b) => (a.order < b.order ? -1 : 1));
        for (const field of list) {
            const schema = field.schema || {};
            field.hidden = field.preset !== undefined || schema.hidden === true || schema.automated === true;
            field.optional = field.schema ? schema.optional === true : !!(field.base && field.base.optional);
        }
        return list;
    }

    function fieldId(field) {
        const plain = 'field-' + field.name;
        const taken = state.fields.some((other) => other !== field && other.name === field.name && other.group !== field.group
            && state.fields.indexOf(other) < state.fields.indexOf(field));
        return taken ? 'field-' + field.group + '-' + field.name : plain;
    }

    function defaultValue(field) {
        if (field.preset !== undefined) {
            return field.preset;
        }
        const schema = field.schema || {};
        if (schema.default_value !== undefined && schema.default_value !== null) {
            return String(schema.default_value);
        }
        if (schema.hidden) {
            return '';
        }
        if (Array.isArray(schema.enum) && schema.enum.length > 0 && !field.optional) {
            return String(schema.enum[0]);
        }
        return '';
    }

    /// visible_when {field, equals}: shown (validated, sent) only while that field of the same
    /// group has that value. (Go.tsx does not read it; the dev server's showcase provider uses it.)
    function conditionMet(field) {
        const rule = field.schema && field.schema.visible_when;
        if (!rule || typeof rule !== 'object' || !rule.field) {
            return true;
        }
        const other = state.fields.find((f) => f.name === rule.field && f.group === field.group)
            || state.fields.find((f) => f.name === rule.field);
        if (!other || !other.control) {
            return true;
        }
        const wanted = Array.isArray(rule.equals) ? rule.equals.map(String) : [String(rule.equals)];
        return wanted.indexOf(other.control.value) >= 0;
    }

    function applyConditions() {
        for (const field of state.fields) {
            if (field.wrapper) {
                field.wrapper.hidden = field.hidden || !conditionMet(field);
            }
        }
    }

    /// jsonSchemaToZod's rules: '' when valid, else the message.
    function validate(field, value) {
        const schema = field.schema;
        if (!conditionMet(field)) {
            return '';
        }
        if (!schema) { // a base field without a schema: min(1) unless optional
            return value === '' && !field.optional ? t('required') : '';
        }
        if (schema.hidden) {
            return '';
        }
        if (field.optional && value === '') {
            return '';
        }
        if (Array.isArray(schema.enum) && schema.enum.length > 0) {
            return schema.enum.map(String).indexOf(value) >= 0 ? '' : t('required');
        }
        const title = schema.title || field.name;
        if (schema.format === 'hostname') {
            if (!/^[a-zA-Z0-9.-]+$/.test(value)) return 'Invalid hostname';
        } else if (schema.format === 'uuid') {
            if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value)) return 'Invalid uuid';
        } else if (schema.format === 'uri') {
            try { new URL(value); } catch (e) { return 'Invalid url'; }
        } else if (schema.format === 'email') {
            if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'Invalid email';
        } else if (schema.default_value === undefined && value === '') {
            return t('required');
        }
        if (schema.pattern) {
            let re = null;
            try { re = new RegExp(schema.pattern); } catch (e) { re = null; }
            if (re && !re.test(value)) {
                return t('incorrect', { field: title });
            }
        }
        return '';
    }

    function renderForm() {
        const provider = state.provider;
        const integration = state.integration;
        const displayName = integration.display_name || provider.display_name || integration.unique_key;
        $('form-title').textContent = t('linkAccount', { provider: displayName });
        setLogo($('form-logo'), integration);
        $('form-error').hidden = true;
        const docs = (state.session.overrides && state.session.overrides[integration.unique_key]
            && state.session.overrides[integration.unique_key].docs_connect) || provider.docs_connect;
        $('docs').hidden = !docs;
        if (docs) {
            $('docs-link').href = docs;
        }
        const box = $('fields');
        box.textContent = '';
        for (const field of state.fields) {
            const schema = field.schema || {};
            const base = DEFAULTS[field.name] || {};
            const id = fieldId(field);
            field.id = id;
            const labelOverride = field.group === 'credentials' && integration.credentials_label ? integration.credentials_label[field.name] : undefined;
            const title = labelOverride || schema.title || base.title || field.name;
            const label = el('label', { for: id }, [document.createTextNode(title + ' ')]);
            if (!field.optional) {
                label.appendChild(el('span', { class: 'required', 'aria-hidden': 'true', text: '*' }));
            } else {
                label.appendChild(el('span', { class: 'optional', text: t('optional') }));
            }
            let control;
            const name = field.group + '.' + field.name;
            if (Array.isArray(schema.enum) && schema.enum.length > 0) {
                control = el('select', { id: id, name: name, 'aria-required': field.optional ? 'false' : 'true' });
                if (field.optional) {
                    control.appendChild(el('option', { value: '', text: '' }));
                }
                for (const option of schema.enum) {
                    control.appendChild(el('option', { value: String(option), text: String(option) }));
                }
            } else {
                control = el('input', {
                    id: id, name: name, type: schema.secret || base.secret ? 'password' : 'text', autocomplete: 'off',
                    spellcheck: 'false', placeholder: labelOverride ? '' : (schema.example || schema.title || base.example || ''),
                    'aria-required': field.optional ? 'false' : 'true'
                });
            }
            control.value = defaultValue(field);
            const message = el('p', { class: 'message', id: id + '-message', role: 'status', hidden: true });
            control.setAttribute('aria-describedby', message.id);
            control.addEventListener('input', () => onFieldInput(field));
            control.addEventListener('change', () => onFieldInput(field));
            const row = el('div', { class: 'control' }, [
                schema.prefix ? el('span', { class: 'affix', text: schema.prefix }) : null,
                control,
                schema.suffix ? el('span', { class: 'affix', text: schema.suffix }) : null
            ]);
            const wrapper = el('div', { class: 'field', 'data-field': name, hidden: field.hidden }, [
                label,
                !labelOverride && schema.description ? el('p', { class: 'description', text: schema.description }) : null,
                row,
                message
            ]);
            field.control = control;
            field.wrapper = wrapper;
            field.message = message;
            field.touched = false;
            box.appendChild(wrapper);
        }
        applyConditions();
        const visible = state.fields.filter((f) => !f.hidden).length;
        const autoTrigger = visible === 0;
        $('will-connect').hidden = !autoTrigger;
        if (autoTrigger) {
            $('will-connect').textContent = t('willConnect', { provider: displayName })
                + (provider.auth_mode === 'OAUTH2' ? ' ' + t('popupWarning') : '');
        }
        const aws = provider.auth_mode === 'AWS_SIGV4' && !state.session.isReconnecting;
        $('external-id-box').hidden = !aws;
        if (aws) {
            const preset = state.fields.find((f) => f.group === 'params' && f.name === 'external_id');
            state.externalId = (preset && preset.preset) || newUuid();
            $('external-id').value = state.externalId;
        }
        if (autoTrigger && !formValid()) {
            showFormError(t('invalidPreconfigured'));
        }
        updateSubmit();
        const first = state.fields.find((f) => !f.hidden);
        if (first) {
            first.control.focus();
        } else {
            $('submit').focus();
        }
    }

    function newUuid() {
        if (window.crypto && typeof window.crypto.randomUUID === 'function') {
            return window.crypto.randomUUID();
        }
        const b = new Uint8Array(16);
        window.crypto.getRandomValues(b);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
        return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }

    function setLogo(img, integration) {
        img.hidden = !integration.logo;
        img.onerror = () => { img.hidden = true; };
        if (integration.logo) {
            img.src = integration.logo;
        }
        img.alt = (integration.display_name || integration.unique_key) + ' logo';
    }

    function onFieldInput(field) {
        field.touched = true;
        state.dirty = true;
        const problem = validate(field, field.control.value);
        field.message.textContent = problem;
        field.message.hidden = problem === '';
        field.control.setAttribute('aria-invalid', problem === '' ? 'false' : 'true');
        applyConditions();
        updateSubmit();
    }

    function formValid() {
        return state.fields.every((f) => validate(f, f.control.value) === '');
    }

    function updateSubmit() {
        const submit = $('submit');
        submit.disabled = state.busy || !formValid();
        submit.textContent = state.busy ? t('connecting') : ($('form-error').hidden ? t('connect') : t('tryAgain'));
        document.body.setAttribute('data-busy', state.busy ? 'true' : 'false');
    }

    function showFormError(text) {
        $('form-error').textContent = text;
        $('form-error').hidden = false;
    }

    async function select(key) {
        const integration = state.integrations.find((i) => i.unique_key === key);
        if (!integration || state.busy) {
            return;
        }
        state.integration = integration;
        state.dirty = false;
        show('loading');
        try {
            const provider = await request('GET', '/providers/' + encodeURIComponent(integration.provider), { bearer: true, lang: lang });
            state.provider = provider.data;
        } catch (e) {
            showLoadError(e);
            return;
        }
        state.fields = [];
        state.fields = buildFields(state.provider, integration, state.session);
        renderForm();
        show('form');
    }

    function backToPicker() {
        if (state.single || state.busy) {
            return;
        }
        clearAuth();
        state.dirty = false;
        state.integration = null;
        state.provider = null;
        renderPicker();
        show('picker');
    }

    // ---- connecting --------------------------------------------------------------------------------

    function values() {
        const out = { credentials: {}, params: {}, assertion_option: {} };
        for (const field of state.fields) {
            const value = field.control.value;
            if (!conditionMet(field) || (value === '' && (field.optional || field.hidden))) {
                continue;
            }
            out[field.group][field.name] = value;
        }
        return out;
    }

    function buildQuery(params, extra) {
        const parts = ['connect_session_token=' + encodeURIComponent(state.token)];
        for (const [name, value] of Object.entries(params)) {
            parts.push(encodeURIComponent('params[' + name + ']') + '=' + encodeURIComponent(value));
        }
        for (const [name, value] of extra || []) {
            parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(value));
        }
        return parts.join('&');
    }

    async function submit() {
        if (state.busy || !formValid() || !state.provider) {
            return;
        }
        const provider = state.provider;
        const key = state.integration.unique_key;
        const v = values();
        state.busy = true;
        $('form-error').hidden = true;
        updateSubmit();
        try {
            let result;
            if (provider.auth_mode === 'NONE') {
                result = await credentialsCall('/auth/unauthenticated/', key, buildQuery(v.params), {});
            } else if (isOAuthWindowMode(provider)) {
                const extra = [];
                for (const name of ['oauth_client_id_override', 'oauth_client_secret_override', 'oauth_refresh_token_override']) {
                    if (v.credentials[name]) {
                        extra.push(['credentials[' + name + ']', v.credentials[name]]);
                    }
                }
                result = await oauth(key, buildQuery(v.params, extra));
            } else if (provider.auth_mode === 'OAUTH2' && provider.installation === 'outbound') {
                result = await credentialsCall('/auth/oauth-outbound/', key, buildQuery(v.params), undefined);
            } else if (CREDENTIAL_ENDPOINTS[provider.auth_mode]) {
                const all = Object.assign({}, v.credentials);
                const params = Object.assign({}, v.params);
                if (provider.auth_mode === 'SIGNATURE') {
                    all.type = 'SIGNATURE';
                }
                let body = all;
                if (BODY_KEYS[provider.auth_mode]) {
                    body = {};
                    for (const name of BODY_KEYS[provider.auth_mode]) {
                        if (name in all) {
                            body[name] = all[name];
                        }
                    }
                    if (provider.auth_mode === 'BASIC' && !('password' in body)) {
                        body.password = '';
                    }
                }
                if (provider.auth_mode === 'AWS_SIGV4') {
                    params.external_id = state.externalId;
                }
                if (provider.auth_mode === 'TWO_STEP' && Object.keys(v.assertion_option).length > 0) {
                    body.assertionOption = v.assertion_option;
                }
                result = await credentialsCall(CREDENTIAL_ENDPOINTS[provider.auth_mode], key, buildQuery(params), body);
            } else {
                throw new ApiError('invalid_auth_mode', 'The auth mode ' + provider.auth_mode + ' is not supported by this page', 0);
            }
            state.busy = false;
            onConnected(result);
        } catch (e) {
            state.busy = false;
            onConnectFailed(e);
        }
    }

    async function credentialsCall(prefix, key, queryString, body) {
        const json = await request('POST', prefix + encodeURIComponent(key), { query: queryString, body: body });
        if (!json.connectionId || !json.providerConfigKey) {
            throw new ApiError('invalid_response', 'The answer has no connectionId or providerConfigKey', 200);
        }
        const result = { providerConfigKey: json.providerConfigKey, connectionId: json.connectionId };
        if (typeof json.isPending === 'boolean') {
            result.isPending = json.isPending;
        }
        return result;
    }

    function onConnected(result) {
        state.dirty = false;
        clearAuth();
        const provider = state.provider;
        setLogo($('success-logo'), state.integration);
        $('success-message').textContent = t('successMessage', { provider: provider.display_name || state.integration.display_name })
            + (isTop ? ' ' + t('closeTab') : '');
        $('finish').hidden = isTop; // a connect link in its own tab: nothing to close
        show('success');
        triggerConnect(result);
    }

    function displayName() {
        return state.integration.display_name || (state.provider && state.provider.display_name) || state.integration.unique_key;
    }

    function onConnectFailed(error) {
        const type = error.type || 'unknown_error';
        if (type === 'blocked_by_browser' || type === 'window_closed') {
            const text = t(type === 'blocked_by_browser' ? 'popupBlocked' : 'popupClosed');
            showFormError(text);
            updateSubmit();
            triggerError(type, text);
            return;
        }
        let text = error.message || 'Unknown error';
        if (type === 'connection_test_failed') {
            text = t('invalidCredentials', { provider: displayName() });
        } else if (type === 'connection_validation_failed') {
            text = error.message || t('invalidCredentials', { provider: displayName() });
        } else if (type === 'resource_capped') {
            text = t('resourceCapped');
        }
        showConnectionFailed(text);
        triggerError(type, text);
    }

    function showConnectionFailed(text) {
        clearAuth();
        updateSubmit();
        $('error-title').textContent = t('connectionFailed');
        $('error-description').textContent = t('connectionErrorGeneric');
        $('error-message').textContent = text;
        document.body.removeAttribute('data-error-type');
        $('error-logo-box').hidden = false;
        setLogo($('error-logo'), state.integration);
        $('back').hidden = false;
        show('error');
    }

    // ---- OAuth: WebSocket + popup, as @nangohq/frontend ------------------------------------------

    function webSocketUrl() {
        const url = new URL(apiURL);
        const basePath = url.pathname.replace(/\/+$/, '');
        const wsPath = (state.session && state.session.websocketsPath) || '/';
        url.pathname = basePath + (wsPath.charAt(0) === '/' ? wsPath : '/' + wsPath);
        url.search = '';
        url.hash = '';
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        return url.href;
    }

    function oauth(key, queryString) {
        // Opened first, synchronously, as the SDK does (popup blockers).
        const left = Math.max(0, Math.round((window.screen.width - POPUP_WIDTH) / 2));
        const top = Math.max(0, Math.round((window.screen.height - POPUP_HEIGHT) / 2));
        const popup = window.open('', '_blank', 'width=' + POPUP_WIDTH + ',height=' + POPUP_HEIGHT + ',left=' + left + ',top=' + top);
        return new Promise((resolve, reject) => {
            clearAuth();
            if (!popup || popup.closed || typeof popup.closed === 'undefined') {
                reject(new ApiError('blocked_by_browser', 'Modal blocked by browser', 0));
                return;
            }
            const flow = { popup: popup, ws: null, timer: null, done: false };
            state.auth = flow;
            const finish = (error, result) => {
                if (flow.done) {
                    return;
                }
                flow.done = true;
                if (error) {
                    reject(error);
                } else {
                    resolve(result);
                }
            };
            let ws;
            try {
                ws = new WebSocket(webSocketUrl());
            } catch (e) {
                finish(new ApiError('websocket_closed', 'Could not open the WebSocket ' + webSocketUrl(), 0));
                return;
            }
            flow.ws = ws;
            ws.onmessage = (event) => {
                let data;
                try { data = JSON.parse(event.data); } catch (e) { return; }
                if (!data || typeof data !== 'object') {
                    return;
                }
                if (data.message_type === 'connection_ack') {
                    if (!data.ws_client_id) {
                        finish(new ApiError('missing_ws_client_id', 'The WebSocket acknowledgement has no ws_client_id', 0));
                        return;
                    }
                    const url = apiURL + '/oauth/connect/' + encodeURIComponent(key) + '?' + queryString
                        + '&ws_client_id=' + encodeURIComponent(data.ws_client_id);
                    // A host that refused the window may still have handed out a window object
                    // that is closed by now: blocked, as the SDK checks after navigating it.
                    try {
                        if (!popup.closed) {
                            popup.location = url;
                        }
                    } catch (e) { /* checked below */ }
                    if (popup.closed || typeof popup.closed === 'undefined') {
                        finish(new ApiError('blocked_by_browser', 'Modal blocked by browser', 0));
                    }
                } else if (data.message_type === 'success') {
                    const result = { providerConfigKey: data.provider_config_key, connectionId: data.connection_id };
                    if (typeof data.is_pending === 'boolean') {
                        result.isPending = data.is_pending;
                    }
                    finish(null, result);
                } else if (data.message_type === 'error') {
                    finish(new ApiError(data.error_type || 'unknown_error', data.error_desc || 'Authorization failed', 0));
                }
            };
            ws.onclose = () => {
                finish(new ApiError('websocket_closed', 'The WebSocket ' + webSocketUrl() + ' closed before the result', 0));
            };
            flow.timer = setInterval(() => {
                if (!popup.closed || flow.done) {
                    return;
                }
                if (detectClosedAuthWindow) {
                    finish(new ApiError('window_closed', 'The authorization window was closed before the authorization flow was completed', 0));
                }
            }, 500);
        });
    }

    /// Ends the running OAuth flow: the socket now, the popup 500 ms later (so the callback page
    /// can still post its message), as the SDK's clear().
    function clearAuth() {
        const flow = state.auth;
        if (!flow) {
            return;
        }
        state.auth = null;
        flow.done = true;
        clearInterval(flow.timer);
        if (flow.ws) {
            flow.ws.onclose = null;
            flow.ws.onmessage = null;
            try { flow.ws.close(); } catch (e) { /* closed */ }
        }
        setTimeout(() => {
            try {
                if (flow.popup && !flow.popup.closed) {
                    flow.popup.close();
                }
            } catch (e) { /* gone */ }
        }, 500);
    }

    // ---- events --------------------------------------------------------------------------------------

    window.addEventListener('message', (event) => {
        const data = event.data;
        if (!data || typeof data !== 'object' || typeof data.type !== 'string') {
            return;
        }
        if (data.type === 'session_token') {
            if (event.source === window.parent && window.parent !== window) {
                onToken(data.sessionToken);
            }
            return;
        }
        if (data.type === 'nango_oauth_callback_success' || data.type === 'nango_oauth_callback_error') {
            // Only from the callback window of the API's origin, then acknowledged (it closes itself).
            if (!event.origin || event.source === window || !apiOrigin || event.origin !== apiOrigin) {
                return;
            }
            try {
                if (event.source && typeof event.source.postMessage === 'function') {
                    event.source.postMessage({ type: 'nango_oauth_callback_ack' }, event.origin);
                }
            } catch (e) { /* gone */ }
            // An error is shown and reported even if the socket's error frame came first: the real
            // UI reports an OAuth refusal twice (the frame's type, then connection_validation_failed).
            const screen = document.body.getAttribute('data-screen');
            if (data.type === 'nango_oauth_callback_error' && data.payload && state.integration && (screen === 'form' || screen === 'error')) {
                const text = data.payload.message || t('authorizationFailed');
                state.busy = false;
                showConnectionFailed(text);
                triggerError('connection_validation_failed', text);
            }
        }
    });

    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
            event.preventDefault();
            triggerClose();
        }
    });
    $('search').addEventListener('input', () => renderPicker());
    $('search').addEventListener('keydown', (event) => {
        if (event.key === 'ArrowDown') {
            event.preventDefault();
            moveCurrent(1);
        } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            moveCurrent(-1);
        } else if (event.key === 'Home' && event.ctrlKey) {
            event.preventDefault();
            moveCurrent(-state.visible.length);
        } else if (event.key === 'End' && event.ctrlKey) {
            event.preventDefault();
            moveCurrent(state.visible.length);
        } else if (event.key === 'Enter') {
            event.preventDefault();
            const current = state.visible[state.current];
            if (current) {
                select(current.unique_key);
            }
        }
    });
    $('form').addEventListener('submit', (event) => {
        event.preventDefault();
        submit();
    });
    $('close').addEventListener('click', () => triggerClose());
    $('backdrop').addEventListener('click', () => triggerClose());
    $('form-back').addEventListener('click', () => backToPicker());
    $('finish').addEventListener('click', () => triggerClose());
    $('back').addEventListener('click', () => {
        // A failed connection: back to its form (the values kept), as Nango's "Back".
        if (state.integration && state.provider) {
            $('form-error').hidden = true;
            updateSubmit();
            show('form');
        }
    });

    // ---- start -------------------------------------------------------------------------------------

    applyTheme(themeParam);
    applyStaticTexts();
    show('loading');
    if (!neverReady) {
        post({ type: 'ready' });
    }
    if (tokenInUrl) {
        onToken(tokenInUrl);
    } else if (isTop) {
        showNoToken();
    } else {
        setTimeout(() => {
            if (state.token === null) {
                showNoToken();
            }
        }, NO_SESSION_TOKEN_TIMEOUT_MS);
    }
})();
