// SPDX-License-Identifier: MIT
#pragma once

// Core types QML sees without Core depending on QtQml.

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoAuthMode>
#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoConnectAction>
#include <NangoQt/NangoConnectUIModel>
#include <NangoQt/NangoCredentialsFormModel>
#include <NangoQt/NangoIntegrationsModel>
#include <NangoQt/NangoLogoCache>

#include <QtQml/qqml.h>

struct NangoAuthFlowForeign
{
    Q_GADGET
    QML_FOREIGN(NangoAuthFlow)
    QML_NAMED_ELEMENT(AuthFlow)
    QML_UNCREATABLE("An AuthFlow is returned by NangoAuth.auth() and NangoAuth.create().")
};

/// `AuthMode.OAuth2`, `AuthMode.ApiKey`, `AuthMode.Basic`, `AuthMode.None`, `AuthMode.Unknown`.
namespace NangoAuthModeForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(NangoAuthMode)
QML_NAMED_ELEMENT(AuthMode)
} // namespace NangoAuthModeForeign

/// The model of ApiKeyForm and BasicAuthForm (Core's NangoCredentialsFormModel).
struct NangoCredentialsFormModelForeign
{
    Q_GADGET
    QML_FOREIGN(NangoCredentialsFormModel)
    QML_NAMED_ELEMENT(CredentialsFormModel)
};

/// The model of ConnectButton (Core's NangoConnectAction).
struct NangoConnectActionForeign
{
    Q_GADGET
    QML_FOREIGN(NangoConnectAction)
    QML_NAMED_ELEMENT(ConnectAction)
};

/// What the session may connect (Core's NangoCatalog).
struct NangoCatalogForeign
{
    Q_GADGET
    QML_FOREIGN(NangoCatalog)
    QML_NAMED_ELEMENT(Catalog)
};

/// The integrations of a catalog as a list model (Core's NangoIntegrationsModel).
struct NangoIntegrationsModelForeign
{
    Q_GADGET
    QML_FOREIGN(NangoIntegrationsModel)
    QML_NAMED_ELEMENT(IntegrationsModel)
};

/// The native Connect UI's screen flow (Core's NangoConnectUIModel): the model ConnectUI views.
struct NangoConnectUIModelForeign
{
    Q_GADGET
    QML_FOREIGN(NangoConnectUIModel)
    QML_NAMED_ELEMENT(ConnectUIModel)
};

/// The integrations' logos as bytes (Core's NangoLogoCache); QML shows them through LogoImages.
struct NangoLogoCacheForeign
{
    Q_GADGET
    QML_FOREIGN(NangoLogoCache)
    QML_NAMED_ELEMENT(LogoCache)
};
