// SPDX-License-Identifier: MIT
#include "nangoauthpage_p.h"

#include "nangowebpolicy_p.h"

#include <QWebEngineCertificateError>

NangoAuthPage::NangoAuthPage(QWebEngineProfile *profile, const QLoggingCategory &category, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_category(category)
{
    connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
        const NangoWebEngine::Refusal refusal = NangoWebEngine::refuseCertificate(error);
        Q_EMIT refused(refusal.type, refusal.message);
    });
    connect(this, &QWebEnginePage::renderProcessTerminated, this, [this](RenderProcessTerminationStatus status, int exitCode) {
        if (const auto refusal = NangoWebEngine::renderProcessRefusal(status, exitCode))
            Q_EMIT refused(refusal->type, refusal->message);
    });
}

bool NangoAuthPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool)
{
    return NangoWebEngine::acceptNavigation(url, m_category);
}

QWebEnginePage *NangoAuthPage::createWindow(WebWindowType)
{
    return popupFactory ? popupFactory() : nullptr;
}
