// SPDX-License-Identifier: MIT
#include "nangoauthflow.h"
#include "nangoauthflow_p.h"

#include "nangoerrorparser_p.h"
#include "nangoerrortypes.h"
#include "nangologging_p.h"
#include "nangoquery_p.h"
#include "nangosystembrowserwindow.h"
#include "nangowebsocketsession_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace NangoQtPrivate;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NangoAuth", text);
}

constexpr qint64 MaxResponseSize = 1024 * 1024;
// After the window shows an error page from the Nango host, how long the result frame may
// still take (it normally arrives before the page).
constexpr int WindowErrorGraceMs = 1500;

const char UserClosedMessage[] =
    QT_TRANSLATE_NOOP("NangoAuth", "Authorization fail: The user has closed the authorization modal before the process was complete.");

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

// --- NangoAuthFlowPrivate ---------------------------------------------------------------------

NangoAuthFlowPrivate::NangoAuthFlowPrivate(NangoAuthFlow *q, NangoAuth *auth)
    : q(q)
    , auth(auth)
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

bool NangoAuthFlowPrivate::validate(bool unauthenticated, QString *type, QString *message)
{
    QString why;
    host = normalizeHost(settings.host, &why);
    if (host.isEmpty()) {
        *type = QString::fromLatin1(NangoErrorType::InvalidHostUrl);
        *message = why;
        return false;
    }
    if (settings.publicKey.isEmpty() && settings.connectSessionToken.isEmpty()) {
        *type = QString::fromLatin1(NangoErrorType::MissingAuthToken);
        *message = tr("You must specify a public key OR a connect session token (cf. documentation).");
        return false;
    }
    if (!isValidIntegrationId(integrationId, &why)) {
        *type = QString::fromLatin1(NangoErrorType::InvalidIntegrationId);
        *message = why;
        return false;
    }
    const auto checkKeys = [&](const char *name, const QMap<QString, QString> &pairs) {
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            if (!isCarriableParamKey(QLatin1String(name), it.key(), &why)) {
                *type = QString::fromLatin1(NangoErrorType::InvalidParams);
                *message = why;
                return false;
            }
        }
        return true;
    };
    if (!checkKeys("params", options.params()) || !checkKeys("authorization_params", options.authorizationParams()))
        return false;
    if (unauthenticated) {
        kind = NangoAuthMode::None;
    } else if (options.hasApiKey()) {
        kind = NangoAuthMode::ApiKey;
        if (options.apiKey().isEmpty()) {
            *type = QString::fromLatin1(NangoErrorType::MissingCredentials);
            *message = tr("You must specify credentials. The API key is empty.");
            return false;
        }
    } else if (options.hasUsername() || options.hasPassword()) {
        kind = NangoAuthMode::Basic;
    } else if (!options.otherCredentials().isEmpty()) {
        *type = QString::fromLatin1(NangoErrorType::MissingCredentials);
        *message = tr("You must specify credentials. NangoQt supports an API key (apiKey) or a username and password; got: %1.")
                       .arg(options.otherCredentials().keys().join(QStringLiteral(", ")));
        return false;
    } else {
        kind = NangoAuthMode::OAuth2;
    }
    if (kind != NangoAuthMode::OAuth2 && !options.hmac().isEmpty() && requestedConnectionId.isEmpty()) {
        *type = QString::fromLatin1(NangoErrorType::MissingConnectionId);
        *message = tr("An HMAC was given without a connection id. For API-key, Basic and unauthenticated connections the server "
                      "generates the connection id before it checks the HMAC, so it can never match: pass the connection id "
                      "the HMAC was computed over.");
        return false;
    }
    return true;
}

