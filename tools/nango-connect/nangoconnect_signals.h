// SPDX-License-Identifier: MIT
// SIGINT / SIGTERM for nango-connect: the handler only writes a byte to a socket pair; the event
// loop reads it and cancels the flow (Qt docs, "Calling Qt Functions From Unix Signal Handlers").
// On other systems nothing is installed and the watcher never fires.
#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace NangoConnect {

class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    /// Installs the SIGINT and SIGTERM handlers (and creates the socket pair once). Needs no
    /// application object. (QtWebEngine's Chromium, started later, leaves them alone: the
    /// end-to-end test sends both while the modal shows a page.)
    static void install();
    /// Back to the default actions: a signal after the verdict ends the process as usual.
    static void uninstall();
    /// The first signal received since install(), or 0.
    static int received();
    /// "SIGINT", "SIGTERM", ...
    static QString signalName(int signal);

    /**
     * Reads one line of stdin (without its line end, decoded as UTF-8), as a secret: up to the
     * first newline or the end of input. Returns false, with nothing read, when SIGINT or SIGTERM
     * arrives first (or arrived before).
     */
    static bool readLine(QString *line);
    /// Reads stdin to its end (at most @p maxBytes), as a secret; false like readLine().
    static bool readAll(QByteArray *bytes, qsizetype maxBytes);

    /// Emits interrupted() from the event loop for each signal; needs the application object.
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace NangoConnect
