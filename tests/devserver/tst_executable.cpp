// SPDX-License-Identifier: MIT
// The nango-dev-server executable starts, prints where it listens, and refuses bad arguments.
#include "selfsignedcertificate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

class TestExecutable : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SelfSignedCertificate m_cert;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_cert = makeSelfSignedCertificate(m_dir.path(), &error);
        QVERIFY2(!m_cert.isNull(), qPrintable(error));
    }

    void startsAndPrints_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("token");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("current") << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << true << "http";
        QTest::newRow("seed") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--era"), QStringLiteral("seed")} << false
                              << "http";
        QTest::newRow("faults") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fault"), QStringLiteral("http_delay_ms=10"),
                                               QStringLiteral("--fault"), QStringLiteral("refuse_public_keys"), QStringLiteral("--hmac-key"), QStringLiteral("k"),
                                               QStringLiteral("--fault"), QStringLiteral("api_error_status=429"), QStringLiteral("--fault"),
                                               QStringLiteral("redirect_loop"), QStringLiteral("--fault"), QStringLiteral("ok_not_json"),
                                               QStringLiteral("--fault"), QStringLiteral("ok_missing_fields")}
                                << true << "http";
        QTest::newRow("session knobs") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--session-lifetime"),
                                                      QStringLiteral("5"), QStringLiteral("--websockets-path"), QStringLiteral("/ws")}
                                       << true << "http";
        QTest::newRow("tls") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"), m_cert.certificateFile,
                                            QStringLiteral("--tls-key"), m_cert.keyFile}
                             << true << "https";
    }
    void startsAndPrints()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, token);
        QFETCH(QString, scheme);
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
        const auto listening = QRegularExpression(QStringLiteral("^Listening on (%1://127\\.0\\.0\\.1:[1-9][0-9]*)$").arg(scheme))
                                   .match(QString::fromUtf8(lines.value(0)));
        QVERIFY2(listening.hasMatch(), out.constData());
        QVERIFY(lines.value(1).startsWith("public key: "));
        QVERIFY(lines.value(2).startsWith("secret key: "));
        QCOMPARE(lines.value(3).startsWith("session token: nango_connect_session_"), token);
        if (scheme == QLatin1String("https")) {
            // It really serves HTTPS with that certificate: refused by default, fine once trusted.
            const QUrl url(listening.captured(1) + QStringLiteral("/integrations"));
            for (const bool trust : {false, true}) {
                QNetworkAccessManager network; // one each: a manager reuses its connection to a host
                QNetworkRequest request(url);
                if (trust) {
                    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
                    config.setCaCertificates({m_cert.certificate});
                    request.setSslConfiguration(config);
                }
                QNetworkReply *reply = network.get(request);
                QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
                QCOMPARE(reply->error() == QNetworkReply::SslHandshakeFailedError, !trust);
                if (trust) // answered by the server (401 without a token)
                    QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 200);
                reply->deleteLater();
            }
        }
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
        QTest::newRow("session lifetime") << QStringList{QStringLiteral("--session-lifetime"), QStringLiteral("0")};
        QTest::newRow("websockets path") << QStringList{QStringLiteral("--websockets-path"), QStringLiteral("ws")};
        QTest::newRow("tls cert without key") << QStringList{QStringLiteral("--tls-cert"), m_cert.certificateFile};
        QTest::newRow("tls key without cert") << QStringList{QStringLiteral("--tls-key"), m_cert.keyFile};
        QTest::newRow("tls cert unreadable") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem"),
                                                            QStringLiteral("--tls-key"), m_cert.keyFile};
        QTest::newRow("tls key is a certificate") << QStringList{QStringLiteral("--tls-cert"), m_cert.certificateFile,
                                                                 QStringLiteral("--tls-key"), m_cert.certificateFile};
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
