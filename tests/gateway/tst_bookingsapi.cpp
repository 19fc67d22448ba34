// Bookings in the operator API (issue 15, docs/DESIGN.md §13i), over real TLS through the nginx
// front of `jiujin-gateway serve`, on SQLite and on PostgreSQL: a kiosk enrolled with a real
// token takes a lease through the signed /v1/leases and books on it with a sealed record, another
// channel books through /v1/channel/bookings; the console's day view shows each with no personal
// data; each role's view and scope; plan changes by a technician only, checked as `plan set`,
// never below what a future slot holds, audited with old and new; the kiosk then sees the new
// capacity in the signed /v1/slots; the console's cookie without its CSRF token refused.
#include "bookingcancels.h"
#include "gatewayfixture.h"

#include "auditchain.h"
#include "bookingrecords.h"
#include "bookingsapi.h"
#include "bookingservice.h"
#include "caserecords.h"
#include "centralcalendar.h"
#include "centralstorage.h"
#include "chinatime.h"
#include "database.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "pgtestserver.h"
#include "slots.h"
#include "submissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <tuple>

#include <catch2/catch.hpp>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

const QString password = QStringLiteral("booking-desk-2026");
const QString pointA = QStringLiteral("150525203000-01"); // township 150525203
const QString pointB = QStringLiteral("150525101000-01"); // township 150525101

