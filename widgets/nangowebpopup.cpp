// SPDX-License-Identifier: MIT
#include "nangowebpopup_p.h"

#include "nangoauthpage_p.h"
#include "nangowidgetslogging_p.h"

#include <QDialog>
#include <QVBoxLayout>
#include <QWebEngineView>

NangoQtPrivate::NangoWebPopup NangoQtPrivate::openWebPopup(QWidget *owner, QWebEngineProfile *profile, const QString &title,
                                                           const QString &viewName)
{
    auto *popup = new QDialog(owner);
    popup->setObjectName(QStringLiteral("nangoWebPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setWindowTitle(title);
    popup->setAccessibleName(title);
    auto *popupLayout = new QVBoxLayout(popup);
    popupLayout->setContentsMargins(0, 0, 0, 0);
    auto *popupView = new QWebEngineView(popup);
    popupView->setObjectName(QStringLiteral("popupView"));
    popupView->setAccessibleName(viewName);
    auto *popupPage = new NangoAuthPage(profile, lcNangoWidgets(), popupView);
    popupView->setPage(popupPage);
    popupLayout->addWidget(popupView);
    QObject::connect(popupPage, &QWebEnginePage::windowCloseRequested, popup, &QDialog::close);
    popup->resize(owner->size() * 0.9);
    popup->show();
    return {popup, popupPage};
}
