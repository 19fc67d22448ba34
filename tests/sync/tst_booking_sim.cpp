// The booking simulation of issue 5 (DESIGN 4.6): one gateway (in process, TLS on loopback, a
// simulated clock), five kiosks (each its own database, enrolled, its clock a little off central's)
// with random offline periods, random book/cancel/reschedule streams (more in the morning), and
// the province's app booking and cancelling through the channel API, over a simulated week in
// 10-minute steps. After every step central's invariant holds for every slot; at the end, with
// every kiosk back online and synced: never overbooked, no confirmed booking lost, every
// confirmed ticket honoured, every seat accounted for. JIUJIN_BOOKING_SEED changes the seed.
#include "bookingservice.h"
#include "bookingstore.h"
#include "database.h"
#include "leasekeeper.h"
#include "liveharness.h"
#include "outboxstore.h"
#include "simgateway.h"
#include "slots.h"
#include "submissionservice.h"
#include "syncengine.h"

#include <QLoggingCategory>

#include <atomic>
#include <cstdio>
#include <map>
#include <random>
#include <set>

using namespace jiujin;

namespace {

const QString point = QStringLiteral("150525203000-01");

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

QDateTime local(QDate d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), Qt::OffsetFromUTC, protocol::chinaUtcOffsetSeconds).toUTC();
}

QTime localTime(qint64 secs)
{
    return fromSecs(secs).toOffsetFromUtc(protocol::chinaUtcOffsetSeconds).time();
}

QDate localDate(qint64 secs)
{
    return fromSecs(secs).toOffsetFromUtc(protocol::chinaUtcOffsetSeconds).date();
}

struct Params
{
    quint32 seed = 20261130;
    int kiosks = 5;
    int days = 7;
    int stepMinutes = 10;
    double kioskRateMorning = 0.3;    ///< citizens per kiosk per step, 08:00-11:30
    double kioskRateAfternoon = 0.12; ///< 11:30-17:30
    double channelRate = 0.25;        ///< app actions per step, 07:00-22:00
    double outagePerStep = 0.006;     ///< chance an online kiosk drops off in a step
    bool verbose = false;
};

/** One kiosk of the simulation: its database, clock, services and sync. */
struct SimKiosk
{
    SimKiosk(const std::atomic<qint64> &sim, qint64 skew) : simSecs(sim), skewS(skew) {}

    QDateTime now() const { return fromSecs(simSecs.load() + skewS); }

    void enroll(sim::SimGateway &gw)
    {
        k.enroll(gw.url(), gw.enrollToken(point), gw.pin());
        auto clock = [this] { return now(); };
        submissions = std::make_unique<SubmissionService>(*k.db, clock);
        bookings = std::make_unique<BookingService>(*k.db, *submissions, clock);
        auto e = SyncEngine::open(*k.db, {}, clock);
        REQUIRE(e.ok());
        engine = std::move(e.value());
    }
    /** What jiujin-syncd does in one cycle: drain, then slots and leases. */
    void sync()
    {
        const DrainResult r = engine->drain();
        INFO(r.error.toStdString());
        REQUIRE(r.complete);
        auto run = LeaseKeeper(*k.db, *engine, [this] { return now(); }).run();
        INFO(run.error().message.toStdString());
        REQUIRE(run.ok());
        ++syncs;
    }
    BookingForm form(const QString &slot) const
    {
        BookingForm f;
        f.itemCode = TestKiosk::unemployment().itemCode;
        f.slot = slot;
        f.name = QStringLiteral("巴特尔");
        f.phone = QStringLiteral("139 4751 2386");
        return f;
    }

    const std::atomic<qint64> &simSecs;
    qint64 skewS;
    live::Kiosk k;
    std::unique_ptr<SubmissionService> submissions;
    std::unique_ptr<BookingService> bookings;
    std::unique_ptr<SyncEngine> engine;
    bool online = true;
    qint64 offlineUntil = 0;
    int syncs = 0;
    QStringList tickets; ///< every ticket made here (cancelled and replaced ones too)
};

