// SPDX-License-Identifier: MIT
// The imitation of Nango's hosted Connect UI (spec §4 of shared/spec/nango-current.md): GET /connect
// (and /connect/) serves the page its connect_link points to, /connect/assets/<file> its script and
// style sheet, all compiled in from resources/devserver/connect-ui/. The page itself speaks the
// message protocol and calls the API (devserver/README.md, "Connect UI").
#include "nangodevserver_p.h"

#include <QFile>

namespace NangoDev {

namespace {
QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/nangoqt-devserver/connect-ui/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}
} // namespace

bool NangoDevServerPrivate::handleConnectUI(const Exchange &ex, const QString &asset)
{
    if (asset.isNull()) {
        QByteArray html = resource(QStringLiteral("index.html"));
        if (html.isEmpty())
            return false;
        html.replace("@NEVER_READY@", faults.connectUiNeverReady ? "true" : "false");
        reply(ex, 200, "text/html; charset=utf-8", html);
        return true;
    }
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("connect-ui.js"), QByteArrayLiteral("text/javascript; charset=utf-8")},
        {QStringLiteral("connect-ui.css"), QByteArrayLiteral("text/css; charset=utf-8")}};
    const auto type = types.constFind(asset);
    if (type == types.constEnd())
        return false;
    const QByteArray body = resource(asset);
    if (body.isEmpty())
        return false;
    reply(ex, 200, type.value(), body);
    return true;
}

void NangoDevServerPrivate::handlePreflight(const Exchange &ex)
{
    // What Nango's publicAPICorsHandler (the `cors` package, origin '*') answers to a preflight.
    QByteArray headers = ex->header("access-control-request-headers");
    if (headers.isEmpty())
        headers = "Authorization, Content-Type, Accept, Accept-Language, Origin, X-Requested-With";
    reply(ex, 204, "text/plain", QByteArray(),
          {{"Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE"},
           {"Access-Control-Allow-Headers", headers},
           {"Access-Control-Max-Age", "600"},
           {"Vary", "Access-Control-Request-Headers"}});
}

} // namespace NangoDev
