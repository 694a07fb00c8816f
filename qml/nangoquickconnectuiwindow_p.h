// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/NangoConnectUIWindow>

#include <QPointer>

class NangoConnectUIBridge;
class QQmlEngine;
class QQuickWebEngineProfile;
class QQuickWindow;

/**
 * Adapts the QML ConnectUIWindow (ConnectUIWindow.qml: a Window with a WebEngineView and a
 * WebChannel) to Core's NangoConnectUIWindow interface: each session gets its own window, its
 * own off-the-record profile (deleted after the window) and its bridge (webengine/).
 */
class NangoQuickConnectUIWindow : public NangoConnectUIWindow
{
    Q_OBJECT
public:
    explicit NangoQuickConnectUIWindow(QQmlEngine *engine, QObject *parent = nullptr);
    ~NangoQuickConnectUIWindow() override;

    void open(const QUrl &url, const QString &allowedOrigin) override;
    void close() override;
    void postMessage(const QJsonObject &message) override;
    QString paletteTheme() const override;

    /// The factory: the session's NangoAuth's QML engine when it was declared in QML, else the
    /// module's engine for C++-made NangoAuth objects.
    static NangoConnectUIWindow *create(NangoConnectUISession *session);

private Q_SLOTS:
    void onUserClosed();

private:
    void fail(const QString &type, const QString &message);
    void releaseWindow();

    QPointer<QQmlEngine> m_engine;
    QPointer<QQuickWindow> m_window;
    QPointer<QQuickWebEngineProfile> m_profile;
    QPointer<NangoConnectUIBridge> m_bridge;
};
