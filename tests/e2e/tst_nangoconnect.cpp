// SPDX-License-Identifier: MIT
// nango-connect as a process against the dev server: every exit path, its exit code and its one
// verdict (with --json: exactly one JSON object on one line of stdout).
#include "nangodevserver.h"
#include "selfsignedcertificate.h"
#ifdef NANGOQT_E2E_XCB
#include "xvfbdisplay.h"
#endif

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/types.h>
#include <unistd.h>

using namespace NangoDev;

namespace {

/// True once the process catches SIGINT and SIGTERM (Linux: SigCgt in /proc/PID/status).
bool catchesInterrupts(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith("SigCgt:"))
            continue;
        bool ok = false;
        const qulonglong mask = line.mid(7).trimmed().toULongLong(&ok, 16);
        const qulonglong wanted = (1ull << (SIGINT - 1)) | (1ull << (SIGTERM - 1));
        return ok && (mask & wanted) == wanted;
    }
    return false;
}

bool logged(const NangoDevServer &server, const QString &method, const QString &path)
{
    const QList<LoggedRequest> log = server.requestLog();
    return std::any_of(log.cbegin(), log.cend(), [&](const LoggedRequest &r) { return r.method == method && r.path == path; });
}

} // namespace

/// Declares @p object: the run's one JSON verdict (checkJsonVerdict()), or fails the test.
#define VERIFY_JSON_VERDICT(run, object)                                                                                    \
    QJsonObject object;                                                                                                     \
    do {                                                                                                                    \
        const QString why = checkJsonVerdict(run, &object);                                                                 \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                                           \
    } while (false)

class TestNangoConnect : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1; ///< -2: killed by a signal, -1: still running after the test's limit (then killed)
        QByteArray out;
        QByteArray err;
        QByteArray token; ///< the session token the run had in its environment
        qint64 elapsedMs = 0;
    };

    struct Launch
    {
        NangoDevServer *server = nullptr; ///< default: m_server
        QStringList args;
        QByteArray stdinData;
        bool closeStdin = true;
        bool withToken = true;
        QMap<QString, QString> env;
        QStringList unsetEnv;        ///< removed from the environment last (also QT_QPA_PLATFORM)
        bool x11 = false;            ///< on the test's Xvfb display instead of offscreen
        bool ownProcessGroup = false; ///< as a shell job: its own process group
        /// Called once the process runs; may wait with QTest::qWait (the servers keep answering).
        std::function<void(QProcess &)> whileRunning;
    };

    Run launch(const Launch &l)
    {
        NangoDevServer &server = l.server ? *l.server : m_server;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        if (l.x11) {
#ifdef NANGOQT_E2E_XCB
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            env.insert(QStringLiteral("DISPLAY"), m_x.display());
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            // Under scripts/ci-sanitizers.sh: libxkbcommon-x11 (Qt's xcb plugin) strndup()s atom
            // names that xcb does not NUL-terminate, which is correct (strndup stops at n) but
            // what strict_string_checks reports. And Mesa's software GL driver (swrast_dri.so,
            // loaded through Qt's GLX integration) leaves ~1 KiB behind, then is unloaded at exit,
            // so LeakSanitizer reports frames of an "<unknown module>" no suppression can name.
            // Only these runs turn those two checks off; the offscreen runs check leaks in the
            // same CLI code.
            if (env.contains(QStringLiteral("ASAN_OPTIONS")))
                env.insert(QStringLiteral("ASAN_OPTIONS"),
                           env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":strict_string_checks=0:detect_leaks=0"));
#endif
        } else {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        for (const QString &name : {QStringLiteral("NANGO_PUBLIC_KEY"), QStringLiteral("NANGO_WEBSOCKETS_PATH"),
                                    QStringLiteral("NANGO_HOST"), QStringLiteral("NANGO_PASSWORD")})
            env.remove(name);
        Run r;
        if (l.withToken) {
            r.token = server.createConnectSession(QStringLiteral("cli-user")).toLatin1();
            env.insert(QStringLiteral("NANGO_CONNECT_SESSION_TOKEN"), QString::fromLatin1(r.token));
        } else {
            env.remove(QStringLiteral("NANGO_CONNECT_SESSION_TOKEN"));
        }
        for (auto it = l.env.cbegin(); it != l.env.cend(); ++it)
            env.insert(it.key(), it.value());
        for (const QString &name : l.unsetEnv)
            env.remove(name);
        p.setProcessEnvironment(env);
        if (l.ownProcessGroup)
            p.setChildProcessModifier([] { ::setpgid(0, 0); });
        server.clearRequestLog();
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(NANGO_CONNECT_EXE), QStringList{QStringLiteral("--host"), server.url().toString()} + l.args);
        if (!p.waitForStarted(10000))
            return r;
        p.write(l.stdinData);
        if (l.closeStdin)
            p.closeWriteChannel();
        if (l.whileRunning)
            l.whileRunning(p);
        while (p.state() != QProcess::NotRunning && timer.elapsed() < 90000)
            QTest::qWait(20);
        r.elapsedMs = timer.elapsed();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run run(const QStringList &args, const QByteArray &stdinData = {}, bool withToken = true)
    {
        Launch l;
        l.args = args;
        l.stdinData = stdinData;
        l.withToken = withToken;
        return launch(l);
    }
    Run runAgainst(NangoDevServer &server, const QStringList &args, const QByteArray &stdinData = {})
    {
        Launch l;
        l.server = &server;
        l.args = args;
        l.stdinData = stdinData;
        return launch(l);
    }

    /// Waits while @p p runs until @p condition holds; false if it never did.
    static bool waitFor(QProcess &p, const std::function<bool()> &condition, int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!condition()) {
            if (p.state() == QProcess::NotRunning || timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    /// Empty if stdout is exactly one JSON object on one line and no output holds a secret;
    /// else what is wrong (with the run's output).
    static QString checkJsonVerdict(const Run &r, QJsonObject *object)
    {
        const QString output = QStringLiteral("\n--- exit %1, stdout:\n%2\n--- stderr:\n%3")
                                   .arg(r.exitCode)
                                   .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err).right(3000));
        if (!r.token.isEmpty() && (r.out.contains(r.token) || r.err.contains(r.token)))
            return QStringLiteral("the session token is in the output") + output;
        if (r.out.contains("SECRET") || r.err.contains("SECRET"))
            return QStringLiteral("a secret is in the output") + output;
        if (r.out.count('\n') != 1 || !r.out.endsWith('\n'))
            return QStringLiteral("stdout is not exactly one line") + output;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return QStringLiteral("stdout is not one JSON object") + output;
        *object = doc.object();
        return {};
    }

    static QStringList oauthArgs(const QString &integration, int timeoutSeconds = 60)
    {
        return {QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                QString::number(timeoutSeconds), integration};
    }

    /// What an interrupts() row waits for before it sends the signal.
    enum Wait { ProviderPage, Handlers, SilentRequest };

    NangoDevServer m_server;
    NangoDevServer m_tlsServer;    // HTTPS + WSS with a certificate made at start
    NangoDevServer m_wsPathServer; // WebSocket on a custom path
    NangoDevServer m_silentServer; // accepts API requests and never answers
    NangoDevServer m_refusingServer; // refuses public keys: deprecated_authentication (a fresh self-hosted Nango)
    QTemporaryDir m_certDir;
    QTemporaryDir m_emptyDir; // a $PATH without xdg-open
    SelfSignedCertificate m_cert;
