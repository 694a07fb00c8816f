// SPDX-License-Identifier: MIT
#include "nangoauthdialog.h"

#include "nangowebenginewarmup_p.h"

#include <NangoQt/NangoErrorTypes>

#include <QApplication>
#include <QCloseEvent>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QScreen>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcNangoWidgets, "nangoqt.widgets", QtInfoMsg)

namespace {

bool isWebScheme(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || url.toString() == QLatin1String("about:blank");
}

/// The page of the modal and of its popups: http(s) only, certificate errors refused.
class NangoAuthPage : public QWebEnginePage
{
    Q_OBJECT
public:
    NangoAuthPage(QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent)
    {
        connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
            auto e = error;
            e.rejectCertificate();
            Q_EMIT refused(QString::fromLatin1(NangoErrorType::TlsError),
                           tr("The certificate of %1 was refused: %2").arg(error.url().host(), error.description()));
        });
        // A crashed or killed renderer leaves a dead page: end the flow now rather than at its timeout.
        connect(this, &QWebEnginePage::renderProcessTerminated, this,
                [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                    if (status == QWebEnginePage::NormalTerminationStatus)
                        return;
                    Q_EMIT refused(QString::fromLatin1(NangoErrorType::BlockedByBrowser),
                                   tr("The authorization page stopped: its browser process %1 (exit code %2).")
                                       .arg(status == QWebEnginePage::KilledTerminationStatus ? tr("was killed") : tr("crashed"))
                                       .arg(exitCode));
                });
    }

    std::function<QWebEnginePage *()> popupFactory;

Q_SIGNALS:
    void refused(const QString &type, const QString &message);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (isWebScheme(url))
            return true;
        qCInfo(lcNangoWidgets) << "Refused navigation to a" << url.scheme() << "URL";
        return false;
    }
    QWebEnginePage *createWindow(WebWindowType) override
    {
        return popupFactory ? popupFactory() : nullptr;
    }
};

} // namespace

class NangoAuthDialogPrivate
{
public:
    QWebEngineProfile *profile = nullptr;
    NangoAuthPage *page = nullptr;
    QWebEngineView *view = nullptr;
    QProgressBar *progress = nullptr;
    QList<QPointer<QDialog>> popups;
    bool quietClose = false;
    bool userCloseReported = false;
};

NangoAuthDialog::NangoAuthDialog(QWidget *parent)
    : QDialog(parent)
    , d(new NangoAuthDialogPrivate)
{
    setObjectName(QStringLiteral("NangoAuthDialog"));
    setWindowModality(Qt::ApplicationModal);
    setAccessibleName(tr("Connect an account"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    d->progress = new QProgressBar(this);
    d->progress->setObjectName(QStringLiteral("loadProgress"));
    d->progress->setAccessibleName(tr("Page loading progress"));
    d->progress->setRange(0, 100);
    d->progress->setTextVisible(false);
    d->progress->setMaximumHeight(4);
    layout->addWidget(d->progress);

    // No storage name: an off-the-record profile that lives and dies with this dialog.
    d->profile = new QWebEngineProfile;
    d->page = new NangoAuthPage(d->profile, nullptr);
    d->page->popupFactory = [this]() -> QWebEnginePage * {
        auto *popup = new QDialog(this);
        popup->setAttribute(Qt::WA_DeleteOnClose);
        popup->setWindowTitle(tr("Sign in"));
        auto *popupLayout = new QVBoxLayout(popup);
        popupLayout->setContentsMargins(0, 0, 0, 0);
        auto *popupView = new QWebEngineView(popup);
        auto *popupPage = new NangoAuthPage(d->profile, popupView);
        popupView->setPage(popupPage);
        popupLayout->addWidget(popupView);
        connect(popupPage, &QWebEnginePage::windowCloseRequested, popup, &QDialog::close);
        connect(popupPage, &NangoAuthPage::refused, this, &NangoAuthDialog::errorOccurred);
        popup->resize(size() * 0.9);
        popup->show();
        d->popups << popup;
        return popupPage;
    };
    d->view = new QWebEngineView(this);
    d->view->setObjectName(QStringLiteral("authView"));
    d->view->setAccessibleName(tr("Authorization page"));
    d->view->setPage(d->page);
    layout->addWidget(d->view);

    connect(d->page, &NangoAuthPage::refused, this, &NangoAuthDialog::errorOccurred);
    connect(d->page, &QWebEnginePage::loadProgress, d->progress, &QProgressBar::setValue);
    connect(d->page, &QWebEnginePage::loadStarted, d->progress, &QWidget::show);
    connect(d->page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus || info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
            return;
        d->progress->hide();
        int status = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus ? 200 : 0;
        if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
            status = info.errorCode();
        const QUrl url = info.url();
        // The document's text: for a JSON error document, the JSON itself.
        d->page->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"), [this, url, status](const QVariant &text) {
            Q_EMIT pageLoaded(url, status, text.toString());
        });
    });
    // The callback page's window.close() is not a user close; the flow closes the modal itself.
    connect(d->page, &QWebEnginePage::windowCloseRequested, this, [] {});
}

NangoAuthDialog::~NangoAuthDialog()
{
    for (const auto &popup : std::as_const(d->popups))
        delete popup.data();
    // QWebEngineView does not own a page given to setPage(), and pages must go before their profile.
    delete d->view;
    delete d->page;
    delete d->profile;
}

void NangoAuthDialog::openUrl(const QUrl &url, const QSize &requested, const QString &integrationId)
{
    if (!isWebScheme(url)) {
        // Browser-initiated javascript: URLs run in the page without a navigation request, and
        // file: and custom schemes have no place here: only the web is loaded.
        const QString message = tr("The authorization window only opens http(s) pages, not a %1: URL.").arg(url.scheme());
        QMetaObject::invokeMethod(this, [this, message] {
            Q_EMIT errorOccurred(QString::fromLatin1(NangoErrorType::BlockedByBrowser), message);
        }, Qt::QueuedConnection);
        return;
    }
    QWidget *anchor = parentWidget() ? parentWidget()->window() : QApplication::activeWindow();
    QScreen *screen = anchor ? anchor->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const QSize size = requested.boundedTo(available.size()).expandedTo(QSize(200, 200)).boundedTo(available.size());
    resize(size);
    const QRect around = anchor && anchor != this ? anchor->frameGeometry() : available;
    QRect frame(QPoint(), size);
    frame.moveCenter(around.center());
    frame.moveLeft(qBound(available.left(), frame.left(), qMax(available.left(), available.right() - size.width())));
    frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - size.height())));
    move(frame.topLeft());
    setWindowTitle(tr("Connect %1 — %2").arg(integrationId, url.host()));
    show();
    d->view->load(url);
}

void NangoAuthDialog::closeQuietly()
{
    d->quietClose = true;
    close();
}

void NangoAuthDialog::reject()
{
    if (!d->quietClose && !d->userCloseReported) {
        d->userCloseReported = true;
        Q_EMIT userClosed();
    }
    QDialog::reject();
}

void NangoAuthDialog::closeEvent(QCloseEvent *event)
{
    if (!d->quietClose && !d->userCloseReported) {
        d->userCloseReported = true;
        Q_EMIT userClosed();
    }
    QDialog::closeEvent(event);
}

void NangoAuthDialog::preload()
{
    NangoWebEngine::warmUp();
}

#include "nangoauthdialog.moc"
