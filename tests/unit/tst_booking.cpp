#include "auditlog.h"
#include "bookingattendance.h"
#include "bookingservice.h"
#include "bookingstore.h"
#include "chinatime.h"
#include "kioskfixture.h"
#include "migrations.h"
#include "slots.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include <random>

using namespace jiujin;

namespace {
const QString point = QStringLiteral("150525203000-01");
/** Monday 2 March 2026, 08:00 in Naiman (UTC+8): central's clock in these tests. */
const QDateTime monday8 = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);

QDateTime local(QDate d, int h, int m = 0)
{
    return chinaTime(d, QTime(h, m));
}

/** A kiosk with a clock the test moves, and central's clock = kiosk clock + offset. */
struct BookingKiosk : TestKiosk
{
    BookingKiosk()
        : submissions(*db, [this] { return kioskNow; }),
          bookings(*db, submissions, [this] { return kioskNow; }), store(*db)
    {
    }

    /** Sets central's time to @p central with the kiosk's clock @p skewS seconds off it (and the
     *  offset learned). */
    void setTime(const QDateTime &central, qint64 skewS = 0, bool learned = true)
    {
        kioskNow = central.addSecs(skewS);
        REQUIRE(store_()
                    .setSetting(QStringLiteral("sync.clock_offset_s"),
                                QString::number(learned ? -skewS : 0))
                    .ok());
    }
    CatalogueStore &store_() { return *TestDb::store; }

    /** A slot of this point starting at @p start (UTC), 30 min, in the cache. */
    QString addSlot(const QDateTime &start, int capacity = 4, int free = 2)
    {
        cache.append({protocol::slotId(point, start), point, start, start.addSecs(1800), capacity,
                      free, monday8});
        REQUIRE(store.replaceSlots(cache).ok());
        return cache.last().id;
    }
    void lease(const QString &slot, int seats, bool settled = false)
    {
        const auto s = store.slot(slot);
        REQUIRE(s.has_value());
        REQUIRE(
            store.applyLease(slot, seats, protocol::leaseExpiry(s->slot.start), settled, monday8)
                .ok());
    }
    BookingForm form(const QString &slot, const QString &name = QStringLiteral("巴特尔"),
                     const QString &phone = QStringLiteral("139 4751 2386"))
    {
        BookingForm f;
        f.itemCode = TestKiosk::unemployment().itemCode;
        f.slot = slot;
        f.name = name;
        f.phone = phone;
        return f;
    }
    int rows(const char *sql)
    {
        auto s = db->prepare(sql);
        REQUIRE(s.step());
        return int(s.integer(0));
    }

    QDateTime kioskNow = monday8;
    SubmissionService submissions;
    BookingService bookings;
    BookingStore store;
    QList<CachedSlot> cache;
};

const QDate tuesday(2026, 3, 3);
} // namespace

TEST_CASE("seats here are the lease's seats less the bookings on it, and never go below zero",
          "[booking]")
{
    BookingKiosk k;
    const QString slot = k.addSlot(local(tuesday, 9));
    k.lease(slot, 3);
    auto shown = k.bookings.daySlots(tuesday);
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().seatsHere == 3);
    CHECK(shown.first().leaseOpen);

    QStringList tickets;
    for (int i = 0; i < 3; ++i) {
        auto t = k.bookings.book(k.form(slot));
        REQUIRE(t.ok());
        CHECK(t->state == QLatin1String("confirmed"));
        tickets.append(t->ticket);
    }
    auto fourth = k.bookings.book(k.form(slot));
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().code == Error::Full);
    CHECK(k.bookings.daySlots(tuesday).first().seatsHere == 0);
    CHECK(k.bookings.days().first().date == tuesday);

    // The record: kind booking on the lease, the ticket as its number, the citizen only sealed.
    const auto record = OutboxStore(*k.db).byReceipt(tickets.first());
    REQUIRE(record.has_value());
    CHECK(record->kind == QLatin1String("booking"));
    const QJsonObject meta = QJsonDocument::fromJson(record->meta).object();
    CHECK(meta.value(QLatin1String("lease")).toBool());
    CHECK(meta.value(QLatin1String("slot")).toString() == slot);
    CHECK(meta.value(QLatin1String("ticket")).toString() == tickets.first());
    CHECK_FALSE(record->meta.contains("巴特尔"));
    auto [payload, parts] = k.open(record->uuid);
    CHECK(payload.value(QLatin1String("name")).toString() == QStringLiteral("巴特尔"));
    CHECK(payload.value(QLatin1String("phone")).toString() == QStringLiteral("13947512386"));
    CHECK(payload.value(QLatin1String("item")).toString() == TestKiosk::unemployment().itemCode);

    SECTION("repeated book and cancel never hold more seats than the lease")
    {
        std::mt19937 random(5);
        for (int round = 0; round < 60; ++round) {
            if (random() % 2 && !tickets.isEmpty()) {
                const QString t = tickets.takeAt(qsizetype(random() % tickets.size()));
                REQUIRE(k.bookings.cancel(t).ok());
            } else if (auto t = k.bookings.book(k.form(slot)); t) {
                tickets.append(t->ticket);
            } else {
                CHECK(t.error().code == Error::Full);
            }
            const int held = k.store.usedSeats(slot);
            REQUIRE(held <= 3);
            REQUIRE(held == tickets.size());
            REQUIRE(k.bookings.daySlots(tuesday).first().seatsHere == 3 - held);
        }
    }
}

