// SPDX-License-Identifier: MIT
#pragma once

#include "nangoauth_p.h"
#include "nangoauthflow.h"
#include "nangoframe_p.h"
#include "nangoquery_p.h"

#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;
namespace NangoQtPrivate {
class NangoWebSocketSession;
}

class NangoAuthFlowPrivate
{
public:
    NangoAuthFlowPrivate(NangoAuthFlow *q, NangoAuth *auth);

    void start(const QString &integrationId, const QString &connectionId,
               const NangoAuthOptions &options, bool unauthenticated);
    void cancel();

private:
    // Start-up checks of docs/protocol.md §1–§2, §7; on failure fills type and message.
    bool validate(bool unauthenticated, QString *type, QString *message);
    NangoQtPrivate::NangoQueryInput queryInput() const;
    void startHttp(const QByteArray &path, const QByteArray &body);
    void onReplyFinished();
    void startOAuth();
    NangoAuthWindow *createWindow(QString *why);
    QSize windowSize() const;
    void openWindow(const QString &wsClientId);
    void onFrame(const NangoQtPrivate::NangoFrame &frame);
    void onPageLoaded(const QUrl &url, int httpStatus, const QString &text);
    void onUserClosed();

    void succeed(const QString &providerConfigKey, const QString &connectionId, bool isPending);
    void fail(const QString &type, const QString &message);
    void fail(const char *type, const QString &message) { fail(QString::fromLatin1(type), message); }
    void deliver(NangoAuthFlow::State finalState, const std::function<void(QObject *)> &emitOn);
    void failLater(const char *type, const QString &message);
    void finish();

public:
    void releaseResources();

private:
    void setState(NangoAuthFlow::State state);
    QString hostForMessages() const;

public:
    NangoAuthFlow *const q;
    QPointer<NangoAuth> auth;
    NangoAuthSettings settings;
    QUrl host; // normalized
    QString integrationId;
    QString requestedConnectionId;
    NangoAuthOptions options;
    NangoAuthMode::Mode kind = NangoAuthMode::Unknown;
    NangoAuthFlow::State state = NangoAuthFlow::State::Starting;

    QString providerConfigKey;
    QString connectionId;
    bool isPending = false;
    QString errorType;
    QString errorMessage;

    QTimer timeoutTimer;
    QTimer windowErrorGrace;
    QPointer<QNetworkReply> reply;
    QString tlsErrorText;
    QUrl authorizationUrl;
    bool inSystemBrowser = false;
    NangoQtPrivate::NangoWebSocketSession *webSocket = nullptr;
    QPointer<NangoAuthWindow> window;
    bool terminal = false;
};