QJsonObject object(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonObject slotOf(const QJsonObject &day, const QString &id)
{
    for (const QJsonValue &v : day.value(QLatin1String("slots")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("Bookings role table", "[gateway-bookingsapi]")
{
    const auto op = [](const QString &role, const QStringList &scope) {
        OperatorRow row;
        row.id = role;
        row.role = role;
        row.scope = scope;
        return row;
    };
    const OperatorRow clerk = op(OperatorRoles::clerk, {QStringLiteral("150525203")});
    const OperatorRow officer = op(OperatorRoles::officer, {QStringLiteral("shebao")});
    const OperatorRow supervisor = op(OperatorRoles::supervisor, {});
    const OperatorRow technician = op(OperatorRoles::technician, {});
    OperatorRow disabled = technician;
    disabled.enabled = false;
    OperatorRow unknown = supervisor;
    unknown.role = QStringLiteral("visitor");
    CHECK(OperatorRoles::readsBookingsAt(clerk, pointA));
    CHECK_FALSE(OperatorRoles::readsBookingsAt(clerk, pointB));
    CHECK_FALSE(OperatorRoles::readsBookingsAt(clerk, QStringLiteral("x")));
    for (const OperatorRow &op : {officer, supervisor, technician}) {
        CHECK(OperatorRoles::readsBookingsAt(op, pointA));
        CHECK(OperatorRoles::readsBookingsAt(op, pointB));
    }
    for (const OperatorRow &op : {disabled, unknown})
        CHECK_FALSE(OperatorRoles::readsBookings(op));
    CHECK(OperatorRoles::editsBookingPlans(technician));
    for (const OperatorRow &op : {clerk, officer, supervisor, disabled})
        CHECK_FALSE(OperatorRoles::editsBookingPlans(op));
    CHECK(BookingsApi::fieldOf(QStringLiteral("capacity: 0 to 1000")) == QLatin1String("capacity"));
    CHECK(BookingsApi::fieldOf(QStringLiteral("day plan: x")) == QLatin1String("day_plan"));
    CHECK(BookingsApi::fieldOf(QStringLiteral("slot minutes: 5 to 240")) ==
          QLatin1String("slot_minutes"));
    CHECK(BookingsApi::fieldOf(QStringLiteral("groups: repeated")) == QLatin1String("groups"));
}

TEST_CASE("Bookings API: slots, bookings by channel, scope, plan edits over TLS through the front",
          "[gateway-bookingsapi]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    REQUIRE(gatewayCli(QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"),
                                   QStringLiteral(JIUJIN_SEED)} +
                       data)
                .exitCode == 0);
    auto keys = GatewayKeys::load(dir);
    REQUIRE(keys.ok());
    const QByteArray pin = keys->serverPin();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CliRun kioskToken =
        gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                               QStringLiteral("--point"), pointA} +
                   data);
    REQUIRE(kioskToken.exitCode == 0);
    const CliRun channelToken =
        gatewayCli(QStringList{QStringLiteral("channel-token"), QStringLiteral("create"),
                               QStringLiteral("--point"), pointA} +
                   data);
    REQUIRE(channelToken.exitCode == 0);
    {
        auto opened = openGatewayTestStorage(dir);
        REQUIRE(opened);
        auto sealKey = OperatorService::loadSealKey(dir);
        REQUIRE(sealKey.ok());
        OperatorService ops(*opened, sealKey.value());
        for (const auto &[id, role, scope] :
             {std::tuple{QStringLiteral("tech-1"), OperatorRoles::technician, QStringList{}},
              std::tuple{QStringLiteral("sup-1"), OperatorRoles::supervisor, QStringList{}},
              std::tuple{QStringLiteral("clerk-a"), OperatorRoles::clerk,
                         QStringList{QStringLiteral("150525203")}},
              std::tuple{QStringLiteral("clerk-c"), OperatorRoles::clerk,
                         QStringList{QStringLiteral("150525101")}},
              std::tuple{QStringLiteral("officer-s"), OperatorRoles::officer,
                         QStringList{QStringLiteral("shebao")}}})
            REQUIRE(
                ops.add({id, {}, role, scope, false}, password, QStringLiteral("test"), now).ok());
    }

    // The day looked at: the first working day at least two days ahead (its leases open).
    QDate day = chinaDate(now).addDays(2);
    while (!liveCalendar().isOpen(day))
        day = day.addDays(1);
    const QString dayText = day.toString(Qt::ISODate);
    const QString slot0830 = protocol::slotId(pointA, chinaTime(day, QTime(8, 30)));
    const QString slot0900 = protocol::slotId(pointA, chinaTime(day, QTime(9, 0)));

    QProcess serve;
    const int port = serveOnFreePort(serve, data);

    const OperatorRequests send{port, pin};
    const auto login = [&](const QString &id) { return send.login(id, password); };
    const QByteArray technician = login(QStringLiteral("tech-1"));
    const QByteArray supervisor = login(QStringLiteral("sup-1"));
    const QByteArray clerkA = login(QStringLiteral("clerk-a"));
    const QByteArray clerkC = login(QStringLiteral("clerk-c"));
    const QByteArray officer = login(QStringLiteral("officer-s"));

    // ---- A kiosk of point A: enrolled, a lease on 08:30, one booking confirmed on it.
    auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(signing.ok());
    const auto [keyPem, csrPem] = makeCsr();
    const HttpReply enrolled =
        httpsPost(port, pin, "/v1/enroll",
                  protocol::encode(protocol::EnrollRequest{
                      QString::fromUtf8(kioskToken.out).trimmed(), csrPem, signing->publicPem()}),
                  {});
    REQUIRE(enrolled.status == 200);
    auto kiosk = protocol::decodeEnrollResponse(enrolled.body);
    REQUIRE(kiosk.ok());
    const auto signedSend = [&](const QByteArray &method, const QByteArray &path,
                                const QByteArray &body, bool gzipped) {
        const QByteArray sent = gzipped ? protocol::gzip(body) : body;
        QList<QByteArray> headers =
            signedHeaders(signing.value(), kiosk->deviceId, method, path, sent,
                          QDateTime::currentSecsSinceEpoch(), gzipped);
        return httpsSend(port, pin, method, path, sent, headers,
                         ClientCert{kiosk->certificatePem, keyPem});
    };
    auto receiptKey = protocol::Key::fromPem(kiosk->receiptKeyPem);
    REQUIRE(receiptKey.ok());
    HttpReply r = signedSend("POST", "/v1/leases",
                             protocol::encode(protocol::LeaseRequest{{{slot0830, 2}}, {}}), false);
    REQUIRE(r.status == 200);
    auto granted = protocol::decodeLeaseResponse(r.body);
    REQUIRE(granted.ok());
    REQUIRE(granted->leases.size() == 1);
    REQUIRE(granted->leases.first().seats == 2);
    protocol::SubmissionBatch batch;
    batch.records.append(craftRecord(keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
                                     QStringLiteral("booking"),
                                     {{QStringLiteral("item"), QLatin1String(unemploymentItem)},
                                      {QStringLiteral("name"), QStringLiteral("张三")},
                                      {QStringLiteral("phone"), QStringLiteral("13812345678")}},
                                     now,
                                     {{QStringLiteral("slot"), slot0830},
                                      {QStringLiteral("ticket"), QStringLiteral("Y0830A")},
                                      {QStringLiteral("lease"), true}}));
    r = signedSend("POST", "/v1/submissions", protocol::encode(batch), true);
    REQUIRE(r.status == 200);
    auto results = protocol::decodeBatchResult(r.body);
    REQUIRE(results.ok());
    REQUIRE(results->results.size() == 1);
    REQUIRE(results->results.first().status == protocol::Outcome::Accepted);
    // ---- Another channel (the province's app) books 08:30 from the pool.
    const QByteArray channelBearer =
        "Authorization: Bearer " + channelToken.out.trimmed().split('\n').last();
    r = httpsSend(port, pin, "POST", "/v1/channel/bookings",
                  protocol::encode(protocol::ChannelBookingRequest{slot0830, "app-1"}),
                  {channelBearer});
    REQUIRE(r.status == 201);

    // ---- The day: 08:30 of 4 seats holds the lease's 2 (1 used) and the channel's 1.
    const QByteArray dayPath =
        "/v1/operator/bookings/day?point=" + pointA.toLatin1() + "&date=" + dayText.toLatin1();
    r = send("GET", dayPath, technician);
    REQUIRE(r.status == 200);
    QJsonObject view = object(r);
    CHECK(view.value(QLatin1String("made")).toBool());
    CHECK(view.value(QLatin1String("may_edit_plan")).toBool());
    CHECK(view.value(QLatin1String("no_shows")).toInt(-1) == 0);
    CHECK(view.value(QLatin1String("checked_in")).toInt(-1) == 0);
    CHECK(view.value(QLatin1String("plan")).toObject().value(QLatin1String("capacity")).toInt() ==
          4);
    QJsonObject s = slotOf(view, slot0830);
    REQUIRE_FALSE(s.isEmpty());
    CHECK(s.value(QLatin1String("time")).toString() == QLatin1String("08:30-09:00"));
    CHECK(s.value(QLatin1String("capacity")).toInt() == 4);
    CHECK(s.value(QLatin1String("leased")).toInt() == 2);
    CHECK(s.value(QLatin1String("used")).toInt() == 1);
    CHECK(s.value(QLatin1String("kiosk_booked")).toInt() == 1);
    CHECK(s.value(QLatin1String("other")).toInt() == 1);
    CHECK(s.value(QLatin1String("free")).toInt() == 1);
    CHECK_FALSE(s.value(QLatin1String("full")).toBool());
    CHECK(slotOf(view, slot0900).value(QLatin1String("free")).toInt() == 4);
    const QJsonArray bookings = view.value(QLatin1String("bookings")).toArray();
    REQUIRE(bookings.size() == 2);
    QMap<QString, QJsonObject> byChannel;
    for (const QJsonValue &v : bookings)
        byChannel.insert(v.toObject().value(QLatin1String("channel")).toString(), v.toObject());
    CHECK(byChannel[QStringLiteral("kiosk")].value(QLatin1String("number")).toString() ==
          QLatin1String("Y0830A"));
    CHECK(byChannel[QStringLiteral("kiosk")].value(QLatin1String("item")).toString() ==
          QLatin1String(unemploymentItem));
    CHECK(byChannel[QStringLiteral("kiosk")].value(QLatin1String("state")).toString() ==
          QLatin1String("booked"));
    CHECK(byChannel[QStringLiteral("other")].value(QLatin1String("slot")).toString() == slot0830);
    // Never personal data: the name and phone stay sealed in the record.
    CHECK_FALSE(r.body.contains("13812345678"));
    CHECK_FALSE(r.body.contains(QStringLiteral("张三").toUtf8()));

    // ---- Attendance (PROTOCOL.md "Booking"): none yet; the kiosk checks the citizen in and its
    // booking_attendance record reaches the day through the intake: 已到 on the row, counted.
    CHECK(byChannel[QStringLiteral("kiosk")].value(QLatin1String("attendance")).isNull());
    {
        protocol::SubmissionBatch attendance;
        attendance.records.append(
            craftRecord(keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
                        QStringLiteral("booking_attendance"), {}, QDateTime::currentDateTimeUtc(),
                        {{QStringLiteral("refers_to"), batch.records.first().uuid},
                         {QStringLiteral("slot"), slot0830},
                         {QStringLiteral("attendance"), QStringLiteral("checked_in")}}));
        r = signedSend("POST", "/v1/submissions", protocol::encode(attendance), true);
        REQUIRE(r.status == 200);
        auto kept = protocol::decodeBatchResult(r.body);
        REQUIRE(kept.ok());
        REQUIRE(kept->results.first().status == protocol::Outcome::Accepted);
        r = send("GET", dayPath, clerkA);
        REQUIRE(r.status == 200);
        const QJsonObject attended = object(r);
        CHECK(attended.value(QLatin1String("checked_in")).toInt() == 1);
        CHECK(attended.value(QLatin1String("no_shows")).toInt() == 0);
        for (const QJsonValue &v : attended.value(QLatin1String("bookings")).toArray())
            CHECK(v.toObject().value(QLatin1String("attendance")) ==
                  (v.toObject().value(QLatin1String("channel")) == QLatin1String("kiosk")
                       ? QJsonValue(QStringLiteral("checked_in"))
                       : QJsonValue()));
    }
    // A past day whose booking the kiosk marked 未到 (a no-show needs its slot started, so the
    // rows are written as intake writes them): the row says no_show and the day counts it.
    QDate noShowDay = chinaDate(now).addDays(-7);
    while (!liveCalendar().isOpen(noShowDay))
        noShowDay = noShowDay.addDays(-1);
    {
        auto opened = openGatewayTestStorage(dir);
        REQUIRE(opened);
        auto tx = opened->begin();
        REQUIRE(tx.ok());
        const QDateTime start = chinaTime(noShowDay, QTime(8, 30));
        const QString pastSlot = protocol::slotId(pointA, start);
        REQUIRE(opened->bookings().markDay(pointA, noShowDay).ok());
        REQUIRE(opened->bookings().addSlot({pastSlot, pointA, start, start.addSecs(1800), 4}).ok());
        const QString pastBooking = QStringLiteral("5b1e4f3a-0c2d-4e6f-8a9b-1c2d3e4f5a6b");
        gateway::BookingRow row;
        row.id = pastBooking;
        row.slot = pastSlot;
        row.source = gateway::BookingSource::KioskLease;
        row.device = kiosk->deviceId;
        row.ref = pastBooking;
        row.ticket = QStringLiteral("Y0830P");
        row.createdAt = start.addDays(-3);
        REQUIRE(opened->bookings().addBooking(row).ok());
        REQUIRE(opened->bookings()
                    .addAttendance({kiosk->deviceId, pastBooking, pastSlot, start,
                                    QStringLiteral("no_show"), start.addSecs(3600),
                                    QStringLiteral("9d3c1b2a-4e5f-4a6b-8c7d-0e1f2a3b4c5d"),
                                    start.addSecs(3700)})
                    .ok());
        REQUIRE(tx.value()->commit().ok());
    }
    r = send("GET",
             "/v1/operator/bookings/day?point=" + pointA.toLatin1() +
                 "&date=" + noShowDay.toString(Qt::ISODate).toLatin1(),
             clerkA);
    REQUIRE(r.status == 200);
    CHECK(object(r).value(QLatin1String("no_shows")).toInt() == 1);
    CHECK(object(r).value(QLatin1String("checked_in")).toInt() == 0);
    REQUIRE(object(r).value(QLatin1String("bookings")).toArray().size() == 1);
    CHECK(object(r)
              .value(QLatin1String("bookings"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("attendance"))
              .toString() == QLatin1String("no_show"));

    // A day nobody asked for yet: the plan's slots, not made (so a plan change still reaches it).
    QDate later = day.addDays(7);
    while (!liveCalendar().isOpen(later))
        later = later.addDays(1);
    r = send("GET",
             "/v1/operator/bookings/day?point=" + pointA.toLatin1() +
                 "&date=" + later.toString(Qt::ISODate).toLatin1(),
             supervisor);
    REQUIRE(r.status == 200);
    CHECK_FALSE(object(r).value(QLatin1String("made")).toBool());
    CHECK(object(r).value(QLatin1String("slots")).toArray().size() == 13);

    // ---- Roles and scope.
    r = send("GET", "/v1/operator/bookings/points", clerkA);
    REQUIRE(r.status == 200);
    QStringList seen;
    for (const QJsonValue &v : object(r).value(QLatin1String("points")).toArray())
        seen.append(v.toObject().value(QLatin1String("point")).toString());
    CHECK(seen.contains(pointA));
    CHECK_FALSE(seen.contains(pointB));
    for (const QString &p : seen)
        CHECK(p.startsWith(QLatin1String("150525203")));
    CHECK_FALSE(object(r).value(QLatin1String("may_edit_plans")).toBool());
    r = send("GET", "/v1/operator/bookings/points", technician);
    REQUIRE(r.status == 200);
    bool kioskCounted = false;
    for (const QJsonValue &v : object(r).value(QLatin1String("points")).toArray())
        if (v.toObject().value(QLatin1String("point")).toString() == pointA)
            kioskCounted = v.toObject().value(QLatin1String("kiosks")).toInt() == 1;
    CHECK(kioskCounted);
    CHECK(send("GET", dayPath, clerkA).status == 200);
    CHECK(send("GET", dayPath, clerkC).status == 403);
    for (const QByteArray &who : {supervisor, officer}) {
        r = send("GET", dayPath, who);
        CHECK(r.status == 200);
        CHECK_FALSE(object(r).value(QLatin1String("may_edit_plan")).toBool());
    }
    CHECK(send("GET", dayPath, {}).status == 401);
    for (const QByteArray &query :
         {"point=150525203&date=" + dayText.toLatin1(),
          QByteArray("point=") + pointA.toLatin1() + "&date=2026-13-01",
          QByteArray("point=") + pointA.toLatin1() +
              "&date=" + chinaDate(now).addDays(200).toString(Qt::ISODate).toLatin1()})
        CHECK(send("GET", "/v1/operator/bookings/day?" + query, technician).status == 400);
    CHECK(send("GET", "/v1/operator/bookings/day?point=150525999000-01&date=" + dayText.toLatin1(),
               technician)
              .status == 404);

    // ---- The week: seven days from the date, each slot with what it holds (the lease's 2 and
    // the channel's 1 at 08:30), the same roles and scope as the day.
    const QByteArray weekPath =
        "/v1/operator/bookings/week?point=" + pointA.toLatin1() + "&from=" + dayText.toLatin1();
    r = send("GET", weekPath, clerkA);
    REQUIRE(r.status == 200);
    const QJsonArray weekDays = object(r).value(QLatin1String("days")).toArray();
    REQUIRE(weekDays.size() == 7);
    CHECK(weekDays.first().toObject().value(QLatin1String("date")).toString() == dayText);
    CHECK(weekDays.last().toObject().value(QLatin1String("date")).toString() ==
          day.addDays(6).toString(Qt::ISODate));
    QJsonObject cell0830;
    for (const QJsonValue &v : weekDays.first().toObject().value(QLatin1String("slots")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == slot0830)
            cell0830 = v.toObject();
    CHECK(cell0830.value(QLatin1String("time")).toString() == QLatin1String("08:30"));
    CHECK(cell0830.value(QLatin1String("capacity")).toInt() == 4);
    CHECK(cell0830.value(QLatin1String("held")).toInt() == 3);
    CHECK(cell0830.value(QLatin1String("free")).toInt() == 1);
    CHECK(weekDays.first().toObject().value(QLatin1String("held")).toInt() == 3);
    for (const QJsonValue &v : weekDays) // a closed day has no slot, planned or made
        if (!v.toObject().value(QLatin1String("open")).toBool())
            CHECK(v.toObject().value(QLatin1String("slots")).toArray().isEmpty());
    CHECK(send("GET", weekPath, clerkC).status == 403);
    CHECK(send("GET", weekPath, {}).status == 401);
    CHECK(send("GET",
               "/v1/operator/bookings/week?point=" + pointA.toLatin1() +
                   "&from=" + chinaDate(now).addDays(88).toString(Qt::ISODate).toLatin1(),
               technician)
              .status == 400); // its last day past the horizon
    CHECK(send("GET", "/v1/operator/bookings/week?point=150525999000-01", technician).status ==
          404);

    // ---- Plans: a technician only; bad plans refused with the field; never below what a
    // future slot holds (08:30 holds 3: the lease's 2 and the channel's 1).
    const QByteArray planPath = "/v1/operator/bookings/plans/" + pointA.toLatin1();
    const auto capacity = [](int n) { return QJsonObject{{QStringLiteral("capacity"), n}}; };
    for (const QByteArray &who : {supervisor, clerkA, officer})
        CHECK(send("POST", planPath, who, capacity(6)).status == 403);
    const auto refused = [&](const QJsonObject &body, int status, const char *field) {
        const HttpReply no = send("POST", planPath, technician, body);
        CHECK(no.status == status);
        CHECK(object(no).value(QLatin1String("field")).toString() == QLatin1String(field));
        CHECK_FALSE(object(no).value(QLatin1String("message")).toString().isEmpty());
        return object(no);
    };
    refused(capacity(-1), 400, "capacity");
    refused(capacity(protocol::maxSlotCapacity + 1), 400, "capacity");
    refused({{QStringLiteral("capacity"), QStringLiteral("6")}}, 400, "capacity");
    refused({{QStringLiteral("day_plan"), QStringLiteral("08:30-12:00,11:00-13:00")}}, 400,
            "day_plan");
    refused({{QStringLiteral("slot_minutes"), 2}}, 400, "slot_minutes");
    refused({{QStringLiteral("groups"), QJsonArray{QStringLiteral("nosuchdept")}}}, 400, "groups");
    refused({{QStringLiteral("groups"), QJsonArray{QStringLiteral("Bad Code")}}}, 400, "groups");
    const QJsonObject over = refused(capacity(2), 409, "capacity");
    CHECK(over.value(QLatin1String("error")).toString() == QLatin1String("over_capacity"));
    CHECK(over.value(QLatin1String("min_capacity")).toInt() == 3);
    CHECK(over.value(QLatin1String("slot")).toString() == slot0830);
    CHECK(send("POST", "/v1/operator/bookings/plans/150525999000-01", technician, capacity(6))
              .status == 404);
    // Nothing of those changed the plan.
    CHECK(slotOf(object(send("GET", dayPath, technician)), slot0830)
              .value(QLatin1String("capacity"))
              .toInt() == 4);

    // The console's cookie: without its CSRF token a change is refused; with it, it is made.
    const HttpReply cookieLogin = send("POST", "/v1/operator/sessions", {},
                                       {{QStringLiteral("id"), QStringLiteral("tech-1")},
                                        {QStringLiteral("password"), password},
                                        {QStringLiteral("cookie"), true}});
    REQUIRE(cookieLogin.status == 201);
    const QByteArray setCookie = cookieLogin.headers.value("set-cookie");
    const QByteArray cookie = "Cookie: " + setCookie.left(setCookie.indexOf(';'));
    const QByteArray csrf = object(cookieLogin).value(QLatin1String("csrf")).toString().toLatin1();
    CHECK(send("GET", dayPath, {}, {}, {cookie}).status == 200);
    CHECK(send("POST", planPath, {}, capacity(6), {cookie}).status == 403);
    CHECK(send("POST", planPath, {}, capacity(6), {cookie, "X-CSRF-Token: " + csrf.left(10)})
              .status == 403);
    r = send("POST", planPath, {},
             {{QStringLiteral("capacity"), 6},
              {QStringLiteral("groups"), QJsonArray{QStringLiteral("shebao")}}},
             {cookie, "X-CSRF-Token: " + csrf});
    REQUIRE(r.status == 200);
    CHECK(object(r).value(QLatin1String("changed")).toBool());
    CHECK(object(r).value(QLatin1String("plan")).toObject().value(QLatin1String("capacity")) == 6);
    // At exactly what 08:30 holds it is taken, and the slot is full.
    REQUIRE(send("POST", planPath, technician, capacity(3)).status == 200);
    s = slotOf(object(send("GET", dayPath, clerkA)), slot0830);
    CHECK(s.value(QLatin1String("capacity")).toInt() == 3);
    CHECK(s.value(QLatin1String("free")).toInt() == 0);
    CHECK(s.value(QLatin1String("full")).toBool());
    REQUIRE(send("POST", planPath, technician, capacity(6)).status == 200);
    // The same plan again changes nothing and is not audited.
    r = send("POST", planPath, technician, capacity(6));
    REQUIRE(r.status == 200);
    CHECK_FALSE(object(r).value(QLatin1String("changed")).toBool());

    // ---- The kiosk sees the new capacity in its signed slot list.
    r = signedSend(
        "GET", "/v1/slots?point=" + pointA.toLatin1() + "&from=" + dayText.toLatin1() + "&days=1",
        {}, false);
    REQUIRE(r.status == 200);
    auto list = protocol::openSlots(receiptKey.value(), r.body);
    REQUIRE(list.ok());
    bool checked = false;
    for (const protocol::SlotInfo &e : list->entries)
        if (e.id == slot0830) {
            CHECK(e.capacity == 6);
            CHECK(e.free == 3);
            checked = true;
        }
    CHECK(checked);
    CHECK(list->groups == QStringList{QStringLiteral("shebao")});

    // ---- Cancelling another channel's booking: a clerk of the township or a technician, with a
    // reason code; a kiosk's booking is refused while its kiosk never asked for the list of
    // bookings cancelled at central (it could not be told); audited.
    const QString channelNumber =
        byChannel[QStringLiteral("other")].value(QLatin1String("number")).toString();
    REQUIRE_FALSE(channelNumber.isEmpty());
    CHECK(byChannel[QStringLiteral("other")].value(QLatin1String("may_cancel")).toBool());
    CHECK_FALSE(byChannel[QStringLiteral("kiosk")].value(QLatin1String("may_cancel")).toBool());
    CHECK(object(send("GET", dayPath, clerkA)).value(QLatin1String("may_cancel")).toBool());
    for (const QByteArray &who : {supervisor, officer})
        CHECK_FALSE(object(send("GET", dayPath, who)).value(QLatin1String("may_cancel")).toBool());
    const auto cancelBody = [&](const QString &number, const QString &reason) {
        return QJsonObject{{QStringLiteral("slot"), slot0830},
                           {QStringLiteral("number"), number},
                           {QStringLiteral("reason"), reason}};
    };
    const QString why = QStringLiteral("applicant_request");
    for (const QByteArray &who : {supervisor, officer, clerkC})
        CHECK(send("POST", "/v1/operator/bookings/cancel", who, cancelBody(channelNumber, why))
                  .status == 403);
    r = send("POST", "/v1/operator/bookings/cancel", clerkA,
             cancelBody(channelNumber, QStringLiteral("张三说不来了")));
    CHECK(r.status == 400);
    CHECK(object(r).value(QLatin1String("field")).toString() == QLatin1String("reason"));
    r = send("POST", "/v1/operator/bookings/cancel", clerkA,
             cancelBody(QStringLiteral("Y0830A"), why));
    CHECK(r.status == 409);
    CHECK(object(r).value(QLatin1String("error")).toString() == QLatin1String("kiosk_booking"));
    CHECK(send("POST", "/v1/operator/bookings/cancel", clerkA,
               cancelBody(QStringLiteral("nosuchbooking"), why))
              .status == 404);
    r = send("POST", "/v1/operator/bookings/cancel", clerkA, cancelBody(channelNumber, why));
    REQUIRE(r.status == 200);
    CHECK(object(r).value(QLatin1String("state")).toString() == QLatin1String("cancelled"));
    r = send("POST", "/v1/operator/bookings/cancel", technician, cancelBody(channelNumber, why));
    CHECK(r.status == 409); // once only
    s = slotOf(object(send("GET", dayPath, clerkA)), slot0830);
    CHECK(s.value(QLatin1String("other")).toInt() == 0);
    CHECK(s.value(QLatin1String("free")).toInt() == 4); // 6 seats less the lease's 2

    // ---- A kiosk's booking cancelled at central (PROTOCOL.md "Bookings cancelled at central").
    // Refused above (409 kiosk_booking): this kiosk had never asked for the list. Once it has,
    // the cancel is 202 "cancelling", audited once, and listed to that kiosk signed; the seat
    // stays held until the kiosk's booking_cancel record, which ends the entry.
    const QString kioskUuid = batch.records.first().uuid;
    const auto cancelsOf = [&]() {
        const HttpReply got = signedSend("GET", "/v1/bookings/cancels", {}, false);
        REQUIRE(got.status == 200);
        auto opened = protocol::openBookingCancels(receiptKey.value(), got.body);
        INFO(opened.error().message.toStdString());
        REQUIRE(opened.ok());
        CHECK(opened->device == kiosk->deviceId);
        return opened.value();
    };
    CHECK(cancelsOf().cancels.isEmpty());
    const auto kioskRow = [&]() {
        for (const QJsonValue &v :
             object(send("GET", dayPath, clerkA)).value(QLatin1String("bookings")).toArray())
            if (v.toObject().value(QLatin1String("number")).toString() == QLatin1String("Y0830A"))
                return v.toObject();
        FAIL("Y0830A not listed");
        return QJsonObject();
    };
    CHECK(kioskRow().value(QLatin1String("may_cancel")).toBool());
    CHECK_FALSE(kioskRow().value(QLatin1String("kiosk_too_old")).toBool());
    for (const QByteArray &who : {supervisor, officer, clerkC})
        CHECK(send("POST", "/v1/operator/bookings/cancel", who,
                   cancelBody(QStringLiteral("Y0830A"), QStringLiteral("point_closed")))
                  .status == 403);
    for (int i = 0; i < 2; ++i) { // asked twice (a double click): one request, one audit entry
        r = send("POST", "/v1/operator/bookings/cancel", clerkA,
                 cancelBody(QStringLiteral("Y0830A"), QStringLiteral("point_closed")));
        REQUIRE(r.status == 202);
        CHECK(object(r).value(QLatin1String("state")).toString() == QLatin1String("cancelling"));
    }
    CHECK(kioskRow().value(QLatin1String("state")).toString() == QLatin1String("cancelling"));
    CHECK(kioskRow().value(QLatin1String("cancel_reason")).toString() ==
          QLatin1String("point_closed"));
    CHECK_FALSE(kioskRow().value(QLatin1String("may_cancel")).toBool());
    auto listed = cancelsOf();
    REQUIRE(listed.cancels.size() == 1);
    CHECK(listed.cancels.first().booking == kioskUuid);
    CHECK(listed.cancels.first().slot == slot0830);
    CHECK(listed.cancels.first().reason == QLatin1String("point_closed"));
    CHECK(listed.cancels.first().movedTo == protocol::BookingMovedTo{}); // a plain cancel
    CHECK(cancelsOf().cancels.size() == 1);                              // asking again is safe
    // The seat is still held: only the kiosk's record frees it.
    CHECK(slotOf(object(send("GET", dayPath, clerkA)), slot0830).value(QLatin1String("free")) == 4);
    protocol::SubmissionBatch answer;
    answer.records.append(craftRecord(
        keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
        QStringLiteral("booking_cancel"), QJsonObject{}, now,
        {{QStringLiteral("refers_to"), kioskUuid}, {QStringLiteral("slot"), slot0830}}));
    r = signedSend("POST", "/v1/submissions", protocol::encode(answer), true);
    REQUIRE(r.status == 200);
    auto answered = protocol::decodeBatchResult(r.body);
    REQUIRE(answered.ok());
    REQUIRE(answered->results.first().status == protocol::Outcome::Accepted);
    CHECK(cancelsOf().cancels.isEmpty());
    CHECK(kioskRow().value(QLatin1String("state")).toString() == QLatin1String("cancelled"));
    CHECK(kioskRow().value(QLatin1String("cancel_reason")).toString() ==
          QLatin1String("point_closed"));
    r = send("POST", "/v1/operator/bookings/cancel", clerkA,
             cancelBody(QStringLiteral("Y0830A"), QStringLiteral("point_closed")));
    CHECK(r.status == 409); // cancelled now

    // ---- A kiosk's booking moved at central (a citizen phoned to change the time): the old
    // booking is asked of its kiosk as a cancel (reason "rescheduled" at central, listed to the
    // kiosk as applicant_request), the new slot's seat is taken from the pool in the same
    // transaction with a number for the clerk to read out; once only, audited; capacity holds.
    const auto kioskBooking = [&](const QString &ticket) {
        protocol::SubmissionBatch made;
        made.records.append(craftRecord(keys->centralKey(protocol::Suite::Intl),
                                        protocol::Suite::Intl, QStringLiteral("booking"),
                                        {{QStringLiteral("item"), QLatin1String(unemploymentItem)},
                                         {QStringLiteral("name"), QStringLiteral("李四")},
                                         {QStringLiteral("phone"), QStringLiteral("13912345678")}},
                                        now,
                                        {{QStringLiteral("slot"), slot0830},
                                         {QStringLiteral("ticket"), ticket},
                                         {QStringLiteral("lease"), true}}));
        const HttpReply sent = signedSend("POST", "/v1/submissions", protocol::encode(made), true);
        REQUIRE(sent.status == 200);
        auto result = protocol::decodeBatchResult(sent.body);
        REQUIRE(result.ok());
        REQUIRE(result->results.first().status == protocol::Outcome::Accepted);
        return made.records.first().uuid;
    };
    const QString movedUuid = kioskBooking(QStringLiteral("Y0830B"));
    const auto rowOf = [&](const QString &number) {
        for (const QJsonValue &v :
             object(send("GET", dayPath, clerkA)).value(QLatin1String("bookings")).toArray())
            if (v.toObject().value(QLatin1String("number")).toString() == number)
                return v.toObject();
        return QJsonObject();
    };
    CHECK(rowOf(QStringLiteral("Y0830B")).value(QLatin1String("may_move")).toBool());
    const auto moveBody = [&](const QString &number, const QString &to) {
        return QJsonObject{{QStringLiteral("slot"), slot0830},
                           {QStringLiteral("number"), number},
                           {QStringLiteral("to_slot"), to}};
    };
    const int free0900 =
        slotOf(object(send("GET", dayPath, clerkA)), slot0900).value(QLatin1String("free")).toInt();
    for (const QByteArray &who : {supervisor, officer, clerkC})
        CHECK(send("POST", "/v1/operator/bookings/move", who,
                   moveBody(QStringLiteral("Y0830B"), slot0900))
                  .status == 403);
    r = send(
        "POST", "/v1/operator/bookings/move", clerkA,
        moveBody(QStringLiteral("Y0830B"), protocol::slotId(pointB, chinaTime(day, QTime(9, 0)))));
    CHECK(r.status == 400);
    CHECK(object(r).value(QLatin1String("field")).toString() == QLatin1String("to_slot"));
    CHECK(send("POST", "/v1/operator/bookings/move", clerkA, moveBody(channelNumber, slot0900))
              .status == 409); // another channel's booking, cancelled anyway
    QString newNumber;
    for (int i = 0; i < 2; ++i) { // asked twice (a double click): one booking, one audit entry
        r = send("POST", "/v1/operator/bookings/move", clerkA,
                 moveBody(QStringLiteral("Y0830B"), slot0900));
        INFO(r.body.toStdString());
        REQUIRE(r.status == 202);
        const QJsonObject moved = object(r);
        CHECK(moved.value(QLatin1String("state")).toString() == QLatin1String("cancelling"));
        CHECK(moved.value(QLatin1String("to_slot")).toString() == slot0900);
        CHECK(moved.value(QLatin1String("to_time")).toString() == QLatin1String("09:00"));
        if (i == 0)
            newNumber = moved.value(QLatin1String("new_number")).toString();
        CHECK(moved.value(QLatin1String("new_number")).toString() == newNumber);
    }
    CHECK(newNumber == QLatin1String("G0900-01"));
    QJsonObject oldRow = rowOf(QStringLiteral("Y0830B"));
    CHECK(oldRow.value(QLatin1String("state")).toString() == QLatin1String("cancelling"));
    CHECK(oldRow.value(QLatin1String("cancel_reason")).toString() == QLatin1String("rescheduled"));
    CHECK_FALSE(oldRow.value(QLatin1String("may_move")).toBool());
    const QJsonObject newRow = rowOf(newNumber);
    CHECK(newRow.value(QLatin1String("slot")).toString() == slot0900);
    CHECK(newRow.value(QLatin1String("channel")).toString() == QLatin1String("console"));
    CHECK(newRow.value(QLatin1String("state")).toString() == QLatin1String("booked"));
    CHECK(newRow.value(QLatin1String("may_cancel")).toBool());
    CHECK(newRow.value(QLatin1String("moved_from")).toString() == QLatin1String("Y0830B"));
    CHECK(newRow.value(QLatin1String("item")).toString() == QLatin1String(unemploymentItem));
    CHECK(oldRow.value(QLatin1String("moved_to")).toObject().value(QLatin1String("number")) ==
          newNumber);
    CHECK(oldRow.value(QLatin1String("moved_to")).toObject().value(QLatin1String("time")) ==
          QLatin1String("09:00"));
    CHECK(slotOf(object(send("GET", dayPath, clerkA)), slot0900).value(QLatin1String("free")) ==
          free0900 - 1);
    listed = cancelsOf();
    REQUIRE(listed.cancels.size() == 1);
    CHECK(listed.cancels.first().booking == movedUuid);
    CHECK(listed.cancels.first().reason == QLatin1String("applicant_request"));
    // ... naming where it went, for the kiosk's 查进度 of the old ticket.
    CHECK(listed.cancels.first().movedTo == protocol::BookingMovedTo{newNumber, slot0900});
    // A cancel already asked for is not turned into a move, and a move into a full slot takes
    // nothing: no seat, no request to the kiosk.
    const QString fullUuid = kioskBooking(QStringLiteral("Y0830C"));
    QList<QByteArray> fillers;
    for (int i = 0; i < 20; ++i) {
        const HttpReply filled = httpsSend(port, pin, "POST", "/v1/channel/bookings",
                                           protocol::encode(protocol::ChannelBookingRequest{
                                               slot0900, QStringLiteral("fill-%1").arg(i)}),
                                           {channelBearer});
        if (filled.status != 201)
            break;
        auto answer = protocol::decodeChannelBookingResponse(filled.body);
        REQUIRE(answer.ok());
        fillers.append(answer->booking.toLatin1());
    }
    REQUIRE(slotOf(object(send("GET", dayPath, clerkA)), slot0900).value(QLatin1String("free")) ==
            0);
    r = send("POST", "/v1/operator/bookings/move", clerkA,
             moveBody(QStringLiteral("Y0830C"), slot0900));
    CHECK(r.status == 409);
    CHECK(object(r).value(QLatin1String("error")).toString() == QLatin1String("full"));
    CHECK(rowOf(QStringLiteral("Y0830C")).value(QLatin1String("state")).toString() ==
          QLatin1String("booked"));
    CHECK(cancelsOf().cancels.size() == 1); // still only Y0830B
    for (const QByteArray &id : fillers)    // the plan checks below count what 09:00 holds
        CHECK(httpsSend(port, pin, "DELETE", "/v1/channel/bookings/" + id, {}, {channelBearer})
                  .status == 204);
    // The kiosk answers the move; Y0830C's own booking_cancel frees its lease seat too.
    protocol::SubmissionBatch movedAnswer;
    for (const QString &uuid : {movedUuid, fullUuid})
        movedAnswer.records.append(
            craftRecord(keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
                        QStringLiteral("booking_cancel"), QJsonObject{}, now,
                        {{QStringLiteral("refers_to"), uuid}, {QStringLiteral("slot"), slot0830}}));
    r = signedSend("POST", "/v1/submissions", protocol::encode(movedAnswer), true);
    REQUIRE(r.status == 200);
    CHECK(cancelsOf().cancels.isEmpty());
    oldRow = rowOf(QStringLiteral("Y0830B"));
    CHECK(oldRow.value(QLatin1String("state")).toString() == QLatin1String("cancelled"));
    CHECK(oldRow.value(QLatin1String("cancel_reason")).toString() == QLatin1String("rescheduled"));
    CHECK(rowOf(newNumber).value(QLatin1String("state")).toString() == QLatin1String("booked"));

    // ---- A request the kiosk never answered before the slot started is no longer asked (the
    // list stops at the slot's start): it reads "cancel_undelivered" and the day counts it, so
    // the clerk phones the citizen. A late answer from the kiosk still applies.
    QDate past = chinaDate(now).addDays(-1);
    const QString pastSlot = protocol::slotId(pointA, chinaTime(past, QTime(8, 30)));
    const QString lateUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto store = openGatewayTestStorage(dir);
        REQUIRE(store);
        auto tx = store->begin();
        REQUIRE(tx.ok());
        BookingRecords &rows = store->bookings();
        REQUIRE(rows.addSlot({pastSlot, pointA, chinaTime(past, QTime(8, 30)),
                              chinaTime(past, QTime(9, 0)), 4})
                    .ok());
        BookingRow late;
        late.id = lateUuid;
        late.slot = pastSlot;
        late.source = BookingSource::KioskRequest;
        late.device = kiosk->deviceId;
        late.ref = lateUuid;
        late.ticket = QStringLiteral("Y0830Z");
        late.createdAt = now.addDays(-3);
        REQUIRE(rows.addBooking(late).ok());
        REQUIRE(
            rows.addCancelRequest({kiosk->deviceId, lateUuid, pastSlot,
                                   chinaTime(past, QTime(8, 30)), QStringLiteral("point_closed"),
                                   QStringLiteral("clerk-a"), now.addDays(-2)})
                .ok());
        REQUIRE(tx.value()->commit().ok());
    }
    const QByteArray pastPath = "/v1/operator/bookings/day?point=" + pointA.toLatin1() +
                                "&date=" + past.toString(Qt::ISODate).toLatin1();
    const auto lateRow = [&]() {
        const QJsonObject pastDay = object(send("GET", pastPath, clerkA));
        for (const QJsonValue &v : pastDay.value(QLatin1String("bookings")).toArray())
            if (v.toObject().value(QLatin1String("number")).toString() == QLatin1String("Y0830Z"))
                return std::pair{v.toObject(),
                                 pastDay.value(QLatin1String("cancel_undelivered")).toInt()};
        return std::pair{QJsonObject(), -1};
    };
    auto [undelivered, count] = lateRow();
    CHECK(undelivered.value(QLatin1String("state")).toString() ==
          QLatin1String("cancel_undelivered"));
    CHECK(undelivered.value(QLatin1String("cancel_reason")).toString() ==
          QLatin1String("point_closed"));
    CHECK(count == 1);
    CHECK(object(send("GET", dayPath, clerkA)).value(QLatin1String("cancel_undelivered")) == 0);
    CHECK(cancelsOf().cancels.isEmpty()); // started: not listed to the kiosk any more
    protocol::SubmissionBatch lateAnswer;
    lateAnswer.records.append(
        craftRecord(keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
                    QStringLiteral("booking_cancel"), QJsonObject{}, now,
                    {{QStringLiteral("refers_to"), lateUuid}, {QStringLiteral("slot"), pastSlot}}));
    r = signedSend("POST", "/v1/submissions", protocol::encode(lateAnswer), true);
    REQUIRE(r.status == 200);
    auto lateResult = protocol::decodeBatchResult(r.body);
    REQUIRE(lateResult.ok());
    CHECK(lateResult->results.first().status == protocol::Outcome::Accepted);
    std::tie(undelivered, count) = lateRow();
    CHECK(undelivered.value(QLatin1String("state")).toString() == QLatin1String("cancelled"));
    CHECK(count == 0);

    // ---- Storage that cannot be read answers 503, never an empty day (SQLite: a table gone).
    if (!PgTestServer::selected()) {
        auto raw = Database::openRaw(GatewayKeys::databasePath(dir));
        REQUIRE(raw.ok());
        REQUIRE(
            raw.value()->exec("ALTER TABLE booking_bookings RENAME TO booking_bookings_away").ok());
        CHECK(send("GET", dayPath, technician).status == 503);
        CHECK(send("POST", planPath, technician, capacity(7)).status == 503);
        REQUIRE(
            raw.value()->exec("ALTER TABLE booking_bookings_away RENAME TO booking_bookings").ok());
        CHECK(send("GET", dayPath, technician).status == 200);
    }

    serve.terminate();
    REQUIRE(serve.waitForFinished(30000));
    CHECK(serve.exitCode() == 0);

    // ---- The command line's `plan set` checks, refuses and audits as the console does: below
    // what 08:30 holds it changes nothing and says the least capacity; a bad group is refused.
    const auto planSet = [&](const QStringList &options) {
        return gatewayCli(QStringList{QStringLiteral("plan"), QStringLiteral("set"),
                                      QStringLiteral("--point"), pointA} +
                          options + data);
    };
    CliRun cli = planSet({QStringLiteral("--capacity"), QStringLiteral("1")});
    CHECK(cli.exitCode == 1);
    CHECK(cli.err.contains("already holds 2 seats")); // the lease's (the channel's was cancelled)
    CHECK(cli.err.contains("--capacity 2 or more"));
    cli = planSet({QStringLiteral("--groups"), QStringLiteral("nosuchdept")});
    CHECK(cli.exitCode == 1);
    CHECK(cli.err.contains("nosuchdept is not a department"));
    cli = planSet({QStringLiteral("--capacity"), QStringLiteral("6")}); // as it is
    CHECK(cli.exitCode == 0);
    CHECK(cli.out.contains("; unchanged"));
    cli = planSet({QStringLiteral("--capacity"), QStringLiteral("5")}); // groups kept
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 0);
    CHECK(cli.out.contains("5 seats per slot"));
    CHECK(cli.out.contains("groups shebao"));
    CHECK(cli.out.contains("(audited)"));

    // ---- The audit chain: who changed which point's plan from what to what; refusals none.
    auto opened = openGatewayTestStorage(dir);
    REQUIRE(opened);
    auto entries = opened->auditLog().entries(0, 10000);
    REQUIRE(entries.ok());
    QList<AuditRow> plans;
    for (const AuditRow &e : entries.value())
        if (e.action == QLatin1String("booking.plan.set"))
            plans.append(e);
    REQUIRE(plans.size() == 4); // 4 -> 6 (+shebao), 6 -> 3, 3 -> 6; the shell's 6 -> 5
    CHECK(plans.at(3).actor.startsWith(QLatin1String("cli:")));
    const QJsonObject shell = QJsonDocument::fromJson(plans.at(3).detail.toUtf8()).object();
    CHECK(shell.value(QLatin1String("old")).toObject().value(QLatin1String("capacity")) == 6);
    CHECK(shell.value(QLatin1String("new")).toObject().value(QLatin1String("capacity")) == 5);
    QList<AuditRow> cancels;
    for (const AuditRow &e : entries.value())
        if (e.action == QLatin1String("booking.cancel"))
            cancels.append(e);
    REQUIRE(cancels.size() == 1);
    CHECK(cancels.first().actor == QLatin1String("clerk-a"));
    CHECK(cancels.first().detail.contains(QLatin1String("applicant_request")));
    CHECK(cancels.first().detail.contains(slot0830));
    QList<AuditRow> requests;
    for (const AuditRow &e : entries.value())
        if (e.action == QLatin1String("booking.cancel.request"))
            requests.append(e);
    REQUIRE(requests.size() == 1); // asked twice, recorded once
    QList<AuditRow> moves;
    for (const AuditRow &e : entries.value())
        if (e.action == QLatin1String("booking.move"))
            moves.append(e);
    REQUIRE(moves.size() == 1); // asked twice, recorded once; the full slot's refusal none
    CHECK(moves.first().actor == QLatin1String("clerk-a"));
    CHECK(moves.first().detail.contains(QLatin1String("\"new_number\":\"G0900-01\"")));
    CHECK(moves.first().detail.contains(slot0900));
    CHECK(requests.first().actor == QLatin1String("clerk-a"));
    CHECK(requests.first().detail.contains(QLatin1String("point_closed")));
    CHECK(plans.at(0).actor == QLatin1String("tech-1"));
    CHECK(plans.at(0).subject == pointA);
    const QJsonObject detail = QJsonDocument::fromJson(plans.at(0).detail.toUtf8()).object();
    CHECK(detail.value(QLatin1String("old")).toObject().value(QLatin1String("capacity")) == 4);
    CHECK(detail.value(QLatin1String("new")).toObject().value(QLatin1String("capacity")) == 6);
    CHECK(detail.value(QLatin1String("new")).toObject().value(QLatin1String("groups")) ==
          QJsonArray{QStringLiteral("shebao")});
    auto verified = AuditChain(*opened).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt);
}
