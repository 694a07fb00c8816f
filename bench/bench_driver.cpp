// SPDX-License-Identifier: MIT
// nangoqt-bench: runs every benchmark of issue 6 (each in fresh processes of nangoqt-bench-core
// and nangoqt-bench-modal, next to this executable), prints one table and writes it as JSON.
//   nangoqt-bench [--out results.json] [--quick] [--no-xvfb] [--samples]
#include "benchcommon.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Bench;

namespace {

QString s_dir;
QJsonObject s_results;        // id → merged result
QStringList s_failures;       // program runs that failed
QFile *s_log = nullptr;       // the programs' stderr (WebEngine is chatty), beside the JSON

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

/// Runs one benchmark program and merges its BENCH lines (samples of the same id are pooled).
bool run(const QStringList &command, bool xvfb = false, bool softwareQuick = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (softwareQuick) // Qt Quick's software scene graph instead of OpenGL (llvmpipe under Xvfb)
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nangoqt.*.debug=false;nangoqt.*.info=false"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), xvfb ? QStringLiteral("xcb") : QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QStringList full = command;
    full[0] = s_dir + QLatin1Char('/') + full[0];
    if (xvfb)
        full = QStringList{QStringLiteral("xvfb-run"), QStringLiteral("-a")} + full;
    std::fprintf(stderr, "  %s%s\n", softwareQuick ? "QT_QUICK_BACKEND=software " : "",
                 qPrintable(full.join(QLatin1Char(' ')).remove(s_dir + QLatin1Char('/'))));
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(full.takeFirst(), full);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    const QByteArray errors = p.readAllStandardError();
    if (s_log) {
        s_log->write("=== " + command.join(QLatin1Char(' ')).toUtf8() + '\n' + errors);
        s_log->flush();
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("BENCH "))
            continue;
        QJsonObject o = QJsonDocument::fromJson(line.mid(6)).object();
        const QString id = o.value(QLatin1String("id")).toString();
        if (o.contains(QLatin1String("samples")) && s_results.contains(id)) {
            QJsonArray pooled = s_results.value(id).toObject().value(QLatin1String("samples")).toArray();
            for (const QJsonValue &v : o.value(QLatin1String("samples")).toArray())
                pooled.append(v);
            QList<double> values;
            for (const QJsonValue &v : pooled)
                values << v.toDouble();
            o.insert(QStringLiteral("samples"), pooled);
            insertStats(o, stats(values));
        }
        s_results.insert(id, o);
    }
    const bool ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok) {
        s_failures << command.join(QLatin1Char(' '));
        std::fprintf(stderr, "    failed (exit %d):\n%s\n", p.exitCode(), errors.right(2000).constData());
    }
    return ok;
}

QJsonObject result(const QString &id) { return s_results.value(id).toObject(); }
bool has(const QString &id) { return s_results.contains(id); }
double median(const QString &id) { return result(id).value(QLatin1String("median")).toDouble(); }
double p95(const QString &id) { return result(id).value(QLatin1String("p95")).toDouble(); }
double value(const QString &id) { return result(id).value(QLatin1String("value")).toDouble(); }
int n(const QString &id) { return result(id).value(QLatin1String("n")).toInt(); }

struct Row
{
    QString figure;
    QString measure;
    QString median; // or the value
    QString p95;
    QString n;
    QString goal;
    QString verdict; // "met", "MISSED" or ""
};
QList<Row> s_rows;

QString num(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }

void addDistribution(const QString &figure, const QString &measure, const QString &id, const QString &unit, int decimals = 1,
                     const QString &goal = QString(), int verdict = -1)
{
    if (!has(id)) {
        s_rows << Row{figure, measure, QStringLiteral("(not measured)"), QString(), QString(), goal, goal.isEmpty() ? QString() : QStringLiteral("MISSED")};
        return;
    }
    s_rows << Row{figure, measure, num(median(id), decimals) + QLatin1Char(' ') + unit, num(p95(id), decimals) + QLatin1Char(' ') + unit,
                  QString::number(n(id)), goal, verdict < 0 ? QString() : verdict ? QStringLiteral("met") : QStringLiteral("MISSED")};
}

