// SPDX-License-Identifier: MIT
#include "nangoconnectuisession.h"

#include "nangoauth.h"
#include "nangoerrortypes.h"
#include "nangologging_p.h"
#include "nangomessages_p.h"
#include "nangosystembrowserwindow.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

using NangoQtPrivate::NangoMessages;

namespace {
/// The Connect UI's own wait for the token after `ready` (its NO_SESSION_TOKEN_TIMEOUT_MS).
constexpr int TokenWaitMs = 10 * 1000;
/// Two `error` messages this close together are one failure reported twice (an OAuth refusal:
/// the WebSocket's callback_err, then the popup's connection_validation_failed, ~60 ms apart).
constexpr int RepeatedErrorMs = 1000;

QString typeOf(const QJsonObject &message)
{
    return message.value(QLatin1String("type")).toString();
}

/// A `connect` or `error` event's fields: in its `payload` (the Connect UI's ConnectUIEvent
/// shape), or at the top level for a UI that sends them flat.
QJsonValue field(const QJsonObject &message, const char *name)
{
    const QJsonValue inPayload = message.value(QLatin1String("payload")).toObject().value(QLatin1String(name));
    return inPayload.isUndefined() ? message.value(QLatin1String(name)) : inPayload;
}
} // namespace

class NangoConnectUISessionPrivate
{
public:
    NangoConnectUISessionPrivate(NangoConnectUISession *q, NangoAuth *auth, const NangoConnectUIOptions &options,
                                 const NangoConnectUIWindowFactory &factory)
        : q(q)
        , auth(auth)
        , options(options)
        , factory(factory)
    {
    }

    QUrl apiUrl() const { return auth ? auth->host() : QUrl(); }
    /// The token to send: the session's own, else the NangoAuth's.
    QString token() const
    {
        if (!ownToken.isEmpty())
            return ownToken;
        return auth ? auth->connectSessionToken() : QString();
    }

    void startEmbedded(const NangoConnectUIWindowFactory &make);
    void startSystemBrowser();
    void openSystemBrowser();
    void onMessage(const QJsonObject &message, const QString &origin);
    void onReady();
    /// Posts the token if there is one; false if none.
    bool sendToken();
    /// After `ready` without a token: ask the app, or wait for setSessionToken().
    void requestToken();
    void onTokenRefreshed(bool ok);
    void onReadyTimeout();
    /// errorOccurred() from the event loop; then the session ends when @p thenClose.
    void failLater(const QString &type, const QString &message, bool thenClose);
    /// errorOccurred() now (the caller is in the event loop); false when the session is gone.
    bool emitError(const QString &type, const QString &message);
    /// Ends the session: the window closed quietly, closed() once.
    void finish();

    NangoConnectUISession *const q;
    QPointer<NangoAuth> auth;
    const NangoConnectUIOptions options;
    const NangoConnectUIWindowFactory factory;
    QString allowedOrigin;
    QUrl url;
    QPointer<NangoConnectUIWindow> window;
    QPointer<NangoSystemBrowserWindow> systemBrowser;
    QString ownToken;
    QTimer readyTimer;
    QTimer tokenTimer;
    QElapsedTimer lastError;
    QString lastConnection;
    bool open = true;
    bool loaded = false;
    bool inSystemBrowser = false;
    bool systemLinkOpened = false;
    bool waitingForToken = false;
    bool askedForToken = false;
};

