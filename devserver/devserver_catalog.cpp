// SPDX-License-Identifier: MIT
// What a frontend may read (spec §2): GET/DELETE /connect/session, GET /integrations,
// GET /providers[?search=], GET /providers/:provider in the language of Accept-Language, and the
// providers' logos at /images/template-logos/<provider>.svg.
#include "nangodevserver_p.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace NangoDev {

namespace {

const QStringList Languages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de")};

/// Nango's acceptLanguageMiddleware: the supported language of highest q, else English.
QString languageOf(const QByteArray &acceptLanguage)
{
    QString best = QStringLiteral("en");
    double bestQ = -1;
    const QList<QByteArray> tags = QByteArray(acceptLanguage).replace(' ', QByteArray()).split(',');
    for (const QByteArray &tag : tags) {
        const QList<QByteArray> parts = tag.split(';');
        const QString code = QString::fromLatin1(parts.first().split('-').first()).toLower();
        if (!Languages.contains(code))
            continue;
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts.at(i).startsWith("q="))
                q = parts.at(i).mid(2).toDouble();
        }
        if (q > bestQ) {
            best = code;
            bestQ = q;
        }
    }
    return best;
}

/// @p over merged into @p base, objects recursively (a translation replaces titles, not schemas).
QJsonObject merged(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject NangoDevServerPrivate::providerFor(const QString &name, const QString &lang) const
{
    QJsonObject p = providers.value(name).toObject();
    const QJsonObject translation = p.value(QStringLiteral("translations")).toObject().value(lang).toObject();
    p.remove(QStringLiteral("translations"));
    return merged(p, translation);
}

/// The catalog routes take an empty query (GET /providers: search only): a token in the query
/// is refused as any other key (400 invalid_query_params, zod's unrecognized_keys).
static bool requireQueryKeys(NangoDevServerPrivate *d, const Exchange &ex, const QStringList &allowed)
{
    QStringList extra;
    for (auto it = ex->query.cbegin(); it != ex->query.cend(); ++it) {
        if (!allowed.contains(it.key()))
            extra << it.key();
    }
    if (extra.isEmpty())
        return true;
    d->replyValidation(ex, QStringLiteral("invalid_query_params"), QStringLiteral("unrecognized_keys"),
                       QStringLiteral("Unrecognized key(s) in object: %1").arg(keysList(extra)), {});
    return false;
}

void NangoDevServerPrivate::handleGetConnectSession(const Exchange &ex)
{
    const BearerAuth auth = checkBearer(ex, true, false);
    if (!auth.ok || !requireQueryKeys(this, ex, {}))
        return;
    const ConnectSession &s = auth.session;
    QList<std::pair<QString, QJsonValue>> data;
    data.append({QStringLiteral("endUser"), QJsonObject{{QStringLiteral("id"), s.endUserId},
                                                         {QStringLiteral("display_name"), orNull(s.endUserDisplayName)},
                                                         {QStringLiteral("email"), orNull(s.endUserEmail)},
                                                         {QStringLiteral("tags"), QJsonValue::Null},
                                                         {QStringLiteral("organization"), QJsonValue::Null}}});
    const QJsonObject theme{{QStringLiteral("primary"), QStringLiteral("#00B2E3")}};
    data.append({QStringLiteral("connectUISettings"),
                 QJsonObject{{QStringLiteral("showWatermark"), true},
                             {QStringLiteral("defaultTheme"), QStringLiteral("system")},
                             {QStringLiteral("theme"), QJsonObject{{QStringLiteral("light"), theme}, {QStringLiteral("dark"), theme}}}}});
    if (!s.allowedIntegrations.isEmpty())
        data.append({QStringLiteral("allowed_integrations"), QJsonArray::fromStringList(s.allowedIntegrations)});
    if (!s.integrationsConfigDefaults.isEmpty()) {
        QJsonObject defaults; // without user_scopes, as Nango answers
        for (auto it = s.integrationsConfigDefaults.begin(); it != s.integrationsConfigDefaults.end(); ++it) {
            QJsonObject entry;
            const QJsonObject given = it.value().toObject();
            for (const char *k : {"connection_config", "authorization_params"}) {
                if (given.contains(QLatin1String(k)))
                    entry.insert(QLatin1String(k), given.value(QLatin1String(k)));
            }
            defaults.insert(it.key(), entry);
        }
        data.append({QStringLiteral("integrations_config_defaults"), defaults});
    }
    if (!s.reconnectConnectionId.isEmpty())
        data.append({QStringLiteral("isReconnecting"), true});
    data.append({QStringLiteral("websocketsPath"), webSocketPath}); // a self-hosted server: always
    replyJson(ex, 200, "{\"data\":" + orderedJson(data) + '}'); // the keys in Nango's order
}

void NangoDevServerPrivate::handleDeleteConnectSession(const Exchange &ex)
{
    const BearerAuth auth = checkBearer(ex, true, false);
    if (!auth.ok || !requireQueryKeys(this, ex, {}))
        return;
    sessions.remove(auth.session.token);
    reply(ex, 204, "application/json; charset=utf-8", QByteArray());
}

void NangoDevServerPrivate::handleListIntegrations(const Exchange &ex)
{
    const BearerAuth auth = checkBearer(ex, true, true);
    if (!auth.ok)
        return;
    const QStringList allowed = auth.session.allowedIntegrations;
    const QString created = QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC).toString(Qt::ISODateWithMs);
    QJsonArray data;
    for (const Integration &i : integrations) {
        if (!allowed.isEmpty() && !allowed.contains(i.uniqueKey))
            continue;
        QJsonObject o{{QStringLiteral("unique_key"), i.uniqueKey},
                      {QStringLiteral("provider"), i.provider},
                      {QStringLiteral("display_name"), i.displayName.isEmpty() ? i.uniqueKey : i.displayName},
                      {QStringLiteral("logo"), ex->origin + QStringLiteral("/images/template-logos/") + i.provider + QStringLiteral(".svg")},
                      {QStringLiteral("auth_mode"), i.authMode},
                      {QStringLiteral("scopes"), QJsonArray::fromStringList(i.scopes)},
                      {QStringLiteral("forward_webhooks"), i.forwardWebhooks},
                      {QStringLiteral("created_at"), created},
                      {QStringLiteral("updated_at"), created}};
        if (!i.credentialsLabel.isEmpty())
            o.insert(QStringLiteral("credentials_label"), QJsonObject{{QStringLiteral("apiKey"), i.credentialsLabel}});
        if (!i.preconfiguredCredentials.isEmpty())
            o.insert(QStringLiteral("preconfigured_credentials"), QJsonArray::fromStringList(i.preconfiguredCredentials.keys()));
        data.append(o);
    }
    replyJson(ex, 200, orderedJson({{"data", data}}));
}

