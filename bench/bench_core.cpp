// SPDX-License-Identifier: MIT
// Core benchmarks (no GUI), one figure per invocation so peaks and caches don't mix:
//   --figure credentials  (1) auth() → succeeded for an API key vs. a bare QNetworkAccessManager
//                             POST of the identical request, interleaved, same process
//   --figure fanout       (2) 1,000 API-key flows at once on one NangoAuth
//   --figure delivery     (3) the dev server hands the success frame to its socket → succeeded
//   --figure devserver    (6) 1,000 concurrent WebSocket clients acked; API-key requests/s
// Results are "BENCH {json}" lines on stdout (see benchcommon.h).
#include "benchcommon.h"
#include "nangodevserver.h"
#include "testwindow.h" // tests/shared: a GUI-less browser tab that follows the OAuth redirects

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QWebSocket>

#include <memory>

using namespace Bench;
using NangoDev::NangoDevServer;

namespace {

QElapsedTimer s_clock;

std::unique_ptr<NangoDevServer> inProcessServer()
{
    auto server = std::make_unique<NangoDevServer>();
    server->setEra(NangoDev::Era::Current);
    QString error;
    if (!server->loadIntegrations(QStringLiteral(NANGOQT_BENCH_INTEGRATIONS), &error) || !server->listen(0, &error))
        qFatal("dev server: %s", qPrintable(error));
    return server;
}

NangoAuthOptions apiKeyOptions()
{
    NangoAuthOptions o;
    o.setApiKey(QStringLiteral("sk_test_bench_0123456789"));
    return o;
}

/// Runs one flow to its end; returns false unless it succeeded.
bool runFlow(NangoAuthFlow *flow, int timeoutMs = 30000)
{
    bool ok = false;
    bool done = false;
    QObject::connect(flow, &NangoAuthFlow::succeeded, flow, [&] { ok = done = true; });
    QObject::connect(flow, &NangoAuthFlow::failed, flow, [&](const QString &type, const QString &message) {
        done = true;
        qWarning("flow failed: %s: %s", qPrintable(type), qPrintable(message));
    });
    waitUntil([&] { return done; }, timeoutMs);
    return ok;
}

// (1) -------------------------------------------------------------------------------------------
int credentials(int runs)
{
    auto server = inProcessServer();
    NangoAuth nango;
    nango.setHost(server->url());
    nango.setPublicKey(server->publicKey()); // connection ids chosen by the caller (session tokens forbid them)
    const NangoAuthOptions options = apiKeyOptions();

    // The identical request, taken from what NangoQt sent.
    if (!runFlow(nango.auth(QStringLiteral("stripe-dev"), QStringLiteral("probe"), options)))
        return 1;
    const NangoDev::LoggedRequest sent = server->requestLog().constLast();
    QNetworkAccessManager bare;
    auto bareRequest = [&](const QString &connectionId) {
        QByteArray query = sent.rawQuery;
        query.replace("connection_id=probe", "connection_id=" + connectionId.toUtf8());
        QNetworkRequest r(QUrl::fromEncoded(server->url().toEncoded() + sent.path.toUtf8() + '?' + query));
        for (auto it = sent.headers.cbegin(); it != sent.headers.cend(); ++it) {
            if (it.key() == "content-type" || it.key() == "accept")
                r.setRawHeader(it.key(), it.value());
        }
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return r;
    };
    auto runBare = [&](const QString &connectionId) {
        QNetworkReply *reply = bare.post(bareRequest(connectionId), sent.body);
        bool done = false;
        QString cid;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            // What any caller does with the answer: read it and take the connection id.
            cid = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("connectionId")).toString();
            done = true;
        });
        waitUntil([&] { return done; }, 30000);
        reply->deleteLater();
        return cid == connectionId;
    };

    QList<double> nangoMs, bareMs, ratios;
    const int warmup = 30;
    for (int i = 0; i < warmup + runs; ++i) {
        const QString id = QStringLiteral("c-%1").arg(i);
        double tn = 0, tb = 0;
        // Alternate the order so neither side always runs on a warmer cache.
        for (int side = 0; side < 2; ++side) {
            const bool nangoTurn = (side == 0) == (i % 2 == 0);
            const qint64 t0 = s_clock.nsecsElapsed();
            if (nangoTurn) {
                if (!runFlow(nango.auth(QStringLiteral("stripe-dev"), id + QStringLiteral("-n"), options)))
                    return 1;
                tn = msSince(t0, s_clock);
            } else {
                if (!runBare(id + QStringLiteral("-b"))) {
                    qWarning("bare request failed");
                    return 1;
                }
                tb = msSince(t0, s_clock);
            }
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (i >= warmup) {
            nangoMs << tn;
            bareMs << tb;
            ratios << tn / tb;
        }
    }
    emitSamples(QStringLiteral("credentials.nangoqt"), QStringLiteral("ms"), nangoMs);
    emitSamples(QStringLiteral("credentials.bare"), QStringLiteral("ms"), bareMs);
    emitSamples(QStringLiteral("credentials.ratio_per_pair"), QStringLiteral("x"), ratios);
    emitValue(QStringLiteral("credentials.ratio"), QStringLiteral("x"), stats(nangoMs).median / stats(bareMs).median,
              {{QStringLiteral("p95_ratio"), stats(nangoMs).p95 / stats(bareMs).p95}});
    return 0;
}