void addValue(const QString &figure, const QString &measure, const QString &text, const QString &goal = QString(), int verdict = -1)
{
    s_rows << Row{figure, measure, text, QString(), QString(), goal, verdict < 0 ? QString() : verdict ? QStringLiteral("met") : QStringLiteral("MISSED")};
}

void buildTable(bool xvfb)
{
    // (1)
    const double ratio = value(QStringLiteral("credentials.ratio"));
    addDistribution(QStringLiteral("1"), QStringLiteral("API key: auth() → succeeded"), QStringLiteral("credentials.nangoqt"), QStringLiteral("ms"), 2);
    addDistribution(QStringLiteral("1"), QStringLiteral("API key: bare QNetworkAccessManager POST, same request"), QStringLiteral("credentials.bare"), QStringLiteral("ms"), 2);
    addValue(QStringLiteral("1"), QStringLiteral("ratio NangoQt / bare (medians; p95s)"),
             has(QStringLiteral("credentials.ratio"))
                 ? num(ratio, 2) + QStringLiteral(" ; ") + num(result(QStringLiteral("credentials.ratio")).value(QLatin1String("p95_ratio")).toDouble(), 2)
                 : QStringLiteral("(not measured)"),
             QStringLiteral("≤ 1.2"), has(QStringLiteral("credentials.ratio")) && ratio <= 1.2);
    // (2)
    const QJsonObject fan = result(QStringLiteral("fanout.rounds_all_succeeded"));
    const int rounds = fan.value(QLatin1String("rounds")).toInt();
    const bool fanOk = has(QStringLiteral("fanout.rounds_all_succeeded")) && int(fan.value(QLatin1String("value")).toDouble()) == rounds
        && fan.value(QLatin1String("misattributed")).toInt() == 0;
    addDistribution(QStringLiteral("2"), QStringLiteral("1,000 API-key flows at once: total time"), QStringLiteral("fanout.total"), QStringLiteral("ms"), 0);
    addValue(QStringLiteral("2"), QStringLiteral("all succeeded, each attributed to its caller"),
             QStringLiteral("%1/%2 rounds; %3 misattributed; %4 failed")
                 .arg(int(fan.value(QLatin1String("value")).toDouble())).arg(rounds)
                 .arg(fan.value(QLatin1String("misattributed")).toInt()).arg(fan.value(QLatin1String("failed")).toInt()),
             QStringLiteral("all, 0 misattributed"), fanOk);
    addValue(QStringLiteral("2"), QStringLiteral("peak RSS (VmHWM) of the client process"),
             num(value(QStringLiteral("fanout.peak_rss"))) + QStringLiteral(" MB (")
                 + num(result(QStringLiteral("fanout.peak_rss")).value(QLatin1String("rss_before_MB")).toDouble()) + QStringLiteral(" MB before)"));
    // (3)
    addDistribution(QStringLiteral("3"), QStringLiteral("success frame sent → succeeded emitted"), QStringLiteral("delivery.frame_to_succeeded"),
                    QStringLiteral("ms"), 3, QStringLiteral("p95 ≤ 1 ms"), p95(QStringLiteral("delivery.frame_to_succeeded")) <= 1.0 && has(QStringLiteral("delivery.frame_to_succeeded")));
    // (4)
    for (const QString &platform : xvfb ? QStringList{QStringLiteral("offscreen"), QStringLiteral("xvfb"), QStringLiteral("xvfb-swquick")}
                                        : QStringList{QStringLiteral("offscreen")}) {
        const QString warm = QStringLiteral("modal.first_paint.warm.") + platform;
        const QString cold = QStringLiteral("modal.first_paint.cold.") + platform;
        const bool both = has(warm) && has(cold);
        addDistribution(QStringLiteral("4"), QStringLiteral("auth() → first paint, warm (preload), %1").arg(platform), warm, QStringLiteral("ms"), 0,
                        QStringLiteral("≤ 150 ms"), has(warm) && median(warm) <= 150);
        addDistribution(QStringLiteral("4"), QStringLiteral("auth() → first paint, cold (fresh process), %1").arg(platform), cold, QStringLiteral("ms"), 0);
        addValue(QStringLiteral("4"), QStringLiteral("cold / warm (medians), %1").arg(platform),
                 both ? num(median(cold) / median(warm), 2) : QStringLiteral("(not measured)"), QStringLiteral("≤ 2"),
                 both && median(cold) <= 2 * median(warm));
        const QString shownCold = QStringLiteral("modal.shown.cold.") + platform;
        const QString shownWarm = QStringLiteral("modal.shown.warm.") + platform;
        addValue(QStringLiteral("4"), QStringLiteral("of which auth() → modal shown (medians: cold ; warm), %1").arg(platform),
                 has(shownCold) && has(shownWarm) ? num(median(shownCold), 0) + QStringLiteral(" ms ; ") + num(median(shownWarm), 0) + QStringLiteral(" ms")
                                                  : QStringLiteral("(not measured)"));
        addDistribution(QStringLiteral("4"), QStringLiteral("NangoAuth::preload() call (blocks the caller), %1").arg(platform),
                        QStringLiteral("modal.preload_call.") + platform, QStringLiteral("ms"), 0);
        addDistribution(QStringLiteral("4"), QStringLiteral("auth() → first paint, later modals, %1").arg(platform),
                        QStringLiteral("modal.first_paint.later.") + platform, QStringLiteral("ms"), 0);
    }
    addDistribution(QStringLiteral("4"), QStringLiteral("full OAuth flow (github-auto) auth() → succeeded"), QStringLiteral("modal.oauth_flow.offscreen"),
                    QStringLiteral("ms"), 0);
    // (5)
    auto mem = [](const QString &id) {
        const QJsonObject o = result(id);
        return has(id) ? QStringLiteral("%1 MB (process %2 + %3 WebEngine processes %4)")
                             .arg(num(o.value(QLatin1String("value")).toDouble()), num(o.value(QLatin1String("self_MB")).toDouble()))
                             .arg(o.value(QLatin1String("child_processes")).toInt())
                             .arg(num(o.value(QLatin1String("children_MB")).toDouble()))
                       : QStringLiteral("(not measured)");
    };
    addValue(QStringLiteral("5"), QStringLiteral("RSS idle, before preload()"), mem(QStringLiteral("memory.before_preload")));
    addValue(QStringLiteral("5"), QStringLiteral("RSS idle, after preload()"), mem(QStringLiteral("memory.idle")));
    addValue(QStringLiteral("5"), QStringLiteral("RSS with a modal open"), mem(QStringLiteral("memory.modal_open")));
    const int flows = result(QStringLiteral("memory.growth_total")).value(QLatin1String("flows")).toInt();
    addValue(QStringLiteral("5"), QStringLiteral("RSS after 5 + %1 sequential OAuth flows").arg(flows), mem(QStringLiteral("memory.after_flows")));
    const double growth = value(QStringLiteral("memory.growth_total"));
    addValue(QStringLiteral("5"), QStringLiteral("growth over the %1 flows (process + children; process alone)").arg(flows),
             has(QStringLiteral("memory.growth_total"))
                 ? num(growth) + QStringLiteral(" MB ; ") + num(value(QStringLiteral("memory.growth_self"))) + QStringLiteral(" MB")
                 : QStringLiteral("(not measured)"),
             QStringLiteral("≤ 10 MB"), has(QStringLiteral("memory.growth_total")) && growth <= 10);
    const bool renderersMeasured = has(QStringLiteral("memory.renderers_left_after_modal")) && has(QStringLiteral("memory.renderers_left_after_flows"));
    const int left = int(value(QStringLiteral("memory.renderers_left_after_modal")) + value(QStringLiteral("memory.renderers_left_after_flows")));
    addValue(QStringLiteral("5"), QStringLiteral("renderer processes left once the modal is gone (after 1; after %1)").arg(flows + 6),
             renderersMeasured ? QStringLiteral("%1 ; %2").arg(int(value(QStringLiteral("memory.renderers_left_after_modal"))))
                                     .arg(int(value(QStringLiteral("memory.renderers_left_after_flows"))))
                               : QStringLiteral("(not measured)"),
             QStringLiteral("0"), renderersMeasured && left == 0);
    // (6)
    const QJsonObject ws = result(QStringLiteral("devserver.ws_rounds_all_acked"));
    addDistribution(QStringLiteral("6"), QStringLiteral("dev server: 1,000 concurrent WebSocket clients, all acked"),
                    QStringLiteral("devserver.ws_all_acked"), QStringLiteral("ms"), 0,
                    QStringLiteral("all acked"), has(QStringLiteral("devserver.ws_rounds_all_acked")) && int(ws.value(QLatin1String("value")).toDouble()) == ws.value(QLatin1String("rounds")).toInt());
    addDistribution(QStringLiteral("6"), QStringLiteral("dev server: WebSocket connect → ack, per client"), QStringLiteral("devserver.ws_connect_to_ack"), QStringLiteral("ms"), 1);
    addDistribution(QStringLiteral("6"), QStringLiteral("dev server: API-key requests/s (48 in flight)"), QStringLiteral("devserver.apikey_rps"), QStringLiteral("req/s"), 0);
}

