// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/NangoAuthWindow>

#include <QPointer>

class NangoAuthFlow;
class QQmlEngine;
class QQuickWebEngineProfile;
class QQuickWindow;

/**
 * Adapts the QML AuthWindow (AuthWindow.qml: a Window with a WebEngineView) to Core's
 * NangoAuthWindow interface. Each flow gets its own window and its own off-the-record profile;
 * the profile is deleted after the window (WebEngine needs pages gone before their profile).
 */
class NangoQuickAuthWindow : public NangoAuthWindow
{
    Q_OBJECT
public:
    explicit NangoQuickAuthWindow(QQmlEngine *engine, QObject *parent = nullptr);
    ~NangoQuickAuthWindow() override;

    void open(const QUrl &url, const QSize &size, const QString &integrationId) override;
    void close() override;

    /// The factory NangoAuth uses: the flow's own QML engine when its NangoAuth was declared in
    /// QML, else one engine the module keeps for C++-made NangoAuth objects.
    static NangoAuthWindow *create(NangoAuthFlow *flow);

private:
    void fail(const QString &type, const QString &message);
    void releaseWindow();

    QPointer<QQmlEngine> m_engine;
    QPointer<QQuickWindow> m_window;
    QPointer<QQuickWebEngineProfile> m_profile;
};
