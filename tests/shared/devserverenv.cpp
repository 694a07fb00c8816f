// SPDX-License-Identifier: MIT
#include "devserverenv.h"

using namespace NangoDev;

DevServerEnv::DevServerEnv(Era e, const QList<Integration> &integrations, const Options &options)
    : server(new NangoDevServer)
    , nango(new NangoAuth)
    , era(e)
{
    server->setEra(era);
    server->setIntegrations(integrations);
    if (options.beforeListen)
        options.beforeListen(*server);
    QString error;
    if (!server->listen(0, &error))
        qFatal("dev server: %s", qPrintable(error));

    nango->setHost(server->url());
    if (options.timeoutMs >= 0)
        nango->setTimeout(options.timeoutMs);
    if (era == Era::Current && options.useSessionToken)
        nango->setConnectSessionToken(server->createConnectSession(options.endUserId));
    else
        nango->setPublicKey(server->publicKey());
}

QList<Integration> oauthIntegrations()
{
    Integration github;
    github.uniqueKey = QStringLiteral("github");
    github.provider = QStringLiteral("dev");
    github.authMode = QStringLiteral("OAUTH2");
    github.scopes = {QStringLiteral("repo")};
    Integration autoApprove = github;
    autoApprove.uniqueKey = QStringLiteral("github-auto");
    autoApprove.autoApprove = true;
    return {github, autoApprove};
}

DevServerEnv::Options sampleOptions(const QString &endUserId, int timeoutMs)
{
    DevServerEnv::Options o;
    o.endUserId = endUserId;
    o.timeoutMs = timeoutMs;
    o.beforeListen = [](NangoDevServer &server) {
        QString error;
        if (!server.loadIntegrations(NangoDevServer::sampleIntegrationsFile(), &error))
            qFatal("sample integrations: %s", qPrintable(error));
    };
    return o;
}
