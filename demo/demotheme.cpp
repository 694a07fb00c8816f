// SPDX-License-Identifier: MIT
#include "demotheme.h"

#include <QApplication>
#include <QStyle>

void DemoTheme::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    Q_EMIT changed();
}

QVariantMap DemoTheme::colors() const
{
    return qmlColors(QApplication::palette());
}

QPalette DemoTheme::darkPalette()
{
    const QPalette light = QApplication::style()->standardPalette();
    QPalette dark;
    for (int group = 0; group < QPalette::NColorGroups; ++group) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto g = QPalette::ColorGroup(group);
            const auto r = QPalette::ColorRole(role);
            QColor c = light.color(g, r);
            if (r == QPalette::Link || r == QPalette::LinkVisited) // the same hue, light enough to read on the dark base
                c = QColor::fromHslF(c.hslHueF(), c.hslSaturationF(), qMax(0.7f, c.lightnessF()), c.alphaF());
            else if (r != QPalette::Highlight && r != QPalette::HighlightedText)
                c = QColor::fromHslF(c.hslHueF(), c.hslSaturationF(), 1.0 - c.lightnessF() * 0.9, c.alphaF());
            dark.setColor(g, r, c);
        }
    }
    return dark;
}

QVariantMap DemoTheme::qmlColors(const QPalette &p)
{
    const std::pair<const char *, QPalette::ColorRole> roles[] = {
        {"window", QPalette::Window}, {"windowText", QPalette::WindowText}, {"base", QPalette::Base},
        {"alternateBase", QPalette::AlternateBase}, {"text", QPalette::Text}, {"button", QPalette::Button},
        {"buttonText", QPalette::ButtonText}, {"brightText", QPalette::BrightText}, {"highlight", QPalette::Highlight},
        {"highlightedText", QPalette::HighlightedText}, {"light", QPalette::Light}, {"midlight", QPalette::Midlight},
        {"mid", QPalette::Mid}, {"dark", QPalette::Dark}, {"shadow", QPalette::Shadow},
        {"placeholderText", QPalette::PlaceholderText}, {"toolTipBase", QPalette::ToolTipBase}, {"toolTipText", QPalette::ToolTipText},
        {"link", QPalette::Link},
    };
    QVariantMap colors;
    for (const auto &[name, role] : roles)
        colors.insert(QLatin1String(name), p.color(QPalette::Active, role));
    return colors;
}
