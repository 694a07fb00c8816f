// SPDX-License-Identifier: MIT
#pragma once

// Shared by the two GUI modules (compiled into NangoQt::Widgets and NangoQt::Quick): what
// NangoAuth::preload() does when a WebEngine-based window is registered.
namespace NangoWebEngine {
/**
 * How long an authorization window shown in its connecting state waits before it makes its
 * profile and web view. The first profile of a process starts WebEngine, which blocks the thread
 * for 50–150 ms; started at once, it would hold back the WebSocket handshake's first steps (the
 * host lookup, the TCP connect, the TLS hello, the upgrade request), which need the event loop
 * for a moment each. Measured on loopback with a 150 ms ack delay: started in the same event-loop
 * turn, the cold modal painted 40 ms later than with this delay. The window is on screen
 * meanwhile, and the ack (open()) starts the browser at once if it comes first.
 */
constexpr int BrowserStartDelayMs = 20;

/// Starts WebEngine's browser and render processes with a blank page on the default profile,
/// so the first authorization window shows as fast as later ones. Idempotent; the page is
/// released before the application object goes.
void warmUp();
} // namespace NangoWebEngine
