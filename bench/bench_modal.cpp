// SPDX-License-Identifier: MIT
// Modal benchmarks (figures 4 and 5), against nango-dev-server running as its own process:
//   --paint N [--preload]  N sequential modals: auth() → first contentful paint of the provider
//                          page in the NangoAuthDialog (sample 0 is the process's first modal:
//                          "cold" without --preload, "warm" with it), then the flow is cancelled.
//   --fault SPEC           (repeatable) passed to nango-dev-server as --fault SPEC, e.g.
//                          http_delay_ms=150 and ack_delay_ms=150 to imitate a remote Nango.
//   --flows N [--preload]  memory: RSS of this process and its QtWebEngineProcess children idle,
//                          with a modal open, after the modal is gone (renderers left), then N
//                          sequential full OAuth flows with the auto-approving provider (each
//                          auth() → succeeded timed) and the RSS growth over them.
//
// First paint: Chromium's Paint Timing entry 'first-contentful-paint' of the provider page
// (performance.timeOrigin + startTime, the presentation time of the first frame with content),
// read back with runJavaScript() once it exists, against the wall clock taken at auth(). The
// Qt-side loadFinished() time of the provider page is reported beside it.
#include "benchcommon.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthDialog>
#include <NangoQt/NangoAuthFlow>

#include <QApplication>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <chrono>

using namespace Bench;

namespace {

double wallMs()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

/// Remembers the newest NangoAuthDialog shown, and when.
class DialogWatcher : public QObject
{
public:
    QPointer<NangoAuthDialog> dialog;
    QElapsedTimer clock;
    qint64 shownNs = -1;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Show) {
            if (auto *d = qobject_cast<NangoAuthDialog *>(o)) {
                dialog = d;
                shownNs = clock.nsecsElapsed();
            }
        }
        return false;
    }
};

struct PaintResult
{
    double firstPaintMs = -1; ///< auth() → first contentful paint of the provider page
    double loadedMs = -1;     ///< auth() → loadFinished() of the provider page (Qt side)
    double shownMs = -1;      ///< auth() → the modal's Show event (WebSocket acked, dialog built)
};

const QString providerPath = QStringLiteral("/provider/oauth/authorize");

/// Starts an auth() and waits for the provider page's first contentful paint in the modal.
PaintResult measurePaint(NangoAuth &nango, DialogWatcher &watcher, const QString &integration, const QString &connectionId,
                         NangoAuthFlow **flowOut)
{
    PaintResult r;
    watcher.dialog = nullptr;
    QElapsedTimer clock;
    const double t0Wall = wallMs();
    clock.start();
    watcher.clock = clock;
    watcher.shownNs = -1;
    NangoAuthFlow *flow = nango.auth(integration, connectionId);
    *flowOut = flow;
    bool hooked = false;
    bool inFlight = false;
    bool done = false;
    waitUntil([&] {
        if (done)
            return true;
        if (!watcher.dialog)
            return false;
        auto *view = watcher.dialog->findChild<QWebEngineView *>(QStringLiteral("authView"));
        if (!view)
            return false;
        if (!hooked) {
            hooked = true;
            QObject::connect(view->page(), &QWebEnginePage::loadFinished, view, [&, view](bool ok) {
                if (ok && view->url().path() == providerPath && r.loadedMs < 0)
                    r.loadedMs = double(clock.nsecsElapsed()) / 1e6;
            });
        }
        // Poll only once the modal navigates (a modal shown while the WebSocket connects has an
        // empty page until the ack; scripts run in it would start its renderer early).
        if (inFlight || view->url().isEmpty())
            return false;
        inFlight = true;
        view->page()->runJavaScript(
            QStringLiteral("(function () { var e = performance.getEntriesByName('first-contentful-paint')[0];"
                           " return [location.pathname, e ? performance.timeOrigin + e.startTime : 0]; })()"),
            [&](const QVariant &v) {
                inFlight = false;
                const QVariantList l = v.toList();
                if (l.size() == 2 && l.at(0).toString() == providerPath && l.at(1).toDouble() > 0) {
                    r.firstPaintMs = l.at(1).toDouble() - t0Wall;
                    done = true;
                }
            });
        return false;
    }, 30000);
    // The Qt-side load time may come a moment after the paint.
    waitUntil([&] { return r.loadedMs >= 0; }, 5000);
    r.shownMs = watcher.shownNs / 1e6;
    return r;
}

/// Ends @p flow (if still running) and waits until its modal is destroyed.
void finish(NangoAuthFlow *flow, DialogWatcher &watcher)
{
    QPointer<NangoAuthFlow> guard(flow);
    if (guard && !guard->isFinished())
        guard->cancel();
    waitUntil([&] { return !watcher.dialog; }, 10000);
}

