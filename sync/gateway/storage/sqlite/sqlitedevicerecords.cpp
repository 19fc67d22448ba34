#include "sqlitedevicerecords.h"

#include "database.h"
#include "devicerows.h"
#include "gatewaylog.h"

#include <sqlite3.h>

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

Result<void> SqliteDeviceRecords::insertToken(const TokenRow &t)
{
    Statement s = m_db->prepare("INSERT INTO tokens(hash, point, suite, created_at, expires_at)"
                                " VALUES (?, ?, ?, ?, ?)");
    s.bind(1, t.hash).bind(2, t.point).bind(3, t.suite);
    s.bind(4, t.createdAt.toSecsSinceEpoch()).bind(5, t.expiresAt.toSecsSinceEpoch());
    return s.run();
}

Result<std::optional<TokenRow>> SqliteDeviceRecords::token(const QString &hash)
{
    Statement s = m_db->prepare((QByteArray(tokenColumns) + " WHERE hash = ?").constData());
    s.bind(1, hash);
    return rows::first(s, tokenFrom<Statement>);
}

Result<QList<TokenRow>> SqliteDeviceRecords::tokens(int offset, int limit)
{
    Statement s = m_db->prepare(
        (QByteArray(tokenColumns) + " ORDER BY created_at DESC, hash LIMIT ? OFFSET ?")
            .constData());
    s.bind(1, qint64(limit)).bind(2, qint64(offset));
    return rows::all(s, tokenFrom<Statement>);
}

Result<int> SqliteDeviceRecords::tokenCount()
{
    Statement s = m_db->prepare("SELECT count(*) FROM tokens");
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count failed")};
    return int(s.integer(0));
}

Result<void> SqliteDeviceRecords::useToken(const QString &hash, const QString &device,
                                           const QString &csrKey, const QDateTime &at)
{
    Statement s = m_db->prepare("UPDATE tokens SET used_at = ?, device = ?, csr_key = ?"
                                " WHERE hash = ? AND used_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, device).bind(3, csrKey).bind(4, hash);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::Busy, QStringLiteral("token already used")};
    return {};
}

Result<bool> SqliteDeviceRecords::withdrawToken(const QString &hash)
{
    Statement s = m_db->prepare("DELETE FROM tokens WHERE hash = ? AND used_at IS NULL");
    s.bind(1, hash);
    if (auto r = s.run(); !r)
        return r.error();
    return m_db->changes() == 1;
}

Result<void> SqliteDeviceRecords::insertDevice(const DeviceRow &d)
{
    Statement s = m_db->prepare("INSERT INTO devices(id, point, suite, signing_key, certificate,"
                                " csr_key, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, d.id).bind(2, d.point).bind(3, d.suite);
    s.bind(4, QString::fromUtf8(d.signingKeyPem)).bind(5, QString::fromUtf8(d.certificatePem));
    s.bind(6, d.csrKey).bind(7, d.enrolledAt.toSecsSinceEpoch());
    return s.run();
}

DeviceRow SqliteDeviceRecords::withWaiting(DeviceRow row) const
{
    if (!m_heartbeats)
        return row;
    if (const auto waiting = m_heartbeats->newest(row.id)) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(waiting->first, Qt::UTC);
        if (!row.lastHeartbeat || *row.lastHeartbeat < at)
            row.lastHeartbeat = at;
    }
    return row;
}

Result<std::optional<DeviceRow>> SqliteDeviceRecords::device(const QString &id)
{
    Statement s = m_db->prepare((QByteArray(deviceColumns) + " WHERE d.id = ?").constData());
    s.bind(1, id);
    auto row = rows::first(s, deviceFrom<Statement>);
    if (!row || !row->has_value())
        return row;
    return std::optional<DeviceRow>(withWaiting(std::move(*row.value())));
}

Result<QList<DeviceRow>> SqliteDeviceRecords::devices()
{
    Statement s =
        m_db->prepare((QByteArray(deviceColumns) + " ORDER BY d.enrolled_at, d.id").constData());
    auto all = rows::all(s, deviceFrom<Statement>);
    if (!all || !m_heartbeats)
        return all;
    for (DeviceRow &d : all.value())
        d = withWaiting(std::move(d));
    return all;
}

Result<void> SqliteDeviceRecords::renewDevice(const QString &id, const QByteArray &certificatePem,
                                              const QString &csrKey, const QDateTime &at)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun().error();
    Statement s = m_db->prepare("UPDATE devices SET certificate = ?, csr_key = ?"
                                " WHERE id = ? AND revoked_at IS NULL");
    s.bind(1, QString::fromUtf8(certificatePem)).bind(2, csrKey).bind(3, id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::NotFound, QStringLiteral("no such device, or revoked")};
    Statement h = m_db->prepare("INSERT INTO device_certificates(device, certificate, csr_key,"
                                " issued_at) VALUES (?, ?, ?, ?)");
    h.bind(1, id).bind(2, QString::fromUtf8(certificatePem)).bind(3, csrKey);
    h.bind(4, at.toSecsSinceEpoch());
    if (auto r = h.run(); !r)
        return r;
    return tx.commit();
}

