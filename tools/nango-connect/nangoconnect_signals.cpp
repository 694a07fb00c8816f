// SPDX-License-Identifier: MIT
#include "nangoconnect_signals.h"

#include <limits>

#include <QSocketNotifier>
#include <QFile>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cstdio>

namespace NangoConnect {

#ifdef Q_OS_UNIX

namespace {

int s_fds[2] = {-1, -1}; // [0]: the handler writes, [1]: the event loop reads
volatile std::sig_atomic_t s_received = 0;

void onSignal(int signal)
{
    const int savedErrno = errno;
    if (!s_received)
        s_received = signal;
    const char byte = char(signal);
    const ssize_t written = ::write(s_fds[0], &byte, 1); // non-blocking: a full pipe drops the byte, never blocks
    (void)written;
    errno = savedErrno;
}

bool makeSocketPair()
{
    if (s_fds[0] >= 0)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0) {
        s_fds[0] = s_fds[1] = -1;
        return false;
    }
    for (int fd : s_fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return true;
}

void setAction(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace

void InterruptWatcher::install()
{
    if (makeSocketPair())
        setAction(onSignal);
}

void InterruptWatcher::uninstall()
{
    setAction(SIG_DFL);
}

int InterruptWatcher::received()
{
    return s_received;
}

QString InterruptWatcher::signalName(int signal)
{
    switch (signal) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

namespace {
/// Reads stdin up to the first newline (@p wholeInput false) or to its end, at most @p maxBytes;
/// false when SIGINT or SIGTERM arrives first (or arrived before).
bool readStdin(QByteArray *bytes, bool wholeInput, qsizetype maxBytes)
{
    for (;;) {
        if (s_received)
            return false;
        pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {s_fds[1], POLLIN, 0}};
        if (::poll(fds, s_fds[1] >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (s_received)
            return false;
        if (fds[0].revents & POLLNVAL)
            break; // no stdin at all: an empty line
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0 || (c == '\n' && !wholeInput))
            break; // the end of input (or an unreadable stdin) ends the line too
        bytes->append(c);
        if (bytes->size() >= maxBytes)
            break;
    }
    return true;
}
} // namespace

bool InterruptWatcher::readLine(QString *line)
{
    QByteArray bytes;
    if (!readStdin(&bytes, false, std::numeric_limits<qsizetype>::max()))
        return false;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes);
    return true;
}

bool InterruptWatcher::readAll(QByteArray *bytes, qsizetype maxBytes)
{
    return readStdin(bytes, true, maxBytes);
}

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (s_fds[1] < 0)
        return;
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        ssize_t n = 0;
        while ((n = ::read(s_fds[1], bytes, sizeof bytes)) > 0) {
            for (ssize_t i = 0; i < n; ++i)
                Q_EMIT interrupted(int(bytes[i]));
        }
    });
}

#else // no POSIX signals: nothing to watch

void InterruptWatcher::install() {}
void InterruptWatcher::uninstall() {}
int InterruptWatcher::received() { return 0; }
QString InterruptWatcher::signalName(int signal) { return QStringLiteral("signal %1").arg(signal); }

bool InterruptWatcher::readLine(QString *line)
{
    QTextStream in(stdin);
    *line = in.readLine();
    return true;
}

bool InterruptWatcher::readAll(QByteArray *bytes, qsizetype maxBytes)
{
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly))
        *bytes = in.read(maxBytes);
    return true;
}

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
}

#endif

InterruptWatcher::~InterruptWatcher() = default;

} // namespace NangoConnect
