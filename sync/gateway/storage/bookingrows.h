#pragma once

#include "bookingrecords.h"
#include "rows.h"

#include <QJsonDocument>
#include <QJsonObject>

/**
 * BookingRecords' rows as both engines read them (templates over the statement type, see
 * rows.h). Each mapper names the columns it expects, in their order: the engines' SELECTs list
 * them so.
 */
namespace jiujin::gateway::bookingrows {

/** The source named @p text (sourceName()'s inverse); nullopt for an unknown name. */
inline std::optional<BookingSource> sourceNamed(const QString &text)
{
    for (BookingSource s :
         {BookingSource::Channel, BookingSource::KioskLease, BookingSource::KioskRequest}) {
        if (text == sourceName(s))
            return s;
    }
    return std::nullopt;
}

/** capacity, day_plan, slot_minutes (of @p point's plan). */
template <class Row> PlanRow planOf(const Row &s, const QString &point)
{
    return PlanRow{point, int(s.integer(0)), s.text(1), int(s.integer(2))};
}

/** id, point, start, end, capacity. */
template <class Row> SlotRow slotOf(const Row &s)
{
    return SlotRow{s.text(0), s.text(1), rows::zonedTime(s, 2), rows::zonedTime(s, 3),
                   int(s.integer(4))};
}

/** seats, used, confirmed, expires_at, created_at, settled_at from column @p at on, of
 *  @p device's lease on @p slot. */
template <class Row>
LeaseRow leaseOf(const Row &s, const QString &device, const QString &slot, int at = 0)
{
    LeaseRow l;
    l.device = device;
    l.slot = slot;
    l.seats = int(s.integer(at));
    l.used = rows::optionalInt(s, at + 1);
    l.confirmed = rows::optionalInt(s, at + 2);
    l.expiresAt = rows::zonedTime(s, at + 3);
    l.createdAt = rows::zonedTime(s, at + 4);
    l.settledAt = rows::optionalZonedTime(s, at + 5);
    return l;
}

/** device, then leaseOf()'s columns, then the counts of kiosk-lease bookings and of those
 *  cancelled (of a lease on @p slot). */
template <class Row> LeaseAccount leaseAccountOf(const Row &s, const QString &slot)
{
    return LeaseAccount{leaseOf(s, s.text(0), slot, 1), {int(s.integer(7)), int(s.integer(8))}};
}

/** id, slot, source, device, ref, ticket, created_at, cancelled_at; an unknown source is
 *  corrupt. */
template <class Row> Result<BookingRow> bookingOf(const Row &s)
{
    const auto source = sourceNamed(s.text(2));
    if (!source)
        return Error{Error::Corrupt, QStringLiteral("booking %1: unknown source").arg(s.text(0))};
    BookingRow b;
    b.id = s.text(0);
    b.slot = s.text(1);
    b.source = *source;
    b.device = s.text(3);
    b.ref = s.text(4);
    b.ticket = s.text(5);
    b.createdAt = rows::zonedTime(s, 6);
    b.cancelledAt = rows::optionalZonedTime(s, 7);
    return b;
}

/** device, booking, slot, slot_start, reason, operator, requested_at. */
template <class Row> CancelRequestRow cancelRequestOf(const Row &s)
{
    return CancelRequestRow{s.text(0),
                            s.text(1),
                            s.text(2),
                            rows::zonedTime(s, 3),
                            s.text(4),
                            s.text(5),
                            rows::zonedTime(s, 6)};
}

/** device, booking, slot, slot_start, state, marked_at, record, received_at. */
template <class Row> AttendanceRow attendanceOf(const Row &s)
{
    return AttendanceRow{s.text(0), s.text(1),
                         s.text(2), rows::zonedTime(s, 3),
                         s.text(4), rows::zonedTime(s, 5),
                         s.text(6), rows::zonedTime(s, 7)};
}

/** The department of a published item's @p body (the item object as published, validated by
 *  the bundle's rules at publish); nullopt when it names none. */
inline std::optional<QString> departmentOfItem(const QString &body)
{
    const QString department = QJsonDocument::fromJson(body.toUtf8())
                                   .object()
                                   .value(QLatin1String("department"))
                                   .toString();
    if (department.isEmpty())
        return std::nullopt;
    return department;
}

} // namespace jiujin::gateway::bookingrows
