// protocol::decodeBookingAttendance: the metadata of a booking_attendance record, as central opens
// it from a kiosk's batch (PROTOCOL.md "Booking"). Hostile bytes give an Error with a message;
// what it accepts, written again as the kiosk writes it, reads back the same.
#include "bookingattendance.h"
#include "fuzz.h"

#include <QJsonDocument>
#include <QJsonObject>

JIUJIN_FUZZ_TARGET(booking_attendance)
{
    using namespace jiujin;
    auto first = protocol::decodeBookingAttendance(fuzz::bytes(data, size));
    if (!first) {
        FUZZ_CHECK(!first.error().message.isEmpty());
        return 0;
    }
    QJsonObject meta = protocol::attendanceMetaFields(first.value());
    meta.insert(QStringLiteral("kind"), QLatin1String(protocol::bookingAttendanceKind));
    meta.insert(QStringLiteral("refers_to"), first->booking);
    meta.insert(QStringLiteral("created"), first->at.toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("receipt"), QString());
    meta.insert(QStringLiteral("attachments"), 0);
    auto second =
        protocol::decodeBookingAttendance(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(second.ok());
    FUZZ_CHECK(second.value() == first.value());
    return 0;
}
