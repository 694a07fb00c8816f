// SPDX-License-Identifier: MIT
// The form model from a provider's schema (issue 14 item 3), table-driven from JSON schemas:
// Nango's Connect UI rules (automated, hidden, presets, preconfigured credentials, order,
// visible_when), the validation messages, and the credentials + params a submit sends.
#include "nangoformschema_p.h"

#include "devserverenv.h"

#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoCredentialsFormModel>
#include <NangoQt/NangoCredentialsValidator>
#include <NangoQt/NangoFormField>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QVariantMap json(const char *text)
{
    if (!*text)
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test table: %s: %s", qPrintable(error.errorString()), text);
    return doc.object().toVariantMap();
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NANGOQT_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

class TestFormSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("provider");
        QTest::addColumn<QVariantMap>("integration");
        QTest::addColumn<QVariantMap>("defaults"); // the integration's integrations_config_defaults entry
        QTest::addColumn<QVariantMap>("typed");    // set over the initial values
        QTest::addColumn<QStringList>("visible");
        QTest::addColumn<QString>("refusedKey");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QVariantMap>("credentials");
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<bool>("atOnce");

        const QByteArray posthog = fixture("provider-posthog.json");
        // connection_config with an order comes first; the enum starts on its first option.
        QTest::newRow("posthog: order, enum default, pattern")
            << posthog << QVariantMap() << QVariantMap() << json(R"({"apiKey": "phx_abc"})")
            << QStringList{u"subdomain"_s, u"apiKey"_s} << "" << "" << json(R"({"apiKey": "phx_abc"})")
            << json(R"({"subdomain": "us"})") << false;
        QTest::newRow("posthog: the pattern's message shows the example")
            << posthog << QVariantMap() << QVariantMap() << json(R"({"apiKey": "sk_live_1", "subdomain": "eu"})")
            << QStringList{u"subdomain"_s, u"apiKey"_s} << "apiKey"
            << "The API Key does not have the expected form: it should look like phx_1PPf***k3D."
            << json(R"({"apiKey": "sk_live_1"})") << json(R"({"subdomain": "eu"})") << false;
        QTest::newRow("posthog: required")
            << posthog << QVariantMap() << QVariantMap() << QVariantMap() << QStringList{u"subdomain"_s, u"apiKey"_s} << "apiKey"
            << "Enter the API Key." << QVariantMap() << json(R"({"subdomain": "us"})") << false;
        QTest::newRow("posthog: enum refuses another value")
            << posthog << QVariantMap() << QVariantMap() << json(R"({"subdomain": "mars", "apiKey": "phx_1"})")
            << QStringList{u"subdomain"_s, u"apiKey"_s} << "subdomain" << "The subdomain must be one of: us, us.i, eu, eu.i."
            << json(R"({"apiKey": "phx_1"})") << json(R"({"subdomain": "mars"})") << false;
        QTest::newRow("posthog: an empty required choice")
            << posthog << QVariantMap() << QVariantMap() << json(R"({"subdomain": "", "apiKey": "phx_1"})")
            << QStringList{u"subdomain"_s, u"apiKey"_s} << "subdomain" << "Choose the subdomain." << json(R"({"apiKey": "phx_1"})")
            << QVariantMap() << false;
        QTest::newRow("posthog: preset by the session: sent, not asked")
            << posthog << QVariantMap() << json(R"({"connection_config": {"subdomain": "eu.i"}})") << json(R"({"apiKey": "phx_1"})")
            << QStringList{u"apiKey"_s} << "" << "" << json(R"({"apiKey": "phx_1"})") << json(R"({"subdomain": "eu.i"})") << false;

        const QByteArray acme = fixture("provider-acme.json");
        QTest::newRow("visible_when: hidden until the controller holds the value")
            << acme << QVariantMap() << QVariantMap() << json(R"({"apiKey": "k", "hostname": "ignored"})")
            << QStringList{u"region"_s, u"apiKey"_s, u"teamId"_s} << "" << "" << json(R"({"apiKey": "k"})") << json(R"({"region": "us"})") << false;
        QTest::newRow("visible_when: shown, checked and sent once it holds")
            << acme << QVariantMap() << QVariantMap() << json(R"({"apiKey": "k", "region": "custom", "hostname": "my co"})")
            << QStringList{u"region"_s, u"hostname"_s, u"apiKey"_s, u"teamId"_s} << "hostname"
            << "The host name must be a host name: letters, digits, dots and hyphens only (no https://, no slash)."
            << json(R"({"apiKey": "k"})") << json(R"({"region": "custom", "hostname": "my co"})") << false;
        QTest::newRow("optional: empty passes and is not sent; typed, its pattern applies")
            << acme << QVariantMap() << QVariantMap() << json(R"({"apiKey": "k", "teamId": "X1"})")
            << QStringList{u"region"_s, u"apiKey"_s, u"teamId"_s} << "teamId" << "The team ID does not have the expected form: it should look like T1234."
            << json(R"({"apiKey": "k"})") << json(R"({"region": "us", "teamId": "X1"})") << false;

        // Automated fields are skipped, assertion options go in the body's assertionOption.
        const QByteArray twoStep = R"({"data": {"auth_mode": "TWO_STEP", "credentials": {
              "clientId": {"type": "string", "title": "Client ID", "description": ""},
              "certificateId": {"type": "string", "title": "Certificate ID", "description": ""},
              "assertion": {"type": "string", "title": "", "description": "", "automated": true}},
            "connection_config": {"accountId": {"type": "string", "title": "Account ID", "description": "", "example": "1234567"}},
            "assertion_option": {"privateKey": {"type": "string", "title": "Private Key", "description": "", "secret": true}}}})";
        QTest::newRow("two-step: automated skipped, server order kept, assertionOption")
            << twoStep << QVariantMap() << QVariantMap()
            << json(R"({"clientId": "c", "certificateId": "cert", "accountId": "42", "privateKey": "PEM"})")
            << QStringList{u"clientId"_s, u"certificateId"_s, u"accountId"_s, u"privateKey"_s} << "" << ""
            << json(R"({"clientId": "c", "certificateId": "cert", "type": "TWO_STEP", "assertionOption": {"privateKey": "PEM"}})")
            << json(R"({"accountId": "42"})") << false;

        const QByteArray tba = R"({"data": {"auth_mode": "TBA", "connection_config": {
              "accountId": {"type": "string", "title": "Account ID", "description": "", "example": "1234567"}}}})";
        QTest::newRow("tba: base fields; the OAuth client pair is optional")
            << tba << QVariantMap() << QVariantMap() << json(R"({"token_id": "t", "token_secret": "s", "accountId": "1"})")
            << QStringList{u"oauth_client_id_override"_s, u"oauth_client_secret_override"_s, u"token_id"_s, u"token_secret"_s, u"accountId"_s} << ""
            << "" << json(R"({"token_id": "t", "token_secret": "s"})") << json(R"({"accountId": "1"})") << false;
        QTest::newRow("tba: preconfigured credentials are skipped")
            << tba << json(R"({"preconfigured_credentials": ["oauth_client_id_override", "oauth_client_secret_override"]})")
            << QVariantMap() << json(R"({"token_id": "t", "accountId": "1"})")
            << QStringList{u"token_id"_s, u"token_secret"_s, u"accountId"_s} << "token_secret" << "Enter the token secret."
            << json(R"({"token_id": "t"})") << json(R"({"accountId": "1"})") << false;

        const QByteArray hidden = R"({"data": {"auth_mode": "BASIC", "credentials": {
              "username": {"type": "string", "title": "Email", "description": ""},
              "password": {"type": "string", "title": "API token", "description": "", "secret": true}},
            "connection_config": {"region": {"type": "string", "title": "Region", "description": "", "hidden": true, "default_value": "eu"},
                                  "site": {"type": "string", "title": "Site", "description": "", "default_value": ""}}}})";
        QTest::newRow("hidden with a default is sent; an empty default_value makes a field optional")
            << hidden << QVariantMap() << QVariantMap() << json(R"({"username": "ada@example.com", "password": "tok"})")
            << QStringList{u"username"_s, u"password"_s, u"site"_s} << "" << "" << json(R"({"username": "ada@example.com", "password": "tok"})")
            << json(R"({"region": "eu"})") << false;
        QTest::newRow("a provider's password is required (not the fixed Basic rule)")
            << hidden << QVariantMap() << QVariantMap() << json(R"({"username": "ada"})")
            << QStringList{u"username"_s, u"password"_s, u"site"_s} << "password" << "Enter the API token."
            << json(R"({"username": "ada", "password": ""})") << json(R"({"region": "eu"})") << false;
        QTest::newRow("credentials_label renames the field")
            << hidden << json(R"({"credentials_label": {"username": "Login"}})") << QVariantMap() << json(R"({"password": "tok"})")
            << QStringList{u"username"_s, u"password"_s, u"site"_s} << "username" << "Enter the login." << json(R"({"password": "tok"})")
            << json(R"({"region": "eu"})") << false;

        const QByteArray none = R"({"data": {"auth_mode": "API_KEY", "connection_config": {
              "subdomain": {"type": "string", "title": "Subdomain", "description": ""}}}})";
        QTest::newRow("nothing left to ask: connects at once")
            << none << json(R"({"preconfigured_credentials": ["apiKey"]})") << json(R"({"connection_config": {"subdomain": "acme"}})")
            << QVariantMap() << QStringList() << "" << "" << QVariantMap() << json(R"({"subdomain": "acme"})") << true;

        const QByteArray signature = R"({"data": {"auth_mode": "SIGNATURE", "signature": {"protocol": "WSSE"}, "credentials": {
              "username": {"type": "string", "title": "ID", "description": "", "pattern": "^[a-zA-Z0-9_-]+$"},
              "password": {"type": "string", "title": "Secret", "description": "", "secret": true}}}})";
        QTest::newRow("signature: typed body")
            << signature << QVariantMap() << QVariantMap() << json(R"({"username": "u_1", "password": "p"})")
            << QStringList{u"username"_s, u"password"_s} << "" << "" << json(R"({"username": "u_1", "password": "p", "type": "SIGNATURE"})")
            << QVariantMap() << false;
        QTest::newRow("signature: pattern without example names the pattern")
            << signature << QVariantMap() << QVariantMap() << json(R"({"username": "u 1", "password": "p"})")
            << QStringList{u"username"_s, u"password"_s} << "username" << "The ID does not have the expected form (^[a-zA-Z0-9_-]+$)."
            << json(R"({"username": "u 1", "password": "p", "type": "SIGNATURE"})") << QVariantMap() << false;

        const QByteArray formats = R"({"data": {"auth_mode": "API_KEY", "connection_config": {
              "tenant": {"type": "string", "title": "Tenant ID", "description": "", "format": "uuid"},
              "url": {"type": "string", "title": "Instance URL", "description": "", "format": "uri", "optional": true}}}})";
        QTest::newRow("format uuid")
            << formats << QVariantMap() << QVariantMap() << json(R"({"apiKey": "k", "tenant": "nope"})")
            << QStringList{u"apiKey"_s, u"tenant"_s, u"url"_s} << "tenant"
            << "The tenant ID must be a UUID, like 123e4567-e89b-12d3-a456-426614174000." << json(R"({"apiKey": "k"})")
            << json(R"({"tenant": "nope"})") << false;
        QTest::newRow("format uri")
            << formats << QVariantMap() << QVariantMap()
            << json(R"({"apiKey": "k", "tenant": "123e4567-e89b-12d3-a456-426614174000", "url": "example.com"})")
            << QStringList{u"apiKey"_s, u"tenant"_s, u"url"_s} << "url" << "The instance URL must be a full URL, like https://example.com."
            << json(R"({"apiKey": "k"})") << json(R"({"tenant": "123e4567-e89b-12d3-a456-426614174000", "url": "example.com"})") << false;
    }
    void rules()
    {
        QFETCH(QByteArray, provider);
        QFETCH(QVariantMap, integration);
        QFETCH(QVariantMap, defaults);
        QFETCH(QVariantMap, typed);
        QFETCH(QStringList, visible);
        QFETCH(QString, refusedKey);
        QFETCH(QString, problem);
        QFETCH(QVariantMap, credentials);
        QFETCH(QVariantMap, params);
        QFETCH(bool, atOnce);

        // Through the public model, as the views use it.
        NangoCredentialsFormModel form;
        form.setIntegrationId(QStringLiteral("it"));
        form.setSchemaJson(provider, integration, defaults.isEmpty() ? QVariantMap() : QVariantMap{{QStringLiteral("it"), defaults}});
        QVERIFY(form.hasSchema());
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            form.setValue(it.key(), it.value().toString());
        QCOMPARE(form.fieldNames(), visible);
        QCOMPARE(form.connectsAtOnce(), atOnce);
        QSignalSpy refused(&form, &NangoCredentialsFormModel::validationFailed);
        QCOMPARE(form.validate(), refusedKey.isEmpty());
        QCOMPARE(form.errorField(), refusedKey);
        QCOMPARE(form.errorText(), problem);
        if (!refusedKey.isEmpty()) {
            QCOMPARE(refused.count(), 1);
            QCOMPARE(refused.first().at(0).toString(), refusedKey);
        }
        QCOMPARE(form.credentials(), credentials);
        QCOMPARE(form.paramsMap(), params);
    }

    void fieldProperties()
    {
        NangoCredentialsFormModel form;
        form.setSchemaJson(fixture("provider-acme.json"));
        QCOMPARE(form.authMode(), NangoAuthMode::ApiKey);
        QCOMPARE(form.authModeName(), QStringLiteral("API_KEY"));
        QCOMPARE(form.docsUrl(), QStringLiteral("https://docs.example.com/acme/connect"));
        QCOMPARE(form.displayName(), QStringLiteral("Acme Cloud"));
        const NangoFormField host = form.field(QStringLiteral("hostname"));
        QCOMPARE(host.kind(), NangoFormField::ConnectionConfig);
        QCOMPARE(host.title(), QStringLiteral("Host name"));
        QCOMPARE(host.description(), QStringLiteral("Your own Acme host."));
        QCOMPARE(host.example(), QStringLiteral("mycompany"));
        QCOMPARE(host.prefix(), QStringLiteral("https://"));
        QCOMPARE(host.suffix(), QStringLiteral(".acme.example"));
        QCOMPARE(host.format(), QStringLiteral("hostname"));
        QCOMPARE(host.visibleWhenField(), QStringLiteral("region"));
        QCOMPARE(host.visibleWhenEquals(), QStringLiteral("custom"));
        QVERIFY(!host.isSecret());
        const NangoFormField key = form.field(QStringLiteral("apiKey"));
        QCOMPARE(key.kind(), NangoFormField::Credential);
        QVERIFY(key.isSecret());
        QCOMPARE(key.maxLength(), NangoCredentialsValidator::MaxApiKeyLength); // the API_KEY base field's limit stays
        QCOMPARE(key.docUrl(), QStringLiteral("https://docs.example.com/acme/connect#api-key"));
        const NangoFormField region = form.field(QStringLiteral("region"));
        QCOMPARE(region.options(), (QStringList{u"us"_s, u"eu"_s, u"custom"_s}));
        QCOMPARE(region.defaultValue(), QStringLiteral("us"));
        QVERIFY(form.field(QStringLiteral("teamId")).isOptional());
        QVERIFY(form.field(QStringLiteral("nope")).isNull());

        // For QML: maps with the gadget's property names.
        const QVariantList list = form.fieldList();
        QCOMPARE(list.size(), 4);
        const QVariantMap first = list.first().toMap();
        QCOMPARE(first.value(u"key"_s).toString(), QStringLiteral("region"));
        QCOMPARE(first.value(u"options"_s).toStringList(), (QStringList{u"us"_s, u"eu"_s, u"custom"_s}));
        QCOMPARE(first.value(u"kind"_s).toInt(), int(NangoFormField::ConnectionConfig));
        QCOMPARE(list.at(1).toMap().value(u"prefix"_s).toString(), QStringLiteral("https://"));
    }

    void visibilityIsAnnounced()
    {
        NangoCredentialsFormModel form;
        form.setSchemaJson(fixture("provider-acme.json"));
        QSignalSpy fields(&form, &NangoCredentialsFormModel::fieldsChanged);
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("k")); // no visibility change
        QCOMPARE(fields.count(), 0);
        QVERIFY(!form.isFieldVisible(QStringLiteral("hostname")));
        form.setValue(QStringLiteral("region"), QStringLiteral("custom"));
        QCOMPARE(fields.count(), 1);
        QVERIFY(form.isFieldVisible(QStringLiteral("hostname")));
        form.setValue(QStringLiteral("region"), QStringLiteral("eu"));
        QCOMPARE(fields.count(), 2);
    }

    void cascadeAndCycles()
    {
        const QVariantMap provider = json(R"({"auth_mode": "API_KEY", "connection_config": {
            "a": {"type": "string", "title": "A", "description": "", "enum": ["x", "y"], "order": 1},
            "b": {"type": "string", "title": "B", "description": "", "enum": ["on", "off"], "order": 2, "visible_when": {"field": "a", "equals": "y"}},
            "c": {"type": "string", "title": "C", "description": "", "order": 3, "visible_when": {"field": "b", "equals": "on"}},
            "d": {"type": "string", "title": "D", "description": "", "order": 4, "visible_when": {"field": "e", "equals": "1"}},
            "e": {"type": "string", "title": "E", "description": "", "order": 5, "visible_when": {"field": "d", "equals": "1"}}}})");
        const NangoFormSchema schema = NangoFormSchema::fromProvider(provider, {}, {});
        QVariantMap values = schema.initialValues();
        // b starts on "on" but a is "x": b hidden, and so is c (a hidden controller hides its dependents).
        QCOMPARE(schema.visibleKeys(values), (QStringList{u"a"_s, u"apiKey"_s}));
        values[u"a"_s] = u"y"_s;
        QCOMPARE(schema.visibleKeys(values), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"apiKey"_s}));
        values[u"d"_s] = u"1"_s;
        values[u"e"_s] = u"1"_s;
        QCOMPARE(schema.visibleKeys(values), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"apiKey"_s})); // a cycle fails open
    }

    void keyOrderFromJson()
    {
        const QByteArray text = R"({"data": {"auth_mode": "JWT", "credentials": {
            "privateKeyId": {"type": "string", "title": "Key ID", "description": ""},
            "issuerId": {"type": "string", "title": "Issuer ID", "description": ""},
            "privateKey": {"type": "string", "title": "Private Key", "description": "", "secret": true}}}})";
        const QVariantMap provider = NangoFormSchema::providerFromJson(text);
        QCOMPARE(provider.value(u"$keyOrder"_s).toMap().value(u"credentials"_s).toStringList(), (QStringList{u"privateKeyId"_s, u"issuerId"_s, u"privateKey"_s}));
        QStringList keys;
        for (const NangoFormField &f : NangoFormSchema::fromProvider(provider, {}, {}).fields)
            keys << f.key();
        QCOMPARE(keys, (QStringList{u"privateKeyId"_s, u"issuerId"_s, u"privateKey"_s}));
        // Without the recorded order: the map's.
        QVariantMap plain = provider;
        plain.remove(u"$keyOrder"_s);
        keys.clear();
        for (const NangoFormField &f : NangoFormSchema::fromProvider(plain, {}, {}).fields)
            keys << f.key();
        QCOMPARE(keys, (QStringList{u"issuerId"_s, u"privateKey"_s, u"privateKeyId"_s}));
    }

    void sharedNamesGetDistinctKeys()
    {
        const QVariantMap provider = json(R"({"auth_mode": "API_KEY", "connection_config": {
            "apiKey": {"type": "string", "title": "Key name", "description": ""}}})");
        NangoCredentialsFormModel form;
        form.setSchema(provider);
        QCOMPARE(form.fieldNames(), (QStringList{u"apiKey"_s, u"params.apiKey"_s}));
        form.setValue(u"apiKey"_s, u"secret"_s);
        form.setValue(u"params.apiKey"_s, u"label"_s);
        QCOMPARE(form.credentials(), json(R"({"apiKey": "secret"})"));
        QCOMPARE(form.paramsMap(), json(R"({"apiKey": "label"})"));
    }

    void awsExternalId()
    {
        const QVariantMap provider = json(R"({"auth_mode": "AWS_SIGV4", "credentials": {
            "region": {"type": "string", "title": "Region", "description": "", "optional": true, "pattern": "^[a-z0-9-]+$"}}})");
        NangoCredentialsFormModel form;
        form.setSchema(provider);
        QCOMPARE(form.fieldNames(), (QStringList{u"role_arn"_s, u"region"_s}));
        form.setValue(u"role_arn"_s, u"arn:aws:iam::1:role/R"_s);
        QVERIFY(form.validate());
        QCOMPARE(form.externalId().size(), 36);
        QCOMPARE(form.paramsMap().value(u"external_id"_s).toString(), form.externalId());
        QCOMPARE(form.credentials(), json(R"({"role_arn": "arn:aws:iam::1:role/R", "type": "AWS_SIGV4"})"));
        // A session preset wins.
        form.setIntegrationId(u"aws"_s);
        form.setSchema(provider, {}, {{u"aws"_s, json(R"({"connection_config": {"external_id": "preset-id"}})")}});
        QCOMPARE(form.externalId(), QStringLiteral("preset-id"));
    }

    /// The fixed forms are the same code path: NangoCredentialsValidator's words are NangoFormField's.
    void fixedSchemasShareTheRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("api key empty") << "apiKey" << "" << "Enter the API key.";
        QTest::newRow("api key blank") << "apiKey" << "  " << "Enter the API key.";
        QTest::newRow("api key long") << "apiKey" << QString(1025, QLatin1Char('k')) << "The API key is longer than 1024 characters.";
        QTest::newRow("api key ok") << "apiKey" << "sk_1" << "";
        QTest::newRow("username empty") << "username" << "" << "Enter the user name.";
        QTest::newRow("password empty") << "password" << "" << "";
    }
    void fixedSchemasShareTheRules()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QCOMPARE(NangoCredentialsFormModel::checkField(field, value), problem);
        const QString viaValidator = field == u"apiKey"_s ? NangoCredentialsValidator::checkApiKey(value)
            : field == u"username"_s                      ? NangoCredentialsValidator::checkUsername(value)
                                                       : NangoCredentialsValidator::checkPassword(value);
        QCOMPARE(viaValidator, problem);
        const NangoFormField f = field == u"apiKey"_s ? NangoFormField::apiKey() : field == u"username"_s ? NangoFormField::username() : NangoFormField::password();
        QCOMPARE(f.check(value), problem);
    }

    void backToAFixedForm()
    {
        NangoCredentialsFormModel form;
        form.setSchemaJson(fixture("provider-posthog.json"));
        QCOMPARE(form.fieldNames(), (QStringList{u"subdomain"_s, u"apiKey"_s}));
        QSignalSpy fields(&form, &NangoCredentialsFormModel::fieldsChanged);
        form.setAuthMode(NangoAuthMode::Basic);
        QVERIFY(!form.hasSchema());
        QVERIFY(form.provider().isEmpty());
        QCOMPARE(form.fieldNames(), (QStringList{u"username"_s, u"password"_s}));
        QVERIFY(fields.count() >= 1);
        // Basic's fixed password is sent even when empty (docs/protocol.md §4).
        form.setValue(u"username"_s, u"ada"_s);
        QCOMPARE(form.credentials(), json(R"({"username": "ada", "password": ""})"));
    }

    // Item 1 of the wiring: a form the dev server's catalog built, for every mode of the
    // contract, fills, submits and connects; the stored connection has the typed credentials
    // and params. A value the fake provider refuses ("invalid") lands in errorText().
    void catalogFormConnects_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("refusedField"); ///< set to "invalid": the server refuses
        QTest::addColumn<QString>("refusedType");
        QTest::newRow("API_KEY") << u"stripe-dev"_s << json(R"({"apiKey": "sk_test_abc123"})") << QString() << QString();
        QTest::newRow("BASIC + connection config")
            << u"jira-basic"_s << json(R"({"username": "ada@example.com", "password": "secret", "subdomain": "acme"})") << QString() << QString();
        QTest::newRow("API_KEY + enum config") << u"posthog-dev"_s << json(R"({"apiKey": "phx_abc123", "subdomain": "eu"})") << QString() << QString();
        QTest::newRow("OAUTH2_CC") << u"oauth2-cc-dev"_s
                                   << json(R"({"client_id": "cid", "client_secret": "cs", "hostname": "acme.auth0.com", "audience": "urn:example:api"})")
                                   << u"client_secret"_s << u"client_credentials_fetch_error"_s;
        QTest::newRow("TBA") << u"tba-dev"_s << json(R"({"token_id": "tid", "token_secret": "ts", "accountId": "1234"})") << u"token_secret"_s
                             << u"invalid_credentials"_s;
        QTest::newRow("JWT") << u"jwt-dev"_s << json(R"({"issuerId": "iss", "privateKeyId": "kid", "privateKey": "-----BEGIN PRIVATE KEY-----"})")
                             << u"privateKey"_s << u"connection_test_failed"_s;
        QTest::newRow("TWO_STEP") << u"two-step-dev"_s << json(R"({"username": "u", "password": "p", "domain": "example.docuware.cloud"})")
                                  << u"password"_s << u"two_step_credentials_fetch_error"_s;
        QTest::newRow("BILL") << u"bill-dev"_s << json(R"({"username": "u", "password": "p", "organization_id": "o", "dev_key": "d"})")
                              << u"password"_s << u"timeout"_s;
        QTest::newRow("SIGNATURE") << u"signature-dev"_s << json(R"({"username": "u1", "password": "p1"})") << u"password"_s << u"timeout"_s;
        QTest::newRow("AWS_SIGV4") << u"aws-sigv4-dev"_s << json(R"({"role_arn": "arn:aws:iam::123456789012:role/nango", "region": "us-east-1"})")
                                   << u"role_arn"_s << u"aws_sigv4_sts_request_failed"_s;
    }
    void catalogFormConnects()
    {
        QFETCH(QString, integration);
        QFETCH(QVariantMap, values);
        QFETCH(QString, refusedField);
        QFETCH(QString, refusedType);
        NangoDev::NangoDevServer sample;
        QString error;
        QVERIFY2(sample.loadIntegrations(NangoDev::NangoDevServer::sampleIntegrationsFile(), &error), qPrintable(error));
        for (const bool refused : {false, true}) {
            if (refused && refusedField.isEmpty())
                break;
            DevServerEnv::Options o;
            o.beforeListen = [&sample](NangoDev::NangoDevServer &s) { s.setProviders(sample.providers()); };
            DevServerEnv env(NangoDev::Era::Current, sample.integrations(), o);
            env.nango->setRequestTimeout(1500);
            NangoCatalog catalog(env.nango.get());
            NangoCredentialsFormModel form(NangoAuthMode::ApiKey, env.nango.get());
            form.setIntegrationId(integration);
            form.setCatalog(&catalog);
            QVERIFY(QTest::qWaitFor([&] { return form.hasSchema() || !form.errorText().isEmpty(); }, 10000));
            QVERIFY2(form.hasSchema(), qPrintable(form.errorText()));
            const QStringList asked = form.fieldNames();
            QMap<QString, QString> expectedParams;
            QVariantMap expectedCredentials;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                QVERIFY2(asked.contains(it.key()), qPrintable(it.key() + u" not in "_s + asked.join(u',')));
                const QString value = refused && it.key() == refusedField ? u"invalid"_s : it.value().toString();
                form.setValue(it.key(), value);
                if (form.field(it.key()).kind() == NangoFormField::ConnectionConfig)
                    expectedParams.insert(it.key(), value);
                else
                    expectedCredentials.insert(it.key(), value);
            }
            const NangoAuthOptions call = form.callOptions();
            for (auto it = expectedCredentials.cbegin(); it != expectedCredentials.cend(); ++it)
                QCOMPARE(call.credentials().value(it.key()).toString(), it.value().toString());
            for (auto it = expectedParams.cbegin(); it != expectedParams.cend(); ++it)
                QCOMPARE(call.params().value(it.key()), it.value());
            QSignalSpy succeeded(&form, &NangoCredentialsFormModel::succeeded);
            QSignalSpy failed(&form, &NangoCredentialsFormModel::failed);
            QVERIFY2(form.submit(), qPrintable(form.errorText()));
            QVERIFY(QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 10000));
            if (refused) {
                QCOMPARE(succeeded.count(), 0);
                QCOMPARE(failed.first().at(0).toString(), refusedType);
                QVERIFY(!form.errorText().isEmpty());
                QVERIFY(form.errorField().isEmpty());
                QVERIFY(env.server->connections().isEmpty());
                continue;
            }
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
            QCOMPARE(succeeded.first().at(0).toString(), integration);
            QVERIFY(form.errorText().isEmpty());
            const QList<NangoDev::Connection> connections = env.server->connections();
            QCOMPARE(connections.size(), 1);
            const NangoDev::Connection &c = connections.first();
            QCOMPARE(c.providerConfigKey, integration);
            QCOMPARE(c.connectionId, succeeded.first().at(1).toString());
            for (auto it = expectedParams.cbegin(); it != expectedParams.cend(); ++it)
                QCOMPARE(c.connectionConfig.value(it.key()), it.value());
            QVERIFY(!c.credentials.isEmpty());
            for (auto it = c.credentials.cbegin(); it != c.credentials.cend(); ++it) {
                if (expectedCredentials.contains(it.key()))
                    QCOMPARE(it.value().toString(), expectedCredentials.value(it.key()).toString());
            }
            // The call named the integration's mode, and JWT / TWO_STEP the schema's required credentials.
            QCOMPARE(NangoAuthMode::nangoName(call.authMode()), c.authMode);
            if (c.authMode == u"JWT"_s || c.authMode == u"TWO_STEP"_s) {
                QStringList required = call.requiredCredentials();
                required.sort();
                QStringList typed = expectedCredentials.keys();
                typed.sort();
                QCOMPARE(required, typed);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFormSchema)
#include "tst_formschema.moc"
