// SPDX-License-Identifier: MIT
#include "nangoauthdialog.h"

#include "nangowebenginewarmup_p.h"

#include <NangoQt/NangoErrorTypes>

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QScreen>
#include <QShortcut>
#include <QStackedLayout>
#include <QTimer>
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
    explicit NangoAuthDialogPrivate(NangoAuthDialog *q)
        : q(q)
    {
    }

    void ensureView();
    void place(const QSize &requested);
    void setConnecting(bool connecting);
    void setTitles(const QString &integrationId, const QString &host);
    /// Escape in @p window (the modal, or a popup of its page) cancels like the close button;
    /// a shortcut, because the focused web page would keep the key to itself.
    void cancelOnEscape(QWidget *window);

    NangoAuthDialog *const q;
    QWebEngineProfile *profile = nullptr;
    NangoAuthPage *page = nullptr;
    QWebEngineView *view = nullptr;
    QProgressBar *progress = nullptr;
    QStackedLayout *stack = nullptr;
    QLabel *connectingLabel = nullptr;
    QLabel *hostLabel = nullptr;
    QList<QPointer<QDialog>> popups;
    bool placed = false;
    bool connecting = false;
    bool quietClose = false;
    bool userCloseReported = false;
};

NangoAuthDialog::NangoAuthDialog(QWidget *parent)
    : QDialog(parent)
    , d(new NangoAuthDialogPrivate(this))
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
    d->progress->hide(); // shown while a page loads
    layout->addWidget(d->progress);

    // The connecting state and the web view share the dialog's area; both are shown (the view
    // starts up underneath), the current one is on top.
    d->stack = new QStackedLayout;
    d->stack->setStackingMode(QStackedLayout::StackAll);
    layout->addLayout(d->stack, 1);
    d->connectingLabel = new QLabel(this);
    d->connectingLabel->setObjectName(QStringLiteral("connectingLabel"));
    d->connectingLabel->setAlignment(Qt::AlignCenter);
    d->connectingLabel->setWordWrap(true);
    d->connectingLabel->setMargin(24);
    d->connectingLabel->setAutoFillBackground(true); // the palette's Window colour hides the view
    d->connectingLabel->setBackgroundRole(QPalette::Window);
    d->connectingLabel->setForegroundRole(QPalette::WindowText);
    d->connectingLabel->hide();
    d->stack->addWidget(d->connectingLabel);

    // Where the page comes from, as secondary information under it (the title names the integration).
    d->hostLabel = new QLabel(this);
    d->hostLabel->setObjectName(QStringLiteral("hostLabel"));
    d->hostLabel->setTextFormat(Qt::PlainText);
    d->hostLabel->setContentsMargins(8, 3, 8, 3);
    d->hostLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont small = d->hostLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    d->hostLabel->setFont(small);
    d->hostLabel->hide();
    layout->addWidget(d->hostLabel);
    d->cancelOnEscape(this);
}

void NangoAuthDialogPrivate::cancelOnEscape(QWidget *window)
{
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    escape->setContext(Qt::WindowShortcut);
    QObject::connect(escape, &QShortcut::activated, q, [this] { static_cast<QDialog *>(q)->reject(); });
}

void NangoAuthDialogPrivate::setTitles(const QString &integrationId, const QString &host)
{
    q->setWindowTitle(NangoAuthDialog::tr("Connect %1", "@title:window integration").arg(integrationId));
    const QString text = NangoAuthDialog::tr("Nango server: %1", "@info the host the authorization page comes from").arg(host);
    hostLabel->setText(text);
    hostLabel->setAccessibleName(text);
    hostLabel->setVisible(!host.isEmpty());
}

