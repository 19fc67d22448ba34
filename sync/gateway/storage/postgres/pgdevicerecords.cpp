#include "pgdevicerecords.h"

#include "devicerows.h"
#include "gatewaylog.h"
#include "pgdatabase.h"
#include "pgtransaction.h"

namespace jiujin::gateway {

using devicerows::deviceFrom;
using devicerows::tokenFrom;

namespace {

const char *const tokenColumns = "SELECT hash, point, suite, created_at, expires_at, used_at,"
                                 " device, csr_key FROM tokens";

const char *const deviceColumns =
    "SELECT d.id, d.point, d.suite, d.signing_key, d.certificate, d.csr_key, d.enrolled_at,"
    " d.revoked_at, h.received_at FROM devices d LEFT JOIN heartbeats h ON h.device = d.id";

} // namespace

Result<void> PgDeviceRecords::insertToken(const TokenRow &t)
{
    PgStatement s = m_db->prepare("INSERT INTO tokens(hash, point, suite, created_at, expires_at)"
                                  " VALUES (?, ?, ?, ?, ?)");
    s.bind(1, t.hash).bind(2, t.point).bind(3, t.suite);
    s.bind(4, t.createdAt.toSecsSinceEpoch()).bind(5, t.expiresAt.toSecsSinceEpoch());
    return s.run();
}

Result<std::optional<TokenRow>> PgDeviceRecords::token(const QString &hash)
{
    PgStatement s = m_db->prepare((QByteArray(tokenColumns) + " WHERE hash = ?").constData());
    s.bind(1, hash);
    return rows::first(s, tokenFrom<PgStatement>);
}

Result<QList<TokenRow>> PgDeviceRecords::tokens(int offset, int limit)
{
    PgStatement s = m_db->prepare(
        (QByteArray(tokenColumns) + " ORDER BY created_at DESC, hash LIMIT ? OFFSET ?")
            .constData());
    s.bind(1, qint64(limit)).bind(2, qint64(offset));
    return rows::all(s, tokenFrom<PgStatement>);
}

Result<int> PgDeviceRecords::tokenCount()
{
    PgStatement s = m_db->prepare("SELECT count(*) FROM tokens");
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count failed")};
    return int(s.integer(0));
}

Result<void> PgDeviceRecords::useToken(const QString &hash, const QString &device,
                                       const QString &csrKey, const QDateTime &at)
{
    PgStatement s = m_db->prepare("UPDATE tokens SET used_at = ?, device = ?, csr_key = ?"
                                  " WHERE hash = ? AND used_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, device).bind(3, csrKey).bind(4, hash);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::Busy, QStringLiteral("token already used")};
    return {};
}

Result<bool> PgDeviceRecords::withdrawToken(const QString &hash)
{
    PgStatement s = m_db->prepare("DELETE FROM tokens WHERE hash = ? AND used_at IS NULL");
    s.bind(1, hash);
    if (auto r = s.run(); !r)
        return r.error();
    return m_db->changes() == 1;
}

Result<void> PgDeviceRecords::insertDevice(const DeviceRow &d)
{
    PgStatement s = m_db->prepare("INSERT INTO devices(id, point, suite, signing_key, certificate,"
                                  " csr_key, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, d.id).bind(2, d.point).bind(3, d.suite);
    s.bind(4, QString::fromUtf8(d.signingKeyPem)).bind(5, QString::fromUtf8(d.certificatePem));
    s.bind(6, d.csrKey).bind(7, d.enrolledAt.toSecsSinceEpoch());
    return s.run();
}

Result<std::optional<DeviceRow>> PgDeviceRecords::device(const QString &id)
{
    PgStatement s = m_db->prepare((QByteArray(deviceColumns) + " WHERE d.id = ?").constData());
    s.bind(1, id);
    return rows::first(s, deviceFrom<PgStatement>);
}

Result<QList<DeviceRow>> PgDeviceRecords::devices()
{
    PgStatement s =
        m_db->prepare((QByteArray(deviceColumns) + " ORDER BY d.enrolled_at, d.id").constData());
    return rows::all(s, deviceFrom<PgStatement>);
}

Result<void> PgDeviceRecords::renewDevice(const QString &id, const QByteArray &certificatePem,
                                          const QString &csrKey, const QDateTime &at)
{
    PgScopedTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun().error();
    PgStatement s = m_db->prepare("UPDATE devices SET certificate = ?, csr_key = ?"
                                  " WHERE id = ? AND revoked_at IS NULL");
    s.bind(1, QString::fromUtf8(certificatePem)).bind(2, csrKey).bind(3, id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::NotFound, QStringLiteral("no such device, or revoked")};
    PgStatement h = m_db->prepare("INSERT INTO device_certificates(device, certificate, csr_key,"
                                  " issued_at) VALUES (?, ?, ?, ?)");
    h.bind(1, id).bind(2, QString::fromUtf8(certificatePem)).bind(3, csrKey);
    h.bind(4, at.toSecsSinceEpoch());
    if (auto r = h.run(); !r)
        return r;
    return tx.commit();
}

Result<int> PgDeviceRecords::renewals(const QString &id)
{
    PgStatement s = m_db->prepare("SELECT count(*) FROM device_certificates WHERE device = ?");
    s.bind(1, id);
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count failed")};
    return int(s.integer(0));
}

Result<void> PgDeviceRecords::revoke(const QString &id, const QDateTime &at)
{
    auto known = device(id);
    if (!known)
        return known.error();
    if (!known->has_value())
        return Error{Error::NotFound, QStringLiteral("no such device")};
    PgStatement s =
        m_db->prepare("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, id);
    return s.run();
}

Result<void> PgDeviceRecords::pruneNoncesIfDue(qint64 at, qint64 windowSeconds)
{
    if (!noncePruneDue(m_noncesPrunedAt, at))
        return {};
    // A prune lost in a crash only leaves old rows, which count as new anyway (rememberNonce):
    // alone, its commit does not wait for the WAL flush either.
    const bool alone = !PgTransaction::current(*m_db);
    PgStatement prune = m_db->prepare(
        alone ? "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true) AS r)"
                " DELETE FROM nonces WHERE seen_at < ?"
                " AND EXISTS (SELECT 1 FROM relaxed WHERE r IS NOT NULL)"
              : "DELETE FROM nonces WHERE seen_at < ?");
    prune.bind(1, at - windowSeconds);
    return prune.run();
}

Result<bool> PgDeviceRecords::rememberNonce(const QString &nonce, const QString &device,
                                            const QDateTime &now, qint64 windowSeconds)
{
    const qint64 at = now.toSecsSinceEpoch();
    if (auto r = pruneNoncesIfDue(at, windowSeconds); !r)
        return r.error();
    // Taken when new, or when last seen before the window (not pruned yet).
    PgStatement s = m_db->prepare("INSERT INTO nonces(nonce, device, seen_at) VALUES (?, ?, ?)"
                                  " ON CONFLICT(nonce) DO UPDATE SET device = excluded.device,"
                                  " seen_at = excluded.seen_at WHERE nonces.seen_at < ?");
    s.bind(1, nonce).bind(2, device).bind(3, at).bind(4, at - windowSeconds);
    if (auto r = s.run(); !r)
        return r.error();
    return m_db->changes() == 1;
}

Result<bool> PgDeviceRecords::takeHeartbeat(const QString &nonce, const QString &device,
                                            const QDateTime &now, qint64 windowSeconds,
                                            const QByteArray &json)
{
    const qint64 at = now.toSecsSinceEpoch();
    if (auto r = pruneNoncesIfDue(at, windowSeconds); !r)
        return r.error();
    // One statement, so one transaction: the nonce as rememberNonce() takes it, and the
    // heartbeat only from the row it took. Alone, its commit does not wait for the WAL flush
    // (DeviceRecords::takeHeartbeat says why that keeps replays out); inside a caller's
    // transaction that setting would cover the caller's commit too: there it is a plain write.
    const bool alone = !PgTransaction::current(*m_db);
    PgStatement s = m_db->prepare(
        alone ? "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true) AS r),"
                " taken AS (INSERT INTO nonces(nonce, device, seen_at) SELECT ?, ?, ?"
                " FROM relaxed WHERE relaxed.r IS NOT NULL ON CONFLICT(nonce) DO UPDATE SET"
                " device = excluded.device, seen_at = excluded.seen_at"
                " WHERE nonces.seen_at < ? RETURNING device, seen_at)"
                " INSERT INTO heartbeats(device, received_at, body) SELECT device, seen_at, ?"
                " FROM taken ON CONFLICT(device) DO UPDATE SET"
                " received_at = excluded.received_at, body = excluded.body RETURNING 1"
              : "WITH taken AS (INSERT INTO nonces(nonce, device, seen_at) VALUES (?, ?, ?)"
                " ON CONFLICT(nonce) DO UPDATE SET device = excluded.device,"
                " seen_at = excluded.seen_at WHERE nonces.seen_at < ? RETURNING device, seen_at)"
                " INSERT INTO heartbeats(device, received_at, body) SELECT device, seen_at, ?"
                " FROM taken ON CONFLICT(device) DO UPDATE SET"
                " received_at = excluded.received_at, body = excluded.body RETURNING 1");
    s.bind(1, nonce)
        .bind(2, device)
        .bind(3, at)
        .bind(4, at - windowSeconds)
        .bind(5, QString::fromUtf8(json));
    if (s.step())
        return true;
    if (s.error())
        return *s.error(); // fail closed: an error is never "a replay" nor "taken"
    return false;
}

Result<void> PgDeviceRecords::setHeartbeat(const QString &device, const QByteArray &json,
                                           const QDateTime &at)
{
    // A heartbeat says a kiosk is alive and is replaced by the next one: its commit does not
    // wait for the WAL flush (synchronous_commit off for this statement's own transaction). A
    // crash of the database may lose its last fraction of a second of heartbeats, never a
    // record or a nonce. Inside a caller's transaction that setting would cover the caller's
    // commit too: there it is a plain write.
    const bool alone = !PgTransaction::current(*m_db);
    PgStatement s = m_db->prepare(
        alone ? "INSERT INTO heartbeats(device, received_at, body) SELECT ?, ?, ? FROM (SELECT"
                " set_config('synchronous_commit', 'off', true) AS relaxed) AS r"
                " WHERE r.relaxed IS NOT NULL ON CONFLICT(device) DO UPDATE SET"
                " received_at = excluded.received_at, body = excluded.body"
              : "INSERT INTO heartbeats(device, received_at, body) VALUES (?, ?, ?)"
                " ON CONFLICT(device) DO UPDATE SET received_at = excluded.received_at,"
                " body = excluded.body");
    s.bind(1, device).bind(2, at.toSecsSinceEpoch()).bind(3, QString::fromUtf8(json));
    return s.run();
}

Result<std::optional<QByteArray>> PgDeviceRecords::heartbeat(const QString &device)
{
    PgStatement s = m_db->prepare("SELECT body FROM heartbeats WHERE device = ?");
    s.bind(1, device);
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not "none"
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(s.text(0).toUtf8());
}

} // namespace jiujin::gateway
