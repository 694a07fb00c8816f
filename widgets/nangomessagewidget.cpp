// SPDX-License-Identifier: MIT
#include "nangomessagewidget_p.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace {
/// Screen readers see the message as an alert (QML's FormErrorLabel has the same role).
QAccessibleInterface *accessibleMessage(const QString &className, QObject *object)
{
    if (className == QLatin1String("NangoMessageWidget") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB, a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}
} // namespace

NangoMessageWidget::NangoMessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    static const bool factoryInstalled = (QAccessible::installFactory(&accessibleMessage), true);
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("errorMessage"));
    setAccessibleName(tr("Error", "@info:status inline error of a form"));
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(0);
    m_text->setObjectName(QStringLiteral("errorLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Error", "@info:status inline error of a form"));
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    layout->addWidget(m_text, 1);
    updateIcon();
    hide();
}

QString NangoMessageWidget::text() const
{
    return m_text->text();
}

void NangoMessageWidget::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleDescription(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
    updateGeometry();
    if (!text.isEmpty()) {
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QColor NangoMessageWidget::errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHslF(0.0, 0.65, dark ? 0.62 : 0.42);
}

void NangoMessageWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor error = errorColor(palette());
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(error, 1));
    painter.setBrush(mix(palette().color(QPalette::Window), error, 0.18));
    painter.drawRoundedRect(box, 4, 4);
    // The icon sits in the left margin, level with the first line of text.
    const int size = iconSize();
    const int top = m_text->geometry().top() + qMax(0, (m_text->fontMetrics().height() - size) / 2);
    painter.drawPixmap(Margin, top, m_icon);
    QFrame::paintEvent(event);
}

void NangoMessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
}

int NangoMessageWidget::iconSize() const
{
    return style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
}

void NangoMessageWidget::updateIcon()
{
    const int size = iconSize();
    m_icon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size, QIcon::Normal);
    layout()->setContentsMargins(Margin + size + Margin, 6, Margin, 6);
    update();
}
