// Appointment booking end to end (PROTOCOL.md, "Booking"; DESIGN 4.6): the real jiujin-gateway,
// an enrolled kiosk and jiujin-syncd --once. Every process runs under faketime at one offset (the
// Monday of a working week a week or two ahead of today, 06:00:30 in Naiman, then later that
// week), and the kiosk's BookingService reads the same shifted clock, so the slots and cutoffs are
// the same on every run. The week is ahead of the real clock: the gateway's server certificate,
// made at the real time, is valid at the faked one.
#include "bookingservice.h"
#include "bookingstore.h"
#include "database.h"
#include "leasekeeper.h"
#include "liveharness.h"
#include "outboxstore.h"
#include "simgateway.h"
#include "slots.h"
#include "submissionservice.h"

#include <httplib.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jiujin;
using namespace live;

namespace {

const QString point = QStringLiteral("150525203000-01");
const QDate monday = sim::openMondayAfter(
    QDateTime::currentDateTimeUtc().toOffsetFromUtc(protocol::chinaUtcOffsetSeconds).date(), 7);
const QDate tuesday = monday.addDays(1);

QDateTime local(QDate d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), Qt::OffsetFromUTC, protocol::chinaUtcOffsetSeconds).toUTC();
}

QString slotAt(QDate d, int h, int m = 0)
{
    return protocol::slotId(point, local(d, h, m));
}

/** Central's time for the processes and the kiosk: the wall clock shifted by a fixed offset. */
struct FakeClock
{
    explicit FakeClock(const QDateTime &target)
        : offsetS(QDateTime::currentDateTimeUtc().secsTo(target))
    {
    }
    void jumpTo(const QDateTime &target)
    {
        offsetS = QDateTime::currentDateTimeUtc().secsTo(target);
    }
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(offsetS); }
    /** libfaketime preloaded directly (not the faketime program: it forks, and a SIGTERM to it
     *  would leave the gateway running). */
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = fakeTimeEnv();
        e.insert(QStringLiteral("LD_PRELOAD"),
                 QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"));
        e.insert(QStringLiteral("FAKETIME"),
                 fakeTimeFromNow(QDateTime::currentDateTimeUtc().secsTo(now())));
        return e;
    }
    qint64 offsetS;
};

/** One row of `jiujin-gateway slots`: capacity, leased, booked (other), free, stranded. */
struct SlotLine
{
    int capacity = -1, leased = -1, other = -1, free = -1, stranded = -1;
};

/** The booking test's world: gateway, kiosk, and the clock they share. */
struct BookingWorld
{
    BookingWorld()
        : clock(local(monday, 6).addSecs(30)), gw(k.dir.filePath(QStringLiteral("gateway")))
    {
        gw.start(0, {}, clock.env());
        k.enroll(gw.url(),
                 gwcli({QStringLiteral("token"), QStringLiteral("create"),
                        QStringLiteral("--point"), point})
                     .trimmed()
                     .split('\n')
                     .last(),
                 gw.pin());
        submissions = std::make_unique<SubmissionService>(*k.db, [this] { return clock.now(); });
        bookings =
            std::make_unique<BookingService>(*k.db, *submissions, [this] { return clock.now(); });
    }

