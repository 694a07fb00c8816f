// SPDX-License-Identifier: MIT
// A stand-in of Nango's catalog endpoints (spec §2) on loopback for the catalog tests: GET
// /connect/session, /integrations, /providers[?search=], /providers/:p with the Bearer token
// (401 unknown_connect_session_token otherwise), answering "de" titles for Accept-Language: de.
// It records what it was asked. (The dev server serves these too once its catalog lands.)
#pragma once

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

inline QByteArray catalogFixture(const char *name)
{
    QFile f(QStringLiteral(NANGOQT_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

/// GET /connect/session, /integrations, /providers[/:p] as spec §2 describes them.
struct CatalogStandIn
{
    static QString token() { return QStringLiteral("nango_connect_session_test"); }
    CatalogStandIn()
    {
        const auto guard = [this](const QHttpServerRequest &request, const std::function<QHttpServerResponse()> &answer) {
            ++requests;
            paths << request.url().path() + (request.url().hasQuery() ? u"?"_s + request.url().query(QUrl::FullyEncoded) : QString());
            authorizations << QString::fromUtf8(request.value("Authorization"));
            languages << QString::fromUtf8(request.value("Accept-Language"));
            if (request.value("Authorization") != "Bearer " + token().toUtf8())
                return QHttpServerResponse(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"unknown_connect_session_token"_s}}}},
                                           QHttpServerResponse::StatusCode::Unauthorized);
            return answer();
        };
        server.route(u"/connect/session"_s, [guard](const QHttpServerRequest &r) {
            return guard(r, [] {
                return QHttpServerResponse(QJsonObject{{u"data"_s, QJsonObject{
                    {u"endUser"_s, QJsonObject{{u"id"_s, u"u"_s}}},
                    {u"integrations_config_defaults"_s, QJsonObject{{u"posthog-dev"_s, QJsonObject{{u"connection_config"_s, QJsonObject{{u"subdomain"_s, u"eu"_s}}}}}}},
                    {u"websocketsPath"_s, u"/ws"_s}}}});
            });
        });
        server.route(u"/integrations"_s, [guard](const QHttpServerRequest &r) {
            return guard(r, [] {
                return QHttpServerResponse(QJsonObject{{u"data"_s, QJsonArray{
                    QJsonObject{{u"unique_key"_s, u"posthog-dev"_s}, {u"provider"_s, u"posthog"_s}, {u"display_name"_s, u"PostHog (dev)"_s},
                                {u"logo"_s, u"/images/template-logos/posthog.svg"_s}},
                    QJsonObject{{u"unique_key"_s, u"github-dev"_s}, {u"provider"_s, u"github"_s}, {u"display_name"_s, u"GitHub"_s},
                                {u"logo"_s, u"https://cdn.example/github.svg"_s}}}}});
            });
        });
        server.route(u"/providers"_s, [guard](const QHttpServerRequest &r) {
            return guard(r, [&r] {
                QJsonArray list{QJsonObject{{u"name"_s, u"posthog"_s}, {u"auth_mode"_s, u"API_KEY"_s}}};
                if (!r.url().hasQuery())
                    list << QJsonObject{{u"name"_s, u"github"_s}, {u"auth_mode"_s, u"OAUTH2"_s}};
                return QHttpServerResponse(QJsonObject{{u"data"_s, list}});
            });
        });
        server.route(u"/providers/<arg>"_s, [guard](const QString &name, const QHttpServerRequest &r) {
            return guard(r, [name, &r] {
                if (name == u"posthog"_s) {
                    QByteArray body = catalogFixture("provider-posthog.json");
                    if (r.value("Accept-Language").startsWith("de"))
                        body.replace("\"Subdomain\"", "\"Subdomäne\"");
                    return QHttpServerResponse("application/json", body);
                }
                if (name == u"github"_s)
                    return QHttpServerResponse(QJsonObject{{u"data"_s, QJsonObject{{u"name"_s, u"github"_s}, {u"auth_mode"_s, u"OAUTH2"_s}}}});
                return QHttpServerResponse(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"not_found"_s}, {u"message"_s, u"Unknown provider "_s + name}}}},
                                           QHttpServerResponse::StatusCode::NotFound);
            });
        });
        port = server.listen(QHostAddress::LocalHost, 0);
        if (!port)
            qFatal("the catalog stand-in could not listen");
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }
    QHttpServer server;
    quint16 port = 0;
    int requests = 0;
    QStringList paths;
    QStringList authorizations;
    QStringList languages;
};

