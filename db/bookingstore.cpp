#include "bookingstore.h"

#include "auditlog.h"
#include "database.h"

#include <QHash>

namespace jiujin {

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// Columns of slotColumns, in order, then the lease's and the used count.
#define SLOT_SELECT                                                                                \
    "SELECT s.id, s.point, s.start_at, s.end_at, s.capacity, s.free, s.fetched_at, l.slot, "       \
    "l.seats, l.expires_at, l.server_time_at_grant, l.settled_at, l.settled_used, "                \
    "l.settle_acked, (SELECT count(*) FROM bookings b WHERE b.slot = s.id AND b.lease = 1 AND "    \
    "b.state IN ('confirmed', 'checked_in', 'no_show')) FROM slots s LEFT JOIN leases l ON "       \
    "l.slot = s.id "

Lease readLease(const Statement &s, int at)
{
    Lease l;
    l.slot = s.text(at);
    l.seats = int(s.integer(at + 1));
    l.expiresAt = fromIso(s.text(at + 2));
    l.serverTimeAtGrant = fromIso(s.text(at + 3));
    l.settledAt = fromIso(s.text(at + 4));
    l.settledUsed = s.isNull(at + 5) ? -1 : int(s.integer(at + 5));
    l.settleAcked = s.integer(at + 6) != 0;
    return l;
}

SlotSeats readSlot(const Statement &s)
{
    SlotSeats r;
    r.slot.id = s.text(0);
    r.slot.point = s.text(1);
    r.slot.start = fromIso(s.text(2));
    r.slot.end = fromIso(s.text(3));
    r.slot.capacity = int(s.integer(4));
    r.slot.free = int(s.integer(5));
    r.slot.fetchedAt = fromIso(s.text(6));
    if (!s.isNull(7))
        r.lease = readLease(s, 7);
    r.used = int(s.integer(14));
    return r;
}

#define BOOKING_SELECT                                                                             \
    "SELECT uuid, ticket, slot, item_code, slot_start, slot_end, lease, state, created_at, "       \
    "state_at, cancel_uuid, replaced_by, cancel_reason, moved_slot FROM bookings "

Booking readBooking(const Statement &s)
{
    Booking b;
    b.uuid = s.text(0);
    b.ticket = s.text(1);
    b.slot = s.text(2);
    b.itemCode = s.text(3);
    b.slotStart = fromIso(s.text(4));
    b.slotEnd = fromIso(s.text(5));
    b.lease = s.integer(6) != 0;
    b.state = s.text(7);
    b.createdAt = fromIso(s.text(8));
    b.stateAt = fromIso(s.text(9));
    b.cancelUuid = s.text(10);
    b.replacedBy = s.text(11);
    b.cancelReason = s.text(12);
    b.movedSlot = s.text(13);
    return b;
}

/** Every row of @p s as @p read makes it. */
template <typename Read> auto allRows(Statement &s, Read read) -> QList<decltype(read(s))>
{
    QList<decltype(read(s))> rows;
    while (s.step())
        rows.append(read(s));
    return rows;
}

/** The first row of @p s as @p read makes it, if any; @p s is reset for its next use. */
template <typename Read> auto firstRow(Statement &s, Read read) -> std::optional<decltype(read(s))>
{
    std::optional<decltype(read(s))> row;
    if (s.step())
        row = read(s);
    s.reset();
    return row;
}
} // namespace

Result<void> BookingStore::replaceSlots(const QList<CachedSlot> &list)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = m_db.exec("DELETE FROM slots"); !r)
        return r;
    auto s =
        m_db.cached("INSERT INTO slots (id, point, start_at, end_at, capacity, free, fetched_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const CachedSlot &c : list) {
        s.bind(1, c.id).bind(2, c.point).bind(3, iso(c.start)).bind(4, iso(c.end));
        s.bind(5, qint64(c.capacity)).bind(6, qint64(c.free)).bind(7, iso(c.fetchedAt));
        auto r = s.run();
        s.reset();
        if (!r)
            return r;
    }
    return tx.commit();
}

Result<void> BookingStore::replaceSlots(const QList<CachedSlot> &list, const QStringList &groups)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = replaceSlots(list); !r)
        return r;
    auto s = m_db.prepare("INSERT INTO kiosk_settings (key, value) VALUES (?, ?)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, QLatin1String(slotGroupsSetting)).bind(2, groups.join(u','));
    if (auto r = s.run(); !r)
        return r;
    return tx.commit();
}

