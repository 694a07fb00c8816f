// SPDX-License-Identifier: MIT
#pragma once

// How both authorization windows read the document a load ended on: Core needs its URL, HTTP
// status and text to end a flow that the Nango host answered with a JSON error document (or a
// 4xx callback page) instead of a result frame.

#include <QString>
#include <QUrl>

#include <optional>

class QVariant;
class QWebEngineLoadingInfo;

namespace NangoWebEngine {

/// A load that ended: what NangoAuthWindow::pageLoaded() reports besides the text.
struct FinishedLoad
{
    QUrl url;
    int httpStatus = 0; ///< 200 for a success without an HTTP status, 0 when unknown
};

/// The load @p info reports as ended (succeeded or failed), or nothing to read (a load that
/// starts, or was stopped).
std::optional<FinishedLoad> finishedLoad(const QWebEngineLoadingInfo &info);

/// The expression whose value is the loaded document's text (run it in the page): for a JSON
/// error document, the JSON itself.
QString pageTextScript();

/// The text pageTextScript() gave back (the runJavaScript() result), "" for none.
QString pageText(const QVariant &scriptResult);

} // namespace NangoWebEngine
