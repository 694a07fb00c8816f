// SPDX-License-Identifier: MIT
// WebSocket frames of the OAuth branch (docs/protocol.md §5).
#include "nangoframe_p.h"

#include <QTest>

using namespace NangoQtPrivate;

class TestFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("a"); // wsClientId / connectionId / errorType
        QTest::addColumn<QString>("b"); // providerConfigKey / errorDescription
        QTest::addColumn<bool>("pending");
        QTest::newRow("ack") << QByteArray(R"({"message_type":"connection_ack","ws_client_id":"0f8fad5b-d9cb-469f-a165-70867728950e"})")
                             << int(NangoFrame::Ack) << "0f8fad5b-d9cb-469f-a165-70867728950e" << "" << false;
        QTest::newRow("ack without id") << QByteArray(R"({"message_type":"connection_ack"})") << int(NangoFrame::Ack) << "" << "" << false;
        QTest::newRow("success") << QByteArray(R"({"message_type":"success","provider_config_key":"github","connection_id":"u1","is_pending":false})")
                                 << int(NangoFrame::Success) << "u1" << "github" << false;
        QTest::newRow("success pending") << QByteArray(R"({"message_type":"success","provider_config_key":"gh-app","connection_id":"u2","is_pending":true})")
                                         << int(NangoFrame::Success) << "u2" << "gh-app" << true;
        QTest::newRow("success seed (no is_pending)") << QByteArray(R"({"connection_id":"u3","provider_config_key":"g","message_type":"success"})")
                                                      << int(NangoFrame::Success) << "u3" << "g" << false;
        QTest::newRow("error") << QByteArray(R"({"message_type":"error","provider_config_key":"g","connection_id":"c","error_type":"callback_err","error_desc":"Did not get authorization code in the callback."})")
                               << int(NangoFrame::Error) << "callback_err" << "Did not get authorization code in the callback." << false;
        QTest::newRow("unknown") << QByteArray(R"({"message_type":"heartbeat"})") << int(NangoFrame::Unknown) << "" << "" << false;
        QTest::newRow("no message_type") << QByteArray(R"({"x":1})") << int(NangoFrame::Unknown) << "" << "" << false;
        QTest::newRow("garbage") << QByteArray("this is not json {") << int(NangoFrame::Invalid) << "" << "" << false;
        QTest::newRow("array") << QByteArray("[]") << int(NangoFrame::Invalid) << "" << "" << false;
        QTest::newRow("empty") << QByteArray() << int(NangoFrame::Invalid) << "" << "" << false;
        QTest::newRow("wrong types") << QByteArray(R"({"message_type":"success","connection_id":5})") << int(NangoFrame::Success) << "" << "" << false;
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, type);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, pending);
        const NangoFrame f = parseFrame(text);
        QCOMPARE(int(f.type), type);
        switch (f.type) {
        case NangoFrame::Ack:
            QCOMPARE(f.wsClientId, a);
            break;
        case NangoFrame::Success:
            QCOMPARE(f.connectionId, a);
            QCOMPARE(f.providerConfigKey, b);
            QCOMPARE(f.isPending, pending);
            break;
        case NangoFrame::Error:
            QCOMPARE(f.errorType, a);
            QCOMPARE(f.errorDescription, b);
            break;
        default:
            break;
        }
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "tst_frame.moc"
