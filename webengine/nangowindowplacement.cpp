// SPDX-License-Identifier: MIT
#include "nangowindowplacement_p.h"

#include <QScreen>

QRect NangoWebEngine::availableArea(const QScreen *screen)
{
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

QRect NangoWebEngine::placeWindow(const QSize &requested, const QRect &available, const std::optional<QRect> &anchorFrame)
{
    const QSize size = requested.boundedTo(available.size()).expandedTo(MinimumWindowSize).boundedTo(available.size());
    QRect frame(QPoint(), size);
    frame.moveCenter((anchorFrame ? *anchorFrame : available).center());
    frame.moveLeft(qBound(available.left(), frame.left(), qMax(available.left(), available.right() - size.width())));
    frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - size.height())));
    return frame;
}
