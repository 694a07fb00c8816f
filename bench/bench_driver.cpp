// SPDX-License-Identifier: MIT
// nangoqt-bench: runs every benchmark of issues 6 and 15 (each in fresh processes of nangoqt-bench-core,
// nangoqt-bench-modal and nangoqt-bench-connectui, next to this executable), prints one table and writes it as JSON.
//   nangoqt-bench [--out results.json] [--quick] [--no-xvfb] [--samples] [--only 1,2,...] [--modal-runs N]
//                 [--baseline DIR]
// --only runs (and tabulates) only the figures listed; --modal-runs sets how many processes of
// each kind figure 4 starts offscreen (default 11, --quick 2). --baseline DIR also runs figure
// 4's offscreen programs from DIR (the same bench built against another revision of the library,
// e.g. main's), alternating with this build's process by process so both see the same load, and
// adds a before / after table.
#include "benchcommon.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Bench;

namespace {

QString s_dir;
QString s_baselineDir;        // --baseline: the other build's bench/ directory
QJsonObject s_results;        // id → merged result
QStringList s_failures;       // program runs that failed
QFile *s_log = nullptr;       // the programs' stderr (WebEngine is chatty), beside the JSON

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

/// Runs one benchmark program and merges its BENCH lines (samples of the same id are pooled);
/// @p baseline runs the program of the --baseline build and files its results as "baseline.<id>".
bool run(const QStringList &command, bool xvfb = false, bool softwareQuick = false, bool baseline = false)
{
    const QString dir = baseline ? s_baselineDir : s_dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (softwareQuick) // Qt Quick's software scene graph instead of OpenGL (llvmpipe under Xvfb)
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nangoqt.*.debug=false;nangoqt.*.info=false"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), xvfb ? QStringLiteral("xcb") : QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QStringList full = command;
    full[0] = dir + QLatin1Char('/') + full[0];
    if (xvfb)
        full = QStringList{QStringLiteral("xvfb-run"), QStringLiteral("-a")} + full;
    std::fprintf(stderr, "  %s%s%s\n", baseline ? "[baseline] " : "", softwareQuick ? "QT_QUICK_BACKEND=software " : "",
                 qPrintable(full.join(QLatin1Char(' ')).remove(dir + QLatin1Char('/'))));
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(full.takeFirst(), full);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    const QByteArray errors = p.readAllStandardError();
    if (s_log) {
        s_log->write("=== " + QByteArray(baseline ? "[baseline] " : "") + command.join(QLatin1Char(' ')).toUtf8() + '\n' + errors);
        s_log->flush();
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("BENCH "))
            continue;
        QJsonObject o = QJsonDocument::fromJson(line.mid(6)).object();
        if (baseline)
            o.insert(QStringLiteral("id"), QStringLiteral("baseline.") + o.value(QLatin1String("id")).toString());
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
QSet<int> s_figures{1, 2, 3, 4, 5, 6, 7}; // what this run measures (--only)

/// Server faults of the "remote Nango" modal runs: every HTTP answer and the WebSocket ack 150 ms late.
const QStringList s_latencyFaults{QStringLiteral("--fault"), QStringLiteral("http_delay_ms=150"),
                                  QStringLiteral("--fault"), QStringLiteral("ack_delay_ms=150")};
const QString s_latencyTag = QStringLiteral("offscreen-latency");

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
    if (s_figures.contains(1)) {
    // (1)
    const double ratio = value(QStringLiteral("credentials.ratio"));
    addDistribution(QStringLiteral("1"), QStringLiteral("API key: auth() → succeeded"), QStringLiteral("credentials.nangoqt"), QStringLiteral("ms"), 2);
    addDistribution(QStringLiteral("1"), QStringLiteral("API key: bare QNetworkAccessManager POST, same request"), QStringLiteral("credentials.bare"), QStringLiteral("ms"), 2);
    addValue(QStringLiteral("1"), QStringLiteral("ratio NangoQt / bare (medians; p95s)"),
             has(QStringLiteral("credentials.ratio"))
                 ? num(ratio, 2) + QStringLiteral(" ; ") + num(result(QStringLiteral("credentials.ratio")).value(QLatin1String("p95_ratio")).toDouble(), 2)
                 : QStringLiteral("(not measured)"),
             QStringLiteral("≤ 1.2"), has(QStringLiteral("credentials.ratio")) && ratio <= 1.2);
    }
    if (s_figures.contains(2)) {
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
    }
    if (s_figures.contains(3)) {
    // (3)
    addDistribution(QStringLiteral("3"), QStringLiteral("success frame sent → succeeded emitted"), QStringLiteral("delivery.frame_to_succeeded"),
                    QStringLiteral("ms"), 3, QStringLiteral("p95 ≤ 1 ms"), p95(QStringLiteral("delivery.frame_to_succeeded")) <= 1.0 && has(QStringLiteral("delivery.frame_to_succeeded")));
    }
    if (s_figures.contains(4)) {
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
        const QString later = QStringLiteral("modal.first_paint.later.") + platform;
        addValue(QStringLiteral("4"), QStringLiteral("cold / later modals (medians), %1").arg(platform),
                 has(cold) && has(later) ? num(median(cold) / median(later), 2) : QStringLiteral("(not measured)"));
    }
    // A remote Nango, imitated: the dev server answers every HTTP request and the WebSocket ack
    // 150 ms late. Cold = the first modal of a fresh process (no preload), later = its next 3.
    {
        const QString where = QStringLiteral("offscreen, server +150 ms (HTTP, ack)");
        const QString cold = QStringLiteral("modal.first_paint.cold.") + s_latencyTag;
        const QString later = QStringLiteral("modal.first_paint.later.") + s_latencyTag;
        const bool both = has(cold) && has(later);
        addDistribution(QStringLiteral("4"), QStringLiteral("auth() → first paint, cold (fresh process), %1").arg(where), cold, QStringLiteral("ms"), 0);
        addDistribution(QStringLiteral("4"), QStringLiteral("auth() → first paint, later modals, %1").arg(where), later, QStringLiteral("ms"), 0);
        addValue(QStringLiteral("4"), QStringLiteral("cold / later modals (medians), %1").arg(where),
                 both ? num(median(cold) / median(later), 2) : QStringLiteral("(not measured)"), QStringLiteral("≤ 1.5"),
                 both && median(cold) <= 1.5 * median(later));
        const QString shownCold = QStringLiteral("modal.shown.cold.") + s_latencyTag;
        const QString shownLater = QStringLiteral("modal.shown.later.") + s_latencyTag;
        addValue(QStringLiteral("4"), QStringLiteral("of which auth() → modal shown (medians: cold ; later), %1").arg(where),
                 has(shownCold) && has(shownLater)
                     ? num(median(shownCold), 0) + QStringLiteral(" ms ; ") + num(median(shownLater), 0) + QStringLiteral(" ms")
                     : QStringLiteral("(not measured)"));
    }
    }
    if (s_figures.contains(5)) {
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
    }
    if (s_figures.contains(6)) {
    // (6)
    const QJsonObject ws = result(QStringLiteral("devserver.ws_rounds_all_acked"));
    addDistribution(QStringLiteral("6"), QStringLiteral("dev server: 1,000 concurrent WebSocket clients, all acked"),
                    QStringLiteral("devserver.ws_all_acked"), QStringLiteral("ms"), 0,
                    QStringLiteral("all acked"), has(QStringLiteral("devserver.ws_rounds_all_acked")) && int(ws.value(QLatin1String("value")).toDouble()) == ws.value(QLatin1String("rounds")).toInt());
    addDistribution(QStringLiteral("6"), QStringLiteral("dev server: WebSocket connect → ack, per client"), QStringLiteral("devserver.ws_connect_to_ack"), QStringLiteral("ms"), 1);
    addDistribution(QStringLiteral("6"), QStringLiteral("dev server: API-key requests/s (48 in flight)"), QStringLiteral("devserver.apikey_rps"), QStringLiteral("req/s"), 0);
    }
}

