// SPDX-License-Identifier: MIT
#include "nangobrowserwait_p.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

NangoBrowserWaitPanel::NangoBrowserWaitPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_openAgain(new QPushButton(tr("&Open again", "@action:button open the authorization page in the browser again"), this))
    , m_copyLink(new QPushButton(tr("&Copy link", "@action:button copy the authorization page's address"), this))
    , m_cancel(new QPushButton(tr("Cancel", "@action:button"), this))
    , m_copiedTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("browserWaitPanel"));
    setAccessibleName(tr("Continue in your browser", "@label accessible name of the browser wait state"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title->setObjectName(QStringLiteral("browserWaitTitle"));
    m_title->setText(tr("Continue in your browser", "@title"));
    m_title->setAccessibleName(m_title->text());
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    layout->addWidget(m_title);

    m_text->setObjectName(QStringLiteral("browserWaitText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 4, 0, 0);
    const struct {
        QPushButton *button;
        const char *name;
        QString accessible;
        QString description;
    } buttons[] = {
        {m_openAgain, "openAgainButton", tr("Open again", "@action:button accessible name"),
         tr("Opens the sign-in page in your browser again")},
        {m_copyLink, "copyLinkButton", tr("Copy link", "@action:button accessible name"),
         tr("Copies the sign-in page's address, to paste into a browser")},
        {m_cancel, "browserCancelButton", tr("Cancel connecting", "@action:button accessible name"),
         tr("Stops waiting for the browser")},
    };
    for (const auto &b : buttons) {
        b.button->setObjectName(QLatin1String(b.name));
        b.button->setAccessibleName(b.accessible);
        b.button->setAccessibleDescription(b.description);
        b.button->setAutoDefault(false);
    }
    row->addWidget(m_openAgain);
    row->addWidget(m_copyLink);
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    setTabOrder(m_openAgain, m_copyLink);
    setTabOrder(m_copyLink, m_cancel);
    setFocusProxy(m_openAgain);

    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(CopiedFeedbackMs);
    connect(m_copiedTimer, &QTimer::timeout, this, &NangoBrowserWaitPanel::updateText);
    connect(m_openAgain, &QPushButton::clicked, this, &NangoBrowserWaitPanel::openAgainRequested);
    connect(m_copyLink, &QPushButton::clicked, this, &NangoBrowserWaitPanel::copyLink);
    connect(m_cancel, &QPushButton::clicked, this, &NangoBrowserWaitPanel::cancelRequested);
    updateText();
}

void NangoBrowserWaitPanel::setProviderName(const QString &name)
{
    m_name = name;
    updateText();
}

void NangoBrowserWaitPanel::setAuthorizationUrl(const QUrl &url)
{
    m_url = url;
    m_copyLink->setEnabled(url.isValid());
    m_openAgain->setEnabled(url.isValid());
}

QUrl NangoBrowserWaitPanel::authorizationUrl() const
{
    return m_url;
}

void NangoBrowserWaitPanel::focusFirst()
{
    // As the keyboard would: the style's focus frame shows where Space goes.
    window()->setAttribute(Qt::WA_KeyboardFocusChange);
    (m_openAgain->isEnabled() ? m_openAgain : m_cancel)->setFocus(Qt::TabFocusReason);
}

void NangoBrowserWaitPanel::copyLink()
{
    if (!m_url.isValid())
        return;
    QGuiApplication::clipboard()->setText(m_url.toString());
    m_text->setText(tr("Link copied. Paste it into your browser's address bar."));
    m_copiedTimer->start();
}

void NangoBrowserWaitPanel::updateText()
{
    m_copiedTimer->stop();
    m_text->setText(tr("Finish connecting %1 in the browser window that opened.").arg(m_name));
}

void NangoBrowserWaitPanel::keyPressEvent(QKeyEvent *event)
{
    // Escape on Open again, Copy link or Cancel reaches the panel: it cancels, before a
    // dialog around it would close.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        Q_EMIT cancelRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

NangoBrowserWaitPopup::NangoBrowserWaitPopup(QWidget *anchor)
    : QFrame(anchor, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_anchor(anchor)
    , m_panel(new NangoBrowserWaitPanel(this))
{
    setObjectName(QStringLiteral("NangoBrowserWaitPopup"));
    setAccessibleName(tr("Continue in your browser", "@title accessible name of the browser wait popup"));
    setWindowTitle(tr("Continue in your browser", "@title:window"));
    setFrameShape(QFrame::NoFrame); // paintEvent() draws a border that shows on light and dark palettes
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_panel);
    setMinimumWidth(320);
    setMaximumWidth(440);
}

void NangoBrowserWaitPopup::popUp()
{
    if (m_anchor && m_anchor->window() != m_anchorWindow) {
        if (m_anchorWindow)
            m_anchorWindow->removeEventFilter(this);
        m_anchorWindow = m_anchor->window();
        m_anchorWindow->installEventFilter(this);
    }
    adjustSize();
    place();
    show();
    raise();
    activateWindow();
    m_panel->focusFirst();
}

void NangoBrowserWaitPopup::place()
{
    if (!m_anchor)
        return;
    // As wide as the button (within 320…440), as tall as the wrapped text needs at that width.
    const int width = qBound(minimumWidth(), qMax(sizeHint().width(), m_anchor->width()), maximumWidth());
    const int height = qMax(hasHeightForWidth() ? heightForWidth(width) : sizeHint().height(), minimumSizeHint().height());
    const QSize size(width, height);
    const QPoint below = m_anchor->mapToGlobal(QPoint(0, m_anchor->height() + 4));
    QScreen *screen = m_anchor->screen() ? m_anchor->screen() : QGuiApplication::primaryScreen();
    QRect area = screen ? screen->availableGeometry() : QRect(below, size);
    QRect r(below, size);
    if (r.bottom() > area.bottom()) // no room below: above the button
        r.moveBottom(m_anchor->mapToGlobal(QPoint(0, -4)).y());
    r.moveRight(qMin(r.right(), area.right()));
    r.moveLeft(qMax(r.left(), area.left()));
    r.moveBottom(qMin(r.bottom(), area.bottom()));
    r.moveTop(qMax(r.top(), area.top()));
    setGeometry(r);
}

void NangoBrowserWaitPopup::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The window text over the window, a third of the way: a visible edge in any palette.
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor edge = QColor::fromRgbF(window.redF() + (text.redF() - window.redF()) * 0.35,
                                         window.greenF() + (text.greenF() - window.greenF()) * 0.35,
                                         window.blueF() + (text.blueF() - window.blueF()) * 0.35);
    QPainter painter(this);
    painter.setPen(edge);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

bool NangoBrowserWaitPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_anchorWindow && isVisible() && (event->type() == QEvent::Move || event->type() == QEvent::Resize))
        place();
    return QFrame::eventFilter(watched, event);
}
