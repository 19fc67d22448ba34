#pragma once

#include "centralstorage.h"
#include "result.h"
#include "slots.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace httplib {
class Server;
} // namespace httplib

namespace jiujin::gateway {

class BookingService;
struct BookingInfo;
class OperatorService;
struct OperatorRequest;
struct PointPlan;
struct OperatorRow;

/**
 * Bookings in the operator API (openapi.yaml, /v1/operator/bookings/...; docs/DESIGN.md §13i):
 * the points an operator may look at; per point and day the slots with their capacity, seats
 * leased to kiosks, bookings made at kiosks and through other channels, free and stranded seats,
 * and the day's bookings without personal data; a point's plan changed by a technician through
 * BookingService::setPlan, audited, never below what future slots already hold.
 * Roles and scope: OperatorRoles::readsBookingsAt / editsBookingPlans.
 */
class BookingsApi
{
public:
    /** The furthest back a day may be asked for (the slot rows are kept). */
    static constexpr int maxPastDays = 366;
    /** At most this many bookings are listed for one day (the counts cover them all). */
    static constexpr int maxListedBookings = 2000;
    /** The days of GET /v1/operator/bookings/week. */
    static constexpr int weekDays = 7;

    /** Both borrowed. */
    BookingsApi(CentralStorage &storage, OperatorService &operators);
    ~BookingsApi();

    /** Adds the routes to @p server; each request reads the time from @p clock (as
     *  OperatorApi::addRoutes). */
    void addRoutes(httplib::Server &server, std::function<QDateTime()> clock);

    /** Whether @p op may cancel another channel's booking at @p point: a clerk of the point's
     *  township or a technician (§13k). */
    static bool cancelsAt(const OperatorRow &op, const QString &point);
    /** The reasons a cancellation may give (codes; the console translates them). */
    static const QStringList &cancelReasons();

    /** The field a PointPlan::check() message names ("capacity", "day_plan", "slot_minutes",
     *  "groups", "point"), as the API's `field`. */
    static QString fieldOf(const QString &message);

private:
    void points(OperatorRequest &r);
    void day(OperatorRequest &r);
    /** Seven days from `from`: per day and slot the capacity, what it holds and what is free. */
    void week(OperatorRequest &r);
    void setPlan(OperatorRequest &r);
    /** Moves a kiosk's booking ({slot, number, to_slot} of the same point): a cancel request
     *  to its kiosk (reason KioskCancels::movedReason) and a new booking from central's pool
     *  with a number the clerk reads out, in one transaction, audited (DESIGN §13i). */
    void move(OperatorRequest &r);
    /** A booking as the console names it in a cancel or move: its slot and number. */
    struct NamedBooking
    {
        protocol::SlotIdParts slot;
        QString slotId, number;
    };
    /** The body's slot and number, checked (fields other than those and @p extra refused, the
     *  slot's shape, the operator's cancelsAt() for its point, the number's length); nullopt
     *  when the refusal was answered. */
    std::optional<NamedBooking> namedBooking(OperatorRequest &r, const char *extra);
    /** The state of a kiosk booking with an open cancel request: "cancelling" before its slot
     *  starts at @p slotStart, then "cancel_undelivered" (the kiosk is no longer asked). */
    static QString cancelRequestState(const QDateTime &slotStart, const QDateTime &now);
    /** The booking of @p named's slot listed under its number (a kiosk's ticket or central's
     *  id), in the caller's transaction; nullopt when the answer (503 when a read failed, 404
     *  when there is none) was sent. The cancel and the move both start here. */
    std::optional<BookingInfo> findBooking(OperatorRequest &r, const NamedBooking &named);
    /** Whether @p device's kiosk learns of cancellations from central (it asked for the list,
     *  KioskCancels::feature); false when the answer was sent: 503 when the read failed, else
     *  409 kiosk_booking with @p message (the booking is changed at the kiosk). */
    bool kioskTakesCancels(OperatorRequest &r, const QString &device, const QString &message);
    /** The number of the next booking moved into @p toSlot: "G" + its HHmm + "-" + the
     *  moves into it so far plus one (G0830-01). */
    Result<QString> movedTicket(const protocol::SlotIdParts &to, const QString &toSlot);
    /** Cancels another channel's booking ({slot, number, reason}), audited. */
    void cancel(OperatorRequest &r);
    /** The point and first day a read asks for ("point" and @p dateParam, today when left out)
     *  and that @p days days from it may be read by the session's operator: the role, the
     *  point's shape and scope, maxPastDays back, the horizon ahead for the last day; nullopt
     *  when the refusal was answered. */
    std::optional<std::pair<QString, QDate>> askedPointDays(OperatorRequest &r,
                                                            const char *dateParam, int days);
    /** The plan of @p point, known to central, in the caller's transaction; nullopt when the
     *  answer (404, 503) was sent. */
    std::optional<PointPlan> readPlan(OperatorRequest &r, const QString &point);
    /** Whether central knows @p point: a plan, an enrolled device or the published catalogue. */
    Result<bool> knownPoint(const QString &point);
    static QJsonObject planJson(const PointPlan &plan);
    /** [start, end) of the slots @p plan would make on @p date (UTC); Error::Corrupt when its
     *  stored day plan does not parse. */
    static Result<QList<std::pair<QDateTime, QDateTime>>> plannedSlots(const PointPlan &plan,
                                                                       QDate date);

    CentralStorage &m_storage;
    OperatorService &m_operators;
    std::unique_ptr<BookingService> m_booking;
};

} // namespace jiujin::gateway
