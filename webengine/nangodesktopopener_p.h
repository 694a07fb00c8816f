// SPDX-License-Identifier: MIT
#pragma once

// Shared by the two GUI modules (compiled into NangoQt::Widgets and NangoQt::Quick): how the
// system browser is opened once a GUI application exists.
namespace NangoWebEngine {
/// Makes QDesktopServices::openUrl the system browser's opener where Qt does more than Core's
/// own opener (macOS, Windows, and the desktop portal in Flatpak and Snap sandboxes); a `false`
/// from it ends the flow with blocked_by_browser. On other Unix desktops Qt would start the same
/// xdg-open detached and drop its exit status, so Core's opener, which watches it, stays.
void registerDesktopUrlOpener();
} // namespace NangoWebEngine
