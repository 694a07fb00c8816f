// SPDX-License-Identifier: MIT
#pragma once

class NangoAuthPage;
class QDialog;
class QString;
class QWebEngineProfile;
class QWidget;

namespace NangoQtPrivate {

/// A window a page opened (window.open) in one of the Widgets face's web windows.
struct NangoWebPopup
{
    QDialog *dialog = nullptr; ///< a child of the owner, deleted when it closes
    NangoAuthPage *page = nullptr; ///< the page WebEngine navigates (return it from createWindow)
};

/**
 * Makes and shows the popup window for a page's window.open() in @p owner (the OAuth modal, the
 * hosted Connect UI dialog): a child dialog, 0.9 × the owner's size, titled @p title, with a web
 * view on the owner's @p profile (so the same cookies, and WebEngine keeps the opener) under the
 * same web policy (NangoAuthPage); the page's window.close() closes it. The caller decides what
 * its refusals and Escape mean.
 */
NangoWebPopup openWebPopup(QWidget *owner, QWebEngineProfile *profile, const QString &title, const QString &viewName);

} // namespace NangoQtPrivate
