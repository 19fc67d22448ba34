#include "fleetsimulator.h"

#include <random>

namespace jiujin::scale {

FleetSimulator::FleetSimulator(FleetTransport &transport, int threads)
    : m_transport(transport), m_threads(threads)
{
}

FleetSimulator::~FleetSimulator()
{
    stop();
}

void FleetSimulator::add(std::unique_ptr<SimDevice> device)
{
    std::lock_guard lock(m_mutex);
    m_devices.push_back(std::move(device));
    m_wasDrained.push_back(0);
    m_wasReady.push_back(0);
    m_acksSeen.push_back(0);
    m_heartbeatsSeen.push_back(0);
    m_queue.push({std::chrono::steady_clock::now(), m_devices.size() - 1});
}

void FleetSimulator::start()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    for (int i = 0; i < m_threads; ++i)
        m_workers.emplace_back([this] { work(); });
}

void FleetSimulator::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
    m_workers.clear();
}

void FleetSimulator::spreadOver(std::chrono::milliseconds window)
{
    std::mt19937 random(4711);
    std::lock_guard lock(m_mutex);
    // Every device is either queued or in a worker; one in a worker is queued again when its
    // step ends. Rebuild the queue from what is queued now.
    std::vector<size_t> queued;
    while (!m_queue.empty()) {
        queued.push_back(m_queue.top().second);
        m_queue.pop();
    }
    const auto now = std::chrono::steady_clock::now();
    for (size_t d : queued)
        m_queue.push({now + std::chrono::milliseconds(
                                random() % std::max<quint64>(1, quint64(window.count()))),
                      d});
    m_wake.notify_all();
}

bool FleetSimulator::waitFor(const std::function<bool()> &done,
                             std::chrono::milliseconds timeout) const
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return true;
}

void FleetSimulator::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopping)
            return;
        if (m_queue.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto [due, index] = m_queue.top();
        if (due > std::chrono::steady_clock::now()) {
            m_wake.wait_until(lock, due);
            continue;
        }
        m_queue.pop();
        SimDevice &device = *m_devices[index];
        lock.unlock();
        // How late this step starts against when it was due: every worker busy, or a worker
        // woken late by the machine's scheduler. Not part of any request's latency.
        m_transport.stats().recordSample(
            "simulator:late",
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - due)
                .count());

        const qint64 delayMs = device.step(m_transport);
        const qsizetype acks = device.acknowledged().size();
        m_acknowledged += acks - m_acksSeen[index];
        m_acksSeen[index] = acks;
        m_heartbeats += device.heartbeats() - m_heartbeatsSeen[index];
        m_heartbeatsSeen[index] = device.heartbeats();
        if (!m_wasReady[index] && device.stage() >= SimDevice::Stage::Drain) {
            m_wasReady[index] = 1;
            ++m_ready;
        }
        const bool drained = device.drained();
        if (drained != bool(m_wasDrained[index])) {
            m_drained += drained ? 1 : -1;
            m_wasDrained[index] = drained;
        }

        lock.lock();
        m_queue.push(
            {std::chrono::steady_clock::now() + std::chrono::milliseconds(delayMs), index});
        m_wake.notify_one();
    }
}

} // namespace jiujin::scale
