// A kiosk booking's attendance (records of kind booking_attendance, PROTOCOL.md "Booking")
// through central's real intake over TLS, on SQLite and on PostgreSQL: a check-in and a no-show
// kept once per booking (a record sent again is a duplicate with its first receipt; a second
// record of the same state changes nothing); refused alone, with a reason, the rest of the batch
// stored: an unknown booking, another slot, a check-in of a booking cancelled, a no-show before
// the slot started (on the kiosk's or central's clock), the other state after one was kept, a
// payload that is not empty. The days are counted from the gateway's injected clock.
#include "gatewayfixture.h"

#include "bookingrecords.h"
#include "centralcalendar.h"
#include "chinatime.h"
#include "slots.h"
#include "submissions.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace jiujin;
using protocol::Outcome;
using protocol::Suite;

namespace {

const QString point = QStringLiteral("150525203000-01");

protocol::BatchResult push(const TestGateway &gateway, const TestDevice &device,
                           const QList<protocol::WireRecord> &records)
{
    const HttpReply reply =
        device.push(gateway, "/v1/submissions",
                    protocol::encode(protocol::SubmissionBatch{records}), gateway.nowSecs);
    INFO(reply.error.toStdString() << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto result = protocol::decodeBatchResult(reply.body);
    REQUIRE(result.ok());
    REQUIRE(result->results.size() == records.size());
    return result.value();
}

QList<Outcome> outcomes(const protocol::BatchResult &result)
{
    QList<Outcome> out;
    for (const auto &r : result.results)
        out.append(r.status);
    return out;
}

} // namespace

TEST_CASE("Booking attendance: a check-in and a no-show kept once per booking; what cannot be "
          "true refused alone",
          "[gateway-bookingattendance]")
{
    // The gateway's injected clock (and the TLS check's time, fixed when it starts): every day
    // below is counted from it, so the test means the same whatever day it runs.
    TestGateway gateway;
    const QDateTime today = gateway.now();
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    const protocol::Key &central = gateway.keys->centralKey(Suite::Intl);

    // The first working day at least two days ahead: its leases are open today.
    QDate day = chinaDate(today).addDays(2);
    while (!gateway::liveCalendar().isOpen(day))
        day = day.addDays(1);
    const QDateTime start0830 = chinaTime(day, QTime(8, 30));
    const QString slot0830 = protocol::slotId(point, start0830);
    const QString slot0900 = protocol::slotId(point, chinaTime(day, QTime(9, 0)));

    HttpReply reply =
        device.send(gateway, "POST", "/v1/leases",
                    protocol::encode(protocol::LeaseRequest{{{slot0830, 2}, {slot0900, 2}}, {}}),
                    gateway.nowSecs);
    INFO(reply.error.toStdString() << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto granted = protocol::decodeLeaseResponse(reply.body);
    REQUIRE(granted.ok());
    REQUIRE(granted->leases.size() == 2);
    REQUIRE(granted->leases.at(0).seats == 2);
    REQUIRE(granted->leases.at(1).seats == 2);

    const QJsonObject person{{QStringLiteral("item"), QLatin1String(unemploymentItem)},
                             {QStringLiteral("name"), QStringLiteral("巴特尔")},
                             {QStringLiteral("phone"), QStringLiteral("13947512386")}};
    const auto booking = [&](const QString &slot, const QString &ticket) {
        return craftRecord(central, Suite::Intl, QStringLiteral("booking"), person, today,
                           {{QStringLiteral("slot"), slot},
                            {QStringLiteral("ticket"), ticket},
                            {QStringLiteral("lease"), true}});
    };
    const auto a = booking(slot0830, QStringLiteral("A0830"));
    const auto b = booking(slot0830, QStringLiteral("B0830"));
    const auto c = booking(slot0900, QStringLiteral("C0900"));
    const auto d = booking(slot0900, QStringLiteral("D0900"));
    const auto cancelD = craftRecord(central, Suite::Intl, QStringLiteral("booking_cancel"), {},
                                     today, {{QStringLiteral("refers_to"), d.uuid}});
    REQUIRE(outcomes(push(gateway, device, {a, b, c, d, cancelD})) ==
            QList<Outcome>(5, Outcome::Accepted));

    const auto attend = [&](const protocol::WireRecord &of, const QString &slot,
                            const QString &state, const QDateTime &at,
                            const QJsonObject &payload = {}) {
        return craftRecord(central, Suite::Intl, QStringLiteral("booking_attendance"), payload, at,
                           {{QStringLiteral("refers_to"), of.uuid},
                            {QStringLiteral("slot"), slot},
                            {QStringLiteral("attendance"), state},
                            {QStringLiteral("staff"), QStringLiteral("0001")}});
    };
    const QString checkedIn = QStringLiteral("checked_in");
    const QString noShow = QStringLiteral("no_show");

    // 08:40 on the day: A came; everything else here cannot be true yet or at all.
    gateway.nowSecs = start0830.addSecs(600).toSecsSinceEpoch();
    const QDateTime at0840 = gateway.now();
    const auto inA = attend(a, slot0830, checkedIn, at0840);
    protocol::WireRecord unknown = a;
    unknown.uuid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"); // never booked
    const auto first = push(
        gateway, device,
        {inA, attend(b, slot0830, noShow, start0830.addSecs(-60)), // marked before the slot started
         attend(c, slot0900, noShow, at0840),                      // 09:00 has not started
         attend(d, slot0900, checkedIn, at0840),                   // cancelled
         attend(unknown, slot0830, checkedIn, at0840),             // no such booking
         attend(b, slot0900, checkedIn, at0840),                   // not B's slot
         attend(b, slot0830, checkedIn, at0840, person)});         // a payload that is not empty
    CHECK(outcomes(first) == QList{Outcome::Accepted, Outcome::Rejected, Outcome::Rejected,
                                   Outcome::Rejected, Outcome::Rejected, Outcome::Rejected,
                                   Outcome::Rejected});
    for (const auto &r : first.results)
        CHECK((r.status == Outcome::Accepted || !r.reason.isEmpty()));
    CHECK(first.results.at(3).reason.contains(QStringLiteral("已取消")));
    // Never personal data in a reason.
    for (const auto &r : first.results)
        CHECK_FALSE(r.reason.contains(QStringLiteral("巴特尔")));

    // 09:40: B did not come. The check-in sent again is a duplicate with its first receipt; a
    // second check-in record of A changes nothing; a no-show of A after its check-in is refused.
    gateway.nowSecs = start0830.addSecs(70 * 60).toSecsSinceEpoch();
    const QDateTime at0940 = gateway.now();
    const auto second =
        push(gateway, device,
             {attend(b, slot0830, noShow, at0940), inA, attend(a, slot0830, checkedIn, at0940),
              attend(a, slot0830, noShow, at0940)});
    CHECK(outcomes(second) ==
          QList{Outcome::Accepted, Outcome::Duplicate, Outcome::Accepted, Outcome::Rejected});
    CHECK(second.results.at(1).receipt == first.results.at(0).receipt);
    CHECK(second.results.at(3).reason.contains(QStringLiteral("已到")));

    // Central holds each once, as first received, for the console's day.
    auto storage = openGatewayTestStorage(gateway.dir.path());
    auto kept = storage->bookings().attendancesStarting(point, chinaMidnight(day),
                                                        chinaMidnight(day.addDays(1)));
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 2);
    QMap<QString, gateway::AttendanceRow> byBooking;
    for (const gateway::AttendanceRow &row : kept.value())
        byBooking.insert(row.booking, row);
    CHECK(byBooking.value(a.uuid).state == checkedIn);
    CHECK(byBooking.value(a.uuid).record == inA.uuid);
    CHECK(byBooking.value(a.uuid).at.toSecsSinceEpoch() == at0840.toSecsSinceEpoch());
    CHECK(byBooking.value(a.uuid).slot == slot0830);
    CHECK(byBooking.value(b.uuid).state == noShow);
    CHECK(byBooking.value(b.uuid).slotStart == start0830);
    CHECK(byBooking.value(b.uuid).device == device.enrolled.deviceId);
    // Another point's day holds none of them.
    auto elsewhere = storage->bookings().attendancesStarting(
        QStringLiteral("150525203000-02"), chinaMidnight(day), chinaMidnight(day.addDays(1)));
    REQUIRE(elsewhere.ok());
    CHECK(elsewhere->isEmpty());
}