NangoConnectUISession::NangoConnectUISession(NangoAuth *auth, const NangoConnectUIOptions &options, const NangoConnectUIWindowFactory &factory)
    : QObject(auth)
    , d(new NangoConnectUISessionPrivate(this, auth, options, factory))
{
    d->readyTimer.setSingleShot(true);
    d->readyTimer.setTimerType(Qt::PreciseTimer); // "10 s" means 10 s, not 9.5 (CoarseTimer's 5 %)
    d->tokenTimer.setSingleShot(true);
    connect(&d->readyTimer, &QTimer::timeout, this, [this] { d->onReadyTimeout(); });
    connect(&d->tokenTimer, &QTimer::timeout, this, [this] {
        if (!d->waitingForToken || !d->open)
            return;
        d->waitingForToken = false;
        d->emitError(QString::fromLatin1(NangoErrorType::MissingConnectSessionToken),
                     NangoMessages::tr("The Connect UI got no connect session token within %1 s: set NangoAuth::connectSessionToken, call "
                                       "NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.")
                         .arg(TokenWaitMs / 1000));
    });
    if (auth) {
        // A token set on the NangoAuth (QML's answer to connectSessionTokenRequested, the provider's).
        connect(auth, &NangoAuth::connectSessionTokenChanged, this, [this] {
            if (d->waitingForToken && d->ownToken.isEmpty() && d->open) {
                if (d->inSystemBrowser)
                    d->openSystemBrowser();
                else
                    d->sendToken();
            }
        });
        connect(auth, &NangoAuth::connectSessionTokenRefreshed, this, [this](bool ok) { d->onTokenRefreshed(ok); });
    }
}

NangoConnectUISession::~NangoConnectUISession()
{
    if (d->window) {
        d->window->disconnect(this);
        d->window->close();
        delete d->window.data();
    }
    delete d->systemBrowser.data();
}

void NangoConnectUISession::start()
{
    d->allowedOrigin = d->options.allowedOrigin();
    const QUrl base = d->options.baseUrl();
    const QString scheme = base.scheme();
    if (d->allowedOrigin.isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        d->failLater(QString::fromLatin1(NangoErrorType::InvalidHostUrl),
                     NangoMessages::tr("The Connect UI's base URL \"%1\" is not an http(s) URL: set NangoConnectUIOptions::baseUrl "
                                       "(default https://connect.nango.dev; a self-hosted Nango's connect URL).")
                         .arg(base.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)),
                     true);
        return;
    }
    const NangoAuth::Browser browser = d->auth ? d->auth->browser() : NangoAuth::Browser::Auto;
    NangoConnectUIWindowFactory make = d->factory;
    if (!make && browser != NangoAuth::Browser::System)
        make = NangoConnectUIWindow::embeddedFactory();
    if (browser == NangoAuth::Browser::System || (!make && browser == NangoAuth::Browser::Auto)) {
        // From the event loop: a setSessionToken() right after openConnectUI() is in time.
        d->inSystemBrowser = true;
        d->url = d->options.connectLink(QString(), d->apiUrl());
        QUrlQuery query(d->url);
        query.removeAllQueryItems(QStringLiteral("session_token"));
        d->url.setQuery(query); // the link without its token (the property and the logs)
        QMetaObject::invokeMethod(this, [this] {
            if (d->open)
                d->startSystemBrowser();
        }, Qt::QueuedConnection);
    } else if (!make) {
        d->failLater(QString::fromLatin1(NangoErrorType::BlockedByBrowser),
                     NangoMessages::tr("No embedded browser is available for the Connect UI: link NangoQt::Widgets or import the NangoQt "
                                       "QML module, or set NangoAuth::browser to System."),
                     true);
    } else {
        d->startEmbedded(make);
    }
}

void NangoConnectUISessionPrivate::startEmbedded(const NangoConnectUIWindowFactory &make)
{
    window = make(q);
    if (!window) {
        failLater(QString::fromLatin1(NangoErrorType::BlockedByBrowser), NangoMessages::tr("The Connect UI window could not be created."), true);
        return;
    }
    window->setParent(q);
    QObject::connect(window, &NangoConnectUIWindow::messageReceived, q,
                     [this](const QJsonObject &message, const QString &origin) { onMessage(message, origin); });
    QObject::connect(window, &NangoConnectUIWindow::userClosed, q, [this] {
        qCDebug(lcNangoCore) << "The user closed the Connect UI window";
        finish();
    });
    QObject::connect(window, &NangoConnectUIWindow::errorOccurred, q, [this](const QString &type, const QString &message) {
        if (emitError(type, message))
            finish();
    });
    url = options.url(apiUrl(), options.resolvedTheme(window->paletteTheme()));
    qCDebug(lcNangoCore) << "Opening the Connect UI at" << url << "accepting messages from" << allowedOrigin;
    readyTimer.start(options.readyTimeout());
    window->open(url, allowedOrigin);
}