struct Memory
{
    double selfMB = 0;
    double childrenMB = 0;
    double selfPssMB = 0;
    double childrenPssMB = 0;
    int childProcesses = 0;
    QList<qint64> renderers;
    QJsonObject json() const
    {
        QJsonArray r;
        for (qint64 pid : renderers)
            r.append(double(pid));
        return {{QStringLiteral("self_MB"), selfMB}, {QStringLiteral("children_MB"), childrenMB},
                {QStringLiteral("total_MB"), selfMB + childrenMB}, {QStringLiteral("child_processes"), childProcesses},
                {QStringLiteral("self_pss_MB"), selfPssMB}, {QStringLiteral("children_pss_MB"), childrenPssMB},
                {QStringLiteral("total_pss_MB"), selfPssMB + childrenPssMB},
                {QStringLiteral("renderer_pids"), r}};
    }
};

Memory memoryNow()
{
    Memory m;
    m.selfMB = statusKb(selfPid(), "VmRSS") / 1024.0;
    const ChildMemory c = webEngineChildren();
    m.childrenMB = c.rssKb / 1024.0;
    m.selfPssMB = pssKb(selfPid()) / 1024.0;
    m.childrenPssMB = c.pssKb / 1024.0;
    m.childProcesses = c.processes;
    m.renderers = c.renderers;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool preload = args.contains(QStringLiteral("--preload"));
    const QString tag = arg(args, QStringLiteral("--tag"), QStringLiteral("offscreen"));

    ServerProcess server;
    QString error;
    QStringList serverArguments;
    for (const QString &fault : Bench::args(args, QStringLiteral("--fault")))
        serverArguments << QStringLiteral("--fault") << fault;
    if (!server.start(arg(args, QStringLiteral("--server"), QStringLiteral(NANGOQT_BENCH_DEVSERVER)),
                      QStringLiteral(NANGOQT_BENCH_INTEGRATIONS), &error, serverArguments))
        qFatal("%s", qPrintable(error));

    DialogWatcher watcher;
    app.installEventFilter(&watcher);
    NangoAuth nango;
    nango.setHost(server.url);
    nango.setPublicKey(server.publicKey); // connection ids chosen by the caller (session tokens forbid them)
    nango.setBrowser(NangoAuth::Browser::Embedded);
    nango.setTimeout(60000);

    const Memory beforePreload = memoryNow();
    double preloadCallMs = -1;
    if (preload) {
        QElapsedTimer preloadClock;
        preloadClock.start();
        NangoAuth::preload(); // WebEngine's start-up, synchronous on this thread
        preloadCallMs = double(preloadClock.nsecsElapsed()) / 1e6;
        settle(arg(args, QStringLiteral("--settle"), QStringLiteral("2000")).toInt()); // the app's idle time before the user clicks
    }
    const QString mode = args.contains(QStringLiteral("--flows")) ? QStringLiteral("flows") : QStringLiteral("paint");

    if (mode == QLatin1String("paint")) {
        const int n = arg(args, QStringLiteral("--paint"), QStringLiteral("1")).toInt();
        QList<double> first, later, loadedFirst, loadedLater, shownFirst, shownLater;
        for (int i = 0; i < n; ++i) {
            NangoAuthFlow *flow = nullptr;
            const PaintResult r = measurePaint(nango, watcher, QStringLiteral("github-dev"), QStringLiteral("p-%1").arg(i), &flow);
            if (r.firstPaintMs < 0) {
                qWarning("no first contentful paint of the provider page within 30 s");
                return 1;
            }
            (i == 0 ? first : later) << r.firstPaintMs;
            (i == 0 ? loadedFirst : loadedLater) << r.loadedMs;
            (i == 0 ? shownFirst : shownLater) << r.shownMs;
            finish(flow, watcher);
            settle(300);
        }
        const QString kind = preload ? QStringLiteral("warm") : QStringLiteral("cold");
        const QJsonObject extra{{QStringLiteral("platform"), tag}};
        emitSamples(QStringLiteral("modal.first_paint.%1.%2").arg(kind, tag), QStringLiteral("ms"), first, extra);
        emitSamples(QStringLiteral("modal.loaded.%1.%2").arg(kind, tag), QStringLiteral("ms"), loadedFirst, extra);
        emitSamples(QStringLiteral("modal.shown.%1.%2").arg(kind, tag), QStringLiteral("ms"), shownFirst, extra);
        if (preload)
            emitSamples(QStringLiteral("modal.preload_call.%1").arg(tag), QStringLiteral("ms"), {preloadCallMs}, extra);
        if (!later.isEmpty()) {
            emitSamples(QStringLiteral("modal.first_paint.later.%1").arg(tag), QStringLiteral("ms"), later, extra);
            emitSamples(QStringLiteral("modal.loaded.later.%1").arg(tag), QStringLiteral("ms"), loadedLater, extra);
            emitSamples(QStringLiteral("modal.shown.later.%1").arg(tag), QStringLiteral("ms"), shownLater, extra);
        }
        return 0;
    }

    // --flows: memory and the full OAuth flow.
    const int flows = arg(args, QStringLiteral("--flows"), QStringLiteral("100")).toInt();
    const Memory idle = memoryNow();
    NangoAuthFlow *flow = nullptr;
    if (measurePaint(nango, watcher, QStringLiteral("github-dev"), QStringLiteral("m-open"), &flow).firstPaintMs < 0)
        return 1;
    const Memory modalOpen = memoryNow();
    finish(flow, watcher);
    settle(1500);
    const Memory modalGone = memoryNow();

    auto runOAuth = [&](int i, QList<double> *samples) {
        bool ok = false;
        bool done = false;
        QElapsedTimer clock;
        clock.start();
        NangoAuthFlow *f = nango.auth(QStringLiteral("github-auto"), QStringLiteral("o-%1").arg(i));
        QObject::connect(f, &NangoAuthFlow::succeeded, f, [&] {
            if (samples)
                *samples << double(clock.nsecsElapsed()) / 1e6;
            ok = done = true;
        });
        QObject::connect(f, &NangoAuthFlow::failed, f, [&](const QString &type, const QString &message) {
            qWarning("OAuth flow failed: %s: %s", qPrintable(type), qPrintable(message));
            done = true;
        });
        waitUntil([&] { return done; }, 30000);
        waitUntil([&] { return !watcher.dialog; }, 10000); // the modal closed itself and is gone
        return ok;
    };
    const int warmFlows = 5;
    for (int i = 0; i < warmFlows; ++i) {
        if (!runOAuth(i, nullptr))
            return 1;
    }
    settle(1500);
    const Memory baseline = memoryNow();
    QList<double> flowMs;
    int failures = 0;
    for (int i = 0; i < flows; ++i) {
        if (!runOAuth(warmFlows + i, &flowMs))
            ++failures;
    }
    settle(1500);
    const Memory after = memoryNow();
    // Renderers still running once every modal is gone, other than those alive while idle (the
    // preload() page's).
    auto leftover = [&](const Memory &m) {
        int n = 0;
        for (qint64 pid : m.renderers)
            n += idle.renderers.contains(pid) ? 0 : 1;
        return n;
    };
    const QJsonObject extra{{QStringLiteral("platform"), tag}, {QStringLiteral("preload"), preload}};
    emitSamples(QStringLiteral("modal.oauth_flow.%1").arg(tag), QStringLiteral("ms"), flowMs, extra);
    emitValue(QStringLiteral("memory.before_preload"), QStringLiteral("MB"), beforePreload.selfMB + beforePreload.childrenMB, beforePreload.json());
    emitValue(QStringLiteral("memory.idle"), QStringLiteral("MB"), idle.selfMB + idle.childrenMB, idle.json());
    emitValue(QStringLiteral("memory.modal_open"), QStringLiteral("MB"), modalOpen.selfMB + modalOpen.childrenMB, modalOpen.json());
    emitValue(QStringLiteral("memory.modal_gone"), QStringLiteral("MB"), modalGone.selfMB + modalGone.childrenMB, modalGone.json());
    emitValue(QStringLiteral("memory.after_warmup_flows"), QStringLiteral("MB"), baseline.selfMB + baseline.childrenMB, baseline.json());
    emitValue(QStringLiteral("memory.after_flows"), QStringLiteral("MB"), after.selfMB + after.childrenMB, after.json());
    emitValue(QStringLiteral("memory.growth_self"), QStringLiteral("MB"), after.selfMB - baseline.selfMB, {{QStringLiteral("flows"), flows}});
    emitValue(QStringLiteral("memory.growth_total"), QStringLiteral("MB"), (after.selfMB + after.childrenMB) - (baseline.selfMB + baseline.childrenMB),
              {{QStringLiteral("flows"), flows}});
    emitValue(QStringLiteral("memory.renderers_left_after_modal"), QStringLiteral("processes"), leftover(modalGone));
    emitValue(QStringLiteral("memory.renderers_left_after_flows"), QStringLiteral("processes"), leftover(after),
              {{QStringLiteral("failed_flows"), failures}});
    return failures == 0 ? 0 : 1;
}
