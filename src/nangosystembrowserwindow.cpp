// SPDX-License-Identifier: MIT
#include "nangosystembrowserwindow.h"

#include "nangoerrorparser_p.h"
#include "nangoerrortypes.h"
#include "nangologging_p.h"
#include "nangomessages_p.h"
#include "nangoredaction_p.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using NangoQtPrivate::NangoMessages;

namespace {

QMutex s_openerMutex;
NangoSystemBrowserWindow::UrlOpener &customOpener()
{
    static NangoSystemBrowserWindow::UrlOpener opener;
    return opener;
}

/// The platform's URL opener: program and arguments.
QStringList platformOpener(const QUrl &url)
{
    const QString target = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    return {QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler"), target};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("open"), target};
#else
    // xdg-open honours $BROWSER itself; without xdg-utils, $BROWSER's first command is the opener.
    const QString browser = qEnvironmentVariable("BROWSER").section(QLatin1Char(':'), 0, 0).trimmed();
    if (QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty() && !browser.isEmpty())
        return {browser, target};
    return {QStringLiteral("xdg-open"), target};
#endif
}

/// What the user can do about it, on this platform.
QString openerAdvice()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return NangoMessages::tr("Set a default web browser, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; "
              "NangoAuth::browser Auto or Embedded).");
#else
    return NangoMessages::tr("Install a web browser (and xdg-utils), set $BROWSER to a browser command, or use the embedded window "
              "(link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).");
#endif
}

/// xdg-open's documented exit statuses, in words (other openers' statuses have no such list).
QString exitMeaning(const QString &program, int status)
{
    if (program != QLatin1String("xdg-open"))
        return NangoMessages::tr("it failed");
    switch (status) {
    case 1: return NangoMessages::tr("it did not understand its command line");
    case 2: return NangoMessages::tr("it found nothing to open");
    case 3: return NangoMessages::tr("no tool to open web pages was found");
    case 4: return NangoMessages::tr("opening the page failed");
    default: return NangoMessages::tr("it failed");
    }
}

/// The opener's own words, without the URL (which carries the session token or HMAC).
QString openerWords(const QByteArray &stderrOutput)
{
    static const QRegularExpression urls(QStringLiteral("['\"]?[a-zA-Z][a-zA-Z0-9+.-]*://\\S*"));
    QString text = QString::fromLocal8Bit(stderrOutput.left(4096));
    text.replace(urls, QStringLiteral("[url]"));
    return NangoQtPrivate::bodyExcerpt(text.toUtf8(), 120);
}

/// Ends the flow with blocked_by_browser, from the event loop (never from inside open()).
void reportFailure(NangoSystemBrowserWindow *window, const QString &message)
{
    QMetaObject::invokeMethod(window, [window, message] {
        Q_EMIT window->errorOccurred(QString::fromLatin1(NangoErrorType::BlockedByBrowser), message);
    }, Qt::QueuedConnection);
}

void startPlatformOpener(NangoSystemBrowserWindow *self, const QUrl &url)
{
    // Not fire-and-forget: the opener's exit status says whether a browser got the page. The
    // process may outlive this window and even the application (some openers wait for the
    // browser they started, which must not be killed with them), so it has no parent and
    // deletes itself when it ends; only its verdict comes to the window, if that still exists.
    QStringList command = platformOpener(url);
    const QString program = command.takeFirst();
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    QPointer<NangoSystemBrowserWindow> window(self);
    QObject::connect(process, &QProcess::errorOccurred, process, [window, process, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash is reported by finished()
        qCDebug(lcNangoCore) << "The URL opener" << program << "did not start:" << process->errorString();
        if (window)
            reportFailure(window, NangoMessages::tr("Could not open the system browser: %1 is not installed or cannot run.").arg(program)
                                  + QLatin1Char(' ') + openerAdvice());
        process->deleteLater();
    });
    QObject::connect(process, &QProcess::finished, process, [window, process, program](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        const QString words = openerWords(process->readAllStandardError());
        qCDebug(lcNangoCore) << "The URL opener" << program << "ended:" << status << exitCode << words;
        if (!window || (status == QProcess::NormalExit && exitCode == 0))
            return;
        QString message = status == QProcess::NormalExit
            ? NangoMessages::tr("Could not open the system browser: %1 exited with status %2 (%3).").arg(program).arg(exitCode).arg(exitMeaning(program, exitCode))
            : NangoMessages::tr("Could not open the system browser: %1 crashed.").arg(program);
        if (!words.isEmpty())
            message += QLatin1Char(' ') + NangoMessages::tr("It said: \"%1\".").arg(words);
        reportFailure(window, message + QLatin1Char(' ') + openerAdvice());
    });
    process->start(program, command);
}

} // namespace

NangoSystemBrowserWindow::NangoSystemBrowserWindow(QObject *parent)
    : NangoAuthWindow(parent)
{
}

NangoSystemBrowserWindow::~NangoSystemBrowserWindow() = default;

void NangoSystemBrowserWindow::open(const QUrl &url, const QSize &, const QString &)
{
    UrlOpener opener;
    {
        QMutexLocker lock(&s_openerMutex);
        opener = customOpener();
    }
    qCDebug(lcNangoCore) << "Opening the system browser at" << NangoQtPrivate::redactedUrl(url);
    if (opener) {
        if (!opener(url))
            reportFailure(this, NangoMessages::tr("Could not open the system browser: the desktop's URL handler (QDesktopServices::openUrl, or the "
                             "application's NangoSystemBrowserWindow::setUrlOpener) refused the page.")
                          + QLatin1Char(' ') + openerAdvice());
        return;
    }
    startPlatformOpener(this, url);
}

void NangoSystemBrowserWindow::close()
{
    // A browser tab cannot be closed from here; the callback page tells the user they may close it.
}

void NangoSystemBrowserWindow::setUrlOpener(const UrlOpener &opener)
{
    QMutexLocker lock(&s_openerMutex);
    customOpener() = opener;
}
