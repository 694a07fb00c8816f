// SPDX-License-Identifier: MIT
#include "nangoauthdialog.h"

#include "nangoauthpage_p.h"
#include "nangoclosereport_p.h"
#include "nangopagetext_p.h"
#include "nangowebenginewarmup_p.h"
#include "nangowebpolicy_p.h"
#include "nangowebpopup_p.h"
#include "nangowidgetslogging_p.h"
#include "nangowindowplacement_p.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineView>

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
    NangoCloseReport closeReport;
    bool placed = false;
    bool connecting = false;
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
    page = new NangoAuthPage(profile, lcNangoWidgets());
    page->popupFactory = [this]() -> QWebEnginePage * {
        const auto popup = NangoQtPrivate::openWebPopup(q, profile, NangoAuthDialog::tr("Sign in"), NangoAuthDialog::tr("Sign-in page"));
        cancelOnEscape(popup.dialog);
        QObject::connect(popup.page, &NangoAuthPage::refused, q, &NangoAuthDialog::errorOccurred);
        popups << popup.dialog;
        return popup.page;
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
        const auto load = NangoWebEngine::finishedLoad(info);
        if (!load)
            return;
        progress->hide();
        page->runJavaScript(NangoWebEngine::pageTextScript(), [this, load](const QVariant &text) {
            Q_EMIT q->pageLoaded(load->url, load->httpStatus, NangoWebEngine::pageText(text));
        });
    });
    // The callback page's window.close() is not a user close; the flow closes the modal itself.
    QObject::connect(page, &QWebEnginePage::windowCloseRequested, q, [] {});
}

void NangoAuthDialogPrivate::place(const QSize &requested)
{
    placed = true;
    QWidget *anchor = q->parentWidget() ? q->parentWidget()->window() : QApplication::activeWindow();
    const QRect available = NangoWebEngine::availableArea(anchor ? anchor->screen() : QGuiApplication::primaryScreen());
    const auto around = anchor && anchor != q ? std::optional<QRect>(anchor->frameGeometry()) : std::nullopt;
    const QRect frame = NangoWebEngine::placeWindow(requested, available, around);
    q->resize(frame.size());
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
    if (const auto refusal = NangoWebEngine::openRefusal(url)) {
        QMetaObject::invokeMethod(this, [this, refusal] { Q_EMIT errorOccurred(refusal->type, refusal->message); }, Qt::QueuedConnection);
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
    d->closeReport.closeQuietly();
    close();
}

void NangoAuthDialog::reject()
{
    if (d->closeReport.takeUserClose())
        Q_EMIT userClosed();
    QDialog::reject();
}

void NangoAuthDialog::closeEvent(QCloseEvent *event)
{
    if (d->closeReport.takeUserClose())
        Q_EMIT userClosed();
    QDialog::closeEvent(event);
}

void NangoAuthDialog::preload()
{
    NangoWebEngine::warmUp();
}
