// SPDX-License-Identifier: MIT
#include "nangoframe_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace NangoQtPrivate {

NangoFrame parseFrame(const QByteArray &text)
{
    NangoFrame frame;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return frame;

    const QJsonObject o = doc.object();
    const auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    frame.messageType = str("message_type");
    if (frame.messageType == QLatin1String("connection_ack")) {
        frame.type = NangoFrame::Ack;
        frame.wsClientId = str("ws_client_id");
    } else if (frame.messageType == QLatin1String("success")) {
        frame.type = NangoFrame::Success;
        frame.providerConfigKey = str("provider_config_key");
        frame.connectionId = str("connection_id");
        frame.isPending = o.value(QLatin1String("is_pending")).toBool(false);
    } else if (frame.messageType == QLatin1String("error")) {
        frame.type = NangoFrame::Error;
        frame.providerConfigKey = str("provider_config_key");
        frame.connectionId = str("connection_id");
        frame.errorType = str("error_type");
        frame.errorDescription = str("error_desc");
    } else {
        frame.type = NangoFrame::Unknown;
    }
    return frame;
}

} // namespace NangoQtPrivate
