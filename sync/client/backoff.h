#pragma once

#include <QtGlobal>

#include <chrono>
#include <random>

namespace jiujin {

/** Full-jitter exponential backoff between failed pushes: 1 s base, 5 min cap, Retry-After
 * honoured. */
class Backoff
{
public:
    using ms = std::chrono::milliseconds;
    explicit Backoff(quint32 seed = std::random_device{}(), ms base = std::chrono::seconds(1),
                     ms cap = std::chrono::minutes(5));

    /** Records one more failure and returns how long to wait: uniform in [0, min(cap, base·2^n)),
     *  but never less than @p retryAfterS seconds when the server said so (-1: it did not). */
    ms next(int retryAfterS = -1);
    /** A success (or a nudge: connectivity is back) starts the sequence again. */
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    std::mt19937 m_rng;
    ms m_base, m_cap;
    int m_failures = 0;
};

} // namespace jiujin
