// SPDX-License-Identifier: MIT
// Private: the process-wide registration of an embedded window implementation, kept by priority.
#pragma once

#include <QMutex>
#include <QMutexLocker>

namespace NangoQtPrivate {

/**
 * One process-wide registration (an @p Entry holding at least a `factory` that converts to bool)
 * and the priority it came with. The rule both window interfaces follow (NangoAuthWindow,
 * NangoConnectUIWindow): an offer replaces the registration unless one of a higher priority is
 * in place (an equal one is replaced; an empty factory counts as no registration). Thread-safe.
 */
template <typename Entry>
class NangoEmbeddedRegistry
{
public:
    /// Makes @p entry the registration unless a higher one is in place; returns whether it now is.
    bool offer(const Entry &entry, int priority)
    {
        QMutexLocker lock(&m_mutex);
        if (m_entry.factory && m_priority > priority)
            return false;
        m_entry = entry;
        m_priority = priority;
        return true;
    }
    /// Changes the registration in place: @p change gets the entry and its priority.
    template <typename Change>
    void modify(Change &&change)
    {
        QMutexLocker lock(&m_mutex);
        change(m_entry, m_priority);
    }
    Entry entry() const
    {
        QMutexLocker lock(&m_mutex);
        return m_entry;
    }

private:
    mutable QMutex m_mutex;
    Entry m_entry;
    int m_priority = 0;
};

} // namespace NangoQtPrivate
