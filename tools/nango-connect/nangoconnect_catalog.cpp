// SPDX-License-Identifier: MIT
#include "nangoconnect_catalog.h"

#include "nangoconnect_run.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoCatalog>
#include <NangoQt/NangoCredentialsFormModel>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

namespace NangoConnect {

namespace {

void printLine(FILE *to, const QString &text)
{
    std::fputs(text.toUtf8().constData(), to);
    std::fputc('\n', to);
    std::fflush(to);
}

/// Drops what is ours (`$keyOrder`) from what is printed.
QJsonValue clean(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = value.toMap();
        map.remove(QStringLiteral("$keyOrder"));
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), clean(it.value()));
        return o;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QJsonArray a;
        for (const QVariant &v : value.toList())
            a.append(clean(v));
        return a;
    }
    return QJsonValue::fromVariant(value);
}

QString pad(const QString &s, int width) { return s.leftJustified(width, QLatin1Char(' ')); }

QString table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells << (i + 1 < row.size() ? pad(row.at(i), widths.at(i)) : row.at(i));
        lines << cells.join(QStringLiteral("  "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString formText(const QVariantMap &provider)
{
    NangoCredentialsFormModel form;
    form.setSchema(provider);
    QStringList out;
    out << QStringLiteral("%1 — %2 (%3)")
               .arg(provider.value(QStringLiteral("name")).toString(), provider.value(QStringLiteral("display_name")).toString(),
                    provider.value(QStringLiteral("auth_mode")).toString());
    if (!form.docsUrl().isEmpty())
        out << QStringLiteral("Guide: %1").arg(form.docsUrl());
    const QList<NangoFormField> fields = form.fields();
    if (fields.isEmpty()) {
        out << QStringLiteral("Form: nothing to ask (connects at once, or through the OAuth window).");
        return out.join(QLatin1Char('\n'));
    }
    out << QStringLiteral("Form fields, in order:");
    QList<QStringList> rows{{QStringLiteral("#"), QStringLiteral("field"), QStringLiteral("goes in"), QStringLiteral("title"), QStringLiteral("rules")}};
    int n = 0;
    for (const NangoFormField &f : fields) {
        QStringList rules;
        rules << (f.isOptional() ? QStringLiteral("optional") : QStringLiteral("required"));
        if (f.isSecret())
            rules << QStringLiteral("secret");
        if (!f.options().isEmpty())
            rules << QStringLiteral("one of %1").arg(f.options().join(QLatin1Char('|')));
        if (!f.pattern().isEmpty())
            rules << QStringLiteral("pattern %1").arg(f.pattern());
        if (!f.format().isEmpty())
            rules << QStringLiteral("format %1").arg(f.format());
        if (!f.defaultValue().isEmpty())
            rules << QStringLiteral("default %1").arg(f.defaultValue());
        if (!f.visibleWhenField().isEmpty())
            rules << QStringLiteral("when %1=%2").arg(f.visibleWhenField(), f.visibleWhenEquals());
        if (!f.prefix().isEmpty() || !f.suffix().isEmpty())
            rules << QStringLiteral("shown as %1…%2").arg(f.prefix(), f.suffix());
        rows << QStringList{QString::number(++n), f.key(),
                            f.kind() == NangoFormField::ConnectionConfig ? QStringLiteral("params")
                            : f.kind() == NangoFormField::AssertionOption ? QStringLiteral("assertionOption")
                                                                          : QStringLiteral("credentials"),
                            f.title(), rules.join(QStringLiteral(", "))};
    }
    out << table(rows);
    return out.join(QLatin1Char('\n'));
}

} // namespace

bool wantsCatalog(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--catalog") || a.startsWith(QLatin1String("--catalog=")))
            return true;
    }
    return false;
}

