// SPDX-License-Identifier: MIT
#include "nangoquickwebpolicy_p.h"

#include "nangopagetext_p.h"
#include "nangoquicklogging_p.h"
#include "nangowebpolicy_p.h"

#include <QClipboard>
#include <QGuiApplication>

QString NangoQuickWebPolicy::pageTextScript() const
{
    return NangoWebEngine::pageTextScript();
}

bool NangoQuickWebPolicy::openable(const QUrl &url)
{
    const auto refusal = NangoWebEngine::openRefusal(url);
    if (refusal)
        Q_EMIT refused(refusal->type, refusal->message);
    return !refusal;
}

void NangoQuickWebPolicy::filterNavigation(QWebEngineNavigationRequest *request) const
{
    NangoWebEngine::filterNavigation(request, lcNangoQuick());
}

void NangoQuickWebPolicy::refuseCertificate(const QWebEngineCertificateError &error)
{
    const NangoWebEngine::Refusal refusal = NangoWebEngine::refuseCertificate(error);
    Q_EMIT refused(refusal.type, refusal.message);
}

void NangoQuickWebPolicy::renderProcessTerminated(int terminationStatus, int exitCode)
{
    // WebEngineView's RenderProcessTerminationStatus has QWebEnginePage's values.
    const auto status = static_cast<QWebEnginePage::RenderProcessTerminationStatus>(terminationStatus);
    if (const auto refusal = NangoWebEngine::renderProcessRefusal(status, exitCode))
        Q_EMIT refused(refusal->type, refusal->message);
}

QVariant NangoQuickWebPolicy::finishedLoad(const QWebEngineLoadingInfo &info) const
{
    const auto load = NangoWebEngine::finishedLoad(info);
    if (!load)
        return {};
    return QVariantMap{{QStringLiteral("url"), load->url}, {QStringLiteral("httpStatus"), load->httpStatus}};
}

QString NangoQuickWebPolicy::pageText(const QVariant &scriptResult) const
{
    return NangoWebEngine::pageText(scriptResult);
}

void NangoQuickWebPolicy::closeQuietly()
{
    m_closeReport.closeQuietly();
}

void NangoQuickWebPolicy::reportUserClose()
{
    if (m_closeReport.takeUserClose())
        Q_EMIT userClosed();
}

void NangoQuickWebPolicy::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}
