// SPDX-License-Identifier: MIT
// parseQs decodes a query string the way Nango's server (the qs library) does (docs/protocol.md §3).
#include "nangodevserver.h"

#include <QTest>

using NangoDev::parseQs;

class TestQs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("plain") << QByteArray("a=1&b=2") << "b" << QVariant(QStringLiteral("2"));
        QTest::newRow("leading ?") << QByteArray("?a=1") << "a" << QVariant(QStringLiteral("1"));
        QTest::newRow("plus is space") << QByteArray("a=x+y") << "a" << QVariant(QStringLiteral("x y"));
        QTest::newRow("%2B is plus") << QByteArray("a=x%2By") << "a" << QVariant(QStringLiteral("x+y"));
        QTest::newRow("%23 is hash") << QByteArray("a=x%23y") << "a" << QVariant(QStringLiteral("x#y"));
        QTest::newRow("%26 and %3D") << QByteArray("a=x%26y%3Dz") << "a" << QVariant(QStringLiteral("x&y=z"));
        QTest::newRow("first = splits") << QByteArray("a=b=c") << "a" << QVariant(QStringLiteral("b=c"));
        QTest::newRow("no value") << QByteArray("a") << "a" << QVariant(QString());
        QTest::newRow("e acute") << QByteArray("a=%C3%A9") << "a" << QVariant(QStringLiteral("é"));
        QTest::newRow("cjk") << QByteArray("a=%E4%B8%AD") << "a" << QVariant(QStringLiteral("中"));
        QTest::newRow("emoji") << QByteArray("a=%F0%9F%98%80") << "a" << QVariant(QStringLiteral("😀"));
        QTest::newRow("encoded key") << QByteArray("%C3%A9=1") << QStringLiteral("é") << QVariant(QStringLiteral("1"));
        QTest::newRow("malformed % kept") << QByteArray("a=100%") << "a" << QVariant(QStringLiteral("100%"));
        QTest::newRow("malformed % keeps all") << QByteArray("a=%zz%41+b") << "a" << QVariant(QStringLiteral("%zz%41 b"));
        QTest::newRow("invalid utf-8 kept") << QByteArray("a=%FF") << "a" << QVariant(QStringLiteral("%FF"));
        QTest::newRow("repeated plain key → list") << QByteArray("a=1&a=2") << "a"
                                                    << QVariant(QStringList{QStringLiteral("1"), QStringLiteral("2")});
        QTest::newRow("fragment stops") << QByteArray("a=1#b=2") << "b" << QVariant();
        QTest::newRow("empty parts") << QByteArray("&&a=1&") << "a" << QVariant(QStringLiteral("1"));
    }
    void values()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, key);
        QFETCH(QVariant, expected);
        const QVariantMap parsed = parseQs(query);
        if (!expected.isValid()) {
            QVERIFY(!parsed.contains(key));
            return;
        }
        QCOMPARE(parsed.value(key), expected);
    }

    void nested_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("subkey");
        QTest::addColumn<QString>("expected"); // "<absent>" = dropped
        QTest::newRow("raw brackets") << QByteArray("params[a]=1") << "a" << "1";
        QTest::newRow("encoded brackets") << QByteArray("params%5Ba%5D=1") << "a" << "1";
        QTest::newRow("lower-case encoded") << QByteArray("params%5ba%5d=1") << "a" << "1";
        QTest::newRow("plus in value") << QByteArray("params[x]=a+b") << "x" << "a b";
        QTest::newRow("%2B in value") << QByteArray("params[x]=a%2Bb") << "x" << "a+b";
        QTest::newRow("%23 in value") << QByteArray("params[x]=a%23b") << "x" << "a#b";
        QTest::newRow("plus in key") << QByteArray("params[sub%2Bdomain]=1") << "sub+domain" << "1";
        QTest::newRow("space key") << QByteArray("params[a+b]=1") << "a b" << "1";
        QTest::newRow("unicode") << QByteArray("params[%E4%B8%AD]=%F0%9F%98%80%C3%A9") << QStringLiteral("中") << QStringLiteral("😀é");
        QTest::newRow("repeated nested key dropped") << QByteArray("params[k]=1&params[k]=2") << "k" << "<absent>";
        QTest::newRow("thrice dropped") << QByteArray("params[k]=1&params[k]=2&params[k]=3") << "k" << "<absent>";
        QTest::newRow("others kept") << QByteArray("params[k]=1&params[k]=2&params[j]=3") << "j" << "3";
    }
    void nested()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, subkey);
        QFETCH(QString, expected);
        const QVariantMap params = parseQs(query).value(QStringLiteral("params")).toMap();
        if (expected == QLatin1String("<absent>"))
            QVERIFY(!params.contains(subkey));
        else
            QCOMPARE(params.value(subkey).toString(), expected);
    }

    void wholeQuery()
    {
        const QVariantMap m = parseQs("connection_id=user%2B42&public_key=abc&params[a]=1&params%5Bb%5D=2"
                                      "&user_scope=repo%2Cgist&authorization_params[prompt]=consent&ws_client_id=w");
        QCOMPARE(m.value(QStringLiteral("connection_id")).toString(), QStringLiteral("user+42"));
        QCOMPARE(m.value(QStringLiteral("params")).toMap().size(), 2);
        QCOMPARE(m.value(QStringLiteral("user_scope")).toString(), QStringLiteral("repo,gist"));
        QCOMPARE(m.value(QStringLiteral("authorization_params")).toMap().value(QStringLiteral("prompt")).toString(),
                 QStringLiteral("consent"));
        QCOMPARE(m.value(QStringLiteral("ws_client_id")).toString(), QStringLiteral("w"));
    }

    void hostileInput()
    {
        // No crash, bounded work: deep brackets, a huge number of parts, lone separators.
        QByteArray deep("a");
        for (int i = 0; i < 50; ++i)
            deep += "[x]";
        deep += "=1";
        QVERIFY(!parseQs(deep).isEmpty());
        QByteArray many;
        for (int i = 0; i < 5000; ++i)
            many += "k" + QByteArray::number(i) + "=v&";
        QCOMPARE(parseQs(many).size(), 1000); // qs parameterLimit
        for (const char *s : {"=", "&", "[", "]", "[]=1", "a[=1", "a]=1", "%", "%%", "a[]=1&a[]=2", "=x&y"})
            parseQs(QByteArray(s));
        QCOMPARE(parseQs("a[]=1&a[]=2").value(QStringLiteral("a")).toStringList(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }
};

QTEST_GUILESS_MAIN(TestQs)
#include "tst_qs.moc"