/// Figure 7's rows: the native Connect UI, the hosted imitation in WebEngine, the picker's search.
void buildConnectUITable()
{
    const QString nativeCold = QStringLiteral("connectui.native_open.cold.offscreen");
    const QString nativeWarm = QStringLiteral("connectui.native_open.warm.offscreen");
    const QString hostedCold = QStringLiteral("connectui.hosted_open.cold.offscreen");
    const QString hostedWarm = QStringLiteral("connectui.hosted_open.warm.offscreen");
    const QString search = QStringLiteral("connectui.search.offscreen");
    addDistribution(QStringLiteral("7"), QStringLiteral("native Connect UI: open() → picker painted, cold (fresh process)"), nativeCold,
                    QStringLiteral("ms"), 1);
    addDistribution(QStringLiteral("7"), QStringLiteral("native Connect UI: open() → picker painted, warm"), nativeWarm, QStringLiteral("ms"), 1,
                    QStringLiteral("≤ 30 ms"), has(nativeWarm) && median(nativeWarm) <= 30);
    addDistribution(QStringLiteral("7"), QStringLiteral("hosted imitation in WebEngine: view → picker painted, cold (fresh process)"), hostedCold,
                    QStringLiteral("ms"), 0);
    addDistribution(QStringLiteral("7"), QStringLiteral("hosted imitation in WebEngine: view → picker painted, warm"), hostedWarm,
                    QStringLiteral("ms"), 0);
    const bool both = has(nativeWarm) && has(hostedWarm) && median(hostedWarm) > 0;
    const double ratio = both ? median(nativeWarm) / median(hostedWarm) : 0;
    addValue(QStringLiteral("7"), QStringLiteral("native / hosted, warm (medians)"), both ? num(ratio, 3) : QStringLiteral("(not measured)"),
             QStringLiteral("≤ 0.2"), both && ratio <= 0.2);
    const QJsonObject s = result(search);
    addDistribution(QStringLiteral("7"),
                    QStringLiteral("picker search over %1 integrations: keystroke → filtered list painted").arg(s.value(QLatin1String("integrations")).toInt()),
                    search, QStringLiteral("ms"), 2);
}