void NangoAuthFlowPrivate::start(const QString &integrationIdIn, const QString &connectionIdIn,
                                 const NangoAuthOptions &optionsIn, bool unauthenticated)
{
    integrationId = integrationIdIn;
    requestedConnectionId = connectionIdIn;
    options = optionsIn;

    QString type, message;
    if (!validate(unauthenticated, &type, &message)) {
        if (kind != NangoAuthMode::ApiKey && kind != NangoAuthMode::Basic
            && kind != NangoAuthMode::None)
            kind = NangoAuthMode::Unknown;
        failLater(type.toLatin1().constData(), message);
        return;
    }

    if (settings.timeout > 0) {
        timeoutTimer.setInterval(settings.timeout);
        QObject::connect(&timeoutTimer, &QTimer::timeout, q, [this] {
            fail(NangoErrorType::Timeout,
                 tr("No result from the Nango server at %1 within %2 s.").arg(hostForMessages()).arg(settings.timeout / 1000.0)
                     + (webSocket ? webSocket->ignoredFramesNote() : QString()));
        });
        timeoutTimer.start();
    }

    const QByteArray key = percentEncode(integrationId);
    switch (kind) {
    case NangoAuthMode::ApiKey: {
        QJsonObject body{{QStringLiteral("apiKey"), options.apiKey()}};
        startHttp("/api-auth/api-key/" + key, QJsonDocument(body).toJson(QJsonDocument::Compact));
        break;
    }
    case NangoAuthMode::Basic: {
        // Current servers require both keys; an empty password is valid.
        QJsonObject body{{QStringLiteral("username"), options.username()}, {QStringLiteral("password"), options.password()}};
        startHttp("/api-auth/basic/" + key, QJsonDocument(body).toJson(QJsonDocument::Compact));
        break;
    }
    case NangoAuthMode::None:
        startHttp("/auth/unauthenticated/" + key, QByteArrayLiteral("{}"));
        break;
    case NangoAuthMode::OAuth2:
        startOAuth();
        break;
    case NangoAuthMode::Unknown:
        break;
    }
}

// --- credentials branch -----------------------------------------------------------------------

NangoQueryInput NangoAuthFlowPrivate::queryInput() const
{
    // What every endpoint's query carries (docs/protocol.md §3); the OAuth window adds its own.
    NangoQueryInput in;
    in.connectionId = requestedConnectionId;
    in.publicKey = settings.publicKey;
    in.connectSessionToken = settings.connectSessionToken;
    in.params = options.params();
    in.hmac = options.hmac();
    in.userScope = options.userScope();
    in.authorizationParams = options.authorizationParams();
    return in;
}

