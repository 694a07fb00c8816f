// SPDX-License-Identifier: MIT
#include "nangopagetext_p.h"

#include <QVariant>
#include <QWebEngineLoadingInfo>

std::optional<NangoWebEngine::FinishedLoad> NangoWebEngine::finishedLoad(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus || info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
        return std::nullopt;
    int status = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus ? 200 : 0;
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
        status = info.errorCode();
    return FinishedLoad{info.url(), status};
}

QString NangoWebEngine::pageTextScript()
{
    return QStringLiteral("document.body ? document.body.innerText : ''");
}

QString NangoWebEngine::pageText(const QVariant &scriptResult)
{
    return scriptResult.toString();
}
