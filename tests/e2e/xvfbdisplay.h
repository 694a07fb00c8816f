// SPDX-License-Identifier: MIT
// A private X display (Xvfb) for the end-to-end tests, and the two things a window manager does
// that a test of another process's window needs: find that process's top-level windows (their
// _NET_WM_PID) with their size, and close one as the title bar's close button does (a
// WM_PROTOCOLS / WM_DELETE_WINDOW client message). Under QT_QPA_PLATFORM=offscreen another
// process's windows cannot be reached at all.
#pragma once

#include <QList>
#include <QProcess>
#include <QSize>
#include <QString>

#include <memory>

class XvfbDisplay
{
public:
    struct Window
    {
        quint32 id = 0;
        QString title;
        QSize size;
    };

    XvfbDisplay();
    ~XvfbDisplay();

    /// Starts Xvfb on a free display number and connects to it. False with a message if it can't.
    bool start(QString *errorMessage);
    bool isRunning() const;
    /// ":N", for DISPLAY.
    QString display() const;

    /// The viewable top-level windows whose _NET_WM_PID is @p pid.
    QList<Window> windowsOf(qint64 pid) const;
    /// Asks the window's client to close it (WM_DELETE_WINDOW): the user's close button.
    bool requestClose(quint32 window) const;

private:
    struct Connection;
    QProcess m_xvfb;
    QString m_display;
    std::unique_ptr<Connection> m_connection;
};
