#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace jiujin::gateway {

/**
 * Heartbeats admitted on SQLite without the file's write lock (DESIGN §11d): a heartbeat's nonce
 * and body wait here, in memory, and one flusher thread writes everything waiting in one
 * transaction each flushInterval, so a heartbeat never waits behind an intake batch's write
 * transaction. Bounded (capacity heartbeats waiting; more are refused as busy until the flusher
 * writes). Shared by every connection of one SqliteCentralStorage (one instance per file).
 */
class HeartbeatBuffer
{
public:
    /** One admitted heartbeat: its nonce, the device, when it came (Unix seconds), the body. */
    struct Pending
    {
        QString nonce, device;
        qint64 at = 0;
        qint64 windowSeconds = 0; ///< the nonce's window, for the write
        QByteArray json;
    };
    enum class Taken { Fresh, Replay, Full };
    /** Writes @p batch (oldest first) in one transaction; an error leaves it waiting. Called
     *  on the flusher thread only. */
    using Writer = std::function<Result<void>(const QList<Pending> &batch)>;

    /** Heartbeats waiting at most: about a province's fleet twice over, a few MB. */
    static constexpr qsizetype capacity = 16384;
    /** How often the flusher writes what waits (ms): what another process (`jiujin-gateway
     *  devices`) lags behind, plus however long intake holds the write lock. */
    static constexpr int flushIntervalMs = 1000;

    explicit HeartbeatBuffer(Writer writer);
    /** Writes what still waits (one last transaction), then stops the flusher. */
    ~HeartbeatBuffer();
    HeartbeatBuffer(const HeartbeatBuffer &) = delete;
    HeartbeatBuffer &operator=(const HeartbeatBuffer &) = delete;

    /** Takes @p beat: Replay when its nonce waits here or @p seenInDatabase says the database
     *  holds it within the window (asked under the buffer's lock, so that a nonce is never taken
     *  twice: the flusher drops a written nonce only after its commit); Full when capacity
     *  heartbeats wait. An error of @p seenInDatabase is returned (fail closed). */
    Result<Taken> take(const Pending &beat, const std::function<Result<bool>()> &seenInDatabase);
    /** Whether @p nonce waits here, taken within @p windowSeconds before @p at (Unix s). */
    bool holds(const QString &nonce, qint64 at, qint64 windowSeconds) const;
    /** @p device's newest heartbeat still waiting (its time and body), if any. */
    std::optional<std::pair<qint64, QByteArray>> newest(const QString &device) const;
    /** Heartbeats waiting now. */
    qsizetype waiting() const;
    /** Writes what waits now, on the calling thread (tests, and the flusher). */
    Result<void> flush();

private:
    struct Newest
    {
        qint64 at = 0;
        QByteArray json;
        int waiting = 0; ///< heartbeats of the device in m_pending
    };
    void run();

    Writer m_writer;
    mutable std::mutex m_lock;
    std::mutex m_flushing; // one flush at a time (the flusher's, a test's, the last one)
    std::condition_variable m_wake;
    QList<Pending> m_pending; // arrival order
    struct Nonce
    {
        qint64 newest = 0; ///< when it was last taken (Unix s)
        int waiting = 0;   ///< heartbeats with it in m_pending (2 only past its window)
    };
    QHash<QString, Nonce> m_nonces; // of m_pending
    QHash<QString, Newest> m_newest;
    bool m_stopping = false;
    bool m_failing = false; // the last write failed (logged once until one succeeds)
    std::thread m_flusher;  // started with the first heartbeat
};

} // namespace jiujin::gateway
