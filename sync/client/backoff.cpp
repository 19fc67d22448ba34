#include "backoff.h"

#include <algorithm>

namespace jiujin {

Backoff::Backoff(quint32 seed, ms base, ms cap) : m_rng(seed), m_base(base), m_cap(cap) {}

Backoff::ms Backoff::next(int retryAfterS)
{
    // Shift at most 30 so the ceiling cannot overflow; the cap is reached long before.
    const int shift = std::min(m_failures, 30);
    ++m_failures;
    const qint64 ceiling = std::min<qint64>(m_cap.count(), m_base.count() << shift);
    std::uniform_int_distribution<qint64> pick(0, std::max<qint64>(0, ceiling - 1));
    ms wait(pick(m_rng));
    if (retryAfterS >= 0) {
        // Honour the server, but a misconfigured Retry-After must not park the queue for days.
        const ms asked = std::min<ms>(std::chrono::seconds(retryAfterS), std::chrono::hours(1));
        wait = std::max(wait, asked);
    }
    return wait;
}

} // namespace jiujin
