// SPDX-License-Identifier: MIT
#include "nangowebpolicy_p.h"

#include <NangoQt/NangoErrorTypes>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QWebEngineCertificateError>
#include <QWebEngineNavigationRequest>

namespace {
QString translated(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("NangoWebEngine", text, disambiguation);
}
} // namespace

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
                   translated("The authorization window only opens http(s) pages, not a %1: URL.").arg(url.scheme())};
}

NangoWebEngine::Refusal NangoWebEngine::refuseCertificate(const QWebEngineCertificateError &error)
{
    auto refused = error; // a handle on the same pending decision
    refused.rejectCertificate();
    return Refusal{QString::fromLatin1(NangoErrorType::TlsError),
                   translated("The certificate of %1 was refused: %2").arg(error.url().host(), error.description())};
}

std::optional<NangoWebEngine::Refusal> NangoWebEngine::renderProcessRefusal(QWebEnginePage::RenderProcessTerminationStatus status, int exitCode)
{
    if (status == QWebEnginePage::NormalTerminationStatus)
        return std::nullopt;
    const QString how = status == QWebEnginePage::KilledTerminationStatus
        ? translated("was killed", "@info the renderer process")
        : translated("crashed", "@info the renderer process");
    return Refusal{QString::fromLatin1(NangoErrorType::BlockedByBrowser),
                   translated("The authorization page stopped: its browser process %1 (exit code %2).").arg(how).arg(exitCode)};
}