int runCatalog(int argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog(QStringLiteral("catalog"), QStringLiteral("session|integrations|providers|providers/NAME"), QStringLiteral("what"));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("--catalog providers: only those matching"), QStringLiteral("text"));
    const QCommandLineOption host(QStringLiteral("host"), QString(), QStringLiteral("url"));
    const QCommandLineOption sessionToken(QStringLiteral("session-token"), QString(), QStringLiteral("token"));
    const QCommandLineOption tokenStdin(QStringLiteral("session-token-stdin"), QString());
    const QCommandLineOption caCert(QStringLiteral("ca-cert"), QString(), QStringLiteral("file"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("s"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Accept-Language (default: the locale's)"), QStringLiteral("xx"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption debug(QStringLiteral("debug"), QString());
    parser.addOptions({catalog, search, host, sessionToken, tokenStdin, caCert, timeout, language, json, debug});
    const bool asJson = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" (with --catalog)"), asJson);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("--catalog takes no integration"), asJson);
    const QString what = parser.value(catalog);
    QString providerName;
    if (what.startsWith(QLatin1String("providers/"))) {
        providerName = what.mid(10);
        if (providerName.isEmpty())
            return usageError(QStringLiteral("--catalog providers/NAME needs a provider name"), asJson);
    } else if (what != QLatin1String("session") && what != QLatin1String("integrations") && what != QLatin1String("providers")) {
        return usageError(QStringLiteral("--catalog takes session, integrations, providers or providers/NAME, got \"%1\"").arg(what), asJson);
    }
    if (parser.isSet(search) && what != QLatin1String("providers"))
        return usageError(QStringLiteral("--search goes with --catalog providers"), asJson);

    QString token = parser.isSet(sessionToken) ? parser.value(sessionToken) : qEnvironmentVariable("NANGO_CONNECT_SESSION_TOKEN");
    if (parser.isSet(tokenStdin)) {
        std::string line;
        std::getline(std::cin, line);
        token = QString::fromStdString(line).trimmed();
    }
    if (token.trimmed().isEmpty())
        return usageError(QStringLiteral("--catalog needs a connect session token: --session-token-stdin or $NANGO_CONNECT_SESSION_TOKEN "
                                         "(the catalog does not take public keys)"),
                          asJson);

    QCoreApplication app(argc, argv);
    if (parser.isSet(debug))
        QLoggingCategory::setFilterRules(QStringLiteral("nangoqt.*.debug=true"));
    else if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    NangoAuth nango;
    const QString hostValue = parser.isSet(host) ? parser.value(host) : qEnvironmentVariable("NANGO_HOST");
    if (!hostValue.isEmpty())
        nango.setHost(QUrl(hostValue));
    nango.setConnectSessionToken(token);
    nango.setDebug(parser.isSet(debug));
    if (parser.isSet(caCert) && !nango.addCaCertificates(parser.value(caCert)))
        return usageError(QStringLiteral("--ca-cert: no certificate in \"%1\"").arg(parser.value(caCert)), asJson);
    NangoCatalog cat(&nango);
    if (parser.isSet(language))
        cat.setLanguage(parser.value(language));
    if (parser.isSet(timeout))
        cat.setTimeout(int(parser.value(timeout).toDouble() * 1000));

    int exitCode = 1;
    int pending = 0;
    const auto done = [&](bool ok, const QString &type = QString(), const QString &message = QString()) {
        if (!ok) {
            if (asJson)
                printLine(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("type"), type},
                                                                              {QStringLiteral("message"), message}})
                                                        .toJson(QJsonDocument::Compact)));
            else
                printLine(stderr, QStringLiteral("Failed (%1): %2").arg(type, message));
            exitCode = 1;
            app.quit();
            return;
        }
        QJsonValue data;
        QString text;
        if (what == QLatin1String("session")) {
            const QVariantMap s = cat.session();
            data = clean(s);
            const QVariantMap user = s.value(QStringLiteral("endUser")).toMap();
            QList<QStringList> rows;
            rows << QStringList{QStringLiteral("End user:"), user.value(QStringLiteral("id")).toString()
                                    + (user.value(QStringLiteral("email")).toString().isEmpty() ? QString() : QStringLiteral(" <%1>").arg(user.value(QStringLiteral("email")).toString()))};
            const QStringList allowed = s.value(QStringLiteral("allowed_integrations")).toStringList();
            rows << QStringList{QStringLiteral("Allowed integrations:"), allowed.isEmpty() ? QStringLiteral("all") : allowed.join(QStringLiteral(", "))};
            rows << QStringList{QStringLiteral("WebSocket path:"), cat.websocketsPath().isEmpty() ? QStringLiteral("(not given)") : cat.websocketsPath()};
            rows << QStringList{QStringLiteral("Reconnect session:"), cat.isReconnecting() ? QStringLiteral("yes") : QStringLiteral("no")};
            const QVariantMap defaults = cat.integrationsConfigDefaults();
            for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
                rows << QStringList{QStringLiteral("Preset for %1:").arg(it.key()),
                                    QString::fromUtf8(QJsonDocument(clean(it.value()).toObject()).toJson(QJsonDocument::Compact))};
            text = table(rows);
        } else if (what == QLatin1String("integrations")) {
            data = clean(cat.integrations());
            QList<QStringList> rows{{QStringLiteral("integration"), QStringLiteral("provider"), QStringLiteral("auth mode"), QStringLiteral("name")}};
            for (const QVariant &v : cat.integrations()) {
                const QVariantMap m = v.toMap();
                const QString provider = m.value(QStringLiteral("provider")).toString();
                rows << QStringList{m.value(QStringLiteral("unique_key")).toString(), provider,
                                    cat.provider(provider).value(QStringLiteral("auth_mode")).toString(), m.value(QStringLiteral("display_name")).toString()};
            }
            text = table(rows);
        } else if (what == QLatin1String("providers")) {
            const QVariantList list = cat.providers(parser.value(search));
            data = clean(list);
            QList<QStringList> rows{{QStringLiteral("provider"), QStringLiteral("auth mode"), QStringLiteral("name")}};
            for (const QVariant &v : list) {
                const QVariantMap m = v.toMap();
                rows << QStringList{m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("auth_mode")).toString(),
                                    m.value(QStringLiteral("display_name")).toString()};
            }
            text = table(rows);
        } else {
            data = clean(cat.provider(providerName));
            text = formText(cat.provider(providerName));
        }
        if (asJson)
            printLine(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("data"), data}})
                                                    .toJson(QJsonDocument::Compact)));
        else
            printLine(stdout, text);
        exitCode = 0;
        app.quit();
    };
    QObject::connect(&cat, &NangoCatalog::failed, &app, [&](NangoCatalog::Request, const QString &, const QString &type, const QString &message) {
        if (exitCode == 1 && pending >= 0) {
            pending = -1; // one verdict
            done(false, type, message);
        }
    });
    QObject::connect(&cat, &NangoCatalog::loaded, &app, [&](NangoCatalog::Request request, const QString &) {
        if (pending < 0)
            return;
        if (what == QLatin1String("integrations") && request == NangoCatalog::Integrations) {
            // The auth mode of each integration is its provider's.
            for (const QVariant &v : cat.integrations()) {
                const QString provider = v.toMap().value(QStringLiteral("provider")).toString();
                if (!provider.isEmpty() && !cat.hasProvider(provider)) {
                    ++pending;
                    cat.loadProvider(provider);
                }
            }
        } else if (request == NangoCatalog::Provider && what == QLatin1String("integrations")) {
            --pending;
        }
        if (pending == 0) {
            pending = -1;
            done(true);
        }
    });
    QTimer::singleShot(0, &app, [&] {
        if (what == QLatin1String("session"))
            cat.loadSession();
        else if (what == QLatin1String("integrations"))
            cat.loadIntegrations();
        else if (what == QLatin1String("providers"))
            cat.loadProviders(parser.value(search));
        else
            cat.loadProvider(providerName);
    });
    app.exec();
    return exitCode;
}

} // namespace NangoConnect