TEST_CASE("bad details are refused before anything is written", "[booking]")
{
    BookingKiosk k;
    const QString slot = k.addSlot(local(tuesday, 9));
    k.lease(slot, 2);
    auto noPhone = k.bookings.book(k.form(slot, QStringLiteral("巴特尔"), QStringLiteral("12345")));
    REQUIRE_FALSE(noPhone.ok());
    CHECK(noPhone.error().code == Error::Invalid);
    CHECK(k.bookings.check(k.form(slot, QStringLiteral("巴"))).contains(QStringLiteral("name")));
    BookingForm badId = k.form(slot);
    badId.idNumber = QStringLiteral("110105194912310021");
    CHECK(k.bookings.check(badId).contains(QStringLiteral("id_number")));
    BookingForm unknown = k.form(slot);
    unknown.itemCode = QStringLiteral("no-such-item");
    CHECK(k.bookings.check(unknown).contains(QStringLiteral("item")));
    CHECK(k.rows("SELECT count(*) FROM bookings") == 0);
    CHECK(k.rows("SELECT count(*) FROM outbox") == 0);
}

TEST_CASE("lease expiry is judged on central time, whatever the kiosk's clock says", "[booking]")
{
    BookingKiosk k;
    const QDateTime start = local(tuesday, 9);
    const QString slot = k.addSlot(start);
    k.lease(slot, 2);
    const QDateTime expires = protocol::leaseExpiry(start); // Tuesday 07:00 local

    SECTION("kiosk clock a day behind: the learned offset closes the lease")
    {
        k.setTime(expires.addSecs(-60), -86400);
        CHECK_FALSE(k.bookings.daySlots(tuesday).first().leaseOpen);
        auto refused = k.bookings.book(k.form(slot));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Full);
        // Without the offset the kiosk would still think it was Monday and confirm.
        k.setTime(expires.addSecs(-60), -86400, false);
        CHECK(k.bookings.book(k.form(slot)).ok());
    }
    SECTION("kiosk clock a day ahead: the lease is still open on central time")
    {
        k.setTime(expires.addSecs(-3600), 86400);
        CHECK(k.bookings.daySlots(tuesday).first().leaseOpen);
        CHECK(k.bookings.book(k.form(slot)).ok());
        k.setTime(expires.addSecs(-3600), 86400, false);
        CHECK_FALSE(k.bookings.book(k.form(slot)).ok());
    }
    SECTION("the 120 s safety margin")
    {
        k.setTime(expires.addSecs(-121), 37);
        CHECK(k.bookings.book(k.form(slot)).ok());
        k.setTime(expires.addSecs(-119), 37);
        auto refused = k.bookings.book(k.form(slot));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Full);
    }
}

TEST_CASE("a settled lease confirms nothing more, and settling reports the used count once",
          "[booking]")
{
    BookingKiosk k;
    const QDateTime start = local(tuesday, 9);
    const QString slot = k.addSlot(start);
    const QString later = k.addSlot(local(tuesday, 15));
    k.lease(slot, 3);
    k.lease(later, 1);
    REQUIRE(k.bookings.book(k.form(slot)).ok());

    SECTION("settled by central")
    {
        k.lease(slot, 1, true);
        CHECK_FALSE(k.bookings.daySlots(tuesday).first().leaseOpen);
        auto refused = k.bookings.book(k.form(slot));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Full);
    }
    SECTION("settled by the kiosk 30 minutes before expiry")
    {
        const QDateTime expires = protocol::leaseExpiry(start);
        auto early = k.store.planLeases(expires.addSecs(-31 * 60), expires.addSecs(-31 * 60));
        REQUIRE(early.ok());
        CHECK(early->settle.isEmpty());
        k.setTime(expires.addSecs(-29 * 60));
        auto plan = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
        REQUIRE(plan.ok());
        REQUIRE(plan->settle.size() == 1);
        CHECK(plan->settle.first() == LeaseEntry{slot, 1});
        // Not topped up any more; the afternoon slot is.
        for (const LeaseEntry &w : plan->want)
            CHECK(w.slot != slot);
        CHECK(k.bookings.daySlots(tuesday).first().seatsHere == 0);
        auto refused = k.bookings.book(k.form(slot));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Full);
        // Sent again until central answers; then not again.
        auto again = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
        REQUIRE(again.ok());
        CHECK(again->settle == plan->settle);
        REQUIRE(k.store.applyLease(slot, 1, expires, true, k.bookings.centralNow()).ok());
        auto done = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
        REQUIRE(done.ok());
        CHECK(done->settle.isEmpty());
        CHECK(k.store.lease(slot)->settledUsed == 1);
    }
}

