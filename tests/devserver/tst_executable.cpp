// SPDX-License-Identifier: MIT
// The nango-dev-server executable starts, prints where it listens, and refuses bad arguments.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestExecutable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndPrints_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("token");
        QTest::newRow("current") << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << true;
        QTest::newRow("seed") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--era"), QStringLiteral("seed")} << false;
        QTest::newRow("faults") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fault"), QStringLiteral("http_delay_ms=10"),
                                               QStringLiteral("--fault"), QStringLiteral("refuse_public_keys"), QStringLiteral("--hmac-key"), QStringLiteral("k")}
                                << true;
    }
    void startsAndPrints()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, token);
        QProcess p;
        p.start(QStringLiteral(NANGO_DEV_SERVER_EXE), args);
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000 && out.count('\n') < (token ? 4 : 3)) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(QRegularExpression(QStringLiteral("^Listening on http://127\\.0\\.0\\.1:[1-9][0-9]*$"))
                     .match(QString::fromUtf8(lines.value(0))).hasMatch(), out.constData());
        QVERIFY(lines.value(1).startsWith("public key: "));
        QVERIFY(lines.value(2).startsWith("secret key: "));
        QCOMPARE(lines.value(3).startsWith("session token: nango_connect_session_"), token);
        p.kill();
        p.waitForFinished();
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("x")};
        QTest::newRow("era") << QStringList{QStringLiteral("--era"), QStringLiteral("future")};
        QTest::newRow("fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("nope")};
        QTest::newRow("fault value") << QStringList{QStringLiteral("--fault"), QStringLiteral("http_delay_ms")};
        QTest::newRow("public key") << QStringList{QStringLiteral("--public-key"), QStringLiteral("abc")};
        QTest::newRow("config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent.json")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(QStringLiteral(NANGO_DEV_SERVER_EXE), args);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