void printTable()
{
    QTextStream out(stdout);
    const QStringList header{QStringLiteral("#"), QStringLiteral("measure"), QStringLiteral("median / value"), QStringLiteral("p95"),
                             QStringLiteral("n"), QStringLiteral("goal"), QString()};
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    auto cells = [](const Row &r) { return QStringList{r.figure, r.measure, r.median, r.p95, r.n, r.goal, r.verdict}; };
    for (const Row &r : std::as_const(s_rows)) {
        const QStringList c = cells(r);
        for (int i = 0; i < c.size(); ++i)
            widths[i] = qMax(widths[i], int(c.at(i).size()));
    }
    auto line = [&](const QStringList &c) {
        QString s;
        for (int i = 0; i < c.size(); ++i)
            s += c.at(i).leftJustified(widths[i]) + QStringLiteral("  ");
        out << s.trimmed() << '\n';
    };
    line(header);
    for (const Row &r : std::as_const(s_rows))
        line(cells(r));
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    s_dir = QCoreApplication::applicationDirPath();
    const QStringList args = app.arguments();
    const QString outPath = arg(args, QStringLiteral("--out"), QStringLiteral("results.json"));
    const bool quick = args.contains(QStringLiteral("--quick"));
    const bool xvfb = !args.contains(QStringLiteral("--no-xvfb")) && !QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty();
    const bool modal = QFileInfo::exists(s_dir + QStringLiteral("/nangoqt-bench-modal"));
    QFile log(outPath + QStringLiteral(".log"));
    if (log.open(QIODevice::WriteOnly))
        s_log = &log;
    const QString loadStart = loadAverage();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer total;
    total.start();

    std::fprintf(stderr, "Running the benchmarks (load average %s)...\n", qPrintable(loadStart));
    run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("credentials"), QStringLiteral("--runs"), quick ? QStringLiteral("50") : QStringLiteral("400")});
    run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("fanout"), QStringLiteral("--rounds"), quick ? QStringLiteral("2") : QStringLiteral("7")});
    run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("delivery"), QStringLiteral("--runs"), quick ? QStringLiteral("50") : QStringLiteral("300")});
    run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("devserver"), QStringLiteral("--rounds"), quick ? QStringLiteral("2") : QStringLiteral("7"),
         QStringLiteral("--windows"), quick ? QStringLiteral("2") : QStringLiteral("7")});
    if (modal) {
        const int processes = quick ? 2 : 11;
        // Cold and warm alternate, so a noisy moment hits both.
        for (int i = 0; i < processes; ++i) {
            run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("1")});
            run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("4"), QStringLiteral("--preload")});
        }
        if (xvfb) {
            for (int i = 0; i < (quick ? 1 : 5); ++i) {
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("1"), QStringLiteral("--tag"), QStringLiteral("xvfb")}, true);
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("4"), QStringLiteral("--preload"), QStringLiteral("--tag"), QStringLiteral("xvfb")}, true);
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("1"), QStringLiteral("--tag"), QStringLiteral("xvfb-swquick")}, true, true);
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("4"), QStringLiteral("--preload"), QStringLiteral("--tag"), QStringLiteral("xvfb-swquick")}, true, true);
            }
        }
        run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--flows"), quick ? QStringLiteral("20") : QStringLiteral("100"), QStringLiteral("--preload")});
    }

    buildTable(modal && xvfb);
    printTable();
    if (!s_failures.isEmpty())
        std::fprintf(stderr, "Failed runs: %s\n", qPrintable(s_failures.join(QStringLiteral("; "))));

    QJsonArray rows;
    for (const Row &r : std::as_const(s_rows)) {
        rows.append(QJsonObject{{QStringLiteral("figure"), r.figure}, {QStringLiteral("measure"), r.measure},
                                {QStringLiteral("median_or_value"), r.median}, {QStringLiteral("p95"), r.p95},
                                {QStringLiteral("n"), r.n}, {QStringLiteral("goal"), r.goal}, {QStringLiteral("verdict"), r.verdict}});
    }
    QJsonObject doc{
        {QStringLiteral("date"), started.toString(Qt::ISODate)},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                                {QStringLiteral("os"), QSysInfo::prettyProductName()},
                                                {QStringLiteral("cpus"), QThread::idealThreadCount()},
                                                {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                                {QStringLiteral("load_average_start"), loadStart},
                                                {QStringLiteral("load_average_end"), loadAverage()}}},
        {QStringLiteral("quick"), quick},
        {QStringLiteral("seconds"), total.elapsed() / 1000.0},
        {QStringLiteral("failed_runs"), QJsonArray::fromStringList(s_failures)},
        {QStringLiteral("table"), rows},
        {QStringLiteral("results"), s_results},
    };
    if (!args.contains(QStringLiteral("--samples"))) { // raw samples only on request: keeps the file short
        QJsonObject trimmed;
        for (auto it = s_results.constBegin(); it != s_results.constEnd(); ++it) {
            QJsonObject o = it.value().toObject();
            o.remove(QStringLiteral("samples"));
            trimmed.insert(it.key(), o);
        }
        doc.insert(QStringLiteral("results"), trimmed);
    }
    QFile f(outPath);
    if (!f.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(outPath));
        return 1;
    }
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    // The same table in Markdown, for the README.
    QString md = QStringLiteral("| # | measure | median (or value) | p95 | n | goal | |\n|---|---|---|---|---|---|---|\n");
    for (const Row &r : std::as_const(s_rows)) {
        md += QStringList{r.figure, r.measure, r.median, r.p95, r.n, r.goal, r.verdict}.join(QStringLiteral(" | "))
                  .prepend(QStringLiteral("| ")).append(QStringLiteral(" |\n"));
    }
    QFile mdFile(QString(outPath).replace(QRegularExpression(QStringLiteral("\\.json$")), QString()) + QStringLiteral(".md"));
    if (mdFile.open(QIODevice::WriteOnly))
        mdFile.write(md.toUtf8());
    std::fprintf(stderr, "Wrote %s (%.0f s, load average at the end %s)\n", qPrintable(outPath), total.elapsed() / 1000.0,
                 qPrintable(loadAverage()));
    return s_failures.isEmpty() ? 0 : 1;
}