void NangoAuthDialogPrivate::ensureView()
{
    if (view)
        return;
    // No storage name: an off-the-record profile that lives and dies with this dialog. The first
    // profile of a process starts WebEngine (the slow part of a cold modal).
    profile = new QWebEngineProfile;
    page = new NangoAuthPage(profile, nullptr);
    page->popupFactory = [this]() -> QWebEnginePage * {
        auto *popup = new QDialog(q);
        popup->setAttribute(Qt::WA_DeleteOnClose);
        popup->setWindowTitle(NangoAuthDialog::tr("Sign in"));
        cancelOnEscape(popup);
        auto *popupLayout = new QVBoxLayout(popup);
        popupLayout->setContentsMargins(0, 0, 0, 0);
        auto *popupView = new QWebEngineView(popup);
        auto *popupPage = new NangoAuthPage(profile, popupView);
        popupView->setPage(popupPage);
        popupLayout->addWidget(popupView);
        QObject::connect(popupPage, &QWebEnginePage::windowCloseRequested, popup, &QDialog::close);
        QObject::connect(popupPage, &NangoAuthPage::refused, q, &NangoAuthDialog::errorOccurred);
        popup->resize(q->size() * 0.9);
        popup->show();
        popups << popup;
        return popupPage;
    };
    view = new QWebEngineView(q);
    view->setObjectName(QStringLiteral("authView"));
    view->setAccessibleName(NangoAuthDialog::tr("Authorization page"));
    view->setPage(page);
    stack->addWidget(view);
    stack->setCurrentWidget(connecting ? static_cast<QWidget *>(connectingLabel) : view);

    QObject::connect(page, &NangoAuthPage::refused, q, &NangoAuthDialog::errorOccurred);
    QObject::connect(page, &QWebEnginePage::loadProgress, progress, &QProgressBar::setValue);
    QObject::connect(page, &QWebEnginePage::loadStarted, progress, &QWidget::show);
    QObject::connect(page, &QWebEnginePage::loadingChanged, q, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus || info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
            return;
        progress->hide();
        int status = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus ? 200 : 0;
        if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
            status = info.errorCode();
        const QUrl url = info.url();
        // The document's text: for a JSON error document, the JSON itself.
        page->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"), [this, url, status](const QVariant &text) {
            Q_EMIT q->pageLoaded(url, status, text.toString());
        });
    });
    // The callback page's window.close() is not a user close; the flow closes the modal itself.
    QObject::connect(page, &QWebEnginePage::windowCloseRequested, q, [] {});
}

void NangoAuthDialogPrivate::place(const QSize &requested)
{
    placed = true;
    QWidget *anchor = q->parentWidget() ? q->parentWidget()->window() : QApplication::activeWindow();
    QScreen *screen = anchor ? anchor->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const QSize size = requested.boundedTo(available.size()).expandedTo(QSize(200, 200)).boundedTo(available.size());
    q->resize(size);
    const QRect around = anchor && anchor != q ? anchor->frameGeometry() : available;
    QRect frame(QPoint(), size);
    frame.moveCenter(around.center());
    frame.moveLeft(qBound(available.left(), frame.left(), qMax(available.left(), available.right() - size.width())));
    frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - size.height())));
    q->move(frame.topLeft());
}

void NangoAuthDialogPrivate::setConnecting(bool on)
{
    if (connecting == on)
        return;
    connecting = on;
    connectingLabel->setVisible(on);
    if (on)
        stack->setCurrentWidget(connectingLabel);
    else if (view)
        stack->setCurrentWidget(view);
    q->setAccessibleDescription(on ? connectingLabel->text() : QString());
    Q_EMIT q->connectingChanged(on);
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

bool NangoAuthDialog::isConnecting() const
{
    return d->connecting;
}

void NangoAuthDialog::prepare(const QSize &size, const QString &integrationId, const QString &host)
{
    d->place(size);
    d->setTitles(integrationId, host);
    const QString text = tr("Connecting to %1…", "@info the modal waits for the Nango server's answer").arg(host);
    d->connectingLabel->setText(text);
    d->connectingLabel->setAccessibleName(text);
    d->setConnecting(true);
    show();
    // The profile and view a moment later (see BrowserStartDelayMs), or at openUrl() if sooner;
    // not at all for a dialog closed meanwhile (an early failure, a user close).
    QTimer::singleShot(NangoWebEngine::BrowserStartDelayMs, this, [this] {
        if (isVisible())
            d->ensureView();
    });
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
    if (!d->placed)
        d->place(requested);
    if (d->hostLabel->isHidden())
        d->setTitles(integrationId, url.host());
    d->ensureView();
    d->setConnecting(false);
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
