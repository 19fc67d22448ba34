#pragma once

#include "centralstorage.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace jiujin {
struct DeviceRow;
}

namespace jiujin::gateway {

/**
 * Intake of a kiosk booking's attendance (records of kind booking_attendance, PROTOCOL.md
 * "Booking"): the citizen checked in (已到) or the booking marked a no-show (未到) at the point.
 * Kept once per booking for the console's bookings page; a record that cannot be true (another
 * device's or an unknown booking, another slot, a check-in of a booking central holds cancelled,
 * a no-show before the slot started, a second state) is refused alone, with a reason for staff.
 */
class BookingAttendanceIntake
{
public:
    static bool handles(const QString &recordKind);
    /** Why a booking_attendance's metadata @p meta or opened payload @p body is malformed, or
     *  "" (the payload is empty: nothing personal to seal). */
    static QString recordProblem(const QJsonObject &meta, const QJsonObject &body);

    explicit BookingAttendanceIntake(CentralStorage &storage) : m_storage(storage) {}

    /** Keeps the attendance of sound record @p uuid (@p meta) from @p device, joining the
     *  caller's transaction: "" when kept (or the same state was kept before), else why it is
     *  refused (nothing changed). An Error is a storage fault: the batch is retried whole. */
    Result<QString> apply(const DeviceRow &device, const QString &uuid, const QJsonObject &meta,
                          const QDateTime &now);

private:
    CentralStorage &m_storage;
};

} // namespace jiujin::gateway
