// SPDX-License-Identifier: MIT
#pragma once

// The hosted Connect UI's Core types QML sees (without Core depending on QtQml).

#include <NangoQt/NangoConnectUIOptions>
#include <NangoQt/NangoConnectUISession>

#include <QtQml/qqml.h>

/// What NangoAuth.openConnectUI() returns: setSessionToken(), close(), the signals ready,
/// connected(providerConfigKey, connectionId, isPending), errorOccurred(type, message), closed.
struct NangoConnectUISessionForeign
{
    Q_GADGET
    QML_FOREIGN(NangoConnectUISession)
    QML_NAMED_ELEMENT(ConnectUISession)
    QML_UNCREATABLE("A ConnectUISession is returned by NangoAuth.openConnectUI().")
};

/// The options a session was opened with (read-only in QML; openConnectUI() takes a plain object).
struct NangoConnectUIOptionsForeign
{
    Q_GADGET
    QML_FOREIGN(NangoConnectUIOptions)
    QML_VALUE_TYPE(connectUIOptions)
    QML_UNCREATABLE("Pass NangoAuth.openConnectUI() an object: {baseURL, apiURL, lang, theme, detectClosedAuthWindow}.")
};