QStringList BookingStore::slotGroups()
{
    auto s = m_db.prepare("SELECT value FROM kiosk_settings WHERE key = ?");
    s.bind(1, QLatin1String(slotGroupsSetting));
    return s.step() ? s.text(0).split(u',', Qt::SkipEmptyParts) : QStringList();
}

QList<SlotSeats> BookingStore::slotsBetween(const QDateTime &from, const QDateTime &to)
{
    auto s = m_db.cached(SLOT_SELECT
                         "WHERE s.start_at >= ? AND s.start_at < ? ORDER BY s.start_at, s.id");
    s.bind(1, iso(from)).bind(2, iso(to));
    return allRows(s, readSlot); // the cached statement resets when it goes out of scope
}

std::optional<SlotSeats> BookingStore::slot(const QString &id)
{
    auto s = m_db.cached(SLOT_SELECT "WHERE s.id = ?");
    s.bind(1, id);
    return firstRow(s, readSlot);
}

std::optional<Lease> BookingStore::lease(const QString &slot)
{
    auto s = m_db.cached("SELECT slot, seats, expires_at, server_time_at_grant, settled_at, "
                         "settled_used, settle_acked FROM leases WHERE slot = ?");
    s.bind(1, slot);
    return firstRow(s, [](const Statement &row) { return readLease(row, 0); });
}

int BookingStore::usedSeats(const QString &slot)
{
    auto s = m_db.cached("SELECT count(*) FROM bookings WHERE slot = ? AND lease = 1 AND "
                         "state IN ('confirmed', 'checked_in', 'no_show')");
    s.bind(1, slot);
    const int used = s.step() ? int(s.integer(0)) : 0;
    s.reset();
    return used;
}

Result<void> BookingStore::applyLease(const QString &slot, int seats, const QDateTime &expiresAt,
                                      bool settled, const QDateTime &serverTime)
{
    // A lease central calls settled is settled here too (a settle answered, or settled before);
    // the local settled_at, once set, is never cleared.
    auto s = m_db.cached("INSERT INTO leases (slot, seats, expires_at, server_time_at_grant, "
                         "settled_at, settle_acked) "
                         "VALUES (?1, ?2, ?3, ?4, CASE WHEN ?5 THEN ?4 END, ?5) "
                         "ON CONFLICT (slot) DO UPDATE SET seats = excluded.seats, expires_at = "
                         "excluded.expires_at, "
                         "server_time_at_grant = excluded.server_time_at_grant, "
                         "settled_at = COALESCE(leases.settled_at, excluded.settled_at), "
                         "settle_acked = max(leases.settle_acked, excluded.settle_acked)");
    s.bind(1, slot).bind(2, qint64(seats)).bind(3, iso(expiresAt)).bind(4, iso(serverTime));
    s.bind(5, qint64(settled ? 1 : 0));
    auto r = s.run();
    s.reset();
    return r;
}

int BookingStore::leaseTarget(int recentMax, int usedNow, int capacity)
{
    const int ceiling = qMax(1, capacity / 2);
    const int target = qBound(1, qMax(recentMax, usedNow) + 1, ceiling);
    return qMax(target, usedNow);
}

int BookingStore::leaseKeep(int recentMax, int usedNow, int capacity)
{
    return qMax(usedNow, qMin(recentMax, qMax(1, capacity / 2)));
}

int BookingStore::recentDemand(const QDateTime &slotStart)
{
    auto s =
        m_db.cached("SELECT count(*) FROM bookings WHERE slot_start = ? AND state <> 'cancelled'");
    int most = 0;
    for (int week = 1; week <= 4; ++week) {
        s.bind(1, iso(slotStart.addDays(-7 * week)));
        if (s.step())
            most = qMax(most, int(s.integer(0)));
        s.reset();
    }
    return most;
}

