// SPDX-License-Identifier: MIT
// The demo's light/dark switch, shared by its two faces: the dark palette is derived from the
// style's own (no colour is chosen here); the QML face applies `colors` to its window.
#pragma once

#include <QObject>
#include <QPalette>
#include <QVariantMap>

class DemoTheme : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY changed)
    /// The application palette by QML palette role name ("window", "windowText", …).
    Q_PROPERTY(QVariantMap colors READ colors NOTIFY changed)
public:
    using QObject::QObject;

    bool isDark() const { return m_dark; }
    /// Sets the application palette: the style's standard one, or its dark derivation.
    void setDark(bool dark);
    QVariantMap colors() const;

    /// The style's standard palette with its lightness inverted (highlight and links kept).
    static QPalette darkPalette();
    static QVariantMap qmlColors(const QPalette &palette);

Q_SIGNALS:
    void changed();

private:
    bool m_dark = false;
};
