// SPDX-License-Identifier: MIT
#include "xvfbdisplay.h"

#include <QElapsedTimer>
#include <QStandardPaths>

#include <xcb/xcb.h>

#include <cstdlib>

struct XvfbDisplay::Connection
{
    xcb_connection_t *c = nullptr;
    xcb_window_t root = 0;
    xcb_atom_t netWmPid = 0;
    xcb_atom_t netWmName = 0;
    xcb_atom_t utf8String = 0;
    xcb_atom_t wmProtocols = 0;
    xcb_atom_t wmDeleteWindow = 0;

    ~Connection()
    {
        if (c)
            xcb_disconnect(c);
    }

    xcb_atom_t atom(const char *name) const
    {
        const auto cookie = xcb_intern_atom(c, 0, uint16_t(qstrlen(name)), name);
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(c, cookie, nullptr);
        const xcb_atom_t a = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        std::free(reply);
        return a;
    }

    /// The property's bytes, or empty.
    QByteArray property(xcb_window_t window, xcb_atom_t name, xcb_atom_t type) const
    {
        const auto cookie = xcb_get_property(c, 0, window, name, type, 0, 1024);
        xcb_get_property_reply_t *reply = xcb_get_property_reply(c, cookie, nullptr);
        QByteArray value;
        if (reply && reply->type == type)
            value = QByteArray(static_cast<const char *>(xcb_get_property_value(reply)), xcb_get_property_value_length(reply)); // in bytes
        std::free(reply);
        return value;
    }
};

XvfbDisplay::XvfbDisplay() = default;

XvfbDisplay::~XvfbDisplay()
{
    m_connection.reset();
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(5000)) {
            m_xvfb.kill();
            m_xvfb.waitForFinished();
        }
    }
}

bool XvfbDisplay::start(QString *errorMessage)
{
    if (isRunning())
        return true;
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        *errorMessage = QStringLiteral("Xvfb is not installed (scripts/install-deps.sh installs the xvfb package)");
        return false;
    }
    // -displayfd 1: Xvfb picks a free display number and writes it to stdout once it accepts clients.
    m_xvfb.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                        QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!out.contains('\n') && timer.elapsed() < 20000 && m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.waitForReadyRead(200);
        out += m_xvfb.readAllStandardOutput();
    }
    if (!out.contains('\n')) {
        *errorMessage = QStringLiteral("Xvfb did not start: %1").arg(QString::fromLocal8Bit(m_xvfb.readAllStandardError()));
        return false;
    }
    m_display = QLatin1Char(':') + QString::fromLatin1(out.trimmed());
    auto connection = std::make_unique<Connection>();
    connection->c = xcb_connect(m_display.toLatin1().constData(), nullptr);
    if (!connection->c || xcb_connection_has_error(connection->c)) {
        *errorMessage = QStringLiteral("cannot connect to the Xvfb display %1").arg(m_display);
        return false;
    }
    connection->root = xcb_setup_roots_iterator(xcb_get_setup(connection->c)).data->root;
    connection->netWmPid = connection->atom("_NET_WM_PID");
    connection->netWmName = connection->atom("_NET_WM_NAME");
    connection->utf8String = connection->atom("UTF8_STRING");
    connection->wmProtocols = connection->atom("WM_PROTOCOLS");
    connection->wmDeleteWindow = connection->atom("WM_DELETE_WINDOW");
    m_connection = std::move(connection);
    return true;
}

bool XvfbDisplay::isRunning() const
{
    return m_connection && m_xvfb.state() == QProcess::Running;
}

QString XvfbDisplay::display() const
{
    return m_display;
}

QList<XvfbDisplay::Window> XvfbDisplay::windowsOf(qint64 pid) const
{
    QList<Window> windows;
    if (!m_connection)
        return windows;
    xcb_connection_t *c = m_connection->c;
    xcb_query_tree_reply_t *tree = xcb_query_tree_reply(c, xcb_query_tree(c, m_connection->root), nullptr);
    if (!tree)
        return windows;
    const xcb_window_t *children = xcb_query_tree_children(tree);
    for (int i = 0; i < xcb_query_tree_children_length(tree); ++i) {
        const xcb_window_t w = children[i];
        const QByteArray pidBytes = m_connection->property(w, m_connection->netWmPid, XCB_ATOM_CARDINAL);
        if (pidBytes.size() != 4 || *reinterpret_cast<const quint32 *>(pidBytes.constData()) != quint32(pid))
            continue;
        xcb_get_window_attributes_reply_t *attributes = xcb_get_window_attributes_reply(c, xcb_get_window_attributes(c, w), nullptr);
        const bool viewable = attributes && attributes->map_state == XCB_MAP_STATE_VIEWABLE;
        std::free(attributes);
        if (!viewable)
            continue;
        Window window;
        window.id = w;
        window.title = QString::fromUtf8(m_connection->property(w, m_connection->netWmName, m_connection->utf8String));
        if (xcb_get_geometry_reply_t *geometry = xcb_get_geometry_reply(c, xcb_get_geometry(c, w), nullptr)) {
            window.size = QSize(geometry->width, geometry->height);
            std::free(geometry);
        }
        windows.append(window);
    }
    std::free(tree);
    return windows;
}

bool XvfbDisplay::requestClose(quint32 window) const
{
    if (!m_connection)
        return false;
    xcb_client_message_event_t event = {};
    event.response_type = XCB_CLIENT_MESSAGE;
    event.format = 32;
    event.window = window;
    event.type = m_connection->wmProtocols;
    event.data.data32[0] = m_connection->wmDeleteWindow;
    event.data.data32[1] = XCB_CURRENT_TIME;
    const auto cookie = xcb_send_event_checked(m_connection->c, 0, window, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char *>(&event));
    xcb_generic_error_t *error = xcb_request_check(m_connection->c, cookie);
    const bool sent = !error;
    std::free(error);
    return sent;
}
