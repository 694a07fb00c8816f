// SPDX-License-Identifier: MIT
// What the consumer apps share (Qt only, no NangoQt): the installed nango-dev-server as a child
// process, and a watcher that notices windows being shown.
#pragma once

#include <QEvent>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

/// nango-dev-server started with `--port 0 --era current`; host and token from its first lines
/// ("Listening on <url>", "session token: <token>"). Stopped when destroyed.
struct DevServerProcess
{
    QProcess process;
    QUrl host;
    QString token;

    /// False when the server printed no URL and session token within 10 s.
    bool start(const QString &executable)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(executable, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--era"), QStringLiteral("current")});
        while ((host.isEmpty() || token.isEmpty()) && process.waitForReadyRead(10000)) {
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("Listening on ")))
                    host = QUrl(line.mid(13));
                else if (line.startsWith(QLatin1String("session token: ")))
                    token = line.mid(15);
            }
        }
        return !host.isEmpty() && !token.isEmpty();
    }
    ~DevServerProcess()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

/// Counts the QWindows shown (the modal, whichever face made it); install on the application.
class WindowWatcher : public QObject
{
public:
    int shown = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWindowType())
            ++shown;
        return false;
    }
};