#ifdef NANGOQT_E2E_XCB
    XvfbDisplay m_x;
#endif

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        for (NangoDevServer *server : {&m_server, &m_tlsServer, &m_wsPathServer, &m_silentServer})
            QVERIFY2(server->loadIntegrations(QStringLiteral(NANGO_DEV_SERVER_SAMPLE), &error), qPrintable(error));
        QVERIFY(m_server.listen(0, &error));
        m_cert = makeSelfSignedCertificate(m_certDir.path(), &error);
        QVERIFY2(!m_cert.isNull(), qPrintable(error));
        m_tlsServer.setTlsCertificate(m_cert.certificate, m_cert.key);
        QVERIFY(m_tlsServer.listen(0, &error));
        m_wsPathServer.setWebSocketPath(QStringLiteral("/nango-ws"));
        QVERIFY(m_wsPathServer.listen(0, &error));
        Faults silent;
        silent.neverAnswer = true;
        m_silentServer.setFaults(silent);
        QVERIFY(m_silentServer.listen(0, &error));
        QVERIFY2(m_refusingServer.loadIntegrations(QStringLiteral(NANGO_DEV_SERVER_SAMPLE), &error), qPrintable(error));
        Faults refusing;
        refusing.refusePublicKeys = true;
        m_refusingServer.setFaults(refusing);
        QVERIFY(m_refusingServer.listen(0, &error));
    }

    void tls_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("type");
        const QStringList key{QStringLiteral("--api-key-stdin"), QStringLiteral("--json"), QStringLiteral("stripe-dev")};
        const QStringList oauth = oauthArgs(QStringLiteral("github-auto"));
        const QStringList ca{QStringLiteral("--ca-cert"), m_cert.certificateFile};
        QTest::newRow("api key, no --ca-cert") << key << 1 << "tls_error";
        QTest::newRow("api key, --ca-cert") << ca + key << 0 << "";
        QTest::newRow("oauth, no --ca-cert: the WebSocket refuses") << oauth << 1 << "tls_error";
        // The embedded modal (Chromium) does not use NangoQt's CA list and refuses the page.
        QTest::newRow("oauth, --ca-cert: the modal still refuses") << ca + oauth << 1 << "tls_error";
        QTest::newRow("--ca-cert not a certificate") << QStringList{QStringLiteral("--ca-cert"), m_cert.keyFile} + key << 2 << "usage_error";
    }
    void tls()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, type);
        const Run r = runAgainst(m_tlsServer, args, "sk_tls\n");
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        VERIFY_JSON_VERDICT(r, o);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), exitCode == 0);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
        if (exitCode == 2)
            QVERIFY(o.value(QStringLiteral("message")).toString().contains(QLatin1String("--ca-cert")));
    }

    void flows_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QString>("integration");
        QTest::newRow("api key") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--param"), QStringLiteral("account=a+b#c"),
                                                QStringLiteral("--json"), QStringLiteral("stripe-dev")}
                                 << QByteArray("sk_e2e_SECRET+1\n") << "stripe-dev";
        QTest::newRow("api key, CRLF line end") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--json"), QStringLiteral("stripe-dev")}
                                                            << QByteArray("sk_e2e_SECRET+2\r\n") << "stripe-dev";
        QTest::newRow("basic") << QStringList{QStringLiteral("--username"), QStringLiteral("alice"), QStringLiteral("--password-stdin"),
                                              QStringLiteral("--json"), QStringLiteral("jira-basic")}
                               << QByteArray("pw_SECRET") << "jira-basic";
        QTest::newRow("unauthenticated") << QStringList{QStringLiteral("--unauthenticated"), QStringLiteral("--json"), QStringLiteral("public-api")}
                                         << QByteArray() << "public-api";
        QTest::newRow("oauth, embedded modal") << oauthArgs(QStringLiteral("github-auto")) << QByteArray() << "github-auto";
        QTest::newRow("oauth, --width/--height") << QStringList{QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"), QStringLiteral("480")}
                + oauthArgs(QStringLiteral("github-auto"))
                                                 << QByteArray() << "github-auto";
    }
    void flows()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(QString, integration);
        const Run r = run(args, stdinData);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        VERIFY_JSON_VERDICT(r, o);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("providerConfigKey")).toString(), integration);
        const QString connectionId = o.value(QStringLiteral("connectionId")).toString();
        QVERIFY(!connectionId.isEmpty());
        QVERIFY(o.contains(QStringLiteral("isPending")));
        // The secret arrived whole (no line end, nothing lost).
        const QList<Connection> connections = m_server.connections();
        const auto stored = std::find_if(connections.cbegin(), connections.cend(), [&](const Connection &c) { return c.connectionId == connectionId; });
        QVERIFY(stored != connections.cend());
        if (!stdinData.isEmpty()) {
            const QVariantMap &credentials = stored->credentials;
            const QString secret = credentials.value(credentials.contains(QStringLiteral("apiKey")) ? QStringLiteral("apiKey") : QStringLiteral("password")).toString();
            QCOMPARE(secret, QString::fromLatin1(stdinData.trimmed()));
        }
    }

    void humanReadableVerdict()
    {
        const Run ok = run({QStringLiteral("--unauthenticated"), QStringLiteral("public-api")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.startsWith("Connected public-api as connection ") && ok.out.count('\n') == 1, ok.out.constData());
        const Run failed = run({QStringLiteral("--api-key-stdin"), QStringLiteral("no-such-integration")}, "k\n");
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.out.isEmpty());
        QCOMPARE(failed.err.count("Failed (unknown_provider_config): "), 1);
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("type");
        QTest::newRow("unknown integration") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--json"), QStringLiteral("no-such-integration")}
                                             << QByteArray("k\n") << true << "unknown_provider_config";
        QTest::newRow("the provider refuses the key") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--json"), QStringLiteral("stripe-dev")}
                                                      << QByteArray("sk_test_invalid\n") << true << "connection_test_failed";
        QTest::newRow("oauth, no client credentials") << oauthArgs(QStringLiteral("google-no-client")) << QByteArray() << true << "provider_config_err";
        QTest::newRow("oauth, no answer within --timeout") << oauthArgs(QStringLiteral("github-dev"), 3) << QByteArray() << true << "timeout";
    }
    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(bool, withToken);
        QFETCH(QString, type);
        const Run r = run(args, stdinData, withToken);
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        VERIFY_JSON_VERDICT(r, o);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    }

    // A self-hosted Nango with its WebSocket elsewhere: --websockets-path or $NANGO_WEBSOCKETS_PATH.
    void websocketsPath_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("envPath");   // $NANGO_WEBSOCKETS_PATH, if not empty
        QTest::addColumn<QString>("wrongPath"); // empty: the flow succeeds; else it fails naming this path
        const QStringList flagRight{QStringLiteral("--websockets-path"), QStringLiteral("/nango-ws")};
        const QStringList flagWrong{QStringLiteral("--websockets-path"), QStringLiteral("/wrong-ws")};
        QTest::newRow("default path: refused") << QStringList() << QString() << "/";
        QTest::newRow("--websockets-path wrong") << flagWrong << QString() << "/wrong-ws";
        QTest::newRow("--websockets-path right") << flagRight << QString() << QString();
        QTest::newRow("--websockets-path relative") << QStringList{QStringLiteral("--websockets-path"), QStringLiteral("nango-ws")} << QString() << QString();
        QTest::newRow("$NANGO_WEBSOCKETS_PATH wrong") << QStringList() << "/elsewhere" << "/elsewhere";
        QTest::newRow("$NANGO_WEBSOCKETS_PATH right") << QStringList() << "/nango-ws" << QString();
        QTest::newRow("the option wins over the variable") << flagRight << "/elsewhere" << QString();
    }
    void websocketsPath()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, envPath);
        QFETCH(QString, wrongPath);
        Launch l;
        l.server = &m_wsPathServer;
        l.args = args + oauthArgs(QStringLiteral("github-auto"));
        if (!envPath.isEmpty())
            l.env.insert(QStringLiteral("NANGO_WEBSOCKETS_PATH"), envPath);
        const Run r = launch(l);
        VERIFY_JSON_VERDICT(r, o);
        if (wrongPath.isEmpty()) {
            QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
            QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("providerConfigKey")).toString(), QStringLiteral("github-auto"));
            QVERIFY(logged(m_wsPathServer, QStringLiteral("WS"), QStringLiteral("/nango-ws")));
            return;
        }
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("websocket_closed"));
        const QString message = o.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("\"%1\"").arg(wrongPath)), qPrintable(message));
    }

    // The user closes the modal (the window manager's close: WM_DELETE_WINDOW) on a real display.
    void userClose_data()
    {
        QTest::addColumn<bool>("detect");
        QTest::newRow("detection on: authorization_cancelled at once") << true;
        QTest::newRow("--no-detect-closed-window: waits until its timeout") << false;
    }
    void userClose()
    {
#ifndef NANGOQT_E2E_XCB
        QSKIP("built without libxcb headers: no way to close another process's window");
#else
        QFETCH(bool, detect);
        QString error;
        QVERIFY2(m_x.start(&error), qPrintable(error));
        constexpr int TimeoutSeconds = 12;
        Launch l;
        l.x11 = true;
        l.args = QStringList{QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"), QStringLiteral("480")}
            + oauthArgs(QStringLiteral("github-dev"), detect ? 60 : TimeoutSeconds);
        if (!detect)
            l.args.prepend(QStringLiteral("--no-detect-closed-window"));
        XvfbDisplay::Window window;
        QElapsedTimer sinceLaunch;
        QElapsedTimer sinceClose;
        qint64 closedAtMs = 0;
        bool runningAfterClose = false;
        bool windowGone = false;
        l.whileRunning = [&](QProcess &p) {
            // The provider's Allow / Deny page is up: the flow waits for the user.
            const bool shown = waitFor(p, [&] {
                const QList<XvfbDisplay::Window> windows = m_x.windowsOf(p.processId());
                if (windows.isEmpty() || !logged(m_server, QStringLiteral("GET"), QStringLiteral("/provider/oauth/authorize")))
                    return false;
                window = windows.constFirst();
                return true;
            });
            if (!shown)
                return;
            if (!m_x.requestClose(window.id))
                return;
            sinceClose.start();
            closedAtMs = sinceLaunch.elapsed();
            if (detect)
                return;
            // The close hid the window (seen while the CLI still runs), and the CLI goes on waiting.
            windowGone = waitFor(p, [&] { return m_x.windowsOf(p.processId()).isEmpty(); }, 5000);
            QTest::qWait(1500);
            runningAfterClose = p.state() == QProcess::Running;
        };
        sinceLaunch.start();
        const Run r = launch(l);
        QVERIFY2(window.id != 0, qPrintable(QStringLiteral("the modal never showed the provider page\n") + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(window.title.startsWith(QLatin1String("Connect github-dev")), qPrintable(window.title));
        QCOMPARE(window.size, QSize(640, 480)); // --width / --height
        QVERIFY(sinceClose.isValid());
        QCOMPARE(r.exitCode, 1);
        VERIFY_JSON_VERDICT(r, o);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        if (detect) {
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("authorization_cancelled"));
            QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QLatin1String("closed")), qPrintable(o.value(QStringLiteral("message")).toString()));
            QVERIFY2(sinceClose.elapsed() < 15000, "the close did not end the flow promptly");
        } else {
            QVERIFY(windowGone);
            // (Unless a slow machine showed the page so late that the timeout was due anyway.)
            if (closedAtMs + 1500 < TimeoutSeconds * 900)
                QVERIFY2(runningAfterClose, "the CLI quit when its window closed");
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("timeout"));
            // Core's timeout never fires early (a precise timer; this clock started before the CLI's).
            QVERIFY2(r.elapsedMs >= TimeoutSeconds * 1000, qPrintable(QStringLiteral("ended after %1 ms: ").arg(r.elapsedMs) + o.value(QStringLiteral("message")).toString()));
        }
