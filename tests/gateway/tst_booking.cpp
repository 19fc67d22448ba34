// Appointment booking at central (PROTOCOL.md, "Booking"): the working calendar, slots, leases,
// kiosk booking records, the other channel, and the no-overbooking invariant under random load.
#include "bookingservice.h"
#include "cataloguepublisher.h"
#include "database.h"
#include "envelope.h"
#include "gatewayfixture.h"
#include "keys.h"
#include "pgtestserver.h"
#include "slots.h"
#include "sqlitecentralstorage.h"
#include "workcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace jiujin;
using jiujin::gateway::BookingService;

namespace {

const QString point = QStringLiteral("150525203000-01");
// Monday 2026-11-30, local 08:30 = 00:30 UTC; the tests' "now" is Saturday 2026-11-28 10:00.
const QString monday0830 = point + QStringLiteral("/2026-11-30T08:30");
const QString monday0900 = point + QStringLiteral("/2026-11-30T09:00");
const QString monday0930 = point + QStringLiteral("/2026-11-30T09:30");

struct Fixture
{
    Fixture()
    {
        REQUIRE(dir.isValid());
        auto opened = openTestCentral(dir.filePath(QStringLiteral("gateway.db")));
        REQUIRE(opened.ok());
        storage = std::move(opened.value());
        booking.emplace(*storage);
        gateway::PointPlan plan;
        plan.point = point;
        REQUIRE(booking->setPlan(plan, testNow()).ok());
    }
    protocol::LeaseState want(const QString &device, const QString &slot, int seats,
                              const QDateTime &now = testNow())
    {
        auto r = booking->lease(device, point, {{slot, seats}}, {}, now);
        REQUIRE(r.ok());
        REQUIRE(r->leases.size() == 1);
        return r->leases.first();
    }
    protocol::LeaseState settle(const QString &device, const QString &slot, int used,
                                int confirmed = -1, const QDateTime &now = testNow())
    {
        auto r = booking->lease(device, point, {}, {{slot, used, confirmed}}, now);
        REQUIRE(r.ok());
        REQUIRE(r->leases.size() == 1);
        return r->leases.first();
    }
    gateway::SlotStats stats(const QString &slot, const QDateTime &now = testNow())
    {
        auto r = booking->stats(point, QDate(2026, 11, 30), 1, now);
        REQUIRE(r.ok());
        for (const gateway::SlotStats &s : r.value())
            if (s.id == slot)
                return s;
        FAIL("no such slot");
        return {};
    }
    int free(const QString &slot) { return stats(slot).free; }
    QString book(const QString &device, const QString &uuid, const QString &slot, bool onLease,
                 const QDateTime &now = testNow())
    {
        const QByteArray meta =
            QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("booking")},
                                      {QStringLiteral("slot"), slot},
                                      {QStringLiteral("ticket"), uuid.left(8)},
                                      {QStringLiteral("lease"), onLease}})
                .toJson(QJsonDocument::Compact);
        auto r = booking->intake(device, point, uuid, meta, now);
        REQUIRE(r.ok());
        return r.value();
    }
    QString cancel(const QString &device, const QString &uuid, const QDateTime &now = testNow())
    {
        const QByteArray meta =
            QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("booking_cancel")},
                                      {QStringLiteral("refers_to"), uuid}})
                .toJson(QJsonDocument::Compact);
        auto r = booking->intake(device, point, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 meta, now);
        REQUIRE(r.ok());
        return r.value();
    }

    QTemporaryDir dir;
    std::unique_ptr<gateway::CentralStorage> storage;
    std::optional<BookingService> booking;
};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Items of the seed catalogue (db/seed/catalogue.json) by department.
const QString shebaoItem = QStringLiteral("11150525MB0SB0001A415111010600001"); // 失业登记
const QString yibaoItem = QStringLiteral("11150525MB0YB0002B415111020100001");
const QString unpublishedItem = QStringLiteral("11150525MB0SB0001A415111099900001");

/** Publishes the seed catalogue into @p storage (central's published catalogue). */
void publishSeed(gateway::CentralStorage &storage)
{
    QFile bundle(QStringLiteral(JIUJIN_SEED));
    REQUIRE(bundle.open(QIODevice::ReadOnly));
    REQUIRE(CataloguePublisher(storage).publish(bundle.readAll(), testNow()).ok());
}

/** Sets @p point's plan to the default one with item groups @p groups. */
void setGroups(BookingService &booking, const QStringList &groups)
{
    gateway::PointPlan plan;
    plan.point = point;
    plan.groups = groups;
    REQUIRE(booking.setPlan(plan, testNow()).ok());
}

