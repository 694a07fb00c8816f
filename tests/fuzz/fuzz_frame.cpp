// SPDX-License-Identifier: MIT
// libFuzzer harness: the WebSocket frame parser (src/nangoframe_p, docs/protocol.md §5). Any text frame a
// server or a proxy could send: no crash, no UB, and a result that is consistent with itself.
#include "nangoframe_p.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

using NangoQtPrivate::NangoFrame;

namespace {
void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "frame parser invariant broken: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const NangoFrame f = NangoQtPrivate::parseFrame(text);
    const bool isObject = QJsonDocument::fromJson(text).isObject();
    check((f.type == NangoFrame::Invalid) == !isObject, "Invalid exactly when the text is not a JSON object");
    switch (f.type) {
    case NangoFrame::Invalid:
        check(f.messageType.isEmpty() && f.wsClientId.isEmpty() && f.providerConfigKey.isEmpty()
                  && f.connectionId.isEmpty() && !f.isPending && f.errorType.isEmpty() && f.errorDescription.isEmpty(),
              "an invalid frame carries nothing");
        break;
    case NangoFrame::Ack:
        check(f.messageType == QLatin1String("connection_ack"), "ack type");
        check(f.providerConfigKey.isEmpty() && f.connectionId.isEmpty() && f.errorType.isEmpty(), "ack fields");
        break;
    case NangoFrame::Success:
        check(f.messageType == QLatin1String("success"), "success type");
        check(f.wsClientId.isEmpty() && f.errorType.isEmpty() && f.errorDescription.isEmpty(), "success fields");
        break;
    case NangoFrame::Error:
        check(f.messageType == QLatin1String("error"), "error type");
        check(f.wsClientId.isEmpty() && !f.isPending, "error fields");
        break;
    case NangoFrame::Unknown:
        check(f.messageType != QLatin1String("connection_ack") && f.messageType != QLatin1String("success")
                  && f.messageType != QLatin1String("error"),
              "unknown type");
        check(f.wsClientId.isEmpty() && f.connectionId.isEmpty() && f.errorType.isEmpty(), "unknown fields");
        break;
    }
    return 0;
}
