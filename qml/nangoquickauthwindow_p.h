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
 * prepare() shows the window connecting and gives it its profile (so its view) a moment later;
 * open() sets its url.
 */
class NangoQuickAuthWindow : public NangoAuthWindow
{
    Q_OBJECT
public:
    explicit NangoQuickAuthWindow(QQmlEngine *engine, QObject *parent = nullptr);
    ~NangoQuickAuthWindow() override;

    void prepare(const QSize &size, const QString &integrationId, const QString &host) override;
    void open(const QUrl &url, const QSize &size, const QString &integrationId) override;
    void close() override;

    /// The factory NangoAuth uses: the flow's own QML engine when its NangoAuth was declared in
    /// QML, else one engine the module keeps for C++-made NangoAuth objects.
    static NangoAuthWindow *create(NangoAuthFlow *flow);

private Q_SLOTS:
    void onUserClosed();

private:
    void fail(const QString &type, const QString &message);
    /// Makes, places and shows the AuthWindow on a new private profile; false after fail().
    bool createWindow(const QSize &size, const QString &integrationId, const QString &host, bool connecting);
    /// Makes the private profile and gives it to the window, whose view is then made.
    void ensureProfile();
    void releaseWindow();

    QPointer<QQmlEngine> m_engine;
    QPointer<QQuickWindow> m_window;
    QPointer<QQuickWebEngineProfile> m_profile;
    bool m_userClosed = false;
};
