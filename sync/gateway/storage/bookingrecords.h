#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin::gateway {

/** A service point's plan as stored (PointPlan::check() is the rule it passed). */
struct PlanRow
{
    QString point;
    int capacity = 0; ///< seats per slot
    QString dayPlan;  ///< "HH:MM-HH:MM,..." local time
    int slotMinutes = 0;
};

/** One slot of a point: [start, end) in UTC, its seats. */
struct SlotRow
{
    QString id, point;
    QDateTime start, end;
    int capacity = 0;
};

/** One device's lease on one slot. */
struct LeaseRow
{
    QString device, slot;
    int seats = 0;                      ///< granted (frozen once settled)
    std::optional<int> used, confirmed; ///< the settle's counts; nullopt before it (or not sent)
    QDateTime expiresAt, createdAt;
    std::optional<QDateTime> settledAt;
};

/** The counts of one lease's bookings central has seen. */
struct LeaseSeen
{
    int booked = 0;    ///< lease bookings ever received
    int cancelled = 0; ///< of those, cancelled
    int active() const { return booked - cancelled; }
};

/** A lease of a slot and what central has seen of it: the capacity invariant's inputs. */
struct LeaseAccount
{
    LeaseRow lease;
    LeaseSeen seen;
};

/** Where a booking came from. */
enum class BookingSource {
    Channel,      ///< another channel (the province's app), by bearer token
    KioskLease,   ///< a kiosk, confirmed offline on its lease
    KioskRequest, ///< a kiosk, asked of central's pool
};

/** "channel", "kiosk-lease" or "kiosk-request" (as the CLI shows it). */
inline QString sourceName(BookingSource source)
{
    switch (source) {
    case BookingSource::Channel:
        return QStringLiteral("channel");
    case BookingSource::KioskLease:
        return QStringLiteral("kiosk-lease");
    case BookingSource::KioskRequest:
        break;
    }
    return QStringLiteral("kiosk-request");
}

/** One booking as stored: no personal data (that stays sealed in the record). */
struct BookingRow
{
    QString id; ///< kiosk bookings: the record uuid; channel: central's id; unique per device
    QString slot;
    BookingSource source = BookingSource::KioskRequest;
    QString device; ///< device id, or "channel:<token id>"
    QString ref;    ///< the record uuid (kiosk) or the caller's idempotency key (channel)
    QString ticket; ///< the kiosk's ticket number; "" for the channel
    QDateTime createdAt;
    std::optional<QDateTime> cancelledAt;
};

/** A kiosk's booking an operator cancelled at central, waiting for (or answered by) the kiosk's
 *  own booking_cancel record (PROTOCOL.md "Bookings cancelled at central"). No personal data. */
struct CancelRequestRow
{
    QString device, booking, slot;
    QDateTime slotStart;
    QString reason;     ///< a code of protocol::bookingCancelReasons(), or "rescheduled" (a move)
    QString operatorId; ///< who cancelled it in the console
    QDateTime requestedAt;
};

/** A kiosk booking's attendance as its booking_attendance record said (PROTOCOL.md "Booking"):
 *  checked in (已到) or a no-show (未到). No personal data. */
struct AttendanceRow
{
    QString device, booking, slot;
    QDateTime slotStart;
    QString state;        ///< "checked_in" or "no_show"
    QDateTime at;         ///< when staff marked it (kiosk clock, whole seconds)
    QString record;       ///< the booking_attendance record's uuid
    QDateTime receivedAt; ///< central's clock
};

/**
 * Central's booking data (DESIGN 4.6): point plans and their groups, materialised days and
 * slots, leases, bookings of kiosks and other channels. Rows only: the rules (capacity, lease
 * accounting, which days have slots) are BookingService's. Every read fails closed: an Error,
 * never "none" or 0, since the counts feed the capacity invariant. Calls made while a
 * CentralTransaction is open belong to it.
 */
class BookingRecords
{
public:
    virtual ~BookingRecords() = default;

    // Plans
    /** @p point's plan; nullopt when none was ever set. */
    virtual Result<std::optional<PlanRow>> plan(const QString &point) = 0;
    /** Creates @p plan's point's plan or replaces it. */
    virtual Result<void> putPlan(const PlanRow &plan) = 0;
    /** @p point's item groups (catalogue department codes) in their order; empty: none set. */
    virtual Result<QStringList> groups(const QString &point) = 0;
    /** Replaces @p point's item groups by @p groups (in this order). */
    virtual Result<void> setGroups(const QString &point, const QStringList &groups) = 0;
    /** Whether @p point has a plan or an enrolled device. */
    virtual Result<bool> knownPoint(const QString &point) = 0;

    // Days and slots
    /** Notes that @p point's slots of local day @p day were made: true when this call noted
     *  it, false when it was noted before (a later plan change affects only new days). */
    virtual Result<bool> markDay(const QString &point, QDate day) = 0;
    /** Adds @p slot; a slot with its id already there is kept as it is. */
    virtual Result<void> addSlot(const SlotRow &slot) = 0;
    /** The slot @p id; nullopt when there is none. */
    virtual Result<std::optional<SlotRow>> slot(const QString &id) = 0;
    /** @p point's slots starting in [@p from, @p to), by start. */
    virtual Result<QList<SlotRow>> slotsStarting(const QString &point, const QDateTime &from,
                                                 const QDateTime &to) = 0;
    /** @p point's slots starting after @p after (to the second), in no particular order. */
    virtual Result<QList<SlotRow>> slotsAfter(const QString &point, const QDateTime &after) = 0;
    virtual Result<void> setSlotCapacity(const QString &id, int capacity) = 0;