Result<int> SqliteDeviceRecords::renewals(const QString &id)
{
    Statement s = m_db->prepare("SELECT count(*) FROM device_certificates WHERE device = ?");
    s.bind(1, id);
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count failed")};
    return int(s.integer(0));
}

Result<void> SqliteDeviceRecords::revoke(const QString &id, const QDateTime &at)
{
    auto known = device(id);
    if (!known)
        return known.error();
    if (!known->has_value())
        return Error{Error::NotFound, QStringLiteral("no such device")};
    Statement s =
        m_db->prepare("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, id);
    return s.run();
}

Result<void> SqliteDeviceRecords::pruneNoncesIfDue(qint64 at, qint64 windowSeconds)
{
    if (!noncePruneDue(m_noncesPrunedAt, at))
        return {};
    Statement prune = m_db->prepare("DELETE FROM nonces WHERE seen_at < ?");
    prune.bind(1, at - windowSeconds);
    return prune.run();
}

Result<bool> SqliteDeviceRecords::takeNonce(const QString &nonce, const QString &device, qint64 at,
                                            qint64 windowSeconds)
{
    if (auto r = pruneNoncesIfDue(at, windowSeconds); !r)
        return r.error();
    // Taken when new, or when last seen before the window (not pruned yet).
    Statement s = m_db->prepare("INSERT INTO nonces(nonce, device, seen_at) VALUES (?, ?, ?)"
                                " ON CONFLICT(nonce) DO UPDATE SET device = excluded.device,"
                                " seen_at = excluded.seen_at WHERE nonces.seen_at < ?");
    s.bind(1, nonce).bind(2, device).bind(3, at).bind(4, at - windowSeconds);
    if (auto r = s.run(); !r)
        return r.error();
    return m_db->changes() == 1;
}

Result<bool> SqliteDeviceRecords::rememberNonce(const QString &nonce, const QString &device,
                                                const QDateTime &now, qint64 windowSeconds)
{
    // A heartbeat's nonce still waiting in the buffer is refused too, and not written (it keeps
    // its first time). Not atomic with the heartbeat's own check, and it need not be: the
    // signature binds the route, so a replay of a signed request is always to its own route,
    // whose check is.
    if (m_heartbeats && m_heartbeats->holds(nonce, now.toSecsSinceEpoch(), windowSeconds))
        return false;
    return takeNonce(nonce, device, now.toSecsSinceEpoch(), windowSeconds);
}

template <typename T>
Result<T> SqliteDeviceRecords::unsynced(const std::function<Result<T>()> &write)
{
    // Alone, the transaction commits with synchronous=NORMAL: in WAL mode the commit is written
    // to the WAL file but not fsynced, so a crash of the process loses nothing and a power cut
    // only the commits since the WAL's last sync (the next FULL commit or checkpoint syncs them
    // all, in order). DeviceRecords::takeHeartbeat says why no replay gets in.
    const bool alone = sqlite3_get_autocommit(m_db->handle()) != 0;
    if (alone) {
        if (auto r = m_db->exec("PRAGMA synchronous=NORMAL"); !r)
            return r.error();
    }
    Result<T> written = write();
    // Every other write of this connection (records, nonces of records) commits with FULL.
    if (alone) {
        if (auto r = m_db->exec("PRAGMA synchronous=FULL"); !r) {
            qCCritical(lcGateway) << "cannot set synchronous=FULL again:" << r.error().message;
            return r.error();
        }
    }
    return written;
}

Result<bool> SqliteDeviceRecords::takeHeartbeatNow(const QString &nonce, const QString &device,
                                                   const QDateTime &now, qint64 windowSeconds,
                                                   const QByteArray &json)
{
    return unsynced<bool>([&]() -> Result<bool> {
        Transaction tx(*m_db);
        if (!tx.begun())
            return tx.begun().error();
        auto fresh = takeNonce(nonce, device, now.toSecsSinceEpoch(), windowSeconds);
        if (!fresh || !fresh.value())
            return fresh; // a replay writes nothing
        if (auto r = setHeartbeat(device, json, now); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return true;
    });
}

Result<bool> SqliteDeviceRecords::takeHeartbeat(const QString &nonce, const QString &device,
                                                const QDateTime &now, qint64 windowSeconds,
                                                const QByteArray &json)
{
    // Inside a caller's transaction the heartbeat is a plain part of it.
    if (!m_heartbeats || sqlite3_get_autocommit(m_db->handle()) == 0)
        return takeHeartbeatNow(nonce, device, now, windowSeconds, json);
    // Without the write lock (DESIGN §11d): the nonce is checked against the buffer and read
    // from the file (WAL: a read never waits for a writer), the pair waits for the flusher.
    const qint64 at = now.toSecsSinceEpoch();
    auto taken =
        m_heartbeats->take({nonce, device, at, windowSeconds, json}, [&]() -> Result<bool> {
            Statement s = m_db->prepare("SELECT 1 FROM nonces WHERE nonce = ? AND seen_at >= ?");
            s.bind(1, nonce).bind(2, at - windowSeconds);
            if (s.step())
                return true;
            if (s.error())
                return *s.error(); // fail closed: a read error is not "never seen"
            return false;
        });
    if (!taken)
        return taken.error();
    switch (taken.value()) {
    case HeartbeatBuffer::Taken::Fresh:
        return true;
    case HeartbeatBuffer::Taken::Replay:
        return false;
    case HeartbeatBuffer::Taken::Full:
        break;
    }
    return Error{
        Error::Busy,
        QStringLiteral("%1 heartbeats wait for the database").arg(HeartbeatBuffer::capacity)};
}

Result<void> SqliteDeviceRecords::writeHeartbeats(const QList<HeartbeatBuffer::Pending> &batch)
{
    return unsynced<void>([&]() -> Result<void> {
        Transaction tx(*m_db);
        if (!tx.begun())
            return tx.begun().error();
        for (const HeartbeatBuffer::Pending &p : batch) {
            // The buffer admitted it: a nonce found here now was written by this batch's
            // first attempt (a commit whose answer was lost), never another request's.
            if (auto r = takeNonce(p.nonce, p.device, p.at, p.windowSeconds); !r)
                return r.error();
            if (auto r =
                    setHeartbeat(p.device, p.json, QDateTime::fromSecsSinceEpoch(p.at, Qt::UTC));
                !r)
                return r.error();
        }
        return tx.commit();
    });
}

Result<void> SqliteDeviceRecords::setHeartbeat(const QString &device, const QByteArray &json,
                                               const QDateTime &at)
{
    Statement s =
        m_db->prepare("INSERT INTO heartbeats(device, received_at, body) VALUES (?, ?, ?)"
                      " ON CONFLICT(device) DO UPDATE SET received_at = excluded.received_at,"
                      " body = excluded.body");
    s.bind(1, device).bind(2, at.toSecsSinceEpoch()).bind(3, QString::fromUtf8(json));
    return s.run();
}

Result<std::optional<QByteArray>> SqliteDeviceRecords::heartbeat(const QString &device)
{
    if (m_heartbeats) {
        if (auto waiting = m_heartbeats->newest(device))
            return std::optional<QByteArray>(waiting->second);
    }
    Statement s = m_db->prepare("SELECT body FROM heartbeats WHERE device = ?");
    s.bind(1, device);
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not "none"
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(s.text(0).toUtf8());
}

} // namespace jiujin::gateway
