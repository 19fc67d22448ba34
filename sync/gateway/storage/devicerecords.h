#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace jiujin {

/** An enrollment token as stored: only its SHA-256 is kept, never the token itself. */
struct TokenRow
{
    QString hash, point;
    QString suite; ///< "intl", "gm", or empty: the serving suite decides at enrollment
    QDateTime createdAt, expiresAt;
    std::optional<QDateTime> usedAt;
    QString device; ///< set once used
    QString csrKey; ///< fingerprint of the CSR key it was used with
};

/** An enrolled kiosk. */
struct DeviceRow
{
    QString id, point, suite;
    QByteArray signingKeyPem, certificatePem;
    QString csrKey;
    QDateTime enrolledAt;
    std::optional<QDateTime> revokedAt;
    std::optional<QDateTime> lastHeartbeat;
};

} // namespace jiujin

namespace jiujin::gateway {

/**
 * Enrollment tokens, enrolled devices, their certificates, heartbeats and request nonces. Reads
 * fail closed: a storage error is an Error, never "not found".
 */
class DeviceRecords
{
public:
    virtual ~DeviceRecords() = default;

    virtual Result<void> insertToken(const TokenRow &token) = 0;
    /** The token with SHA-256 @p hash; nullopt when central never made it. */
    virtual Result<std::optional<TokenRow>> token(const QString &hash) = 0;
    /** Every enrollment token, newest first: at most @p limit after skipping @p offset. */
    virtual Result<QList<TokenRow>> tokens(int offset, int limit) = 0;
    /** How many enrollment tokens central ever made. */
    virtual Result<int> tokenCount() = 0;
    /** Marks the token used by @p device with CSR key @p csrKey; Error::Busy when it was used
     *  already. Call inside a transaction. */
    virtual Result<void> useToken(const QString &hash, const QString &device, const QString &csrKey,
                                  const QDateTime &at) = 0;
    /** Deletes the token with SHA-256 @p hash if it was never used: true when it did, false when
     *  it is used (or gone). The audit log keeps that it existed. Call inside a transaction. */
    virtual Result<bool> withdrawToken(const QString &hash) = 0;

    virtual Result<void> insertDevice(const DeviceRow &device) = 0;
    /** The device @p id, nullopt when central does not know it. */
    virtual Result<std::optional<DeviceRow>> device(const QString &id) = 0;
    /** Every device, by enrollment time. */
    virtual Result<QList<DeviceRow>> devices() = 0;
    /** Records a renewed certificate of @p id (same device id, new TLS key @p csrKey): it becomes
     *  the device's certificate, and the history keeps every one issued. Error::NotFound for an
     *  unknown or revoked device. */
    virtual Result<void> renewDevice(const QString &id, const QByteArray &certificatePem,
                                     const QString &csrKey, const QDateTime &at) = 0;
    /** How many certificates were issued to @p id by renewal (enrollment's not counted). */
    virtual Result<int> renewals(const QString &id) = 0;
    /** Error::NotFound for an unknown device; revoking twice keeps the first time. */
    virtual Result<void> revoke(const QString &id, const QDateTime &at) = 0;

    /** Records @p nonce at @p now; false when it was already seen within @p windowSeconds (a
     *  replay). A nonce seen longer ago counts as new. Nonces older than the window are dropped
     *  at most once a minute per process (noncePruneDue), not by every request: concurrent
     *  requests deleting the same old rows waited for each other's commit, and each delete cost
     *  a WAL flush (docs/DESIGN.md §11d). */
    virtual Result<bool> rememberNonce(const QString &nonce, const QString &device,
                                       const QDateTime &now, qint64 windowSeconds) = 0;

    /**
     * A signed heartbeat's two writes in one transaction whose commit does not wait for the disk
     * (DESIGN §11d): takes @p nonce as rememberNonce() does and, only when it is new, keeps
     * @p json as @p device's newest heartbeat at @p now. False, and nothing written, for a
     * replay. Outside a caller's transaction; inside one it is a plain part of it.
     *
     * Why the flush can go: the nonce and the heartbeat it admits commit together, and both
     * engines keep commits in order on disk (PostgreSQL's WAL, SQLite's WAL file), so a crash
     * loses the pair together and only with every later commit: no durable write is ever made
     * twice by one signed request. Every instance sees the nonce as soon as it commits, crash or
     * not (PostgreSQL: visible at once to all sessions; SQLite: one instance per file).
     */
    virtual Result<bool> takeHeartbeat(const QString &nonce, const QString &device,
                                       const QDateTime &now, qint64 windowSeconds,
                                       const QByteArray &json) = 0;

    /** Keeps the newest heartbeat of a device (compact JSON, no personal data). */
    virtual Result<void> setHeartbeat(const QString &device, const QByteArray &json,
                                      const QDateTime &at) = 0;
    virtual Result<std::optional<QByteArray>> heartbeat(const QString &device) = 0;
};

/** Whether the caller should drop expired nonces now (@p now, Unix seconds): true at most once
 *  a minute per @p last (one process's), to one caller only. */
inline bool noncePruneDue(std::atomic<qint64> &last, qint64 now)
{
    qint64 seen = last.load();
    return (now < seen || now - seen >= 60) && last.compare_exchange_strong(seen, now);
}

} // namespace jiujin::gateway