TEST_CASE("lease targets follow recent demand within 1 and half the capacity", "[booking]")
{
    CHECK(BookingStore::leaseTarget(0, 0, 4) == 1);
    CHECK(BookingStore::leaseTarget(1, 0, 4) == 2);
    CHECK(BookingStore::leaseTarget(5, 0, 4) == 2);
    CHECK(BookingStore::leaseTarget(0, 0, 1) == 1);
    CHECK(BookingStore::leaseTarget(2, 0, 10) == 3);
    CHECK(BookingStore::leaseTarget(0, 3, 4) == 3); // never below what is used

    BookingKiosk k;
    const QDateTime next = local(QDate(2026, 3, 9), 9); // Monday a week on, 09:00
    const QString slot = k.addSlot(next, 10, 10);
    const QString quiet = k.addSlot(local(QDate(2026, 3, 9), 10), 10, 10);
    // Three weeks ago: 3 bookings at Monday 09:00 (one cancelled); two weeks ago: 1.
    auto add = [&](const QDateTime &start, const QString &state, int n) {
        for (int i = 0; i < n; ++i) {
            Booking b;
            b.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            b.ticket = b.uuid.left(8);
            b.slot = protocol::slotId(point, start);
            b.itemCode = QStringLiteral("x");
            b.slotStart = start;
            b.slotEnd = start.addSecs(1800);
            b.lease = true;
            b.state = state;
            b.createdAt = start.addDays(-1);
            REQUIRE(k.store.insert(b).ok());
        }
    };
    add(next.addDays(-21), QStringLiteral("checked_in"), 2);
    add(next.addDays(-21), QStringLiteral("cancelled"), 1);
    add(next.addDays(-14), QStringLiteral("no_show"), 1);
    add(next.addDays(-35), QStringLiteral("checked_in"), 5); // older than 4 weeks
    CHECK(k.store.recentDemand(next) == 2);
    auto plan = k.store.planLeases(monday8, monday8);
    REQUIRE(plan.ok());
    CHECK(plan->want.contains(LeaseEntry{slot, 3}));
    CHECK(plan->want.contains(LeaseEntry{quiet, 1}));
    // A lease already at its target is not asked again.
    k.lease(slot, 3);
    auto topped = k.store.planLeases(monday8, monday8);
    REQUIRE(topped.ok());
    for (const LeaseEntry &w : topped->want)
        CHECK(w.slot != slot);
}

TEST_CASE("within a day of its slot a lease gives its spare seats back, on central time",
          "[booking]")
{
    CHECK(BookingStore::leaseKeep(0, 0, 4) == 0);
    CHECK(BookingStore::leaseKeep(1, 0, 4) == 1);
    CHECK(BookingStore::leaseKeep(5, 0, 4) == 2);
    CHECK(BookingStore::leaseKeep(0, 3, 4) == 3); // never below what is used

    BookingKiosk k;
    // The kiosk's clock is a day and a half behind central's: central's decides.
    k.setTime(monday8, -36 * 3600);
    const QString today = k.addSlot(local(QDate(2026, 3, 2), 14, 30));
    const QString idle = k.addSlot(local(QDate(2026, 3, 2), 15));
    const QString unleased = k.addSlot(local(QDate(2026, 3, 2), 16));
    const QString later = k.addSlot(local(QDate(2026, 3, 4), 9)); // two days on: topped up
    k.lease(today, 2);
    k.lease(idle, 2);
    auto first = k.bookings.book(k.form(today));
    REQUIRE(first.ok());
    auto plan = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
    REQUIRE(plan.ok());
    CHECK(plan->want.contains(LeaseEntry{today, 1}));
    CHECK(plan->want.contains(LeaseEntry{idle, 0}));
    CHECK(plan->want.contains(LeaseEntry{later, 1}));
    for (const LeaseEntry &w : plan->want)
        CHECK(w.slot != unleased); // no demand here: nothing asked so close to the slot
    // Lowered here at once, before central hears of it: nothing more is confirmed on them.
    CHECK(k.store.lease(today)->seats == 1);
    CHECK(k.store.lease(idle)->seats == 0);
    CHECK(k.bookings.book(k.form(today)).error().code == Error::Full);
    CHECK(k.bookings.book(k.form(idle)).error().code == Error::Full);
    // A cancel still gives its seat back to the lease.
    REQUIRE(k.bookings.cancel(first->ticket).ok());
    CHECK(k.bookings.book(k.form(today)).ok());

    // Asked again at every cycle (a lost ask or answer is repaired), never above the lease here.
    auto lost = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
    REQUIRE(lost.ok());
    CHECK(lost->want.contains(LeaseEntry{today, 1}));
    CHECK(lost->want.contains(LeaseEntry{idle, 0}));
    // A late answer holding more (a grow sent before the window) is asked down again; a lease
    // further ahead at its target is not asked.
    k.lease(idle, 2);
    k.lease(later, 1);
    auto again = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
    REQUIRE(again.ok());
    CHECK(again->want.contains(LeaseEntry{idle, 0}));
    CHECK(k.store.lease(idle)->seats == 0);
    for (const LeaseEntry &w : again->want)
        CHECK(w.slot != later);

    // A cancelled booking still counts until central has accepted its cancel: central may get
    // the booking before the cancel, and must not find the lease exceeded.
    const QString evening = k.addSlot(local(QDate(2026, 3, 2), 17));
    k.lease(evening, 2);
    auto gone = k.bookings.book(k.form(evening));
    REQUIRE(gone.ok());
    REQUIRE(k.bookings.cancel(gone->ticket).ok());
    auto pending = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
    REQUIRE(pending.ok());
    CHECK(pending->want.contains(LeaseEntry{evening, 1}));
    k.lease(evening, 1);
    REQUIRE(k.db->exec("UPDATE outbox SET state = 'accepted' WHERE kind = 'booking_cancel'").ok());
    auto answered = k.store.planLeases(k.bookings.centralNow(), k.kioskNow);
    REQUIRE(answered.ok());
    CHECK(answered->want.contains(LeaseEntry{evening, 0}));
}

