#pragma once

#include "devicerecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** DeviceRecords in central's PostgreSQL database (migrations in storage/postgres/migrations). */
class PgDeviceRecords final : public DeviceRecords
{
public:
    explicit PgDeviceRecords(PgDatabase &db) : m_db(&db) {}

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

private:
    /** Drops nonces older than the window when noncePruneDue() says so. */
    Result<void> pruneNoncesIfDue(qint64 at, qint64 windowSeconds);

    PgDatabase *m_db;
    std::atomic<qint64> m_noncesPrunedAt{0};
};

} // namespace jiujin::gateway
