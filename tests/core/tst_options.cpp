// SPDX-License-Identifier: MIT
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthOptions>

#include <QSignalSpy>
#include <QTest>

class TestOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromVariantMapUsesJsKeys()
    {
        QStringList unknown;
        const QVariantMap map{
            {QStringLiteral("params"), QVariantMap{{QStringLiteral("subdomain"), QStringLiteral("acme")}}},
            {QStringLiteral("hmac"), QStringLiteral("abc")},
            {QStringLiteral("user_scope"), QStringList{QStringLiteral("repo"), QStringLiteral("gist")}},
            {QStringLiteral("authorization_params"), QVariantMap{{QStringLiteral("prompt"), QStringLiteral("consent")}}},
            {QStringLiteral("credentials"), QVariantMap{{QStringLiteral("username"), QStringLiteral("u")}, {QStringLiteral("password"), QString()}}},
            {QStringLiteral("detectClosedAuthWindow"), false},
            {QStringLiteral("bogus"), 1},
        };
        const NangoAuthOptions o = NangoAuthOptions::fromVariantMap(map, &unknown);
        QCOMPARE(o.params().value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QCOMPARE(o.hmac(), QStringLiteral("abc"));
        QCOMPARE(o.userScope(), (QStringList{QStringLiteral("repo"), QStringLiteral("gist")}));
        QCOMPARE(o.authorizationParams().value(QStringLiteral("prompt")), QStringLiteral("consent"));
        QVERIFY(o.hasUsername());
        QVERIFY(o.hasPassword());
        QVERIFY(o.password().isEmpty());
        QVERIFY(!o.hasApiKey());
        QVERIFY(!o.detectClosedAuthWindow());
        QCOMPARE(unknown, QStringList{QStringLiteral("bogus")});
    }

    void userScopeAsString()
    {
        const auto o = NangoAuthOptions::fromVariantMap({{QStringLiteral("user_scope"), QStringLiteral("a,b")}});
        QCOMPARE(o.userScope(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void overridePairStaysOAuth()
    {
        const auto o = NangoAuthOptions::fromVariantMap({{QStringLiteral("credentials"),
            QVariantMap{{QStringLiteral("oauth_client_id_override"), QStringLiteral("id")},
                        {QStringLiteral("oauth_client_secret_override"), QStringLiteral("s")}}}});
        QVERIFY(o.hasCredentials());
        QVERIFY(!o.hasApiKey() && !o.hasUsername() && !o.hasPassword());
        QVERIFY(o.otherCredentials().isEmpty());
        QCOMPARE(o.oauthClientIdOverride(), QStringLiteral("id"));
    }

    void valueSemantics()
    {
        NangoAuthOptions a;
        a.setApiKey(QStringLiteral("k"));
        NangoAuthOptions b = a;
        b.clearApiKey();
        QVERIFY(a.hasApiKey());
        QVERIFY(!b.hasApiKey());
        QVERIFY(a.detectClosedAuthWindow()); // default on: a user close is known exactly here
    }

    void propertyDefaults()
    {
        NangoAuth nango;
        QCOMPARE(nango.host(), QUrl(QStringLiteral("https://api.nango.dev")));
        QCOMPARE(nango.websocketsPath(), QStringLiteral("/"));
        QCOMPARE(nango.width(), 500);
        QCOMPARE(nango.height(), 600);
        QCOMPARE(nango.debug(), false);
        QCOMPARE(nango.isBusy(), false);
        QCOMPARE(nango.browser(), NangoAuth::Browser::Auto);
        QCOMPARE(nango.webSocketUrl(), QUrl(QStringLiteral("wss://api.nango.dev/")));
    }

    void propertiesNotify()
    {
        NangoAuth nango;
        QSignalSpy host(&nango, &NangoAuth::hostChanged);
        QSignalSpy key(&nango, &NangoAuth::publicKeyChanged);
        nango.setHost(QUrl(QStringLiteral("http://localhost:3003/")));
        nango.setHost(QUrl(QStringLiteral("http://localhost:3003")));
        QCOMPARE(host.count(), 1);
        QCOMPARE(nango.host(), QUrl(QStringLiteral("http://localhost:3003")));
        nango.setPublicKey(QStringLiteral(" 0f8fad5b-d9cb-469f-a165-70867728950e\n"));
        QCOMPARE(nango.publicKey(), QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
        QCOMPARE(key.count(), 1);
        nango.resetHost();
        QCOMPARE(nango.host(), QUrl(QStringLiteral("https://api.nango.dev")));
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