TEST_CASE("cancel returns the seat to the lease and queues a cancel after the booking", "[booking]")
{
    BookingKiosk k;
    const QString slot = k.addSlot(local(tuesday, 9));
    k.lease(slot, 1);
    auto first = k.bookings.book(k.form(slot));
    REQUIRE(first.ok());
    REQUIRE_FALSE(k.bookings.book(k.form(slot)).ok());
    REQUIRE(k.bookings.cancel(first->ticket).ok());
    CHECK(k.bookings.status(first->ticket)->booking.state == QLatin1String("cancelled"));
    auto cancel = k.db->prepare(
        "SELECT c.refers_to, c.id > (SELECT b.id FROM outbox b WHERE b.uuid = c.refers_to), c.meta "
        "FROM outbox c WHERE c.kind = 'booking_cancel'");
    REQUIRE(cancel.step());
    CHECK(cancel.text(0) == first->uuid);
    CHECK(cancel.integer(1) == 1);
    CHECK_FALSE(cancel.text(2).contains(QStringLiteral("巴特尔")));
    CHECK(k.bookings.book(k.form(slot)).ok());
    auto twice = k.bookings.cancel(first->ticket);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == Error::Invalid);
    CHECK(k.bookings.cancel(QStringLiteral("20301-999999-0")).error().code == Error::NotFound);
}

TEST_CASE("reschedule moves the booking in one step or not at all", "[booking]")
{
    BookingKiosk k;
    const QString nine = k.addSlot(local(tuesday, 9));
    const QString ten = k.addSlot(local(tuesday, 10));
    const QString three = k.addSlot(local(tuesday, 15));
    k.lease(nine, 1);
    k.lease(ten, 1);
    k.lease(three, 1);
    REQUIRE(k.bookings.book(k.form(ten)).ok()); // ten is full now
    auto mine = k.bookings.book(k.form(nine));
    REQUIRE(mine.ok());
    const int records = k.rows("SELECT count(*) FROM outbox");

    auto refused = k.bookings.reschedule(mine->ticket, k.form(ten));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Full);
    CHECK(k.bookings.status(mine->ticket)->booking.state == QLatin1String("confirmed"));
    CHECK(k.rows("SELECT count(*) FROM outbox") == records);
    CHECK(k.rows("SELECT count(*) FROM bookings") == 2);

    auto moved = k.bookings.reschedule(mine->ticket, k.form(three));
    REQUIRE(moved.ok());
    CHECK(moved->slot == three);
    CHECK(moved->ticket != mine->ticket);
    const auto old = k.bookings.status(mine->ticket);
    CHECK(old->booking.state == QLatin1String("cancelled"));
    CHECK(old->booking.replacedBy == moved->ticket);
    CHECK(k.rows("SELECT count(*) FROM outbox") == records + 2);
    CHECK(k.bookings.daySlots(tuesday).first().seatsHere == 1); // nine's seat is back
    CHECK(k.bookings.daySlots(tuesday).last().seatsHere == 0);
}

TEST_CASE("a request waits for central: accepted confirms it, no seats declines it", "[booking]")
{
    BookingKiosk k;
    const QString open = k.addSlot(local(tuesday, 9), 4, 2);
    const QString full = k.addSlot(local(tuesday, 10), 4, 0);
    auto onLease = k.bookings.book(k.form(open));
    REQUIRE_FALSE(onLease.ok());
    CHECK(onLease.error().code == Error::Full);
    CHECK(k.bookings.daySlots(tuesday).first().canRequest());
    auto a = k.bookings.request(k.form(open));
    REQUIRE(a.ok());
    CHECK(a->state == QLatin1String("requested"));
    CHECK_FALSE(QJsonDocument::fromJson(OutboxStore(*k.db).byReceipt(a->ticket)->meta)
                    .object()
                    .value(QLatin1String("lease"))
                    .toBool(true));
    auto b = k.bookings.request(k.form(open));
    REQUIRE(b.ok());
    auto c = k.bookings.request(k.form(open));
    REQUIRE(c.ok());
    REQUIRE(k.bookings.cancel(c->ticket).ok());
    CHECK(k.bookings.request(k.form(full)).error().code == Error::Full);

    OutboxStore outbox(*k.db);
    REQUIRE(outbox
                .setState(a->uuid, QStringLiteral("accepted"), {}, QStringLiteral("R-1"),
                          k.kioskNow, QStringLiteral("jiujin-syncd"))
                .ok());
    REQUIRE(
        outbox
            .setStates(
                {{b->uuid, QStringLiteral("rejected"), QStringLiteral("no seats"), {}, k.kioskNow},
                 {c->uuid, QStringLiteral("accepted"), {}, QStringLiteral("R-2"), k.kioskNow}},
                QStringLiteral("jiujin-syncd"))
            .ok());
    CHECK(k.bookings.status(a->ticket)->booking.state == QLatin1String("confirmed"));
    CHECK(k.bookings.status(b->ticket)->booking.state == QLatin1String("declined"));
    CHECK(k.bookings.status(b->ticket)->stateText.contains(QStringLiteral("未约上")));
    CHECK(k.bookings.status(c->ticket)->booking.state == QLatin1String("cancelled"));
    // A confirmed request holds no seat of this kiosk's lease.
    CHECK(k.store.usedSeats(open) == 0);
    AuditLog audit(*k.db);
    CHECK(audit.verify().ok);
    CHECK(k.rows("SELECT count(*) FROM audit_log WHERE action = 'booking.declined'") == 1);
    // The booking's entry follows its record's, in the batch's order.
    QStringList last;
    auto entries = k.db->prepare("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 3");
    while (entries.step())
        last.prepend(entries.text(0));
    CHECK(last == QStringList{QStringLiteral("record.rejected"), QStringLiteral("booking.declined"),
                              QStringLiteral("record.accepted")});
}

