#include "bookingattendanceintake.h"

#include "bookingattendance.h"
#include "bookingrecords.h"
#include "devicerecords.h"
#include "gatewaylog.h"

#include <QCoreApplication>

namespace jiujin::gateway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::gateway::BookingAttendanceIntake", text);
}

QString stateWords(const QString &state)
{
    return state == QLatin1String(protocol::attendanceCheckedIn) ? tr("已到") : tr("未到");
}

} // namespace

bool BookingAttendanceIntake::handles(const QString &recordKind)
{
    return recordKind == QLatin1String(protocol::bookingAttendanceKind);
}

QString BookingAttendanceIntake::recordProblem(const QJsonObject &meta, const QJsonObject &body)
{
    if (!body.isEmpty())
        return tr("到场登记的内容应为空");
    if (auto a = protocol::decodeBookingAttendance(meta); !a)
        return tr("到场登记无法读取：%1").arg(a.error().message.left(200));
    return {};
}

Result<QString> BookingAttendanceIntake::apply(const DeviceRow &device, const QString &uuid,
                                               const QJsonObject &meta, const QDateTime &now)
{
    auto decoded = protocol::decodeBookingAttendance(meta);
    if (!decoded)
        return tr("到场登记无法读取：%1").arg(decoded.error().message.left(200));
    const protocol::BookingAttendance &a = decoded.value();
    BookingRecords &records = m_storage.bookings();
    // Fail closed: a read error is never "no such booking".
    auto booking = records.booking(device.id, a.booking);
    if (!booking)
        return booking.error();
    // The kiosk sends a booking before anything that refers to it (the outbox's order), so an
    // unknown booking is one central refused or never had: refused, as a cancel of it is.
    if (!booking.value() || booking.value()->source == BookingSource::Channel)
        return tr("本机没有编号为 %1 的预约").arg(a.booking);
    const BookingRow &b = *booking.value();
    if (b.slot != a.slot)
        return tr("到场登记的时段与预约 %1 不符").arg(a.booking);
    auto slot = records.slot(b.slot);
    if (!slot)
        return slot.error();
    if (!slot.value())
        return tr("预约 %1 的时段不存在").arg(a.booking);
    if (b.cancelledAt)
        return tr("预约 %1 已取消，不能登记为%2").arg(a.booking, stateWords(a.state));
    // Judged on both clocks: staff's mark (the kiosk's) and central's own.
    const QDateTime start = slot.value()->start;
    if (a.state == QLatin1String(protocol::attendanceNoShow) && (a.at < start || now < start))
        return tr("预约 %1 的时段尚未开始，不能登记为未到").arg(a.booking);
    auto earlier = records.attendance(device.id, a.booking);
    if (!earlier)
        return earlier.error();
    if (earlier.value()) {
        // Another record with the same state changes nothing; the other state cannot follow.
        if (earlier.value()->state == a.state)
            return QString();
        return tr("预约 %1 已登记为%2").arg(a.booking, stateWords(earlier.value()->state));
    }
    AttendanceRow row{device.id, a.booking,
                      b.slot,    start,
                      a.state,   QDateTime::fromSecsSinceEpoch(a.at.toSecsSinceEpoch(), Qt::UTC),
                      uuid,      now};
    if (auto r = records.addAttendance(row); !r)
        return r.error();
    qCDebug(lcGateway) << "booking" << a.booking << "of" << device.id << a.state;
    return QString();
}

} // namespace jiujin::gateway