/** A kiosk booking record of @p item (left out of the metadata when empty); the reason. */
QString bookItem(BookingService &booking, const QString &device, const QString &slot, bool onLease,
                 const QString &item, const QString &uuid = newUuid())
{
    QJsonObject meta{{QStringLiteral("kind"), QStringLiteral("booking")},
                     {QStringLiteral("slot"), slot},
                     {QStringLiteral("ticket"), uuid.left(8)},
                     {QStringLiteral("lease"), onLease}};
    if (!item.isEmpty())
        meta.insert(QStringLiteral("item"), item);
    auto r = booking.intake(device, point, uuid, QJsonDocument(meta).toJson(QJsonDocument::Compact),
                            testNow());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("Working calendar: weekends and holidays closed, 调休 days open", "[gateway-booking]")
{
    const WorkCalendar &c = WorkCalendar::china();
    CHECK(c.source(2026) == WorkCalendar::Source::Official);
    CHECK(c.source(2027) == WorkCalendar::Source::Sample);
    // 国庆节 2026-10-01 (Thursday) to 10-07; 10-10 (Saturday) and 09-20 (Sunday) are worked.
    CHECK(c.day(QDate(2026, 10, 1)) == WorkCalendar::Day::Holiday);
    CHECK(c.holidayName(QDate(2026, 10, 5)) == QStringLiteral("国庆节"));
    CHECK_FALSE(c.isOpen(QDate(2026, 10, 7)));
    CHECK(c.isOpen(QDate(2026, 10, 8)));
    CHECK(c.day(QDate(2026, 10, 10)) == WorkCalendar::Day::MakeUpWorkday);
    CHECK(c.isOpen(QDate(2026, 10, 10)));
    CHECK(c.isOpen(QDate(2026, 9, 20)));
    // 春节 2026-02-15..23 with 02-14 and 02-28 (Saturdays) worked; 元旦 with 01-04 (Sunday) worked.
    CHECK_FALSE(c.isOpen(QDate(2026, 2, 16)));
    CHECK(c.isOpen(QDate(2026, 2, 14)));
    CHECK(c.isOpen(QDate(2026, 1, 4)));
    CHECK_FALSE(c.isOpen(QDate(2026, 1, 2)));
    // Ordinary weekends closed, weekdays open.
    CHECK(c.day(QDate(2026, 11, 28)) == WorkCalendar::Day::Weekend);
    CHECK_FALSE(c.isOpen(QDate(2026, 11, 29)));
    CHECK(c.isOpen(QDate(2026, 11, 30)));
    // Days are China Standard Time: 16:30 UTC on Sunday is already Monday there.
    CHECK(WorkCalendar::chinaDate(QDateTime(QDate(2026, 11, 29), QTime(16, 30), Qt::UTC)) ==
          QDate(2026, 11, 30));
}

TEST_CASE("Slot ids and the slots codec", "[gateway-booking]")
{
    const QDateTime start(QDate(2026, 11, 30), QTime(0, 30), Qt::UTC);
    CHECK(protocol::slotId(point, start) == monday0830);
    auto parts = protocol::parseSlotId(monday0830);
    REQUIRE(parts.ok());
    CHECK(parts->point == point);
    CHECK(parts->startUtc == start);
    CHECK(protocol::leaseExpiry(start) == start.addSecs(-7200));
    for (const char *bad : {"150525203000-01/2026-11-30T8:30", "/2026-11-30T08:30",
                            "150525203000-01/2026-02-30T08:30", "150525203000-01/2026-11-30 08:30",
                            "150525203000-01/+026-11-30T08:30", "a b/2026-11-30T08:30"})
        CHECK_FALSE(protocol::parseSlotId(QString::fromLatin1(bad)).ok());

    protocol::LeaseRequest request{{{monday0830, 2}}, {{monday0900, 1, 3}}};
    auto decoded = protocol::decodeLeaseRequest(protocol::encode(request));
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == request);
    CHECK_FALSE(
        protocol::decodeLeaseRequest(R"({"want":[{"slot":"x/2026-11-30T08:30","seats":-1}]})")
            .ok());
    CHECK_FALSE(protocol::decodeLeaseRequest(protocol::encode(protocol::LeaseRequest{
                                                 {{monday0830, 1}, {monday0830, 2}}, {}}))
                    .ok());
    CHECK_FALSE(
        protocol::decodeLeaseRequest(
            R"({"settle":[{"slot":"150525203000-01/2026-11-30T08:30","used":2,"confirmed":1}]})")
            .ok());
}

TEST_CASE("Slots are generated from the plan on working days only", "[gateway-booking]")
{
    Fixture f;
    auto list = f.booking->slotList(point, QDate(2026, 11, 28), 3, testNow());
    REQUIRE(list.ok());
    // Saturday and Sunday closed; Monday 08:30-12:00 (7) and 14:30-17:30 (6).
    REQUIRE(list->entries.size() == 13);
    CHECK(list->entries.first().id == monday0830);
    CHECK(list->entries.first().start == QDateTime(QDate(2026, 11, 30), QTime(0, 30), Qt::UTC));
    CHECK(list->entries.first().end == QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC));
    CHECK(list->entries.at(6).id == point + QStringLiteral("/2026-11-30T11:30"));
    CHECK(list->entries.at(7).id == point + QStringLiteral("/2026-11-30T14:30"));
    CHECK(list->entries.last().id == point + QStringLiteral("/2026-11-30T17:00"));
    for (const protocol::SlotInfo &s : list->entries) {
        CHECK(s.capacity == 4);
        CHECK(s.free == 4);
    }
    auto text = protocol::decodeSlotList(protocol::encode(list.value()));
    REQUIRE(text.ok());
    CHECK(text.value() == list.value());

    // National Day week: closed 10-01..07, the make-up Saturday 10-10 open.
    auto october = f.booking->slotList(point, QDate(2026, 9, 30), 11,
                                       QDateTime(QDate(2026, 9, 29), QTime(2, 0), Qt::UTC));
    REQUIRE(october.ok());
    QSet<QDate> days;
    for (const protocol::SlotInfo &s : october->entries)
        days.insert(WorkCalendar::chinaDate(s.start));
    CHECK(days == QSet<QDate>{QDate(2026, 9, 30), QDate(2026, 10, 8), QDate(2026, 10, 9),
                              QDate(2026, 10, 10)});

    // Another plan for a new day; days already made keep their slots.
    gateway::PointPlan plan;
    plan.point = point;
    plan.capacity = 2;
    plan.dayPlan = QStringLiteral("09:00-10:00");
    plan.slotMinutes = 20;
    REQUIRE(f.booking->setPlan(plan, testNow()).ok());
    auto tuesday = f.booking->slotList(point, QDate(2026, 12, 1), 1, testNow());
    REQUIRE(tuesday.ok());
    REQUIRE(tuesday->entries.size() == 3);
    CHECK(tuesday->entries.at(2).id == point + QStringLiteral("/2026-12-01T09:40"));
    CHECK(tuesday->entries.at(2).capacity == 2);
    CHECK(f.booking->slotList(point, QDate(2026, 11, 30), 1, testNow())->entries.size() == 13);
    plan.dayPlan = QStringLiteral("10:00-09:00");
    CHECK_FALSE(f.booking->setPlan(plan, testNow()).ok());
}