    /** jiujin-gateway @p args on the data directory, at the shared fake time; its stdout. */
    QString gwcli(QStringList args)
    {
        args << QStringLiteral("--data-dir") << gw.dir();
        QByteArray out;
        const int rc = run(GatewayProcess::exe(), args, &out, clock.env());
        INFO(out.toStdString());
        REQUIRE(rc == 0);
        return QString::fromUtf8(out);
    }
    int syncd(QByteArray *out = nullptr) { return k.syncd(out, {}, clock.env()); }
    /** `jiujin-gateway slots` for one slot. */
    SlotLine central(const QString &slot)
    {
        const QString from = slot.section(u'/', 1).left(10);
        for (const QString &line :
             gwcli({QStringLiteral("slots"), QStringLiteral("--point"), point,
                    QStringLiteral("--from"), from, QStringLiteral("--days"), QStringLiteral("1")})
                 .split(u'\n')) {
            const QStringList c = line.split(u'\t');
            if (c.size() == 6 && c.at(0) == slot)
                return {c.at(1).toInt(), c.at(2).toInt(), c.at(3).toInt(), c.at(4).toInt(),
                        c.at(5).toInt()};
        }
        FAIL("slot " << slot.toStdString() << " not listed by jiujin-gateway slots");
        return {};
    }
    /** ticket (or channel id) -> "source state" as `jiujin-gateway bookings` lists them. */
    QHash<QString, QString> centralBookings()
    {
        QHash<QString, QString> out;
        for (const QString &line :
             gwcli({QStringLiteral("bookings"), QStringLiteral("--point"), point}).split(u'\n')) {
            const QStringList c = line.split(u'\t');
            if (c.size() == 4 && c.at(0) != QLatin1String("ticket"))
                out.insert(c.at(0), c.at(2) + u' ' + c.at(3));
        }
        return out;
    }
    BookingForm form(const QString &slot)
    {
        BookingForm f;
        f.itemCode = TestKiosk::unemployment().itemCode;
        f.slot = slot;
        f.name = QStringLiteral("巴特尔");
        f.phone = QStringLiteral("139 4751 2386");
        f.fromCard = true; // the kiosk's payload then carries "from_card": central must take it
        return f;
    }
    std::optional<BookingSlot> shown(const QString &slot)
    {
        const QDate day = protocol::parseSlotId(slot)
                              ->startUtc.toOffsetFromUtc(protocol::chinaUtcOffsetSeconds)
                              .date();
        for (const BookingSlot &s : bookings->daySlots(day))
            if (s.id == slot)
                return s;
        return std::nullopt;
    }
    QString recordState(const QString &ticket)
    {
        const auto r = OutboxStore(*k.db).byReceipt(ticket);
        REQUIRE(r.has_value());
        return r->state;
    }

    Kiosk k;
    FakeClock clock;
    GatewayProcess gw;
    std::unique_ptr<SubmissionService> submissions;
    std::unique_ptr<BookingService> bookings;
};

/** POST /v1/channel/bookings with a bearer token: the status. */
int channelBook(int port, const QString &token, const QString &slot, const QString &ref)
{
    httplib::SSLClient client("127.0.0.1", port);
    client.enable_server_certificate_verification(false);
    client.set_connection_timeout(10);
    const QByteArray body = protocol::encode(protocol::ChannelBookingRequest{slot, ref});
    auto res =
        client.Post("/v1/channel/bookings", {{"Authorization", "Bearer " + token.toStdString()}},
                    body.toStdString(), "application/json");
    REQUIRE(res);
    return res->status;
}

} // namespace

