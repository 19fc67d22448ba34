#pragma once

#include "result.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace jiujin::gateway {

/**
 * What `GET /healthz` answers the deployment's balancer (DESIGN §11c): whether this instance
 * reaches its database now. The probe (a read of the schema version) runs on one worker thread
 * of its own, one probe at a time; a check waits for it at most the timeout, so a database that
 * hangs costs one thread however often the balancer asks, and every answer comes within the
 * timeout. A check that finds a probe running waits for that one instead of starting another.
 */
class HealthCheck
{
public:
    using Probe = std::function<Result<void>()>;
    explicit HealthCheck(Probe probe,
                         std::chrono::milliseconds timeout = std::chrono::milliseconds(2000));
    ~HealthCheck();
    HealthCheck(const HealthCheck &) = delete;
    HealthCheck &operator=(const HealthCheck &) = delete;

    struct Answer
    {
        bool healthy = false;
        QString why; ///< for the log only: never sent to the caller
    };
    Answer check();

    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    void run();

    Probe m_probe;
    const std::chrono::milliseconds m_timeout;
    std::mutex m_lock;
    std::condition_variable m_wake;     // the worker: a probe is asked for, or stop
    std::condition_variable m_answered; // the checks: a probe ended
    quint64 m_asked = 0;                // probes asked for
    quint64 m_done = 0;                 // the last probe ended answers up to this one
    bool m_probing = false;
    bool m_stop = false;
    Answer m_last;
    std::thread m_worker;
};

} // namespace jiujin::gateway
