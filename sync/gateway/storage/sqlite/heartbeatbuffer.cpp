#include "heartbeatbuffer.h"

#include "gatewaylog.h"

#include <algorithm>
#include <chrono>

namespace jiujin::gateway {

HeartbeatBuffer::HeartbeatBuffer(Writer writer) : m_writer(std::move(writer)) {}

HeartbeatBuffer::~HeartbeatBuffer()
{
    {
        std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_flusher.joinable())
        m_flusher.join();
}

Result<HeartbeatBuffer::Taken>
HeartbeatBuffer::take(const Pending &beat, const std::function<Result<bool>()> &seenInDatabase)
{
    std::lock_guard lock(m_lock);
    if (const auto it = m_nonces.constFind(beat.nonce);
        it != m_nonces.constEnd() && it->newest >= beat.at - beat.windowSeconds)
        return Taken::Replay;
    auto seen = seenInDatabase();
    if (!seen)
        return seen.error();
    if (seen.value())
        return Taken::Replay;
    if (m_pending.size() >= capacity)
        return Taken::Full;
    m_pending.append(beat);
    Nonce &nonce = m_nonces[beat.nonce];
    nonce.newest = std::max(nonce.newest, beat.at);
    ++nonce.waiting;
    Newest &n = m_newest[beat.device];
    n.at = beat.at;
    n.json = beat.json;
    ++n.waiting;
    if (!m_flusher.joinable())
        m_flusher = std::thread([this] { run(); });
    return Taken::Fresh;
}

bool HeartbeatBuffer::holds(const QString &nonce, qint64 at, qint64 windowSeconds) const
{
    std::lock_guard lock(m_lock);
    const auto it = m_nonces.constFind(nonce);
    return it != m_nonces.constEnd() && it->newest >= at - windowSeconds;
}

std::optional<std::pair<qint64, QByteArray>> HeartbeatBuffer::newest(const QString &device) const
{
    std::lock_guard lock(m_lock);
    const auto it = m_newest.constFind(device);
    if (it == m_newest.constEnd())
        return std::nullopt;
    return std::pair{it->at, it->json};
}

qsizetype HeartbeatBuffer::waiting() const
{
    std::lock_guard lock(m_lock);
    return m_pending.size();
}

Result<void> HeartbeatBuffer::flush()
{
    std::lock_guard flushing(m_flushing);
    QList<Pending> batch;
    {
        std::lock_guard lock(m_lock);
        batch = m_pending;
    }
    if (batch.isEmpty())
        return {};
    // Written outside the lock (heartbeats keep coming meanwhile); dropped from memory only
    // after the commit, so a nonce is always here or in the database, never in neither.
    auto written = m_writer(batch);
    std::lock_guard lock(m_lock);
    if (!written) {
        if (!m_failing)
            qCWarning(lcGateway) << "heartbeats not written yet (" << batch.size()
                                 << "waiting):" << written.error().message;
        m_failing = true;
        return written.error();
    }
    if (m_failing)
        qCInfo(lcGateway) << "heartbeats written again";
    m_failing = false;
    for (const Pending &p : batch) {
        if (auto n = m_nonces.find(p.nonce); n != m_nonces.end() && --n->waiting == 0)
            m_nonces.erase(n);
        auto it = m_newest.find(p.device);
        if (it != m_newest.end() && --it->waiting == 0)
            m_newest.erase(it);
    }
    m_pending.remove(0, batch.size());
    return {};
}

void HeartbeatBuffer::run()
{
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_lock);
            m_wake.wait_for(lock, std::chrono::milliseconds(flushIntervalMs),
                            [this] { return m_stopping; });
            stopping = m_stopping;
        }
        try {
            (void)flush(); // a failure is logged; what waits is tried again next time
        } catch (const std::exception &e) {
            qCCritical(lcGateway) << "heartbeats not written:" << e.what();
        }
        if (stopping)
            return;
    }
}

} // namespace jiujin::gateway
