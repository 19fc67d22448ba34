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

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

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
    // A second citizen books 10:00 (on the kiosk's lease there); the console moves this one
    // to 09:00 later.
    form.slot = protocol::slotId(point, chinaTime(day, QTime(10, 0)));
    form.name = QStringLiteral("乌云其其格");
    form.phone = QStringLiteral("138 4752 9017");
    auto ticket2 = bookings.book(form);
    INFO(ticket2.error().message.toStdString());
    REQUIRE(ticket2.ok());
    const QString moveSlot = protocol::slotId(point, chinaTime(day, QTime(9, 0)));
    REQUIRE(a.syncd() == 0);
    REQUIRE(bookings.status(ticket2->ticket)->delivery == QLatin1String("accepted"));
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

    // The last working day, a booking of this kiosk that the console asked it to cancel and that it
    // never answered before the slot started (written as central would hold it): the page must say
    // the request was not delivered.
    QDate past = chinaDate(QDateTime::currentDateTimeUtc()).addDays(-1);
    while (!WorkCalendar::china().isOpen(past))
        past = past.addDays(-1);
    const QDateTime pastStart = chinaTime(past, QTime(8, 30));
    const QString pastSlot = protocol::slotId(point, pastStart);
    const QString pastTicket = QStringLiteral("20301-000000-9");
    {
        auto central = Database::openRaw(gw.dir() + QStringLiteral("/gateway.db"));
        REQUIRE(central.ok());
        Statement device = central.value()->prepare(
            "SELECT device FROM device_features WHERE feature = 'booking_cancels'");
        REQUIRE(device.step()); // jiujin-syncd asked for the list
        const QString deviceId = device.text(0);
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Statement slotRow = central.value()->prepare(
            "INSERT INTO booking_slots(id, point, start, end, capacity) VALUES (?, ?, ?, ?, 4)");
        slotRow.bind(1, pastSlot)
            .bind(2, point)
            .bind(3, pastStart.toSecsSinceEpoch())
            .bind(4, pastStart.addSecs(1800).toSecsSinceEpoch());
        REQUIRE(slotRow.run().ok());
        Statement booking = central.value()->prepare(
            "INSERT INTO booking_bookings(id, slot, source, device, ref, ticket, created_at)"
            " VALUES (?, ?, 'kiosk-request', ?, ?, ?, ?)");
        booking.bind(1, uuid)
            .bind(2, pastSlot)
            .bind(3, deviceId)
            .bind(4, uuid)
            .bind(5, pastTicket)
            .bind(6, pastStart.addDays(-3).toSecsSinceEpoch());
        REQUIRE(booking.run().ok());
        Statement request = central.value()->prepare(
            "INSERT INTO booking_cancel_requests(device, booking, slot, slot_start, reason,"
            " operator, requested_at) VALUES (?, ?, ?, ?, 'point_closed', 'clerk-203', ?)");
        request.bind(1, deviceId)
            .bind(2, uuid)
            .bind(3, pastSlot)
            .bind(4, pastStart.toSecsSinceEpoch())
            .bind(5, pastStart.addDays(-2).toSecsSinceEpoch());
        REQUIRE(request.run().ok());
    }

    QTemporaryDir handshake;
    REQUIRE(handshake.isValid());

    // 未到 (docs/DESIGN.md §6d): a past day whose kiosk booking its kiosk reported a no-show. A
    // no-show needs its slot started, so the rows are written as central's intake writes them.
    // A working day before the unanswered request's, so the two past slots never meet.
    QDate noShowDay = past.addDays(-1);
    while (!WorkCalendar::china().isOpen(noShowDay))
        noShowDay = noShowDay.addDays(-1);
    const QString noShowTicket = QStringLiteral("P0830N");
    {
        auto central = Database::openRaw(gw.dir() + QStringLiteral("/gateway.db"));
        REQUIRE(central.ok());
        const QDateTime start = chinaTime(noShowDay, QTime(8, 30));
        const QString noShowSlot = protocol::slotId(point, start);
        const QString booking = QStringLiteral("5b1e4f3a-0c2d-4e6f-8a9b-1c2d3e4f5a6b");
        Statement noShowSlotRow = central.value()->prepare(
            "INSERT INTO booking_slots(id, point, start, end, capacity) VALUES (?, ?, ?, ?, 4)");
        noShowSlotRow.bind(1, noShowSlot)
            .bind(2, point)
            .bind(3, start.toSecsSinceEpoch())
            .bind(4, start.addSecs(1800).toSecsSinceEpoch());
        REQUIRE(noShowSlotRow.run().ok());
        Statement bookingRow = central.value()->prepare(
            "INSERT INTO booking_bookings(id, slot, source, device, ref, ticket, created_at)"
            " SELECT ?, ?, 'kiosk-lease', id, ?, ?, ? FROM devices LIMIT 1");
        bookingRow.bind(1, booking)
            .bind(2, noShowSlot)
            .bind(3, booking)
            .bind(4, noShowTicket)
            .bind(5, start.addDays(-3).toSecsSinceEpoch());
        REQUIRE(bookingRow.run().ok());
        Statement attendanceRow = central.value()->prepare(
            "INSERT INTO booking_attendance(device, booking, slot, slot_start, state, marked_at,"
            " record, received_at) SELECT id, ?, ?, ?, 'no_show', ?,"
            " '9d3c1b2a-4e5f-4a6b-8c7d-0e1f2a3b4c5d', ? FROM devices LIMIT 1");
        attendanceRow.bind(1, booking)
            .bind(2, noShowSlot)
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
        {QStringLiteral("kioskTicket2"), ticket2->ticket},
        {QStringLiteral("kioskSlot2"), form.slot},
        {QStringLiteral("moveSlot"), moveSlot},
        {QStringLiteral("pastDay"), past.toString(Qt::ISODate)},
        {QStringLiteral("handshake"), handshake.path()},
        {QStringLiteral("pastTicket"), pastTicket},
        {QStringLiteral("noShowDay"), noShowDay.toString(Qt::ISODate)},
        {QStringLiteral("noShowTicket"), noShowTicket},
        {QStringLiteral("screens"), QStringLiteral(JIUJIN_CONSOLE_SCREENS)},
        {QStringLiteral("modules"), QStringLiteral(JIUJIN_CONSOLE_SRC "/node_modules")}};
    node.insert(QStringLiteral("JIUJIN_CONSOLE_TEST"),
                QString::fromUtf8(QJsonDocument(setup).toJson(QJsonDocument::Compact)));
    // While the page is open, the browser test asks (a file "ask") for a booking at the kiosk:
    // made here, delivered by jiujin-syncd, its ticket written back ("done") for the page to
    // show after its next refresh.
    QProcess browser;
    browser.setProcessEnvironment(node);
    browser.setProcessChannelMode(QProcess::MergedChannels);
    browser.start(QStringLiteral("node"), {QStringLiteral(JIUJIN_CONSOLE_BOOKINGS_TEST)});
    REQUIRE(browser.waitForStarted(10000));
    QElapsedTimer running;
    running.start();
    std::optional<QString> laterTicket;
    while (!browser.waitForFinished(200)) {
        if (running.elapsed() > 150000) {
            browser.kill();
            browser.waitForFinished(5000);
            FAIL("the browser test took over 150 s:\n" << browser.readAll().toStdString());
        }
        if (laterTicket || !QFile::exists(handshake.filePath(QStringLiteral("ask"))))
            continue;
        form.slot = protocol::slotId(point, chinaTime(day, QTime(11, 0)));
        form.name = QStringLiteral("其木格");
        form.phone = QStringLiteral("150 4753 6628");
        auto later = bookings.book(form);
        INFO(later.error().message.toStdString());
        REQUIRE(later.ok());
        REQUIRE(a.syncd() == 0);
        laterTicket = later->ticket;
        { // written whole, then named: the browser test never reads half of it
            QFile done(handshake.filePath(QStringLiteral("done.part")));
            REQUIRE(done.open(QIODevice::WriteOnly));
            done.write(later->ticket.toUtf8());
        }
        REQUIRE(QFile::rename(handshake.filePath(QStringLiteral("done.part")),
                              handshake.filePath(QStringLiteral("done"))));
    }
    const QByteArray out = browser.readAll();
    const int rc = browser.exitStatus() == QProcess::NormalExit ? browser.exitCode() : -1;
    UNSCOPED_INFO("browser test:\n" << out.toStdString());
    UNSCOPED_INFO("gateway log:\n" << gw.log().toStdString());
    REQUIRE(rc == 0);
    CHECK(laterTicket.has_value());

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
    // The moved booking: cancelled at the kiosk as the citizen's own request (the wire's code),
    // its record delivered; central holds the new booking in 09:00 under the number the clerk
    // read out, and the move in the audit chain once.
    const auto movedAway = bookings.status(ticket2->ticket);
    REQUIRE(movedAway.has_value());
    CHECK(movedAway->booking.state == QLatin1String("cancelled"));
    CHECK(movedAway->booking.cancelReason == QLatin1String("applicant_request"));
    // ... and it knows where the booking went (the list's moved_to), for 查进度 of the old
    // ticket: the number the clerk read out and the new slot.
    CHECK(movedAway->booking.replacedBy.startsWith(QLatin1String("G0900-")));
    CHECK(movedAway->booking.movedSlot == moveSlot);
    CHECK(movedAway->stateText.startsWith(QStringLiteral("已改约")));
    Statement moved = db.value()->prepare(
        "SELECT slot, cancelled_at IS NULL FROM booking_bookings WHERE device = 'console'");
    REQUIRE(moved.step());
    CHECK(moved.text(0) == moveSlot);
    CHECK(moved.integer(1) == 1);
    CHECK_FALSE(moved.step());
    Statement moveAudit =
        db.value()->prepare("SELECT actor, detail FROM audit_log WHERE action = 'booking.move'");
    REQUIRE(moveAudit.step());
    CHECK(moveAudit.text(0) == QLatin1String("clerk-203"));
    CHECK(moveAudit.text(1).contains(moveSlot));
    CHECK_FALSE(moveAudit.step());
    REQUIRE(a.syncd() == 0);
    CHECK(bookings.status(ticket->ticket)->booking.state == QLatin1String("cancelled"));
    gw.cli({QStringLiteral("audit"), QStringLiteral("verify")}); // exits 0 on an intact chain
}
