// SPDX-License-Identifier: MIT
// The pure pieces a call passes before any request: which flow it runs, the checks in their
// order (docs/protocol.md §1–§2, §7), Nango's auth_mode names, and how a failed connection is
// worded for both transports.
#include "nangonetworkerror_p.h"
#include "nangovalidation_p.h"

#include <NangoQt/NangoAuthMode>
#include <NangoQt/NangoErrorTypes>

#include <QTest>

using namespace NangoQtPrivate;

namespace {
NangoFlowRequest request(const QString &integrationId, const NangoAuthOptions &options = {}, const QString &connectionId = {})
{
    return {integrationId, connectionId, options, false};
}
NangoAuthSettings goodSettings()
{
    NangoAuthSettings s;
    s.host = QUrl(QStringLiteral("https://nango.example.com/"));
    s.connectSessionToken = QStringLiteral("nango_connect_session_x");
    return s;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flowMode_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<bool>("create");
        QTest::addColumn<int>("mode");
        const QVariantMap none;
        const QVariantMap apiKey{{QStringLiteral("credentials"), QVariantMap{{QStringLiteral("apiKey"), QStringLiteral("k")}}}};
        const QVariantMap basic{{QStringLiteral("credentials"), QVariantMap{{QStringLiteral("username"), QStringLiteral("u")}}}};
        const QVariantMap other{{QStringLiteral("credentials"), QVariantMap{{QStringLiteral("token_id"), QStringLiteral("t")}}}};
        const QVariantMap overrides{{QStringLiteral("credentials"), QVariantMap{{QStringLiteral("oauth_client_id_override"), QStringLiteral("c")}}}};
        QTest::newRow("nothing: OAuth") << none << false << int(NangoAuthMode::OAuth2);
        QTest::newRow("client overrides: OAuth") << overrides << false << int(NangoAuthMode::OAuth2);
        QTest::newRow("api key") << apiKey << false << int(NangoAuthMode::ApiKey);
        QTest::newRow("username: Basic") << basic << false << int(NangoAuthMode::Basic);
        QTest::newRow("credentials NangoQt cannot send") << other << false << int(NangoAuthMode::Unknown);
        QTest::newRow("create() wins") << apiKey << true << int(NangoAuthMode::None);
    }
    void flowMode()
    {
        QFETCH(QVariantMap, options);
        QFETCH(bool, create);
        QFETCH(int, mode);
        QCOMPARE(int(NangoQtPrivate::flowMode(NangoAuthOptions::fromVariantMap(options), create)), mode);
    }

