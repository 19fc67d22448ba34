#pragma once

#include "devicerecords.h"
#include "heartbeatbuffer.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** DeviceRecords in central's SQLite database (migrations in storage/sqlite/migrations).
 *  Heartbeats go through the storage's HeartbeatBuffer when it has one: taken without the
 *  file's write lock, written by its flusher (writeHeartbeats()); every read of a device's
 *  heartbeat sees the newest one still waiting there. */
class SqliteDeviceRecords final : public DeviceRecords
{
public:
    /** @p heartbeats: the storage's (borrowed; outlives these records), or null to write each
     *  heartbeat at once. */
    explicit SqliteDeviceRecords(Database &db, HeartbeatBuffer *heartbeats = nullptr)
        : m_db(&db), m_heartbeats(heartbeats)
    {
    }

    Result<void> insertToken(const TokenRow &t) override;
    Result<std::optional<TokenRow>> token(const QString &hash) override;
    Result<QList<TokenRow>> tokens(int offset, int limit) override;
    Result<int> tokenCount() override;
    Result<void> useToken(const QString &hash, const QString &device, const QString &csrKey,
                          const QDateTime &at) override;
    Result<bool> withdrawToken(const QString &hash) override;
    Result<void> insertDevice(const DeviceRow &d) override;
    Result<std::optional<DeviceRow>> device(const QString &id) override;
    Result<QList<DeviceRow>> devices() override;
    Result<void> renewDevice(const QString &id, const QByteArray &certificatePem,
                             const QString &csrKey, const QDateTime &at) override;
    Result<int> renewals(const QString &id) override;
    Result<void> revoke(const QString &id, const QDateTime &at) override;
    Result<bool> rememberNonce(const QString &nonce, const QString &device, const QDateTime &now,
                               qint64 windowSeconds) override;
    Result<bool> takeHeartbeat(const QString &nonce, const QString &device, const QDateTime &now,
                               qint64 windowSeconds, const QByteArray &json) override;
    Result<void> setHeartbeat(const QString &device, const QByteArray &json,
                              const QDateTime &at) override;
    Result<std::optional<QByteArray>> heartbeat(const QString &device) override;

    /** The buffer's batch in one transaction on this connection (the flusher's): every nonce
     *  and each device's heartbeats in order, committed without waiting for the disk (as
     *  takeHeartbeat() alone does). */
    Result<void> writeHeartbeats(const QList<HeartbeatBuffer::Pending> &batch);

private:
    /** Drops nonces older than the window when noncePruneDue() says so. */
    Result<void> pruneNoncesIfDue(qint64 at, qint64 windowSeconds);
    /** rememberNonce() at Unix second @p at. */
    Result<bool> takeNonce(const QString &nonce, const QString &device, qint64 at,
                           qint64 windowSeconds);

    /** The heartbeat written at once, as before the buffer (inside a caller's transaction, or
     *  without a buffer). */
    Result<bool> takeHeartbeatNow(const QString &nonce, const QString &device, const QDateTime &now,
                                  qint64 windowSeconds, const QByteArray &json);
    /** @p row with its newest heartbeat still waiting in the buffer. */
    DeviceRow withWaiting(DeviceRow row) const;
    /** Runs @p write with synchronous=NORMAL when no transaction is open (a commit that does
     *  not wait for the disk), FULL again after. */
    template <typename T> Result<T> unsynced(const std::function<Result<T>()> &write);

    Database *m_db;
    HeartbeatBuffer *m_heartbeats;
    std::atomic<qint64> m_noncesPrunedAt{0};
};

} // namespace jiujin::gateway