struct Figures
{
    int offered = 0, used = 0, other = 0, stranded = 0, leasedUnused = 0;
    int confirmedHere = 0, requested = 0, declined = 0, turnedAway = 0, cancels = 0,
        reschedules = 0, channelBooked = 0, channelFull = 0, channelCancelled = 0;
    int invariantChecks = 0;
    double strandedPct() const { return offered ? 100.0 * stranded / offered : 0.0; }
};

quint32 seedFromEnv(quint32 fallback)
{
    const QByteArray env = qgetenv("JIUJIN_BOOKING_SEED");
    bool ok = false;
    const quint32 s = env.toUInt(&ok);
    return ok ? s : fallback;
}

Figures simulate(Params p)
{
    // Sync and intake log every request: thousands of lines say nothing here.
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false\njiujin.*.warning=false"));
    std::printf("booking simulation: seed %u (JIUJIN_BOOKING_SEED), %d kiosks, %d days, %d-minute "
                "steps\n",
                p.seed, p.kiosks, p.days, p.stepMinutes);
    std::fflush(stdout);
    std::mt19937 rng(p.seed);
    auto chance = [&rng](double pr) {
        return std::uniform_real_distribution<double>(0, 1)(rng) < pr;
    };
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    auto poisson = [&rng](double mean) { return std::poisson_distribution<int>(mean)(rng); };

    // 00:00 in Naiman on the Monday of a fully open working week about four weeks back: central's
    // server certificate, made at the simulated time, is then valid at the real clock the kiosks'
    // TLS judges it by, whatever day the test runs (the result depends only on the weekdays).
    const QDate firstDay = sim::openMondayAfter(
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(protocol::chinaUtcOffsetSeconds).date(),
        -28);
    std::atomic<qint64> simSecs{local(firstDay, 0).toSecsSinceEpoch()};
    const qint64 endSecs = local(firstDay.addDays(p.days), 0).toSecsSinceEpoch();
    QTemporaryDir gwDir;
    REQUIRE(gwDir.isValid());
    sim::SimGateway gw(gwDir.path(), [&simSecs] { return fromSecs(simSecs.load()); });
    const QString channel = gw.channelToken();

    std::vector<std::unique_ptr<SimKiosk>> kiosks;
    for (int i = 0; i < p.kiosks; ++i) {
        // Kiosk clocks are off central's by up to 4 minutes either way: expiry is judged on
        // central time as learned from the gateway.
        kiosks.push_back(std::make_unique<SimKiosk>(simSecs, qint64(pick(481)) - 240));
        kiosks.back()->enroll(gw);
        kiosks.back()->sync();
    }

    Figures f;
    std::map<QString, QString> channelBookings; // id -> slot, active
    int channelRef = 0;

    auto workingSlots = [&](SimKiosk &s, QDate day) {
        QList<BookingSlot> out;
        for (const BookingSlot &b : s.bookings->daySlots(day))
            out.append(b);
        return out;
    };

    // A citizen at kiosk @p s: a slot on one of the next days (nearer days likelier); booked on
    // the lease there, else another slot with seats here that day, else a request if central's
    // pool had seats, else turned away.
    auto citizenBooks = [&](SimKiosk &s) {
        const QList<BookingDay> strip = s.bookings->days();
        if (strip.isEmpty())
            return;
        const int dayIndex = std::min<int>(int(strip.size()) - 1, std::min(pick(3), pick(7)));
        const QList<BookingSlot> daySlotList = workingSlots(s, strip.at(dayIndex).date);
        if (daySlotList.isEmpty())
            return;
        const BookingSlot wanted = daySlotList.at(pick(int(daySlotList.size())));
        QList<BookingSlot> order{wanted};
        for (const BookingSlot &b : daySlotList)
            if (b.id != wanted.id && b.canBook())
                order.append(b);
        for (const BookingSlot &b : order) {
            auto t = s.bookings->book(s.form(b.id));
            if (t) {
                s.tickets.append(t->ticket);
                ++f.confirmedHere;
                return;
            }
            REQUIRE(t.error().code == Error::Full);
        }
        for (const BookingSlot &b : order) {
            if (!b.canRequest())
                continue;
            auto t = s.bookings->request(s.form(b.id));
            if (t) {
                s.tickets.append(t->ticket);
                ++f.requested;
                // Online, jiujin-syncd sends it at once (the database watch): central decides
                // while the citizen is still at the screen.
                if (s.online)
                    REQUIRE(s.engine->drain().complete);
                return;
            }
            REQUIRE(t.error().code == Error::Full);
        }
        ++f.turnedAway;
    };
    auto activeTickets = [&](SimKiosk &s) {
        QStringList out;
        const QDateTime central = s.bookings->centralNow();
        for (const QString &t : s.tickets) {
            const auto st = s.bookings->status(t);
            REQUIRE(st.has_value());
            if ((st->booking.state == QLatin1String("confirmed") ||
                 st->booking.state == QLatin1String("requested")) &&
                st->booking.slotStart > central)
                out.append(t);
        }
        return out;
    };
    auto citizenCancels = [&](SimKiosk &s) {
        const QStringList active = activeTickets(s);
        if (active.isEmpty())
            return;
        auto r = s.bookings->cancel(active.at(pick(int(active.size()))));
        INFO(r.error().message.toStdString());
        REQUIRE(r.ok());
        ++f.cancels;
    };
    auto citizenReschedules = [&](SimKiosk &s) {
        const QStringList active = activeTickets(s);
        if (active.isEmpty())
            return;
        const QString ticket = active.at(pick(int(active.size())));
        const QList<BookingDay> strip = s.bookings->days();
        if (strip.isEmpty())
            return;
        const QString oldSlot = s.bookings->status(ticket)->booking.slot;
        for (const BookingSlot &b : workingSlots(s, strip.at(pick(int(strip.size()))).date)) {
            if (!b.canBook() || b.id == oldSlot)
                continue;
            auto t = s.bookings->reschedule(ticket, s.form(b.id));
            INFO(t.error().message.toStdString());
            REQUIRE(t.ok());
            s.tickets.append(t->ticket);
            ++f.reschedules;
            return;
        }
    };
    auto appActs = [&]() {
        if (!channelBookings.empty() && chance(0.25)) {
            auto it = channelBookings.begin();
            std::advance(it, pick(int(channelBookings.size())));
            REQUIRE(gw.channelCancel(channel, it->first));
            channelBookings.erase(it);
            ++f.channelCancelled;
            return;
        }
        // Any slot of the next 5 days, through central's list (what the app shows).
        const QList<sim::SlotCount> open = gw.stats(point, localDate(simSecs.load()), 5);
        QList<sim::SlotCount> ahead;
        for (const sim::SlotCount &c : open)
            if (c.start.toSecsSinceEpoch() > simSecs.load())
                ahead.append(c);
        if (ahead.isEmpty())
            return;
        const sim::SlotCount &c = ahead.at(pick(int(ahead.size())));
        const auto id = gw.channelBook(channel, c.id, QStringLiteral("app-%1").arg(++channelRef));
        if (id) {
            channelBookings.emplace(*id, c.id);
            ++f.channelBooked;
        } else {
            ++f.channelFull;
        }
    };
    auto checkCentral = [&]() {
        for (const sim::SlotCount &c : gw.stats(point, localDate(simSecs.load()), 12)) {
            const QString broken = gw.checkInvariant(c.id);
            INFO("at " << fromSecs(simSecs.load()).toString(Qt::ISODate).toStdString() << " slot "
                       << c.id.toStdString());
            REQUIRE(broken.isEmpty());
            REQUIRE(c.leased + c.other <= c.capacity);
            REQUIRE(c.used <= c.leased);
            REQUIRE(c.leased <= c.leasable); // the pool's share is never leased
            ++f.invariantChecks;
        }
    };

    const qint64 step = qint64(p.stepMinutes) * 60;
    for (; simSecs.load() < endSecs; simSecs += step) {
        const qint64 now = simSecs.load();
        const QTime t = localTime(now);
        const bool open = t >= QTime(8, 0) && t < QTime(17, 30);
        const bool morning = t < QTime(11, 30);
        const bool awake = t >= QTime(6, 0) && t < QTime(19, 0);
        for (auto &kp : kiosks) {
            SimKiosk &s = *kp;
            // Outages: from half an hour to most of a day; the kiosk comes back and syncs.
            if (s.online && chance(p.outagePerStep)) {
                s.online = false;
                s.offlineUntil = now + 60 * std::uniform_int_distribution<int>(30, 14 * 60)(rng);
            } else if (!s.online && now >= s.offlineUntil) {
                s.online = true;
                s.sync();
            }
            if (open) {
                const int arrivals = poisson(morning ? p.kioskRateMorning : p.kioskRateAfternoon);
                for (int a = 0; a < arrivals; ++a) {
                    const int what = pick(100);
                    if (what < 78)
                        citizenBooks(s);
                    else if (what < 92)
                        citizenCancels(s);
                    else
                        citizenReschedules(s);
                }
            }
            // jiujin-syncd: every 30 minutes by day, every 2 hours by night.
            const qint64 period = awake ? 1800 : 7200;
            if (s.online && (now % period) == 0)
                s.sync();
        }
        if (t >= QTime(7, 0) && t < QTime(22, 0)) {
            for (int a = poisson(p.channelRate); a > 0; --a)
                appActs();
        }
        checkCentral();
    }

    // Everyone back online and synced (twice: the settles answered, then nothing left).
    for (auto &kp : kiosks) {
        kp->online = true;
        kp->sync();
    }
    for (auto &kp : kiosks)
        kp->sync();
    checkCentral();

    // No confirmed booking lost, every confirmed ticket honoured (exactly once, seat counted).
    QHash<QString, int> storedTimes;
    QHash<QString, QString> storedStatus, storedReason;
    for (const sim::StoredRecord &r : gw.records()) {
        ++storedTimes[r.device + u'/' + r.uuid];
        storedStatus.insert(r.uuid, r.status);
        storedReason.insert(r.uuid, r.reason);
    }
    for (auto it = storedTimes.cbegin(); it != storedTimes.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == 1);
    }
    QHash<QString, sim::CentralBooking> central;
    for (const sim::CentralBooking &b : gw.bookings(point))
        central.insert(b.id, b);
    std::map<QString, int> kioskLeaseSeats, kioskRequestSeats; // slot -> seats held per kiosks
    for (auto &kp : kiosks) {
        SimKiosk &s = *kp;
        REQUIRE(OutboxStore(*s.k.db).pending(10).isEmpty());
        for (const QString &ticket : s.tickets) {
            const auto st = s.bookings->status(ticket);
            REQUIRE(st.has_value());
            const Booking &b = st->booking;
            INFO("ticket " << ticket.toStdString() << " " << b.state.toStdString() << " on "
                           << b.slot.toStdString()
                           << " central: " << storedStatus.value(b.uuid).toStdString() << " "
                           << storedReason.value(b.uuid).toStdString());
            // Whatever its state now, a booking ever confirmed on the lease reached central.
            if (b.lease) {
                CHECK(storedStatus.value(b.uuid) == QLatin1String("accepted"));
                CHECK(central.contains(b.uuid));
                CHECK(central.value(b.uuid).source == QLatin1String("kiosk-lease"));
            }
            const bool holds = b.state == QLatin1String("confirmed") ||
                               b.state == QLatin1String("checked_in") ||
                               b.state == QLatin1String("no_show");
            if (holds) {
                CHECK(storedStatus.value(b.uuid) == QLatin1String("accepted"));
                CHECK(central.contains(b.uuid));
                CHECK_FALSE(central.value(b.uuid).cancelled);
                (b.lease ? kioskLeaseSeats : kioskRequestSeats)[b.slot] += 1;
            }
            if (b.state == QLatin1String("declined"))
                CHECK(storedReason.value(b.uuid) == QLatin1String("no seats"));
            if (b.state == QLatin1String("cancelled") && central.contains(b.uuid))
                CHECK(central.value(b.uuid).cancelled);
            if (b.state == QLatin1String("declined"))
                ++f.declined;
        }
        // Nothing rejected but declined requests and cancels of them: never "lease exceeded".
        for (const QString &ticket : s.tickets) {
            const QString uuid = s.bookings->status(ticket)->booking.uuid;
            if (storedStatus.value(uuid) == QLatin1String("rejected"))
                CHECK(storedReason.value(uuid) == QLatin1String("no seats"));
        }
    }
    for (auto it = storedReason.cbegin(); it != storedReason.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() != QLatin1String("lease exceeded"));
        CHECK(it.value() != QLatin1String("invariant"));
    }

    // Every seat accounted for, slot by slot: central's counts are the kiosks' and the app's.
    std::map<QString, int> channelSeats;
    for (const auto &[id, slot] : channelBookings)
        channelSeats[slot] += 1;
    const QList<sim::SlotCount> all = gw.stats(point, firstDay, p.days + 14);
    REQUIRE(!all.isEmpty());
    for (const sim::SlotCount &c : all) {
        INFO("slot " << c.id.toStdString() << " capacity " << c.capacity << " leased " << c.leased
                     << " used " << c.used << " other " << c.other << " free " << c.free
                     << " stranded " << c.stranded);
        CHECK(c.used + c.other <= c.capacity); // never overbooked
        CHECK(c.used == kioskLeaseSeats[c.id]);
        CHECK(c.other == kioskRequestSeats[c.id] + channelSeats[c.id]);
        const int leasedUnused = c.leased - c.used;
        CHECK(leasedUnused >= 0);
        // Stranded: seats held unused through the slot's start (or still held after expiry);
        // historical, so bounded by the seats nobody used, not by what is held now.
        CHECK(c.stranded <= c.capacity - c.used - c.other);
        CHECK(c.capacity == c.free + c.used + c.other + leasedUnused);
        if (c.start.toSecsSinceEpoch() < endSecs) { // slots of the simulated week
            f.offered += c.capacity;
            f.used += c.used;
            f.other += c.other;
            f.stranded += c.stranded;
            f.leasedUnused += leasedUnused;
        }
    }

    int syncs = 0;
    for (auto &kp : kiosks)
        syncs += kp->syncs;
    std::printf(
        "booking simulation: seats offered %d, used %d (kiosk leases %d, other channels and "
        "requests %d), stranded %d (%.1f%%), held unused %d\n",
        f.offered, f.used + f.other, f.used, f.other, f.stranded, f.strandedPct(), f.leasedUnused);
    std::printf("booking simulation: kiosks confirmed %d, requested %d (declined %d), turned away "
                "%d, cancels %d, reschedules %d; app booked %d, full %d, cancelled %d; %d syncs, "
                "%d invariant checks\n",
                f.confirmedHere, f.requested, f.declined, f.turnedAway, f.cancels, f.reschedules,
                f.channelBooked, f.channelFull, f.channelCancelled, syncs, f.invariantChecks);
    std::fflush(stdout);
    QLoggingCategory::setFilterRules(QString());
    return f;
}

} // namespace

