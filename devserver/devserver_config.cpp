// SPDX-License-Identifier: MIT
// The integrations file: an array of integrations (the first format), or an object with the
// provider catalog and the integrations (devserver/README.md, "The integrations file").
#include "nangodevserver_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace NangoDev {

namespace {

/// The auth modes the dev server has an endpoint for (spec §1).
const QStringList Modes{QStringLiteral("OAUTH2"), QStringLiteral("OAUTH2_CC"), QStringLiteral("API_KEY"), QStringLiteral("BASIC"),
                        QStringLiteral("NONE"), QStringLiteral("TBA"), QStringLiteral("JWT"), QStringLiteral("TWO_STEP"),
                        QStringLiteral("BILL"), QStringLiteral("SIGNATURE"), QStringLiteral("AWS_SIGV4")};

/// The provider's definition with its alias's merged under it, as Nango reads providers.yaml.
QJsonObject resolvedProvider(const QJsonObject &providers, const QString &name, int depth = 0)
{
    QJsonObject p = providers.value(name).toObject();
    const QString alias = p.value(QStringLiteral("alias")).toString();
    if (alias.isEmpty() || depth > 4 || !providers.contains(alias))
        return p;
    QJsonObject base = resolvedProvider(providers, alias, depth + 1);
    for (auto it = p.begin(); it != p.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

bool readIntegration(const QJsonObject &o, const QJsonObject &providers, Integration *integ, QString *error)
{
    integ->uniqueKey = o.value(QStringLiteral("unique_key")).toString();
    integ->provider = o.value(QStringLiteral("provider")).toString();
    const QString providerMode = providers.value(integ->provider).toObject().value(QStringLiteral("auth_mode")).toString();
    integ->authMode = o.value(QStringLiteral("auth_mode")).toString(providerMode).toUpper();
    integ->displayName = o.value(QStringLiteral("display_name")).toString(
        providers.value(integ->provider).toObject().value(QStringLiteral("display_name")).toString(integ->uniqueKey));
    for (const QJsonValue &scope : o.value(QStringLiteral("scopes")).toArray())
        integ->scopes << scope.toString();
    const QJsonObject params = o.value(QStringLiteral("authorization_params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        integ->authorizationParams.insert(it.key(), it.value().toString());
    integ->autoApprove = o.value(QStringLiteral("auto_approve")).toBool(false);
    integ->hasClientCredentials = o.value(QStringLiteral("has_client_credentials")).toBool(true);
    integ->pkce = o.value(QStringLiteral("pkce")).toBool(true);
    integ->credentialsCheck = o.value(QStringLiteral("credentials_check")).toString();
    const QJsonObject preset = o.value(QStringLiteral("preconfigured_credentials")).toObject();
    for (auto it = preset.begin(); it != preset.end(); ++it)
        integ->preconfiguredCredentials.insert(it.key(), it.value().toString());
    integ->defaultRegion = o.value(QStringLiteral("default_region")).toString();
    integ->credentialsLabel = o.value(QStringLiteral("credentials_label")).toString();
    integ->forwardWebhooks = o.value(QStringLiteral("forward_webhooks")).toBool(true);
    if (integ->uniqueKey.isEmpty() || !isValidIntegrationKey(integ->uniqueKey)) {
        *error = QStringLiteral("has no valid unique_key");
        return false;
    }
    if (!Modes.contains(integ->authMode)) {
        *error = QStringLiteral("has an unsupported auth_mode \"%1\" (expected one of %2)").arg(integ->authMode, Modes.join(QStringLiteral(", ")));
        return false;
    }
    if (!providerMode.isEmpty() && providerMode != integ->authMode) {
        *error = QStringLiteral("has auth_mode \"%1\" but its provider \"%2\" uses %3").arg(integ->authMode, integ->provider, providerMode);
        return false;
    }
    return true;
}

} // namespace

bool parseIntegrationsFile(const QByteArray &json, const QString &fileName, QList<Integration> *integrations,
                           QJsonObject *providers, QString *errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = QStringLiteral("%1: %2 at offset %3").arg(fileName, parseError.errorString()).arg(parseError.offset);
        return false;
    }
    QJsonArray array;
    QJsonObject catalog;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject() && doc.object().value(QStringLiteral("integrations")).isArray()) {
        array = doc.object().value(QStringLiteral("integrations")).toArray();
        const QJsonObject given = doc.object().value(QStringLiteral("providers")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (!isValidIntegrationKey(it.key()) || !it.value().isObject()) {
                *errorMessage = QStringLiteral("%1: provider \"%2\" is not a valid name with a definition").arg(fileName, it.key());
                return false;
            }
        }
        for (auto it = given.begin(); it != given.end(); ++it)
            catalog.insert(it.key(), resolvedProvider(given, it.key()));
    } else {
        *errorMessage = QStringLiteral("%1: expected an array of integrations or an object with \"providers\" and \"integrations\"").arg(fileName);
        return false;
    }
    QList<Integration> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Integration integ;
        QString error;
        if (!readIntegration(array.at(i).toObject(), catalog, &integ, &error)) {
            *errorMessage = QStringLiteral("%1: entry %2 (\"%3\") %4").arg(fileName).arg(i).arg(integ.uniqueKey, error);
            return false;
        }
        list << integ;
    }
    *integrations = list;
    *providers = catalog;
    return true;
}

} // namespace NangoDev
