// SPDX-License-Identifier: MIT
// The query builder of docs/protocol.md §3, checked by decoding its output the way Nango's server does.
#include "nangoquery_p.h"
#include "nangoredaction_p.h"
#include "nangovalidation_p.h"
#include "nangodevserver.h"

#include <QTest>

using namespace NangoQtPrivate;

class TestQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentEncode_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("unreserved") << QStringLiteral("AZaz09-._~") << QByteArray("AZaz09-._~");
        QTest::newRow("plus") << QStringLiteral("a+b") << QByteArray("a%2Bb");
        QTest::newRow("hash") << QStringLiteral("a#b") << QByteArray("a%23b");
        QTest::newRow("amp-eq") << QStringLiteral("a&b=c") << QByteArray("a%26b%3Dc");
        QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
        QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("100%25");
        QTest::newRow("slash-question") << QStringLiteral("/?") << QByteArray("%2F%3F");
        QTest::newRow("e-acute") << QStringLiteral("é") << QByteArray("%C3%A9");
        QTest::newRow("cjk") << QStringLiteral("中") << QByteArray("%E4%B8%AD");
        QTest::newRow("emoji") << QStringLiteral("😀") << QByteArray("%F0%9F%98%80");
        QTest::newRow("brackets") << QStringLiteral("[x]") << QByteArray("%5Bx%5D");
    }
    void percentEncode()
    {
        QFETCH(QString, in);
        QFETCH(QByteArray, out);
        QCOMPARE(NangoQtPrivate::percentEncode(in), out);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const QStringList values = {QStringLiteral("+"), QStringLiteral("#"), QStringLiteral("&"), QStringLiteral("="),
                                    QStringLiteral("/"), QStringLiteral("?"), QStringLiteral("%"), QStringLiteral(" "),
                                    QStringLiteral("é"), QStringLiteral("中"), QStringLiteral("😀"), QStringLiteral("%2B"),
                                    QStringLiteral("a+b c#d&e=f/g?h%i é中😀"), QStringLiteral("[]"), QStringLiteral("")};
        for (const QString &v : values) {
            QTest::addRow("value %s", qPrintable(v)) << QStringLiteral("subdomain") << v;
            if (!v.isEmpty() && v != QStringLiteral("[]"))
                QTest::addRow("key %s", qPrintable(v)) << (QStringLiteral("k") + v) << QStringLiteral("v");
        }
    }
    void roundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        NangoQueryInput in;
        in.connectionId = QStringLiteral("user+42#a");
        in.params.insert(key, value);
        in.authorizationParams.insert(key, value);
        in.hmac = QStringLiteral("ab+cd");
        in.wsClientId = QStringLiteral("id-1");
        const QByteArray query = buildQuery(in);
        QVERIFY(query.startsWith('?'));
        QVERIFY2(!query.contains('#') && !query.contains('+') && !query.contains(' '), query.constData());

        // Through QUrl, as the request is sent, then decoded as qs does on the server.
        const QUrl url = buildUrl(QUrl(QStringLiteral("http://127.0.0.1:1")), "/oauth/connect/x", query);
        QVERIFY(url.isValid());
        const QVariantMap parsed = NangoDev::parseQs(url.query(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(parsed.value(QStringLiteral("connection_id")).toString(), in.connectionId);
        QCOMPARE(parsed.value(QStringLiteral("params")).toMap().value(key).toString(), value);
        QCOMPARE(parsed.value(QStringLiteral("authorization_params")).toMap().value(key).toString(), value);
        QCOMPARE(parsed.value(QStringLiteral("hmac")).toString(), in.hmac);
        QCOMPARE(parsed.value(QStringLiteral("ws_client_id")).toString(), in.wsClientId);
    }

    void order()
    {
        NangoQueryInput in;
        in.wsClientId = QStringLiteral("w");
        in.authorizationParams.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
        in.oauthClientSecretOverride = QStringLiteral("s");
        in.oauthClientIdOverride = QStringLiteral("c");
        in.userScope = QStringList{QStringLiteral("repo"), QStringLiteral("user:email")};
        in.hmac = QStringLiteral("h");
        in.params.insert(QStringLiteral("b"), QStringLiteral("2"));
        in.params.insert(QStringLiteral("a"), QStringLiteral("1"));
        in.connectSessionToken = QStringLiteral("t");
        in.publicKey = QStringLiteral("p");
        in.connectionId = QStringLiteral("c1");
        QCOMPARE(buildQuery(in),
                 QByteArray("?connection_id=c1&public_key=p&connect_session_token=t&params[a]=1&params[b]=2&hmac=h"
                            "&user_scope=repo%2Cuser%3Aemail&credentials[oauth_client_id_override]=c"
                            "&credentials[oauth_client_secret_override]=s&authorization_params[prompt]=consent&ws_client_id=w"));
    }

    void emptyQuery()
    {
        QCOMPARE(buildQuery(NangoQueryInput()), QByteArray());
        QCOMPARE(buildUrl(QUrl(QStringLiteral("https://h/prefix/")), "/a", QByteArray()).toString(),
                 QStringLiteral("https://h/prefix/a"));
    }

    void normalizeHost_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out"); // empty = invalid
        QTest::newRow("cloud") << "https://api.nango.dev" << "https://api.nango.dev";
        QTest::newRow("trailing slashes") << "https://api.nango.dev///" << "https://api.nango.dev";
        QTest::newRow("with path") << "http://localhost:3003/nango/" << "http://localhost:3003/nango";
        QTest::newRow("upper scheme") << "HTTP://localhost:3003" << "http://localhost:3003";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("no scheme") << "api.nango.dev" << "";
        QTest::newRow("ftp") << "ftp://api.nango.dev" << "";
        QTest::newRow("query") << "https://api.nango.dev/?a=1" << "";
        QTest::newRow("fragment") << "https://api.nango.dev/#x" << "";
        QTest::newRow("user info") << "https://u:p@api.nango.dev" << "";
        QTest::newRow("no host") << "https://" << "";
        QTest::newRow("file") << "file:///etc/passwd" << "";
    }
    void normalizeHost()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QString error;
        const QUrl result = NangoQtPrivate::normalizeHost(QUrl(in), &error);
        QCOMPARE(result.toString(), out);
        if (out.isEmpty())
            QVERIFY(error.startsWith(QStringLiteral("Invalid URL provided for the Nango host.")));
    }

    void webSocketUrl_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("ws");
        QTest::newRow("cloud") << "https://api.nango.dev" << "/" << "wss://api.nango.dev/";
        QTest::newRow("empty path") << "https://api.nango.dev" << "" << "wss://api.nango.dev/";
        QTest::newRow("http") << "http://localhost:3003" << "/" << "ws://localhost:3003/";
        QTest::newRow("absolute replaces prefix") << "https://h/prefix" << "/ws" << "wss://h/ws";
        QTest::newRow("relative") << "https://h/prefix" << "ws" << "wss://h/ws";
        QTest::newRow("relative under dir") << "https://h/prefix/" << "ws" << "wss://h/ws";
    }
    void webSocketUrl()
    {
        QFETCH(QString, host);
        QFETCH(QString, path);
        QFETCH(QString, ws);
        const QUrl h = NangoQtPrivate::normalizeHost(QUrl(host), nullptr);
        QCOMPARE(NangoQtPrivate::webSocketUrl(h, path).toString(), ws);
    }

    void integrationId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "github" << true;
        QTest::newRow("all allowed") << "a-Z_0.9~:@ x" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("spaces") << "   " << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("question") << "a?b" << false;
        QTest::newRow("hash") << "a#b" << false;
        QTest::newRow("percent") << "a%2F" << false;
        QTest::newRow("non-ascii") << "gïthub" << false;
        QTest::newRow("255") << QString(255, QLatin1Char('a')) << true;
        QTest::newRow("256") << QString(256, QLatin1Char('a')) << false;
    }
    void integrationId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QString why;
        QCOMPARE(isValidIntegrationId(id, &why), valid);
        QCOMPARE(why.isEmpty(), valid);
    }

    void paramKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("carriable");
        QTest::newRow("plain") << "subdomain" << true;
        QTest::newRow("plus hash space") << "a+b #c" << true;
        QTest::newRow("percent ampersand equals") << "%&=?/" << true;
        QTest::newRow("non-ASCII") << QStringLiteral("région") << true;
        QTest::newRow("index past arrayLimit") << "21" << true;
        QTest::newRow("leading zero") << "01" << true;
        QTest::newRow("negative") << "-1" << true;
        QTest::newRow("constructor") << "constructor" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("open bracket") << "a[b" << false;
        QTest::newRow("close bracket") << "a]" << false;
        QTest::newRow("nested") << "a][b" << false;
        QTest::newRow("__proto__") << "__proto__" << false;
        QTest::newRow("0") << "0" << false;
        QTest::newRow("20") << "20" << false;
    }
    void paramKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, carriable);
        QString why;
        QCOMPARE(isCarriableParamKey(QStringLiteral("params"), key, &why), carriable);
        QCOMPARE(why.isEmpty(), carriable);
        if (!carriable)
            QVERIFY2(why.contains(QStringLiteral("params")), qPrintable(why));
    }

    void redaction()
    {
        const QUrl url = QUrl::fromEncoded("https://u:p@h/oauth/connect/x?connection_id=c&public_key=pk"
                                           "&connect_session_token=nango_connect_session_abc&hmac=deadbeef"
                                           "&credentials%5Boauth_client_secret_override%5D=topsecret&ws_client_id=w");
        const QString logged = redactedUrl(url);
        QVERIFY(!logged.contains(QStringLiteral("nango_connect_session_abc")));
        QVERIFY(!logged.contains(QStringLiteral("deadbeef")));
        QVERIFY(!logged.contains(QStringLiteral("topsecret")));
        QVERIFY(!logged.contains(QStringLiteral("u:p")));
        QVERIFY(logged.contains(QStringLiteral("connection_id=c")));
        QVERIFY(logged.contains(QStringLiteral("ws_client_id=w")));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
