// SPDX-License-Identifier: MIT
// Private: WebSocket frames of the OAuth branch (docs/protocol.md §5). Exported for autotests.
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QString>

namespace NangoQtPrivate {

struct NangoFrame
{
    enum Type {
        Invalid, ///< not a JSON object: the peer does not speak Nango's protocol
        Ack,     ///< connection_ack (wsClientId may be empty: an error for the caller)
        Success, ///< terminal
        Error,   ///< terminal
        Unknown, ///< any other message_type: ignored
    };
    Type type = Invalid;
    QString messageType;
    QString wsClientId;
    QString providerConfigKey;
    QString connectionId;
    bool isPending = false;
    QString errorType;
    QString errorDescription;
};

NANGOQT_CORE_TESTS_EXPORT NangoFrame parseFrame(const QByteArray &text);

} // namespace NangoQtPrivate
