// SPDX-License-Identifier: MIT
// TLS (issue 7 item 5): the dev server serves HTTPS and WSS on one port with a certificate made
// now; NangoAuth refuses it by default (tls_error on the POST and on the WebSocket) and accepts it
// only when the app trusts that CA explicitly — in addition to the system CAs, never by ignoring
// errors.
#include "testenv.h"

#include "nangotls_p.h"
#include "selfsignedcertificate.h"

#include <NangoQt/NangoErrorTypes>

#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace NangoDev;

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverDir;
    QTemporaryDir m_otherDir;
    SelfSignedCertificate m_cert;  // the dev server's
    SelfSignedCertificate m_other; // a CA that did not sign it

    /// A TestEnv whose server speaks TLS (it listens again with the certificate).
    std::unique_ptr<TestEnv> makeEnv(Era era, const QList<QSslCertificate> &trusted)
    {
        auto env = std::make_unique<TestEnv>(era);
        // TestEnv listens on plain HTTP; a second server with TLS replaces it, same integrations.
        auto tls = std::make_unique<NangoDevServer>();
        tls->setEra(era);
        tls->setIntegrations(env->server->integrations());
        tls->setTlsCertificate(m_cert.certificate, m_cert.key);
        QString error;
        if (!tls->listen(0, &error))
            qFatal("TLS dev server: %s", qPrintable(error));
        env->server = std::move(tls);
        env->nango->setHost(env->server->url());
        if (era == Era::Current)
            env->nango->setConnectSessionToken(env->server->createConnectSession(QStringLiteral("tls-user")));
        else
            env->nango->setPublicKey(env->server->publicKey());
        env->nango->setCaCertificates(trusted);
        // The test window is the "browser": it trusts what the app trusts.
        TestEnv *raw = env.get();
        env->nango->setWindowFactory([raw, trusted](NangoAuthFlow *) {
            auto *w = new FollowingWindow(raw->windowAction);
            w->sslConfiguration = NangoQtPrivate::sslConfiguration(trusted);
            raw->windows << w;
            raw->records << w->record;
            return w;
        });
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_cert = makeSelfSignedCertificate(m_serverDir.path(), &error);
        QVERIFY2(!m_cert.isNull(), qPrintable(error));
        m_other = makeSelfSignedCertificate(m_otherDir.path(), &error);
        QVERIFY2(!m_other.isNull(), qPrintable(error));
    }

    void devServerSpeaksTls()
    {
        NangoDevServer server;
        QVERIFY(!server.isTls());
        QString error;
        QVERIFY(!server.loadTlsCertificate(QStringLiteral("/nonexistent.pem"), m_cert.keyFile, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent.pem")));
        QVERIFY(!server.loadTlsCertificate(m_cert.keyFile, m_cert.keyFile, &error)); // a key is no certificate
        QVERIFY2(server.loadTlsCertificate(m_cert.certificateFile, m_cert.keyFile, &error), qPrintable(error));
        QVERIFY(server.isTls());
        QVERIFY(server.listen(0, &error));
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));
    }

    void flows_data()
    {
        QTest::addColumn<Era>("era");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("trust"); // none | server | other
        QTest::addColumn<QString>("expected");
        const QString tlsError = QString::fromLatin1(NangoErrorType::TlsError);
        for (const Era era : {Era::Seed, Era::Current}) {
            for (const char *integration : {"stripe", "github-auto"}) {
                const char *what = QByteArray(integration) == "stripe" ? "credentials POST" : "OAuth WebSocket";
                QTest::addRow("%s, %s, no CA trusted", eraName(era), what) << era << integration << "none" << tlsError;
                QTest::addRow("%s, %s, another CA trusted", eraName(era), what) << era << integration << "other" << tlsError;
                QTest::addRow("%s, %s, its CA trusted", eraName(era), what) << era << integration << "server" << "succeeded";
            }
        }
    }
    void flows()
    {
        QFETCH(Era, era);
        QFETCH(QString, integration);
        QFETCH(QString, trust);
        QFETCH(QString, expected);
        QList<QSslCertificate> trusted;
        if (trust == QLatin1String("server"))
            trusted << m_cert.certificate;
        else if (trust == QLatin1String("other"))
            trusted << m_other.certificate;
        auto env = makeEnv(era, trusted);
        NangoAuthOptions o;
        if (integration == QLatin1String("stripe"))
            o.setApiKey(QStringLiteral("sk_tls"));
        // Seed-era servers need a connection id for credentials.
        const QString connectionId = era == Era::Seed && integration == QLatin1String("stripe") ? QStringLiteral("tls-conn") : QString();
        FlowResult r(env->nango->auth(integration, connectionId, o));
        if (expected == QLatin1String("succeeded")) {
            VERIFY_SUCCEEDED(r);
            QCOMPARE(env->server->connections().size(), 1);
            if (integration != QLatin1String("stripe")) {
                // The WebSocket went over WSS on the same port, and the window over HTTPS.
                QCOMPARE(env->records.size(), 1);
                QCOMPARE(env->records.first()->openedUrl.scheme(), QStringLiteral("https"));
            }
        } else {
            VERIFY_FAILED_WITH(r, NangoErrorType::TlsError);
            QVERIFY2(r.message().contains(QStringLiteral("127.0.0.1")), qPrintable(r.message()));
            QVERIFY(env->server->connections().isEmpty());
            // Refused before the ack: an OAuth flow's window, prepared when the flow started,
            // was closed without being navigated; a credentials flow has none.
            if (integration == QLatin1String("stripe")) {
                QVERIFY(env->records.isEmpty());
            } else {
                QCOMPARE(env->records.size(), 1);
                QCOMPARE(env->records.first()->calls, (QStringList{QStringLiteral("prepare"), QStringLiteral("close")}));
            }
        }
    }

    void trustAddsToTheSystemCas()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        const QSslConfiguration plain = NangoQtPrivate::sslConfiguration({});
        QVERIFY(plain == QSslConfiguration::defaultConfiguration());
        const QSslConfiguration withCa = NangoQtPrivate::sslConfiguration({m_cert.certificate});
        const QList<QSslCertificate> cas = withCa.caCertificates();
        QVERIFY(cas.contains(m_cert.certificate));
        for (const QSslCertificate &c : system)
            QVERIFY(cas.contains(c));
        QCOMPARE(cas.size(), system.size() + 1);
        QVERIFY(withCa.peerVerifyMode() != QSslSocket::VerifyNone);
        // Nothing leaks into the application's own default configuration.
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(m_cert.certificate));
    }

    void caCertificatesProperty()
    {
        NangoAuth nango;
        QSignalSpy changed(&nango, &NangoAuth::caCertificatesChanged);
        QVERIFY(nango.caCertificates().isEmpty());
        nango.addCaCertificate(m_cert.certificate);
        nango.addCaCertificate(m_cert.certificate); // already there
        nango.addCaCertificate(QSslCertificate());  // null: ignored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(nango.caCertificates(), QList<QSslCertificate>{m_cert.certificate});
        QVERIFY(!nango.addCaCertificates(m_cert.keyFile)); // no certificate in a key file
        QVERIFY(!nango.addCaCertificates(QStringLiteral("/nonexistent.pem")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(nango.addCaCertificates(m_other.certificateFile));
        QCOMPARE(nango.caCertificates().size(), 2);
        QCOMPARE(nango.property("caCertificates").value<QList<QSslCertificate>>().size(), 2);
        nango.setCaCertificates({});
        QCOMPARE(changed.count(), 3);
    }

    void settingsAreReadAtStart()
    {
        // Trusting the CA after auth() does not change a running flow (like every setting).
        auto env = makeEnv(Era::Current, {});
        NangoAuthOptions o;
        o.setApiKey(QStringLiteral("k"));
        FlowResult r(env->nango->auth(QStringLiteral("stripe"), QString(), o));
        env->nango->addCaCertificate(m_cert.certificate);
        VERIFY_FAILED_WITH(r, NangoErrorType::TlsError);
        FlowResult again(env->nango->auth(QStringLiteral("stripe"), QString(), o));
        VERIFY_SUCCEEDED(again);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