/// --baseline: figure 4's offscreen figures of the baseline build beside this build's.
QList<Row> comparisonRows()
{
    QList<Row> rows;
    const auto ms = [](const QString &id) { return has(id) ? num(median(id), 0) + QStringLiteral(" ms") : QStringLiteral("(not measured)"); };
    const auto add = [&](const QString &measure, const QString &id) {
        const QString before = QStringLiteral("baseline.") + id;
        QString change;
        if (has(id) && has(before) && median(before) > 0)
            change = QStringLiteral("%1%2 %").arg(median(id) >= median(before) ? QStringLiteral("+") : QString())
                         .arg(num(100.0 * (median(id) - median(before)) / median(before), 0));
        rows << Row{QStringLiteral("4"), measure, ms(before), ms(id), QString::number(n(id)) + QStringLiteral(" + ") + QString::number(n(before)), change, QString()};
    };
    const auto ratio = [&](const QString &measure, const QString &cold, const QString &later, const QString &goal, double limit) {
        const auto value = [&](const QString &prefix) {
            return has(prefix + cold) && has(prefix + later) ? median(prefix + cold) / median(prefix + later) : -1.0;
        };
        const double before = value(QStringLiteral("baseline.")), after = value(QString());
        rows << Row{QStringLiteral("4"), measure, before < 0 ? QStringLiteral("(not measured)") : num(before, 2),
                    after < 0 ? QStringLiteral("(not measured)") : num(after, 2), QString(), goal,
                    goal.isEmpty() ? QString() : after >= 0 && after <= limit ? QStringLiteral("met") : QStringLiteral("MISSED")};
    };
    const QString lo = QStringLiteral("offscreen"), lat = s_latencyTag;
    add(QStringLiteral("first paint, cold (fresh process), loopback"), QStringLiteral("modal.first_paint.cold.") + lo);
    add(QStringLiteral("first paint, warm (preload), loopback"), QStringLiteral("modal.first_paint.warm.") + lo);
    add(QStringLiteral("first paint, later modals, loopback"), QStringLiteral("modal.first_paint.later.") + lo);
    ratio(QStringLiteral("cold / later modals, loopback"), QStringLiteral("modal.first_paint.cold.") + lo, QStringLiteral("modal.first_paint.later.") + lo, QString(), 0);
    add(QStringLiteral("modal shown, cold, loopback"), QStringLiteral("modal.shown.cold.") + lo);
    add(QStringLiteral("modal shown, later modals, loopback"), QStringLiteral("modal.shown.later.") + lo);
    add(QStringLiteral("first paint, cold (fresh process), server +150 ms"), QStringLiteral("modal.first_paint.cold.") + lat);
    add(QStringLiteral("first paint, later modals, server +150 ms"), QStringLiteral("modal.first_paint.later.") + lat);
    ratio(QStringLiteral("cold / later modals, server +150 ms"), QStringLiteral("modal.first_paint.cold.") + lat, QStringLiteral("modal.first_paint.later.") + lat,
          QStringLiteral("≤ 1.5"), 1.5);
    add(QStringLiteral("modal shown, cold, server +150 ms"), QStringLiteral("modal.shown.cold.") + lat);
    add(QStringLiteral("modal shown, later modals, server +150 ms"), QStringLiteral("modal.shown.later.") + lat);
    add(QStringLiteral("NangoAuth::preload() call (a load gauge: the library does not change it)"), QStringLiteral("modal.preload_call.") + lo);
    return rows;
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
    s_baselineDir = arg(args, QStringLiteral("--baseline"));
    if (!s_baselineDir.isEmpty() && !QFileInfo::exists(s_baselineDir + QStringLiteral("/nangoqt-bench-modal"))) {
        std::fprintf(stderr, "--baseline %s: no nangoqt-bench-modal there\n", qPrintable(s_baselineDir));
        return 2;
    }
    if (const QString only = arg(args, QStringLiteral("--only")); !only.isEmpty()) {
        s_figures.clear();
        for (const QString &f : only.split(QLatin1Char(',')))
            s_figures.insert(f.trimmed().toInt());
    }
    QFile log(outPath + QStringLiteral(".log"));
    if (log.open(QIODevice::WriteOnly))
        s_log = &log;
    const QString loadStart = loadAverage();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer total;
    total.start();

    std::fprintf(stderr, "Running the benchmarks (load average %s)...\n", qPrintable(loadStart));
    if (s_figures.contains(1))
        run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("credentials"), QStringLiteral("--runs"), quick ? QStringLiteral("50") : QStringLiteral("400")});
    if (s_figures.contains(2))
        run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("fanout"), QStringLiteral("--rounds"), quick ? QStringLiteral("2") : QStringLiteral("7")});
    if (s_figures.contains(3))
        run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("delivery"), QStringLiteral("--runs"), quick ? QStringLiteral("50") : QStringLiteral("300")});
    if (s_figures.contains(6))
        run({QStringLiteral("nangoqt-bench-core"), QStringLiteral("--figure"), QStringLiteral("devserver"), QStringLiteral("--rounds"), quick ? QStringLiteral("2") : QStringLiteral("7"),
             QStringLiteral("--windows"), quick ? QStringLiteral("2") : QStringLiteral("7")});
    if (modal && s_figures.contains(4)) {
        const int processes = arg(args, QStringLiteral("--modal-runs"), quick ? QStringLiteral("2") : QStringLiteral("11")).toInt();
        // Cold and warm alternate, so a noisy moment hits both; so do loopback and "remote".
        const QList<QStringList> kinds{
            {QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("1")},
            {QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("4"), QStringLiteral("--preload")},
            QStringList{QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("4"), QStringLiteral("--tag"), s_latencyTag}
                + s_latencyFaults,
        };
        for (int i = 0; i < processes; ++i) {
            for (const QStringList &command : kinds) {
                if (s_baselineDir.isEmpty()) {
                    run(command);
                } else { // this build and the baseline in turns, each first every other time
                    run(command, false, false, i % 2 == 1);
                    run(command, false, false, i % 2 == 0);
                }
            }
        }
    }
    if (modal && s_figures.contains(4)) {
        if (xvfb) {
            for (int i = 0; i < (quick ? 1 : 5); ++i) {
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("1"), QStringLiteral("--tag"), QStringLiteral("xvfb")}, true);
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("4"), QStringLiteral("--preload"), QStringLiteral("--tag"), QStringLiteral("xvfb")}, true);
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("1"), QStringLiteral("--tag"), QStringLiteral("xvfb-swquick")}, true, true);
                run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--paint"), QStringLiteral("4"), QStringLiteral("--preload"), QStringLiteral("--tag"), QStringLiteral("xvfb-swquick")}, true, true);
            }
        }
    }
    if (modal && s_figures.contains(5))
        run({QStringLiteral("nangoqt-bench-modal"), QStringLiteral("--flows"), quick ? QStringLiteral("20") : QStringLiteral("100"), QStringLiteral("--preload")});

    const bool connectUI = QFileInfo::exists(s_dir + QStringLiteral("/nangoqt-bench-connectui"));
    if (connectUI && s_figures.contains(7)) {
        const int processes = quick ? 2 : 5;
        for (int i = 0; i < processes; ++i) { // cold and warm in each process; native and hosted in turns
            run({QStringLiteral("nangoqt-bench-connectui"), QStringLiteral("--native"), quick ? QStringLiteral("5") : QStringLiteral("11")});
            run({QStringLiteral("nangoqt-bench-connectui"), QStringLiteral("--hosted"), quick ? QStringLiteral("3") : QStringLiteral("5")});
        }
        run({QStringLiteral("nangoqt-bench-connectui"), QStringLiteral("--search"), quick ? QStringLiteral("20") : QStringLiteral("100"),
             QStringLiteral("--integrations"), QStringLiteral("500")});
    }

    buildTable(modal && xvfb);
    if (s_figures.contains(7))
        buildConnectUITable();
    printTable();
    const QList<Row> comparison = s_baselineDir.isEmpty() ? QList<Row>() : comparisonRows();
    if (!comparison.isEmpty()) {
        QTextStream out(stdout);
        out << "\nBefore (--baseline " << s_baselineDir << ") / after (this build), medians, offscreen:\n";
        for (const Row &r : comparison)
            out << r.figure << "  " << r.measure.leftJustified(72) << "  " << r.median.leftJustified(14) << "  "
                << r.p95.leftJustified(14) << "  " << r.n.leftJustified(9) << "  " << r.goal << "  " << r.verdict << '\n';
    }
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
        {QStringLiteral("figures"), [] {
             QList<int> f = s_figures.values();
             std::sort(f.begin(), f.end());
             QJsonArray a;
             for (int i : f)
                 a.append(i);
             return a;
         }()},
        {QStringLiteral("seconds"), total.elapsed() / 1000.0},
        {QStringLiteral("failed_runs"), QJsonArray::fromStringList(s_failures)},
        {QStringLiteral("table"), rows},
        {QStringLiteral("baseline"), s_baselineDir},
        {QStringLiteral("comparison"), [&comparison] {
             QJsonArray a;
             for (const Row &r : comparison)
                 a.append(QJsonObject{{QStringLiteral("measure"), r.measure}, {QStringLiteral("before"), r.median},
                                      {QStringLiteral("after"), r.p95}, {QStringLiteral("n_after_before"), r.n},
                                      {QStringLiteral("change_or_goal"), r.goal}, {QStringLiteral("verdict"), r.verdict}});
             return a;
         }()},
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
    if (!comparison.isEmpty()) {
        md += QStringLiteral("\nBefore (baseline build) / after (this build), medians, offscreen:\n\n"
                             "| # | measure | before | after | n (after + before) | change (goal) | |\n|---|---|---|---|---|---|---|\n");
        for (const Row &r : comparison) {
            md += QStringList{r.figure, r.measure, r.median, r.p95, r.n, r.goal, r.verdict}.join(QStringLiteral(" | "))
                      .prepend(QStringLiteral("| ")).append(QStringLiteral(" |\n"));
        }
    }
    QFile mdFile(QString(outPath).replace(QRegularExpression(QStringLiteral("\\.json$")), QString()) + QStringLiteral(".md"));
    if (mdFile.open(QIODevice::WriteOnly))
        mdFile.write(md.toUtf8());
    std::fprintf(stderr, "Wrote %s (%.0f s, load average at the end %s)\n", qPrintable(outPath), total.elapsed() / 1000.0,
                 qPrintable(loadAverage()));
    return s_failures.isEmpty() ? 0 : 1;
}
