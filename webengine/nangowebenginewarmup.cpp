// SPDX-License-Identifier: MIT
#include "nangowebenginewarmup_p.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWebEnginePage>

namespace {
QPointer<QWebEnginePage> s_warmPage;

void releaseWarmPage()
{
    // Pages must go before the profile that WebEngine tears down with the application.
    delete s_warmPage.data();
}
} // namespace

void NangoWebEngine::warmUp()
{
    if (s_warmPage)
        return;
    s_warmPage = new QWebEnginePage;
    s_warmPage->setHtml(QStringLiteral("<html></html>"));
    qAddPostRoutine(releaseWarmPage);
}
