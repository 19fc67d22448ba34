#pragma once

#include "bookingcancels.h"
#include "result.h"

#include <QDateTime>
#include <QString>

namespace jiujin::gateway {

class CentralStorage;

/**
 * Kiosk bookings cancelled at central (PROTOCOL.md "Bookings cancelled at central", DESIGN §6c):
 * what GET /v1/bookings/cancels answers a device, and whether a device has shown it understands
 * that list. The console's cancel (BookingsApi) records the request; the kiosk learns it here,
 * cancels the booking itself and sends its usual booking_cancel record, which frees the seat at
 * central through BookingService as any cancel from the kiosk does.
 */
class KioskCancels
{
public:
    /** The device_features name a device earns by asking for its list once. */
    static constexpr const char *feature = "booking_cancels";

    /** The reason central keeps for a booking moved at the console (BookingsApi's move); the
     *  list sends it to the kiosk as applicant_request (DESIGN §13i). */
    static constexpr const char *movedReason = "rescheduled";

    explicit KioskCancels(CentralStorage &storage) : m_storage(storage) {}

    /** Notes that @p device understands the list, then lists its requests still open (the
     *  booking booked at central, the slot not started at @p now), in one transaction. */
    Result<protocol::BookingCancelList> listFor(const QString &device, const QDateTime &now);

private:
    CentralStorage &m_storage;
};

} // namespace jiujin::gateway
