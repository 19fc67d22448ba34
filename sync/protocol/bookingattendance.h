#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

/*
 * A booking's attendance (PROTOCOL.md "Booking", RECORD.md): staff at the point checked the
 * citizen in (已到) or marked the booking a no-show (未到). It travels as a sealed outbox record of
 * kind booking_attendance with an empty payload; what central needs is in the metadata (the
 * sealing's associated data): refers_to (the booking record's uuid), slot, attendance and created
 * (when staff marked it, kiosk clock). No personal data. The decoder takes bytes central opened
 * from the network: bounded and strict.
 */
namespace jiujin::protocol {

/** The record kind. */
inline constexpr char bookingAttendanceKind[] = "booking_attendance";
/** The two states (the kiosk's bookings.state of the same name). */
inline constexpr char attendanceCheckedIn[] = "checked_in";
inline constexpr char attendanceNoShow[] = "no_show";

/** What one booking_attendance record says. */
struct BookingAttendance
{
    QString booking; ///< the booking record's uuid (refers_to)
    QString slot;    ///< the booking's slot id ("P/YYYY-MM-DDTHH:MM")
    QString state;   ///< attendanceCheckedIn or attendanceNoShow
    QDateTime at;    ///< when staff marked it (the record's created, UTC, milliseconds)
    friend bool operator==(const BookingAttendance &, const BookingAttendance &) = default;
};

/** The metadata fields of the kind beyond RECORD.md's common ones: {"slot", "attendance"}
 *  (refers_to and created are the common fields). */
QJsonObject attendanceMetaFields(const BookingAttendance &attendance);

/** Reads a booking_attendance record's metadata: Error::Invalid naming the field unless kind is
 *  booking_attendance, refers_to a lower-case uuid, slot a slot id, attendance checked_in or
 *  no_show, created an ISO 8601 time, receipt empty and attachments 0. */
Result<BookingAttendance> decodeBookingAttendance(const QJsonObject &meta);
/** The same from the metadata's text (at most maxMetaBytes bytes). */
Result<BookingAttendance> decodeBookingAttendance(QByteArrayView metaText);

} // namespace jiujin::protocol