    // Leases
    /** @p device's lease on @p slot; nullopt when it has none. */
    virtual Result<std::optional<LeaseRow>> lease(const QString &device, const QString &slot) = 0;
    /** Sets the seats of @p device's lease on @p slot; a new lease expires at @p expiresAt and
     *  is created at @p now (an existing one keeps both). */
    virtual Result<void> setLeaseSeats(const QString &device, const QString &slot, int seats,
                                       const QDateTime &expiresAt, const QDateTime &now) = 0;
    /** Settles @p device's lease on @p slot at @p now with the kiosk's @p used and
     *  @p confirmed counts; with no lease, a settled one of 0 seats (expiring at @p expiresAt)
     *  is made. */
    virtual Result<void> settleLease(const QString &device, const QString &slot, int used,
                                     std::optional<int> confirmed, const QDateTime &expiresAt,
                                     const QDateTime &now) = 0;
    /** Every lease of @p slot with what central has seen of it. */
    virtual Result<QList<LeaseAccount>> leaseAccounts(const QString &slot) = 0;
    /** The lease bookings of @p device on @p slot central has seen. */
    virtual Result<LeaseSeen> seen(const QString &device, const QString &slot) = 0;

    // Bookings
    /** The active (not cancelled) bookings of @p slot outside leases: channel, kiosk requests. */
    virtual Result<int> otherBookings(const QString &slot) = 0;
    /** @p device's booking of reference @p ref (of any source); nullopt when none. */
    virtual Result<std::optional<BookingRow>> bookingByRef(const QString &device,
                                                           const QString &ref) = 0;
    /** @p device's booking @p id (of any source); nullopt when none. */
    virtual Result<std::optional<BookingRow>> booking(const QString &device, const QString &id) = 0;
    /** Adds @p booking (its cancelledAt is ignored: a booking starts active). */
    virtual Result<void> addBooking(const BookingRow &booking) = 0;
    /** Marks @p device's booking @p id cancelled at @p at. */
    virtual Result<void> cancelBooking(const QString &device, const QString &id,
                                       const QDateTime &at) = 0;
    /** The bookings of slots starting at or after @p since (every one when nullopt), of
     *  @p point (every point when ""), by slot start, then creation, then id. */
    virtual Result<QList<BookingRow>> bookingsFrom(const QString &point,
                                                   const std::optional<QDateTime> &since) = 0;

    // Kiosk bookings cancelled at central
    /** Records @p row; false (and nothing changed) when the booking has one already. */
    virtual Result<bool> addCancelRequest(const CancelRequestRow &row) = 0;
    /** @p device's cancel requests whose booking central still holds as booked and whose slot
     *  starts after @p after, oldest first, at most @p limit. */
    virtual Result<QList<CancelRequestRow>>
    openCancelRequests(const QString &device, const QDateTime &after, int limit) = 0;
    /** The cancel requests of @p point's slots starting in [@p from, @p to). */
    virtual Result<QList<CancelRequestRow>>
    cancelRequestsStarting(const QString &point, const QDateTime &from, const QDateTime &to) = 0;
    /** Notes once that @p device asked for @p feature (first at @p at). */
    virtual Result<void> noteFeature(const QString &device, const QString &feature,
                                     const QDateTime &at) = 0;
    /** Whether @p device ever asked for @p feature. */
    virtual Result<bool> hasFeature(const QString &device, const QString &feature) = 0;

    // Attendance of kiosk bookings (booking_attendance records)
    /** @p device's attendance of booking @p booking; nullopt when none was received. */
    virtual Result<std::optional<AttendanceRow>> attendance(const QString &device,
                                                            const QString &booking) = 0;
    /** Records @p row; the booking must have none yet (the caller checked in this
     *  transaction). */
    virtual Result<void> addAttendance(const AttendanceRow &row) = 0;
    /** The attendances of @p point's slots starting in [@p from, @p to). */
    virtual Result<QList<AttendanceRow>>
    attendancesStarting(const QString &point, const QDateTime &from, const QDateTime &to) = 0;

    // What the published catalogue says of an item (for a point's groups)
    /** Whether a catalogue was ever published. */
    virtual Result<bool> cataloguePublished() = 0;
    /** The department of published item @p item; nullopt when it is not published (or was
     *  removed) or names none. */
    virtual Result<std::optional<QString>> publishedDepartmentOf(const QString &item) = 0;

    // Channel tokens of the first gateway version (ChannelTokens takes them over as legacy)
    /** Keeps a token's SHA-256 (hex) @p hash, made at @p createdAt. */
    virtual Result<void> addLegacyChannelToken(const QString &hash, const QDateTime &createdAt) = 0;
    /** Whether a token of SHA-256 (hex) @p hash was made. */
    virtual Result<bool> legacyChannelTokenExists(const QString &hash) = 0;
};

} // namespace jiujin::gateway
