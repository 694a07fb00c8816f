// SPDX-License-Identifier: MIT
// A fake system-browser opener on PATH (Unix): an `xdg-open` (or any name, for $BROWSER) shell
// script that either fails the way xdg-open does on a desktop with nothing to open URLs, or
// "opens" the URL by writing it to a file the test then follows, or (RunsHeadlessBrowser) also
// runs nangoqt-test-headless-browser on it (tests/shared/headlessbrowser.cpp: a browser with its
// own cookie store that clicks Allow on the dev server's authorize page and waits for the
// callback page) and exits with the browser's status. PATH (and $BROWSER) are restored when it
// goes.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class FakeOpener
{
public:
    enum Behaviour { Fails, Succeeds, RunsHeadlessBrowser };

    /// The headless browser program the build made (empty when QtWebEngine is not there).
    static QString defaultHeadlessBrowser()
    {
#ifdef NANGOQT_TEST_HEADLESS_BROWSER
        return QStringLiteral(NANGOQT_TEST_HEADLESS_BROWSER);
#else
        return QString();
#endif
    }

    /// @p name: the program's name; @p onlyThis: PATH holds nothing else (no real xdg-open).
    /// RunsHeadlessBrowser: @p browserArguments go before the URL (`--deny`,
    /// `--callback-in-second-browser`); @p browserProgram defaults to defaultHeadlessBrowser().
    FakeOpener(Behaviour behaviour, const QString &name = QStringLiteral("xdg-open"), bool onlyThis = false,
               const QStringList &browserArguments = {}, const QString &browserProgram = QString())
        : m_oldPath(qgetenv("PATH"))
        , m_oldBrowser(qgetenv("BROWSER"))
        , m_hadBrowser(qEnvironmentVariableIsSet("BROWSER"))
        , m_behaviour(behaviour)
    {
        const QString script = m_dir.filePath(name);
        QFile f(script);
        if (f.open(QIODevice::WriteOnly)) {
            if (behaviour == Fails) { // xdg-open's words and status 3 when no method is available
                f.write("#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n");
            } else if (behaviour == Succeeds) {
                f.write("#!/bin/sh\nprintf '%s' \"$1\" > \"" + openedFile().toLocal8Bit() + "\"\nexit 0\n");
            } else {
                // The browser's stderr goes to browserLog() and, as a browser launcher's would, to
                // the opener's stderr; its status to browserStatusFile() (written last), then
                // the script exits with it.
                QByteArray command = shellQuoted(browserProgram.isEmpty() ? defaultHeadlessBrowser() : browserProgram);
                for (const QString &a : browserArguments)
                    command += ' ' + shellQuoted(a);
                f.write("#!/bin/sh\nprintf '%s' \"$1\" > " + shellQuoted(openedFile()) + "\n"
                        + command + " \"$1\" 2> " + shellQuoted(browserLog()) + "\nrc=$?\n"
                        "cat " + shellQuoted(browserLog()) + " >&2\n"
                        "printf '%s' \"$rc\" > " + shellQuoted(m_dir.filePath(QStringLiteral("browser-status.tmp")))
                        + " && mv " + shellQuoted(m_dir.filePath(QStringLiteral("browser-status.tmp"))) + ' '
                        + shellQuoted(browserStatusFile()) + "\nexit $rc\n");
            }
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
        }
        qputenv("PATH", QFile::encodeName(m_dir.path()) + (onlyThis ? QByteArray() : ":" + m_oldPath));
        qunsetenv("BROWSER");
    }
    ~FakeOpener()
    {
        // A headless browser that was started ends by itself (its 30 s cap): let it, before
        // its directory goes.
        if (m_behaviour == RunsHeadlessBrowser && QFile::exists(openedFile()))
            waitForBrowser(35000);
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

    QString browserLog() const { return m_dir.filePath(QStringLiteral("browser.log")); }
    QString browserStatusFile() const { return m_dir.filePath(QStringLiteral("browser-status")); }
    /// RunsHeadlessBrowser: waits for the browser to end; its exit status, or -1 if it did not
    /// end in time (or never started).
    int waitForBrowser(int timeoutMs = 40000) const
    {
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(browserStatusFile()) && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        QFile f(browserStatusFile());
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        bool ok = false;
        const int status = f.readAll().trimmed().toInt(&ok);
        return ok ? status : -1;
    }
    /// What the headless browser printed (the pages it went through).
    QString browserOutput() const
    {
        QFile f(browserLog());
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }

private:
    static QByteArray shellQuoted(const QString &s)
    {
        return '\'' + QFile::encodeName(s).replace('\'', "'\\''") + '\'';
    }

    QTemporaryDir m_dir;
    QByteArray m_oldPath;
    QByteArray m_oldBrowser;
    bool m_hadBrowser;
    Behaviour m_behaviour;
};
