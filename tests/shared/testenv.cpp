// SPDX-License-Identifier: MIT
#include "testenv.h"

#include <QTest>

using namespace NangoDev;

namespace {

QList<Integration> coreIntegrations()
{
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
    return {integration("github", "OAUTH2"), integration("github-auto", "OAUTH2", true),
            integration("stripe", "API_KEY"), integration("jira", "BASIC"),
            integration("public-api", "NONE"), broken, checked};
}

DevServerEnv::Options coreOptions(bool useSessionToken)
{
    DevServerEnv::Options options;
    options.useSessionToken = useSessionToken;
    options.endUserId = QStringLiteral("end-user-1");
    options.timeoutMs = 8000;
    return options;
}

} // namespace

TestEnv::TestEnv(Era e, bool useSessionToken)
    : DevServerEnv(e, coreIntegrations(), coreOptions(useSessionToken))
{
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
