// SPDX-License-Identifier: MIT
#include "nangoquickconnectuiwindow_p.h"

#include "nangoquickwindowsupport_p.h"
#include "nangoconnectuibridge_p.h"
#include "nangoquicklogging_p.h"
#include "nangowindowplacement_p.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoConnectUISession>
#include <NangoQt/NangoErrorTypes>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlWebChannel>
#include <QQmlEngine>
#include <QQuickWebEngineProfile>
#include <QQuickWindow>

namespace {
/// The Connect UI's dialog (500 × 700 at most) fills it.
constexpr QSize DefaultSize(500, 700);
} // namespace

NangoQuickConnectUIWindow::NangoQuickConnectUIWindow(QQmlEngine *engine, QObject *parent)
    : NangoConnectUIWindow(parent)
    , m_engine(engine)
{
}

NangoQuickConnectUIWindow::~NangoQuickConnectUIWindow()
{
    releaseWindow();
}

NangoConnectUIWindow *NangoQuickConnectUIWindow::create(NangoConnectUISession *session)
{
    QQmlEngine *engine = session && session->auth() ? qmlEngine(session->auth()) : nullptr;
    return new NangoQuickConnectUIWindow(engine ? engine : NangoQuickPrivate::moduleEngine());
}

void NangoQuickConnectUIWindow::fail(const QString &type, const QString &message)
{
    // Never from inside open(): the session may delete this window in its errorOccurred() handling.
    QMetaObject::invokeMethod(this, [this, type, message] { Q_EMIT errorOccurred(type, message); }, Qt::QueuedConnection);
}

void NangoQuickConnectUIWindow::open(const QUrl &url, const QString &allowedOrigin)
{
    if (m_window)
        return;
    if (!m_engine) {
        fail(QString::fromLatin1(NangoErrorType::BlockedByBrowser), tr("The QML engine of the Connect UI window is gone."));
        return;
    }
    // No storage name: off the record, this session only.
    m_profile = new QQuickWebEngineProfile;
    m_bridge = new NangoConnectUIBridge(url, allowedOrigin, this);
    connect(m_bridge, &NangoConnectUIBridge::messageReceived, this, &NangoConnectUIWindow::messageReceived);

    QQmlComponent component(m_engine, QUrl(QStringLiteral("qrc:/qt/qml/NangoQt/ConnectUIWindow.qml")));
    QWindow *anchor = QGuiApplication::focusWindow();
    const QRect available = NangoWebEngine::availableArea(anchor ? anchor->screen() : QGuiApplication::primaryScreen());
    const auto around = anchor ? std::optional<QRect>(anchor->frameGeometry()) : std::nullopt;
    const QRect frame = NangoWebEngine::placeWindow(DefaultSize, available, around);
    QObject *object = component.createWithInitialProperties({
        {QStringLiteral("profile"), QVariant::fromValue(m_profile.data())},
        {QStringLiteral("bridge"), QVariant::fromValue(static_cast<QObject *>(m_bridge.data()))},
        {QStringLiteral("hostPage"), NangoConnectUIBridge::hostPageUrl()},
        {QStringLiteral("width"), frame.width()},
        {QStringLiteral("height"), frame.height()},
    });
    m_window = qobject_cast<QQuickWindow *>(object);
    if (!m_window) {
        delete object;
        const QString why = component.isError() ? component.errorString() : tr("ConnectUIWindow is not a Window");
        qCWarning(lcNangoQuick).noquote() << "The Connect UI window could not be created:" << why;
        fail(QString::fromLatin1(NangoErrorType::BlockedByBrowser), tr("The Connect UI window could not be created: %1").arg(why));
        return;
    }
    QQmlEngine::setObjectOwnership(m_window, QQmlEngine::CppOwnership);
    // The bridge on the view's web channel, then the host page (which opens the channel).
    QObject *view = m_window->findChild<QObject *>(QStringLiteral("connectUIView"));
    auto *channel = new QQmlWebChannel(m_window);
    channel->registerObject(NangoConnectUIBridge::channelName(), m_bridge);
    if (!view || !view->setProperty("webChannel", QVariant::fromValue(channel))) {
        qCWarning(lcNangoQuick) << "The Connect UI window has no view to give its web channel";
        fail(QString::fromLatin1(NangoErrorType::BlockedByBrowser), tr("The Connect UI window could not be created: it has no web view."));
        return;
    }
    QMetaObject::invokeMethod(m_window, "start");
    m_window->setPosition(frame.topLeft());
    if (anchor && anchor != m_window)
        m_window->setTransientParent(anchor);
    connect(m_window, SIGNAL(userClosed()), this, SLOT(onUserClosed()));
    connect(m_window, SIGNAL(errorOccurred(QString,QString)), this, SIGNAL(errorOccurred(QString,QString)));
    connect(m_window, &QObject::destroyed, this, [this] {
        m_window = nullptr;
        onUserClosed();
    });
    m_window->show();
}

void NangoQuickConnectUIWindow::onUserClosed()
{
    Q_EMIT userClosed();
}

void NangoQuickConnectUIWindow::postMessage(const QJsonObject &message)
{
    if (m_bridge)
        m_bridge->post(message);
}

QString NangoQuickConnectUIWindow::paletteTheme() const
{
    return NangoConnectUIBridge::themeFor(QGuiApplication::palette().color(QPalette::Window));
}

void NangoQuickConnectUIWindow::close()
{
    releaseWindow();
}

void NangoQuickConnectUIWindow::releaseWindow()
{
    QQuickWebEngineProfile *profile = m_profile;
    m_profile = nullptr;
    QQuickWindow *window = m_window;
    m_window = nullptr;
    if (window)
        window->disconnect(this);
    // The bridge goes with the window (after its pages), like the profile.
    NangoQuickPrivate::releaseWindow(window, profile, window ? m_bridge.data() : nullptr);
}
