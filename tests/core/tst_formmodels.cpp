// SPDX-License-Identifier: MIT
// The models both faces view — NangoCredentialsFormModel and NangoConnectAction — against the
// dev server on loopback: validation by field, what is sent, the busy state, server errors, and
// the action's states for every auth mode.
#include "testenv.h"

#include <NangoQt/NangoConnectAction>
#include <NangoQt/NangoCredentialsFormModel>
#include <NangoQt/NangoCredentialsValidator>
#include <NangoQt/NangoErrorTypes>

#include <QTest>

using namespace NangoDev;

Q_DECLARE_METATYPE(NangoAuthMode::Mode)

namespace {
using State = NangoConnectAction::State;

/// An action on @p env's NangoAuth for @p integration.
std::unique_ptr<NangoConnectAction> newAction(TestEnv &env, const QString &integration, NangoAuthMode::Mode mode)
{
    auto action = std::make_unique<NangoConnectAction>();
    action->setAuth(env.nango.get());
    action->setIntegrationId(integration);
    action->setAuthMode(mode);
    return action;
}

/// The modes a flow started with, as NangoAuth announced them.
struct FlowModes
{
    explicit FlowModes(NangoAuth *nango)
    {
        QObject::connect(nango, &NangoAuth::flowStarted, nango, [this](NangoAuthFlow *flow) { modes << flow->authMode(); });
    }
    QList<NangoAuthMode::Mode> modes;
};
} // namespace

class TestFormModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<NangoAuthMode::Mode>("mode");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("api key") << NangoAuthMode::ApiKey << QStringList{QStringLiteral("apiKey")};
        QTest::newRow("basic") << NangoAuthMode::Basic << QStringList{QStringLiteral("username"), QStringLiteral("password")};
        QTest::newRow("oauth") << NangoAuthMode::OAuth2 << QStringList();
        QTest::newRow("none") << NangoAuthMode::None << QStringList();
    }
    void fields()
    {
        QFETCH(NangoAuthMode::Mode, mode);
        QFETCH(QStringList, fields);
        NangoCredentialsFormModel form(mode, nullptr);
        QCOMPARE(form.fieldNames(), fields);
        QStringList sorted = fields;
        sorted.sort();
        QCOMPARE(form.values().keys(), sorted);
        for (const QString &field : fields)
            QCOMPARE(form.value(field), QString());
    }

    void valuesByFieldName()
    {
        NangoCredentialsFormModel form(NangoAuthMode::Basic, nullptr);
        QSignalSpy changed(&form, &NangoCredentialsFormModel::valuesChanged);
        form.setValue(QStringLiteral("username"), QStringLiteral("ada"));
        form.setValue(QStringLiteral("username"), QStringLiteral("ada")); // unchanged: no signal
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("not a Basic field")); // ignored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(form.value(QStringLiteral("username")), QStringLiteral("ada"));
        QVERIFY(!form.values().contains(QStringLiteral("apiKey")));
        // Another mode keeps only its own fields.
        form.setAuthMode(NangoAuthMode::ApiKey);
        QCOMPARE(form.fieldNames(), QStringList{QStringLiteral("apiKey")});
        QCOMPARE(form.values(), (QVariantMap{{QStringLiteral("apiKey"), QString()}}));
        QCOMPARE(changed.count(), 2);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<NangoAuthMode::Mode>("mode");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        QTest::newRow("api key empty") << NangoAuthMode::ApiKey << QVariantMap() << "apiKey" << "Enter the API key.";
        QTest::newRow("api key blank") << NangoAuthMode::ApiKey << QVariantMap{{QStringLiteral("apiKey"), QStringLiteral("   ")}}
                                       << "apiKey" << "Enter the API key.";
        QTest::newRow("api key too long") << NangoAuthMode::ApiKey
                                          << QVariantMap{{QStringLiteral("apiKey"), QString(NangoCredentialsValidator::MaxApiKeyLength + 1, u'k')}}
                                          << "apiKey" << "The API key is longer than 1024 characters.";
        QTest::newRow("user name empty") << NangoAuthMode::Basic << QVariantMap{{QStringLiteral("password"), QStringLiteral("pw")}}
                                         << "username" << "Enter the user name.";
        QTest::newRow("user name blank") << NangoAuthMode::Basic << QVariantMap{{QStringLiteral("username"), QStringLiteral(" ")}}
                                         << "username" << "Enter the user name.";
    }
    void validationNamesTheField()
    {
        QFETCH(NangoAuthMode::Mode, mode);
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        TestEnv env(Era::Current);
        NangoCredentialsFormModel form(mode, env.nango.get());
        form.setIntegrationId(mode == NangoAuthMode::ApiKey ? QStringLiteral("stripe") : QStringLiteral("jira"));
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            form.setValue(it.key(), it.value().toString());
        QSignalSpy refused(&form, &NangoCredentialsFormModel::validationFailed);
        QSignalSpy busy(&form, &NangoCredentialsFormModel::busyChanged);
        QVERIFY(!form.submit());
        QCOMPARE(form.errorText(), problem);
        QCOMPARE(form.errorField(), field);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toString(), field);
        QCOMPARE(refused.first().at(1).toString(), problem);
        // Refused again (the view focuses the field again), still nothing sent.
        QVERIFY(!form.validate());
        QCOMPARE(refused.count(), 2);
        QTest::qWait(100);
        QVERIFY(env.server->requestLog().isEmpty());
        QCOMPARE(busy.count(), 0);
        QVERIFY(!form.isBusy());
    }

    void emptyPasswordIsAccepted()
    {
        TestEnv env(Era::Current);
        NangoCredentialsFormModel form(NangoAuthMode::Basic, env.nango.get());
        form.setIntegrationId(QStringLiteral("jira"));
        form.setValue(QStringLiteral("username"), QStringLiteral("ada"));
        QVERIFY(form.validate());
        QSignalSpy ok(&form, &NangoCredentialsFormModel::succeeded);
        QVERIFY(form.submit());
        QTRY_COMPARE(ok.count(), 1);
        const Connection made = env.server->connections().first();
        QCOMPARE(made.credentials.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
        QVERIFY(made.credentials.contains(QStringLiteral("password")));
        QCOMPARE(made.credentials.value(QStringLiteral("password")).toString(), QString());
    }

    void modeWithoutFieldsIsRefused()
    {
        TestEnv env(Era::Current);
        NangoCredentialsFormModel form(NangoAuthMode::OAuth2, env.nango.get());
        form.setIntegrationId(QStringLiteral("github"));
        QSignalSpy refused(&form, &NangoCredentialsFormModel::validationFailed);
        QVERIFY(!form.submit());
        QVERIFY(!form.errorText().isEmpty());
        QCOMPARE(form.errorField(), QString());
        QCOMPARE(refused.count(), 0);
        QTest::qWait(100);
        QVERIFY(env.server->requestLog().isEmpty()); // no OAuth window either
        QVERIFY(env.windows.isEmpty());
    }

    void onlyTypedCredentialsAreSent_data()
    {
        QTest::addColumn<NangoAuthMode::Mode>("mode");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QVariantMap>("typed");
        QTest::newRow("api key") << NangoAuthMode::ApiKey << "stripe" << QVariantMap{{QStringLiteral("apiKey"), QStringLiteral("sk_typed+#1")}};
        QTest::newRow("basic") << NangoAuthMode::Basic << "jira"
                               << QVariantMap{{QStringLiteral("username"), QStringLiteral("bob")}, {QStringLiteral("password"), QStringLiteral("p&w")}};
    }
    void onlyTypedCredentialsAreSent()
    {
        QFETCH(NangoAuthMode::Mode, mode);
        QFETCH(QString, integration);
        QFETCH(QVariantMap, typed);
        TestEnv env(Era::Current);
        NangoCredentialsFormModel form(mode, env.nango.get());
        form.setIntegrationId(integration);
        NangoAuthOptions options;
        options.setParam(QStringLiteral("subdomain"), QStringLiteral("acme"));
        options.setApiKey(QStringLiteral("not-sent"));
        options.setUsername(QStringLiteral("not-sent"));
        options.setPassword(QStringLiteral("not-sent"));
        options.setOAuthClientIdOverride(QStringLiteral("not-sent"));
        options.setOAuthClientSecretOverride(QStringLiteral("not-sent"));
        options.setOtherCredentials({{QStringLiteral("token"), QStringLiteral("not-sent")}});
        form.setOptions(options);
        QCOMPARE(form.options().params().value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            form.setValue(it.key(), it.value().toString());
        QSignalSpy ok(&form, &NangoCredentialsFormModel::succeeded);
        QSignalSpy ko(&form, &NangoCredentialsFormModel::failed);
        QVERIFY(form.submit());
        QTRY_COMPARE(ok.count() + ko.count(), 1);
        QVERIFY2(ok.count() == 1, ko.isEmpty() ? "" : qPrintable(ko.first().at(1).toString()));
        const Connection made = env.server->connections().first();
        QCOMPARE(made.connectionConfig.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QVariantMap stored = made.credentials;
        stored.remove(QStringLiteral("type")); // the server's own record of the mode
        QCOMPARE(stored, typed);
        QVERIFY(!env.server->requestLog().last().rawQuery.contains("not-sent"));
        QVERIFY(!env.server->requestLog().last().body.contains("not-sent"));
    }

    void optionsFromTheJsSdkKeys()
    {
        TestEnv env(Era::Current);
        NangoCredentialsFormModel form(NangoAuthMode::ApiKey, env.nango.get());
        form.setIntegrationId(QStringLiteral("stripe"));
        QSignalSpy optionsChanged(&form, &NangoCredentialsFormModel::optionsChanged);
        form.setOptionsMap({{QStringLiteral("params"), QVariantMap{{QStringLiteral("region"), QStringLiteral("eu+west")}}},
                            {QStringLiteral("credentials"), QVariantMap{{QStringLiteral("apiKey"), QStringLiteral("not this one")}}}});
        QCOMPARE(optionsChanged.count(), 1);
        QCOMPARE(form.options().params().value(QStringLiteral("region")), QStringLiteral("eu+west"));
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("typed"));
        QSignalSpy ok(&form, &NangoCredentialsFormModel::succeeded);
        QVERIFY(form.submit());
        QTRY_COMPARE(ok.count(), 1);
        const Connection made = env.server->connections().first();
        QCOMPARE(made.connectionConfig.value(QStringLiteral("region")), QStringLiteral("eu+west"));
        QCOMPARE(made.credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("typed")); // the typed key wins
    }

    void busyWhileTheRequestRuns()
    {
        TestEnv env(Era::Current, false); // a public key: the connection id is the caller's
        Faults f;
        f.httpDelayMs = 300;
        env.server->setFaults(f);
        NangoCredentialsFormModel form(NangoAuthMode::ApiKey, env.nango.get());
        form.setIntegrationId(QStringLiteral("stripe"));
        form.setConnectionId(QStringLiteral("user-7"));
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("k"));
        QSignalSpy busy(&form, &NangoCredentialsFormModel::busyChanged);
        QSignalSpy ok(&form, &NangoCredentialsFormModel::succeeded);
        QVERIFY(!form.isBusy());
        QVERIFY(form.submit());
        QVERIFY(form.isBusy());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.first().at(0).toBool(), true);
        QVERIFY(!form.submit()); // one request at a time
        QTRY_COMPARE(ok.count(), 1);
        QCOMPARE(ok.first().at(0).toString(), QStringLiteral("stripe"));
        QCOMPARE(ok.first().at(1).toString(), QStringLiteral("user-7"));
        QVERIFY(!form.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.last().at(0).toBool(), false);
        QCOMPARE(env.server->connections().size(), 1);
        QCOMPARE(form.errorText(), QString());
    }

    void serverErrorLandsInErrorText()
    {
        TestEnv env(Era::Current);
        NangoCredentialsFormModel form(NangoAuthMode::ApiKey, env.nango.get());
        form.setIntegrationId(QStringLiteral("checked-key"));
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("rejected-key"));
        QSignalSpy ko(&form, &NangoCredentialsFormModel::failed);
        QSignalSpy errorChanged(&form, &NangoCredentialsFormModel::errorTextChanged);
        QVERIFY(form.submit());
        QTRY_COMPARE(ko.count(), 1);
        QVERIFY(!ko.first().at(0).toString().isEmpty());
        QVERIFY(!form.errorText().isEmpty());
        QCOMPARE(form.errorText(), ko.first().at(1).toString());
        QCOMPARE(form.errorField(), QString()); // about no field in particular
        QVERIFY(errorChanged.count() >= 1);
        QVERIFY(!form.isBusy());
        // The next submit clears it while the request runs.
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("good-key"));
        QSignalSpy ok(&form, &NangoCredentialsFormModel::succeeded);
        QVERIFY(form.submit());
        QCOMPARE(form.errorText(), QString());
        QTRY_COMPARE(ok.count(), 1);
    }

    void unknownIntegrationLandsInErrorText()
    {
        TestEnv env(Era::Current);
        NangoCredentialsFormModel form(NangoAuthMode::ApiKey, env.nango.get());
        form.setIntegrationId(QStringLiteral("nope"));
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("k"));
        QSignalSpy ko(&form, &NangoCredentialsFormModel::failed);
        QVERIFY(form.submit());
        QTRY_COMPARE(ko.count(), 1);
        QCOMPARE(ko.first().at(0).toString(), QStringLiteral("unknown_provider_config"));
        QCOMPARE(form.errorText(), ko.first().at(1).toString());
    }

    void withoutAuthNothingIsSent()
    {
        NangoCredentialsFormModel form;
        QCOMPARE(form.authMode(), NangoAuthMode::ApiKey);
        form.setValue(QStringLiteral("apiKey"), QStringLiteral("k"));
        QSignalSpy ko(&form, &NangoCredentialsFormModel::failed);
        QVERIFY(!form.submit());
        QCOMPARE(form.errorText(), QStringLiteral("This form is not connected to a NangoAuth object."));
        QVERIFY(!form.isBusy());
        QCOMPARE(ko.count(), 0);
    }

    // --- NangoConnectAction -------------------------------------------------------------------

    void actionDefaultsAndLabel()
    {
        NangoConnectAction action;
        QCOMPARE(action.authMode(), NangoAuthMode::OAuth2);
        QCOMPARE(action.state(), State::Idle);
        QVERIFY(action.isEnabled());
        QSignalSpy text(&action, &NangoConnectAction::textChanged);
        action.setIntegrationId(QStringLiteral("github"));
        QCOMPARE(action.text(), QStringLiteral("Connect github"));
        action.setDisplayName(QStringLiteral("GitHub"));
        QCOMPARE(action.shownName(), QStringLiteral("GitHub"));
        QCOMPARE(action.text(), QStringLiteral("Connect GitHub"));
        QCOMPARE(text.count(), 2);
        QCOMPARE(action.credentialsForm(), nullptr);
    }

    void actionWithoutAuthFails()
    {
        NangoConnectAction action;
        action.setIntegrationId(QStringLiteral("github"));
        QSignalSpy ko(&action, &NangoConnectAction::failed);
        action.trigger();
        QCOMPARE(action.state(), State::Failed);
        QCOMPARE(action.errorType(), QLatin1String(NangoErrorType::MissingAuthToken));
        QCOMPARE(action.errorMessage(), QStringLiteral("This button is not connected to a NangoAuth object."));
        QCOMPARE(ko.count(), 1);
        QCOMPARE(ko.first().at(0).toString(), QLatin1String(NangoErrorType::MissingAuthToken));
        QCOMPARE(action.text(), QStringLiteral("Retry github"));
        QVERIFY(action.isEnabled());
    }

    void actionRunsTheModesFlow_data()
    {
        QTest::addColumn<NangoAuthMode::Mode>("mode");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<NangoAuthMode::Mode>("flowMode");
        QTest::newRow("none: create()") << NangoAuthMode::None << "public-api" << NangoAuthMode::None;
        QTest::newRow("oauth2: the window") << NangoAuthMode::OAuth2 << "github" << NangoAuthMode::OAuth2;
        QTest::newRow("unknown: the window") << NangoAuthMode::Unknown << "github" << NangoAuthMode::OAuth2;
    }
    void actionRunsTheModesFlow()
    {
        QFETCH(NangoAuthMode::Mode, mode);
        QFETCH(QString, integration);
        QFETCH(NangoAuthMode::Mode, flowMode);
        TestEnv env(Era::Current);
        FlowModes modes(env.nango.get());
        const auto owned = newAction(env, integration, mode);
        NangoConnectAction &action = *owned;
        action.setDisplayName(QStringLiteral("Service"));
        NangoAuthOptions options;
        options.setParam(QStringLiteral("subdomain"), QStringLiteral("acme"));
        action.setOptions(options);
        QSignalSpy states(&action, &NangoConnectAction::stateChanged);
        QSignalSpy enabled(&action, &NangoConnectAction::enabledChanged);
        QSignalSpy ok(&action, &NangoConnectAction::succeeded);
        QSignalSpy asked(&action, &NangoConnectAction::credentialsRequested);
        action.trigger();
        QCOMPARE(action.state(), State::Connecting);
        QCOMPARE(action.text(), QStringLiteral("Connecting…"));
        QVERIFY(!action.isEnabled());
        action.trigger(); // nothing while connecting
        QTRY_COMPARE(ok.count(), 1);
        QCOMPARE(ok.first().at(0).toString(), integration);
        QCOMPARE(action.state(), State::Connected);
        QCOMPARE(action.text(), QStringLiteral("Connected"));
        QVERIFY(action.isEnabled());
        QCOMPARE(states.count(), 2);
        QCOMPARE(enabled.count(), 2);
        QCOMPARE(asked.count(), 0);
        QCOMPARE(modes.modes, QList<NangoAuthMode::Mode>{flowMode});
        QCOMPARE(env.server->connections().first().connectionConfig.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
    }

    void actionFlowFailure()
    {
        TestEnv env(Era::Current);
        const auto owned = newAction(env, QStringLiteral("nope"), NangoAuthMode::None);
        NangoConnectAction &action = *owned;
        QSignalSpy ko(&action, &NangoConnectAction::failed);
        action.trigger();
        QTRY_COMPARE(ko.count(), 1);
        QCOMPARE(action.state(), State::Failed);
        QCOMPARE(action.errorType(), ko.first().at(0).toString());
        QCOMPARE(action.errorMessage(), ko.first().at(1).toString());
        QVERIFY(!action.errorMessage().isEmpty());
        QCOMPARE(action.text(), QStringLiteral("Retry nope"));
        QVERIFY(action.isEnabled());
    }

    void actionCredentialsFormSucceeds_data()
    {
        QTest::addColumn<NangoAuthMode::Mode>("mode");
        QTest::addColumn<QString>("integration");
        QTest::newRow("api key") << NangoAuthMode::ApiKey << "stripe";
        QTest::newRow("basic") << NangoAuthMode::Basic << "jira";
    }
    void actionCredentialsFormSucceeds()
    {
        QFETCH(NangoAuthMode::Mode, mode);
        QFETCH(QString, integration);
        TestEnv env(Era::Seed); // public key: the connection id is the caller's
        const auto owned = newAction(env, integration, mode);
        NangoConnectAction &action = *owned;
        action.setConnectionId(QStringLiteral("user-9"));
        NangoAuthOptions options;
        options.setParam(QStringLiteral("subdomain"), QStringLiteral("acme"));
        action.setOptions(options);
        NangoCredentialsFormModel *shown = nullptr;
        connect(&action, &NangoConnectAction::credentialsRequested, this, [&shown](NangoCredentialsFormModel *form) { shown = form; });
        QSignalSpy ok(&action, &NangoConnectAction::succeeded);
        QSignalSpy ko(&action, &NangoConnectAction::failed);
        action.trigger();
        QVERIFY(shown);
        QCOMPARE(action.credentialsForm(), shown);
        QCOMPARE(action.state(), State::Connecting);
        QCOMPARE(shown->auth(), env.nango.get());
        QCOMPARE(shown->authMode(), mode);
        QCOMPARE(shown->integrationId(), integration);
        QCOMPARE(shown->connectionId(), QStringLiteral("user-9"));
        QCOMPARE(shown->options().params().value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QTest::qWait(50);
        QVERIFY(env.server->requestLog().isEmpty()); // nothing before the user submits

        // A refused field and a server error stay in the form: the action keeps waiting.
        QVERIFY(!shown->submit());
        QCOMPARE(action.state(), State::Connecting);
        if (mode == NangoAuthMode::ApiKey) {
            shown->setValue(QStringLiteral("apiKey"), QStringLiteral("k"));
        } else {
            shown->setValue(QStringLiteral("username"), QStringLiteral("ada"));
            shown->setValue(QStringLiteral("password"), QStringLiteral("pw"));
        }
        QVERIFY(shown->submit());
        QTRY_COMPARE(ok.count(), 1);
        QCOMPARE(ok.first().at(0).toString(), integration);
        QCOMPARE(ok.first().at(1).toString(), QStringLiteral("user-9"));
        QCOMPARE(action.state(), State::Connected);
        QCOMPARE(ko.count(), 0);
        QCOMPARE(env.server->connections().first().connectionConfig.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        action.cancelCredentials(); // the view closing after success changes nothing
        QCOMPARE(action.state(), State::Connected);
    }

    void actionCredentialsFormErrorKeepsConnecting()
    {
        TestEnv env(Era::Current);
        const auto owned = newAction(env, QStringLiteral("checked-key"), NangoAuthMode::ApiKey);
        NangoConnectAction &action = *owned;
        QSignalSpy ko(&action, &NangoConnectAction::failed);
        action.trigger();
        NangoCredentialsFormModel *form = action.credentialsForm();
        QVERIFY(form);
        QSignalSpy formFailed(form, &NangoCredentialsFormModel::failed);
        form->setValue(QStringLiteral("apiKey"), QStringLiteral("rejected-key"));
        QVERIFY(form->submit());
        QTRY_COMPARE(formFailed.count(), 1);
        QVERIFY(!form->errorText().isEmpty());
        QCOMPARE(action.state(), State::Connecting);
        QCOMPARE(ko.count(), 0);
    }

    void actionCredentialsCancelled()
    {
        TestEnv env(Era::Current);
        const auto owned = newAction(env, QStringLiteral("jira"), NangoAuthMode::Basic);
        NangoConnectAction &action = *owned;
        action.setDisplayName(QStringLiteral("Jira"));
        QSignalSpy ok(&action, &NangoConnectAction::succeeded);
        QSignalSpy ko(&action, &NangoConnectAction::failed);
        action.trigger();
        QPointer<NangoCredentialsFormModel> first = action.credentialsForm();
        QVERIFY(first);
        first->setValue(QStringLiteral("username"), QStringLiteral("ada"));
        action.cancelCredentials();
        QCOMPARE(action.state(), State::Idle);
        QCOMPARE(action.text(), QStringLiteral("Connect Jira"));
        QVERIFY(action.isEnabled());
        QTest::qWait(50);
        QVERIFY(env.server->requestLog().isEmpty());
        QCOMPARE(ko.count(), 0);

        // Again: a fresh form, nothing typed lingers; the old one goes.
        action.trigger();
        NangoCredentialsFormModel *second = action.credentialsForm();
        QVERIFY(second && second != first);
        QCOMPARE(second->value(QStringLiteral("username")), QString());
        QTRY_VERIFY(!first);

        // A request still running when the view closes no longer changes the action.
        Faults f;
        f.httpDelayMs = 200;
        env.server->setFaults(f);
        second->setValue(QStringLiteral("username"), QStringLiteral("ada"));
        QSignalSpy formOk(second, &NangoCredentialsFormModel::succeeded);
        QVERIFY(second->submit());
        action.cancelCredentials();
        QCOMPARE(action.state(), State::Idle);
        QTRY_COMPARE(formOk.count(), 1);
        QCOMPARE(action.state(), State::Idle);
        QCOMPARE(ok.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFormModels)
#include "tst_formmodels.moc"
