// SPDX-License-Identifier: MIT
#pragma once

#include "nangoclosereport_p.h"

#include <QObject>
#include <QUrl>
#include <QVariant>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNavigationRequest>
#include <QtQml/qqml.h>

/**
 * `WebPolicy`, internal to the module: the shared web policy of the authorization window
 * (nangowebpolicy_p.h, the same rules and messages as the Widgets modal) for AuthWindow.qml and
 * AuthPopup.qml. Each AuthWindow has one; its view and its popups' views hand it what their
 * signals pass (QtWebEngineCore's request, certificate error and loading info types), and it
 * says what the window cannot accept with refused() and a user close, once, with userClosed().
 * Refused navigations are logged on `nangoqt.quick`. BrowserWait uses one for its clipboard.
 */
class NangoQuickWebPolicy : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(WebPolicy)
    QML_ADDED_IN_VERSION(1, 0)
    /// Run it in the page after a load: its value is the document's text (see pageText()).
    Q_PROPERTY(QString pageTextScript READ pageTextScript CONSTANT)
public:
    using QObject::QObject;

    QString pageTextScript() const;

    /// True for a page the window may open itself; otherwise refused(blocked_by_browser, …).
    Q_INVOKABLE bool openable(const QUrl &url);
    /// Rejects a navigation that leaves the web (navigationRequested).
    Q_INVOKABLE void filterNavigation(QWebEngineNavigationRequest *request) const;
    /// Refuses the certificate and reports refused(tls_error, …) (certificateError).
    Q_INVOKABLE void refuseCertificate(const QWebEngineCertificateError &error);
    /// A renderer that crashed or was killed: refused(blocked_by_browser, …)
    /// (renderProcessTerminated's WebEngineView.RenderProcessTerminationStatus and exit code).
    Q_INVOKABLE void renderProcessTerminated(int terminationStatus, int exitCode);
    /// For a load that ended, `{url, httpStatus}` (then read the text with pageTextScript);
    /// undefined for one that starts or was stopped (loadingChanged).
    Q_INVOKABLE QVariant finishedLoad(const QWebEngineLoadingInfo &info) const;
    /// The document text from pageTextScript's result ("" for none).
    Q_INVOKABLE QString pageText(const QVariant &scriptResult) const;

    /// The flow closes the window: its closing is no user close.
    Q_INVOKABLE void closeQuietly();
    /// The window is closing: userClosed() the first time, unless it is closed quietly.
    Q_INVOKABLE void reportUserClose();

    /// Puts @p text on the application's clipboard (QGuiApplication::clipboard()): BrowserWait's
    /// Copy link, the authorization URL for a browser the user opens themselves.
    Q_INVOKABLE void copyToClipboard(const QString &text) const;

Q_SIGNALS:
    /// The window cannot go on (the type is a NangoErrorType).
    void refused(const QString &type, const QString &message);
    void userClosed();

private:
    NangoCloseReport m_closeReport;
};
