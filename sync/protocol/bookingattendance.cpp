#include "bookingattendance.h"

#include "jsonfields.h"
#include "protocollimits.h"
#include "slots.h"

namespace jiujin::protocol {

namespace {

using json::invalid;

constexpr qsizetype maxSlotIdText = 96;
constexpr qsizetype maxCreatedText = 32;

} // namespace

QJsonObject attendanceMetaFields(const BookingAttendance &attendance)
{
    return QJsonObject{{QStringLiteral("slot"), attendance.slot},
                       {QStringLiteral("attendance"), attendance.state}};
}

Result<BookingAttendance> decodeBookingAttendance(const QJsonObject &meta)
{
    const json::Fields f(meta, QString());
    auto kind = f.string("kind", 32);
    if (!kind)
        return kind.error();
    if (kind.value() != QLatin1String(bookingAttendanceKind))
        return invalid(f.path("kind"), "not booking_attendance");
    BookingAttendance a;
    auto booking = f.uuid("refers_to");
    if (!booking)
        return booking.error();
    a.booking = booking.value();
    auto slot = f.string("slot", maxSlotIdText);
    if (!slot)
        return slot.error();
    if (!parseSlotId(slot.value()))
        return invalid(f.path("slot"), "not a slot id");
    a.slot = slot.value();
    auto state = f.string("attendance", 16);
    if (!state)
        return state.error();
    if (state.value() != QLatin1String(attendanceCheckedIn) &&
        state.value() != QLatin1String(attendanceNoShow))
        return invalid(f.path("attendance"), "neither checked_in nor no_show");
    a.state = state.value();
    auto created = f.string("created", maxCreatedText);
    if (!created)
        return created.error();
    a.at = QDateTime::fromString(created.value(), Qt::ISODateWithMs).toUTC();
    if (!a.at.isValid())
        return invalid(f.path("created"), "not an ISO 8601 time");
    auto receipt = f.string("receipt", maxShortText, json::Empty::Allowed);
    if (!receipt)
        return receipt.error();
    if (!receipt->isEmpty())
        return invalid(f.path("receipt"), "not empty");
    if (meta.value(QLatin1String("attachments")).toInt(-1) != 0)
        return invalid(f.path("attachments"), "not 0");
    return a;
}

Result<BookingAttendance> decodeBookingAttendance(QByteArrayView metaText)
{
    auto object = json::parseObject(metaText, maxMetaBytes, QStringLiteral("meta"));
    if (!object)
        return object.error();
    return decodeBookingAttendance(object.value());
}

} // namespace jiujin::protocol
