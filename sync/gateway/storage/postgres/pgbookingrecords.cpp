#include "pgbookingrecords.h"

#include "bookingrows.h"
#include "pgdatabase.h"
#include "slots.h"

#include <limits>

namespace jiujin::gateway {

using bookingrows::attendanceOf;
using bookingrows::bookingOf;
using bookingrows::cancelRequestOf;
using bookingrows::slotOf;

// The columns bookingrows::bookingOf() reads.
#define BOOKING_COLUMNS                                                                            \
    "b.id, b.slot, b.source, b.device, b.ref, b.ticket, b.created_at, b.cancelled_at"

Result<std::optional<PlanRow>> PgBookingRecords::plan(const QString &point)
{
    PgStatement s =
        m_db.prepare("SELECT capacity, day_plan, slot_minutes FROM booking_plans WHERE point = ?");
    s.bind(1, point);
    return rows::first(
        s, [&point](const PgStatement &row) { return bookingrows::planOf(row, point); });
}

Result<void> PgBookingRecords::putPlan(const PlanRow &plan)
{
    PgStatement s = m_db.prepare(
        "INSERT INTO booking_plans(point, capacity, day_plan, slot_minutes) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(point) DO UPDATE SET capacity = excluded.capacity,"
        " day_plan = excluded.day_plan, slot_minutes = excluded.slot_minutes");
    s.bind(1, plan.point)
        .bind(2, qint64(plan.capacity))
        .bind(3, plan.dayPlan)
        .bind(4, qint64(plan.slotMinutes));
    return s.run();
}

Result<QStringList> PgBookingRecords::groups(const QString &point)
{
    PgStatement s = m_db.prepare(
        "SELECT department FROM booking_plan_groups WHERE point = ? ORDER BY position");
    s.bind(1, point);
    return rows::all(s, [](const PgStatement &row) { return row.text(0); });
}

Result<void> PgBookingRecords::setGroups(const QString &point, const QStringList &groups)
{
    PgStatement clear = m_db.prepare("DELETE FROM booking_plan_groups WHERE point = ?");
    clear.bind(1, point);
    if (auto r = clear.run(); !r)
        return r;
    PgStatement insert = m_db.prepare(
        "INSERT INTO booking_plan_groups(point, department, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < groups.size(); ++i) {
        insert.reset();
        insert.bind(1, point).bind(2, groups.at(i)).bind(3, qint64(i));
        if (auto r = insert.run(); !r)
            return r;
    }
    return {};
}

Result<bool> PgBookingRecords::knownPoint(const QString &point)
{
    PgStatement s = m_db.prepare("SELECT EXISTS (SELECT 1 FROM booking_plans WHERE point = ?)"
                                 " OR EXISTS (SELECT 1 FROM devices WHERE point = ?)");
    s.bind(1, point).bind(2, point);
    return rows::exists(s);
}

Result<bool> PgBookingRecords::markDay(const QString &point, QDate day)
{
    // The point first (DESIGN §11c), as for its slots: a day or slot row another transaction has
    // inserted but not committed makes this insert wait for it, and that one may be waiting for
    // the point this transaction holds (a deadlock gateway-pg-concurrency found).
    if (auto r = lockPoint(point); !r)
        return r.error();
    PgStatement s =
        m_db.prepare("INSERT INTO booking_days(point, day) VALUES (?, ?) ON CONFLICT DO NOTHING");
    s.bind(1, point).bind(2, day.toString(Qt::ISODate));
    if (auto r = s.run(); !r)
        return r.error();
    return m_db.changes() > 0;
}

Result<void> PgBookingRecords::addSlot(const SlotRow &slot)
{
    if (auto r = lockPoint(slot.point); !r) // the point before its rows, as in markDay
        return r;
    PgStatement s = m_db.prepare("INSERT INTO booking_slots(id, point, start, \"end\", capacity)"
                                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
    s.bind(1, slot.id)
        .bind(2, slot.point)
        .bind(3, slot.start.toSecsSinceEpoch())
        .bind(4, slot.end.toSecsSinceEpoch())
        .bind(5, qint64(slot.capacity));
    return s.run();
}

Result<void> PgBookingRecords::lockPointOf(const QString &slotId)
{
    // The point's slots in one order (DESIGN §11c): the point first, then its slot rows. Two
    // batches booking the same two slots in opposite orders would otherwise each hold one and
    // wait for the other; now the second waits at the point until the first commits.
    // The point is read from the id (slotId: "POINT/yyyy-MM-ddTHH:mm"), not from the row: a slot
    // not yet made must lock its point too, or a transaction that makes it takes its other rows
    // (a channel's, a day's) before the point while another holds the point and waits for them.
    if (auto parts = protocol::parseSlotId(slotId))
        return lockPoint(parts->point);
    PgStatement s = m_db.prepare("SELECT pg_advisory_xact_lock(1785621363, hashtext(point))"
                                 " FROM booking_slots WHERE id = ?");
    s.bind(1, slotId);
    return s.run();
}

Result<void> PgBookingRecords::lockPoint(const QString &point)
{
    PgStatement s = m_db.prepare("SELECT pg_advisory_xact_lock(1785621363, hashtext(?))");
    s.bind(1, point);
    return s.run();
}

Result<std::optional<SlotRow>> PgBookingRecords::slot(const QString &id)
{
    // In a write transaction the slot's row is locked until it ends: every check of the capacity
    // invariant starts here (BookingService::findSlot), so two instances judging the same slot
    // take turns and the second one counts the first one's seats.
    if (m_db.writing())
        if (auto r = lockPointOf(id); !r)
            return r.error();
    PgStatement s = m_db.prepare(
        m_db.writing()
            ? "SELECT id, point, start, \"end\", capacity FROM booking_slots WHERE id = ? FOR "
              "UPDATE"
            : "SELECT id, point, start, \"end\", capacity FROM booking_slots WHERE id = ?");
    s.bind(1, id);
    return rows::first(s, slotOf<PgStatement>);
}

Result<QList<SlotRow>> PgBookingRecords::slotsStarting(const QString &point, const QDateTime &from,
                                                       const QDateTime &to)
{
    PgStatement s = m_db.prepare("SELECT id, point, start, \"end\", capacity FROM booking_slots"
                                 " WHERE point = ? AND start >= ? AND start < ? ORDER BY start");
    s.bind(1, point).bind(2, from.toSecsSinceEpoch()).bind(3, to.toSecsSinceEpoch());
    return rows::all(s, slotOf<PgStatement>);
}

Result<QList<SlotRow>> PgBookingRecords::slotsAfter(const QString &point, const QDateTime &after)
{
    // Locked in a write transaction: a plan change lowers capacities no further than what is
    // held, which a concurrent booking must not change in between.
    if (m_db.writing())
        if (auto r = lockPoint(point); !r)
            return r.error();
    PgStatement s = m_db.prepare(
        m_db.writing() ? "SELECT id, point, start, \"end\", capacity FROM booking_slots"
                         " WHERE point = ? AND start > ? ORDER BY start FOR UPDATE"
                       : "SELECT id, point, start, \"end\", capacity FROM booking_slots"
                         " WHERE point = ? AND start > ? ORDER BY start");
    s.bind(1, point).bind(2, after.toSecsSinceEpoch());
    return rows::all(s, slotOf<PgStatement>);
}

Result<void> PgBookingRecords::setSlotCapacity(const QString &id, int capacity)
{
    PgStatement s = m_db.prepare("UPDATE booking_slots SET capacity = ? WHERE id = ?");
    s.bind(1, qint64(capacity)).bind(2, id);
    return s.run();
}

Result<std::optional<LeaseRow>> PgBookingRecords::lease(const QString &device, const QString &slot)
{
    PgStatement s = m_db.prepare("SELECT seats, used, confirmed, expires_at, created_at, settled_at"
                                 " FROM booking_leases WHERE device = ? AND slot = ?");
    s.bind(1, device).bind(2, slot);
    return rows::first(
        s, [&](const PgStatement &row) { return bookingrows::leaseOf(row, device, slot); });
}

Result<void> PgBookingRecords::setLeaseSeats(const QString &device, const QString &slot, int seats,
                                             const QDateTime &expiresAt, const QDateTime &now)
{
    PgStatement s = m_db.prepare(
        "INSERT INTO booking_leases(device, slot, seats, expires_at, created_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(device, slot) DO UPDATE SET seats = excluded.seats");
    s.bind(1, device)
        .bind(2, slot)
        .bind(3, qint64(seats))
        .bind(4, expiresAt.toSecsSinceEpoch())
        .bind(5, now.toSecsSinceEpoch());
    return s.run();
}

Result<void> PgBookingRecords::settleLease(const QString &device, const QString &slot, int used,
                                           std::optional<int> confirmed, const QDateTime &expiresAt,
                                           const QDateTime &now)
{
    PgStatement s =
        m_db.prepare("INSERT INTO booking_leases(device, slot, seats, used, confirmed, expires_at,"
                     " created_at, settled_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?)"
                     " ON CONFLICT(device, slot) DO UPDATE SET used = excluded.used,"
                     " confirmed = excluded.confirmed, settled_at = excluded.settled_at");
    s.bind(1, device).bind(2, slot).bind(3, qint64(used));
    if (confirmed)
        s.bind(4, qint64(*confirmed));
    else
        s.bindNull(4);
    s.bind(5, expiresAt.toSecsSinceEpoch())
        .bind(6, now.toSecsSinceEpoch())
        .bind(7, now.toSecsSinceEpoch());
    return s.run();
}

Result<QList<LeaseAccount>> PgBookingRecords::leaseAccounts(const QString &slot)
{
    PgStatement s = m_db.prepare(
        "SELECT l.device, l.seats, l.used, l.confirmed, l.expires_at, l.created_at, l.settled_at,"
        " (SELECT count(*) FROM booking_bookings b WHERE b.slot = l.slot AND b.device = l.device"
        "  AND b.source = 'kiosk-lease'),"
        " (SELECT count(b.cancelled_at) FROM booking_bookings b WHERE b.slot = l.slot"
        "  AND b.device = l.device AND b.source = 'kiosk-lease')"
        " FROM booking_leases l WHERE l.slot = ?");
    s.bind(1, slot);
    return rows::all(
        s, [&slot](const PgStatement &row) { return bookingrows::leaseAccountOf(row, slot); });
}

Result<LeaseSeen> PgBookingRecords::seen(const QString &device, const QString &slot)
{
    PgStatement s = m_db.prepare("SELECT count(*), count(cancelled_at) FROM booking_bookings"
                                 " WHERE slot = ? AND device = ? AND source = 'kiosk-lease'");
    s.bind(1, slot).bind(2, device);
    auto booked = rows::single(s);
    if (!booked)
        return booked.error();
    return LeaseSeen{int(booked.value()), int(s.integer(1))};
}

Result<int> PgBookingRecords::otherBookings(const QString &slot)
{
    PgStatement s = m_db.prepare("SELECT count(*) FROM booking_bookings WHERE slot = ?"
                                 " AND source != 'kiosk-lease' AND cancelled_at IS NULL");
    s.bind(1, slot);
    auto count = rows::single(s);
    if (!count)
        return count.error();
    return int(count.value());
}

Result<std::optional<BookingRow>> PgBookingRecords::bookingByRef(const QString &device,
                                                                 const QString &ref)
{
    PgStatement s = m_db.prepare("SELECT " BOOKING_COLUMNS
                                 " FROM booking_bookings b WHERE b.device = ? AND b.ref = ?");
    s.bind(1, device).bind(2, ref);
    return rows::first(s, bookingOf<PgStatement>);
}

Result<std::optional<BookingRow>> PgBookingRecords::booking(const QString &device,
                                                            const QString &id)
{
    PgStatement s = m_db.prepare("SELECT " BOOKING_COLUMNS
                                 " FROM booking_bookings b WHERE b.device = ? AND b.id = ?");
    s.bind(1, device).bind(2, id);
    return rows::first(s, bookingOf<PgStatement>);
}

Result<void> PgBookingRecords::addBooking(const BookingRow &booking)
{
    PgStatement s = m_db.prepare("INSERT INTO booking_bookings(id, slot, source, device, ref,"
                                 " ticket, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, booking.id)
        .bind(2, booking.slot)
        .bind(3, sourceName(booking.source))
        .bind(4, booking.device)
        .bind(5, booking.ref)
        .bind(6, booking.ticket)
        .bind(7, booking.createdAt.toSecsSinceEpoch());
    return s.run();
}

Result<void> PgBookingRecords::cancelBooking(const QString &device, const QString &id,
                                             const QDateTime &at)
{
    PgStatement s =
        m_db.prepare("UPDATE booking_bookings SET cancelled_at = ? WHERE device = ? AND id = ?");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, device).bind(3, id);
    return s.run();
}

Result<QList<BookingRow>> PgBookingRecords::bookingsFrom(const QString &point,
                                                         const std::optional<QDateTime> &since)
{
    PgStatement s = m_db.prepare("SELECT " BOOKING_COLUMNS
                                 " FROM booking_bookings b JOIN booking_slots s ON s.id = b.slot"
                                 " WHERE (?::text = '' OR s.point = ?) AND s.start >= ? ORDER BY "
                                 "s.start, b.created_at, b.id");
    s.bind(1, point).bind(2, point).bind(3, since ? since->toSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::min());
    return rows::all(s, bookingOf<PgStatement>);
}

Result<bool> PgBookingRecords::cataloguePublished()
{
    PgStatement s =
        m_db.prepare("SELECT EXISTS (SELECT 1 FROM published_catalogue WHERE id = 1 AND seq != 0)");
    return rows::exists(s);
}

Result<std::optional<QString>> PgBookingRecords::publishedDepartmentOf(const QString &item)
{
    PgStatement s = m_db.prepare("SELECT body FROM published_entries WHERE kind = 'items'"
                                 " AND code = ? AND body IS NOT NULL");
    s.bind(1, item);
    auto body = rows::first(s, [](const PgStatement &row) { return row.text(0); });
    if (!body)
        return body.error();
    if (!body.value())
        return std::optional<QString>();
    return bookingrows::departmentOfItem(*body.value());
}

Result<void> PgBookingRecords::addLegacyChannelToken(const QString &hash,
                                                     const QDateTime &createdAt)
{
    PgStatement s =
        m_db.prepare("INSERT INTO booking_channel_tokens(hash, created_at) VALUES (?, ?)");
    s.bind(1, hash).bind(2, createdAt.toSecsSinceEpoch());
    return s.run();
}

Result<bool> PgBookingRecords::legacyChannelTokenExists(const QString &hash)
{
    PgStatement s =
        m_db.prepare("SELECT EXISTS (SELECT 1 FROM booking_channel_tokens WHERE hash = ?)");
    s.bind(1, hash);
    return rows::exists(s);
}

#define CANCEL_REQUEST_COLUMNS                                                                     \
    "r.device, r.booking, r.slot, r.slot_start, r.reason, r.operator, r.requested_at"

Result<bool> PgBookingRecords::addCancelRequest(const CancelRequestRow &row)
{
    PgStatement exists = m_db.prepare(
        "SELECT EXISTS (SELECT 1 FROM booking_cancel_requests WHERE device = ? AND booking = ?)");
    exists.bind(1, row.device).bind(2, row.booking);
    auto there = rows::exists(exists);
    if (!there)
        return there.error();
    if (there.value())
        return false;
    PgStatement s =
        m_db.prepare("INSERT INTO booking_cancel_requests(device, booking, slot, slot_start,"
                     " reason, operator, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, row.device)
        .bind(2, row.booking)
        .bind(3, row.slot)
        .bind(4, row.slotStart.toSecsSinceEpoch())
        .bind(5, row.reason)
        .bind(6, row.operatorId)
        .bind(7, row.requestedAt.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r.error();
    return true;
}

Result<QList<CancelRequestRow>>
PgBookingRecords::openCancelRequests(const QString &device, const QDateTime &after, int limit)
{
    PgStatement s =
        m_db.prepare("SELECT " CANCEL_REQUEST_COLUMNS " FROM booking_cancel_requests r"
                     " JOIN booking_bookings b ON b.device = r.device AND b.id = r.booking"
                     " WHERE r.device = ? AND b.cancelled_at IS NULL AND r.slot_start > ?"
                     " ORDER BY r.requested_at, r.booking LIMIT ?");
    s.bind(1, device).bind(2, after.toSecsSinceEpoch()).bind(3, qint64(limit));
    return rows::all(s, cancelRequestOf<PgStatement>);
}

Result<QList<CancelRequestRow>> PgBookingRecords::cancelRequestsStarting(const QString &point,
                                                                         const QDateTime &from,
                                                                         const QDateTime &to)
{
    PgStatement s = m_db.prepare("SELECT " CANCEL_REQUEST_COLUMNS " FROM booking_cancel_requests r"
                                 " WHERE r.slot_start >= ? AND r.slot_start < ?"
                                 " AND substr(r.slot, 1, CAST(? AS INTEGER)) = ?"
                                 " ORDER BY r.slot_start, r.requested_at, r.booking");
    s.bind(1, from.toSecsSinceEpoch())
        .bind(2, to.toSecsSinceEpoch())
        .bind(3, qint64(point.size() + 1))
        .bind(4, point + u'/');
    return rows::all(s, cancelRequestOf<PgStatement>);
}

#define ATTENDANCE_COLUMNS                                                                         \
    "a.device, a.booking, a.slot, a.slot_start, a.state, a.marked_at, a.record, a.received_at"

Result<std::optional<AttendanceRow>> PgBookingRecords::attendance(const QString &device,
                                                                  const QString &booking)
{
    PgStatement s = m_db.prepare("SELECT " ATTENDANCE_COLUMNS " FROM booking_attendance a"
                                 " WHERE a.device = ? AND a.booking = ?");
    s.bind(1, device).bind(2, booking);
    return rows::first(s, attendanceOf<PgStatement>);
}

Result<void> PgBookingRecords::addAttendance(const AttendanceRow &row)
{
    PgStatement s =
        m_db.prepare("INSERT INTO booking_attendance(device, booking, slot, slot_start,"
                     " state, marked_at, record, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, row.device)
        .bind(2, row.booking)
        .bind(3, row.slot)
        .bind(4, row.slotStart.toSecsSinceEpoch())
        .bind(5, row.state)
        .bind(6, row.at.toSecsSinceEpoch())
        .bind(7, row.record)
        .bind(8, row.receivedAt.toSecsSinceEpoch());
    return s.run();
}

Result<QList<AttendanceRow>> PgBookingRecords::attendancesStarting(const QString &point,
                                                                   const QDateTime &from,
                                                                   const QDateTime &to)
{
    PgStatement s = m_db.prepare("SELECT " ATTENDANCE_COLUMNS " FROM booking_attendance a"
                                 " WHERE a.slot_start >= ? AND a.slot_start < ?"
                                 " AND substr(a.slot, 1, CAST(? AS INTEGER)) = ?"
                                 " ORDER BY a.slot_start, a.device, a.booking");
    s.bind(1, from.toSecsSinceEpoch())
        .bind(2, to.toSecsSinceEpoch())
        .bind(3, qint64(point.size() + 1))
        .bind(4, point + u'/');
    return rows::all(s, attendanceOf<PgStatement>);
}

Result<void> PgBookingRecords::noteFeature(const QString &device, const QString &feature,
                                           const QDateTime &at)
{
    PgStatement s =
        m_db.prepare("INSERT INTO device_features(device, feature, first_at) VALUES (?, ?, ?)"
                     " ON CONFLICT(device, feature) DO NOTHING");
    s.bind(1, device).bind(2, feature).bind(3, at.toSecsSinceEpoch());
    return s.run();
}

Result<bool> PgBookingRecords::hasFeature(const QString &device, const QString &feature)
{
    PgStatement s = m_db.prepare(
        "SELECT EXISTS (SELECT 1 FROM device_features WHERE device = ? AND feature = ?)");
    s.bind(1, device).bind(2, feature);
    return rows::exists(s);
}

} // namespace jiujin::gateway
