// SPDX-License-Identifier: MIT
#include "nangowebpolicy_p.h"

#include <NangoQt/NangoErrorTypes>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QWebEngineCertificateError>
#include <QWebEngineNavigationRequest>

bool NangoWebEngine::isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || url.toString() == QLatin1String("about:blank");
}

bool NangoWebEngine::acceptNavigation(const QUrl &url, const QLoggingCategory &category)
{
    if (isWebUrl(url))
        return true;
    qCInfo(category) << "Refused navigation to a" << url.scheme() << "URL";
    return false;
}

void NangoWebEngine::filterNavigation(QWebEngineNavigationRequest *request, const QLoggingCategory &category)
{
    if (request && !acceptNavigation(request->url(), category))
        request->reject();
}

std::optional<NangoWebEngine::Refusal> NangoWebEngine::openRefusal(const QUrl &url)
{
    if (isWebUrl(url))
        return std::nullopt;
    return Refusal{QString::fromLatin1(NangoErrorType::BlockedByBrowser),
                   QCoreApplication::translate("NangoWebEngine", "The authorization window only opens http(s) pages, not a %1: URL.").arg(url.scheme())};
}

NangoWebEngine::Refusal NangoWebEngine::refuseCertificate(const QWebEngineCertificateError &error)
{
    auto refused = error; // a handle on the same pending decision
    refused.rejectCertificate();
    return Refusal{QString::fromLatin1(NangoErrorType::TlsError),
                   QCoreApplication::translate("NangoWebEngine", "The certificate of %1 was refused: %2").arg(error.url().host(), error.description())};
}

std::optional<NangoWebEngine::Refusal> NangoWebEngine::renderProcessRefusal(QWebEnginePage::RenderProcessTerminationStatus status, int exitCode)
{
    if (status == QWebEnginePage::NormalTerminationStatus)
        return std::nullopt;
    // Whole sentences, so that every language can word them (Core's catalog, context NangoWebEngine).
    const QString message = status == QWebEnginePage::KilledTerminationStatus
        ? QCoreApplication::translate("NangoWebEngine", "The authorization page stopped: its browser process was killed (exit code %1).")
        : QCoreApplication::translate("NangoWebEngine", "The authorization page stopped: its browser process crashed (exit code %1).");
    return Refusal{QString::fromLatin1(NangoErrorType::BlockedByBrowser), message.arg(exitCode)};
}
