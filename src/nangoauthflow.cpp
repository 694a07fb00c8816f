// SPDX-License-Identifier: MIT
#include "nangoauthflow.h"
#include "nangoauthflow_p.h"

#include "nangobrowserrefusals_p.h"
#include "nangocatalog.h"

#include "nangocredentialsrequest_p.h"
#include "nangoerrorparser_p.h"
#include "nangoerrortypes.h"
#include "nangologging_p.h"
#include "nangomessages_p.h"
#include "nangoredaction_p.h"
#include "nangosystembrowserwindow.h"
#include "nangotls_p.h"
#include "nangovalidation_p.h"
#include "nangowebsocketsession_p.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QJsonObject>

#include <memory>

using namespace NangoQtPrivate;

namespace {

// After the window shows an error page from the Nango host, how long the result frame may
// still take (it normally arrives before the page).
constexpr int WindowErrorGraceMs = 1500;
// The longest a page's text is read for an error document.
constexpr int MaxPageText = 1024 * 1024;
// Browser::Auto: how long the provider lookup in the catalog may take before the embedded window is used.
constexpr int ProviderLookupMs = 5000;

const char UserClosedMessage[] =
    QT_TRANSLATE_NOOP("NangoAuth", "Authorization fail: The user has closed the authorization modal before the process was complete.");

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

// --- start ------------------------------------------------------------------------------------

NangoAuthFlowPrivate::NangoAuthFlowPrivate(NangoAuthFlow *q, const NangoAuthSettings &settings, QNetworkAccessManager *network,
                                           const NangoFlowRequest &request)
    : q(q)
    , settings(settings)
    , request(request)
    , network(network)
{
    timeoutTimer.setSingleShot(true);
    timeoutTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    windowErrorGrace.setSingleShot(true);
    windowErrorGrace.setInterval(WindowErrorGraceMs);
}

QString NangoAuthFlowPrivate::hostForMessages() const
{
    return (host.isValid() ? host : settings.host).toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void NangoAuthFlowPrivate::start()
{
    // The checks of every call, then the chosen flow's (docs/protocol.md §1–§2, §7). A refused
    // call keeps the mode it would have run when the refusal is about that mode's input.
    // Without a token (a reconnect needs one; other calls need one or a public key), NangoAuth
    // may ask the app for one: the checks run first, so a call that would be refused asks nothing.
    const bool needsToken = settings.connectSessionToken.isEmpty() && (request.reconnect || settings.publicKey.isEmpty());
    const bool mayAsk = needsToken && settings.canAskForToken && settings.canAskForToken();
    if (needsToken && !mayAsk && request.reconnect) {
        failLater(QString::fromLatin1(NangoErrorType::MissingConnectSessionToken),
                  NangoMessages::tr("Reconnect requires a connect session token: your backend makes one for the connection with "
                                    "POST /connect/sessions/reconnect (secret key; connection_id and integration_id) and the app sets it "
                                    "as NangoAuth::connectSessionToken (or supplies it with setConnectSessionTokenProvider())."));
        return;
    }
    NangoAuthSettings checked = settings;
    if (mayAsk)
        checked.connectSessionToken = QStringLiteral("(asked for)");
    if (const auto refused = checkCall(checked, request, &host)) {
        failLater(refused->type, refused->message);
        return;
    }
    mode = flowMode(request.options, request.create);
    if (const auto refused = checkMode(mode, request)) {
        failLater(refused->type, refused->message);
        return;
    }

    startTimeout();
    if (!mayAsk) {
        proceed();
        return;
    }
    const bool asked = settings.askForToken(request.integrationId, request.reconnect, q, [this](bool ok, const QString &why) {
        if (terminal)
            return;
        const QString token = settings.currentToken();
        if (!ok || token.isEmpty()) {
            fail(request.reconnect ? NangoErrorType::MissingConnectSessionToken : NangoErrorType::MissingAuthToken,
                 NangoMessages::tr("The call has no connect session token and the application gave none: %1").arg(why));
            return;
        }
        settings.connectSessionToken = token;
        proceed();
    });
    if (!asked)
        failLater(QString::fromLatin1(NangoErrorType::MissingAuthToken),
                  NangoMessages::tr("You must specify a public key OR a connect session token (cf. documentation)."));
}

void NangoAuthFlowPrivate::proceed()
{
    const NangoAuthOptions &options = request.options;
    if (opensWindow(mode, options)) {
        startOAuth();
        return;
    }
    startCredentials(endpointPath(mode, options) + percentEncode(request.integrationId), credentialsBody(mode, options));
}

void NangoAuthFlowPrivate::startTimeout()
{
    if (settings.timeout <= 0)
        return;
    timeoutTimer.setInterval(settings.timeout);
    QObject::connect(&timeoutTimer, &QTimer::timeout, q, [this] {
        fail(NangoErrorType::Timeout,
             NangoMessages::tr("No result from the Nango server at %1 within %2 s.").arg(hostForMessages()).arg(settings.timeout / 1000.0)
                 + (webSocket ? webSocket->ignoredFramesNote() : QString()));
    });
    timeoutTimer.start();
}

NangoQueryInput NangoAuthFlowPrivate::queryInput() const
{
    const NangoAuthOptions &options = request.options;
    NangoQueryInput in;
    in.connectionId = request.connectionId;
    in.publicKey = settings.publicKey;
    in.connectSessionToken = settings.connectSessionToken;
    in.params = options.params();
    in.hmac = options.hmac();
    in.userScope = options.userScope();
    in.authorizationParams = options.authorizationParams();
    return in;
}

// --- credentials branch -----------------------------------------------------------------------

void NangoAuthFlowPrivate::startCredentials(const QByteArray &path, const QByteArray &body)
{
    requestPath = path;
    requestBody = body;
    sendCredentials();
}

void NangoAuthFlowPrivate::sendCredentials()
{
    const QUrl url = buildUrl(host, requestPath, buildQuery(queryInput()));
    if (!url.isValid()) {
        failLater(QString::fromLatin1(NangoErrorType::InvalidHostUrl), NangoMessages::tr("Invalid URL provided for the Nango host."));
        return;
    }
    if (credentialsRequest) { // the retry: the first request is over
        credentialsRequest->disconnect(q);
        credentialsRequest->deleteLater();
    }
    credentialsRequest = new NangoCredentialsRequest(network, url, requestBody, host, settings.debug, q);
    credentialsRequest->setSslConfiguration(sslConfiguration(settings.caCertificates));
    credentialsRequest->setTimeout(settings.requestTimeout);
    QObject::connect(credentialsRequest, &NangoCredentialsRequest::succeeded, q,
                     [this](const QString &key, const QString &id) { succeed(key, id, false); });
    QObject::connect(credentialsRequest, &NangoCredentialsRequest::failed, q, [this](const QString &type, const QString &message) {
        if (!retryWithFreshToken(type, message))
            fail(type, message);
    });
    credentialsRequest->send();
}

bool NangoAuthFlowPrivate::retryWithFreshToken(const QString &type, const QString &message)
{
    if (type != QLatin1String(NangoErrorType::UnknownConnectSessionToken) || settings.connectSessionToken.isEmpty())
        return false;
    if (retriedWithFreshToken) {
        fail(type, message + QLatin1Char(' ')
                 + NangoMessages::tr("(The application's fresh connect session token was refused too; NangoQt asks only once per request.)"));
        return true;
    }
    if (!settings.askForToken || !settings.canAskForToken())
        return false;
    retriedWithFreshToken = true;
    const QString used = settings.connectSessionToken;
    const auto retry = [this, used, type, message](bool ok, const QString &) {
        if (terminal)
            return;
        const QString fresh = settings.currentToken();
        if (!ok || fresh.isEmpty() || fresh == used) {
            fail(type, message);
            return;
        }
        trace(settings.debug) << "Retrying" << requestPath << "once with a fresh connect session token";
        settings.connectSessionToken = fresh;
        sendCredentials();
    };
    const QString current = settings.currentToken();
    if (!current.isEmpty() && current != used) { // another flow got a fresh one meanwhile
        retry(true, QString());
        return true;
    }
    if (!settings.askForToken(request.integrationId, request.reconnect, q, retry))
        return false;
    return true;
}

// --- OAuth branch -----------------------------------------------------------------------------

void NangoAuthFlowPrivate::startOAuth()
{
    // The window is decided before any is made (README "Which window"). Browser::Auto may need
    // the provider's authorization URL from the catalog: then the WebSocket opens first and the
    // lookup runs while it connects.
    NangoAuth::Browser browser = settings.browser;
    switch (request.options.browser()) {
    case NangoAuthOptions::Browser::Default: break;
    case NangoAuthOptions::Browser::Auto: browser = NangoAuth::Browser::Auto; break;
    case NangoAuthOptions::Browser::Embedded: browser = NangoAuth::Browser::Embedded; break;
    case NangoAuthOptions::Browser::System: browser = NangoAuth::Browser::System; break;
    }
    if (browser == NangoAuth::Browser::Auto && needsProviderLookup()) {
        // Known already (an earlier flow or catalog read of this NangoAuth): decided at once, so
        // the embedded window appears inside auth() as without a lookup.
        QString cachedHost;
        if (cachedProviderHost(&cachedHost)) {
            decideAuto(cachedHost);
            return;
        }
        openWebSocket();
        if (terminal)
            return;
        lookUpProvider();
        return;
    }
    if (browser == NangoAuth::Browser::Auto) {
        decideAuto(authorizationHost(request.options.providerAuthorizationUrl()));
        return;
    }
    // 1. The window object first: a factory that cannot make one ends the flow before any
    //    WebSocket is opened (delivered from the event loop, like every refusal in auth()).
    setUpWindow(browser == NangoAuth::Browser::System ? WindowKind::System : WindowKind::Embedded);
}

bool NangoAuthFlowPrivate::needsProviderLookup() const
{
    // Only when the answer can change the window: an embedded one is registered (an app's own
    // windowFactory is used without a lookup: the catalog-driven models pass the provider's URL
    // in the options), some host may refuse, and the catalog can be read.
    return request.options.providerAuthorizationUrl().isEmpty() && !settings.windowFactory && NangoAuthWindow::embeddedFactory()
        && !settings.systemBrowserHosts.isEmpty() && !settings.connectSessionToken.isEmpty() && settings.lookupCatalog;
}

bool NangoAuthFlowPrivate::cachedProviderHost(QString *host) const
{
    NangoCatalog *catalog = settings.lookupCatalog ? settings.lookupCatalog() : nullptr;
    if (!catalog || !catalog->hasIntegrations())
        return false;
    const QString provider = catalog->integration(request.integrationId).value(QStringLiteral("provider")).toString();
    if (provider.isEmpty() || !catalog->hasProvider(provider))
        return false;
    *host = authorizationHost(catalog->provider(provider).value(QStringLiteral("authorization_url")).toString());
    return true;
}

void NangoAuthFlowPrivate::lookUpProvider()
{
    NangoCatalog *catalog = settings.lookupCatalog();
    if (!catalog) {
        decideAuto(QString());
        return;
    }
    lookup = new QObject(q);
    lookupSource = catalog;
    auto *limit = new QTimer(lookup);
    limit->setSingleShot(true);
    QObject::connect(limit, &QTimer::timeout, lookup, [this] {
        qCDebug(lcNangoCore).noquote() << "Flow for" << request.integrationId << ": no provider definition within"
                                       << ProviderLookupMs / 1000 << "s; using the embedded window";
        decideAuto(QString());
    });
    limit->start(ProviderLookupMs);
    const auto step = std::make_shared<std::function<void()>>();
    *step = [this, catalog] {
        if (terminal || windowDecided)
            return;
        if (!catalog->hasIntegrations()) {
            catalog->loadIntegrations();
            return;
        }
        const QString provider = catalog->integration(request.integrationId).value(QStringLiteral("provider")).toString();
        if (provider.isEmpty()) {
            qCDebug(lcNangoCore).noquote() << "Flow for" << request.integrationId
                                           << ": the integration is not in the catalog; using the embedded window";
            decideAuto(QString());
            return;
        }
        if (!catalog->hasProvider(provider)) {
            catalog->loadProvider(provider);
            return;
        }
        decideAuto(authorizationHost(catalog->provider(provider).value(QStringLiteral("authorization_url")).toString()));
    };
    QObject::connect(catalog, &NangoCatalog::loaded, lookup, [step](NangoCatalog::Request r, const QString &) {
        if (r == NangoCatalog::Integrations || r == NangoCatalog::Provider)
            (*step)();
    });
    QObject::connect(catalog, &NangoCatalog::failed, lookup,
                     [this](NangoCatalog::Request r, const QString &name, const QString &type, const QString &message) {
        if (r != NangoCatalog::Integrations && r != NangoCatalog::Provider)
            return;
        qCDebug(lcNangoCore).noquote() << "Flow for" << request.integrationId << ": the provider lookup failed (" << r << name
                                       << type << message << "); using the embedded window";
        decideAuto(QString());
    });
    trace(settings.debug).noquote() << "Looking up the provider of" << request.integrationId << "for the window while the WebSocket connects";
    QMetaObject::invokeMethod(lookup, [step] { (*step)(); }, Qt::QueuedConnection);
}

void NangoAuthFlowPrivate::decideAuto(const QString &host)
{
    if (terminal || windowDecided)
        return;
    endLookup();
    const QString matched = matchingHost(settings.systemBrowserHosts, host);
    if (!matched.isEmpty()) {
        const QString provider = NangoBrowserRefusals::instance().providerOf(matched);
        browserReason = provider.isEmpty()
            ? NangoMessages::tr("%1 is in NangoAuth::systemBrowserHosts").arg(host)
            : NangoMessages::tr("%1 refuses sign-in in embedded browsers").arg(provider);
        trace(settings.debug).noquote() << "Using the system browser for" << request.integrationId << ":" << browserReason;
        setUpWindow(WindowKind::System);
        return;
    }
    setUpWindow(WindowKind::EmbeddedOrSystem);
}

void NangoAuthFlowPrivate::endLookup()
{
    if (!lookup)
        return;
    // Its connections end now (this may run inside one of them); the catalog's loads go on for its cache.
    if (lookupSource)
        QObject::disconnect(lookupSource, nullptr, lookup, nullptr);
    for (QObject *child : lookup->children())
        child->disconnect();
    lookup->deleteLater();
    lookup = nullptr;
}

bool NangoAuthFlowPrivate::setUpWindow(WindowKind kind)
{
    windowDecided = true;
    QString why;
    NangoAuthWindow *w = createWindow(kind, &why);
    if (!w) {
        failLater(QString::fromLatin1(NangoErrorType::BlockedByBrowser), why);
        return false;
    }
    window = w;
    QObject::connect(w, &NangoAuthWindow::userClosed, q, [this] { onUserClosed(); });
    QObject::connect(w, &NangoAuthWindow::pageLoaded, q, [this](const QUrl &u, int s, const QString &t) { onPageLoaded(u, s, t); });
    QObject::connect(w, &NangoAuthWindow::errorOccurred, q, [this](const QString &type, const QString &message) {
        fail(type, message);
    });
    QObject::connect(&windowErrorGrace, &QTimer::timeout, q, [this] {
        fail(errorType.isEmpty() ? QString::fromLatin1(NangoErrorType::InvalidResponse) : errorType, errorMessage);
    });

    // 2. The WebSocket open is issued before the window starts its browser, so the handshake
    //    runs while an embedded window starts up (already issued when the window waited for a lookup).
    QPointer<NangoAuthFlow> self(q);
    if (!webSocket) {
        openWebSocket();
        if (!self || terminal || !window)
            return false; // the socket could not even start (the flow may be gone with its NangoAuth)
    }

    // 3. The window shows its connecting state until the ack (openWindow()).
    trace(settings.debug).noquote() << "Preparing the authorization window while the WebSocket connects to" << hostForMessages();
    window->prepare(settings.windowSize(), request.integrationId, host.host());
    if (self && !terminal && ackPending) {
        ackPending = false;
        openWindow(pendingWsClientId);
    }
    return true;
}

void NangoAuthFlowPrivate::openWebSocket()
{
    const QUrl wsUrl = NangoQtPrivate::webSocketUrl(host, settings.websocketsPath);
    const int ackTimeout = settings.timeout > 0 ? qMin(settings.timeout, 15000) : 15000;
    webSocket = new NangoWebSocketSession(wsUrl, settings.websocketsPath, settings.keepAliveInterval, ackTimeout, q);
    if (wsUrl.scheme() == QLatin1String("wss"))
        webSocket->setSslConfiguration(sslConfiguration(settings.caCertificates));
    QObject::connect(webSocket, &NangoWebSocketSession::acknowledged, q, [this](const QString &id) { openWindow(id); });
    QObject::connect(webSocket, &NangoWebSocketSession::resultReceived, q, [this](const NangoFrame &f) { onFrame(f); });
    QObject::connect(webSocket, &NangoWebSocketSession::failed, q, [this](const QString &type, const QString &message) {
        fail(type, message);
    });
    webSocket->open();
}

NangoAuthWindow *NangoAuthFlowPrivate::createWindow(WindowKind kind, QString *why)
{
    NangoAuthWindow *w = nullptr;
    if (kind == WindowKind::System) {
        w = new NangoSystemBrowserWindow;
    } else {
        NangoAuthWindowFactory factory = settings.windowFactory;
        if (!factory)
            factory = NangoAuthWindow::embeddedFactory();
        if (factory) {
            w = factory(q);
        } else if (kind == WindowKind::EmbeddedOrSystem) {
            w = new NangoSystemBrowserWindow;
        } else {
            *why = NangoMessages::tr("No embedded browser is available: link NangoQt::Widgets or import the NangoQt QML module, "
                                     "or set NangoAuth::browser to System.");
            return nullptr;
        }
    }
    if (!w)
        *why = NangoMessages::tr("The authorization window could not be created.");
    return w;
}

void NangoAuthFlowPrivate::openWindow(const QString &wsClientId)
{
    if (terminal)
        return;
    if (!windowDecided) {
        // The ack came before the window was decided (the provider lookup): open it once made.
        ackPending = true;
        pendingWsClientId = wsClientId;
        return;
    }
    if (!window) {
        // Deleted by someone else while connecting.
        fail(NangoErrorType::BlockedByBrowser, NangoMessages::tr("The authorization window is gone."));
        return;
    }
    NangoQueryInput in = queryInput();
    in.oauthClientIdOverride = request.options.oauthClientIdOverride();
    in.oauthClientSecretOverride = request.options.oauthClientSecretOverride();
    in.wsClientId = wsClientId;
    const QUrl url = buildUrl(host, "/oauth/connect/" + percentEncode(request.integrationId), buildQuery(in));

    authorizationUrl = url;
    inSystemBrowser = qobject_cast<NangoSystemBrowserWindow *>(window.data()) != nullptr;
    setState(NangoAuthFlow::State::WaitingForUser);
    trace(settings.debug) << "Opening the authorization window at" << redactedUrl(url);
    window->open(url, settings.windowSize(), request.integrationId);
}

void NangoAuthFlowPrivate::openAgain()
{
    if (terminal || !inSystemBrowser || state != NangoAuthFlow::State::WaitingForUser || !window || authorizationUrl.isEmpty())
        return;
    trace(settings.debug) << "Opening the authorization URL again in the system browser:" << redactedUrl(authorizationUrl);
    window->open(authorizationUrl, settings.windowSize(), request.integrationId);
}

void NangoAuthFlowPrivate::onFrame(const NangoFrame &frame)
{
    if (frame.type == NangoFrame::Success) {
        if (frame.connectionId.isEmpty()) {
            fail(NangoErrorType::InvalidResponse, NangoMessages::tr("The Nango server's success frame carried no connection_id."));
            return;
        }
        succeed(frame.providerConfigKey.isEmpty() ? request.integrationId : frame.providerConfigKey, frame.connectionId, frame.isPending);
        return;
    }
    const QString type = frame.errorType.isEmpty() ? QString::fromLatin1(NangoErrorType::UnknownError) : frame.errorType;
    fail(type, messageForCode(type, frame.errorDescription));
}

void NangoAuthFlowPrivate::onPageLoaded(const QUrl &url, int httpStatus, const QString &text)
{
    if (terminal)
        return;
    // A page of any origin saying this browser is refused (Google's disallowed_useragent, …):
    // the user cannot go on in this window; say what to change.
    if (!NangoBrowserRefusals::instance().markerIn(text.left(MaxPageText)).isEmpty()) {
        const QString refusing = url.host().isEmpty() ? url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment) : url.host();
        const QString chromium = webEngineChromiumVersion();
        const QString engine = chromium.isEmpty() ? NangoMessages::tr("the Chromium of QtWebEngine")
                                                  : NangoMessages::tr("Chromium %1 in QtWebEngine").arg(chromium);
        fail(NangoErrorType::BlockedByBrowser,
             NangoMessages::tr("%1 refuses this embedded browser (%2). Use the system browser for this integration: set "
                               "NangoAuth::browser to System, or add %1 to NangoAuth::systemBrowserHosts.")
                 .arg(refusing, engine));
        return;
    }
    if (!sameOrigin(url, host))
        return; // provider pages are the provider's business
    if (const auto error = parseErrorDocument(text.left(MaxPageText).toUtf8())) {
        // Errors found before the OAuth controller runs are answered in the window, not on the socket.
        fail(error->type, error->message);
        return;
    }
    if (httpStatus < 400)
        return;
    // An error page from the Nango host: the result frame normally arrives first; give it a moment.
    const bool callback = url.path().endsWith(QLatin1String("/oauth/callback"));
    errorType = QString::fromLatin1(callback ? NangoErrorType::CallbackError : NangoErrorType::InvalidResponse);
    errorMessage = callback
        ? NangoMessages::tr("The Nango server's callback page reported an error and sent no result: \"%1\".").arg(bodyExcerpt(text.toUtf8()))
        : NangoMessages::tr("The Nango server answered the authorization window with HTTP %1: \"%2\".").arg(httpStatus).arg(bodyExcerpt(text.toUtf8()));
    windowErrorGrace.start();
}

void NangoAuthFlowPrivate::onUserClosed()
{
    if (terminal)
        return;
    if (!request.options.detectClosedAuthWindow()) {
        trace(settings.debug) << "The user closed the window; detectClosedAuthWindow is off, waiting for a late result";
        return;
    }
    fail(NangoErrorType::AuthorizationCancelled, NangoMessages::tr(UserClosedMessage));
}

void NangoAuthFlowPrivate::cancel()
{
    if (terminal)
        return;
    fail(NangoErrorType::AuthorizationCancelled,
         NangoMessages::tr("Authorization cancelled: the application cancelled the flow before it was complete."));
}

// --- endings ----------------------------------------------------------------------------------

void NangoAuthFlowPrivate::failLater(const QString &type, const QString &message)
{
    QTimer::singleShot(0, q, [this, type, message] { fail(type, message); });
}

void NangoAuthFlowPrivate::setState(NangoAuthFlow::State s)
{
    if (state == s)
        return;
    state = s;
    Q_EMIT q->stateChanged(s);
}

void NangoAuthFlowPrivate::releaseResources()
{
    endLookup();
    timeoutTimer.stop();
    windowErrorGrace.stop();
    if (credentialsRequest) {
        credentialsRequest->disconnect(q);
        credentialsRequest->abort();
        credentialsRequest->deleteLater();
        credentialsRequest = nullptr;
    }
    if (webSocket) {
        webSocket->disconnect(q);
        webSocket->close();
        webSocket->deleteLater();
        webSocket = nullptr;
    }
    if (window) {
        window->disconnect(q);
        window->close();
        window->deleteLater();
        window = nullptr;
    }
}

void NangoAuthFlowPrivate::succeed(const QString &key, const QString &id, bool pending)
{
    if (terminal)
        return;
    terminal = true;
    releaseResources();
    providerConfigKey = key;
    connectionId = id;
    isPending = pending;
    trace(settings.debug) << "Flow for" << request.integrationId << "succeeded; connection" << id << (pending ? "(pending)" : "");
    deliver(NangoAuthFlow::State::Succeeded);
}

void NangoAuthFlowPrivate::fail(const QString &type, const QString &message)
{
    if (terminal)
        return;
    terminal = true;
    releaseResources();
    errorType = type;
    errorMessage = message;
    // A cancel is the user's or the application's choice, not a fault: info, not a warning.
    if (type == QLatin1String(NangoErrorType::AuthorizationCancelled))
        qCInfo(lcNangoCore).noquote() << "Flow for" << request.integrationId << "cancelled:" << message;
    else
        qCWarning(lcNangoCore).noquote() << "Flow for" << request.integrationId << "failed:" << type << "-" << message;
    deliver(NangoAuthFlow::State::Failed);
}

void NangoAuthFlowPrivate::deliver(NangoAuthFlow::State finalState)
{
    // Any slot may delete the flow (or its NangoAuth, and the flow with it): check after every
    // emission. NangoAuth re-emits the result from its slot on finished().
    QPointer<NangoAuthFlow> self(q);
    setState(finalState);
    if (!self)
        return;
    if (finalState == NangoAuthFlow::State::Succeeded)
        Q_EMIT q->succeeded(providerConfigKey, connectionId);
    else
        Q_EMIT q->failed(errorType, errorMessage);
    if (!self)
        return;
    Q_EMIT q->finished();
    if (self)
        q->deleteLater();
}

// --- NangoAuthFlow ----------------------------------------------------------------------------

NangoAuthFlow::NangoAuthFlow(const NangoAuthSettings &settings, QNetworkAccessManager *network, const NangoFlowRequest &request,
                             NangoAuth *parent)
    : QObject(parent)
    , d(new NangoAuthFlowPrivate(this, settings, network, request))
{
}

NangoAuthFlow::~NangoAuthFlow()
{
    // Destroyed mid-flow (its NangoAuth went away): stop quietly, no signal.
    d->terminal = true;
    d->releaseResources();
}

void NangoAuthFlow::start()
{
    d->start();
}

QString NangoAuthFlow::integrationId() const { return d->request.integrationId; }
NangoAuthMode::Mode NangoAuthFlow::authMode() const { return d->mode; }
NangoAuthFlow::State NangoAuthFlow::state() const { return d->state; }
bool NangoAuthFlow::isFinished() const { return d->terminal; }
QString NangoAuthFlow::providerConfigKey() const { return d->providerConfigKey; }
QString NangoAuthFlow::connectionId() const { return d->connectionId; }
bool NangoAuthFlow::isPending() const { return d->isPending; }
QString NangoAuthFlow::errorType() const { return d->state == State::Failed ? d->errorType : QString(); }
QString NangoAuthFlow::errorMessage() const { return d->state == State::Failed ? d->errorMessage : QString(); }
QUrl NangoAuthFlow::authorizationUrl() const { return d->authorizationUrl; }
bool NangoAuthFlow::isInSystemBrowser() const { return d->inSystemBrowser; }
QString NangoAuthFlow::browserReason() const { return d->browserReason; }

void NangoAuthFlow::openAgain()
{
    d->openAgain();
}

void NangoAuthFlow::cancel()
{
    d->cancel();
}