// (2) -------------------------------------------------------------------------------------------
int fanout(const QString &serverBin, int flows, int rounds)
{
    ServerProcess server;
    QString error;
    if (!server.start(serverBin, QStringLiteral(NANGOQT_BENCH_INTEGRATIONS), &error))
        qFatal("%s", qPrintable(error));
    NangoAuth nango;
    nango.setHost(server.url);
    nango.setPublicKey(server.publicKey); // connection ids chosen by the caller (session tokens forbid them)
    const NangoAuthOptions options = apiKeyOptions();
    const qint64 rssBefore = statusKb(selfPid(), "VmRSS");

    QList<double> totals;
    int allSucceeded = 0, misattributed = 0, failedFlows = 0, authSignals = 0;
    QObject::connect(&nango, &NangoAuth::succeeded, &nango, [&] { ++authSignals; });
    for (int round = 0; round < rounds; ++round) {
        int succeeded = 0;
        int ended = 0;
        const qint64 t0 = s_clock.nsecsElapsed();
        for (int i = 0; i < flows; ++i) {
            const QString id = QStringLiteral("fan-%1-%2").arg(round).arg(i);
            NangoAuthFlow *flow = nango.auth(QStringLiteral("stripe-dev"), id, options);
            QObject::connect(flow, &NangoAuthFlow::succeeded, flow, [&, id](const QString &key, const QString &cid) {
                ++ended;
                if (cid == id && key == QLatin1String("stripe-dev"))
                    ++succeeded;
                else
                    ++misattributed;
            });
            QObject::connect(flow, &NangoAuthFlow::failed, flow, [&](const QString &type, const QString &message) {
                ++ended;
                ++failedFlows;
                qWarning("fan-out flow failed: %s: %s", qPrintable(type), qPrintable(message));
            });
        }
        waitUntil([&] { return ended == flows; }, 120000);
        totals << msSince(t0, s_clock);
        if (succeeded == flows)
            ++allSucceeded;
        settle(200);
    }
    emitSamples(QStringLiteral("fanout.total"), QStringLiteral("ms"), totals, {{QStringLiteral("flows"), flows}});
    emitValue(QStringLiteral("fanout.rounds_all_succeeded"), QStringLiteral("rounds"), allSucceeded,
              {{QStringLiteral("rounds"), rounds}, {QStringLiteral("misattributed"), misattributed},
               {QStringLiteral("failed"), failedFlows},
               {QStringLiteral("nangoauth_succeeded_signals"), authSignals}});
    emitValue(QStringLiteral("fanout.peak_rss"), QStringLiteral("MB"), statusKb(selfPid(), "VmHWM") / 1024.0,
              {{QStringLiteral("rss_before_MB"), rssBefore / 1024.0}});
    return allSucceeded == rounds ? 0 : 1;
}