TEST_CASE("Leases: granted from free seats, settled seats return, expired leases get nothing",
          "[gateway-booking]")
{
    Fixture f;
    const QString d1 = QStringLiteral("jj-d1"), d2 = QStringLiteral("jj-d2"),
                  d3 = QStringLiteral("jj-d3");
    auto l1 = f.want(d1, monday0830, 2);
    CHECK(l1.seats == 2);
    CHECK_FALSE(l1.settled);
    CHECK(l1.expiresAt == QDateTime(QDate(2026, 11, 29), QTime(22, 30), Qt::UTC));
    // Capped: a quarter of the slot (1 of 4) is never leased, it stays for the other channels.
    CHECK(f.want(d2, monday0830, 3).seats == 1);
    CHECK(f.want(d2, monday0830, 5).seats == 1);
    CHECK(f.want(d3, monday0830, 1).seats == 0);
    CHECK(f.free(monday0830) == 1);

    SECTION("a smaller ask returns seats, never below the lease bookings central has seen")
    {
        CHECK(f.book(d1, newUuid(), monday0830, true).isEmpty());
        CHECK(f.want(d1, monday0830, 0).seats == 1);
        CHECK(f.free(monday0830) == 2);
        CHECK(f.stats(monday0830).leased == 2);
        CHECK(f.want(d1, monday0830, 2).seats == 2); // unsettled: it may grow again
        CHECK(f.free(monday0830) == 1);
    }

    SECTION("settle returns the unused seats, once; another count after settling is refused")
    {
        auto s = f.settle(d1, monday0830, 1);
        CHECK(s.settled);
        CHECK(s.seats == 1);
        CHECK(f.free(monday0830) == 2);
        CHECK(f.settle(d1, monday0830, 1).error.isEmpty());
        CHECK(f.settle(d1, monday0830, 0).error == QStringLiteral("settled"));
        CHECK(f.free(monday0830) == 2);
        CHECK(f.want(d1, monday0830, 4).seats == 1); // settled: nothing new
        CHECK(f.want(d2, monday0830, 3).seats == 2); // up to the leasable 3
        CHECK(f.free(monday0830) == 1);
    }
    SECTION("after the cutoff nothing new is granted and unsettled seats stay out (stranded)")
    {
        const QDateTime late(QDate(2026, 11, 29), QTime(22, 30), Qt::UTC);
        CHECK(f.want(d3, monday0830, 2, late).seats == 0);
        CHECK(f.settle(d1, monday0830, 0, 0, late).seats == 0);
        CHECK(f.stats(monday0830, late).free == 3);
        CHECK(f.want(d3, monday0830, 2, late).seats == 0); // expired for everyone
        CHECK(f.want(d2, monday0830, 4, late).seats == 1);
        CHECK(f.stats(monday0830, late).stranded == 1); // d2's unused, unsettled seat
        CHECK(f.stats(monday0830, late).leased == 1);
    }
    SECTION("slots of another point, closed days and times off the plan are refused")
    {
        CHECK(f.want(d1, QStringLiteral("150525203000-02/2026-11-30T08:30"), 1).error ==
              QStringLiteral("slot"));
        CHECK(f.want(d1, point + QStringLiteral("/2026-11-29T08:30"), 1).error ==
              QStringLiteral("slot"));
        CHECK(f.want(d1, point + QStringLiteral("/2026-11-30T08:45"), 1).error ==
              QStringLiteral("slot"));
        CHECK(f.want(d1, point + QStringLiteral("/2026-11-30T12:00"), 1).error ==
              QStringLiteral("slot"));
    }
    REQUIRE(f.booking->checkInvariant(monday0830).ok());
}

TEST_CASE("Kiosk bookings: counted against the lease, never beyond it; requests need free seats",
          "[gateway-booking]")
{
    Fixture f;
    const QString d1 = QStringLiteral("jj-d1"), d2 = QStringLiteral("jj-d2");
    REQUIRE(f.want(d1, monday0830, 2).seats == 2);
    const QString a = newUuid(), b = newUuid(), c = newUuid();
    CHECK(f.book(d1, a, monday0830, true).isEmpty());
    CHECK(f.book(d1, b, monday0830, true).isEmpty());
    CHECK(f.book(d1, c, monday0830, true) == QStringLiteral("lease exceeded"));
    CHECK(f.book(d2, newUuid(), monday0830, true) == QStringLiteral("lease exceeded")); // no lease
    CHECK(f.stats(monday0830).used == 2);
    CHECK(f.stats(monday0830).free == 2);

    // A cancel gives the seat back to the (unsettled) lease: the kiosk may reuse it.
    CHECK(f.cancel(d1, a).isEmpty());
    CHECK(f.free(monday0830) == 2);
    CHECK(f.book(d1, c, monday0830, true).isEmpty());
    CHECK(f.cancel(d1, newUuid()) == QStringLiteral("unknown booking"));
    CHECK(f.cancel(d2, b) == QStringLiteral("unknown booking")); // another device's booking

    // Requests (not on a lease) come from the pool, while it has seats.
    const QString r1 = newUuid();
    CHECK(f.book(d2, r1, monday0830, false).isEmpty());
    CHECK(f.book(d2, newUuid(), monday0830, false).isEmpty());
    CHECK(f.book(d2, newUuid(), monday0830, false) == QStringLiteral("no seats"));
    CHECK(f.stats(monday0830).other == 2);
    CHECK(f.cancel(d2, r1).isEmpty());
    CHECK(f.free(monday0830) == 1);
    CHECK(f.book(d2, newUuid(), monday0830, false).isEmpty());
    CHECK(f.book(d2, newUuid(), monday0900, false).isEmpty());

    SECTION("a settled lease keeps what is used; with the confirmed count later cancels free seats")
    {
        // d1 confirmed 3 (a, b, c), cancelled a: 2 used.
        CHECK(f.settle(d1, monday0830, 2, 3).seats == 2);
        CHECK(f.cancel(d1, b).isEmpty());
        CHECK(f.stats(monday0830).leased == 1);
        CHECK(f.free(monday0830) == 1);
        CHECK(f.book(d1, newUuid(), monday0830, true) == QStringLiteral("lease exceeded"));
    }
    SECTION("without the confirmed count a cancel after the settle keeps its seat held")
    {
        CHECK(f.settle(d1, monday0830, 2).seats == 2);
        CHECK(f.cancel(d1, b).isEmpty());
        CHECK(f.stats(monday0830).leased == 2);
        CHECK(f.free(monday0830) == 0);
    }
    SECTION("a booking confirmed before the settle but received after it is counted")
    {
        REQUIRE(f.want(d1, monday0900, 2).seats == 2);
        CHECK(f.book(d1, newUuid(), monday0900, true).isEmpty());
        CHECK(f.settle(d1, monday0900, 2, 2).seats == 2);
        CHECK(f.book(d1, newUuid(), monday0900, true).isEmpty());
        CHECK(f.book(d1, newUuid(), monday0900, true) == QStringLiteral("lease exceeded"));
        CHECK(f.stats(monday0900).used == 2);
    }
    REQUIRE(f.booking->checkInvariant(monday0830).ok());
    REQUIRE(f.booking->checkInvariant(monday0900).ok());
}

