// SPDX-License-Identifier: MIT
#include "nangoconnectpages_p.h"

#include "nangoconnectlogos_p.h"
#include "nangointegrationform.h"
#include "nangomessagewidget_p.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false); // the dialog makes each page's main button the default one
    return button;
}

QProgressBar *makeBusyBar(const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0); // busy: no percentage to tell
    bar->setTextVisible(false);
    bar->setMaximumHeight(bar->fontMetrics().height() / 2 + 4);
    bar->setAccessibleName(accessibleName);
    return bar;
}
} // namespace

NangoConnectHeading::NangoConnectHeading(NangoConnectLogos *logos, QWidget *parent)
    : QWidget(parent)
    , m_logos(logos)
    , m_logo(new QLabel(this))
    , m_title(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_logo->setObjectName(QStringLiteral("logoLabel"));
    m_logo->setFixedSize(LogoSize, LogoSize);
    m_logo->hide();
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Title", "@label accessible name of a page's heading"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_logo);
    layout->addWidget(m_title, 1);
    connect(logos, &NangoConnectLogos::changed, this, [this](const QUrl &url) {
        if (url == m_url)
            updateLogo();
    });
}

void NangoConnectHeading::set(const QString &title, const QUrl &logoUrl, const QString &name)
{
    m_title->setText(title);
    m_url = logoUrl;
    m_name = name;
    updateLogo();
}

void NangoConnectHeading::updateLogo()
{
    m_logo->setVisible(!m_name.isEmpty());
    if (m_name.isEmpty())
        return;
    m_logo->setPixmap(m_logos->pixmap(m_url, m_name, LogoSize, devicePixelRatioF(), palette()));
    m_logo->setAccessibleName(tr("%1 logo", "@label accessible name of an integration's logo").arg(m_name));
}

void NangoConnectHeading::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLogo(); // the placeholder's colours
}

NangoConnectPickerPage::NangoConnectPickerPage(NangoConnectLogos *logos, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pickerPage"));
    auto *layout = new QVBoxLayout(this);
    heading = new NangoConnectHeading(logos, this);
    heading->set(tr("Connect an account", "@title the integration picker"));
    layout->addWidget(heading);

    search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("searchEdit"));
    search->setPlaceholderText(tr("Search integrations", "@info:placeholder"));
    search->setAccessibleName(tr("Search integrations"));
    search->setAccessibleDescription(tr("Type to filter the list; Up and Down choose, Enter connects."));
    search->setClearButtonEnabled(true);
    search->installEventFilter(this);
    layout->addWidget(search);

    list = new QListView(this);
    list->setObjectName(QStringLiteral("integrationList"));
    list->setAccessibleName(tr("Integrations", "@label accessible name of the picker's list"));
    list->setUniformItemSizes(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setIconSize(QSize(NangoIntegrationDelegate::LogoSize, NangoIntegrationDelegate::LogoSize));
    list->setItemDelegate(new NangoIntegrationDelegate(logos, list));
    list->setTextElideMode(Qt::ElideRight);
    list->installEventFilter(this);
    layout->addWidget(list, 1);

    empty = new QLabel(this);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->hide();
    layout->addWidget(empty, 1);

    auto *buttons = new QDialogButtonBox(this);
    cancel = makeButton(tr("Cancel", "@action:button"), QStringLiteral("cancelButton"), tr("Cancel"), this);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
}

