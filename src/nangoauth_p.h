// SPDX-License-Identifier: MIT
#pragma once

#include "nangoauth.h"
#include "nangoauthsettings_p.h"

#include <QList>

class QNetworkAccessManager;

class NangoAuthPrivate
{
public:
    explicit NangoAuthPrivate(NangoAuth *q);

    /// auth() and create(): makes the flow with the current settings, tracks it, starts it.
    NangoAuthFlow *start(const NangoQtPrivate::NangoFlowRequest &request);
    /// A flow ended (its finished()): re-emits its result, forgets it.
    void onFlowFinished(NangoAuthFlow *flow);
    /// A flow is gone (deleted, finished or not): forgets it.
    void forget(NangoAuthFlow *flow);
    void updateBusy();
    void releaseRetiredNetworks();

    NangoAuth *const q;
    NangoQtPrivate::NangoAuthSettings settings;
    QNetworkAccessManager *network = nullptr;
    /// Managers replaced after a trust change, kept until the flows that may use them ended.
    QList<QNetworkAccessManager *> retiredNetworks;
    QList<NangoAuthFlow *> flows;
    bool busy = false;
};
