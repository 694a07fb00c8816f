// SPDX-License-Identifier: MIT
// A fake system-browser opener on PATH (Unix): an `xdg-open` (or any name, for $BROWSER) shell
// script that either fails the way xdg-open does on a desktop with nothing to open URLs, or
// "opens" the URL by writing it to a file the test then follows. PATH (and $BROWSER) are
// restored when it goes.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class FakeOpener
{
public:
    enum Behaviour { Fails, Succeeds };

    /// @p name: the program's name; @p onlyThis: PATH holds nothing else (no real xdg-open).
    FakeOpener(Behaviour behaviour, const QString &name = QStringLiteral("xdg-open"), bool onlyThis = false)
        : m_oldPath(qgetenv("PATH"))
        , m_oldBrowser(qgetenv("BROWSER"))
        , m_hadBrowser(qEnvironmentVariableIsSet("BROWSER"))
    {
        const QString script = m_dir.filePath(name);
        QFile f(script);
        if (f.open(QIODevice::WriteOnly)) {
            if (behaviour == Fails) // xdg-open's words and status 3 when no method is available
                f.write("#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n");
            else
                f.write("#!/bin/sh\nprintf '%s' \"$1\" > \"" + openedFile().toLocal8Bit() + "\"\nexit 0\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
        }
        qputenv("PATH", QFile::encodeName(m_dir.path()) + (onlyThis ? QByteArray() : ":" + m_oldPath));
        qunsetenv("BROWSER");
    }
    ~FakeOpener()
    {
        // NangoQt's opener process has no parent and deletes itself once it ended (it may
        // outlive the app): let the script exit and that deletion run before the test goes on,
        // or LeakSanitizer counts a process whose test ended first.
        QTest::qWait(300);
        qputenv("PATH", m_oldPath);
        if (m_hadBrowser)
            qputenv("BROWSER", m_oldBrowser);
        else
            qunsetenv("BROWSER");
    }
    QString dir() const { return m_dir.path(); }
    QString openedFile() const { return m_dir.filePath(QStringLiteral("opened.txt")); }
    /// The URL the succeeding opener was given (waits for it); empty if none came.
    QUrl waitForOpenedUrl(int timeoutMs = 5000) const
    {
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(openedFile()) && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        QFile f(openedFile());
        if (!f.open(QIODevice::ReadOnly))
            return QUrl();
        return QUrl::fromEncoded(f.readAll());
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldPath;
    QByteArray m_oldBrowser;
    bool m_hadBrowser;
};
