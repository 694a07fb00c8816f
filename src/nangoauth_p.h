// SPDX-License-Identifier: MIT
#pragma once

#include "nangoauth.h"
#include "nangoauthsettings_p.h"
#include "nangocatalog.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

class NangoAuthPrivate
{
public:
    explicit NangoAuthPrivate(NangoAuth *q);
    /// For the library's own classes (the catalog): NangoAuth's private side.
    static NangoAuthPrivate *get(NangoAuth *auth) { return auth->d.get(); }
    static const NangoAuthPrivate *get(const NangoAuth *auth) { return auth->d.get(); }

    /// auth() and create(): makes the flow with the current settings, tracks it, starts it.
    NangoAuthFlow *start(const NangoQtPrivate::NangoFlowRequest &request);
    /// A flow ended (its finished()): re-emits its result, forgets it.
    void onFlowFinished(NangoAuthFlow *flow);
    /// A flow is gone (deleted, finished or not): forgets it.
    void forget(NangoAuthFlow *flow);
    void updateBusy();
    void releaseRetiredNetworks();

    // --- fresh connect session tokens (NangoAuth's class notes) ---
    bool canAskForToken() const;
    /// Starts a request for a token (or joins the one under way); @p done (if any) runs when it ends.
    bool askForToken(const QString &integrationId, bool reconnect, QObject *context,
                     const std::function<void(bool, const QString &)> &done);
    /// refreshConnectSessionToken() for the library's classes: the catalog of a reconnect session
    /// asks with @p reconnect true and the session's integration (TokenReply::isReconnect()).
    bool refresh(const QString &integrationId, bool reconnect);
    /// The request under way ends: the token is set when @p ok, the waiters run, then the signal.
    void finishTokenRequest(quint64 generation, bool ok, const QString &token, const QString &message);

    struct TokenWaiter
    {
        QPointer<QObject> context;
        std::function<void(bool, const QString &)> done;
    };
    NangoAuth::ConnectSessionTokenProvider tokenProvider;
    NangoConnectUIWindowFactory connectUIWindowFactory;
    QList<TokenWaiter> tokenWaiters;
    quint64 tokenGeneration = 0;
    bool tokenRequestPending = false;
    bool settingFreshToken = false;
    QTimer tokenTimer;

    NangoAuth *const q;
    NangoQtPrivate::NangoAuthSettings settings;
    /// settings.websocketsPath is the path flows use: the app's when it set one, else the
    /// session's (setSessionWebsocketsPath()), else "/".
    QString appWebsocketsPath = QStringLiteral("/");
    bool websocketsPathSetByApp = false;
    QString sessionWebsocketsPath;
    void updateWebsocketsPath();
    QNetworkAccessManager *network = nullptr;
    /// Managers replaced after a trust change, kept until the flows that may use them ended.
    QList<QNetworkAccessManager *> retiredNetworks;
    QList<NangoAuthFlow *> flows;
    bool busy = false;
    bool systemBrowserHostsSet = false; // by the app; else the resource's
    /// The catalog the flows look providers up in (Browser::Auto), made on first use.
    QPointer<NangoCatalog> catalog;
    NangoCatalog *lookupCatalog();
};
