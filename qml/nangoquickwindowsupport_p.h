// SPDX-License-Identifier: MIT
// What the module's windows (AuthWindow, the hosted Connect UI's window) share.
#pragma once

class QObject;
class QQmlEngine;
class QQuickWebEngineProfile;
class QQuickWindow;

namespace NangoQuickPrivate {
/// For NangoAuth objects made in C++ (no QML engine of their own): the one engine the module's
/// windows are made in, living as long as the application object.
QQmlEngine *moduleEngine();

/// Closes @p window without a user-close report (its QML `closeQuietly()`) and deletes it; the
/// @p profile and @p alsoAfter (e.g. a web channel's bridge) are deleted once the window and
/// its pages are gone (a profile must outlive its pages). Each may be null.
void releaseWindow(QQuickWindow *window, QQuickWebEngineProfile *profile, QObject *alsoAfter = nullptr);
} // namespace NangoQuickPrivate
