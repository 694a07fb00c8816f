// SPDX-License-Identifier: MIT
// nango-connect as a process against the dev server: exit codes and the --json object.
#include "nangodevserver.h"
#include "selfsignedcertificate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace NangoDev;

class TestNangoConnect : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    // Asynchronous: the dev server lives in this process's event loop.
    Run run(const QStringList &args, const QByteArray &stdinData = {}, bool withToken = true)
    {
        return runAgainst(m_server, args, stdinData, withToken);
    }
    Run runAgainst(NangoDevServer &server, const QStringList &args, const QByteArray &stdinData = {}, bool withToken = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        env.remove(QStringLiteral("NANGO_PUBLIC_KEY"));
        if (withToken)
            env.insert(QStringLiteral("NANGO_CONNECT_SESSION_TOKEN"), server.createConnectSession(QStringLiteral("cli-user")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NANGO_CONNECT_EXE), QStringList{QStringLiteral("--host"), server.url().toString()} + args);
        p.write(stdinData);
        p.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        while (p.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(20);
        Run r;
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

    NangoDevServer m_server;
    NangoDevServer m_tlsServer; // HTTPS + WSS with a certificate made at start
    QTemporaryDir m_certDir;
    SelfSignedCertificate m_cert;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.loadIntegrations(QStringLiteral(NANGO_DEV_SERVER_SAMPLE), &error), qPrintable(error));
        QVERIFY(m_server.listen(0, &error));
        m_cert = makeSelfSignedCertificate(m_certDir.path(), &error);
        QVERIFY2(!m_cert.isNull(), qPrintable(error));
        QVERIFY(m_tlsServer.loadIntegrations(QStringLiteral(NANGO_DEV_SERVER_SAMPLE), &error));
        m_tlsServer.setTlsCertificate(m_cert.certificate, m_cert.key);
        QVERIFY(m_tlsServer.listen(0, &error));
    }

    void tls_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("type");
        const QStringList key{QStringLiteral("--api-key-stdin"), QStringLiteral("--json"), QStringLiteral("stripe-dev")};
        const QStringList oauth{QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                                QStringLiteral("60"), QStringLiteral("github-auto")};
        const QStringList ca{QStringLiteral("--ca-cert"), m_cert.certificateFile};
        QTest::newRow("api key, no --ca-cert") << key << 1 << "tls_error";
        QTest::newRow("api key, --ca-cert") << ca + key << 0 << "";
        QTest::newRow("oauth, no --ca-cert: the WebSocket refuses") << oauth << 1 << "tls_error";
        // The embedded modal (Chromium) does not use NangoQt's CA list and refuses the page.
        QTest::newRow("oauth, --ca-cert: the modal still refuses") << ca + oauth << 1 << "tls_error";
        QTest::newRow("--ca-cert not a certificate") << QStringList{QStringLiteral("--ca-cert"), m_cert.keyFile} + key << 2 << "";
    }
    void tls()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, type);
        const Run r = runAgainst(m_tlsServer, args, "sk_tls\n");
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        if (exitCode == 2) {
            QVERIFY(r.err.contains("--ca-cert"));
            return;
        }
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), exitCode == 0);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
    }

    void flows_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QString>("integration");
        QTest::newRow("api key") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--param"), QStringLiteral("account=a+b#c"),
                                                QStringLiteral("--json"), QStringLiteral("stripe-dev")}
                                 << QByteArray("sk_e2e_SECRET+1\n") << "stripe-dev";
        QTest::newRow("basic") << QStringList{QStringLiteral("--username"), QStringLiteral("alice"), QStringLiteral("--password-stdin"),
                                              QStringLiteral("--json"), QStringLiteral("jira-basic")}
                               << QByteArray("pw_SECRET\n") << "jira-basic";
        QTest::newRow("unauthenticated") << QStringList{QStringLiteral("--unauthenticated"), QStringLiteral("--json"), QStringLiteral("public-api")}
                                         << QByteArray() << "public-api";
        QTest::newRow("oauth, embedded modal") << QStringList{QStringLiteral("--browser"), QStringLiteral("embedded"), QStringLiteral("--json"),
                                                              QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("github-auto")}
                                               << QByteArray() << "github-auto";
    }
    void flows()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(QString, integration);
        const Run r = run(args, stdinData);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("providerConfigKey")).toString(), integration);
        QVERIFY(!o.value(QStringLiteral("connectionId")).toString().isEmpty());
        QVERIFY(o.contains(QStringLiteral("isPending")));
        QCOMPARE(r.out.count('\n'), 1); // exactly one object on stdout
        QVERIFY(!r.out.contains("SECRET") && !r.err.contains("SECRET"));
    }

    void failedFlowExitsOne()
    {
        const Run r = run({QStringLiteral("--api-key-stdin"), QStringLiteral("--json"), QStringLiteral("no-such-integration")}, "k\n");
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("unknown_provider_config"));
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    }

    void missingTokenExitsOne()
    {
        const Run r = run({QStringLiteral("--unauthenticated"), QStringLiteral("--json"), QStringLiteral("public-api")}, {}, false);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("missing_auth_token"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no integration") << QStringList{QStringLiteral("--json")};
        QTest::newRow("two integrations") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("bad browser") << QStringList{QStringLiteral("--browser"), QStringLiteral("lynx"), QStringLiteral("a")};
        QTest::newRow("bad param") << QStringList{QStringLiteral("--param"), QStringLiteral("novalue"), QStringLiteral("a")};
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("a")};
        QTest::newRow("two stdin secrets") << QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("--password-stdin"), QStringLiteral("a")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("a")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("nango-connect:"));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--api-key-stdin", "--password-stdin", "--browser", "--json", "--timeout", "--param", "--hmac"})
            QVERIFY2(r.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestNangoConnect)
#include "tst_nangoconnect.moc"