TEST_CASE("Channel bookings: idempotent by ref, refused when full, cancel returns the seat",
          "[gateway-booking]")
{
    Fixture f;
    auto token = f.booking->createChannelToken(testNow());
    REQUIRE(token.ok());
    const auto channel = f.booking->channelOf(token->toLatin1());
    REQUIRE(channel.has_value());
    CHECK_FALSE(f.booking->channelOf("jjc_not-a-token").has_value());

    REQUIRE(f.want(QStringLiteral("jj-d1"), monday0830, 2).seats == 2);
    auto first = f.booking->channelBook(*channel, monday0830, QStringLiteral("app-1"), testNow());
    REQUIRE(first.ok());
    REQUIRE(first->kind == gateway::ChannelAnswer::Kind::Booked);
    auto again = f.booking->channelBook(*channel, monday0830, QStringLiteral("app-1"), testNow());
    REQUIRE(again.ok());
    CHECK(again->booking == first->booking);
    CHECK(f.stats(monday0830).other == 1);
    REQUIRE(
        f.booking->channelBook(*channel, monday0830, QStringLiteral("app-2"), testNow())->kind ==
        gateway::ChannelAnswer::Kind::Booked);
    CHECK(f.booking->channelBook(*channel, monday0830, QStringLiteral("app-3"), testNow())->kind ==
          gateway::ChannelAnswer::Kind::Full);
    CHECK(f.want(QStringLiteral("jj-d2"), monday0830, 1).seats == 0);
    CHECK(f.booking
              ->channelBook(*channel, point + QStringLiteral("/2026-11-29T08:30"),
                            QStringLiteral("app-4"), testNow())
              ->kind == gateway::ChannelAnswer::Kind::NoSlot);

    CHECK(f.booking->channelCancel(*channel, first->booking, testNow()).value());
    CHECK(f.booking->channelCancel(*channel, first->booking, testNow()).value()); // again: fine
    CHECK_FALSE(f.booking->channelCancel(*channel, QStringLiteral("nope"), testNow()).value());
    CHECK(f.free(monday0830) == 1);
    CHECK(f.booking->channelBook(*channel, monday0830, QStringLiteral("app-3"), testNow())->kind ==
          gateway::ChannelAnswer::Kind::Booked);
    // A started slot takes no new booking.
    CHECK(f.booking
              ->channelBook(*channel, monday0900, QStringLiteral("app-5"),
                            QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC))
              ->kind == gateway::ChannelAnswer::Kind::Full);
}

TEST_CASE("Random kiosks and the channel never overbook and every seat is accounted for",
          "[gateway-booking]")
{
    Fixture f;
    const QStringList slotIds{monday0830, monday0900, monday0930};
    const int capacity = 4;
    auto token = f.booking->createChannelToken(testNow());
    REQUIRE(token.ok());
    const QString channel = *f.booking->channelOf(token->toLatin1());
    REQUIRE(f.booking->slotList(point, QDate(2026, 11, 30), 1, testNow()).ok());

    struct Record
    {
        bool cancel = false;
        QString uuid, slot, refersTo;
        bool onLease = false;
    };
    struct KioskBooking
    {
        QString uuid, slot;
        bool onLease = false;
        bool cancelled = false;
        bool requestAccepted = false; ///< requests: known once delivered
    };
    struct KioskLease
    {
        int seats = 0, active = 0, confirmed = 0;
        int cancelsAccepted = 0; ///< cancels of its bookings central has answered
        bool settled = false;
        QDateTime expiresAt;
    };
    struct Kiosk
    {
        QString id;
        QHash<QString, KioskLease> leases;
        QList<KioskBooking> bookings;
        QList<Record> outbox;
        bool sendsConfirmed = true;
    };
    QList<Kiosk> kiosks;
    for (int i = 0; i < 4; ++i)
        kiosks.append({QStringLiteral("jj-k%1").arg(i), {}, {}, {}, i != 3});
    QStringList channelBookings;
    int refs = 0;

    QRandomGenerator rng(20261128);
    QDateTime now = testNow();
    const QDateTime end(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);

    auto deliver = [&](Kiosk &k, int count) {
        for (int i = 0; i < count && !k.outbox.isEmpty(); ++i) {
            const Record r = k.outbox.takeFirst();
            const QString reason = r.cancel ? f.cancel(k.id, r.refersTo, now)
                                            : f.book(k.id, r.uuid, r.slot, r.onLease, now);
            for (KioskBooking &b : k.bookings) {
                if (b.uuid != (r.cancel ? r.refersTo : r.uuid))
                    continue;
                if (r.cancel || b.onLease) {
                    INFO("confirmed lease bookings and cancels of accepted bookings are accepted");
                    REQUIRE(reason.isEmpty());
                    if (r.cancel && b.onLease)
                        ++k.leases[b.slot].cancelsAccepted;
                } else {
                    REQUIRE((reason.isEmpty() || reason == QStringLiteral("no seats")));
                    b.requestAccepted = reason.isEmpty();
                }
            }
        }
    };

    // Each step is a few statements: on PostgreSQL (a round trip each, under ASan) fewer steps
    // keep the ctest entry short; the concurrency itself is gateway-pg-storage's and -multi's.
    const int steps = PgTestServer::selected() ? 500 : 3000;
    for (int step = 0; step < steps; ++step) {
        Kiosk &k = kiosks[int(rng.bounded(kiosks.size()))];
        const QString slot = slotIds.at(int(rng.bounded(slotIds.size())));
        KioskLease &lease = k.leases[slot];
        switch (rng.bounded(9)) {
        case 0: { // top up, or give seats back (a smaller ask: the kiosk lowers its lease first)
            if (lease.settled)
                break;
            // Never below the lease bookings central may still count: those not cancelled, and
            // those whose cancel it has not answered yet (it may get the booking first).
            const int ask = std::max(int(rng.bounded(4)), lease.confirmed - lease.cancelsAccepted);
            lease.seats = std::min(lease.seats, ask);
            auto r = f.booking->lease(k.id, point, {{slot, ask}}, {}, now);
            REQUIRE(r.ok());
            const protocol::LeaseState &s = r->leases.first();
            REQUIRE(s.seats >= lease.seats); // never below what the kiosk may have confirmed
            lease.seats = s.seats;
            lease.expiresAt = s.expiresAt;
            break;
        }
        case 1:
        case 2: { // confirm offline on the lease (central time with the safety margin)
            if (lease.settled || lease.seats == 0 ||
                now.addSecs(protocol::leaseSafetyMarginSeconds) >= lease.expiresAt ||
                lease.active >= lease.seats)
                break;
            const QString uuid = newUuid();
            ++lease.active;
            ++lease.confirmed;
            k.bookings.append({uuid, slot, true, false, false});
            k.outbox.append({false, uuid, slot, {}, true});
            break;
        }
        case 3: { // a request, confirmed when online
            const QString uuid = newUuid();
            k.bookings.append({uuid, slot, false, false, false});
            k.outbox.append({false, uuid, slot, {}, false});
            break;
        }
        case 4: { // cancel one of this kiosk's bookings
            QList<int> candidates;
            for (int i = 0; i < k.bookings.size(); ++i) {
                const KioskBooking &b = k.bookings.at(i);
                if (!b.cancelled && (b.onLease || b.requestAccepted))
                    candidates.append(i);
            }
            if (candidates.isEmpty())
                break;
            KioskBooking &b = k.bookings[candidates.at(int(rng.bounded(candidates.size())))];
            b.cancelled = true;
            if (b.onLease)
                --k.leases[b.slot].active;
            k.outbox.append({true, newUuid(), b.slot, b.uuid, false});
            break;
        }
        case 5: // the kiosk comes online for a while
            deliver(k, int(rng.bounded(4)));
            break;
        case 6: { // settle (locally first: nothing more is confirmed on it)
            if (lease.settled || lease.seats == 0 || rng.bounded(3) != 0)
                break;
            lease.settled = true;
            auto r = f.booking->lease(
                k.id, point, {}, {{slot, lease.active, k.sendsConfirmed ? lease.confirmed : -1}},
                now);
            REQUIRE(r.ok());
            CHECK(r->leases.first().error.isEmpty());
            break;
        }
        case 7: { // the province's app
            if (!channelBookings.isEmpty() && rng.bounded(3) == 0) {
                const QString id = channelBookings.takeAt(int(rng.bounded(channelBookings.size())));
                REQUIRE(f.booking->channelCancel(channel, id, now).value());
            } else {
                auto r = f.booking->channelBook(channel, slot, QStringLiteral("ref-%1").arg(++refs),
                                                now);
                REQUIRE(r.ok());
                if (r->kind == gateway::ChannelAnswer::Kind::Booked)
                    channelBookings.append(r->booking);
            }
            break;
        }
        case 8: // time passes
            if (now < end)
                now = now.addSecs(qint64(rng.bounded(20)) * 60);
            break;
        }

        for (const QString &id : slotIds) {
            INFO("step " << step << " slot " << id.toStdString());
            REQUIRE(f.booking->checkInvariant(id).ok());
            const gateway::SlotStats s = f.stats(id, now);
            REQUIRE(s.leased + s.other <= s.capacity);
            REQUIRE(s.capacity == s.free + (s.leased - s.used) + s.used + s.other);
            // Central holds at least what the kiosks may have confirmed on their leases.
            int confirmedActive = 0;
            for (const Kiosk &kk : kiosks)
                confirmedActive += kk.leases.value(id).active;
            REQUIRE(s.leased >= confirmedActive);
        }
    }

    // Everyone comes online and settles: then central's books match the kiosks' exactly.
    now = end;
    for (Kiosk &k : kiosks) {
        deliver(k, int(k.outbox.size()));
        for (const QString &slot : slotIds) {
            KioskLease &lease = k.leases[slot];
            if (lease.settled)
                continue;
            lease.settled = true;
            auto r =
                f.booking->lease(k.id, point, {}, {{slot, lease.active, lease.confirmed}}, now);
            REQUIRE(r.ok());
        }
    }
    int channelActive = 0;
    for (const QString &slot : slotIds) {
        int leaseActive = 0, requests = 0;
        for (const Kiosk &k : kiosks) {
            leaseActive += k.leases.value(slot).active;
            for (const KioskBooking &b : k.bookings)
                requests += (b.slot == slot && !b.onLease && b.requestAccepted && !b.cancelled);
        }
        const gateway::SlotStats s = f.stats(slot, now);
        channelActive = 0;
        auto all = f.booking->bookings(point, QDate(2026, 11, 30));
        REQUIRE(all.ok());
        for (const gateway::BookingInfo &b : all.value())
            channelActive +=
                (b.slot == slot && b.source == QStringLiteral("channel") && !b.cancelledAt);
        INFO(slot.toStdString());
        CHECK(s.capacity == capacity);
        CHECK(s.used == leaseActive);
        CHECK(s.other == requests + channelActive);
        CHECK(s.capacity == s.free + (s.leased - s.used) + s.used + s.other);
        // Only kiosk k3 (no confirmed count) may keep seats of bookings cancelled after its settle.
        CHECK(s.leased >= leaseActive);
        CHECK(s.free >= 0);
    }
}