void NangoConnectUISessionPrivate::startSystemBrowser()
{
    if (!token().isEmpty()) {
        openSystemBrowser();
        return;
    }
    waitingForToken = true;
    if (auth && auth->refreshConnectSessionToken()) {
        askedForToken = true;
        return;
    }
    waitingForToken = false;
    if (emitError(QString::fromLatin1(NangoErrorType::MissingConnectSessionToken),
                  NangoMessages::tr("The connect link needs a connect session token: set NangoAuth::connectSessionToken (your backend makes "
                                    "it with POST /connect/sessions), call NangoConnectUISession::setSessionToken(), or give the NangoAuth "
                                    "a token provider.")))
        finish();
}

void NangoConnectUISessionPrivate::openSystemBrowser()
{
    if (systemLinkOpened || !open)
        return;
    const QString sessionToken = token();
    if (sessionToken.isEmpty())
        return;
    waitingForToken = false;
    systemLinkOpened = true;
    systemBrowser = new NangoSystemBrowserWindow(q);
    QObject::connect(systemBrowser, &NangoAuthWindow::errorOccurred, q, [this](const QString &type, const QString &message) {
        if (emitError(type, message))
            finish();
    });
    qCDebug(lcNangoCore) << "Opening the Connect UI's connect link in the system browser:" << url << "(session_token not shown)";
    systemBrowser->open(options.connectLink(sessionToken, apiUrl()), QSize(), QString());
}

void NangoConnectUISessionPrivate::onMessage(const QJsonObject &message, const QString &origin)
{
    if (!open)
        return;
    const QString type = typeOf(message);
    if (origin != allowedOrigin) {
        qCDebug(lcNangoCore) << "Ignored a Connect UI message" << type << "from" << origin << "(only" << allowedOrigin << "is accepted)";
        return;
    }
    if (type == QLatin1String("ready")) {
        onReady();
    } else if (type == QLatin1String("close")) {
        finish();
    } else if (type == QLatin1String("connect")) {
        const QString key = field(message, "providerConfigKey").toString();
        const QString connectionId = field(message, "connectionId").toString();
        if (connectionId.isEmpty()) {
            qCDebug(lcNangoCore) << "Ignored a Connect UI connect message without a connectionId";
            return;
        }
        const QString identity = key + QLatin1Char('\n') + connectionId;
        if (identity == lastConnection)
            return;
        lastConnection = identity;
        Q_EMIT q->connected(key, connectionId, field(message, "isPending").toBool());
    } else if (type == QLatin1String("error")) {
        if (lastError.isValid() && lastError.elapsed() < RepeatedErrorMs) {
            qCDebug(lcNangoCore) << "The Connect UI reported the same failure again:" << field(message, "errorType").toString();
            return;
        }
        QString errorType = field(message, "errorType").toString();
        if (errorType.isEmpty())
            errorType = QString::fromLatin1(NangoErrorType::UnknownError);
        QString text = field(message, "errorMessage").toString();
        if (text.isEmpty())
            text = NangoMessages::tr("The Connect UI reported an error (%1).").arg(errorType);
        lastError.start();
        emitError(errorType, text);
    } else {
        qCDebug(lcNangoCore) << "Ignored a Connect UI message of type" << type;
    }
}

void NangoConnectUISessionPrivate::onReady()
{
    readyTimer.stop();
    QPointer<NangoConnectUISession> self(q);
    if (!loaded) {
        loaded = true;
        Q_EMIT q->loadedChanged();
        if (!self)
            return;
        Q_EMIT q->ready();
        if (!self || !open)
            return;
    }
    // The UI sends `ready` again when it reloads: it gets the token again.
    if (!sendToken())
        requestToken();
}