// (3) -------------------------------------------------------------------------------------------
int delivery(int runs)
{
    auto server = inProcessServer();
    NangoAuth nango;
    nango.setHost(server->url());
    nango.setPublicKey(server->publicKey()); // connection ids chosen by the caller (session tokens forbid them)
    nango.setWindowFactory([](NangoAuthFlow *) { return new FollowingWindow(FollowingWindow::Allow); });

    qint64 frameSentNs = -1;
    QObject::connect(server.get(), &NangoDevServer::resultFrameSent, server.get(), [&] { frameSentNs = s_clock.nsecsElapsed(); });
    QList<double> latencyMs, flowMs;
    const int warmup = 10;
    for (int i = 0; i < warmup + runs; ++i) {
        frameSentNs = -1;
        qint64 succeededNs = -1;
        const qint64 t0 = s_clock.nsecsElapsed();
        NangoAuthFlow *flow = nango.auth(QStringLiteral("github-auto"), QStringLiteral("d-%1").arg(i));
        QObject::connect(flow, &NangoAuthFlow::succeeded, flow, [&] { succeededNs = s_clock.nsecsElapsed(); });
        if (!runFlow(flow) || frameSentNs < 0)
            return 1;
        if (i >= warmup) {
            latencyMs << double(succeededNs - frameSentNs) / 1e6;
            flowMs << double(succeededNs - t0) / 1e6;
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    emitSamples(QStringLiteral("delivery.frame_to_succeeded"), QStringLiteral("ms"), latencyMs);
    emitSamples(QStringLiteral("delivery.headless_oauth_flow"), QStringLiteral("ms"), flowMs);
    return 0;
}

// (6) -------------------------------------------------------------------------------------------
int devserver(const QString &serverBin, int clients, int rounds, int rpsWindows)
{
    ServerProcess server;
    QString error;
    if (!server.start(serverBin, QStringLiteral(NANGOQT_BENCH_INTEGRATIONS), &error))
        qFatal("%s", qPrintable(error));
    QUrl wsUrl = server.url;
    wsUrl.setScheme(QStringLiteral("ws"));
    wsUrl.setPath(QStringLiteral("/"));

    QList<double> allAckedMs, ackLatencyMs;
    int fullyAckedRounds = 0;
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        QList<qint64> opened(clients, 0);
        int acked = 0;
        const qint64 t0 = s_clock.nsecsElapsed();
        for (int i = 0; i < clients; ++i) {
            auto ws = std::make_unique<QWebSocket>();
            QObject::connect(ws.get(), &QWebSocket::textMessageReceived, ws.get(), [&, i](const QString &m) {
                const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
                if (o.value(QLatin1String("message_type")).toString() == QLatin1String("connection_ack")
                    && !o.value(QLatin1String("ws_client_id")).toString().isEmpty()) {
                    ++acked;
                    ackLatencyMs << double(s_clock.nsecsElapsed() - opened[i]) / 1e6;
                }
            });
            opened[i] = s_clock.nsecsElapsed();
            ws->open(wsUrl);
            sockets.push_back(std::move(ws));
        }
        waitUntil([&] { return acked == clients; }, 60000);
        allAckedMs << msSince(t0, s_clock);
        if (acked == clients)
            ++fullyAckedRounds;
        else
            qWarning("only %d of %d WebSocket clients acked", acked, clients);
        for (auto &ws : sockets)
            ws->close();
        settle(300);
    }
    emitSamples(QStringLiteral("devserver.ws_all_acked"), QStringLiteral("ms"), allAckedMs, {{QStringLiteral("clients"), clients}});
    emitSamples(QStringLiteral("devserver.ws_connect_to_ack"), QStringLiteral("ms"), ackLatencyMs);
    emitValue(QStringLiteral("devserver.ws_rounds_all_acked"), QStringLiteral("rounds"), fullyAckedRounds,
              {{QStringLiteral("rounds"), rounds}});

    // API-key requests per second: 4 network managers × 6 keep-alive connections, 48 in flight.
    const QUrl postUrl = QUrl::fromEncoded(server.url.toEncoded() + "/api-auth/api-key/stripe-dev?connection_id=rps&public_key="
                                           + QUrl::toPercentEncoding(server.publicKey));
    QNetworkRequest request(postUrl);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = QByteArrayLiteral("{\"apiKey\":\"sk_test_bench_0123456789\"}");
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int m = 0; m < 4; ++m)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    int completed = 0, errors = 0;
    bool running = true;
    std::function<void(QNetworkAccessManager *)> fire = [&](QNetworkAccessManager *nam) {
        QNetworkReply *reply = nam->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, nam] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++completed;
            else
                ++errors;
            reply->deleteLater();
            if (running)
                fire(nam);
        });
    };
    for (auto &nam : managers)
        for (int k = 0; k < 12; ++k)
            fire(nam.get());
    settle(1000); // warm-up
    QList<double> rps;
    for (int w = 0; w < rpsWindows; ++w) {
        const int before = completed;
        const qint64 t0 = s_clock.nsecsElapsed();
        settle(2000);
        rps << (completed - before) / (msSince(t0, s_clock) / 1000.0);
    }
    running = false;
    settle(500);
    emitSamples(QStringLiteral("devserver.apikey_rps"), QStringLiteral("req/s"), rps,
                {{QStringLiteral("errors"), errors}, {QStringLiteral("in_flight"), 48}});
    return fullyAckedRounds == rounds && errors == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    s_clock.start();
    const QStringList args = app.arguments();
    const QString figure = arg(args, QStringLiteral("--figure"));
    const QString serverBin = arg(args, QStringLiteral("--server"), QStringLiteral(NANGOQT_BENCH_DEVSERVER));
    const int runs = arg(args, QStringLiteral("--runs"), QStringLiteral("300")).toInt();
    if (figure == QLatin1String("credentials"))
        return credentials(runs);
    if (figure == QLatin1String("fanout"))
        return fanout(serverBin, arg(args, QStringLiteral("--flows"), QStringLiteral("1000")).toInt(),
                      arg(args, QStringLiteral("--rounds"), QStringLiteral("5")).toInt());
    if (figure == QLatin1String("delivery"))
        return delivery(runs);
    if (figure == QLatin1String("devserver"))
        return devserver(serverBin, arg(args, QStringLiteral("--clients"), QStringLiteral("1000")).toInt(),
                         arg(args, QStringLiteral("--rounds"), QStringLiteral("5")).toInt(),
                         arg(args, QStringLiteral("--windows"), QStringLiteral("5")).toInt());
    std::fprintf(stderr, "usage: %s --figure credentials|fanout|delivery|devserver [--runs N]\n", argv[0]);
    return 2;
}