namespace {

protocol::WireRecord craftBooking(const TestGateway &gateway, protocol::Suite suite,
                                  const QString &kind, const QJsonObject &extraMeta,
                                  const QJsonObject &payload)
{
    return craftRecord(gateway.keys->centralKey(suite), suite, kind, payload, testNow(), extraMeta);
}

} // namespace

TEST_CASE("Booking over HTTPS: signed slots, leases, sealed bookings, the channel",
          "[gateway-booking]")
{
    const protocol::Suite suite = GENERATE(protocol::Suite::Intl, protocol::Suite::Gm);
    TestGateway gw(suite);
    const TestDevice device(gw, gw.token(), suite);
    const qint64 created = gw.now().toSecsSinceEpoch();
    auto receiptKey = protocol::Key::fromPem(device.enrolled.receiptKeyPem);
    REQUIRE(receiptKey.ok());

    // Slots of the device's point, signed with the receipt key.
    const QByteArray path = "/v1/slots?point=" + point.toLatin1() + "&from=2026-11-30&days=2";
    HttpReply reply = device.send(gw, "GET", path, {}, created);
    INFO(reply.error.toStdString() << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto list = protocol::openSlots(receiptKey.value(), reply.body);
    REQUIRE(list.ok());
    CHECK(list->point == point);
    CHECK(list->entries.size() == 26);
    CHECK(list->entries.first().id == monday0830);
    auto body = protocol::decodeSignedSlots(reply.body);
    REQUIRE(body.ok());
    body->text.replace("\"free\":4", "\"free\":3");
    CHECK(protocol::openSlots(receiptKey.value(), protocol::encode(body.value())).error().code ==
          Error::Corrupt);
    CHECK(device.send(gw, "GET", "/v1/slots?point=150525203000-02&from=2026-11-30", {}, created)
              .status == 403);
    CHECK(device
              .send(gw, "GET", "/v1/slots?point=" + point.toLatin1() + "&from=2026-11-30&days=15",
                    {}, created)
              .status == 400);
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "GET", path, {}, {}).status == 401);

    // A lease round trip.
    const QByteArray lease =
        protocol::encode(protocol::LeaseRequest{{{monday0830, 3}, {monday0900, 9}}, {}});
    reply = device.send(gw, "POST", "/v1/leases", lease, created);
    REQUIRE(reply.status == 200);
    auto granted = protocol::decodeLeaseResponse(reply.body);
    REQUIRE(granted.ok());
    REQUIRE(granted->leases.size() == 2);
    // At most half the slot per device (the kiosks' policy); a quarter stays in the pool.
    CHECK(granted->leases.at(0).seats == 2);
    CHECK(granted->leases.at(1).seats == 2);
    CHECK(granted->serverTime == gw.now());
    CHECK(granted->leases.at(0).expiresAt ==
          QDateTime(QDate(2026, 11, 29), QTime(22, 30), Qt::UTC));
    CHECK(device.send(gw, "POST", "/v1/leases", R"({"want":[{"slot":"x","seats":1}]})", created)
              .status == 400);

    // Sealed booking records: on the lease, a request taking the pool's seat, one beyond it, a
    // cancel.
    const QJsonObject person{
        {QStringLiteral("item"), QStringLiteral("11150525MB0SB0001A415111010600001")},
        {QStringLiteral("name"), QStringLiteral("张三")},
        {QStringLiteral("phone"), QStringLiteral("13812345678")}};
    protocol::SubmissionBatch batch;
    batch.records.append(craftBooking(gw, suite, QStringLiteral("booking"),
                                      {{QStringLiteral("slot"), monday0830},
                                       {QStringLiteral("ticket"), QStringLiteral("T1")},
                                       {QStringLiteral("lease"), true}},
                                      person));
    for (const char *ticket : {"T2", "T3", "T3b"})
        batch.records.append(craftBooking(gw, suite, QStringLiteral("booking"),
                                          {{QStringLiteral("slot"), monday0900},
                                           {QStringLiteral("ticket"), QLatin1String(ticket)},
                                           {QStringLiteral("lease"), false}},
                                          person));
    QJsonObject badPhone = person;
    badPhone.insert(QStringLiteral("phone"), QStringLiteral("12345"));
    batch.records.append(craftBooking(gw, suite, QStringLiteral("booking"),
                                      {{QStringLiteral("slot"), monday0830},
                                       {QStringLiteral("ticket"), QStringLiteral("T4")},
                                       {QStringLiteral("lease"), true}},
                                      badPhone));
    batch.records.append(craftBooking(gw, suite, QStringLiteral("booking_cancel"),
                                      {{QStringLiteral("refers_to"), batch.records.at(0).uuid}},
                                      QJsonObject{}));
    reply = device.push(gw, "/v1/submissions", protocol::encode(batch), created);
    REQUIRE(reply.status == 200);
    auto results = protocol::decodeBatchResult(reply.body);
    REQUIRE(results.ok());
    REQUIRE(results->results.size() == 6);
    CHECK(results->results.at(0).status == protocol::Outcome::Accepted);
    CHECK(results->results.at(1).status == protocol::Outcome::Accepted);
    CHECK(results->results.at(2).status == protocol::Outcome::Accepted);
    CHECK(results->results.at(3).status == protocol::Outcome::Rejected);
    CHECK(results->results.at(3).reason == QStringLiteral("no seats"));
    CHECK(results->results.at(4).status == protocol::Outcome::Rejected);
    CHECK(results->results.at(5).status == protocol::Outcome::Accepted);

    // The channel: a token, no client certificate.
    BookingService booking(*gw.storage);
    auto token = booking.createChannelToken(gw.now());
    REQUIRE(token.ok());
    const QByteArray bearer = "Authorization: Bearer " + token->toLatin1();
    const QByteArray request =
        protocol::encode(protocol::ChannelBookingRequest{monday0830, "app-1"});
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings", request, {})
              .status == 401);
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings", request,
                    {"Authorization: Bearer jjc_wrong"})
              .status == 401);
    reply =
        httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings", request, {bearer});
    REQUIRE(reply.status == 201);
    auto booked = protocol::decodeChannelBookingResponse(reply.body);
    REQUIRE(booked.ok());
    CHECK(booked->slot == monday0830);
    reply =
        httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings", request, {bearer});
    CHECK(reply.status == 201);
    CHECK(protocol::decodeChannelBookingResponse(reply.body)->booking == booked->booking);
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings",
                    protocol::encode(protocol::ChannelBookingRequest{monday0900, "app-2"}),
                    {bearer})
              .status == 409);
    // A point with item groups refuses the channel an item of another group (422), and takes a
    // booking that names no item.
    publishSeed(*gw.storage);
    setGroups(booking, {QStringLiteral("shebao")});
    reply = httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings",
                      protocol::encode(protocol::ChannelBookingRequest{
                          monday0930, QStringLiteral("app-3"), yibaoItem}),
                      {bearer});
    CHECK(reply.status == 422);
    CHECK(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("error")) ==
          QStringLiteral("item"));
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings",
                    protocol::encode(protocol::ChannelBookingRequest{
                        monday0930, QStringLiteral("app-3"), shebaoItem}),
                    {bearer})
              .status == 201);
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings",
                    protocol::encode(
                        protocol::ChannelBookingRequest{monday0930, QStringLiteral("app-4"), {}}),
                    {bearer})
              .status == 201);
    const QByteArray deletePath = "/v1/channel/bookings/" + booked->booking.toLatin1();
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "DELETE", deletePath, {}, {}).status == 401);
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "DELETE", deletePath, {}, {bearer}).status ==
          204);
    CHECK(httpsSend(gw.port, gw.keys->serverPin(), "DELETE", "/v1/channel/bookings/unknown", {},
                    {bearer})
              .status == 404);
}

