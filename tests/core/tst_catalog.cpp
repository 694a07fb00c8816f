// SPDX-License-Identifier: MIT
// NangoCatalog (issue 14 item 2): the four catalog endpoints with the Bearer session token and
// Accept-Language, the cache per token, 401 → the typed "session expired" error, network errors in
// the flows' words, cancellation, and NangoIntegrationsModel. Against a stand-in of the catalog
// endpoints on loopback (the shapes of spec §2) until the dev server serves them.
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoCredentialsFormModel>
#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoIntegrationsModel>

#include <QSignalSpy>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

#include "catalogstandin.h"
#include "devserverenv.h"
#include "testenv.h"

namespace {
struct Env
{
    Env()
    {
        nango.setHost(server.url());
        nango.setConnectSessionToken(CatalogStandIn::token());
        catalog.setAuth(&nango);
    }
    CatalogStandIn server;
    NangoAuth nango;
    NangoCatalog catalog;
};

/// Waits for the one loaded() or failed() of a load.
struct Outcome
{
    explicit Outcome(NangoCatalog *c)
        : loaded(c, &NangoCatalog::loaded)
        , failed(c, &NangoCatalog::failed)
    {
    }
    bool wait(int n = 1) { return QTest::qWaitFor([&] { return loaded.count() + failed.count() >= n; }, 10000); }
    QString type() const { return failed.isEmpty() ? QString() : failed.first().at(2).toString(); }
    QString message() const { return failed.isEmpty() ? QString() : failed.first().at(3).toString(); }
    QSignalSpy loaded;
    QSignalSpy failed;
};

/// A catalog server on loopback that can hold back its answers to a path: so a test orders two
/// replies that Qt would otherwise deliver in either order. Tokens other than fresh() are
/// answered 401 unknown_connect_session_token.
struct HoldingServer
{
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        QByteArray answer;
    };
    HoldingServer()
    {
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) { // GETs: no bodies
                        const QByteArray head = buffer->left(end);
                        buffer->remove(0, end + 4);
                        answer(socket, head);
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())); }
    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray path = lines.value(0).split(' ').value(1);
        QByteArray token;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                token = line.mid(14).trimmed().mid(7); // "Bearer "
        }
        sent << QString::fromUtf8(path) + u" "_s + QString::fromUtf8(token);
        QByteArray body;
        QByteArray status = "200 OK";
        if (token != fresh.toUtf8()) {
            status = "401 Unauthorized";
            body = R"({"error":{"code":"unknown_connect_session_token","message":"Unknown session token"}})";
        } else if (path == "/connect/session") {
            body = QJsonDocument(QJsonObject{{u"data"_s, session}}).toJson(QJsonDocument::Compact);
        } else if (path == "/integrations") {
            body = R"({"data":[{"unique_key":"posthog-dev","provider":"posthog","display_name":"PostHog"}]})";
        } else {
            status = "404 Not Found";
            body = R"({"error":{"code":"not_found","message":"Not found"}})";
        }
        const QByteArray reply = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        if (!holdPath.isEmpty() && path == holdPath && token != fresh.toUtf8()) {
            held << Pending{socket, reply};
            return;
        }
        socket->write(reply);
    }
    /// Sends the answers held back, in order.
    void release()
    {
        holdPath.clear();
        for (const Pending &p : std::exchange(held, {})) {
            if (p.socket)
                p.socket->write(p.answer);
        }
    }
    QTcpServer server;
    QString fresh = u"nango_connect_session_fresh"_s;
    QJsonObject session{{u"endUser"_s, QJsonObject{{u"id"_s, u"u"_s}}}};
    QByteArray holdPath;
    QList<Pending> held;
    QStringList sent; ///< "path token", in order
};
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionAndWebsocketsPath()
    {
        Env env;
        QSignalSpy path(&env.catalog, &NangoCatalog::websocketsPathChanged);
        Outcome outcome(&env.catalog);
        env.catalog.loadSession();
        QVERIFY(env.catalog.isBusy());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.failed.count(), 0);
        QCOMPARE(outcome.loaded.first().at(0).value<NangoCatalog::Request>(), NangoCatalog::Session);
        QVERIFY(env.catalog.hasSession());
        QCOMPARE(env.catalog.websocketsPath(), u"/ws"_s);
        QCOMPARE(path.count(), 1);
        QCOMPARE(env.catalog.integrationsConfigDefaults().value(u"posthog-dev"_s).toMap().value(u"connection_config"_s).toMap().value(u"subdomain"_s).toString(),
                 u"eu"_s);
        QCOMPARE(env.server.authorizations, QStringList{u"Bearer "_s + CatalogStandIn::token()});
        QCOMPARE(env.server.paths, QStringList{u"/connect/session"_s}); // the token never in the query
        QVERIFY(!env.catalog.isBusy());
    }

    void acceptLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("title");
        QTest::newRow("de") << u"de"_s << u"de, en;q=0.5"_s << u"Subdomäne"_s;
        QTest::newRow("en") << u"en"_s << u"en"_s << u"Subdomain"_s;
        QTest::newRow("the locale's") << QString() << QString() << QString();
    }
    void acceptLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, header);
        QFETCH(QString, title);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        Env env;
        env.catalog.setLanguage(language);
        Outcome outcome(&env.catalog);
        env.catalog.loadProvider(u"posthog"_s);
        QVERIFY(outcome.wait());
        const QString shown = env.catalog.language();
        QLocale::setDefault(before);
        QCOMPARE(env.server.languages.size(), 1);
        if (header.isEmpty()) {
            QCOMPARE(env.server.languages.first(), u"fr, en;q=0.5"_s);
            QCOMPARE(shown, u"fr"_s);
            return;
        }
        QCOMPARE(env.server.languages.first(), header);
        NangoCredentialsFormModel form;
        form.setSchema(env.catalog.provider(u"posthog"_s));
        QCOMPARE(form.field(u"subdomain"_s).title(), title);
    }

    void cachedPerToken()
    {
        Env env;
        Outcome first(&env.catalog);
        env.catalog.loadIntegrations();
        env.catalog.loadIntegrations(); // the same load on its way: one request, one answer each? one load
        QVERIFY(first.wait());
        QTest::qWait(50);
        QCOMPARE(env.server.requests, 1);
        QCOMPARE(env.catalog.integrations().size(), 2);

        Outcome again(&env.catalog);
        env.catalog.loadIntegrations(); // cached: answered later, without a request
        QCOMPARE(again.loaded.count(), 0);
        QVERIFY(again.wait());
        QCOMPARE(env.server.requests, 1);

        // Another token is another session: nothing cached for it.
        QSignalSpy changed(&env.catalog, &NangoCatalog::integrationsChanged);
        env.nango.setConnectSessionToken(u"nango_connect_session_other"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!env.catalog.hasIntegrations());
        QCOMPARE(env.catalog.integrationsModel()->rowCount(), 0);
        // Back to the first: its cache is still there.
        env.nango.setConnectSessionToken(CatalogStandIn::token());
        QVERIFY(env.catalog.hasIntegrations());
        env.catalog.clearCache();
        QVERIFY(!env.catalog.hasIntegrations());
    }

    void unknownTokenIsTyped()
    {
        Env env;
        env.nango.setConnectSessionToken(u"nango_connect_session_expired"_s);
        Outcome outcome(&env.catalog);
        env.catalog.loadSession();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.type(), u"unknown_connect_session_token"_s);
        QVERIFY2(outcome.message().contains(u"expired"_s) && outcome.message().contains(u"new one"_s), qPrintable(outcome.message()));
        QCOMPARE(env.catalog.errorType(), u"unknown_connect_session_token"_s);
        QVERIFY(!env.catalog.hasSession());
    }

    void unknownProvider()
    {
        Env env;
        Outcome outcome(&env.catalog);
        env.catalog.loadProvider(u"nope"_s);
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.type(), u"not_found"_s);
        QCOMPARE(outcome.failed.first().at(1).toString(), u"nope"_s);
    }

    void noSessionToken()
    {
        Env env;
        env.nango.setConnectSessionToken(QString());
        env.nango.setPublicKey(u"pk"_s);
        Outcome outcome(&env.catalog);
        env.catalog.loadSession();
        QCOMPARE(outcome.failed.count(), 0); // asynchronous, like every flow's
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.type(), QString::fromLatin1(NangoErrorType::MissingAuthToken));
        QCOMPARE(env.server.requests, 0);
    }

    void networkErrorInTheFlowsWords()
    {
        NangoAuth nango;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        nango.setHost(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        nango.setConnectSessionToken(CatalogStandIn::token());
        NangoCatalog catalog(&nango);
        Outcome outcome(&catalog);
        catalog.loadIntegrations();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.type(), QString::fromLatin1(NangoErrorType::NetworkError));
        QVERIFY2(outcome.message().contains(u"connection refused"_s), qPrintable(outcome.message()));
        QVERIFY(!outcome.message().contains(CatalogStandIn::token()));
    }

    void cancelAndTimeout()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        NangoAuth nango;
        nango.setHost(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        nango.setConnectSessionToken(CatalogStandIn::token());
        NangoCatalog catalog(&nango);
        {
            Outcome outcome(&catalog);
            catalog.loadSession();
            catalog.loadProvider(u"posthog"_s);
            QTRY_VERIFY(silent.hasPendingConnections() || catalog.isBusy());
            catalog.cancel();
            QCOMPARE(outcome.failed.count(), 2);
            QCOMPARE(outcome.type(), QString::fromLatin1(NangoErrorType::AuthorizationCancelled));
            QVERIFY(!catalog.isBusy());
            QTest::qWait(50);
            QCOMPARE(outcome.loaded.count() + outcome.failed.count(), 2); // exactly one ending each
        }
        catalog.setTimeout(300);
        Outcome outcome(&catalog);
        catalog.loadSession();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.type(), QString::fromLatin1(NangoErrorType::Timeout));
    }

    void integrationsModel()
    {
        Env env;
        NangoIntegrationsModel *model = env.catalog.integrationsModel();
        Outcome outcome(&env.catalog);
        env.catalog.load(); // session → integrations → their providers
        QVERIFY(outcome.wait(4));
        QCOMPARE(outcome.failed.count(), 0);
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex posthog = model->index(model->indexOf(u"posthog-dev"_s));
        QCOMPARE(posthog.data(Qt::DisplayRole).toString(), u"PostHog (dev)"_s);
        QCOMPARE(posthog.data(NangoIntegrationsModel::UniqueKeyRole).toString(), u"posthog-dev"_s);
        QCOMPARE(posthog.data(NangoIntegrationsModel::ProviderRole).toString(), u"posthog"_s);
        QCOMPARE(posthog.data(NangoIntegrationsModel::LogoUrlRole).toUrl(), env.server.url().resolved(QUrl(u"/images/template-logos/posthog.svg"_s)));
        QCOMPARE(posthog.data(NangoIntegrationsModel::AuthModeRole).value<NangoAuthMode::Mode>(), NangoAuthMode::ApiKey);
        const QModelIndex github = model->index(model->indexOf(u"github-dev"_s));
        QCOMPARE(github.data(NangoIntegrationsModel::AuthModeRole).value<NangoAuthMode::Mode>(), NangoAuthMode::OAuth2);
        QCOMPARE(github.data(NangoIntegrationsModel::LogoUrlRole).toUrl(), QUrl(u"https://cdn.example/github.svg"_s));
        const QHash<int, QByteArray> roles = model->roleNames();
        for (const char *name : {"uniqueKey", "displayName", "provider", "logoUrl", "authMode"})
            QVERIFY2(roles.values().contains(name), name);
        QCOMPARE(model->get(0).value(u"uniqueKey"_s).toString(), u"posthog-dev"_s);
    }

    void providersList()
    {
        Env env;
        Outcome outcome(&env.catalog);
        env.catalog.loadProviders();
        env.catalog.loadProviders(u"post hog"_s);
        QVERIFY(outcome.wait(2));
        QCOMPARE(env.catalog.providers().size(), 2);
        QCOMPARE(env.catalog.providers(u"post hog"_s).size(), 1);
        QVERIFY(env.server.paths.contains(u"/providers?search=post%20hog"_s));
    }

    /// The form model reads its schema from the catalog: integration, provider, session presets.
    void formFromTheCatalog()
    {
        Env env;
        NangoCredentialsFormModel form(NangoAuthMode::ApiKey, &env.nango);
        form.setCatalog(&env.catalog);
        form.setIntegrationId(u"posthog-dev"_s);
        QVERIFY(form.isLoading());
        QTRY_VERIFY(!form.isLoading());
        QVERIFY2(form.hasSchema(), qPrintable(form.errorText()));
        QCOMPARE(form.fieldNames(), QStringList{u"apiKey"_s}); // the subdomain is preset by the session
        QCOMPARE(form.paramsMap().value(u"subdomain"_s).toString(), u"eu"_s);
        QCOMPARE(form.displayName(), u"PostHog (dev)"_s);

        NangoCredentialsFormModel other(NangoAuthMode::ApiKey, &env.nango);
        other.setCatalog(&env.catalog);
        other.setIntegrationId(u"not-allowed"_s);
        QTRY_VERIFY(!other.isLoading());
        QVERIFY(other.errorText().contains(u"not-allowed"_s));
    }

    // A load answered 401 unknown_connect_session_token asks NangoAuth for a fresh token once,
    // retries once with it, and forgets the dead token's answers (dev server, issue 14 item 5).
    void refreshesAnExpiredToken()
    {
        DevServerEnv env(NangoDev::Era::Current, {});
        const QString dead = env.nango->connectSessionToken();
        int asked = 0;
        QString fresh;
        env.nango->setConnectSessionTokenProvider([&](const NangoAuth::TokenReply &reply) {
            ++asked;
            QVERIFY(!reply.isReconnect());
            fresh = env.server->createConnectSession(u"u"_s);
            QTimer::singleShot(10, env.nango.get(), [reply, fresh] { reply.setToken(fresh); }); // later, as a backend answers
        });
        NangoCatalog catalog(env.nango.get());
        {
            Outcome outcome(&catalog);
            catalog.loadIntegrations(); // cached under the token that will expire
            QVERIFY(outcome.wait());
            QCOMPARE(outcome.loaded.count(), 1);
        }
        env.server->expireConnectSession(dead);
        QSignalSpy refreshed(env.nango.get(), &NangoAuth::connectSessionTokenRefreshed);
        Outcome outcome(&catalog);
        catalog.loadSession();
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(outcome.message()));
        QCOMPARE(outcome.loaded.count(), 1);
        QCOMPARE(asked, 1);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().at(0).toBool(), true);
        QCOMPARE(env.nango->connectSessionToken(), fresh);
        QVERIFY(catalog.hasSession());
        QVERIFY(catalog.errorType().isEmpty());
        QTest::qWait(50);
        QCOMPARE(outcome.loaded.count() + outcome.failed.count(), 1); // one answer
        // The dead token's cache is gone.
        env.nango->setConnectSessionToken(dead);
        QVERIFY(!catalog.hasIntegrations());
    }

    void refreshesAtMostOnce_data()
    {
        QTest::addColumn<bool>("sameToken"); ///< the provider answers the dead token again, else a fresh one that is dead too
        QTest::addColumn<int>("requests");   ///< GET /connect/session sent
        QTest::newRow("provider gives the same dead token") << true << 1;
        QTest::newRow("provider gives a token that is refused too") << false << 2;
    }
    void refreshesAtMostOnce()
    {
        QFETCH(bool, sameToken);
        QFETCH(int, requests);
        DevServerEnv env(NangoDev::Era::Current, {});
        const QString dead = env.nango->connectSessionToken();
        env.server->expireConnectSession(dead);
        int asked = 0;
        env.nango->setConnectSessionTokenProvider([&](const NangoAuth::TokenReply &reply) {
            ++asked;
            QString token = dead;
            if (!sameToken) {
                token = env.server->createConnectSession(u"u"_s);
                env.server->expireConnectSession(token);
            }
            reply.setToken(token);
        });
        int sent = 0;
        connect(env.server.get(), &NangoDev::NangoDevServer::requestLogged, this, [&sent](const NangoDev::LoggedRequest &r) {
            if (r.path == u"/connect/session"_s)
                ++sent;
        });
        NangoCatalog catalog(env.nango.get());
        Outcome outcome(&catalog);
        catalog.loadSession();
        QVERIFY(outcome.wait());
        QTest::qWait(200); // nothing more comes: no loop
        QCOMPARE(outcome.loaded.count(), 0);
        QCOMPARE(outcome.failed.count(), 1);
        QCOMPARE(outcome.type(), QString::fromLatin1(NangoErrorType::UnknownConnectSessionToken));
        QVERIFY(!outcome.message().isEmpty());
        QCOMPARE(catalog.errorType(), QString::fromLatin1(NangoErrorType::UnknownConnectSessionToken));
        QCOMPARE(asked, 1);
        QCOMPARE(sent, requests);
        QVERIFY(!catalog.isBusy());
    }

    // Two loads sent at once with a token that expired (the Connect UI's first load): the first
    // 401 asks for a fresh token; an app that answers at once (inside the signal, or the
    // provider's call) has it set before the second 401 arrives. That 401 was for the old token:
    // it retries with the current one instead of asking again (once, no loop).
    void synchronousAnswerIsAskedOnce_data()
    {
        QTest::addColumn<bool>("provider"); ///< a token provider, else connectSessionTokenRequested()
        QTest::addColumn<bool>("refused");  ///< the fresh token is refused too
        QTest::newRow("signal") << false << false;
        QTest::newRow("provider") << true << false;
        QTest::newRow("signal, fresh token refused") << false << true;
        QTest::newRow("provider, fresh token refused") << true << true;
    }
    void synchronousAnswerIsAskedOnce()
    {
        QFETCH(bool, provider);
        QFETCH(bool, refused);
        HoldingServer server;
        server.holdPath = "/integrations"; // its 401 comes after the session's refresh ended
        NangoAuth nango;
        nango.setHost(server.url());
        nango.setConnectSessionToken(u"nango_connect_session_dead"_s);
        const QString fresh = refused ? u"nango_connect_session_refused"_s : server.fresh;
        int asked = 0;
        if (provider) {
            nango.setConnectSessionTokenProvider([&](const NangoAuth::TokenReply &reply) {
                ++asked;
                reply.setToken(fresh); // at once
            });
        } else {
            connect(&nango, &NangoAuth::connectSessionTokenRequested, this, [&] {
                ++asked;
                nango.setConnectSessionToken(fresh); // inside the signal
            });
        }
        NangoCatalog catalog(&nango);
        Outcome outcome(&catalog);
        QSignalSpy refreshed(&nango, &NangoAuth::connectSessionTokenRefreshed);
        catalog.loadSession();
        catalog.loadIntegrations();
        QVERIFY(QTest::qWaitFor([&] { return refreshed.count() >= 1 && server.held.size() == 1 && outcome.loaded.count() + outcome.failed.count() >= 1; }, 10000));
        QCOMPARE(asked, 1);
        server.release();
        QVERIFY(outcome.wait(2));
        QTest::qWait(100); // nothing more comes: no second request for a token, no loop
        QCOMPARE(asked, 1);
        QCOMPARE(refreshed.count(), 1);
        if (refused) {
            QCOMPARE(outcome.loaded.count(), 0);
            QCOMPARE(outcome.failed.count(), 2);
            for (const auto &f : std::as_const(outcome.failed))
                QCOMPARE(f.at(2).toString(), QString::fromLatin1(NangoErrorType::UnknownConnectSessionToken));
        } else {
            QVERIFY2(outcome.failed.isEmpty(), qPrintable(outcome.message()));
            QCOMPARE(outcome.loaded.count(), 2);
            QVERIFY(catalog.hasSession());
            QVERIFY(catalog.hasIntegrations());
        }
        // Each request went twice: with the dead token, then once with the fresh one.
        QCOMPARE(server.sent.size(), 4);
        QCOMPARE(server.sent.filter(u"/integrations "_s).size(), 2);
        QCOMPARE(server.sent.filter(fresh).size(), 2);
        QVERIFY(!catalog.isBusy());
    }

    // A reconnect session's token expires: the fresh one must be a reconnect session too (POST
    // /connect/sessions/reconnect). The catalog's refresh says so (TokenReply::isReconnect(), the
    // session's integration) when it loaded the dead token's session.
    void reconnectSessionRefreshIsAReconnect_data()
    {
        QTest::addColumn<bool>("reconnecting");
        QTest::newRow("reconnect session") << true;
        QTest::newRow("connect session") << false;
    }
    void reconnectSessionRefreshIsAReconnect()
    {
        QFETCH(bool, reconnecting);
        HoldingServer server;
        if (reconnecting) {
            server.session.insert(u"isReconnecting"_s, true);
            server.session.insert(u"allowed_integrations"_s, QJsonArray{u"posthog-dev"_s});
        }
        NangoAuth nango;
        nango.setHost(server.url());
        nango.setConnectSessionToken(server.fresh);
        QList<NangoAuth::TokenReply> replies;
        nango.setConnectSessionTokenProvider([&](const NangoAuth::TokenReply &reply) {
            replies << reply;
            QTimer::singleShot(10, &nango, [reply] { reply.setToken(u"nango_connect_session_second"_s); });
        });
        NangoCatalog catalog(&nango);
        {
            Outcome outcome(&catalog);
            catalog.loadSession();
            QVERIFY(outcome.wait());
            QVERIFY(outcome.failed.isEmpty());
            QCOMPARE(catalog.isReconnecting(), reconnecting);
        }
        server.fresh = u"nango_connect_session_second"_s; // the first one expired
        Outcome outcome(&catalog);
        catalog.loadIntegrations();
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(outcome.message()));
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().isReconnect(), reconnecting);
        QCOMPARE(replies.first().integrationId(), reconnecting ? u"posthog-dev"_s : QString());
        QCOMPARE(nango.connectSessionToken(), u"nango_connect_session_second"_s);
        QVERIFY(catalog.hasIntegrations());
    }

    void noRefreshWithoutAProvider()
    {
        DevServerEnv env(NangoDev::Era::Current, {});
        env.server->expireConnectSession(env.nango->connectSessionToken());
        NangoCatalog catalog(env.nango.get());
        Outcome outcome(&catalog);
        catalog.loadSession();
        QVERIFY(outcome.wait());
        QTest::qWait(50);
        QCOMPARE(outcome.failed.count(), 1);
        QCOMPARE(outcome.type(), QString::fromLatin1(NangoErrorType::UnknownConnectSessionToken));
    }

    // The session's websocketsPath (a self-hosted server on a custom path) reaches OAuth flows
    // through the catalog, unless the app set NangoAuth::websocketsPath itself (issue 14 item 2).
    void sessionWebsocketsPathReachesOAuthFlows()
    {
        TestEnv env(NangoDev::Era::Current);
        env.server->setWebSocketPath(u"/custom-ws"_s);
        QVERIFY(!env.nango->isWebsocketsPathSet());
        {
            // Without the session's path the flow cannot reach the WebSocket.
            FlowResult r(env.nango->auth(u"github-auto"_s));
            VERIFY_FAILED_WITH(r, NangoErrorType::WebSocketClosed);
        }
        NangoCatalog catalog(env.nango.get());
        QSignalSpy changed(env.nango.get(), &NangoAuth::websocketsPathChanged);
        Outcome outcome(&catalog);
        catalog.loadSession();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.loaded.count(), 1);
        QCOMPARE(catalog.websocketsPath(), u"/custom-ws"_s);
        QCOMPARE(env.nango->sessionWebsocketsPath(), u"/custom-ws"_s);
        QCOMPARE(env.nango->websocketsPath(), u"/custom-ws"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!env.nango->isWebsocketsPathSet());
        QCOMPARE(env.nango->webSocketUrl().path(), u"/custom-ws"_s);
        FlowResult r(env.nango->auth(u"github-auto"_s));
        VERIFY_SUCCEEDED(r);
        QCOMPARE(env.server->connections().size(), 1);
    }

    void appWebsocketsPathWins()
    {
        TestEnv env(NangoDev::Era::Current);
        env.server->setWebSocketPath(u"/custom-ws"_s);
        env.nango->setWebsocketsPath(u"/apps-own"_s);
        QVERIFY(env.nango->isWebsocketsPathSet());
        NangoCatalog catalog(env.nango.get());
        Outcome outcome(&catalog);
        catalog.loadSession();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.loaded.count(), 1);
        QCOMPARE(env.nango->sessionWebsocketsPath(), u"/custom-ws"_s);
        QCOMPARE(env.nango->websocketsPath(), u"/apps-own"_s); // the app's wins
        {
            FlowResult r(env.nango->auth(u"github-auto"_s));
            VERIFY_FAILED_WITH(r, NangoErrorType::WebSocketClosed);
            QVERIFY2(r.message().contains(u"/apps-own"_s), qPrintable(r.message()));
        }
        // Forgetting the app's own: the session's applies again.
        env.nango->resetWebsocketsPath();
        QVERIFY(!env.nango->isWebsocketsPathSet());
        QCOMPARE(env.nango->websocketsPath(), u"/custom-ws"_s);
        FlowResult r(env.nango->auth(u"github-auto"_s));
        VERIFY_SUCCEEDED(r);
        // Another host: its session names its own path; until then the default.
        env.nango->setHost(QUrl(u"http://127.0.0.1:1"_s));
        QVERIFY(env.nango->sessionWebsocketsPath().isEmpty());
        QCOMPARE(env.nango->websocketsPath(), u"/"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