TEST_CASE("Booking end to end: slots, leases, an offline booking, cancel, requests, settle",
          "[sync-booking]")
{
    BookingWorld w;

    // 1. jiujin-syncd fetches the signed slot list and takes leases.
    QByteArray out;
    REQUIRE(w.syncd(&out) == 0);
    INFO(out.toStdString());
    const QString tue9 = slotAt(tuesday, 9);
    auto shown = w.shown(tue9);
    REQUIRE(shown.has_value());
    CHECK(shown->capacity == 4);
    CHECK(shown->leaseOpen);
    CHECK(shown->seatsHere == 1); // no demand yet: one seat per slot
    CHECK(w.central(tue9).leased == 1);
    CHECK(w.central(tue9).free == 3);
    // Monday 08:30's cutoff (06:30) is within the settle lead: no lease asked for it.
    REQUIRE(w.shown(slotAt(monday, 8, 30)).has_value());
    CHECK_FALSE(w.shown(slotAt(monday, 8, 30))->leaseOpen);
    CHECK_FALSE(BookingStore(*w.k.db).lease(slotAt(monday, 8, 30)).has_value());
    const int cached = int(
        BookingStore(*w.k.db).slotsBetween(local(monday, 0), local(monday, 0).addDays(20)).size());
    CHECK(cached >= 13 * 7);

    SECTION("a tampered slot list is refused and the cache kept")
    {
        auto engine = SyncEngine::open(*w.k.db, {}, [&w] { return w.clock.now(); });
        REQUIRE(engine.ok());
        SyncEngine &e = *engine.value();
        // Central's answer with one seat count changed inside the signed text.
        LeaseKeeper keeper(
            *w.k.db,
            [&e](const jiujin::HttpRequest &r) -> Result<jiujin::HttpReply> {
                auto reply = e.send(r);
                if (reply && r.path.startsWith("/v1/slots")) {
                    auto body = protocol::decodeSignedSlots(reply->body);
                    REQUIRE(body.ok());
                    const qsizetype at = body->text.indexOf("\"capacity\":4");
                    REQUIRE(at > 0);
                    body->text[at + 11] = '9';
                    reply->body = protocol::encode(body.value());
                }
                return reply;
            },
            e.receiptKey(), point, [](qint64) {}, [&w] { return w.clock.now(); });
        auto refreshed = keeper.refreshSlots();
        REQUIRE_FALSE(refreshed.ok());
        CHECK(refreshed.error().code == Error::Corrupt);
        CHECK(BookingStore(*w.k.db)
                  .slotsBetween(local(monday, 0), local(monday, 0).addDays(20))
                  .size() == cached);
        CHECK(w.shown(tue9)->capacity == 4);
        // The untampered answer through the same engine is taken.
        LeaseKeeper honest(
            *w.k.db, [&e](const jiujin::HttpRequest &r) { return e.send(r); }, e.receiptKey(),
            point, [](qint64) {}, [&w] { return w.clock.now(); });
        auto again = honest.refreshSlots();
        INFO(again.error().message.toStdString());
        REQUIRE(again.ok());
        CHECK(again.value() == cached);
    }

    SECTION("the point's item groups reach the kiosk with the slots; other items are refused")
    {
        // Groups must be departments of the published catalogue (plan set refuses others).
        w.gwcli(
            {QStringLiteral("catalogue"), QStringLiteral("publish"), QStringLiteral(JIUJIN_SEED)});
        const QString set =
            w.gwcli({QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--point"),
                     point, QStringLiteral("--capacity"), QStringLiteral("4"),
                     QStringLiteral("--groups"), QStringLiteral("yibao,minzheng")});
        CHECK(set.contains(QStringLiteral("groups yibao,minzheng")));
        REQUIRE(w.syncd(&out) == 0);
        CHECK(BookingStore(*w.k.db).slotGroups() ==
              QStringList{QStringLiteral("yibao"), QStringLiteral("minzheng")});
        CHECK(w.shown(tue9)->seatsHere == 1);          // the slots came in the same list
        auto refused = w.bookings->book(w.form(tue9)); // 失业登记: shebao
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Invalid);
        CHECK(refused.error().message == QStringLiteral("本服务点不受理该事项的预约"));
        CHECK_FALSE(w.bookings->request(w.form(tue9)).ok());

        // Groups cleared at central: every department again after the next pull.
        w.gwcli({QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--point"), point,
                 QStringLiteral("--capacity"), QStringLiteral("4"), QStringLiteral("--groups"),
                 QString()});
        REQUIRE(w.syncd() == 0);
        CHECK(BookingStore(*w.k.db).slotGroups().isEmpty());
        CHECK(w.bookings->book(w.form(tue9)).ok());
    }

    SECTION("offline booking on the lease, delivered later; cancel; requests; settle")
    {
        // 2. The gateway goes away; the kiosk confirms on its lease all the same.
        w.gw.stop();
        auto ticket = w.bookings->book(w.form(tue9));
        INFO(ticket.error().message.toStdString());
        REQUIRE(ticket.ok());
        CHECK(ticket->state == QLatin1String("confirmed"));
        CHECK(w.shown(tue9)->seatsHere == 0);
        auto second = w.bookings->book(w.form(tue9));
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().code == Error::Full);
        CHECK(w.syncd() == 3); // nobody there: retry later
        CHECK(w.recordState(ticket->ticket) == QLatin1String("pending"));

        // 3. Back online: delivered, counted on the lease at central.
        w.gw.start(w.gw.port(), {}, w.clock.env());
        REQUIRE(w.syncd(&out) == 0);
        INFO(out.toStdString());
        CHECK(w.recordState(ticket->ticket) == QLatin1String("accepted"));
        auto listed = w.centralBookings();
        CHECK(listed.value(ticket->ticket) == QLatin1String("kiosk-lease booked"));
        // The lease grows with demand: 1 seat used, so the next target is 2.
        CHECK(w.central(tue9).leased == 2);
        CHECK(w.shown(tue9)->seatsHere == 1);

        // 4. Cancel: the seat is back on the lease here at once, and central sees the cancel.
        REQUIRE(w.bookings->cancel(ticket->ticket).ok());
        CHECK(w.shown(tue9)->seatsHere == 2);
        REQUIRE(w.syncd() == 0);
        CHECK(w.centralBookings().value(ticket->ticket) == QLatin1String("kiosk-lease cancelled"));
        CHECK(w.central(tue9).leased == 2);
        CHECK(w.central(tue9).free == 2);

        // 5. A request confirmed when online (no lease seat asked for: it is a request).
        const QString tue1430 = slotAt(tuesday, 14, 30);
        auto requested = w.bookings->request(w.form(tue1430));
        REQUIRE(requested.ok());
        CHECK(requested->state == QLatin1String("requested"));
        REQUIRE(w.syncd() == 0);
        CHECK(w.bookings->status(requested->ticket)->booking.state == QLatin1String("confirmed"));
        CHECK(w.centralBookings().value(requested->ticket) ==
              QLatin1String("kiosk-request booked"));
        CHECK(w.central(tue1430).other == 1);

        // 6. A request declined when the pool is full: the province's app takes every seat left.
        const QString tue15 = slotAt(tuesday, 15);
        const QString channelToken =
            w.gwcli({QStringLiteral("channel-token"), QStringLiteral("create"),
                     QStringLiteral("--point"), point})
                .trimmed()
                .split(u'\n')
                .last();
        REQUIRE(w.shown(tue15)->poolFree > 0); // the kiosk's cache still offers a request
        int booked = 0;
        for (int i = 0; i < 10; ++i) {
            const int status =
                channelBook(w.gw.port(), channelToken, tue15, QStringLiteral("app-%1").arg(i));
            if (status == 409)
                break;
            REQUIRE(status == 201);
            ++booked;
        }
        CHECK(booked == 3); // 4 seats, 1 leased to the kiosk
        CHECK(channelBook(w.gw.port(), QStringLiteral("jjc_wrong"), tue15, QStringLiteral("x")) ==
              401);
        CHECK(w.central(tue15).free == 0);
        auto declined = w.bookings->request(w.form(tue15));
        REQUIRE(declined.ok());
        REQUIRE(w.syncd() == 0);
        CHECK(w.bookings->status(declined->ticket)->booking.state == QLatin1String("declined"));
        CHECK(w.recordState(declined->ticket) == QLatin1String("rejected"));
        CHECK(w.central(tue15).other == 3);

        // 7. Monday 10:00: Tuesday 09:00 and 09:30 now start within a day. Their spare seats go
        // back to the pool (lowered here first); 09:30 keeps the seat its booking holds.
        const QString tue930 = slotAt(tuesday, 9, 30);
        auto kept = w.bookings->book(w.form(tue930));
        REQUIRE(kept.ok());
        CHECK(w.central(tue9).leased == 2);
        w.gw.stop();
        w.clock.jumpTo(local(monday, 10));
        w.gw.start(w.gw.port(), {}, w.clock.env());
        REQUIRE(w.syncd(&out) == 0);
        INFO(out.toStdString());
        CHECK(w.central(tue9).leased == 0);
        CHECK(w.central(tue9).free == 4);
        CHECK(w.shown(tue9)->seatsHere == 0);
        CHECK(w.central(tue930).leased == 1);
        CHECK(w.shown(tue930)->seatsHere == 0);
        // Further ahead, leases are untouched.
        const QString tue1030 = slotAt(tuesday, 10, 30);
        CHECK(w.central(tue1030).leased == 1);
        CHECK(w.shown(tue1030)->seatsHere == 1);

        // 8. Tuesday 07:05: leases expiring by 07:35 are settled (09:30's cutoff is 07:30): the
        // used seat stays counted, nothing is stranded.
        w.gw.stop();
        w.clock.jumpTo(local(tuesday, 7, 5));
        w.gw.start(w.gw.port(), {}, w.clock.env());
        REQUIRE(w.syncd(&out) == 0);
        CHECK(out.contains("settled"));
        const SlotLine settled = w.central(tue930);
        CHECK(settled.leased == 1);
        CHECK(settled.free == 3);
        CHECK(settled.stranded == 0);
        CHECK(w.central(tue9).stranded == 0);
        const auto lease = BookingStore(*w.k.db).lease(tue930);
        REQUIRE(lease.has_value());
        CHECK(lease->settled());
        CHECK(lease->settleAcked);
        const auto closed = w.shown(tue930);
        REQUIRE(closed.has_value());
        CHECK_FALSE(closed->leaseOpen);
        CHECK(closed->seatsHere == 0);
        CHECK(w.bookings->status(kept->ticket)->booking.state == QLatin1String("confirmed"));
    }
}