TEST_CASE("Item groups of a plan: stored in their own table, read back, checked",
          "[gateway-booking][sqlite]")
{
    Fixture f;
    auto plan = f.booking->plan(point);
    REQUIRE(plan.ok());
    CHECK(plan->groups.isEmpty()); // no groups: every department
    CHECK(plan->serves(QStringLiteral("gongan")));

    gateway::PointPlan p;
    p.point = point;
    p.capacity = 3;
    p.groups = {QStringLiteral("shebao"), QStringLiteral("yibao"), QStringLiteral("min_zheng-2")};
    REQUIRE(f.booking->setPlan(p, testNow()).ok());
    plan = f.booking->plan(point);
    REQUIRE(plan.ok());
    CHECK(plan->groups == p.groups); // in the order given
    CHECK(plan->capacity == 3);
    CHECK(plan->serves(QStringLiteral("yibao")));
    CHECK_FALSE(plan->serves(QStringLiteral("gongan")));
    CHECK(f.booking->plan(QStringLiteral("150525203000-02"))->groups.isEmpty()); // per point
    {
        Statement rows = sqliteDatabase(*f.storage)
                             .prepare("SELECT count(*) FROM booking_plan_groups WHERE point = ?");
        rows.bind(1, point);
        REQUIRE(rows.step());
        CHECK(rows.integer(0) == 3);
    }

    // A plan set again replaces the groups; none again means every department.
    p.groups = {QStringLiteral("canlian")};
    REQUIRE(f.booking->setPlan(p, testNow()).ok());
    CHECK(f.booking->plan(point)->groups == QStringList{QStringLiteral("canlian")});
    p.groups.clear();
    REQUIRE(f.booking->setPlan(p, testNow()).ok());
    CHECK(f.booking->plan(point)->groups.isEmpty());

    // check(): each code 1..32 of [a-z0-9_-], at most 32 codes, no repeats; nothing stored.
    QStringList many;
    for (int i = 0; i < 33; ++i)
        many.append(QStringLiteral("g%1").arg(i));
    const QList<QStringList> bad{{QString()},
                                 {QStringLiteral("Shebao")},
                                 {QStringLiteral("she bao")},
                                 {QStringLiteral("shebao,yibao")},
                                 {QStringLiteral("社保")},
                                 {QString(33, u'a')},
                                 {QStringLiteral("shebao"), QStringLiteral("shebao")},
                                 many};
    for (const QStringList &groups : bad) {
        p.groups = groups;
        INFO(groups.join(u'|').toStdString());
        auto r = p.check();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Invalid);
        CHECK_FALSE(f.booking->setPlan(p, testNow()).ok());
    }
    CHECK(f.booking->plan(point)->groups.isEmpty());
    p.groups = many.mid(0, 32);
    p.groups.last() = QString(32, u'z');
    CHECK(p.check().ok());
}