TEST_CASE("check-in only on the slot's day and only once; no-shows after the window", "[booking]")
{
    BookingKiosk k;
    const QDateTime start = local(tuesday, 9);
    const QString slot = k.addSlot(start);
    k.lease(slot, 3);
    auto a = k.bookings.book(k.form(slot));
    auto b = k.bookings.book(k.form(slot));
    auto c = k.bookings.book(k.form(slot));
    REQUIRE((a.ok() && b.ok() && c.ok()));
    REQUIRE(k.bookings.cancel(c->ticket).ok());

    auto early = k.bookings.checkIn(a->ticket, QStringLiteral("0001"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == Error::Invalid);

    k.setTime(start.addSecs(-600));
    // Scanned from the ticket's QR code, or typed with spaces.
    auto in = k.bookings.checkIn(QStringLiteral("JIUJIN:") + a->ticket, QStringLiteral("0001"));
    REQUIRE(in.ok());
    CHECK(in->booking.state == QLatin1String("checked_in"));
    CHECK(in->stateText == QStringLiteral("已签到"));
    auto twice = k.bookings.checkIn(QString(a->ticket).replace(QLatin1Char('-'), QLatin1Char(' ')),
                                    QStringLiteral("0001"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("已经签到")));
    CHECK_FALSE(k.bookings.checkIn(c->ticket, QStringLiteral("0001")).ok());

    const auto list = k.bookings.today(tuesday);
    REQUIRE(list.size() == 3);
    CHECK(k.bookings.today(tuesday.addDays(1)).isEmpty());

    const QDateTime end = start.addSecs(1800);
    auto none = k.bookings.markNoShows(end.addSecs(29 * 60));
    REQUIRE(none.ok());
    CHECK(none.value() == 0);
    auto marked = k.bookings.markNoShows(end.addSecs(31 * 60));
    REQUIRE(marked.ok());
    CHECK(marked.value() == 1);
    CHECK(k.bookings.status(b->ticket)->booking.state == QLatin1String("no_show"));
    CHECK(k.bookings.status(a->ticket)->booking.state == QLatin1String("checked_in"));
    CHECK(k.bookings.status(c->ticket)->booking.state == QLatin1String("cancelled"));
    CHECK(k.bookings.markNoShows(end.addSecs(3600)).value() == 0);
    CHECK(k.rows("SELECT count(*) FROM audit_log WHERE action = 'booking.no_show'") == 1);
    CHECK(k.rows("SELECT count(*) FROM audit_log WHERE action = 'booking.checked_in' AND actor = "
                 "'staff:0001'") == 1);
    CHECK(AuditLog(*k.db).verify().ok);
}

TEST_CASE("no personal data of a booking reaches the database file", "[booking]")
{
    BookingKiosk k;
    const QString slot = k.addSlot(local(tuesday, 9));
    const QString other = k.addSlot(local(tuesday, 10));
    k.lease(slot, 2);
    k.lease(other, 1);
    BookingForm f = k.form(slot, QStringLiteral("乌兰图雅"), QStringLiteral("13704751234"));
    f.idNumber = QStringLiteral("11010519491231002X");
    auto t = k.bookings.book(f);
    REQUIRE(t.ok());
    BookingForm moved = f;
    moved.slot = other;
    REQUIRE(k.bookings.reschedule(t->ticket, moved).ok());
    REQUIRE(k.db->exec("PRAGMA wal_checkpoint(FULL)").ok());
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(k.path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    REQUIRE(all.contains(t->ticket.toUtf8())); // the search does find what is there
    CHECK_FALSE(all.contains(QStringLiteral("乌兰图雅").toUtf8()));
    CHECK_FALSE(all.contains("13704751234"));
    CHECK_FALSE(all.contains("137 0475"));
    CHECK_FALSE(all.contains("11010519491231002X"));
}

TEST_CASE("migrating a version 4 database to 5 keeps the outbox, its attachments and indexes",
          "[booking]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    REQUIRE(QFile::copy(QStringLiteral(JIUJIN_TEST_DATA "/schema-v4.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(raw.value()->schemaVersion() == 4);
        REQUIRE(raw.value()
                    ->exec("INSERT INTO outbox (id, uuid, kind, receipt, item_code, point_code, "
                           "created_at, updated_at, state, "
                           "meta, suite, key_header, payload) VALUES "
                           "(3, 'u-sub', 'submission', '20301-000001-7', 'i', 'p', 't', 't', "
                           "'pending', '{}', 'intl', x'01', x'02'), "
                           "(9, 'u-rate', 'rating', NULL, 'i', 'p', 't', 't', 'accepted', '{}', "
                           "'intl', x'', x'');"
                           "UPDATE outbox SET refers_to = '20301-000001-7' WHERE id = 9;"
                           "INSERT INTO attachment VALUES (3, 0, x'aa'), (3, 1, x'bb');")
                    .ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    Database &d = *db.value();
    CHECK(d.schemaVersion() >= 5);
    const auto sealed = OutboxStore(d).sealed(QStringLiteral("u-sub"));
    REQUIRE(sealed.has_value());
    CHECK(sealed->receipt == QStringLiteral("20301-000001-7"));
    CHECK(sealed->attachments == QList<QByteArray>{QByteArray("\xaa"), QByteArray("\xbb")});
    CHECK(OutboxStore(d).ratingFor(QStringLiteral("20301-000001-7")).has_value());
    // The new kinds are allowed, unknown ones still are not, and the rating stays one per receipt.
    CHECK(d.exec("INSERT INTO outbox (uuid, kind, item_code, point_code, created_at, updated_at, "
                 "meta, suite, "
                 "key_header, payload) VALUES ('u-b', 'booking', 'i', 'p', 't', 't', '{}', 'intl', "
                 "x'', x'')")
              .ok());
    CHECK_FALSE(
        d.exec(
             "INSERT INTO outbox (uuid, kind, item_code, point_code, created_at, updated_at, meta, "
             "suite, key_header, payload) VALUES ('u-x', 'other', 'i', 'p', 't', 't', '{}', "
             "'intl', x'', x'')")
            .ok());
    CHECK_FALSE(d.exec("INSERT INTO outbox (uuid, kind, refers_to, item_code, point_code, "
                       "created_at, updated_at, "
                       "meta, suite, key_header, payload) VALUES ('u-r2', 'rating', "
                       "'20301-000001-7', 'i', 'p', "
                       "'t', 't', '{}', 'intl', x'', x'')")
                    .ok());
    auto index = d.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                           "('outbox_by_state', 'outbox_one_rating', 'outbox_one_cancel')");
    REQUIRE(index.step());
    CHECK(index.integer(0) == 3);
    // The attachments still belong to their record: deleting it takes them along.
    REQUIRE(d.exec("DELETE FROM outbox WHERE id = 3").ok());
    auto left = d.prepare("SELECT count(*) FROM attachment");
    REQUIRE(left.step());
    CHECK(left.integer(0) == 0);
    auto fk = d.prepare("PRAGMA foreign_key_check");
    CHECK_FALSE(fk.step());
}

TEST_CASE("items outside the point's item groups are neither booked nor requested", "[booking]")
{
    BookingKiosk k;
    const QString slot = k.addSlot(local(tuesday, 9));
    k.lease(slot, 3);
    const QString shebao = TestKiosk::unemployment().itemCode; // 失业登记, department shebao
    const QString yibao = QStringLiteral("11150525MB0YB0002B415111020100001");
    const QString notServed = QStringLiteral("本服务点不受理该事项的预约");

    // No groups stored (no slot list with groups yet): every department, as before.
    CHECK(k.bookings.servedGroups().isEmpty());
    CHECK(k.bookings.servesItem(shebao));
    CHECK_FALSE(k.bookings.servesItem(QStringLiteral("no-such-item")));

    // A slot list with groups: stored with the slots, in the same call.
    REQUIRE(
        k.store.replaceSlots(k.cache, {QStringLiteral("yibao"), QStringLiteral("minzheng")}).ok());
    CHECK(k.store.slotGroups() == QStringList{QStringLiteral("yibao"), QStringLiteral("minzheng")});
    CHECK(k.bookings.servedGroups() == k.store.slotGroups());
    CHECK_FALSE(k.bookings.servesItem(shebao));
    CHECK(k.bookings.servesItem(yibao));
    CHECK(k.bookings.servesDepartment(QStringLiteral("minzheng")));
    CHECK_FALSE(k.bookings.servesDepartment(QStringLiteral("shebao")));

    auto booked = k.bookings.book(k.form(slot));
    REQUIRE_FALSE(booked.ok());
    CHECK(booked.error().code == Error::Invalid);
    CHECK(booked.error().message == notServed);
    auto requested = k.bookings.request(k.form(slot));
    REQUIRE_FALSE(requested.ok());
    CHECK(requested.error().code == Error::Invalid);
    CHECK(requested.error().message == notServed);
    CHECK(k.bookings.check(k.form(slot)).value(QStringLiteral("item")) == notServed);
    CHECK(k.rows("SELECT count(*) FROM bookings") == 0);
    CHECK(k.rows("SELECT count(*) FROM outbox") == 0);
    CHECK(k.bookings.daySlots(tuesday).first().seatsHere == 3); // no seat was taken

    BookingForm served = k.form(slot);
    served.itemCode = yibao;
    auto ok = k.bookings.book(served);
    REQUIRE(ok.ok());
    CHECK(ok->itemCode == yibao);
    CHECK(k.bookings.request(served).ok());

    // Replacing the slots alone keeps the groups; a list without groups serves every department.
    REQUIRE(k.store.replaceSlots(k.cache).ok());
    CHECK_FALSE(k.bookings.servesItem(shebao));
    REQUIRE(k.store.replaceSlots(k.cache, {}).ok());
    CHECK(k.bookings.servedGroups().isEmpty());
    CHECK(k.bookings.book(k.form(slot)).ok());
}

TEST_CASE("offline confirmation time beside a raw SQLite commit (prints a table)",
          "[.][booking-bench]")
{
    // Hidden (run with '[booking-bench]'): measures, never asserts a time. The issue asks for
    // book() p99 <= 20 ms; the raw commit is the same disk's floor in the same run.
    BookingKiosk k;
    const int n = 200;
    QList<QString> ids;
    for (int i = 0; i < n / 4; ++i) {
        ids.append(k.addSlot(local(tuesday.addDays(i / 13), 8, 30).addSecs(1800 * (i % 13)), 4, 4));
        k.lease(ids.last(), 4);
    }
    REQUIRE(k.db->exec("CREATE TABLE bench (id INTEGER PRIMARY KEY, v BLOB)").ok());
    auto p99 = [](QList<qint64> ns) {
        std::sort(ns.begin(), ns.end());
        return std::pair{ns.at(ns.size() / 2) / 1000, ns.at(ns.size() * 99 / 100) / 1000};
    };
    QList<qint64> raw, book;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        t.start();
        Transaction tx(*k.db);
        auto s = k.db->prepare("INSERT INTO bench (v) VALUES (randomblob(600))");
        REQUIRE(s.run().ok());
        REQUIRE(tx.commit().ok());
        raw.append(t.nsecsElapsed());
        k.submissions.prepareSeal(); // what the confirm screen does while the citizen reviews
        t.start();
        REQUIRE(k.bookings.book(k.form(ids.at(i / 4))).ok());
        book.append(t.nsecsElapsed());
    }
    const auto [rawMid, rawTail] = p99(raw);
    const auto [bookMid, bookTail] = p99(book);
    std::printf("%-28s %10s %10s\n", "", "p50 us", "p99 us");
    std::printf("%-28s %10lld %10lld\n", "raw SQLite commit", rawMid, rawTail);
    std::printf("%-28s %10lld %10lld\n", "book() on the lease", bookMid, bookTail);
}

TEST_CASE("a booking cancelled at central is cancelled here once, with central's reason",
          "[booking]")
{
    BookingKiosk k;
    const QString slot = k.addSlot(local(tuesday, 9));
    k.lease(slot, 2);
    auto first = k.bookings.book(k.form(slot));
    auto second = k.bookings.book(k.form(slot));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(k.bookings.daySlots(tuesday).first().seatsHere == 0);
    const protocol::BookingCancel cancel{first->uuid, slot, QStringLiteral("applicant_request"),
                                         monday8};

    auto applied = k.bookings.cancelFromCentral(cancel);
    REQUIRE(applied.ok());
    CHECK(applied.value());
    const auto status = k.bookings.status(first->ticket);
    REQUIRE(status.has_value());
    CHECK(status->booking.state == QLatin1String("cancelled"));
    CHECK(status->booking.cancelReason == QLatin1String("applicant_request"));
    CHECK(status->stateText.contains(QStringLiteral("已取消")));
    CHECK(status->stateText.contains(QStringLiteral("申请人要求取消")));
    // The seat is back on the lease; the kiosk's answer to central is its booking_cancel record.
    CHECK(k.bookings.daySlots(tuesday).first().seatsHere == 1);
    CHECK(k.rows("SELECT count(*) FROM outbox WHERE kind = 'booking_cancel'") == 1);
    CHECK(k.rows("SELECT count(*) FROM audit_log WHERE actor = 'central'"
                 " AND action = 'booking.cancelled'") == 1);

    // The same list again (central still lists it until the record arrives): nothing changes.
    auto again = k.bookings.cancelFromCentral(cancel);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value());
    CHECK(k.rows("SELECT count(*) FROM outbox WHERE kind = 'booking_cancel'") == 1);

    // An entry naming another slot than the booking's is refused and changes nothing.
    auto wrongSlot =
        k.bookings.cancelFromCentral({second->uuid, protocol::slotId(point, local(tuesday, 10)),
                                      QStringLiteral("other"), monday8});
    REQUIRE_FALSE(wrongSlot.ok());
    CHECK(k.bookings.status(second->ticket)->booking.state == QLatin1String("confirmed"));

    // A booking this kiosk does not have: nothing to do.
    auto unknown = k.bookings.cancelFromCentral({QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 slot, QStringLiteral("other"), monday8});
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown.value());

    // A citizen who came keeps the seat: a checked-in booking is left as it is.
    k.setTime(local(tuesday, 8, 50));
    REQUIRE(k.bookings.checkIn(second->ticket, QStringLiteral("0001")).ok());
    auto came =
        k.bookings.cancelFromCentral({second->uuid, slot, QStringLiteral("point_closed"), monday8});
    REQUIRE(came.ok());
    CHECK_FALSE(came.value());
    CHECK(k.bookings.status(second->ticket)->booking.state == QLatin1String("checked_in"));
    CHECK(k.bookings.status(second->ticket)->booking.cancelReason.isEmpty());
}

