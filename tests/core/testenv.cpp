// SPDX-License-Identifier: MIT
#include "testenv.h"

#include <QTest>

using namespace NangoDev;

TestEnv::TestEnv(Era e, bool useSessionToken)
    : server(new NangoDevServer)
    , nango(new NangoAuth)
    , era(e)
{
    server->setEra(era);
    auto integration = [](const char *key, const char *mode, bool autoApprove = false) {
        Integration i;
        i.uniqueKey = QString::fromLatin1(key);
        i.provider = QStringLiteral("dev");
        i.authMode = QString::fromLatin1(mode);
        i.displayName = i.uniqueKey;
        i.scopes = QStringList{QStringLiteral("read"), QStringLiteral("write")};
        i.autoApprove = autoApprove;
        return i;
    };
    Integration broken = integration("broken-oauth", "OAUTH2");
    broken.hasClientCredentials = false;
    Integration checked = integration("checked-key", "API_KEY");
    checked.credentialsCheck = QStringLiteral("rejected-key");
    server->setIntegrations({integration("github", "OAUTH2"), integration("github-auto", "OAUTH2", true),
                             integration("stripe", "API_KEY"), integration("jira", "BASIC"),
                             integration("public-api", "NONE"), broken, checked});
    QString error;
    if (!server->listen(0, &error))
        qFatal("dev server: %s", qPrintable(error));

    nango->setHost(server->url());
    nango->setTimeout(8000);
    if (era == Era::Current && useSessionToken)
        nango->setConnectSessionToken(server->createConnectSession(QStringLiteral("end-user-1")));
    else
        nango->setPublicKey(server->publicKey());
    nango->setWindowFactory([this](NangoAuthFlow *) {
        auto *w = new FollowingWindow(windowAction);
        windows << w;
        records << w->record;
        return w;
    });
}

FlowResult::FlowResult(NangoAuthFlow *flow)
    : succeeded(flow, &NangoAuthFlow::succeeded)
    , failed(flow, &NangoAuthFlow::failed)
    , finished(flow, &NangoAuthFlow::finished)
{
}

bool FlowResult::wait(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (finished.isEmpty())
        return false;
    QTest::qWait(50); // a second terminal signal would show up here
    return true;
}