TEST_CASE("Item groups: a request outside them is rejected, a lease booking is kept",
          "[gateway-booking]")
{
    Fixture f;
    const QString d1 = QStringLiteral("jj-d1");
    // Slots are made when first asked for; a rejected record's savepoint would undo that.
    REQUIRE(f.booking->slotList(point, QDate(2026, 11, 30), 1, testNow()).ok());

    SECTION("no groups: any item, published or not, as before")
    {
        CHECK(bookItem(*f.booking, d1, monday0830, false, yibaoItem).isEmpty());
        CHECK(bookItem(*f.booking, d1, monday0830, false, unpublishedItem).isEmpty());
        publishSeed(*f.storage);
        CHECK(bookItem(*f.booking, d1, monday0830, false, unpublishedItem).isEmpty());
        CHECK(bookItem(*f.booking, d1, monday0830, false, QString()).isEmpty());
        CHECK(f.stats(monday0830).other == 4);
    }
    SECTION("groups and nothing published: central cannot tell an item's group, and takes it")
    {
        setGroups(*f.booking, {QStringLiteral("shebao")});
        CHECK(bookItem(*f.booking, d1, monday0830, false, yibaoItem).isEmpty());
        CHECK(bookItem(*f.booking, d1, monday0830, false, QString()) == QStringLiteral("item"));
        CHECK(f.stats(monday0830).other == 1);
    }
    SECTION("groups and the published catalogue")
    {
        publishSeed(*f.storage);
        setGroups(*f.booking, {QStringLiteral("shebao"), QStringLiteral("minzheng")});
        CHECK(bookItem(*f.booking, d1, monday0830, false, yibaoItem) == QStringLiteral("item"));
        CHECK(bookItem(*f.booking, d1, monday0830, false, unpublishedItem) ==
              QStringLiteral("item"));
        CHECK(bookItem(*f.booking, d1, monday0830, false, QString()) == QStringLiteral("item"));
        CHECK(f.stats(monday0830).other == 0); // nothing was booked by the refusals
        CHECK(bookItem(*f.booking, d1, monday0830, false, shebaoItem).isEmpty());
        CHECK(f.stats(monday0830).other == 1);
        // The item is judged before the pool: a full slot still says "item" for a wrong item.
        for (int i = 0; i < 3; ++i)
            REQUIRE(bookItem(*f.booking, d1, monday0830, false, shebaoItem).isEmpty());
        CHECK(bookItem(*f.booking, d1, monday0830, false, shebaoItem) ==
              QStringLiteral("no seats"));
        CHECK(bookItem(*f.booking, d1, monday0830, false, yibaoItem) == QStringLiteral("item"));

        // Confirmed offline on the kiosk's lease: the seat is the citizen's, whatever the item.
        REQUIRE(f.want(d1, monday0900, 2).seats == 2);
        const QString leased = newUuid();
        CHECK(bookItem(*f.booking, d1, monday0900, true, yibaoItem, leased).isEmpty());
        CHECK(bookItem(*f.booking, d1, monday0900, true, unpublishedItem).isEmpty());
        CHECK(f.stats(monday0900).used == 2);
        CHECK(bookItem(*f.booking, d1, monday0900, true, shebaoItem) ==
              QStringLiteral("lease exceeded"));
        // The record again (a replay) is still accepted, and counted once.
        CHECK(bookItem(*f.booking, d1, monday0900, true, yibaoItem, leased).isEmpty());
        CHECK(f.stats(monday0900).used == 2);
        REQUIRE(f.booking->checkInvariant(monday0900).ok());
    }
    REQUIRE(f.booking->checkInvariant(monday0830).ok());
}

TEST_CASE("Item groups: the channel's item is checked when given, a seat without one is not",
          "[gateway-booking]")
{
    Fixture f;
    publishSeed(*f.storage);
    auto token = f.booking->createChannelToken(testNow());
    REQUIRE(token.ok());
    const QString channel = *f.booking->channelOf(token->toLatin1());
    using Kind = gateway::ChannelAnswer::Kind;
    const auto book = [&](const QString &ref, const QString &item,
                          const QString &slot = monday0830) {
        auto r = f.booking->channelBook(channel, slot, ref, item, testNow());
        REQUIRE(r.ok());
        return r.value();
    };

    // Without groups any item goes.
    CHECK(book(QStringLiteral("app-1"), yibaoItem).kind == Kind::Booked);

    setGroups(*f.booking, {QStringLiteral("shebao")});
    CHECK(book(QStringLiteral("app-2"), yibaoItem).kind == Kind::Item);
    CHECK(book(QStringLiteral("app-3"), unpublishedItem).kind == Kind::Item);
    CHECK(f.stats(monday0830).other == 1);
    CHECK(book(QStringLiteral("app-2"), shebaoItem).kind == Kind::Booked); // Item not remembered
    CHECK(book(QStringLiteral("app-4"), QString()).kind == Kind::Booked);  // a seat at the hall
    CHECK(f.stats(monday0830).other == 3);
    // A ref already booked answers with its booking, whatever item comes with it now.
    const auto first = book(QStringLiteral("app-1"), yibaoItem);
    CHECK(first.kind == Kind::Booked);
    CHECK(first.slot == monday0830);
    CHECK(f.stats(monday0830).other == 3);
    // An unknown slot is still NoSlot; a full slot of a served item Full.
    CHECK(book(QStringLiteral("app-5"), yibaoItem, point + QStringLiteral("/2026-11-29T08:30"))
              .kind == Kind::NoSlot);
    CHECK(book(QStringLiteral("app-6"), shebaoItem).kind == Kind::Booked);
    CHECK(book(QStringLiteral("app-7"), shebaoItem).kind == Kind::Full);
    REQUIRE(f.booking->checkInvariant(monday0830).ok());
}