TEST_CASE("a booking moved at central keeps where it went, for 查进度 of the old ticket",
          "[booking]")
{
    BookingKiosk k;
    const QString slot = k.addSlot(local(tuesday, 9));
    k.lease(slot, 2);
    auto booked = k.bookings.book(k.form(slot));
    REQUIRE(booked.ok());
    const QString newSlot = protocol::slotId(point, local(tuesday, 10));
    // Central lists the move as the citizen's own request, naming the new number and slot.
    const protocol::BookingCancel moved{booked->uuid,
                                        slot,
                                        QStringLiteral("applicant_request"),
                                        monday8,
                                        {QStringLiteral("G1000-01"), newSlot}};
    auto applied = k.bookings.cancelFromCentral(moved);
    REQUIRE(applied.ok());
    CHECK(applied.value());
    const auto status = k.bookings.status(booked->ticket);
    REQUIRE(status.has_value());
    CHECK(status->booking.state == QLatin1String("cancelled"));
    CHECK(status->booking.replacedBy == QLatin1String("G1000-01"));
    CHECK(status->booking.movedSlot == newSlot);
    CHECK(status->stateText.startsWith(QStringLiteral("已改约")));
    CHECK_FALSE(status->stateText.contains(QStringLiteral("已取消")));
    // The seat is freed and central answered as for any cancel.
    CHECK(k.bookings.daySlots(tuesday).first().seatsHere == 2);
    CHECK(k.rows("SELECT count(*) FROM outbox WHERE kind = 'booking_cancel'") == 1);

    // A plain cancel from central names no new number.
    auto other = k.bookings.book(k.form(slot));
    REQUIRE(other.ok());
    REQUIRE(
        k.bookings
            .cancelFromCentral({other->uuid, slot, QStringLiteral("applicant_request"), monday8})
            .ok());
    const auto plain = k.bookings.status(other->ticket);
    CHECK(plain->booking.replacedBy.isEmpty());
    CHECK(plain->booking.movedSlot.isEmpty());
    CHECK(plain->stateText.contains(QStringLiteral("已取消")));
}

