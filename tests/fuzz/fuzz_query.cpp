// SPDX-License-Identifier: MIT
// libFuzzer harness: the query builder (src/nangoquery_p, docs/protocol.md §3) must round-trip through the
// server's parser. The input is text, one field per line (the seed corpus is readable):
//   c<connection id>   k<public key>   s<session token>   h<hmac>   w<ws_client_id>
//   u<one user scope>  i<oauth client id override>        o<oauth client secret override>
//   p<key>\t<value>    (params)        a<key>\t<value>    (authorization params)
// The built query is decoded with QsModel (qs.parse as Express 4 runs it) and must give exactly
// the input back, and QUrl must take it unchanged (what QNetworkAccessManager would send).
//
// Keys that qs cannot carry inside params[...] whatever the encoding — empty, containing '[' or
// ']', "__proto__", or an array index 0..20 — are left out of the round trip (qs decodes a key
// before it splits brackets, and turns small indexes into arrays). Core refuses them up front
// (invalid_params, isCarriableParamKey()); this harness found them.
#include "nangoquery_p.h"
#include "nangovalidation_p.h"
#include "qsmodel.h"

#include <QJsonDocument>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using NangoQtPrivate::NangoQueryInput;

namespace {

/// Core's own rule (flows with such keys fail with invalid_params before any request): every key
/// it accepts must round-trip, so this harness also checks that the rule misses no case.
bool qsCanCarryKey(const QString &key)
{
    return NangoQtPrivate::isCarriableParamKey(QStringLiteral("params"), key, nullptr);
}

void fail(const char *what, const QByteArray &query, const QVariantMap &want, const QVariantMap &got)
{
    std::fprintf(stderr, "query round trip failed: %s\nquery: %s\nwant: %s\ngot:  %s\n", what, query.constData(),
                 QJsonDocument::fromVariant(want).toJson(QJsonDocument::Compact).constData(),
                 QJsonDocument::fromVariant(got).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString problem = QsModel::selfTest();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    NangoQueryInput in;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            continue;
        const QChar tag = line.at(0);
        const QString rest = line.mid(1);
        const qsizetype tab = rest.indexOf(QLatin1Char('\t'));
        const QString key = tab < 0 ? rest : rest.left(tab);
        const QString value = tab < 0 ? QString() : rest.mid(tab + 1);
        switch (tag.unicode()) {
        case 'c': in.connectionId = rest; break;
        case 'k': in.publicKey = rest; break;
        case 's': in.connectSessionToken = rest; break;
        case 'h': in.hmac = rest; break;
        case 'w': in.wsClientId = rest; break;
        case 'u': in.userScope << rest; break;
        case 'i': in.oauthClientIdOverride = rest; break;
        case 'o': in.oauthClientSecretOverride = rest; break;
        case 'p': if (qsCanCarryKey(key)) in.params.insert(key, value); break;
        case 'a': if (qsCanCarryKey(key)) in.authorizationParams.insert(key, value); break;
        default: break;
        }
    }
    if (in.params.size() + in.authorizationParams.size() > 900)
        return 0; // qs reads at most 1000 parameters; the server would cut the rest

    const QByteArray query = NangoQtPrivate::buildQuery(in);

    // What the server must read: docs/protocol.md §3's fields, each exactly as given.
    QVariantMap want;
    const auto put = [&want](const char *name, const QString &value) {
        if (!value.isEmpty())
            want.insert(QLatin1String(name), value);
    };
    put("connection_id", in.connectionId);
    put("public_key", in.publicKey);
    put("connect_session_token", in.connectSessionToken);
    put("hmac", in.hmac);
    put("ws_client_id", in.wsClientId);
    if (!in.userScope.isEmpty())
        want.insert(QStringLiteral("user_scope"), in.userScope.join(QLatin1Char(',')));
    const auto putMap = [&want](const char *name, const QMap<QString, QString> &map) {
        QVariantMap m;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            m.insert(it.key(), it.value());
        if (!m.isEmpty())
            want.insert(QLatin1String(name), m);
    };
    putMap("params", in.params);
    putMap("authorization_params", in.authorizationParams);
    QMap<QString, QString> credentials;
    if (!in.oauthClientIdOverride.isEmpty())
        credentials.insert(QStringLiteral("oauth_client_id_override"), in.oauthClientIdOverride);
    if (!in.oauthClientSecretOverride.isEmpty())
        credentials.insert(QStringLiteral("oauth_client_secret_override"), in.oauthClientSecretOverride);
    putMap("credentials", credentials);

    // The query is plain ASCII with no fragment: nothing a URL parser or proxy could reinterpret.
    for (const char c : query) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || c == '#' || c == '+')
            fail("a byte outside RFC 3986's safe set in the query", query, want, {});
    }
    const QVariantMap got = QsModel::parse(query);
    if (got != want)
        fail("qs reads something else", query, want, got);

    // buildUrl must keep the query byte for byte (QUrl strict mode, no re-encoding).
    const QUrl url = NangoQtPrivate::buildUrl(QUrl(QStringLiteral("https://api.nango.dev")),
                                              QByteArrayLiteral("/oauth/connect/github"), query);
    if (!url.isValid())
        fail("buildUrl made an invalid URL", query, want, got);
    if (!query.isEmpty() && url.query(QUrl::FullyEncoded).toLatin1() != query.mid(1))
        fail("QUrl changed the query", query, want, got);
    return 0;
}
