// SPDX-License-Identifier: MIT
// nango-connect --catalog end to end: a real process against a stand-in of the catalog endpoints
// (tests/shared/catalogstandin.h): one JSON verdict with --json (no secret in it), the readable
// tables, the typed 401, usage errors.
#include "catalogstandin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class TestCatalogCli : public QObject
{
    Q_OBJECT

    Run run(const QStringList &args, const QString &token = CatalogStandIn::token(), const QByteArray &stdinData = QByteArray())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NANGO_HOST"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (token.isEmpty())
            env.remove(QStringLiteral("NANGO_CONNECT_SESSION_TOKEN"));
        else
            env.insert(QStringLiteral("NANGO_CONNECT_SESSION_TOKEN"), token);
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NANGO_CONNECT_EXE), QStringList{QStringLiteral("--host"), server.url().toString()} + args);
        p.write(stdinData);
        p.closeWriteChannel();
        // The stand-in answers from this process's event loop.
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill(); // hung: reported as a crash below
            p.waitForFinished(5000);
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    CatalogStandIn server;

private Q_SLOTS:
    void json_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("check"); // a path into data, and the value it must hold
        QTest::newRow("session") << QStringList{u"--catalog"_s, u"session"_s} << u"websocketsPath=/ws"_s;
        QTest::newRow("integrations") << QStringList{u"--catalog"_s, u"integrations"_s} << u"0.unique_key=posthog-dev"_s;
        QTest::newRow("providers") << QStringList{u"--catalog"_s, u"providers"_s} << u"1.name=github"_s;
        QTest::newRow("providers --search") << QStringList{u"--catalog"_s, u"providers"_s, u"--search"_s, u"post"_s} << u"0.name=posthog"_s;
        QTest::newRow("providers/NAME") << QStringList{u"--catalog=providers/posthog"_s} << u"auth_mode=API_KEY"_s;
    }
    void json()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, check);
        const Run r = run(args + QStringList{u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1); // one object on one line
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"ok"_s).toBool(), true);
        QJsonValue v = o.value(u"data"_s);
        const QString path = check.section(u'=', 0, 0);
        for (const QString &step : path.split(u'.')) {
            bool isIndex = false;
            const int i = step.toInt(&isIndex);
            v = isIndex ? v.toArray().at(i) : v.toObject().value(step);
        }
        QCOMPARE(v.toString(), check.section(u'=', 1));
        QVERIFY(!r.out.contains(CatalogStandIn::token().toUtf8()));
        QVERIFY(!r.out.contains("$keyOrder"));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(server.languages.last(), u"de, en;q=0.5"_s); // the locale's language
    }

    void readableTables()
    {
        Run r = run({u"--catalog"_s, u"providers/posthog"_s});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        // The form: its fields, in order (the German title: LANG=de).
        QVERIFY2(text.contains(u"posthog — PostHog (API_KEY)"_s), qPrintable(text));
        const int subdomain = text.indexOf(u"subdomain"_s);
        const int apiKey = text.indexOf(u"apiKey"_s);
        QVERIFY2(subdomain > 0 && apiKey > subdomain, qPrintable(text));
        QVERIFY(text.contains(u"Subdomäne"_s));
        QVERIFY(text.contains(u"one of us|us.i|eu|eu.i"_s));
        QVERIFY(text.contains(u"pattern ^phx_[A-Za-z0-9]+$"_s));

        r = run({u"--catalog"_s, u"integrations"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(u"posthog-dev"_s) && lines.at(1).contains(u"API_KEY"_s));
        QVERIFY(lines.at(2).startsWith(u"github-dev"_s) && lines.at(2).contains(u"OAUTH2"_s));

        r = run({u"--catalog"_s, u"session"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("WebSocket path:"));
        QVERIFY(!r.out.contains(CatalogStandIn::token().toUtf8()));
    }

    void tokenFromStdin()
    {
        const Run r = run({u"--catalog"_s, u"session"_s, u"--session-token-stdin"_s, u"--json"_s}, QString(), CatalogStandIn::token().toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), true);
    }

    void expiredToken()
    {
        Run r = run({u"--catalog"_s, u"integrations"_s, u"--json"_s}, u"nango_connect_session_expired"_s);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), false);
        QCOMPARE(r.json().value(u"type"_s).toString(), u"unknown_connect_session_token"_s);
        QVERIFY(r.json().value(u"message"_s).toString().contains(u"new one"_s));
        r = run({u"--catalog"_s, u"integrations"_s}, u"nango_connect_session_expired"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("Failed (unknown_connect_session_token): "));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("token");
        QTest::newRow("unknown part") << QStringList{u"--catalog"_s, u"everything"_s} << CatalogStandIn::token();
        QTest::newRow("no provider name") << QStringList{u"--catalog"_s, u"providers/"_s} << CatalogStandIn::token();
        QTest::newRow("--search elsewhere") << QStringList{u"--catalog"_s, u"session"_s, u"--search"_s, u"x"_s} << CatalogStandIn::token();
        QTest::newRow("no token") << QStringList{u"--catalog"_s, u"session"_s} << QString();
        QTest::newRow("an integration too") << QStringList{u"--catalog"_s, u"session"_s, u"github"_s} << CatalogStandIn::token();
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, token);
        const Run r = run(args + QStringList{u"--json"_s}, token);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(u"type"_s).toString(), u"usage_error"_s);
        QCOMPARE(server.requests, server.requests); // nothing to wait for
    }
};

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