#endif
    }

    // SIGINT / SIGTERM: the flow is cancelled and the one verdict is authorization_cancelled.
    void interrupts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("wait");
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("processGroup");
        QTest::addColumn<QString>("messagePart");
        const QStringList oauth = oauthArgs(QStringLiteral("github-dev")); // no auto-approve: the flow waits
        QTest::newRow("SIGINT, OAuth modal waiting") << oauth << int(ProviderPage) << SIGINT << false << "SIGINT";
        QTest::newRow("SIGTERM, OAuth modal waiting") << oauth << int(ProviderPage) << SIGTERM << false << "SIGTERM";
        // Ctrl-C in a terminal: the whole job gets SIGINT, WebEngine's helper processes too.
        QTest::newRow("SIGINT to the process group, OAuth modal waiting") << oauth << int(ProviderPage) << SIGINT << true << "SIGINT";
        QTest::newRow("SIGINT, request in flight") << QStringList{QStringLiteral("--unauthenticated"), QStringLiteral("--json"), QStringLiteral("public-api")}
                                                   << int(SilentRequest) << SIGINT << false << "SIGINT";
        QTest::newRow("SIGTERM, reading the key from stdin") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--json"), QStringLiteral("stripe-dev")}
                                                             << int(Handlers) << SIGTERM << false << "stdin";
    }
    void interrupts()
    {
        QFETCH(QStringList, args);
        QFETCH(int, wait);
        QFETCH(int, signal);
        QFETCH(bool, processGroup);
        QFETCH(QString, messagePart);
        Launch l;
        l.args = args;
        l.closeStdin = false;
        l.ownProcessGroup = processGroup;
        if (wait == SilentRequest)
            l.server = &m_silentServer;
        NangoDevServer &server = l.server ? *l.server : m_server;
        bool waited = false;
        bool sent = false;
        QElapsedTimer sinceSignal;
        l.whileRunning = [&](QProcess &p) {
            waited = waitFor(p, [&] {
                switch (wait) {
                case ProviderPage:
                    return logged(server, QStringLiteral("GET"), QStringLiteral("/provider/oauth/authorize"));
                case SilentRequest:
                    return logged(server, QStringLiteral("POST"), QStringLiteral("/auth/unauthenticated/public-api"));
                default:
                    return catchesInterrupts(p.processId());
                }
            });
            if (!waited)
                return;
            QTest::qWait(300); // let the page (or the read) settle: the flow is waiting now
            sent = ::kill(processGroup ? -pid_t(p.processId()) : pid_t(p.processId()), signal) == 0;
            sinceSignal.start();
        };
        const Run r = launch(l);
        QVERIFY2(waited, qPrintable(QStringLiteral("the flow never reached the waiting state\n") + QString::fromUtf8(r.out + r.err)));
        QVERIFY(sent);
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1\n").arg(r.exitCode) + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(sinceSignal.elapsed() < 20000, "the signal did not end the run promptly");
        VERIFY_JSON_VERDICT(r, o);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("authorization_cancelled"));
        const QString message = o.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    void interruptWithoutJson()
    {
        Launch l;
        l.args = {QStringLiteral("--api-key-stdin"), QStringLiteral("stripe-dev")};
        l.closeStdin = false;
        l.whileRunning = [](QProcess &p) {
            if (waitFor(p, [&] { return catchesInterrupts(p.processId()); }))
                ::kill(pid_t(p.processId()), SIGINT);
        };
        const Run r = launch(l);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count("Failed (authorization_cancelled): nango-connect was interrupted (SIGINT)"), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no integration") << QStringList{} << "integration";
        QTest::newRow("two integrations") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "integration";
        QTest::newRow("bad browser") << QStringList{QStringLiteral("--browser"), QStringLiteral("lynx"), QStringLiteral("a")} << "--browser";
        QTest::newRow("bad param") << QStringList{QStringLiteral("--param"), QStringLiteral("novalue"), QStringLiteral("a")} << "--param";
        QTest::newRow("bad authorization param") << QStringList{QStringLiteral("--authorization-param"), QStringLiteral("=x"), QStringLiteral("a")} << "--authorization-param";
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("a")} << "--timeout";
        QTest::newRow("negative timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("-1"), QStringLiteral("a")} << "--timeout";
        QTest::newRow("infinite timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("inf"), QStringLiteral("a")} << "--timeout";
        QTest::newRow("timeout beyond an int of ms") << QStringList{QStringLiteral("--timeout"), QStringLiteral("1e10"), QStringLiteral("a")} << "--timeout";
        QTest::newRow("width 0") << QStringList{QStringLiteral("--width"), QStringLiteral("0"), QStringLiteral("a")} << "--width";
        QTest::newRow("width negative") << QStringList{QStringLiteral("--width"), QStringLiteral("-640"), QStringLiteral("a")} << "--width";
        QTest::newRow("width not a number") << QStringList{QStringLiteral("--width"), QStringLiteral("640px"), QStringLiteral("a")} << "--width";
        QTest::newRow("height not a number") << QStringList{QStringLiteral("--height"), QStringLiteral("tall"), QStringLiteral("a")} << "--height";
        QTest::newRow("height too big for an int") << QStringList{QStringLiteral("--height"), QStringLiteral("99999999999"), QStringLiteral("a")} << "--height";
        QTest::newRow("empty --ca-cert") << QStringList{QStringLiteral("--ca-cert"), QString(), QStringLiteral("a")} << "--ca-cert";
        QTest::newRow("--ca-cert not there") << QStringList{QStringLiteral("--ca-cert"), QStringLiteral("/nonexistent/ca.pem"), QStringLiteral("--unauthenticated"), QStringLiteral("a")} << "--ca-cert";
        QTest::newRow("empty websockets path") << QStringList{QStringLiteral("--websockets-path"), QString(), QStringLiteral("a")} << "--websockets-path";
        QTest::newRow("two stdin secrets") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--password-stdin"), QStringLiteral("a")} << "exclude";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("a")} << "frobnicate";
        QTest::newRow("option without its value") << QStringList{QStringLiteral("a"), QStringLiteral("--width")} << "width";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("nango-connect: ") && r.err.contains(messagePart.toUtf8()), r.err.constData());
    }

    // With --json anywhere, even where the arguments do not parse: one usage_error object.
    void usageErrorsJson_data()
    {
        usageErrors_data();
    }
    void usageErrorsJson()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        for (const bool jsonFirst : {true, false}) {
            const Run r = run(jsonFirst ? QStringList{QStringLiteral("--json")} + args : args + QStringList{QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 2);
            VERIFY_JSON_VERDICT(r, o);
            QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("usage_error"));
            QVERIFY2(o.value(QStringLiteral("message")).toString().contains(messagePart), qPrintable(o.value(QStringLiteral("message")).toString()));
            QVERIFY2(!r.err.contains("nango-connect:"), r.err.constData()); // said once, on stdout
        }
    }

    // A failure's message names what the user can change in nango-connect (an option or an
    // environment variable), not the C++ API the library's message speaks of.
    void cliHints_data()
    {
        QTest::addColumn<QString>("server");     // "main", "refusing" (no public keys) or "wsPath"
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("publicKey");     // authenticate with the server's public key, no session token
        QTest::addColumn<QStringList>("env");    // NAME=VALUE
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("hints");  // each must be in the verdict's message
        const QStringList tokenHints{QStringLiteral("--session-token-stdin"), QStringLiteral("$NANGO_CONNECT_SESSION_TOKEN")};
        const QStringList oauth{QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--timeout"), QStringLiteral("60"),
                                QStringLiteral("github-auto")};
        QTest::newRow("deprecated_authentication, API request")
            << "refusing" << QStringList{QStringLiteral("--unauthenticated"), QStringLiteral("public-api")} << true << QStringList()
            << "deprecated_authentication" << tokenHints;
        QTest::newRow("deprecated_authentication, OAuth in the modal") << "refusing" << oauth << true << QStringList()
                                                                        << "deprecated_authentication" << tokenHints;
        QTest::newRow("deprecated_authentication, --public-key")
            << "refusing" << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("stripe-dev")} << true << QStringList()
            << "deprecated_authentication" << tokenHints;
        // The library's advice names NangoAuth::browser; the CLI's is --browser embedded.
        QTest::newRow("blocked_by_browser, the system browser does not open")
            << "main" << QStringList{QStringLiteral("--browser"), QStringLiteral("system"), QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("github-auto")}
            << false << QStringList{QStringLiteral("BROWSER=/bin/false"), QStringLiteral("PATH=") + m_emptyDir.path()}
            << "blocked_by_browser" << QStringList{QStringLiteral("--browser embedded")};
        // The library's message asks for "the connection id"; the CLI's is --connection-id.
        QTest::newRow("missing_connection_id, --hmac without it")
            << "main" << QStringList{QStringLiteral("--hmac"), QStringLiteral("00ff"), QStringLiteral("--unauthenticated"), QStringLiteral("public-api")}
            << true << QStringList() << "missing_connection_id" << QStringList{QStringLiteral("--connection-id")};
        // The library's message names the websocketsPath property.
        QTest::newRow("websocket_closed, wrong WebSocket path") << "wsPath" << oauth << false << QStringList() << "websocket_closed"
                                                                << QStringList{QStringLiteral("--websockets-path"), QStringLiteral("$NANGO_WEBSOCKETS_PATH")};
    }
    void cliHints()
    {
        QFETCH(QString, server);
        QFETCH(QStringList, args);
        QFETCH(bool, publicKey);
        QFETCH(QStringList, env);
        QFETCH(QString, type);
        QFETCH(QStringList, hints);
        NangoDevServer *target = server == QLatin1String("refusing") ? &m_refusingServer : server == QLatin1String("wsPath") ? &m_wsPathServer : &m_server;
        for (const bool json : {true, false}) {
            Launch l;
            l.server = target;
            l.args = json ? QStringList{QStringLiteral("--json")} + args : args;
            l.stdinData = "sk_SECRET\n";
            if (publicKey) {
                l.withToken = false;
                if (args.contains(QLatin1String("--api-key-stdin"))) // the option, else the variable
                    l.args = QStringList{QStringLiteral("--public-key"), target->publicKey()} + l.args;
                else
                    l.env.insert(QStringLiteral("NANGO_PUBLIC_KEY"), target->publicKey());
            }
            for (const QString &pair : env)
                l.env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
            const Run r = launch(l);
            QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
            QString message;
            if (json) {
                VERIFY_JSON_VERDICT(r, o);
                QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
                message = o.value(QStringLiteral("message")).toString();
            } else {
                QVERIFY(r.out.isEmpty());
                const QByteArray prefix = "Failed (" + type.toUtf8() + "): ";
                QVERIFY2(r.err.startsWith(prefix) && r.err.count('\n') == 1 && r.err.endsWith('\n'), r.err.constData());
                QVERIFY(!r.err.contains("SECRET"));
                message = QString::fromUtf8(r.err.mid(prefix.size()).chopped(1));
            }
            for (const QString &hint : hints)
                QVERIFY2(message.contains(hint), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(hint, message)));
        }
    }

    // Without --debug, stderr carries only nango-connect's own words: no NangoQt log line, no
    // WebEngine start-up dump, no Chromium log line. With --debug they are back.
    void quietStderr_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<bool>("x11");
        QTest::addColumn<QString>("type"); // empty: the flow succeeds
        const QStringList failingOAuth{QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--timeout"), QStringLiteral("60"),
                                       QStringLiteral("google-no-client")};
        const QStringList oauth{QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--timeout"), QStringLiteral("60"),
                                QStringLiteral("github-auto")};
        QTest::newRow("API request fails") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("no-such-integration")}
                                           << QByteArray("sk_SECRET\n") << false << "unknown_provider_config";
        QTest::newRow("OAuth in the modal fails, offscreen") << failingOAuth << QByteArray() << false << "provider_config_err";
        QTest::newRow("OAuth in the modal fails, X11") << failingOAuth << QByteArray() << true << "provider_config_err";
        QTest::newRow("OAuth in the modal succeeds, X11") << oauth << QByteArray() << true << "";
    }
    void quietStderr()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(bool, x11);
        QFETCH(QString, type);