TEST_CASE("Booking attendance end to end: a check-in and a no-show reach central exactly once",
          "[sync-booking]")
{
    BookingWorld w;
    QByteArray out;
    REQUIRE(w.syncd(&out) == 0); // slots and a seat leased on each of Tuesday's slots
    const QString tue9 = slotAt(tuesday, 9);
    const QString tue930 = slotAt(tuesday, 9, 30);
    auto came = w.bookings->book(w.form(tue9));
    auto absent = w.bookings->book(w.form(tue930));
    INFO(came.error().message.toStdString() << absent.error().message.toStdString());
    REQUIRE((came.ok() && absent.ok()));
    REQUIRE(w.syncd(&out) == 0);
    REQUIRE(w.recordState(came->ticket) == QLatin1String("accepted"));
    REQUIRE(w.recordState(absent->ticket) == QLatin1String("accepted"));

    // Tuesday 10:31: the citizen of 09:00 is checked in; 09:30's never came (its slot ended
    // more than 30 minutes ago). Every process moves to that time together.
    w.gw.stop();
    w.clock.jumpTo(local(tuesday, 10, 31));
    w.gw.start(w.gw.port(), {}, w.clock.env());
    REQUIRE(w.bookings->checkIn(came->ticket, QStringLiteral("0001")).ok());
    auto marked = w.bookings->markNoShows(w.clock.now(), QStringLiteral("staff:0001"));
    REQUIRE(marked.ok());
    REQUIRE(marked.value() == 1);
    REQUIRE(w.syncd(&out) == 0);
    INFO(out.toStdString());
    // Delivered: both records accepted, nothing left to send.
    const auto states = [&w] {
        QStringList s;
        auto q = w.k.db->prepare(
            "SELECT state FROM outbox WHERE kind = 'booking_attendance' ORDER BY id");
        while (q.step())
            s.append(q.text(0));
        return s;
    };
    CHECK(states() == QStringList{QStringLiteral("accepted"), QStringLiteral("accepted")});
    // A second run sends nothing again, and central holds each once.
    REQUIRE(w.syncd(&out) == 0);
    CHECK(states() == QStringList{QStringLiteral("accepted"), QStringLiteral("accepted")});
    // Central's own rows (read as the file holds them: the gateway's headers stay apart).
    auto central = Database::openRaw(QDir(w.gw.dir()).filePath(QStringLiteral("gateway.db")));
    REQUIRE(central.ok());
    Statement kept = central.value()->prepare(
        "SELECT a.booking, a.state, s.status, s.kind FROM booking_attendance a"
        " JOIN submissions s ON s.device = a.device AND s.uuid = a.record ORDER BY a.slot_start");
    QStringList rows;
    while (kept.step())
        rows.append(kept.text(0) + u' ' + kept.text(1) + u' ' + kept.text(2) + u' ' + kept.text(3));
    CHECK(rows ==
          QStringList{came->uuid + QStringLiteral(" checked_in accepted booking_attendance"),
                      absent->uuid + QStringLiteral(" no_show accepted booking_attendance")});
    Statement records = central.value()->prepare(
        "SELECT count(*) FROM submissions WHERE kind = 'booking_attendance'");
    REQUIRE(records.step());
    CHECK(records.integer(0) == 2); // each once
}