TEST_CASE("Item groups travel in the signed slot list; malformed groups are refused",
          "[gateway-booking]")
{
    Fixture f;
    auto plain = f.booking->slotList(point, QDate(2026, 11, 30), 1, testNow());
    REQUIRE(plain.ok());
    CHECK(plain->groups.isEmpty());
    CHECK_FALSE(protocol::encode(plain.value()).contains("groups")); // left out: every group

    setGroups(*f.booking, {QStringLiteral("shebao"), QStringLiteral("yibao")});
    auto list = f.booking->slotList(point, QDate(2026, 11, 30), 1, testNow());
    REQUIRE(list.ok());
    CHECK(list->groups == QStringList{QStringLiteral("shebao"), QStringLiteral("yibao")});
    const QByteArray text = protocol::encode(list.value());
    CHECK(text.contains(R"("groups":["shebao","yibao"])"));
    auto decoded = protocol::decodeSlotList(text);
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == list.value());

    // Signed and opened with the groups.
    auto key = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(key.ok());
    auto signedList = protocol::signSlots(key.value(), list.value());
    REQUIRE(signedList.ok());
    auto opened = protocol::openSlots(key.value(), protocol::encode(signedList.value()));
    REQUIRE(opened.ok());
    CHECK(opened->groups == list->groups);

    // An empty array is every group, like none.
    QJsonObject o = QJsonDocument::fromJson(text).object();
    o.insert(QStringLiteral("groups"), QJsonArray{});
    auto empty = protocol::decodeSlotList(QJsonDocument(o).toJson(QJsonDocument::Compact));
    REQUIRE(empty.ok());
    CHECK(empty->groups.isEmpty());

    QJsonArray many;
    for (int i = 0; i < 33; ++i)
        many.append(QStringLiteral("g%1").arg(i));
    const QList<QJsonValue> bad{QStringLiteral("shebao"),
                                QJsonObject{{QStringLiteral("shebao"), true}},
                                QJsonArray{1},
                                QJsonArray{QJsonValue()},
                                QJsonArray{QString()},
                                QJsonArray{QStringLiteral("Shebao")},
                                QJsonArray{QStringLiteral("she bao")},
                                QJsonArray{QString(33, u'a')},
                                QJsonArray{QStringLiteral("shebao"), QStringLiteral("shebao")},
                                many};
    for (const QJsonValue &groups : bad) {
        o.insert(QStringLiteral("groups"), groups);
        const QByteArray malformed = QJsonDocument(o).toJson(QJsonDocument::Compact);
        INFO(malformed.toStdString());
        auto r = protocol::decodeSlotList(malformed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Invalid);
        CHECK(r.error().message.startsWith(QStringLiteral("groups")));
    }
}

TEST_CASE("The channel request's optional item: encoded only when given, checked when decoded",
          "[gateway-booking]")
{
    const protocol::ChannelBookingRequest without{monday0830, QStringLiteral("app-1"), {}};
    CHECK_FALSE(protocol::encode(without).contains("item"));
    CHECK(protocol::decodeChannelBookingRequest(protocol::encode(without)).value() == without);
    const protocol::ChannelBookingRequest with{monday0830, QStringLiteral("app-1"), shebaoItem};
    CHECK(protocol::decodeChannelBookingRequest(protocol::encode(with)).value() == with);
    for (const char *bad :
         {R"({"slot":"150525203000-01/2026-11-30T08:30","ref":"a","item":""})",
          R"({"slot":"150525203000-01/2026-11-30T08:30","ref":"a","item":7})",
          R"({"slot":"150525203000-01/2026-11-30T08:30","ref":"a","item":"a b"})",
          R"({"slot":"150525203000-01/2026-11-30T08:30","ref":"a","item":"事项"})"})
        CHECK_FALSE(protocol::decodeChannelBookingRequest(QByteArray(bad)).ok());
    CHECK_FALSE(protocol::decodeChannelBookingRequest(
                    protocol::encode(protocol::ChannelBookingRequest{
                        monday0830, QStringLiteral("a"), QString(65, u'1')}))
                    .ok());
}

TEST_CASE("Booking: a read error behind the capacity check aborts; it never counts as no bookings",
          "[gateway-booking][sqlite]")
{
    Fixture f;
    const QString d1 = QStringLiteral("jj-d1"), d2 = QStringLiteral("jj-d2");
    CHECK(f.want(d1, monday0830, 2).seats == 2);
    // The bookings central counts cannot be read (here: the table is gone). Before, every count
    // read as 0, so a lease grew into seats that were taken.
    REQUIRE(
        sqliteDatabase(*f.storage).exec("ALTER TABLE booking_bookings RENAME TO unreadable").ok());
    auto grown = f.booking->lease(d2, point, {{monday0830, 2}}, {}, testNow());
    CHECK_FALSE(grown.ok());
    auto shrunk = f.booking->lease(d1, point, {{monday0830, 0}}, {}, testNow());
    CHECK_FALSE(shrunk.ok());
    CHECK_FALSE(f.booking->slotList(point, QDate(2026, 11, 30), 1, testNow()).ok());
    CHECK_FALSE(f.booking->stats(point, QDate(2026, 11, 30), 1, testNow()).ok());
    // Nothing was changed by the refused requests.
    REQUIRE(
        sqliteDatabase(*f.storage).exec("ALTER TABLE unreadable RENAME TO booking_bookings").ok());
    CHECK(f.stats(monday0830).leased == 2);
    CHECK(f.want(d2, monday0830, 0).seats == 0);
}

TEST_CASE("Booking: a cancel whose booking cannot be read fails, it is never refused as unknown",
          "[gateway-booking][sqlite]")
{
    Fixture f;
    const QString d1 = QStringLiteral("jj-d1");
    const QString uuid = newUuid();
    REQUIRE(f.book(d1, uuid, monday0900, false).isEmpty());
    auto token = f.booking->createChannelToken(testNow());
    REQUIRE(token.ok());
    const QString channel = *f.booking->channelOf(token->toLatin1());
    auto booked = f.booking->channelBook(channel, monday0900, QStringLiteral("app-1"), testNow());
    REQUIRE(booked.ok());
    REQUIRE(booked->kind == gateway::ChannelAnswer::Kind::Booked);

    // A read error while looking the booking up: the kiosk's batch fails (and is sent again)
    // and the channel gets an error, where before the cancel was refused for good as
    // "unknown booking" (404 to the channel) and the seat stayed taken.
    REQUIRE(
        sqliteDatabase(*f.storage).exec("ALTER TABLE booking_bookings RENAME TO unreadable").ok());
    const QByteArray cancel =
        QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("booking_cancel")},
                                  {QStringLiteral("refers_to"), uuid}})
            .toJson(QJsonDocument::Compact);
    CHECK_FALSE(f.booking->intake(d1, point, newUuid(), cancel, testNow()).ok());
    CHECK_FALSE(f.booking->channelCancel(channel, booked->booking, testNow()).ok());
    REQUIRE(
        sqliteDatabase(*f.storage).exec("ALTER TABLE unreadable RENAME TO booking_bookings").ok());

    // Readable again, both cancels go through and give their seats back.
    CHECK(f.stats(monday0900).other == 2);
    CHECK(f.cancel(d1, uuid).isEmpty());
    CHECK(f.booking->channelCancel(channel, booked->booking, testNow()).value());
    CHECK(f.stats(monday0900).other == 0);
}
