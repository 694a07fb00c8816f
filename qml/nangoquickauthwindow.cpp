// SPDX-License-Identifier: MIT
#include "nangoquickauthwindow_p.h"

#include "nangoquickwindowsupport_p.h"
#include "nangoquicklogging_p.h"
#include "nangowebenginewarmup_p.h"
#include "nangowebpolicy_p.h"
#include "nangowindowplacement_p.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWebEngineProfile>
#include <QQuickWindow>
#include <QTimer>

NangoQuickAuthWindow::NangoQuickAuthWindow(QQmlEngine *engine, QObject *parent)
    : NangoAuthWindow(parent)
    , m_engine(engine)
{
}

NangoQuickAuthWindow::~NangoQuickAuthWindow()
{
    releaseWindow();
}

NangoAuthWindow *NangoQuickAuthWindow::create(NangoAuthFlow *flow)
{
    QQmlEngine *engine = flow ? qmlEngine(flow->parent()) : nullptr;
    return new NangoQuickAuthWindow(engine ? engine : NangoQuickPrivate::moduleEngine());
}

void NangoQuickAuthWindow::fail(const QString &type, const QString &message)
{
    // Never from inside open(): the flow may delete this window in its failed() handling.
    QMetaObject::invokeMethod(this, [this, type, message] { Q_EMIT errorOccurred(type, message); }, Qt::QueuedConnection);
}

bool NangoQuickAuthWindow::createWindow(const QSize &requested, const QString &integrationId, const QString &host, bool connecting)
{
    if (!m_engine) {
        fail(QString::fromLatin1(NangoErrorType::BlockedByBrowser), tr("The QML engine of the authorization window is gone."));
        return false;
    }
    QQmlComponent component(m_engine, QUrl(QStringLiteral("qrc:/qt/qml/NangoQt/AuthWindow.qml")));
    // A connecting window gets its profile (and so its view) a moment later: ensureProfile().
    if (!connecting)
        ensureProfile();
    // Centered on the app's active window (or the screen), kept inside the available area.
    QWindow *anchor = QGuiApplication::focusWindow();
    const QRect available = NangoWebEngine::availableArea(anchor ? anchor->screen() : QGuiApplication::primaryScreen());
    const auto around = anchor ? std::optional<QRect>(anchor->frameGeometry()) : std::nullopt;
    const QRect frame = NangoWebEngine::placeWindow(requested, available, around);
    QVariantMap properties{
        {QStringLiteral("profile"), QVariant::fromValue(m_profile.data())},
        {QStringLiteral("integrationId"), integrationId},
        {QStringLiteral("width"), frame.width()},
        {QStringLiteral("height"), frame.height()},
        {QStringLiteral("connecting"), connecting},
    };
    if (!host.isEmpty())
        properties.insert(QStringLiteral("host"), host);
    QObject *object = component.createWithInitialProperties(properties);
    m_window = qobject_cast<QQuickWindow *>(object);
    if (!m_window) {
        delete object;
        const QString why = component.isError() ? component.errorString() : tr("AuthWindow is not a Window");
        qCWarning(lcNangoQuick).noquote() << "The authorization window could not be created:" << why;
        fail(QString::fromLatin1(NangoErrorType::BlockedByBrowser), tr("The authorization window could not be created: %1").arg(why));
        return false;
    }
    QQmlEngine::setObjectOwnership(m_window, QQmlEngine::CppOwnership);
    m_window->setPosition(frame.topLeft());
    if (anchor && anchor != m_window)
        m_window->setTransientParent(anchor);
    connect(m_window, SIGNAL(userClosed()), this, SLOT(onUserClosed()));
    connect(m_window, SIGNAL(pageLoaded(QUrl,int,QString)), this, SIGNAL(pageLoaded(QUrl,int,QString)));
    connect(m_window, SIGNAL(errorOccurred(QString,QString)), this, SIGNAL(errorOccurred(QString,QString)));
    // Destroyed by someone else (its engine went away): for the flow that is a user close.
    connect(m_window, &QObject::destroyed, this, [this] {
        m_window = nullptr;
        onUserClosed();
    });
    m_window->show();
    return true;
}

void NangoQuickAuthWindow::onUserClosed()
{
    m_userClosed = true;
    Q_EMIT userClosed();
}

void NangoQuickAuthWindow::ensureProfile()
{
    if (m_profile)
        return;
    // No storage name: off the record, this flow only. The first profile of a process starts
    // WebEngine (the slow part of a cold window).
    m_profile = new QQuickWebEngineProfile;
    if (m_window)
        m_window->setProperty("profile", QVariant::fromValue(m_profile.data())); // the view is made now
}

void NangoQuickAuthWindow::prepare(const QSize &size, const QString &integrationId, const QString &host)
{
    if (m_window || m_userClosed)
        return;
    if (!createWindow(size, integrationId, host, true))
        return;
    // The profile and view a moment later (see BrowserStartDelayMs), or at open() if sooner;
    // not at all for a window closed meanwhile (an early failure, a user close).
    QTimer::singleShot(NangoWebEngine::BrowserStartDelayMs, this, [this] {
        if (m_window && m_window->isVisible())
            ensureProfile();
    });
}

void NangoQuickAuthWindow::open(const QUrl &url, const QSize &requested, const QString &integrationId)
{
    // Closed by the user while connecting (detectClosedAuthWindow off): it stays closed.
    if (m_userClosed)
        return;
    if (const auto refusal = NangoWebEngine::openRefusal(url)) {
        fail(refusal->type, refusal->message);
        return;
    }
    if (!m_window && !createWindow(requested, integrationId, url.host(), false))
        return;
    ensureProfile();
    m_window->setProperty("host", url.host());
    m_window->setProperty("url", url); // ends the connecting state
}

void NangoQuickAuthWindow::close()
{
    releaseWindow();
}

void NangoQuickAuthWindow::releaseWindow()
{
    QQuickWebEngineProfile *profile = m_profile;
    m_profile = nullptr;
    QQuickWindow *window = m_window;
    m_window = nullptr;
    if (window)
        window->disconnect(this);
    NangoQuickPrivate::releaseWindow(window, profile);
}
