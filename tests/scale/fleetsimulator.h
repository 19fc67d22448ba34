#pragma once

#include "fleettransport.h"
#include "simdevice.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

namespace jiujin::scale {

/**
 * Many simulated kiosks in one process: a bounded pool of worker threads takes the device whose
 * next step is due (a time-ordered queue), runs that step (one or a few requests) and puts the
 * device back with its next time. How late each step starts is kept in the transport's stats as
 * "simulator:late" (the simulator's own delay, apart from central's). A device is in at most one
 * worker at a time; thousands of devices cost their state and a libcurl handle each, not a thread
 * or a process.
 */
class FleetSimulator
{
public:
    FleetSimulator(FleetTransport &transport, int threads);
    ~FleetSimulator();

    /** Adds @p device, due at once (before start()). */
    void add(std::unique_ptr<SimDevice> device);
    void start();
    /** Stops the workers after the steps they are in; devices keep their state. */
    void stop();
    /** Waits until @p done() holds (checked every 100 ms) or @p timeout passes; whether it held. */
    bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout) const;
    /** Makes every device due once at a uniformly random moment in the next @p window. */
    void spreadOver(std::chrono::milliseconds window);

    /** Devices whose outbox is empty and that have sent a heartbeat since. */
    qsizetype drained() const { return m_drained.load(); }
    /** Devices enrolled and past their catalogue pull and leases: at their first batch. */
    qsizetype readyToDrain() const { return m_ready.load(); }
    /** Records acknowledged by central so far, over all devices. */
    qint64 acknowledged() const { return m_acknowledged.load(); }
    qint64 heartbeats() const { return m_heartbeats.load(); }
    /** The devices; only while the simulator is stopped. */
    const std::vector<std::unique_ptr<SimDevice>> &devices() const { return m_devices; }

private:
    using Due = std::pair<std::chrono::steady_clock::time_point, size_t>;
    void work();

    FleetTransport &m_transport;
    int m_threads;
    std::vector<std::unique_ptr<SimDevice>> m_devices;
    std::vector<char> m_wasDrained;       ///< by device; touched by the worker holding it
    std::vector<qsizetype> m_acksSeen;    ///< by device; as above
    std::vector<qint64> m_heartbeatsSeen; ///< by device; as above
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_queue;
    std::vector<std::thread> m_workers;
    bool m_stopping = false;
    std::vector<char> m_wasReady; ///< by device; as above
    std::atomic<qsizetype> m_drained{0};
    std::atomic<qsizetype> m_ready{0};
    std::atomic<qint64> m_acknowledged{0};
    std::atomic<qint64> m_heartbeats{0};
};

} // namespace jiujin::scale
