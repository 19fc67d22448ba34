// The console's bookings page end to end (issue 15, docs/DESIGN.md §13i): a real jiujin-gateway
// (nginx front, TLS with the test PKI) serving console/'s built pages; a kiosk enrolled at
// 150525203000-01 whose jiujin-syncd fetched the signed slots and took leases on them;
// tests/console/bookings.mjs in Debian's Chromium. The page must show the seats central says the
// kiosk leased; the technician's capacity change in the browser must reach the kiosk through
// jiujin-syncd's next signed slot list; and it must be in central's audit chain.
#include "bookingservice.h"
#include "bookingstore.h"
#include "chinatime.h"
#include "database.h"
#include "liveharness.h"
#include "slots.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace jiujin;
using namespace live;

namespace {

const QByteArray password = "correct-horse-battery";
const QString point = QStringLiteral("150525203000-01");

void addOperator(const GatewayProcess &gw, const QStringList &args)
{
    QProcess p;
    p.start(GatewayProcess::exe(), QStringList{QStringLiteral("operator"), QStringLiteral("add")} +
                                       args + QStringList{QStringLiteral("--data-dir"), gw.dir()});
    REQUIRE(p.waitForStarted());
    p.write(password + '\n');
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

} // namespace

TEST_CASE("console: the bookings page, a kiosk's lease shown, a plan changed and seen by the kiosk",
          "[console-bookings]")
{
    REQUIRE(QFile::exists(QStringLiteral(JIUJIN_CONSOLE_DIST "/index.html")));
    REQUIRE(QFile::exists(QStringLiteral("/usr/bin/chromium")));
    Kiosk a; // 150525203000-01
    GatewayProcess gw(a.dir.filePath(QStringLiteral("gateway")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIUJIN_CONSOLE_DIR"), QStringLiteral(JIUJIN_CONSOLE_DIST));
    gw.start(0, {}, env);
    gw.cli({QStringLiteral("catalogue"), QStringLiteral("publish"), QStringLiteral(JIUJIN_SEED)});
    a.enroll(gw.url(), gw.token(), gw.pin());
    REQUIRE(a.syncd() == 0); // slots fetched, leases taken

    // The day: the first working day at least two days ahead, its 08:30 slot; what central
    // says is leased there (by `jiujin-gateway slots`, the command line's own view).
    QDate day = chinaDate(QDateTime::currentDateTimeUtc()).addDays(2);
    while (!WorkCalendar::china().isOpen(day))
        day = day.addDays(1);
    const QString slot = protocol::slotId(point, chinaTime(day, QTime(8, 30)));

    // A citizen books that slot at the kiosk, on its lease; jiujin-syncd delivers it. The
    // console cancels it later (the citizen phoned the township).
    SubmissionService submissions(*a.db);
    BookingService bookings(*a.db, submissions);
    BookingForm form;
    form.itemCode = TestKiosk::unemployment().itemCode;
    form.slot = slot;
    form.name = QStringLiteral("巴特尔");
    form.phone = QStringLiteral("139 4751 2386");
    auto ticket = bookings.book(form);
    INFO(ticket.error().message.toStdString());
    REQUIRE(ticket.ok());
    REQUIRE(a.syncd() == 0);
    REQUIRE(bookings.status(ticket->ticket)->delivery == QLatin1String("accepted"));
    const QByteArray listed =
        gw.cli({QStringLiteral("slots"), QStringLiteral("--point"), point, QStringLiteral("--from"),
                day.toString(Qt::ISODate), QStringLiteral("--days"), QStringLiteral("1")});
    int leased = -1;
    for (const QByteArray &line : listed.split('\n')) {
        const QList<QByteArray> c = line.split('\t');
        if (c.size() == 6 && QString::fromLatin1(c.at(0)) == slot)
            leased = c.at(2).toInt();
    }
    INFO(listed.toStdString());
    REQUIRE(leased >= 0);
    CHECK(leased > 0); // the kiosk holds seats of its own there

    // Another channel's bearer token: the browser test books a seat with it, for a clerk to
    // cancel from the console.
    const QString channelToken =
        QString::fromLatin1(gw.cli({QStringLiteral("channel-token"), QStringLiteral("create"),
                                    QStringLiteral("--point"), point})
                                .trimmed()
                                .split('\n')
                                .last());
    REQUIRE_FALSE(channelToken.isEmpty());
    addOperator(gw,
                {QStringLiteral("tech-1"), QStringLiteral("--role"), QStringLiteral("technician")});
    addOperator(gw, {QStringLiteral("clerk-203"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525203")});
    addOperator(gw, {QStringLiteral("clerk-101"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525101")});

    // 未到 (docs/DESIGN.md §6d): a past day whose kiosk booking its kiosk reported a no-show. A
    // no-show needs its slot started, so the rows are written as central's intake writes them.
    QDate pastDay = chinaDate(QDateTime::currentDateTimeUtc()).addDays(-7);
    while (!WorkCalendar::china().isOpen(pastDay))
        pastDay = pastDay.addDays(-1);
    const QString pastTicket = QStringLiteral("P0830N");
    {
        auto central = Database::openRaw(gw.dir() + QStringLiteral("/gateway.db"));
        REQUIRE(central.ok());
        const QDateTime start = chinaTime(pastDay, QTime(8, 30));
        const QString pastSlot = protocol::slotId(point, start);
        const QString booking = QStringLiteral("5b1e4f3a-0c2d-4e6f-8a9b-1c2d3e4f5a6b");
        Statement slotRow = central.value()->prepare(
            "INSERT INTO booking_slots(id, point, start, end, capacity) VALUES (?, ?, ?, ?, 4)");
        slotRow.bind(1, pastSlot)
            .bind(2, point)
            .bind(3, start.toSecsSinceEpoch())
            .bind(4, start.addSecs(1800).toSecsSinceEpoch());
        REQUIRE(slotRow.run().ok());
        Statement bookingRow = central.value()->prepare(
            "INSERT INTO booking_bookings(id, slot, source, device, ref, ticket, created_at)"
            " SELECT ?, ?, 'kiosk-lease', id, ?, ?, ? FROM devices LIMIT 1");
        bookingRow.bind(1, booking)
            .bind(2, pastSlot)
            .bind(3, booking)
            .bind(4, pastTicket)
            .bind(5, start.addDays(-3).toSecsSinceEpoch());
        REQUIRE(bookingRow.run().ok());
        Statement attendanceRow = central.value()->prepare(
            "INSERT INTO booking_attendance(device, booking, slot, slot_start, state, marked_at,"
            " record, received_at) SELECT id, ?, ?, ?, 'no_show', ?,"
            " '9d3c1b2a-4e5f-4a6b-8c7d-0e1f2a3b4c5d', ? FROM devices LIMIT 1");
        attendanceRow.bind(1, booking)
            .bind(2, pastSlot)
            .bind(3, start.toSecsSinceEpoch())
            .bind(4, start.addSecs(3600).toSecsSinceEpoch())
            .bind(5, start.addSecs(3700).toSecsSinceEpoch());
        REQUIRE(attendanceRow.run().ok());
    }

    // Chromium does not run under libfaketime (tests/timetravel): the browser keeps the real
    // clock; the gateway keeps the shifted one (the console takes dates from central).
    QProcessEnvironment node = QProcessEnvironment::systemEnvironment();
    for (const QString &name : node.keys())
        if (name == QLatin1String("LD_PRELOAD") || name.startsWith(QLatin1String("FAKETIME")))
            node.remove(name);
    const QJsonObject setup{
        {QStringLiteral("url"), gw.url()},
        {QStringLiteral("pin"), gw.pin().mid(QStringLiteral("sha256//").size())},
        {QStringLiteral("password"), QString::fromLatin1(password)},
        {QStringLiteral("point"), point},
        {QStringLiteral("day"), day.toString(Qt::ISODate)},
        {QStringLiteral("slot"), slot},
        {QStringLiteral("leased"), leased},
        {QStringLiteral("channelToken"), channelToken},
        {QStringLiteral("kioskTicket"), ticket->ticket},
        {QStringLiteral("pastDay"), pastDay.toString(Qt::ISODate)},
        {QStringLiteral("pastTicket"), pastTicket},
        {QStringLiteral("screens"), QStringLiteral(JIUJIN_CONSOLE_SCREENS)},
        {QStringLiteral("modules"), QStringLiteral(JIUJIN_CONSOLE_SRC "/node_modules")}};
    node.insert(QStringLiteral("JIUJIN_CONSOLE_TEST"),
                QString::fromUtf8(QJsonDocument(setup).toJson(QJsonDocument::Compact)));
    QByteArray out;
    const int rc = run(QStringLiteral("node"), {QStringLiteral(JIUJIN_CONSOLE_BOOKINGS_TEST)}, &out,
                       node, 90000);
    UNSCOPED_INFO("browser test:\n" << out.toStdString());
    UNSCOPED_INFO("gateway log:\n" << gw.log().toStdString());
    REQUIRE(rc == 0);

    // The kiosk's next sync brings the technician's capacity in the signed slot list, and the
    // booking the clerk cancelled: cancelled here with central's reason (the staff's list and
    // 查进度 read it), its booking_cancel record delivered in the same run.
    QByteArray synced;
    REQUIRE(a.syncd(&synced) == 0);
    INFO(synced.toStdString());
    const auto cancelled = bookings.status(ticket->ticket);
    REQUIRE(cancelled.has_value());
    CHECK(cancelled->booking.state == QLatin1String("cancelled"));
    CHECK(cancelled->booking.cancelReason == QLatin1String("point_closed"));
    CHECK(cancelled->stateText.contains(QStringLiteral("已取消")));
    CHECK(cancelled->stateText.contains(QStringLiteral("服务点临时停办")));
    bool inStaffList = false;
    for (const BookingStatus &s : bookings.today(day))
        inStaffList = inStaffList || (s.booking.ticket == ticket->ticket &&
                                      s.stateText.contains(QStringLiteral("服务点临时停办")));
    CHECK(inStaffList);
    Statement cancelRecord = a.db->prepare("SELECT state FROM outbox WHERE uuid = ?");
    cancelRecord.bind(1, cancelled->booking.cancelUuid);
    REQUIRE(cancelRecord.step());
    CHECK(cancelRecord.text(0) == QLatin1String("accepted"));
    const auto cached = BookingStore(*a.db).slot(slot);
    REQUIRE(cached.has_value());
    CHECK(cached->slot.capacity == 6);
    // The change is in central's audit chain under the technician's name, the chain intact.
    auto db = Database::openRaw(gw.dir() + QStringLiteral("/gateway.db"));
    REQUIRE(db.ok());
    Statement q = db.value()->prepare(
        "SELECT actor, subject, detail FROM audit_log WHERE action = 'booking.plan.set'");
    QStringList changes;
    while (q.step())
        changes.append(q.text(0) + u' ' + q.text(1) + u' ' + q.text(2));
    INFO(changes.join(u'\n').toStdString());
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().startsWith(QStringLiteral("tech-1 ") + point));
    CHECK(changes.first().contains(QStringLiteral("\"capacity\":6")));
    // Central holds the kiosk's booking cancelled (its seat freed by the kiosk's record), the
    // clerk's request audited; the kiosk's next list is empty and a sync changes nothing more.
    Statement b = db.value()->prepare("SELECT cancelled_at IS NOT NULL FROM booking_bookings"
                                      " WHERE ticket = ?");
    b.bind(1, ticket->ticket);
    REQUIRE(b.step());
    CHECK(b.integer(0) == 1);
    Statement req = db.value()->prepare(
        "SELECT actor, detail FROM audit_log WHERE action = 'booking.cancel.request'");
    REQUIRE(req.step());
    CHECK(req.text(0) == QLatin1String("clerk-203"));
    CHECK(req.text(1).contains(QStringLiteral("point_closed")));
    CHECK_FALSE(req.step());
    REQUIRE(a.syncd() == 0);
    CHECK(bookings.status(ticket->ticket)->booking.state == QLatin1String("cancelled"));
    gw.cli({QStringLiteral("audit"), QStringLiteral("verify")}); // exits 0 on an intact chain
}
