// SPDX-License-Identifier: MIT
#include "nangosystembrowserwindow.h"

#include "nangoerrortypes.h"
#include "nangologging_p.h"

#include <QCoreApplication>
#include <QMutex>
#include <QProcess>

namespace {
QMutex s_openerMutex;
NangoSystemBrowserWindow::UrlOpener &customOpener()
{
    static NangoSystemBrowserWindow::UrlOpener opener;
    return opener;
}

bool platformOpen(const QUrl &url)
{
    const QString target = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), target});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {target});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {target});
#endif
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
    const bool ok = opener ? opener(url) : platformOpen(url);
    if (!ok) {
        // Reported from the event loop, never from inside open().
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT errorOccurred(QString::fromLatin1(NangoErrorType::BlockedByBrowser),
                                 QCoreApplication::translate("NangoAuth", "Could not open the system browser: no URL handler is available on this desktop."));
        }, Qt::QueuedConnection);
    }
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