#ifndef NANGOQT_E2E_XCB
        if (x11)
            QSKIP("built without libxcb headers: no private X display");
#else
        if (x11) {
            QString error;
            QVERIFY2(m_x.start(&error), qPrintable(error));
        }
#endif
        const int exitCode = type.isEmpty() ? 0 : 1;
        const auto runWith = [&](const QStringList &extra) {
            Launch l;
            l.args = extra + args;
            l.stdinData = stdinData;
            l.x11 = x11;
            return launch(l);
        };
        for (const bool json : {true, false}) {
            const Run r = runWith(json ? QStringList{QStringLiteral("--json")} : QStringList());
            QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
            if (json) {
                VERIFY_JSON_VERDICT(r, o);
                QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
                QVERIFY2(r.err.isEmpty(), r.err.constData());
            } else if (exitCode == 0) {
                QVERIFY2(r.out.startsWith("Connected ") && r.out.count('\n') == 1, r.out.constData());
                QVERIFY2(r.err.isEmpty(), r.err.constData());
            } else {
                QVERIFY(r.out.isEmpty());
                QVERIFY2(r.err.startsWith("Failed (" + type.toUtf8() + "): ") && r.err.count('\n') == 1 && r.err.endsWith('\n'), r.err.constData());
            }
        }
        const Run r = runWith({QStringLiteral("--debug"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        VERIFY_JSON_VERDICT(r, o); // still the only thing on stdout, and no secret in the debug log
        QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
        QVERIFY2(r.err.contains("nangoqt.core: "), r.err.constData());
        QVERIFY2(r.err.contains(exitCode ? "failed: " + type.toUtf8() : QByteArray("succeeded")), r.err.constData());
        if (args.contains(QLatin1String("embedded")))
            QVERIFY2(r.err.contains("qt.webenginecontext"), r.err.constData()); // WebEngine's own lines
    }

    // A logging switch of the user's own in QTWEBENGINE_CHROMIUM_FLAGS is not overridden. (Chromium's
    // verbose log prints page URLs, a session token's too: this run uses the public key.)
    void userChromiumLogging()
    {
        Launch l;
        l.withToken = false;
        l.env.insert(QStringLiteral("NANGO_PUBLIC_KEY"), m_server.publicKey());
        l.args = {QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--json"), QStringLiteral("github-auto")};
        l.env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--enable-logging=stderr --v=1"));
        const Run r = launch(l);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        VERIFY_JSON_VERDICT(r, o);
        QVERIFY2(r.err.contains(":VERBOSE1:") || r.err.contains(":INFO:"), r.err.constData());
        QVERIFY2(!r.err.contains("nangoqt.core"), r.err.constData()); // Qt's categories stay off
    }

    // Credentials the server would refuse, or that are missing: a usage error before any request.
    void credentialUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<bool>("withToken"); // $NANGO_CONNECT_SESSION_TOKEN set
        QTest::addColumn<QStringList>("messageParts");
        const QStringList connectionId{QStringLiteral("--connection-id"), QStringLiteral("my-connection")};
        const QStringList unauthenticated{QStringLiteral("--unauthenticated"), QStringLiteral("public-api")};
        const QStringList oauth{QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("github-auto")};
        const QStringList noCredential{QStringLiteral("--public-key"), QStringLiteral("$NANGO_PUBLIC_KEY"), QStringLiteral("--session-token-stdin"),
                                       QStringLiteral("$NANGO_CONNECT_SESSION_TOKEN")};
        QTest::newRow("--connection-id with $NANGO_CONNECT_SESSION_TOKEN")
            << connectionId + unauthenticated << QByteArray() << true << QStringList{QStringLiteral("--connection-id"), QStringLiteral("$NANGO_CONNECT_SESSION_TOKEN")};
        QTest::newRow("--connection-id with $NANGO_CONNECT_SESSION_TOKEN, OAuth")
            << connectionId + oauth << QByteArray() << true << QStringList{QStringLiteral("--connection-id"), QStringLiteral("$NANGO_CONNECT_SESSION_TOKEN")};
        QTest::newRow("--connection-id with --session-token")
            << QStringList{QStringLiteral("--session-token"), QStringLiteral("nango_connect_session_SECRET")} + connectionId + unauthenticated << QByteArray() << false
            << QStringList{QStringLiteral("--connection-id"), QStringLiteral("--session-token")};
        QTest::newRow("--connection-id with --session-token-stdin")
            << QStringList{QStringLiteral("--session-token-stdin")} + connectionId + unauthenticated << QByteArray("nango_connect_session_SECRET\n") << false
            << QStringList{QStringLiteral("--connection-id"), QStringLiteral("--session-token-stdin")};
        QTest::newRow("no public key, no session token") << unauthenticated << QByteArray() << false << noCredential;
        QTest::newRow("no public key, no session token, OAuth") << oauth << QByteArray() << false << noCredential;
        QTest::newRow("empty --public-key") << QStringList{QStringLiteral("--public-key"), QString()} + unauthenticated << QByteArray() << false << noCredential;
        QTest::newRow("empty session token line on stdin")
            << QStringList{QStringLiteral("--session-token-stdin")} + unauthenticated << QByteArray("\n") << false
            << QStringList{QStringLiteral("--session-token-stdin"), QStringLiteral("empty")};
        QTest::newRow("nothing on stdin for the session token")
            << QStringList{QStringLiteral("--session-token-stdin")} + unauthenticated << QByteArray() << false
            << QStringList{QStringLiteral("--session-token-stdin"), QStringLiteral("empty")};
        QTest::newRow("empty session token line on stdin, OAuth")
            << QStringList{QStringLiteral("--session-token-stdin")} + oauth << QByteArray("\r\n") << false
            << QStringList{QStringLiteral("--session-token-stdin"), QStringLiteral("empty")};
        QTest::newRow("empty API key line on stdin") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("stripe-dev")} << QByteArray("\n") << true
                                                     << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("empty")};
        QTest::newRow("blank API key line on stdin") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("stripe-dev")} << QByteArray(" \t\n") << true
                                                     << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("empty")};
    }
    void credentialUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(bool, withToken);
        QFETCH(QStringList, messageParts);
        for (const bool json : {true, false}) {
            Launch l;
            l.args = json ? QStringList{QStringLiteral("--json")} + args : args;
            l.stdinData = stdinData;
            l.withToken = withToken;
            const Run r = launch(l);
            QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1\n").arg(r.exitCode) + QString::fromUtf8(r.out + r.err)));
            QString message;
            if (json) {
                VERIFY_JSON_VERDICT(r, o);
                QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("usage_error"));
                message = o.value(QStringLiteral("message")).toString();
                QVERIFY2(r.err.isEmpty(), r.err.constData());
            } else {
                QVERIFY(r.out.isEmpty());
                QVERIFY2(r.err.startsWith("nango-connect: "), r.err.constData());
                QVERIFY(!r.err.contains("SECRET") && (r.token.isEmpty() || !r.err.contains(r.token)));
                message = QString::fromUtf8(r.err);
            }
            for (const QString &part : messageParts)
                QVERIFY2(message.contains(part), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(part, message)));
            QVERIFY2(m_server.requestLog().isEmpty(), "a request reached the server");
        }
    }

    // What stays allowed next to those usage errors.
    void credentialsAllowed()
    {
        // An empty password is a valid Basic password.
        const Run basic = run({QStringLiteral("--username"), QStringLiteral("alice"), QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                               QStringLiteral("jira-basic")},
                              "\n");
        QVERIFY2(basic.exitCode == 0, (basic.out + basic.err).constData());
        VERIFY_JSON_VERDICT(basic, b);
        const QString basicId = b.value(QStringLiteral("connectionId")).toString();
        const QList<Connection> connections = m_server.connections();
        const auto stored = std::find_if(connections.cbegin(), connections.cend(), [&](const Connection &c) { return c.connectionId == basicId; });
        QVERIFY(stored != connections.cend());
        QCOMPARE(stored->credentials.value(QStringLiteral("password")).toString(), QString());
        QCOMPARE(stored->credentials.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));

        // --connection-id with a public key (and no session token) is what a seed-era server takes.
        Launch l;
        l.withToken = false;
        l.args = {QStringLiteral("--public-key"), m_server.publicKey(), QStringLiteral("--connection-id"), QStringLiteral("my-connection"),
                  QStringLiteral("--unauthenticated"), QStringLiteral("--json"), QStringLiteral("public-api")};
        const Run keyed = launch(l);
        QVERIFY2(keyed.exitCode == 0, (keyed.out + keyed.err).constData());
        VERIFY_JSON_VERDICT(keyed, k);
        QCOMPARE(k.value(QStringLiteral("connectionId")).toString(), QStringLiteral("my-connection"));
    }

    // --browser embedded needs a display; without one the CLI says so (blocked_by_browser)
    // before it starts anything, instead of aborting inside Qt.
    void noDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("env"); // NAME=VALUE; DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset otherwise
        QTest::addColumn<QStringList>("messageParts");
        QTest::addColumn<bool>("requests"); // the flow reached the server
        const QStringList embedded{QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--timeout"), QStringLiteral("60"),
                                   QStringLiteral("github-auto")};
        const QStringList advice{QStringLiteral("xvfb-run"), QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("--browser system")};
        QTest::newRow("--browser embedded, no display") << embedded << QStringList() << QStringList{QStringLiteral("no display")} + advice << false;
        QTest::newRow("--browser embedded, empty DISPLAY") << embedded << QStringList{QStringLiteral("DISPLAY=")}
                                                           << QStringList{QStringLiteral("no display")} + advice << false;
        // DISPLAY set, but no X server there: Qt's platform plugin cannot start (a qFatal).
        QTest::newRow("--browser embedded, DISPLAY names no X server") << embedded << QStringList{QStringLiteral("DISPLAY=:64999")}
                                                                       << QStringList{QStringLiteral(":64999")} + advice << false;
        // No --browser and no display: the system browser, as before.
        QTest::newRow("no --browser, no display: the system browser")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("github-auto")}
            << QStringList{QStringLiteral("BROWSER=/bin/false"), QStringLiteral("PATH=") + m_emptyDir.path()}
            << QStringList{QStringLiteral("/bin/false")} << true;
    }
    void noDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, env);
        QFETCH(QStringList, messageParts);
        QFETCH(bool, requests);
        for (const bool json : {true, false}) {
            Launch l;
            l.args = json ? QStringList{QStringLiteral("--json")} + args : args;
            l.unsetEnv = QStringList{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};
            for (const QString &pair : env) {
                const QString name = pair.section(QLatin1Char('='), 0, 0);
                l.env.insert(name, pair.section(QLatin1Char('='), 1));
                l.unsetEnv.removeAll(name);
            }
            const Run r = launch(l);
            QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1\n").arg(r.exitCode) + QString::fromUtf8(r.out + r.err)));
            QString message;
            if (json) {
                VERIFY_JSON_VERDICT(r, o);
                QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("blocked_by_browser"));
                message = o.value(QStringLiteral("message")).toString();
                QVERIFY2(r.err.isEmpty(), r.err.constData());
            } else {
                QVERIFY(r.out.isEmpty());
                QVERIFY2(r.err.startsWith("Failed (blocked_by_browser): ") && r.err.count('\n') == 1, r.err.constData());
                message = QString::fromUtf8(r.err);
            }
            for (const QString &part : messageParts)
                QVERIFY2(message.contains(part), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(part, message)));
            QCOMPARE(!m_server.requestLog().isEmpty(), requests);
        }
    }

    // Issue 14's flags: --credentials-stdin, --auth-mode, --installation, --reconnect.
    void modeFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("type");        ///< empty: connected
        QTest::addColumn<QString>("messagePart"); ///< in the failure's message
        const QString json = QStringLiteral("--json");
        const QString creds = QStringLiteral("--credentials-stdin");
        const QString usage = QStringLiteral("usage_error");
        QTest::newRow("--credentials-stdin: an API key") << QStringList{creds, json, QStringLiteral("stripe-dev")}
                                                         << QByteArray(R"({"apiKey":"sk_json_SECRET"})") << true << 0 << QString() << QString();
        QTest::newRow("--credentials-stdin: Basic, over several lines")
            << QStringList{creds, json, QStringLiteral("jira-basic")} << QByteArray("{\n  \"username\": \"alice\",\n  \"password\": \"pw_SECRET\"\n}\n")
            << true << 0 << QString() << QString();
        QTest::newRow("--credentials-stdin --auth-mode API_KEY") << QStringList{creds, QStringLiteral("--auth-mode"), QStringLiteral("api_key"), json,
                                                                                QStringLiteral("stripe-dev")}
                                                                 << QByteArray(R"({"apiKey":"sk_SECRET"})") << true << 0 << QString() << QString();
        QTest::newRow("--credentials-stdin: not JSON") << QStringList{creds, json, QStringLiteral("stripe-dev")} << QByteArray("sk_SECRET_not_json")
                                                       << true << 2 << usage << "--credentials-stdin";
        QTest::newRow("--credentials-stdin: not an object") << QStringList{creds, json, QStringLiteral("stripe-dev")} << QByteArray(R"(["SECRET"])")
                                                            << true << 2 << usage << "not an object";
        QTest::newRow("--credentials-stdin: empty") << QStringList{creds, json, QStringLiteral("stripe-dev")} << QByteArray() << true << 2 << usage
                                                    << "empty";
        QTest::newRow("--credentials-stdin: no mode matches") << QStringList{creds, json, QStringLiteral("stripe-dev")}
                                                              << QByteArray(R"({"token_id":"SECRET_t"})") << true << 1 << "missing_credentials"
                                                              << "token_id";
        QTest::newRow("--credentials-stdin --auth-mode TBA: a field missing, nothing sent")
            << QStringList{creds, QStringLiteral("--auth-mode"), QStringLiteral("TBA"), json, QStringLiteral("stripe-dev")}
            << QByteArray(R"({"token_id":"SECRET_t"})") << true << 1 << "missing_credentials" << "token_secret";
        QTest::newRow("--credentials-stdin and --api-key-stdin") << QStringList{creds, QStringLiteral("--api-key-stdin"), json, QStringLiteral("stripe-dev")}
                                                                 << QByteArray() << true << 2 << usage << "exclude";
        QTest::newRow("--credentials-stdin and --session-token-stdin")
            << QStringList{creds, QStringLiteral("--session-token-stdin"), json, QStringLiteral("stripe-dev")} << QByteArray() << true << 2 << usage
            << "only one secret";
        QTest::newRow("--auth-mode not a mode") << QStringList{QStringLiteral("--auth-mode"), QStringLiteral("SAML"), json, QStringLiteral("stripe-dev")}
                                                << QByteArray() << true << 2 << usage << "--auth-mode";
        QTest::newRow("--installation not outbound") << QStringList{QStringLiteral("--installation"), QStringLiteral("inbound"), json,
                                                                    QStringLiteral("github-dev")}
                                                     << QByteArray() << true << 2 << usage << "--installation";
        QTest::newRow("--reconnect with a session token") << QStringList{QStringLiteral("--reconnect"), QStringLiteral("--api-key-stdin"), json,
                                                                         QStringLiteral("stripe-dev")}
                                                          << QByteArray("sk_SECRET\n") << true << 0 << QString() << QString();
        QTest::newRow("--reconnect with a public key only") << QStringList{QStringLiteral("--reconnect"), QStringLiteral("--public-key"),
                                                                           m_server.publicKey(), QStringLiteral("--api-key-stdin"), json,
                                                                           QStringLiteral("stripe-dev")}
                                                            << QByteArray("sk_SECRET\n") << false << 1 << "missing_connect_session_token"
                                                            << "NANGO_CONNECT_SESSION_TOKEN";
        QTest::newRow("--reconnect --connection-id") << QStringList{QStringLiteral("--reconnect"), QStringLiteral("--connection-id"), QStringLiteral("c"),
                                                                    QStringLiteral("--public-key"), m_server.publicKey(), json,
                                                                    QStringLiteral("stripe-dev")}
                                                     << QByteArray() << false << 2 << usage << "--connection-id";
        QTest::newRow("--unauthenticated --reconnect") << QStringList{QStringLiteral("--unauthenticated"), QStringLiteral("--reconnect"), json,
                                                                      QStringLiteral("public-api")}
                                                       << QByteArray() << true << 2 << usage << "--unauthenticated";
    }
    void modeFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(bool, withToken);
        QFETCH(int, exitCode);
        QFETCH(QString, type);
        QFETCH(QString, messagePart);
        const Run r = run(args, stdinData, withToken);
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        VERIFY_JSON_VERDICT(r, o); // also: no secret in any output
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), exitCode == 0);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
        const QString message = o.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("not_json")), qPrintable(message)); // stdin is never quoted
        if (exitCode == 0) {
            const QString id = o.value(QStringLiteral("connectionId")).toString();
            const QList<Connection> made = m_server.connections();
            QVERIFY(std::any_of(made.cbegin(), made.cend(), [&](const Connection &c) { return c.connectionId == id; }));
        } else if (exitCode == 2 || type == QLatin1String("missing_credentials") || type == QLatin1String("missing_connect_session_token")) {
            QVERIFY(m_server.requestLog().isEmpty()); // refused before any request
        }
    }

    void credentialsStdinStoresTheObject()
    {
        const Run r = run({QStringLiteral("--credentials-stdin"), QStringLiteral("--json"), QStringLiteral("jira-basic")},
                          R"({"username":"bob","password":"p+w é SECRET"})");
        QCOMPARE(r.exitCode, 0);
        VERIFY_JSON_VERDICT(r, o);
        const QString id = o.value(QStringLiteral("connectionId")).toString();
        const QList<Connection> made = m_server.connections();
        const auto stored = std::find_if(made.cbegin(), made.cend(), [&](const Connection &c) { return c.connectionId == id; });
        QVERIFY(stored != made.cend());
        QCOMPARE(stored->credentials.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
        QCOMPARE(stored->credentials.value(QStringLiteral("password")).toString(), QStringLiteral("p+w é SECRET"));
        QCOMPARE(m_server.requestLog().last().body, QByteArray(R"({"password":"p+w é SECRET","username":"bob"})"));
    }

    void installationOutbound()
    {
        // No window, no GUI: one POST to the outbound endpoint, no body.
        const Run r = run({QStringLiteral("--installation"), QStringLiteral("outbound"), QStringLiteral("--json"), QStringLiteral("github-dev")});
        VERIFY_JSON_VERDICT(r, o);
        QVERIFY2(logged(m_server, QStringLiteral("POST"), QStringLiteral("/auth/oauth-outbound/github-dev")), (r.out + r.err).constData());
        QVERIFY(!logged(m_server, QStringLiteral("WS"), QStringLiteral("/")));
        QVERIFY(m_server.requestLog().last().body.isEmpty());
    }

    void help()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("--json"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("--help-all"), QStringLiteral("github-dev")}}) {
            const Run r = run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: nango-connect "), r.out.constData()); // plain text, even with --json
            for (const char *text : {"--api-key-stdin", "--password-stdin", "--browser", "--json", "--timeout", "--param", "--hmac",
                                     "--websockets-path", "$NANGO_WEBSOCKETS_PATH", "--width", "--height", "--no-detect-closed-window",
                                     "does not cancel", "SIGINT", "--debug", "--credentials-stdin", "--reconnect",
                                     "--installation", "--auth-mode"})
                QVERIFY2(r.out.contains(text), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestNangoConnect)
#include "tst_nangoconnect.moc"