    void checkCallOrder()
    {
        // Each problem is reported only once the ones before it are fixed.
        NangoAuthSettings s;
        s.host = QUrl(QStringLiteral("ftp://nowhere"));
        NangoAuthOptions badParams;
        badParams.setParams({{QStringLiteral("__proto__"), QStringLiteral("x")}});
        QUrl host;
        auto e = checkCall(s, request(QString(), badParams), &host);
        QVERIFY(e);
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::InvalidHostUrl));
        QVERIFY(host.isEmpty());
        s.host = QUrl(QStringLiteral("https://nango.example.com/"));
        e = checkCall(s, request(QString(), badParams), &host);
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::MissingAuthToken));
        QCOMPARE(host, QUrl(QStringLiteral("https://nango.example.com"))); // normalized even when a later check fails
        s.publicKey = QStringLiteral("pk");
        e = checkCall(s, request(QString(), badParams), &host);
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::InvalidIntegrationId));
        e = checkCall(s, request(QStringLiteral("github"), badParams), &host);
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::InvalidParams));
        QVERIFY(e->message.contains(QLatin1String("__proto__")));
        QVERIFY(!checkCall(s, request(QStringLiteral("github")), &host));
    }

    void checkMode()
    {
        NangoAuthOptions emptyKey;
        emptyKey.setApiKey(QString());
        auto e = NangoQtPrivate::checkMode(NangoAuthMode::ApiKey, request(QStringLiteral("stripe"), emptyKey));
        QVERIFY(e);
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::MissingCredentials));

        const NangoAuthOptions other = NangoAuthOptions::fromVariantMap(
            {{QStringLiteral("credentials"), QVariantMap{{QStringLiteral("token_id"), QStringLiteral("t")}}}});
        e = NangoQtPrivate::checkMode(NangoAuthMode::Unknown, request(QStringLiteral("netsuite"), other));
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::MissingCredentials));
        QVERIFY2(e->message.contains(QLatin1String("token_id")), qPrintable(e->message));

        NangoAuthOptions hmac;
        hmac.setHmac(QStringLiteral("abc"));
        hmac.setApiKey(QStringLiteral("k"));
        e = NangoQtPrivate::checkMode(NangoAuthMode::ApiKey, request(QStringLiteral("stripe"), hmac));
        QCOMPARE(e->type, QString::fromLatin1(NangoErrorType::MissingConnectionId));
        QVERIFY(!NangoQtPrivate::checkMode(NangoAuthMode::ApiKey, request(QStringLiteral("stripe"), hmac, QStringLiteral("user-1"))));
        // OAuth sends the HMAC with the connection id the server makes itself: no refusal.
        QVERIFY(!NangoQtPrivate::checkMode(NangoAuthMode::OAuth2, request(QStringLiteral("github"), hmac)));
        QUrl host;
        QVERIFY(!checkCall(goodSettings(), request(QStringLiteral("github"), hmac), &host));
    }

    void authModeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("back");
        QTest::newRow("OAUTH2") << "OAUTH2" << int(NangoAuthMode::OAuth2) << "OAUTH2";
        QTest::newRow("OAUTH1: a mode of its own since issue 14") << "OAUTH1" << int(NangoAuthMode::OAuth1) << "OAUTH1";
        QTest::newRow("APP") << "APP" << int(NangoAuthMode::App) << "APP";
        QTest::newRow("lower case, spaces") << " api_key " << int(NangoAuthMode::ApiKey) << "API_KEY";
        QTest::newRow("BASIC") << "BASIC" << int(NangoAuthMode::Basic) << "BASIC";
        QTest::newRow("NONE") << "NONE" << int(NangoAuthMode::None) << "NONE";
        QTest::newRow("not a Nango mode") << "SAML" << int(NangoAuthMode::Unknown) << "";
        QTest::newRow("empty") << "" << int(NangoAuthMode::Unknown) << "";
    }
    void authModeNames()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        QFETCH(QString, back);
        QCOMPARE(int(NangoAuthMode::fromNangoName(name)), mode);
        QCOMPARE(NangoAuthMode::nangoName(NangoAuthMode::Mode(mode)), back);
        QCOMPARE(NangoAuthMode::needsCredentials(NangoAuthMode::Mode(mode)), mode == NangoAuthMode::ApiKey || mode == NangoAuthMode::Basic);
    }

    void connectErrorWording()
    {
        // Both transports word a failed connection alike: the host and what to check.
        const NangoError http = connectError(connectFailure(QNetworkReply::ConnectionRefusedError), QUrl(QStringLiteral("http://127.0.0.1:9")), {});
        const NangoError ws = connectError(connectFailure(QAbstractSocket::ConnectionRefusedError), QUrl(QStringLiteral("ws://127.0.0.1:9/")), {});
        QCOMPARE(http.type, QString::fromLatin1(NangoErrorType::NetworkError));
        QCOMPARE(ws.type, http.type);
        for (const NangoError &e : {http, ws}) {
            QVERIFY2(e.message.contains(QLatin1String("connection refused (nothing listens on 127.0.0.1:9)")), qPrintable(e.message));
            QVERIFY2(e.message.contains(QLatin1String("Check the host setting")), qPrintable(e.message));
        }
        const NangoError tls = connectError(connectFailure(QAbstractSocket::SslHandshakeFailedError), QUrl(QStringLiteral("wss://h.example/")),
                                            QStringLiteral("The certificate is self-signed"));
        QCOMPARE(tls.type, QString::fromLatin1(NangoErrorType::TlsError));
        QVERIFY(tls.message.contains(QLatin1String("wss://h.example/")) && tls.message.contains(QLatin1String("self-signed")));
        const NangoError secure = connectError(ConnectFailure::Refused, QUrl(QStringLiteral("https://h.example")), {});
        QVERIFY2(secure.message.contains(QLatin1String("h.example:443")), qPrintable(secure.message));
        const NangoError user = connectError(ConnectFailure::HostNotFound, QUrl(QStringLiteral("https://me:secret@h.example")), {});
        QVERIFY2(!user.message.contains(QLatin1String("secret")), qPrintable(user.message));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
