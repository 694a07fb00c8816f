// SPDX-License-Identifier: MIT
// A dev server on loopback and a NangoAuth pointed at it, and nothing more: no test window
// factory, so the NangoAuth opens the window the libraries it links give it (the real embedded
// modal in the Widgets tests). TestEnv (testenv.h) builds on it with the Core tests' integrations
// and their GUI-less window.
#pragma once

#include "nangodevserver.h"

#include <NangoQt/NangoAuth>

#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct DevServerEnv
{
    struct Options
    {
        /// In the current era, a connect session token for endUserId; otherwise (and always in
        /// the seed era) the server's public key.
        bool useSessionToken = true;
        QString endUserId = QStringLiteral("u");
        int timeoutMs = -1; ///< the NangoAuth's flow timeout; < 0 keeps its default
        /// Runs before the server listens (a TLS certificate, ...).
        std::function<void(NangoDev::NangoDevServer &)> beforeListen;
    };

    /// Starts the server on port 0 (a failure to listen is fatal: no test can run without it).
    DevServerEnv(NangoDev::Era era, const QList<NangoDev::Integration> &integrations, const Options &options);
    DevServerEnv(NangoDev::Era era, const QList<NangoDev::Integration> &integrations)
        : DevServerEnv(era, integrations, Options())
    {
    }

    std::unique_ptr<NangoDev::NangoDevServer> server;
    std::unique_ptr<NangoAuth> nango;
    NangoDev::Era era;
};

/// Options whose server has the sample integrations and catalog
/// (resources/devserver/integrations.sample.json: posthog-dev, stripe-dev, github-dev, …) before it
/// listens, so the connect session made for @p endUserId may connect all of them.
DevServerEnv::Options sampleOptions(const QString &endUserId = QStringLiteral("u"), int timeoutMs = 60000);

/// The dev server with the sample integrations and catalog, and a NangoAuth with a connect
/// session token for "u" and a 60 s flow timeout: what the Connect UI and catalog tests start from.
struct SampleEnv : DevServerEnv
{
    SampleEnv()
        : DevServerEnv(NangoDev::Era::Current, {}, sampleOptions())
    {
    }
};

/// The modal tests' OAuth integrations: "github" (scope "repo") and "github-auto", which the
/// fake provider approves without showing its Allow / Deny page.
QList<NangoDev::Integration> oauthIntegrations();
