// SPDX-License-Identifier: MIT
// Private: the forms' inline error, in the manner of KWidgetsAddons' KMessageWidget: an icon and
// word-wrapped text on a frame whose colours are derived from the palette (readable in light
// and dark palettes), announced to assistive technology when it appears.
#pragma once

#include <QFrame>
#include <QPixmap>

class QLabel;

class NangoMessageWidget : public QFrame
{
    Q_OBJECT
public:
    explicit NangoMessageWidget(QWidget *parent = nullptr);

    QString text() const;
    /// Shows @p text (plain text, wrapped) and announces it; an empty text hides the widget.
    void setText(const QString &text);

    /// The error colour for this palette: a red whose lightness follows the palette's, so it
    /// stands out on a light and on a dark window.
    static QColor errorColor(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int Margin = 8;
    int iconSize() const;
    void updateIcon();

    QPixmap m_icon;
    QLabel *m_text = nullptr;
};
