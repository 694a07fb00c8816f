// SPDX-License-Identifier: MIT
#pragma once

// Where both authorization windows appear (the Widgets modal, the QML AuthWindow).

#include <QRect>
#include <QSize>

#include <optional>

class QScreen;

namespace NangoWebEngine {

/// The smallest window either face shows, whatever size the flow asks for (NangoAuth's width
/// and height), unless the screen itself is smaller.
constexpr QSize MinimumWindowSize(200, 200);

/// The area a window may take on @p screen (its available geometry), or 1024×768 at the origin
/// without a screen.
QRect availableArea(const QScreen *screen);

/**
 * The frame of an authorization window asked to be @p requested logical pixels: the size clamped
 * to @p available (at least MinimumWindowSize while @p available allows it), centred on
 * @p anchorFrame (the app window it belongs to) or, without one, on @p available, and moved back
 * inside @p available where the centring would leave it. A pure function.
 */
QRect placeWindow(const QSize &requested, const QRect &available, const std::optional<QRect> &anchorFrame);

} // namespace NangoWebEngine