TEST_CASE("Booking simulation: a week, five kiosks going offline, the app competing",
          "[sync-booking-sim]")
{
    Params p;
    p.seed = seedFromEnv(p.seed);
    const Figures f = simulate(p);
    // The streams did what a simulation needs: contention, offline confirmations, declines.
    CHECK(f.confirmedHere > 50);
    CHECK(f.cancels > 0);
    CHECK(f.reschedules > 0);
    CHECK(f.channelBooked > 0);
    CHECK(f.invariantChecks > 1000);
    CHECK(f.offered == 5 * 13 * 4);
    // The leasing policy (PROTOCOL.md, "POST /v1/leases"): kiosks give spare seats back a day
    // ahead, so one offline at a cutoff strands little, and the app is never starved.
    CHECK(f.strandedPct() <= 5.0);
    CHECK(f.channelBooked > f.channelFull);
}

TEST_CASE("Booking simulation, longer: the stranded share", "[.booking-sim-bench]")
{
    Params p;
    p.seed = seedFromEnv(p.seed);
    p.kiosks = 8;
    p.days = 14;
    const Figures f = simulate(p);
    std::printf("stranded %.1f%% (aim <= 5%%)\n", f.strandedPct());
    CHECK(f.offered > 0);
    CHECK(f.strandedPct() <= 5.0);
}