bool NangoConnectPickerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int page = qMax(1, list->viewport()->height() / qMax(1, list->sizeHintForRow(0)) - 1);
        int delta = 0;
        switch (key->key()) {
        case Qt::Key_Up: delta = -1; break;
        case Qt::Key_Down: delta = 1; break;
        case Qt::Key_PageUp: delta = -page; break;
        case Qt::Key_PageDown: delta = page; break;
        default: break;
        }
        if (delta != 0 && key->modifiers() == Qt::NoModifier) {
            Q_EMIT moveRequested(delta);
            return true;
        }
    }
    if (watched == list && event->type() == QEvent::KeyPress) {
        // Typing in the list (reached with Tab) searches: the keys go to the search field.
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            search->setFocus(Qt::OtherFocusReason);
            search->insert(text);
            Q_EMIT search->textEdited(search->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

NangoConnectFormPage::NangoConnectFormPage(NangoConnectLogos *logos, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("formPage"));
    auto *layout = new QVBoxLayout(this);
    heading = new NangoConnectHeading(logos, this);
    layout->addWidget(heading);
    loading = makeBusyBar(tr("Loading the form", "@label accessible name of a busy indicator"), this);
    loading->setObjectName(QStringLiteral("formLoadingBar"));
    layout->addWidget(loading);

    scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form wraps to the width
    scroll->setAccessibleName(tr("Form", "@label accessible name of the form's scroll area"));
    form = new NangoIntegrationForm(nullptr, scroll);
    form->setMinimumWidth(0); // the dialog's width decides; descriptions wrap
    form->setAutoConnect(false);    // the model connects a form with nothing to ask
    form->setSubmitsItself(false);  // Enter and Connect go through the model
    form->setResizesWindow(false);  // the dialog keeps the size the user gave it
    form->layout()->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(form);
    scroll->viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);

    buttons = new QDialogButtonBox(this);
    back = makeButton(tr("&Back", "@action:button"), QStringLiteral("backButton"), tr("Back to the integrations"), this);
    cancel = makeButton(tr("Cancel", "@action:button"), QStringLiteral("cancelButton"), tr("Cancel"), this);
    submit = form->findChild<QPushButton *>(QStringLiteral("submitButton"));
    submit->setDefault(false);
    submit->setAutoDefault(false); // Enter in a field submits once (the form's own handler)
    buttons->addButton(back, QDialogButtonBox::ResetRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(submit, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
}

NangoConnectStatusPage::NangoConnectStatusPage(NangoConnectLogos *logos, const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    heading = new NangoConnectHeading(logos, this);
    layout->addWidget(heading);
    layout->addStretch(1);
    icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("iconLabel"));
    icon->setAlignment(Qt::AlignCenter);
    icon->hide();
    layout->addWidget(icon);
    text = new QLabel(this);
    text->setObjectName(QStringLiteral("textLabel"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    progress = makeBusyBar(tr("Busy", "@label accessible name of a busy indicator"), this);
    progress->setObjectName(QStringLiteral("progressBar"));
    progress->hide();
    layout->addWidget(progress);
    message = new NangoMessageWidget(this);
    message->setObjectName(QStringLiteral("errorMessage"));
    layout->addWidget(message);
    layout->addStretch(2);
    buttons = new QDialogButtonBox(this);
    layout->addWidget(buttons);
}

QPushButton *NangoConnectStatusPage::addButton(const QString &label, int role, const QString &objectName, const QString &accessibleName)
{
    QPushButton *button = makeButton(label, objectName, accessibleName, this);
    buttons->addButton(button, QDialogButtonBox::ButtonRole(role));
    return button;
}

void NangoConnectStatusPage::setCheckMark(bool shown)
{
    m_checkMark = shown;
    icon->setVisible(shown);
    icon->setAccessibleName(shown ? tr("Connected", "@label accessible name of the success check mark") : QString());
    paintCheckMark();
}

void NangoConnectStatusPage::paintCheckMark()
{
    if (!m_checkMark)
        return;
    const int size = 56;
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(qRound(size * dpr), qRound(size * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QPainterPath tick;
    tick.moveTo(size * 0.28, size * 0.52);
    tick.lineTo(size * 0.44, size * 0.68);
    tick.lineTo(size * 0.73, size * 0.36);
    p.setPen(QPen(palette().color(QPalette::HighlightedText), size * 0.09, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(tick);
    p.end();
    icon->setPixmap(pixmap);
}

void NangoConnectStatusPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintCheckMark();
}