void NangoDevServerPrivate::handleProviders(const Exchange &ex, const QString &name)
{
    const BearerAuth auth = checkBearer(ex, true, true);
    if (!auth.ok || !requireQueryKeys(this, ex, name.isNull() ? QStringList{QStringLiteral("search")} : QStringList{}))
        return;
    const QString lang = languageOf(ex->header("accept-language"));
    const auto entry = [&](const QString &provider) {
        QJsonObject p = providerFor(provider, lang);
        p.insert(QStringLiteral("name"), provider);
        p.insert(QStringLiteral("logo_url"), ex->origin + QStringLiteral("/images/template-logos/") + provider + QStringLiteral(".svg"));
        return p;
    };
    if (!name.isNull()) {
        if (!isValidIntegrationKey(name)) {
            replyValidation(ex, QStringLiteral("invalid_uri_params"), QStringLiteral("invalid_string"), QStringLiteral("Invalid"),
                            {QStringLiteral("provider")});
            return;
        }
        if (!providers.contains(name)) {
            replyError(ex, 404, QStringLiteral("not_found"), QStringLiteral("Unknown provider %1").arg(name));
            return;
        }
        replyJson(ex, 200, orderedJson({{"data", entry(name)}}));
        return;
    }
    const QVariant search = ex->query.value(QStringLiteral("search"));
    if (search.isValid() && (search.typeId() != QMetaType::QString || !isValidIntegrationKey(search.toString()))) {
        replyValidation(ex, QStringLiteral("invalid_query_params"), QStringLiteral("invalid_string"), QStringLiteral("Invalid"),
                        {QStringLiteral("search")});
        return;
    }
    const QRegularExpression filter(search.toString(), QRegularExpression::CaseInsensitiveOption);
    QJsonArray data;
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        if (search.isValid() && !filter.match(it.key()).hasMatch())
            continue;
        data.append(entry(it.key()));
    }
    replyJson(ex, 200, orderedJson({{"data", data}}));
}

void NangoDevServerPrivate::handleLogo(const Exchange &ex, const QString &file)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9-]+\\.svg$"));
    QFile svg(QStringLiteral(":/nangoqt-devserver/logos/") + file);
    if (!name.match(file).hasMatch() || !svg.open(QIODevice::ReadOnly)) {
        notFound(ex);
        return;
    }
    reply(ex, 200, "image/svg+xml", svg.readAll());
}

} // namespace NangoDev
