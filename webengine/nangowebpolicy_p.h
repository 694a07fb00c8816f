// SPDX-License-Identifier: MIT
#pragma once

// The web policy of both authorization windows (the Widgets modal and the QML AuthWindow, and
// their popups): what they load, what they refuse and how a refusal is worded. Each face applies
// it to its own view's signals; the rules and the messages live here once.

#include <QString>
#include <QUrl>
#include <QWebEnginePage>

#include <optional>

class QLoggingCategory;
class QWebEngineCertificateError;
class QWebEngineNavigationRequest;

namespace NangoWebEngine {

/// Why an authorization window cannot go on: the flow ends with failed(type, message).
struct Refusal
{
    QString type; ///< a NangoErrorType
    QString message;
};

/// The only pages an authorization window shows: http(s), and about:blank (a popup's first page).
bool isWebUrl(const QUrl &url);

/// Whether a navigation to @p url may go ahead (isWebUrl()); a refused one is logged on
/// @p category (the face's own), scheme only (the URL may carry a token).
bool acceptNavigation(const QUrl &url, const QLoggingCategory &category);
/// acceptNavigation() for a view that asks with a QWebEngineNavigationRequest (the QML view):
/// rejects the request when the navigation is refused.
void filterNavigation(QWebEngineNavigationRequest *request, const QLoggingCategory &category);

/// A page asked the window to open @p url itself (NangoAuthDialog::openUrl(), AuthWindow's url):
/// nothing when it is a web page, else the blocked_by_browser refusal. Browser-initiated
/// javascript: URLs run in the page without a navigation request, and file: and custom schemes
/// have no place here.
std::optional<Refusal> openRefusal(const QUrl &url);

/// Refuses the certificate @p error reports (certificate errors are never overridden) and says
/// why: tls_error, naming the host and Chromium's description.
Refusal refuseCertificate(const QWebEngineCertificateError &error);

/// A renderer that crashed or was killed leaves a dead page: the blocked_by_browser refusal that
/// ends the flow at once rather than at its timeout. Nothing for a normal termination.
std::optional<Refusal> renderProcessRefusal(QWebEnginePage::RenderProcessTerminationStatus status, int exitCode);

} // namespace NangoWebEngine
