// SPDX-License-Identifier: MIT
// Shared pieces of the benchmark programs: statistics, /proc readings, the dev server process,
// and the result lines the driver (nangoqt-bench) collects. Not part of the SDK.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace Bench {

struct Stats
{
    int n = 0;
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
};

/// Median and p95 (nearest rank) of @p samples.
inline Stats stats(QList<double> samples)
{
    Stats s;
    s.n = int(samples.size());
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const int n = s.n;
    s.median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    s.p95 = samples.at(qBound(0, int(std::ceil(0.95 * n)) - 1, n - 1));
    s.min = samples.first();
    s.max = samples.last();
    return s;
}

/// Writes @p s's n, median, p95, min and max into @p o.
inline void insertStats(QJsonObject &o, const Stats &s)
{
    o.insert(QStringLiteral("n"), s.n);
    o.insert(QStringLiteral("median"), s.median);
    o.insert(QStringLiteral("p95"), s.p95);
    o.insert(QStringLiteral("min"), s.min);
    o.insert(QStringLiteral("max"), s.max);
}

/// One result line on stdout: "BENCH {json}". The driver collects them.
inline void emitResult(const QJsonObject &o)
{
    std::printf("BENCH %s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// A measured distribution: id, unit and its samples (median, p95, n are derived).
inline void emitSamples(const QString &id, const QString &unit, const QList<double> &samples, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("id"), id);
    extra.insert(QStringLiteral("unit"), unit);
    insertStats(extra, stats(samples));
    QJsonArray raw;
    for (double v : samples)
        raw.append(v);
    extra.insert(QStringLiteral("samples"), raw);
    emitResult(extra);
}

/// A single value (a count, a peak, a yes/no).
inline void emitValue(const QString &id, const QString &unit, double value, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("id"), id);
    extra.insert(QStringLiteral("unit"), unit);
    extra.insert(QStringLiteral("value"), value);
    emitResult(extra);
}

inline double msSince(qint64 startNs, const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed() - startNs) / 1e6;
}

// --- /proc ---------------------------------------------------------------------------------

/// A field of /proc/<pid>/status in kB (VmRSS, VmHWM); -1 if the process is gone.
inline qint64 statusKb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 selfPid() { return QCoreApplication::applicationPid(); }

/// Every living descendant of @p pid (children, grandchildren...) with its parent, from /proc/*/stat.
inline QList<std::pair<qint64, qint64>> descendants(qint64 pid)
{
    QHash<qint64, qint64> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 p = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(p));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const int close = stat.lastIndexOf(')'); // comm may contain spaces
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(p, fields.at(1).toLongLong());
    }
    QList<std::pair<qint64, qint64>> result;
    QList<qint64> frontier{pid};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == parent) {
                result.append({it.key(), parent});
                frontier << it.key();
            }
        }
    }
    return result;
}

/// Proportional set size (shared pages split between their users) in kB; -1 if unknown.
inline qint64 pssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline QByteArray cmdline(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray c = f.readAll();
    c.replace('\0', ' ');
    return c;
}

/// The WebEngine children of this process: RSS total and the renderer pids.
/// Renderers are the processes the zygote forks: their command line still says --type=zygote,
/// so a QtWebEngineProcess whose parent is a QtWebEngineProcess counts as a renderer.
struct ChildMemory
{
    qint64 rssKb = 0;
    qint64 pssKb = 0;
    int processes = 0;
    QList<qint64> renderers;
};

inline ChildMemory webEngineChildren()
{
    ChildMemory m;
    for (const auto &[pid, parent] : descendants(selfPid())) {
        const QByteArray cmd = cmdline(pid);
        if (!cmd.contains("QtWebEngineProcess"))
            continue;
        const qint64 rss = statusKb(pid, "VmRSS");
        if (rss < 0)
            continue;
        m.rssKb += rss;
        m.pssKb += qMax<qint64>(0, Bench::pssKb(pid));
        ++m.processes;
        if (cmd.contains("--type=renderer") || cmdline(parent).contains("QtWebEngineProcess"))
            m.renderers << pid;
    }
    return m;
}

// --- waiting -------------------------------------------------------------------------------

/// Runs the event loop until @p done() or @p timeoutMs; returns done().
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::AllEvents);
    }
    return done();
}

inline void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// --- the dev server as a separate process --------------------------------------------------

/// `nango-dev-server` started as its own process (so its memory and CPU are not ours).
struct ServerProcess
{
    QProcess process;
    QUrl url;
    QString sessionToken;
    QString publicKey;

    /// @p extraArguments go to nango-dev-server as they are (e.g. "--fault", "ack_delay_ms=150").
    bool start(const QString &program, const QString &config, QString *error, const QStringList &extraArguments = {})
    {
        process.setProgram(program);
        process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--era"),
                                         QStringLiteral("current"), QStringLiteral("--config"), config}
                             + extraArguments);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000)) {
            *error = process.errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (t.elapsed() < 15000 && (url.isEmpty() || sessionToken.isEmpty())) {
            if (!process.canReadLine() && !process.waitForReadyRead(500))
                continue;
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("Listening on ")))
                    url = QUrl(line.mid(13));
                else if (line.startsWith(QLatin1String("session token:")))
                    sessionToken = line.mid(14).trimmed();
                else if (line.startsWith(QLatin1String("public key:")))
                    publicKey = line.mid(11).trimmed();
            }
        }
        if (url.isEmpty() || sessionToken.isEmpty()) {
            *error = QStringLiteral("nango-dev-server printed no URL/session token: %1")
                         .arg(QString::fromUtf8(process.readAllStandardError()));
            return false;
        }
        // Keep its stdout drained.
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] { process.readAllStandardOutput(); });
        return true;
    }

    ~ServerProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(3000))
                process.kill();
            process.waitForFinished(3000);
        }
    }
};

/// Every value of a repeatable option "--name value" from argv, in order.
inline QStringList args(const QStringList &argv, const QString &name)
{
    QStringList values;
    for (int i = 0; i + 1 < argv.size(); ++i) {
        if (argv.at(i) == name)
            values << argv.at(i + 1);
    }
    return values;
}

/// Option value "--name value" from argv, or @p fallback.
inline QString arg(const QStringList &args, const QString &name, const QString &fallback = QString())
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace Bench
