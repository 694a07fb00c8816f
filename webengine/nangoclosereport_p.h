// SPDX-License-Identifier: MIT
#pragma once

/**
 * Tells the user closing an authorization window (Escape, the close button, a close event) from
 * the flow closing it, and makes the user close reported once although a window hears of it
 * more than once (a dialog's reject() and its close event, a window's closing signal).
 */
class NangoCloseReport
{
public:
    /// The flow closes the window: what follows is no user close.
    void closeQuietly() { m_quiet = true; }
    /// The window is closing: true the first time, unless the flow closes it (report it then).
    bool takeUserClose()
    {
        if (m_quiet || m_reported)
            return false;
        m_reported = true;
        return true;
    }

private:
    bool m_quiet = false;
    bool m_reported = false;
};
