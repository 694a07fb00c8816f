// SPDX-License-Identifier: MIT
// NangoConnectUIModel (issue 15, the native Connect UI's screen flow) and NangoLogoCache, against
// the dev server on loopback with the sample integrations and providers: every screen and
// transition, each of ready / connected / errorOccurred / closed exactly once per event, search
// and currentRow, single-integration and reconnect sessions, expired and missing session tokens,
// logos loaded and failing (no user error), close at each screen, the dirty-form confirmation.
#include "devserverenv.h"
#include "testwindow.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoIntegrationsModel>
#include <NangoQt/NangoLogoCache>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace NangoDev;
using Screen = NangoConnectUIModel::Screen;

namespace {

constexpr int Wait = 10000;


/// The dev server with the sample integrations, a NangoAuth on it whose OAuth windows are the
/// GUI-less FollowingWindow, and a Connect UI model with spies on its four events.
struct Env : DevServerEnv
{
    Env()
        : DevServerEnv(Era::Current, {}, sampleOptions(QStringLiteral("end-user-ui"), 8000))
        , ready(&ui, &NangoConnectUIModel::ready)
        , connected(&ui, &NangoConnectUIModel::connected)
        , errors(&ui, &NangoConnectUIModel::errorOccurred)
        , closed(&ui, &NangoConnectUIModel::closed)
        , screens(&ui, &NangoConnectUIModel::screenChanged)
    {
        nango->setWindowFactory([this](NangoAuthFlow *) {
            auto *w = new FollowingWindow(windowAction);
            records << w->record;
            return w;
        });
        ui.setAuth(nango.get());
    }

    /// A fresh session token limited to @p allowed (all integrations when empty).
    void session(const QStringList &allowed = {})
    {
        nango->setConnectSessionToken(server->createConnectSession(QStringLiteral("end-user-ui"), allowed));
    }

    QList<Screen> screenList() const
    {
        QList<Screen> list;
        for (const QList<QVariant> &args : screens)
            list << args.at(0).value<Screen>();
        return list;
    }
    int events() const { return ready.count() + connected.count() + errors.count() + closed.count(); }
    QString lastError() const
    {
        return errors.isEmpty() ? QString() : errors.last().at(0).toString() + QStringLiteral(": ") + errors.last().at(1).toString();
    }
    int requestsTo(const QString &prefix) const
    {
        int n = 0;
        for (const LoggedRequest &r : server->requestLog())
            n += r.path.startsWith(prefix) ? 1 : 0;
        return n;
    }

    /// open() and wait for @p screen (Picker by default).
    bool openTo(Screen screen = Screen::Picker)
    {
        ui.open();
        return QTest::qWaitFor([&] { return ui.screen() == screen || ui.screen() == Screen::Error; }, Wait) && ui.screen() == screen;
    }
    bool waitFor(Screen screen)
    {
        return QTest::qWaitFor([&] { return ui.screen() == screen; }, Wait);
    }
    /// Picker → the Form of @p key with its schema.
    bool formOf(const QString &key)
    {
        ui.select(key);
        return QTest::qWaitFor([&] { return ui.screen() == Screen::Form && ui.form() && !ui.form()->isLoading(); }, Wait);
    }

    FollowingWindow::Action windowAction = FollowingWindow::Allow;
    QList<std::shared_ptr<WindowRecord>> records;
    NangoConnectUIModel ui;
    QSignalSpy ready;
    QSignalSpy connected;
    QSignalSpy errors;
    QSignalSpy closed;
    QSignalSpy screens;
};

QStringList keysOf(const QAbstractItemModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->index(row, 0).data(NangoIntegrationsModel::UniqueKeyRole).toString();
    return keys;
}

int rowOf(const QAbstractItemModel *model, const QString &key)
{
    return int(keysOf(model).indexOf(key));
}

/// A token provider that answers from the event loop with a fresh session, and counts its calls.
struct Provider
{
    int calls = 0;
    void install(Env &env)
    {
        env.nango->setConnectSessionTokenProvider([this, &env](const NangoAuth::TokenReply &reply) {
            ++calls;
            QTimer::singleShot(10, env.nango.get(), [&env, reply] {
                reply.setToken(env.server->createConnectSession(QStringLiteral("end-user-ui")));
            });
        });
    }
};

} // namespace

class TestConnectUIModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Screen>();
        NangoLogoCache::clearCache();
    }

    // Closed → Loading → Picker → Form → Connecting → Success → Closed, an API key typed.
    void apiKeyThroughEveryScreen()
    {
        Env env;
        QCOMPARE(env.ui.screen(), Screen::Closed);
        QVERIFY(!env.ui.isOpen());
        QSignalSpy openChanged(&env.ui, &NangoConnectUIModel::openChanged);
        env.ui.open();
        QElapsedTimer cold;
        cold.start();
        QCOMPARE(env.ui.screen(), Screen::Loading);
        QVERIFY(env.ui.isOpen());
        QCOMPARE(openChanged.count(), 1);
        QCOMPARE(env.ready.count(), 0);
        QVERIFY(env.waitFor(Screen::Picker));
        qInfo("cold open → Picker: %.2f ms", cold.nsecsElapsed() / 1e6);
        QCOMPARE(env.ready.count(), 1);
        QVERIFY(env.ui.canGoBack());
        QVERIFY(!env.ui.isReconnecting());
        QCOMPARE(env.ui.integrations()->rowCount(), env.server->integrations().size());
        QCOMPARE(env.ui.integrationId(), QString());
        QCOMPARE(env.ui.currentRow(), 0);
        QVERIFY(env.ui.integrations()->roleNames().values().contains("displayName"));

        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        QCOMPARE(env.ui.integrationId(), QStringLiteral("stripe-dev"));
        QCOMPARE(env.ui.displayName(), QStringLiteral("Stripe (dev)"));
        QVERIFY(env.ui.logoUrl().toString().endsWith(QLatin1String("/images/template-logos/stripe.svg")));
        QCOMPARE(env.ui.authMode(), NangoAuthMode::ApiKey);
        NangoCredentialsFormModel *form = env.ui.form();
        QVERIFY(form->hasSchema());
        QCOMPARE(form->fieldNames(), QStringList{QStringLiteral("apiKey")});
        QVERIFY(!env.ui.isDirty());
        form->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_connectui1"));
        QVERIFY(env.ui.isDirty());
        env.ui.submit();
        QCOMPARE(env.ui.screen(), Screen::Connecting);
        QVERIFY(!env.ui.isDirty());
        QVERIFY(env.waitFor(Screen::Success));
        QTest::qWait(50);
        QCOMPARE(env.connected.count(), 1);
        QCOMPARE(env.connected.first().at(0).toString(), QStringLiteral("stripe-dev"));
        const QString connectionId = env.connected.first().at(1).toString();
        QVERIFY(!connectionId.isEmpty());
        QCOMPARE(env.connected.first().at(2).toBool(), false);
        QCOMPARE(env.ui.providerConfigKey(), QStringLiteral("stripe-dev"));
        QCOMPARE(env.ui.connectionId(), connectionId);
        QCOMPARE(env.server->connections().size(), 1);
        QCOMPARE(env.server->connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_test_connectui1"));

        env.ui.finish();
        QCOMPARE(env.ui.screen(), Screen::Closed);
        QCOMPARE(openChanged.count(), 2);
        QTest::qWait(50);
        QCOMPARE(env.closed.count(), 1);
        QCOMPARE(env.ready.count(), 1);
        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.screenList(), (QList<Screen>{Screen::Loading, Screen::Picker, Screen::Form, Screen::Connecting, Screen::Success, Screen::Closed}));
        QVERIFY(!env.ui.form());

        // A second open is warm (the catalog's cache: no request) and emits ready() again, once.
        const int requests = env.server->requestLog().size();
        QElapsedTimer warm;
        warm.start();
        env.ui.open();
        QVERIFY(env.waitFor(Screen::Picker));
        qInfo("warm open → Picker: %.2f ms", warm.nsecsElapsed() / 1e6);
        QCOMPARE(env.server->requestLog().size(), requests);
        QCOMPARE(env.ready.count(), 2);
        QCOMPARE(env.ui.providerConfigKey(), QString()); // a new open forgets the last success
        env.ui.close();
        QCOMPARE(env.closed.count(), 2);
    }

    // A view that calls form()->submit() itself (a form widget's own button) drives the model too.
    void viewSubmitsTheFormItself()
    {
        Env env;
        QVERIFY(env.openTo());
        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_fromview"));
        QVERIFY(env.ui.form()->submit());
        QCOMPARE(env.ui.screen(), Screen::Connecting);
        QVERIFY2(env.waitFor(Screen::Success), qPrintable(env.lastError()));
        QTest::qWait(50);
        QCOMPARE(env.connected.count(), 1);
        QCOMPARE(env.errors.count(), 0);
    }

    void openWhileOpenDoesNothing()
    {
        Env env;
        env.ui.open();
        env.ui.open();
        QVERIFY(env.waitFor(Screen::Picker));
        env.ui.open();
        QTest::qWait(50);
        QCOMPARE(env.ready.count(), 1);
        QCOMPARE(env.screenList(), (QList<Screen>{Screen::Loading, Screen::Picker}));
        QCOMPARE(env.requestsTo(QStringLiteral("/connect/session")), 1);
    }

    // The search filters on display name, unique key and provider, case-insensitively;
    // currentRow stays on its integration while it matches, else the first match.
    void searchAndCurrentRow()
    {
        Env env;
        QVERIFY(env.openTo());
        QAbstractItemModel *rows = env.ui.integrations();
        const int all = rows->rowCount();
        QVERIFY(all > 20);
        QSignalSpy searchChanged(&env.ui, &NangoConnectUIModel::searchTextChanged);

        env.ui.setSearchText(QStringLiteral("GITHUB"));
        QCOMPARE(searchChanged.count(), 1);
        QCOMPARE(keysOf(rows), (QStringList{QStringLiteral("github-dev"), QStringLiteral("github-auto")}));
        QCOMPARE(env.ui.currentRow(), 0);
        env.ui.moveCurrent(1);
        QCOMPARE(env.ui.currentRow(), 1);
        env.ui.moveCurrent(5); // clamps
        QCOMPARE(env.ui.currentRow(), 1);
        env.ui.moveCurrent(-9);
        QCOMPARE(env.ui.currentRow(), 0);
        env.ui.moveCurrent(1);

        // The highlighted integration (github-auto) stays highlighted while it matches.
        env.ui.setSearchText(QStringLiteral("git"));
        QCOMPARE(env.ui.currentRow(), rowOf(rows, QStringLiteral("github-auto")));
        env.ui.setSearchText(QString());
        QCOMPARE(rows->rowCount(), all);
        QCOMPARE(env.ui.currentRow(), rowOf(rows, QStringLiteral("github-auto")));
        env.ui.setSearchText(QStringLiteral("auto-APPROVE"));
        QCOMPARE(keysOf(rows), QStringList{QStringLiteral("github-auto")});
        QCOMPARE(env.ui.currentRow(), 0);

        // Filtered out: the first match.
        env.ui.setSearchText(QStringLiteral("stripe"));
        QCOMPARE(keysOf(rows), (QStringList{QStringLiteral("stripe-dev"), QStringLiteral("stripe-api-key-dev")}));
        QCOMPARE(env.ui.currentRow(), 0);
        // Only the unique key matches; only the provider matches.
        env.ui.setSearchText(QStringLiteral("sigv4-default"));
        QCOMPARE(keysOf(rows), QStringList{QStringLiteral("aws-sigv4-default")});
        env.ui.setSearchText(QStringLiteral("netsuite-tba"));
        QCOMPARE(keysOf(rows), QStringList{QStringLiteral("tba-dev")});
        env.ui.setSearchText(QStringLiteral("  netsuite-TBA "));
        QCOMPARE(keysOf(rows), QStringList{QStringLiteral("tba-dev")});
        // No match: no current row; moving does nothing; Enter does nothing.
        env.ui.setSearchText(QStringLiteral("no such thing"));
        QCOMPARE(rows->rowCount(), 0);
        QCOMPARE(env.ui.currentRow(), -1);
        env.ui.moveCurrent(1);
        QCOMPARE(env.ui.currentRow(), -1);
        env.ui.activateCurrent();
        QCOMPARE(env.ui.screen(), Screen::Picker);
        // Back from no match: the integration highlighted before is again.
        env.ui.setSearchText(QStringLiteral("stripe"));
        QCOMPARE(env.ui.currentRow(), 0);
        env.ui.moveCurrent(1);
        env.ui.setSearchText(QStringLiteral("stripe-x"));
        QCOMPARE(env.ui.currentRow(), -1);
        env.ui.setSearchText(QStringLiteral("stripe"));
        QCOMPARE(env.ui.currentRow(), 1);

        // setCurrentRow clamps; Enter opens the current one.
        env.ui.setSearchText(QStringLiteral("dev"));
        env.ui.setCurrentRow(1000);
        QCOMPARE(env.ui.currentRow(), rows->rowCount() - 1);
        env.ui.setCurrentRow(rowOf(rows, QStringLiteral("posthog-dev")));
        env.ui.activateCurrent();
        QVERIFY(QTest::qWaitFor([&] { return env.ui.form() && !env.ui.form()->isLoading(); }, Wait));
        QCOMPARE(env.ui.integrationId(), QStringLiteral("posthog-dev"));
        QCOMPARE(env.ui.screen(), Screen::Form);
        // The session's defaults and the provider's schema: posthog asks its subdomain and key.
        QVERIFY(env.ui.form()->fieldNames().contains(QStringLiteral("apiKey")));

        // Back to the picker: the selection is cleared, the search stays.
        QSignalSpy selection(&env.ui, &NangoConnectUIModel::selectionChanged);
        env.ui.back();
        QCOMPARE(env.ui.screen(), Screen::Picker);
        QCOMPARE(env.ui.integrationId(), QString());
        QCOMPARE(selection.count(), 1);
        QVERIFY(!env.ui.form());
        QCOMPARE(env.ui.searchText(), QStringLiteral("dev"));
        QCOMPARE(env.ui.currentRow(), rowOf(rows, QStringLiteral("posthog-dev")));
        // selectRow(); a key the session does not have is ignored.
        env.ui.select(QStringLiteral("not-an-integration"));
        QCOMPARE(env.ui.screen(), Screen::Picker);
        env.ui.selectRow(rowOf(rows, QStringLiteral("stripe-dev")));
        QCOMPARE(env.ui.integrationId(), QStringLiteral("stripe-dev"));
        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.ready.count(), 1);

        // A new open starts with an empty search.
        env.ui.close();
        env.ui.open();
        QCOMPARE(env.ui.searchText(), QString());
        QVERIFY(env.waitFor(Screen::Picker));
        QCOMPARE(rows->rowCount(), all);
    }

    // Modes without fields connect at once: OAuth (the window) and NONE.
    void connectsAtOnce_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("windows");
        QTest::newRow("OAuth2") << QStringLiteral("github-auto") << int(NangoAuthMode::OAuth2) << 1;
        QTest::newRow("NONE") << QStringLiteral("public-api") << int(NangoAuthMode::None) << 0;
    }
    void connectsAtOnce()
    {
        QFETCH(QString, key);
        QFETCH(int, mode);
        QFETCH(int, windows);
        Env env;
        QVERIFY(env.openTo());
        env.ui.select(key);
        QVERIFY(QTest::qWaitFor([&] { return env.ui.screen() == Screen::Connecting; }, Wait));
        QCOMPARE(env.ui.authMode(), NangoAuthMode::Mode(mode));
        QVERIFY2(env.waitFor(Screen::Success), qPrintable(env.lastError()));
        QTest::qWait(50);
        QCOMPARE(env.connected.count(), 1);
        QCOMPARE(env.connected.first().at(0).toString(), key);
        QCOMPARE(env.records.size(), windows);
        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.ready.count(), 1);
        QVERIFY(!env.screenList().contains(Screen::Error));
        QCOMPARE(env.server->connections().size(), 1);
    }

    // The user closes the OAuth window: back to the picker (nothing to type) or to the form
    // (fields first, then the window), no error; Cancel on Connecting does the same.
    void oauthWindowClosed()
    {
        Env env;
        env.windowAction = FollowingWindow::CloseBeforeLoad;
        QVERIFY(env.openTo());
        env.ui.select(QStringLiteral("github-dev"));
        QVERIFY(QTest::qWaitFor([&] { return env.ui.screen() == Screen::Connecting; }, Wait));
        QVERIFY(env.waitFor(Screen::Picker));
        QCOMPARE(env.ui.integrationId(), QString());
        QVERIFY(!env.ui.form());

        // Zendesk asks its subdomain, then opens the window.
        QVERIFY(env.formOf(QStringLiteral("zendesk-dev")));
        QCOMPARE(env.ui.form()->fieldNames(), QStringList{QStringLiteral("subdomain")});
        env.ui.form()->setValue(QStringLiteral("subdomain"), QStringLiteral("acme"));
        env.ui.submit();
        QCOMPARE(env.ui.screen(), Screen::Connecting);
        QVERIFY(env.waitFor(Screen::Form));
        QCOMPARE(env.ui.form()->value(QStringLiteral("subdomain")), QStringLiteral("acme")); // what was typed stays
        QCOMPARE(env.records.size(), 2);

        // Cancel while connecting (the window left open on the provider's page).
        env.windowAction = FollowingWindow::Stay;
        env.ui.submit();
        QCOMPARE(env.ui.screen(), Screen::Connecting);
        QVERIFY(QTest::qWaitFor([&] { return !env.records.last()->visited.isEmpty(); }, Wait));
        env.ui.back();
        QCOMPARE(env.ui.screen(), Screen::Form);
        QVERIFY(env.records.last()->calls.contains(QStringLiteral("close")));
        QTest::qWait(50);
        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.connected.count(), 0);
        QCOMPARE(env.ready.count(), 1);
        QVERIFY(env.server->connections().isEmpty());
    }

    // An invalid form stays on Form; a refused connect → Error (once per failure), retry()
    // repeats the connect, back() → Picker.
    void formErrorsAndRetry()
    {
        Env env;
        QVERIFY(env.openTo());
        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        env.ui.submit(); // empty key
        QCOMPARE(env.ui.screen(), Screen::Form);
        QVERIFY(!env.ui.form()->errorText().isEmpty());
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("not a key"));
        env.ui.submit();
        QCOMPARE(env.ui.screen(), Screen::Form);
        QCOMPARE(env.ui.form()->errorField(), QStringLiteral("apiKey"));
        QCOMPARE(env.errors.count(), 0);

        // The server's "test call" refuses this key.
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_invalid"));
        QSignalSpy errorChanged(&env.ui, &NangoConnectUIModel::errorChanged);
        env.ui.submit();
        QCOMPARE(env.ui.screen(), Screen::Connecting);
        QVERIFY(env.waitFor(Screen::Error));
        QTest::qWait(50);
        QCOMPARE(env.errors.count(), 1);
        QVERIFY(!env.ui.errorType().isEmpty());
        QVERIFY(!env.ui.errorMessage().isEmpty());
        QCOMPARE(env.errors.first().at(0).toString(), env.ui.errorType());
        QCOMPARE(errorChanged.count(), 1);
        const QString type = env.ui.errorType();

        env.ui.retry();
        QCOMPARE(env.ui.screen(), Screen::Connecting);
        QCOMPARE(env.ui.errorType(), QString());
        QVERIFY(env.waitFor(Screen::Error));
        QTest::qWait(50);
        QCOMPARE(env.errors.count(), 2); // each failure once
        QCOMPARE(env.ui.errorType(), type);

        env.ui.back();
        QCOMPARE(env.ui.screen(), Screen::Picker);
        QCOMPARE(env.ui.errorType(), QString());
        QVERIFY(!env.ui.form());
        QCOMPARE(env.connected.count(), 0);
        QCOMPARE(env.ready.count(), 1);
        QCOMPARE(env.screenList(),
                 (QList<Screen>{Screen::Loading, Screen::Picker, Screen::Form, Screen::Connecting, Screen::Error, Screen::Connecting,
                                Screen::Error, Screen::Picker}));
    }

    // A session that allows one integration goes straight to it; canGoBack is false; Error → Form.
    void singleIntegrationSession()
    {
        Env env;
        env.session({QStringLiteral("stripe-dev")});
        QSignalSpy canGoBack(&env.ui, &NangoConnectUIModel::canGoBackChanged);
        env.ui.open();
        QVERIFY(QTest::qWaitFor([&] { return env.ui.screen() == Screen::Form && !env.ui.form()->isLoading(); }, Wait));
        QVERIFY(!env.ui.canGoBack());
        QCOMPARE(canGoBack.count(), 1);
        QCOMPARE(env.ui.integrationId(), QStringLiteral("stripe-dev"));
        QCOMPARE(env.ready.count(), 1);
        QVERIFY(!env.screenList().contains(Screen::Picker));
        env.ui.back(); // no picker to go back to
        QCOMPARE(env.ui.screen(), Screen::Form);

        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_invalid"));
        env.ui.submit();
        QVERIFY(env.waitFor(Screen::Error));
        env.ui.back();
        QCOMPARE(env.ui.screen(), Screen::Form);
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_single"));
        env.ui.submit();
        QVERIFY(env.waitFor(Screen::Success));
        QTest::qWait(50);
        QCOMPARE(env.connected.count(), 1);
        QCOMPARE(env.errors.count(), 1);
        QCOMPARE(env.ready.count(), 1);
        env.ui.finish();
        QCOMPARE(env.closed.count(), 1);
        QVERIFY(env.ui.canGoBack()); // until the next session says otherwise
    }

    // A single OAuth integration whose window the user closes: the Form screen (nothing to type,
    // the view's Connect button submits), not the picker.
    void singleOAuthIntegrationWindowClosed()
    {
        Env env;
        env.session({QStringLiteral("github-dev")});
        env.windowAction = FollowingWindow::CloseBeforeLoad;
        env.ui.open();
        QVERIFY(QTest::qWaitFor([&] { return env.ui.screen() == Screen::Connecting; }, Wait));
        QVERIFY(env.waitFor(Screen::Form));
        QVERIFY(env.ui.form()->connectsAtOnce());
        QVERIFY(!env.ui.canGoBack());
        env.windowAction = FollowingWindow::Allow;
        env.ui.submit();
        QCOMPARE(env.ui.screen(), Screen::Connecting);
        // github-dev is not auto-approved: the window presses Allow on the provider's page.
        QVERIFY2(env.waitFor(Screen::Success), qPrintable(env.lastError()));
        QTest::qWait(50);
        QCOMPARE(env.connected.count(), 1);
        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.ready.count(), 1);
    }

    // A reconnect session (POST /connect/sessions/reconnect): straight to its integration, the
    // same connection re-authorized.
    void reconnectSession()
    {
        Env env;
        QString connectionId;
        {
            NangoAuthOptions o;
            o.setApiKey(QStringLiteral("sk_test_first"));
            NangoAuthFlow *flow = env.nango->auth(QStringLiteral("stripe-dev"), QString(), o);
            QSignalSpy done(flow, &NangoAuthFlow::succeeded);
            QVERIFY(done.wait(Wait));
            connectionId = done.first().at(1).toString();
        }
        const QString token = env.server->createReconnectSession(connectionId, QStringLiteral("stripe-dev"));
        QVERIFY(!token.isEmpty());
        env.nango->setConnectSessionToken(token);
        QSignalSpy session(&env.ui, &NangoConnectUIModel::sessionChanged);
        env.ui.open();
        QVERIFY(QTest::qWaitFor([&] { return env.ui.screen() == Screen::Form && !env.ui.form()->isLoading(); }, Wait));
        QVERIFY(env.ui.isReconnecting());
        QVERIFY(session.count() >= 1);
        QVERIFY(!env.ui.canGoBack());
        QCOMPARE(env.ui.integrationId(), QStringLiteral("stripe-dev"));
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_second"));
        env.ui.submit();
        QVERIFY2(env.waitFor(Screen::Success), qPrintable(env.lastError()));
        QCOMPARE(env.ui.connectionId(), connectionId);
        QCOMPARE(env.server->connections().size(), 1);
        QCOMPARE(env.server->connections().first().credentials.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk_test_second"));
        QTest::qWait(50);
        QCOMPARE(env.connected.count(), 1);
        QCOMPARE(env.errors.count(), 0);
    }

    // An expired session token: the catalog asks NangoAuth's token provider once and goes on.
    void expiredSessionRefreshed()
    {
        Env env;
        const QString old = env.nango->connectSessionToken();
        env.server->expireConnectSession(old);
        Provider provider;
        provider.install(env);
        QVERIFY(env.openTo());
        QCOMPARE(provider.calls, 1);
        QVERIFY(env.nango->connectSessionToken() != old);
        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.ready.count(), 1);
        // The fresh token connects too.
        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_refreshed"));
        env.ui.submit();
        QVERIFY2(env.waitFor(Screen::Success), qPrintable(env.lastError()));
        QCOMPARE(provider.calls, 1);
    }

    // Expired and nobody to ask: the Error screen with the server's typed error; retry() with a
    // fresh token goes on.
    void expiredSessionWithoutProvider()
    {
        Env env;
        env.server->expireConnectSession(env.nango->connectSessionToken());
        env.ui.open();
        QVERIFY(env.waitFor(Screen::Error));
        QTest::qWait(50);
        QCOMPARE(env.errors.count(), 1);
        QCOMPARE(env.ui.errorType(), QString::fromLatin1(NangoErrorType::UnknownConnectSessionToken));
        QCOMPARE(env.ready.count(), 0);
        env.ui.back(); // nothing loaded to go back to
        QCOMPARE(env.ui.screen(), Screen::Error);
        env.session();
        env.ui.retry();
        QCOMPARE(env.ui.screen(), Screen::Loading);
        QVERIFY(env.waitFor(Screen::Picker));
        QCOMPARE(env.ready.count(), 1);
        QCOMPARE(env.errors.count(), 1);
    }

    // The session expires while the picker is shown: the provider's definition is read with a
    // fresh token (asked once), and the picker's rows are read again for it in the background.
    void sessionExpiresWhileOpen()
    {
        Env env;
        QVERIFY(env.openTo());
        const int all = env.ui.integrations()->rowCount();
        env.ui.setCurrentRow(rowOf(env.ui.integrations(), QStringLiteral("stripe-dev")));
        env.server->expireConnectSession(env.nango->connectSessionToken());
        Provider provider;
        provider.install(env);
        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        QVERIFY(env.ui.form()->hasSchema());
        QCOMPARE(provider.calls, 1);
        env.ui.back();
        QCOMPARE(env.ui.screen(), Screen::Picker);
        QVERIFY(QTest::qWaitFor([&] { return env.ui.integrations()->rowCount() == all; }, Wait));
        QCOMPARE(env.ui.currentRow(), rowOf(env.ui.integrations(), QStringLiteral("stripe-dev")));
        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_fresh"));
        env.ui.submit();
        QVERIFY2(env.waitFor(Screen::Success), qPrintable(env.lastError()));
        QCOMPARE(provider.calls, 1);
        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.ready.count(), 1);
    }

    // The integration's provider cannot be read (not in the catalog): Error, retry() reads it
    // again, back() → Picker. Its logo is missing too: the picker is not affected.
    void providerLoadFails()
    {
        Env env;
        Integration ghost;
        ghost.uniqueKey = QStringLiteral("ghost-dev");
        ghost.provider = QStringLiteral("no-such-provider");
        ghost.authMode = QStringLiteral("API_KEY");
        ghost.displayName = QStringLiteral("Ghost (no definition)");
        env.server->setIntegrations(env.server->integrations() << ghost);
        QVERIFY(env.openTo());
        const QModelIndex row = env.ui.integrations()->index(rowOf(env.ui.integrations(), QStringLiteral("ghost-dev")), 0);
        QSignalSpy logoFailed(env.ui.logos(), &NangoLogoCache::logoFailed);
        env.ui.logos()->load(row.data(NangoIntegrationsModel::LogoUrlRole).toUrl());
        QVERIFY(logoFailed.wait(Wait));
        QCOMPARE(env.errors.count(), 0);

        env.ui.select(QStringLiteral("ghost-dev"));
        QCOMPARE(env.ui.screen(), Screen::Form); // while its definition loads
        QVERIFY(env.ui.form()->isLoading());
        QVERIFY(env.waitFor(Screen::Error));
        QTest::qWait(50);
        QCOMPARE(env.errors.count(), 1);
        QCOMPARE(env.ui.errorType(), QStringLiteral("not_found"));
        QVERIFY2(env.ui.errorMessage().contains(QLatin1String("no-such-provider")), qPrintable(env.ui.errorMessage()));
        QCOMPARE(env.ui.integrationId(), QStringLiteral("ghost-dev"));
        env.ui.retry();
        QCOMPARE(env.ui.screen(), Screen::Form);
        QVERIFY(env.waitFor(Screen::Error));
        QTest::qWait(50);
        QCOMPARE(env.errors.count(), 2);
        env.ui.back();
        QCOMPARE(env.ui.screen(), Screen::Picker);
        QCOMPARE(env.ui.errorType(), QString());
        QCOMPARE(env.ready.count(), 1);
    }

    // No session token and no token provider: Error with missing_connect_session_token.
    void missingSessionToken()
    {
        Env env;
        env.nango->setConnectSessionToken(QString());
        env.ui.open();
        QCOMPARE(env.errors.count(), 0); // asynchronous, like every failure
        QVERIFY(env.waitFor(Screen::Error));
        QTest::qWait(50);
        QCOMPARE(env.errors.count(), 1);
        QCOMPARE(env.ui.errorType(), QString::fromLatin1(NangoErrorType::MissingConnectSessionToken));
        QCOMPARE(env.errors.first().at(0).toString(), QString::fromLatin1(NangoErrorType::MissingConnectSessionToken));
        QVERIFY2(env.ui.errorMessage().contains(QLatin1String("POST /connect/sessions")), qPrintable(env.ui.errorMessage()));
        QCOMPARE(env.requestsTo(QStringLiteral("/connect")), 0);
        QCOMPARE(env.ready.count(), 0);
        env.ui.close();
        QCOMPARE(env.closed.count(), 1);
    }

    // No token, but a provider: it is asked, then the session loads.
    void missingSessionTokenAsksTheProvider()
    {
        Env env;
        env.nango->setConnectSessionToken(QString());
        Provider provider;
        provider.install(env);
        QVERIFY(env.openTo());
        QCOMPARE(provider.calls, 1);
        QCOMPARE(env.errors.count(), 0);
    }

    void logos()
    {
        NangoLogoCache::clearCache();
        Env env;
        QVERIFY(env.openTo());
        const QModelIndex first = env.ui.integrations()->index(rowOf(env.ui.integrations(), QStringLiteral("github-dev")), 0);
        const QUrl url = first.data(NangoIntegrationsModel::LogoUrlRole).toUrl();
        QVERIFY(url.isValid());
        NangoLogoCache *logos = env.ui.logos();
        QCOMPARE(logos->auth(), env.nango.get());
        QVERIFY(!logos->hasLogo(url));
        QVERIFY(logos->logo(url).isEmpty());
        QSignalSpy loaded(logos, &NangoLogoCache::logoLoaded);
        QSignalSpy failed(logos, &NangoLogoCache::logoFailed);
        logos->load(url);
        logos->load(url); // joined
        QVERIFY(logos->isLoading(url));
        QVERIFY(loaded.wait(Wait));
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).toUrl(), url);
        QCOMPARE(failed.count(), 0);
        QVERIFY(logos->hasLogo(url));
        QVERIFY(logos->logo(url).contains("<svg"));
        QCOMPARE(env.requestsTo(QStringLiteral("/images/template-logos/")), 1);
        // Logos need no token.
        for (const LoggedRequest &r : env.server->requestLog()) {
            if (r.path.startsWith(QLatin1String("/images/")))
                QVERIFY(!r.headers.contains("authorization"));
        }

        // Process-wide: another cache (a second Connect UI) has it at once, and answers later.
        NangoLogoCache other;
        QVERIFY(other.hasLogo(url));
        QSignalSpy otherLoaded(&other, &NangoLogoCache::logoLoaded);
        other.load(url);
        QCOMPARE(otherLoaded.count(), 0);
        QVERIFY(otherLoaded.wait(Wait));
        QCOMPARE(env.requestsTo(QStringLiteral("/images/template-logos/")), 1);

        // A missing logo (404): logoFailed, remembered, and no error for the user.
        QUrl missing = url;
        missing.setPath(QStringLiteral("/images/template-logos/no-such-provider.svg"));
        logos->load(missing);
        QVERIFY(failed.wait(Wait));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toUrl(), missing);
        QVERIFY(logos->hasFailed(missing));
        QVERIFY(!logos->hasLogo(missing));
        logos->load(missing); // answered from the cache, without a request
        QVERIFY(failed.wait(Wait));
        QCOMPARE(env.requestsTo(QStringLiteral("/images/template-logos/")), 2);
        // A page that is not an image, and a URL that is not http(s).
        QUrl notImage = url;
        notImage.setPath(QStringLiteral("/connect/session"));
        logos->load(notImage);
        QVERIFY(failed.wait(Wait));
        logos->load(QUrl(QStringLiteral("file:///etc/hostname")));
        QVERIFY(failed.wait(Wait));
        QCOMPARE(failed.count(), 4);
        // data: URLs are read as they are.
        const QUrl data(QStringLiteral("data:image/svg+xml,%3Csvg%20xmlns%3D%22http://www.w3.org/2000/svg%22/%3E"));
        logos->load(data);
        QVERIFY(loaded.wait(Wait));
        QVERIFY(logos->logo(data).startsWith("<svg"));

        QCOMPARE(env.errors.count(), 0);
        QCOMPARE(env.ui.screen(), Screen::Picker);
        NangoLogoCache::clearCache();
        QVERIFY(!logos->hasLogo(url));
        QVERIFY(!logos->hasFailed(missing));
    }

    // Every logo of the sample's integrations loads.
    void everySampleLogoLoads()
    {
        NangoLogoCache::clearCache();
        Env env;
        QVERIFY(env.openTo());
        NangoLogoCache *logos = env.ui.logos();
        QSignalSpy loaded(logos, &NangoLogoCache::logoLoaded);
        QSignalSpy failed(logos, &NangoLogoCache::logoFailed);
        QSet<QUrl> urls;
        for (int row = 0; row < env.ui.integrations()->rowCount(); ++row)
            urls << env.ui.integrations()->index(row, 0).data(NangoIntegrationsModel::LogoUrlRole).toUrl();
        for (const QUrl &url : std::as_const(urls))
            logos->load(url);
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() + failed.count() == urls.size(); }, Wait));
        QCOMPARE(failed.count(), 0);
    }

    // close() at every screen: Closed at once, closed() once, nothing after it.
    void closeAtEachScreen_data()
    {
        QTest::addColumn<int>("screen");
        QTest::newRow("Loading") << int(Screen::Loading);
        QTest::newRow("Picker") << int(Screen::Picker);
        QTest::newRow("Form (loading)") << -1;
        QTest::newRow("Form") << int(Screen::Form);
        QTest::newRow("Connecting") << int(Screen::Connecting);
        QTest::newRow("Success") << int(Screen::Success);
        QTest::newRow("Error") << int(Screen::Error);
    }
    void closeAtEachScreen()
    {
        QFETCH(int, screen);
        Env env;
        env.windowAction = FollowingWindow::Stay;
        const Screen target = screen < 0 ? Screen::Form : Screen(screen);
        env.ui.open();
        if (target != Screen::Loading)
            QVERIFY(env.waitFor(Screen::Picker));
        switch (target) {
        case Screen::Form:
            if (screen < 0) {
                env.ui.select(QStringLiteral("stripe-dev"));
                QVERIFY(env.ui.form()->isLoading());
            } else {
                QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
                env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_x")); // close() does not ask
            }
            break;
        case Screen::Connecting:
            env.ui.select(QStringLiteral("github-dev")); // the window stays on the provider's page
            QVERIFY(QTest::qWaitFor([&] { return env.ui.screen() == Screen::Connecting && !env.records.isEmpty(); }, Wait));
            break;
        case Screen::Success:
            env.windowAction = FollowingWindow::Allow;
            env.ui.select(QStringLiteral("public-api"));
            QVERIFY(env.waitFor(Screen::Success));
            break;
        case Screen::Error:
            QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
            env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_invalid"));
            env.ui.submit();
            QVERIFY(env.waitFor(Screen::Error));
            break;
        default:
            break;
        }
        QCOMPARE(env.ui.screen(), target);
        const int connectedBefore = env.connected.count();
        const int errorsBefore = env.errors.count();
        env.ui.close();
        QCOMPARE(env.ui.screen(), Screen::Closed);
        QVERIFY(!env.ui.isOpen());
        QVERIFY(!env.ui.form());
        QCOMPARE(env.ui.integrationId(), QString());
        QCOMPARE(env.closed.count(), 1);
        env.ui.close(); // once per open
        QTest::qWait(300);
        QCOMPARE(env.closed.count(), 1);
        QCOMPARE(env.connected.count(), connectedBefore);
        QCOMPARE(env.errors.count(), errorsBefore);
        QCOMPARE(env.ui.screen(), Screen::Closed);
        QVERIFY(!env.ui.catalog()->isBusy());
        QVERIFY(!env.nango->isBusy()); // the running flow was cancelled
        if (target == Screen::Connecting)
            QVERIFY(env.records.first()->calls.contains(QStringLiteral("close")));
        QCOMPARE(env.ready.count(), target == Screen::Loading ? 0 : 1);
        // And it opens again.
        QVERIFY(env.openTo());
        QCOMPARE(env.ready.count(), target == Screen::Loading ? 1 : 2);
    }

    // requestClose(): a clean form closes at once; a dirty one asks first.
    void dirtyCloseConfirmation()
    {
        Env env;
        QVERIFY(env.openTo());
        QVERIFY(env.ui.requestClose()); // the picker: nothing to lose
        QCOMPARE(env.closed.count(), 1);

        QVERIFY(env.openTo());
        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        QVERIFY(!env.ui.isDirty());
        QSignalSpy dirty(&env.ui, &NangoConnectUIModel::dirtyChanged);
        QSignalSpy confirming(&env.ui, &NangoConnectUIModel::confirmingCloseChanged);
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_"));
        QVERIFY(env.ui.isDirty());
        QCOMPARE(dirty.count(), 1);
        QVERIFY(!env.ui.requestClose());
        QVERIFY(env.ui.isConfirmingClose());
        QCOMPARE(confirming.count(), 1);
        QCOMPARE(env.ui.screen(), Screen::Form);
        env.ui.confirmClose(false);
        QVERIFY(!env.ui.isConfirmingClose());
        QCOMPARE(env.ui.screen(), Screen::Form);
        QCOMPARE(env.closed.count(), 1);
        // Erased again: not dirty, closes at once.
        env.ui.form()->setValue(QStringLiteral("apiKey"), QString());
        QVERIFY(!env.ui.isDirty());
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test"));
        QVERIFY(!env.ui.requestClose());
        env.ui.confirmClose(true);
        QCOMPARE(env.ui.screen(), Screen::Closed);
        QVERIFY(!env.ui.isConfirmingClose());
        QVERIFY(!env.ui.isDirty());
        QTest::qWait(50);
        QCOMPARE(env.closed.count(), 2);
        env.ui.confirmClose(true); // not asked: nothing
        QCOMPARE(env.closed.count(), 2);
        QCOMPARE(env.errors.count(), 0);
    }

    // The options reach the flows (here a connection config param the form does not ask).
    void optionsReachTheFlow()
    {
        Env env;
        NangoAuthOptions o;
        o.setParam(QStringLiteral("extra"), QStringLiteral("from-options"));
        env.ui.setOptions(o);
        QVERIFY(env.openTo());
        QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
        QCOMPARE(env.ui.form()->options().params().value(QStringLiteral("extra")), QStringLiteral("from-options"));
        env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_options"));
        env.ui.submit();
        QVERIFY2(env.waitFor(Screen::Success), qPrintable(env.lastError()));
        QCOMPARE(env.server->connections().first().connectionConfig.value(QStringLiteral("extra")), QStringLiteral("from-options"));
    }

    // With NangoAuth::debug on, the Connect UI's trace names screens and URLs, never the token
    // or a typed secret.
    void noSecretInTheLog()
    {
        static QStringList lines;
        lines.clear();
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            lines << message;
        });
        QLoggingCategory::setFilterRules(QStringLiteral("nangoqt.core.debug=true"));
        {
            Env env;
            env.nango->setDebug(true);
            const QString token = env.nango->connectSessionToken();
            QVERIFY(env.openTo());
            env.ui.logos()->load(QUrl(env.server->url().toString() + QStringLiteral("/images/template-logos/none.svg?token=") + token));
            QVERIFY(QSignalSpy(env.ui.logos(), &NangoLogoCache::logoFailed).wait(Wait));
            QVERIFY(env.formOf(QStringLiteral("stripe-dev")));
            env.ui.form()->setValue(QStringLiteral("apiKey"), QStringLiteral("sk_test_secretvalue"));
            env.ui.submit();
            QVERIFY(env.waitFor(Screen::Success));
            env.ui.close();
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
            QVERIFY(lines.size() > 5);
            QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(QLatin1String("Connect UI:")); }));
            QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(QLatin1String("none.svg")); }));
            for (const QString &line : std::as_const(lines)) {
                QVERIFY2(!line.contains(token), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String("sk_test_secretvalue")), qPrintable(line));
            }
        }
        qInstallMessageHandler(previous);
    }

    // A model without a NangoAuth: the Error screen, no crash.
    void withoutAuth()
    {
        NangoConnectUIModel ui;
        QSignalSpy errors(&ui, &NangoConnectUIModel::errorOccurred);
        ui.open();
        QVERIFY(errors.wait(Wait));
        QCOMPARE(ui.screen(), Screen::Error);
        QCOMPARE(ui.errorType(), QString::fromLatin1(NangoErrorType::MissingConnectSessionToken));
    }
};

QTEST_GUILESS_MAIN(TestConnectUIModel)
#include "tst_connectuimodel.moc"
