#include "healthcheck.h"

namespace jiujin::gateway {

HealthCheck::HealthCheck(Probe probe, std::chrono::milliseconds timeout)
    : m_probe(std::move(probe)), m_timeout(timeout)
{
}

HealthCheck::~HealthCheck()
{
    {
        std::lock_guard lock(m_lock);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable())
        m_worker.join(); // after the probe in progress, if any
}

HealthCheck::Answer HealthCheck::check()
{
    std::unique_lock lock(m_lock);
    if (!m_worker.joinable())
        m_worker = std::thread([this] { run(); });
    // A probe already running started no earlier than this check's caller saw the last answer:
    // its answer is as fresh as a new one, and a database that hangs never gets a second.
    if (!m_probing) {
        ++m_asked;
        m_wake.notify_one();
    }
    const quint64 wanted = m_asked;
    if (!m_answered.wait_for(lock, m_timeout, [&] { return m_done >= wanted; }))
        return {false, QStringLiteral("the database did not answer within %1 ms")
                           .arg(qint64(m_timeout.count()))};
    return m_last;
}

void HealthCheck::run()
{
    std::unique_lock lock(m_lock);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_asked > m_done; });
        if (m_stop)
            return;
        const quint64 serving = m_asked;
        m_probing = true;
        lock.unlock();
        const Result<void> r = m_probe();
        lock.lock();
        m_probing = false;
        m_done = serving;
        m_last = r ? Answer{true, QString()} : Answer{false, r.error().message};
        m_answered.notify_all();
    }
}

} // namespace jiujin::gateway