bool NangoConnectUISessionPrivate::sendToken()
{
    const QString sessionToken = token();
    if (sessionToken.isEmpty() || !window || !loaded)
        return false;
    waitingForToken = false;
    tokenTimer.stop();
    qCDebug(lcNangoCore) << "Posting the session token to the Connect UI";
    window->postMessage(QJsonObject{{QStringLiteral("type"), QStringLiteral("session_token")}, {QStringLiteral("sessionToken"), sessionToken}});
    return true;
}

void NangoConnectUISessionPrivate::requestToken()
{
    if (waitingForToken)
        return;
    waitingForToken = true;
    tokenTimer.start(TokenWaitMs);
    if (auth && auth->refreshConnectSessionToken())
        askedForToken = true;
    // else: the app may still call setSessionToken() while the UI waits for it.
}

void NangoConnectUISessionPrivate::onTokenRefreshed(bool ok)
{
    if (!askedForToken || !open)
        return;
    askedForToken = false;
    if (!waitingForToken)
        return; // sent meanwhile (connectSessionTokenChanged, setSessionToken)
    if (ok && !token().isEmpty()) {
        if (inSystemBrowser)
            openSystemBrowser();
        else
            sendToken();
        return;
    }
    waitingForToken = false;
    tokenTimer.stop();
    if (emitError(QString::fromLatin1(NangoErrorType::MissingConnectSessionToken),
                  NangoMessages::tr("The application gave no connect session token for the Connect UI."))
        && inSystemBrowser)
        finish();
}

void NangoConnectUISessionPrivate::onReadyTimeout()
{
    if (loaded || !open)
        return;
    if (emitError(QString::fromLatin1(NangoErrorType::ConnectUINotReady),
                  NangoMessages::tr("The Connect UI at %1 did not start: no \"ready\" message came from %2 within %3 s. Check "
                                    "NangoConnectUIOptions::baseUrl (a self-hosted Nango's NANGO_PUBLIC_CONNECT_URL), that the server "
                                    "answers, and that it lets the page be framed (no X-Frame-Options or frame-ancestors refusal).")
                      .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo), allowedOrigin)
                      .arg(options.readyTimeout() / 1000.0)))
        finish();
}

void NangoConnectUISessionPrivate::failLater(const QString &type, const QString &message, bool thenClose)
{
    QMetaObject::invokeMethod(q, [this, type, message, thenClose] {
        if (!open)
            return;
        if (emitError(type, message) && thenClose)
            finish();
    }, Qt::QueuedConnection);
}

bool NangoConnectUISessionPrivate::emitError(const QString &type, const QString &message)
{
    QPointer<NangoConnectUISession> self(q);
    qCDebug(lcNangoCore).noquote() << "Connect UI error:" << type << message;
    Q_EMIT q->errorOccurred(type, message);
    return self && open;
}

void NangoConnectUISessionPrivate::finish()
{
    if (!open)
        return;
    open = false;
    readyTimer.stop();
    tokenTimer.stop();
    waitingForToken = false;
    if (NangoConnectUIWindow *w = window) {
        window = nullptr;
        w->disconnect(q);
        w->close();
        w->deleteLater();
    }
    if (NangoSystemBrowserWindow *b = systemBrowser) {
        systemBrowser = nullptr;
        b->disconnect(q);
        b->deleteLater();
    }
    QPointer<NangoConnectUISession> self(q);
    Q_EMIT q->openChanged();
    if (self)
        Q_EMIT q->closed();
}


NangoConnectUIOptions NangoConnectUISession::options() const { return d->options; }
QUrl NangoConnectUISession::url() const { return d->url; }
bool NangoConnectUISession::isOpen() const { return d->open; }
bool NangoConnectUISession::isLoaded() const { return d->loaded; }
bool NangoConnectUISession::isInSystemBrowser() const { return d->inSystemBrowser; }
NangoAuth *NangoConnectUISession::auth() const { return d->auth; }

void NangoConnectUISession::setSessionToken(const QString &token)
{
    d->ownToken = token.trimmed();
    if (!d->open || d->ownToken.isEmpty())
        return;
    if (d->inSystemBrowser) {
        if (d->waitingForToken)
            d->openSystemBrowser();
        return;
    }
    d->sendToken();
}

void NangoConnectUISession::close()
{
    d->finish();
}