namespace {
/** The booking_attendance records queued for @p bookingUuid, as central will read them. */
QList<protocol::BookingAttendance> attendanceRecords(BookingKiosk &k, const QString &bookingUuid)
{
    QList<protocol::BookingAttendance> out;
    auto s = k.db->prepare("SELECT meta FROM outbox WHERE kind = 'booking_attendance' AND "
                           "refers_to = ? ORDER BY id");
    s.bind(1, bookingUuid);
    while (s.step()) {
        auto a = protocol::decodeBookingAttendance(s.text(0).toUtf8());
        REQUIRE(a.ok());
        out.append(a.value());
    }
    return out;
}
} // namespace

TEST_CASE("a check-in and a no-show each queue one booking_attendance record with the state "
          "change, and none when it is rolled back",
          "[booking]")
{
    BookingKiosk k;
    const QDateTime start = local(tuesday, 9);
    const QString slot = k.addSlot(start);
    k.lease(slot, 3);
    auto a = k.bookings.book(k.form(slot));
    auto b = k.bookings.book(k.form(slot));
    REQUIRE((a.ok() && b.ok()));
    k.setTime(start.addSecs(-600));

    // The outbox refuses the record: the check-in is rolled back with it.
    REQUIRE(k.db->exec("CREATE TEMP TRIGGER refuse_attendance BEFORE INSERT ON outbox"
                       " WHEN NEW.kind = 'booking_attendance'"
                       " BEGIN SELECT RAISE(ABORT, 'refused'); END")
                .ok());
    CHECK_FALSE(k.bookings.checkIn(a->ticket, QStringLiteral("0001")).ok());
    CHECK(k.bookings.status(a->ticket)->booking.state == QLatin1String("confirmed"));
    const QDateTime late = start.addSecs(1800 + 31 * 60);
    CHECK_FALSE(k.bookings.markNoShows(late, QStringLiteral("staff:0002")).ok());
    CHECK(k.bookings.status(b->ticket)->booking.state == QLatin1String("confirmed"));
    CHECK(k.rows("SELECT count(*) FROM outbox WHERE kind = 'booking_attendance'") == 0);
    CHECK(k.rows("SELECT count(*) FROM audit_log WHERE action IN ('booking.checked_in',"
                 " 'booking.no_show')") == 0);
    REQUIRE(k.db->exec("DROP TRIGGER refuse_attendance").ok());

    // Checked in: one record, the booking's uuid and slot, no personal data, an empty payload.
    REQUIRE(k.bookings.checkIn(a->ticket, QStringLiteral("0001")).ok());
    auto checkedIn = attendanceRecords(k, a->uuid);
    REQUIRE(checkedIn.size() == 1);
    CHECK(checkedIn.first() == protocol::BookingAttendance{a->uuid, slot,
                                                           QStringLiteral("checked_in"),
                                                           k.kioskNow.toUTC()});
    const auto record = OutboxStore(*k.db).sealed([&] {
        auto s = k.db->prepare("SELECT uuid FROM outbox WHERE kind = 'booking_attendance'");
        REQUIRE(s.step());
        return s.text(0);
    }());
    REQUIRE(record.has_value());
    CHECK_FALSE(record->meta.contains("139"));
    CHECK_FALSE(record->meta.contains(QStringLiteral("巴特尔").toUtf8()));
    CHECK(QJsonDocument::fromJson(record->meta).object().value(QLatin1String("staff")).toString() ==
          QLatin1String("0001"));
    // A refused second check-in queues nothing more.
    CHECK_FALSE(k.bookings.checkIn(a->ticket, QStringLiteral("0001")).ok());
    CHECK(attendanceRecords(k, a->uuid).size() == 1);

    // The no-show mark: one record for b, none for the checked-in a, none on a second run.
    auto marked = k.bookings.markNoShows(late, QStringLiteral("staff:0002"));
    REQUIRE(marked.ok());
    CHECK(marked.value() == 1);
    auto noShow = attendanceRecords(k, b->uuid);
    REQUIRE(noShow.size() == 1);
    CHECK(noShow.first().state == QLatin1String("no_show"));
    CHECK(noShow.first().slot == slot);
    CHECK(noShow.first().at == late.toUTC());
    CHECK(k.bookings.markNoShows(late.addSecs(600)).value() == 0);
    CHECK(attendanceRecords(k, b->uuid).size() == 1);
    CHECK(attendanceRecords(k, a->uuid).size() == 1);
    CHECK(k.rows("SELECT count(*) FROM outbox WHERE kind = 'booking_attendance'") == 2);
    CHECK(AuditLog(*k.db).verify().ok);
}
