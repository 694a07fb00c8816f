// SPDX-License-Identifier: MIT
#pragma once

// Core types QML sees without Core depending on QtQml.

#include <NangoQt/NangoAuthFlow>

#include <QtQml/qqml.h>

struct NangoAuthFlowForeign
{
    Q_GADGET
    QML_FOREIGN(NangoAuthFlow)
    QML_NAMED_ELEMENT(AuthFlow)
    QML_UNCREATABLE("An AuthFlow is returned by NangoAuth.auth() and NangoAuth.create().")
};