Result<LeasePlan> BookingStore::planLeases(const QDateTime &centralNow, const QDateTime &kioskNow)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString settleBy = iso(centralNow.addSecs(settleLeadSeconds));
    // The used count is taken in the same transaction that stops confirmations on the lease, so
    // no booking can slip in between the count and the settle.
    auto settle = m_db.prepare(
        "UPDATE leases SET settled_at = ?1, settled_used = (SELECT count(*) FROM bookings b WHERE "
        "b.slot = leases.slot AND b.lease = 1 AND b.state IN ('confirmed', 'checked_in', "
        "'no_show')) "
        "WHERE settled_at IS NULL AND expires_at <= ?2");
    settle.bind(1, iso(kioskNow)).bind(2, settleBy);
    if (auto r = settle.run(); !r)
        return r.error();

    LeasePlan plan;
    // Lease bookings are made only while the lease is unsettled, so the count of those ever
    // confirmed (cancelled ones too) is fixed once settled_at is set.
    auto pending = m_db.prepare(
        "SELECT slot, COALESCE(settled_used, 0), (SELECT count(*) FROM bookings b WHERE "
        "b.slot = leases.slot AND b.lease = 1) FROM leases "
        "WHERE settled_at IS NOT NULL AND settle_acked = 0 ORDER BY expires_at, slot");
    while (pending.step()) {
        plan.settle.append({pending.text(0), int(pending.integer(1))});
        plan.confirmed.insert(pending.text(0), int(pending.integer(2)));
    }

    // Slots whose cutoff is still more than the settle lead away (slots without a lease yet:
    // their cutoff is start - 2 h, as central will set it).
    // used: lease bookings holding a seat; counted: those central may still count against the
    // lease (a cancel it has not accepted yet may reach it after its booking).
    auto upcoming = m_db.prepare(
        "SELECT s.id, s.start_at, s.capacity, l.seats, l.settled_at, (SELECT count(*) FROM "
        "bookings b "
        "WHERE b.slot = s.id AND b.lease = 1 AND b.state IN ('confirmed', 'checked_in', "
        "'no_show')), "
        "(SELECT count(*) FROM bookings b WHERE b.slot = s.id AND b.lease = 1 AND NOT EXISTS "
        "(SELECT 1 FROM outbox o WHERE o.uuid = b.cancel_uuid AND o.state = 'accepted')) "
        "FROM slots s LEFT JOIN leases l ON l.slot = s.id "
        "WHERE COALESCE(l.expires_at, strftime('%Y-%m-%dT%H:%M:%fZ', s.start_at, '-2 hours')) > ?1 "
        "ORDER BY s.start_at, s.id");
    upcoming.bind(1, settleBy);
    struct Row
    {
        QString id;
        QDateTime start;
        int capacity, seats, used, counted;
        bool hasLease, settled;
    };
    QList<Row> rows;
    while (upcoming.step())
        rows.append({upcoming.text(0), fromIso(upcoming.text(1)), int(upcoming.integer(2)),
                     int(upcoming.integer(3)), int(upcoming.integer(5)), int(upcoming.integer(6)),
                     !upcoming.isNull(3), !upcoming.isNull(4)});
    // Within a day of the slot, the spare seats go back while this kiosk can still say so: one
    // offline from then until the cutoff would strand them. The lease is lowered here first, in
    // this transaction, so no booking is confirmed beyond what central is told.
    const QDateTime releaseBy = centralNow.addSecs(releaseLeadSeconds);
    auto lower = m_db.prepare("UPDATE leases SET seats = ?1 WHERE slot = ?2 AND seats > ?1");
    for (const Row &r : rows) {
        if (r.settled)
            continue;
        const int recent = recentDemand(r.start);
        if (r.start > releaseBy) {
            const int want = leaseTarget(recent, r.used, r.capacity);
            if (!r.hasLease || want > r.seats)
                plan.want.append({r.id, want});
            continue;
        }
        const int keep = qMax(leaseKeep(recent, r.used, r.capacity), r.counted);
        if (!r.hasLease) {
            if (keep > 0)
                plan.want.append({r.id, keep});
            continue;
        }
        // Asked every cycle and never above the lease here: a lost ask or answer is repaired at
        // the next one, and once lowered the asks never grow, so a late one only holds more.
        const int ask = qMin(keep, r.seats);
        plan.want.append({r.id, ask});
        if (ask < r.seats) {
            lower.bind(1, qint64(ask)).bind(2, r.id);
            if (auto done = lower.run(); !done)
                return done.error();
            lower.reset();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return plan;
}

Result<void> BookingStore::insert(const Booking &b)
{
    auto s = m_db.cached(
        "INSERT INTO bookings (uuid, ticket, slot, slot_start, slot_end, item_code, lease, "
        "state, created_at, state_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, b.uuid)
        .bind(2, b.ticket)
        .bind(3, b.slot)
        .bind(4, iso(b.slotStart))
        .bind(5, iso(b.slotEnd));
    s.bind(6, b.itemCode).bind(7, qint64(b.lease ? 1 : 0)).bind(8, b.state);
    s.bind(9, iso(b.createdAt)).bind(10, iso(b.createdAt));
    auto r = s.run();
    s.reset();
    if (!r)
        return r;
    return AuditLog(m_db).append(b.createdAt, QStringLiteral("kiosk"),
                                 QStringLiteral("booking.") + b.state, b.uuid, b.slot);
}

Result<void> BookingStore::setState(const QString &uuid, const QString &state, const QDateTime &at,
                                    const QString &actor, const QString &cancelUuid,
                                    const QString &replacedBy)
{
    auto s = m_db.cached(
        "UPDATE bookings SET state = ?, state_at = ?, "
        "cancel_uuid = COALESCE(?, cancel_uuid), replaced_by = COALESCE(?, replaced_by) "
        "WHERE uuid = ?");
    s.bind(1, state).bind(2, iso(at));
    cancelUuid.isEmpty() ? s.bindNull(3) : s.bind(3, cancelUuid);
    replacedBy.isEmpty() ? s.bindNull(4) : s.bind(4, replacedBy);
    s.bind(5, uuid);
    auto r = s.run();
    s.reset();
    if (!r)
        return r;
    if (m_db.changes() == 0)
        return Error{Error::NotFound, QStringLiteral("no booking %1").arg(uuid)};
    return AuditLog(m_db).append(at, actor, QStringLiteral("booking.") + state, uuid, replacedBy);
}

Result<void> BookingStore::setCancelReason(const QString &uuid, const QString &reason,
                                           const QString &movedSlot)
{
    auto s = m_db.cached("UPDATE bookings SET cancel_reason = ?, moved_slot = ? WHERE uuid = ?");
    s.bind(1, reason);
    movedSlot.isEmpty() ? s.bindNull(2) : s.bind(2, movedSlot);
    s.bind(3, uuid);
    auto r = s.run();
    s.reset();
    return r;
}

std::optional<Booking> BookingStore::byTicket(const QString &ticket)
{
    auto s = m_db.cached(BOOKING_SELECT "WHERE ticket = ?");
    s.bind(1, ticket);
    return firstRow(s, readBooking);
}

std::optional<Booking> BookingStore::byUuid(const QString &uuid)
{
    auto s = m_db.cached(BOOKING_SELECT "WHERE uuid = ?");
    s.bind(1, uuid);
    return firstRow(s, readBooking);
}

QList<Booking> BookingStore::between(const QDateTime &from, const QDateTime &to)
{
    auto s = m_db.prepare(BOOKING_SELECT
                          "WHERE slot_start >= ? AND slot_start < ? ORDER BY slot_start, ticket");
    s.bind(1, iso(from)).bind(2, iso(to));
    return allRows(s, readBooking);
}

QList<Booking> BookingStore::confirmedEndedBefore(const QDateTime &endedBefore)
{
    auto s = m_db.prepare(BOOKING_SELECT
                          "WHERE state = 'confirmed' AND slot_end < ? ORDER BY slot_start, ticket");
    s.bind(1, iso(endedBefore));
    return allRows(s, readBooking);
}

Result<void> BookingStore::recordOutcome(const QString &uuid, const QString &recordState,
                                         const QDateTime &at, const QString &actor)
{
    QString to;
    if (recordState == QLatin1String("accepted"))
        to = QStringLiteral("confirmed");
    else if (recordState == QLatin1String("rejected"))
        to = QStringLiteral("declined"); // "no seats": central's pool was empty
    else
        return {};
    // Only a request still waiting moves: a cancelled request stays cancelled, and a booking
    // confirmed on the lease was confirmed when the citizen got the ticket.
    auto s = m_db.cached("UPDATE bookings SET state = ?, state_at = ? "
                         "WHERE uuid = ? AND lease = 0 AND state = 'requested'");
    s.bind(1, to).bind(2, iso(at)).bind(3, uuid);
    auto r = s.run();
    s.reset();
    if (!r || m_db.changes() == 0)
        return r;
    return AuditLog(m_db).append(at, actor, QStringLiteral("booking.") + to, uuid);
}

} // namespace jiujin