void NangoAuthFlowPrivate::startHttp(const QByteArray &path, const QByteArray &body)
{
    const QUrl url = buildUrl(host, path, buildQuery(queryInput()));
    if (!url.isValid()) {
        fail(NangoErrorType::InvalidHostUrl, tr("Invalid URL provided for the Nango host."));
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    // A redirect on these POST endpoints is never part of the protocol: report it, don't follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(nangoSslConfiguration(settings.caCertificates));
    NANGO_LOG(settings.debug) << "POST" << redactedUrl(url);

    reply = auth->d->network->post(request, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, q, [this](const QList<QSslError> &errors) {
        // Never ignored: remember why, the reply then fails with SslHandshakeFailedError.
        tlsErrorText = errors.isEmpty() ? QString() : errors.first().errorString();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, q, [this](qint64 received, qint64) {
        if (received > MaxResponseSize) {
            fail(NangoErrorType::InvalidResponse,
                 tr("The Nango server at %1 sent an answer larger than %2 bytes.").arg(hostForMessages()).arg(MaxResponseSize));
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this] { onReplyFinished(); });
}

void NangoAuthFlowPrivate::onReplyFinished()
{
    if (terminal || !reply)
        return;
    QNetworkReply *r = reply;
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = r->read(MaxResponseSize);
    const auto error = r->error();
    NANGO_LOG(settings.debug) << "Answer" << status << error;

    if (status == 0) {
        const QString where = hostForMessages();
        switch (error) {
        case QNetworkReply::SslHandshakeFailedError:
            fail(NangoErrorType::TlsError,
                 tr("The TLS connection to %1 failed: %2").arg(where, tlsErrorText.isEmpty() ? r->errorString() : tlsErrorText));
            return;
        case QNetworkReply::ConnectionRefusedError:
            fail(NangoErrorType::NetworkError, tr("Could not connect to the Nango server at %1: connection refused.").arg(where));
            return;
        case QNetworkReply::HostNotFoundError:
            fail(NangoErrorType::NetworkError, tr("Could not connect to the Nango server at %1: host not found.").arg(where));
            return;
        case QNetworkReply::RemoteHostClosedError:
            fail(NangoErrorType::NetworkError, tr("The Nango server at %1 closed the connection before answering.").arg(where));
            return;
        default:
            fail(NangoErrorType::NetworkError, tr("Could not reach the Nango server at %1: %2").arg(where, r->errorString()));
            return;
        }
    }

    if (status >= 300 && status < 400) {
        fail(NangoErrorType::InvalidResponse,
             tr("The Nango server at %1 answered HTTP %2, a redirect to \"%3\"; check the host setting.")
                 .arg(hostForMessages())
                 .arg(status)
                 .arg(QString::fromUtf8(r->rawHeader("Location")).left(120)));
        return;
    }
    if (status < 200 || status >= 300) {
        const NangoError e = parseErrorBody(status, body);
        fail(e.type, e.message);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    const QString cid = o.value(QLatin1String("connectionId")).toString();
    const QString pck = o.value(QLatin1String("providerConfigKey")).toString();
    if (cid.isEmpty() || pck.isEmpty()) {
        fail(NangoErrorType::InvalidResponse,
             tr("The Nango server answered HTTP %1 without connectionId and providerConfigKey: \"%2\".")
                 .arg(status)
                 .arg(bodyExcerpt(body)));
        return;
    }
    succeed(pck, cid, false);
}

// --- OAuth branch -----------------------------------------------------------------------------

void NangoAuthFlowPrivate::startOAuth()
{
    // 1. The window object first: a factory that cannot make one ends the flow before any
    //    WebSocket is opened (delivered from the event loop, like every refusal in auth()).
    QString why;
    NangoAuthWindow *w = createWindow(&why);
    if (!w) {
        failLater(NangoErrorType::BlockedByBrowser, why);
        return;
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
    //    runs while an embedded window starts up.
    const QUrl wsUrl = NangoQtPrivate::webSocketUrl(host, settings.websocketsPath);
    const int ackTimeout = settings.timeout > 0 ? qMin(settings.timeout, 15000) : 15000;
    webSocket = new NangoWebSocketSession(wsUrl, settings.websocketsPath, settings.keepAliveInterval, ackTimeout, q);
    if (wsUrl.scheme() == QLatin1String("wss"))
        webSocket->setSslConfiguration(nangoSslConfiguration(settings.caCertificates));
    QObject::connect(webSocket, &NangoWebSocketSession::acknowledged, q, [this](const QString &id) { openWindow(id); });
    QObject::connect(webSocket, &NangoWebSocketSession::resultReceived, q, [this](const NangoFrame &f) { onFrame(f); });
    QObject::connect(webSocket, &NangoWebSocketSession::failed, q, [this](const QString &type, const QString &message) {
        fail(type, message);
    });
    QPointer<NangoAuthFlow> self(q);
    webSocket->open();
    if (!self || terminal || !window)
        return; // the socket could not even start (the flow may be gone with its NangoAuth)

    // 3. The window shows its connecting state until the ack (openWindow()).
    NANGO_LOG(settings.debug).noquote() << "Preparing the authorization window while the WebSocket connects to" << hostForMessages();
    window->prepare(windowSize(), integrationId, host.host());
}

QSize NangoAuthFlowPrivate::windowSize() const
{
    return QSize(settings.width > 0 ? settings.width : NangoAuth::DefaultWidth,
                 settings.height > 0 ? settings.height : NangoAuth::DefaultHeight);
}

NangoAuthWindow *NangoAuthFlowPrivate::createWindow(QString *why)
{
    NangoAuthWindowFactory factory = settings.windowFactory;
    if (!factory && settings.browser != NangoAuth::Browser::System)
        factory = NangoAuthWindow::embeddedFactory();
    NangoAuthWindow *w = nullptr;
    if (settings.browser == NangoAuth::Browser::System) {
        w = new NangoSystemBrowserWindow;
    } else if (factory) {
        w = factory(q);
    } else if (settings.browser == NangoAuth::Browser::Auto) {
        w = new NangoSystemBrowserWindow;
    } else {
        *why = tr("No embedded browser is available: link NangoQt::Widgets or import the NangoQt QML module, "
                  "or set NangoAuth::browser to System.");
        return nullptr;
    }
    if (!w)
        *why = tr("The authorization window could not be created.");
    return w;
}

void NangoAuthFlowPrivate::openWindow(const QString &wsClientId)
{
    if (terminal)
        return;
    if (!window) {
        // Deleted by someone else while connecting.
        fail(NangoErrorType::BlockedByBrowser, tr("The authorization window is gone."));
        return;
    }
    NangoQueryInput in = queryInput();
    in.oauthClientIdOverride = options.oauthClientIdOverride();
    in.oauthClientSecretOverride = options.oauthClientSecretOverride();
    in.wsClientId = wsClientId;
    const QUrl url = buildUrl(host, "/oauth/connect/" + percentEncode(integrationId), buildQuery(in));

    authorizationUrl = url;
    inSystemBrowser = qobject_cast<NangoSystemBrowserWindow *>(window.data()) != nullptr;
    setState(NangoAuthFlow::State::WaitingForUser);
    NANGO_LOG(settings.debug) << "Opening the authorization window at" << redactedUrl(url);
    window->open(url, windowSize(), integrationId);
}

void NangoAuthFlowPrivate::onFrame(const NangoFrame &frame)
{
    if (frame.type == NangoFrame::Success) {
        if (frame.connectionId.isEmpty()) {
            fail(NangoErrorType::InvalidResponse, tr("The Nango server's success frame carried no connection_id."));
            return;
        }
        succeed(frame.providerConfigKey.isEmpty() ? integrationId : frame.providerConfigKey, frame.connectionId, frame.isPending);
        return;
    }
    const QString type = frame.errorType.isEmpty() ? QString::fromLatin1(NangoErrorType::UnknownError) : frame.errorType;
    fail(type, messageForCode(type, frame.errorDescription));
}

void NangoAuthFlowPrivate::onPageLoaded(const QUrl &url, int httpStatus, const QString &text)
{
    if (terminal || !sameOrigin(url, host))
        return; // provider pages are the provider's business
    if (const auto error = parseErrorDocument(text.left(MaxResponseSize).toUtf8())) {
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
        ? tr("The Nango server's callback page reported an error and sent no result: \"%1\".").arg(bodyExcerpt(text.toUtf8()))
        : tr("The Nango server answered the authorization window with HTTP %1: \"%2\".").arg(httpStatus).arg(bodyExcerpt(text.toUtf8()));
    windowErrorGrace.start();
}

void NangoAuthFlowPrivate::onUserClosed()
{
    if (terminal)
        return;
    if (!options.detectClosedAuthWindow()) {
        NANGO_LOG(settings.debug) << "The user closed the window; detectClosedAuthWindow is off, waiting for a late result";
        return;
    }
    fail(QString::fromLatin1(NangoErrorType::AuthorizationCancelled), tr(UserClosedMessage));
}

void NangoAuthFlowPrivate::cancel()
{
    if (terminal)
        return;
    fail(NangoErrorType::AuthorizationCancelled,
         tr("Authorization cancelled: the application cancelled the flow before it was complete."));
}

// --- endings ----------------------------------------------------------------------------------

void NangoAuthFlowPrivate::failLater(const char *type, const QString &message)
{
    const QString t = QString::fromLatin1(type);
    QTimer::singleShot(0, q, [this, t, message] { fail(t, message); });
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
    timeoutTimer.stop();
    windowErrorGrace.stop();
    if (reply) {
        reply->disconnect(q);
        reply->abort();
        reply->deleteLater();
        reply = nullptr;
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

void NangoAuthFlowPrivate::succeed(const QString &pck, const QString &cid, bool pending)
{
    if (terminal)
        return;
    terminal = true;
    releaseResources();
    providerConfigKey = pck;
    connectionId = cid;
    isPending = pending;
    NANGO_LOG(settings.debug) << "Flow for" << integrationId << "succeeded; connection" << cid << (pending ? "(pending)" : "");
    deliver(NangoAuthFlow::State::Succeeded, [&](QObject *target) {
        if (auto *flow = qobject_cast<NangoAuthFlow *>(target))
            Q_EMIT flow->succeeded(pck, cid);
        else
            Q_EMIT static_cast<NangoAuth *>(target)->succeeded(pck, cid);
    });
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
        qCInfo(lcNangoCore).noquote() << "Flow for" << integrationId << "cancelled:" << message;
    else
        qCWarning(lcNangoCore).noquote() << "Flow for" << integrationId << "failed:" << type << "-" << message;
    deliver(NangoAuthFlow::State::Failed, [&](QObject *target) {
        if (auto *flow = qobject_cast<NangoAuthFlow *>(target))
            Q_EMIT flow->failed(type, message);
        else
            Q_EMIT static_cast<NangoAuth *>(target)->failed(type, message);
    });
}

void NangoAuthFlowPrivate::deliver(NangoAuthFlow::State finalState, const std::function<void(QObject *)> &emitOn)
{
    // Any slot may delete the flow or its NangoAuth: check both after every emission.
    QPointer<NangoAuthFlow> self(q);
    QPointer<NangoAuth> owner(auth);
    setState(finalState);
    if (self)
        emitOn(q);
    if (owner && self)
        emitOn(owner);
    if (self)
        finish();
}

void NangoAuthFlowPrivate::finish()
{
    QPointer<NangoAuthFlow> self(q);
    Q_EMIT q->finished();
    if (!self)
        return;
    if (auth) {
        auth->d->flows.removeAll(q);
        Q_EMIT auth->flowFinished(q);
        if (!self)
            return;
        if (auth)
            auth->d->updateBusy(auth);
    }
    if (self)
        q->deleteLater();
}

// --- NangoAuthFlow ----------------------------------------------------------------------------

NangoAuthFlow::NangoAuthFlow(NangoAuth *parent)
    : QObject(parent)
    , d(new NangoAuthFlowPrivate(this, parent))
{
}

NangoAuthFlow::~NangoAuthFlow()
{
    // Destroyed mid-flow (its NangoAuth went away): stop quietly, no signal.
    d->terminal = true;
    d->releaseResources();
    if (d->auth)
        d->auth->d->flows.removeAll(this);
}

QString NangoAuthFlow::integrationId() const { return d->integrationId; }
NangoAuthMode::Mode NangoAuthFlow::authMode() const { return d->kind; }
NangoAuthFlow::State NangoAuthFlow::state() const { return d->state; }
bool NangoAuthFlow::isFinished() const { return d->terminal; }
QString NangoAuthFlow::providerConfigKey() const { return d->providerConfigKey; }
QString NangoAuthFlow::connectionId() const { return d->connectionId; }
bool NangoAuthFlow::isPending() const { return d->isPending; }
QString NangoAuthFlow::errorType() const { return d->state == State::Failed ? d->errorType : QString(); }
QString NangoAuthFlow::errorMessage() const { return d->state == State::Failed ? d->errorMessage : QString(); }
QUrl NangoAuthFlow::authorizationUrl() const { return d->authorizationUrl; }
bool NangoAuthFlow::isInSystemBrowser() const { return d->inSystemBrowser; }

void NangoAuthFlow::cancel()
{
    d->cancel();
}
