// SPDX-License-Identifier: MIT
// Error bodies of both server eras (docs/protocol.md §4.1) and what NangoQt makes of anything else.
#include "nangoerrorparser_p.h"

#include <QTest>

using namespace NangoQtPrivate;

class TestErrorParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("messageStart");

        QTest::newRow("current") << 401 << QByteArray(R"({"error":{"message":"Authentication failed. The provided public key is not a UUID v4.","code":"invalid_public_key","payload":{}}})")
                                 << "invalid_public_key" << "Authentication failed. The provided public key is not a UUID v4.";
        QTest::newRow("current, code first") << 400 << QByteArray(R"({"error":{"code":"invalid_hmac","message":"Invalid HMAC signature."}})")
                                             << "invalid_hmac" << "Invalid HMAC signature.";
        QTest::newRow("current, no message") << 404 << QByteArray(R"({"error":{"code":"unknown_provider_config"}})")
                                             << "unknown_provider_config" << "There is no integration with this key";
        QTest::newRow("current, unknown code without message") << 400 << QByteArray(R"({"error":{"code":"brand_new_code"}})")
                                                               << "brand_new_code" << "The Nango server refused the request: brand new code.";
        QTest::newRow("current, validation errors") << 400
            << QByteArray(R"j({"error":{"code":"invalid_body","errors":[{"code":"too_small","message":"String must contain at least 1 character(s)","path":["apiKey"]}]}})j")
            << "invalid_body" << "String must contain at least 1 character(s) (apiKey)";
        QTest::newRow("seed") << 400 << QByteArray(R"({"error":"Missing param 'hmac'.","type":"missing_hmac"})")
                              << "missing_hmac" << "Missing param 'hmac'.";
        QTest::newRow("seed, type first") << 401 << QByteArray(R"({"type":"invalid_public_key","error":"Authentication failed. The provided public key is not a UUID v4."})")
                                          << "invalid_public_key" << "Authentication failed.";
        QTest::newRow("seed, object shape") << 401 << QByteArray(R"({"error":{"code":"unknown_user_account"}})")
                                            << "unknown_user_account" << "Authentication failed.";
        QTest::newRow("seed connection_test_failed") << 401
            << QByteArray(R"({"error":"The given credentials were found to be invalid and received a 401 on a test API call. Please check the credentials and try again.","type":"connection_test_failed"})")
            << "connection_test_failed" << "The given credentials were found to be invalid and received a 401";
        QTest::newRow("deprecated") << 401 << QByteArray(R"({"error":{"code":"deprecated_authentication","message":"Public key authentication is deprecated. Please use connect session authentication instead."}})")
                                    << "deprecated_authentication" << "Public key authentication is deprecated.";
        QTest::newRow("html 502") << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>")
                                  << "invalid_response" << "The Nango server answered HTTP 502 with an unexpected body: \"502 Bad Gateway 502 Bad Gateway nginx\".";
        QTest::newRow("empty") << 500 << QByteArray() << "invalid_response" << "The Nango server answered HTTP 500 with an empty body.";
        QTest::newRow("whitespace") << 500 << QByteArray(" \r\n ") << "invalid_response" << "The Nango server answered HTTP 500 with an empty body.";
        QTest::newRow("truncated") << 400 << QByteArray(R"({"error":{"code":"invalid_bo)") << "invalid_response" << "The Nango server answered HTTP 400 with an unexpected body: \"{\"error\"";
        QTest::newRow("json array") << 400 << QByteArray("[1,2]") << "invalid_response" << "The Nango server answered HTTP 400";
        QTest::newRow("json without error") << 400 << QByteArray(R"({"message":"nope"})") << "invalid_response" << "The Nango server answered HTTP 400";
        QTest::newRow("error is a number") << 400 << QByteArray(R"({"error":42})") << "invalid_response" << "The Nango server answered HTTP 400";
        QTest::newRow("empty object error") << 400 << QByteArray(R"({"error":{}})") << "invalid_response" << "The Nango server answered HTTP 400";
        QTest::newRow("seed without type") << 400 << QByteArray(R"({"error":"Something broke"})") << "invalid_response" << "Something broke";
    }
    void parse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(QString, messageStart);
        const NangoError e = parseErrorBody(status, body);
        QCOMPARE(e.type, type);
        QVERIFY2(e.message.startsWith(messageStart), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("[object Object]")));
    }

    void deprecatedSaysWhatToDo()
    {
        const NangoError e = parseErrorBody(401, R"({"error":{"code":"deprecated_authentication"}})");
        QCOMPARE(e.type, QStringLiteral("deprecated_authentication"));
        QVERIFY(e.message.contains(QStringLiteral("connect session token")));
        QVERIFY(e.message.contains(QStringLiteral("2025-08-25")));
        QVERIFY(e.message.contains(QStringLiteral("PUBLIC_AUTHENTICATION_DEPRECATION_DATE")));
    }

    void neverEmpty_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("string") << QByteArray("\"x\"");
        QTest::newRow("nested nulls") << QByteArray(R"({"error":{"code":null,"message":null}})");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
        QTest::newRow("huge") << QByteArray(100000, 'x');
        // Found by tests/fuzz (fuzz_errorparser): a blank server message was passed through.
        QTest::newRow("seed, blank message") << QByteArray(R"({"error":"   ","type":""})");
        QTest::newRow("current, blank message") << QByteArray(R"({"error":{"code":"invalid_body","message":" \n "}})");
    }
    void neverEmpty()
    {
        QFETCH(QByteArray, body);
        const NangoError e = parseErrorBody(418, body);
        QVERIFY(!e.type.isEmpty());
        QVERIFY(!e.message.trimmed().isEmpty());
        QVERIFY(e.message.size() < 400);
    }

    void excerpt()
    {
        QCOMPARE(bodyExcerpt("<p>Hello\n\n<b>world</b></p><script>alert(1)</script>"), QStringLiteral("Hello world"));
        QCOMPARE(bodyExcerpt(QByteArray(500, 'a'), 10).size(), 10);
        QVERIFY(!bodyExcerpt("a\x1b[31mb").contains(QChar(0x1b)));
        // Found by tests/fuzz: the cut fell between the two halves of an emoji.
        const QString cut = bodyExcerpt(QByteArray(8, 'x') + QStringLiteral("\U0001F600 tail").toUtf8(), 10);
        QVERIFY(cut.isValidUtf16());
        QCOMPARE(cut, QString(QString(8, QLatin1Char('x')) + QChar(0x2026)));
    }

    void document_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isError");
        QTest::newRow("current") << QByteArray(R"({"error":{"code":"invalid_query_params","message":"x"}})") << true;
        QTest::newRow("seed") << QByteArray(R"(  {"error":"x","type":"integration_not_allowed"} )") << true;
        QTest::newRow("other json") << QByteArray(R"({"ok":true})") << false;
        QTest::newRow("html") << QByteArray("<html>Successful connection</html>") << false;
        QTest::newRow("text") << QByteArray("No state found in callback") << false;
    }
    void document()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, isError);
        QCOMPARE(parseErrorDocument(text).has_value(), isError);
    }
};

QTEST_GUILESS_MAIN(TestErrorParser)
#include "tst_errorparser.moc"
