// SPDX-License-Identifier: MIT
#pragma once

// Shared by the two GUI modules (compiled into NangoQt::Widgets and NangoQt::Quick): what
// NangoAuth::preload() does when a WebEngine-based window is registered.
namespace NangoWebEngine {
/// Starts WebEngine's browser and render processes with a blank page on the default profile,
/// so the first authorization window shows as fast as later ones. Idempotent; the page is
/// released before the application object goes.
void warmUp();
} // namespace NangoWebEngine
