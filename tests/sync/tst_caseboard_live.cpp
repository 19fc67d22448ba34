// The staff board end to end over real TLS (issue 14, "Back to the kiosk"): a kiosk application
// becomes a case at central; officers move it with `jiujin-gateway case move`; jiujin-syncd pulls
// the case updates; the board (CaseBoardService) lists the case while it waits for the citizen,
// and staff record "材料已收到" and "已交给申请人", which travel up as sealed case_event records
// and move the case at central (CaseEventIntake -> CaseService), audited on central's chain with
// the device and the staff number. Refusals (another point's case, a stage moved on) are answers
// about that record alone.
#include "auditlog.h"
#include "caseboardservice.h"
#include "casestatusstore.h"
#include "database.h"
#include "liveharness.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QJsonObject>
#include <QUuid>

using namespace jiujin;
using namespace live;

namespace {

const QString staff = QStringLiteral("0001");

CaseStatus statusOf(Kiosk &k, const QString &receipt)
{
    auto s = CaseStatusStore(*k.db).status(receipt);
    REQUIRE(s.ok());
    INFO("no case status for " << receipt.toStdString());
    REQUIRE(s.value().has_value());
    return *s.value();
}

/** The board's row of @p receipt, if listed. */
std::optional<BoardCase> boardRow(CaseBoardService &board, const QString &receipt)
{
    auto rows = board.board();
    INFO(rows.error().message.toStdString());
    REQUIRE(rows.ok());
    for (const BoardCase &b : rows.value())
        if (b.status.receipt == receipt)
            return b;
    return std::nullopt;
}

void addOperator(const GatewayProcess &gw, const QStringList &args)
{
    QProcess p;
    p.start(GatewayProcess::exe(), QStringList{QStringLiteral("operator"), QStringLiteral("add")} +
                                       args + QStringList{QStringLiteral("--data-dir"), gw.dir()});
    REQUIRE(p.waitForStarted());
    p.write("correct-horse-battery\n");
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

/** Moves the case as the operator whose role makes that move (clerk: accept, correction,
 *  hand-over; officer: review and decide). */
void move(const GatewayProcess &gw, const QString &receipt, const QString &stage,
          const QStringList &extra = {}, const QString &clerkId = QStringLiteral("clerk-1"))
{
    const bool clerk = stage == QLatin1String("accepted") || stage == QLatin1String("correction") ||
                       stage == QLatin1String("delivered");
    gw.cli(QStringList{QStringLiteral("case"), QStringLiteral("move"), receipt, stage,
                       QStringLiteral("--operator"),
                       clerk ? clerkId : QStringLiteral("officer-1")} +
           extra);
}

QString department(const GatewayProcess &gw, const QString &receipt)
{
    for (const QByteArray &line :
         gw.cli({QStringLiteral("case"), QStringLiteral("show"), receipt}).split('\n'))
        if (line.startsWith("department\t"))
            return QString::fromUtf8(line.mid(11));
    return {};
}

/** The `material` lines of `case show`. */
QList<QByteArray> materialLines(const GatewayProcess &gw, const QString &receipt)
{
    QList<QByteArray> out;
    for (const QByteArray &line :
         gw.cli({QStringLiteral("case"), QStringLiteral("show"), receipt}).split('\n'))
        if (line.startsWith("material\t"))
            out.append(line);
    return out;
}

/** Central's audit entries (actor, action) naming @p subject, read from its database. */
QList<QPair<QString, QString>> centralAudit(const GatewayProcess &gw, const QString &subject)
{
    auto db = Database::openRaw(QDir(gw.dir()).filePath(QStringLiteral("gateway.db")));
    REQUIRE(db.ok());
    auto s =
        db.value()->prepare("SELECT actor, action FROM audit_log WHERE subject = ? ORDER BY seq");
    s.bind(1, subject);
    QList<QPair<QString, QString>> out;
    while (s.step())
        out.append({s.text(0), s.text(1)});
    return out;
}

/** Queues a case_event record as a kiosk would, bypassing the board's own checks (to prove
 *  central's). */
QString queueEvent(Kiosk &k, const QString &receipt, const QString &itemCode,
                   const QJsonObject &extra)
{
    SubmissionService submissions(*k.db);
    OutboxRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.kind = QStringLiteral("case_event");
    r.refersTo = receipt;
    r.itemCode = itemCode;
    r.pointCode = k.store->setting(QStringLiteral("point"));
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.staffId = staff;
    Transaction tx(*k.db);
    REQUIRE(tx.begun().ok());
    REQUIRE(submissions.queueSealed(r, "{}", QStringLiteral("staff:0001"), extra).ok());
    REQUIRE(tx.commit().ok());
    return r.uuid;
}

} // namespace

TEST_CASE("staff board: 待补正, material received here, 待领取, handed over; refusals alone",
          "[sync-caseboard]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    gw.cli({QStringLiteral("catalogue"), QStringLiteral("publish"), QStringLiteral(JIUJIN_SEED)});
    k.enroll(gw.url(), gw.token(), gw.pin());
    SubmissionService submissions(*k.db);
    CaseBoardService board(*k.db, submissions);

    // 已提交: the application reaches central and becomes a case; nothing waits for the citizen.
    const QString uuid = k.queue(1).first();
    REQUIRE(k.syncd() == 0);
    const QString receipt = k.accepted().value(uuid);
    REQUIRE(receipt.startsWith(QLatin1String("NM")));
    CHECK_FALSE(boardRow(board, receipt).has_value());
    const QString dept = department(gw, receipt);
    REQUIRE_FALSE(dept.isEmpty());
    addOperator(gw, {QStringLiteral("clerk-1"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525203")});
    addOperator(gw, {QStringLiteral("officer-1"), QStringLiteral("--role"),
                     QStringLiteral("officer"), QStringLiteral("--department"), dept});

    // The clerk records the 容缺 material the citizen promised, then asks for it as 补正.
    const QDate today = WorkCalendar::chinaDate(QDateTime::currentDateTimeUtc());
    const QString photo = QStringLiteral("近期免冠照片");
    const QDate due = WorkCalendar::china().addWorkingDays(today, 2);
    gw.cli({QStringLiteral("case"), QStringLiteral("promise"), receipt,
            QStringLiteral("--material"), photo, QStringLiteral("--kind"),
            QStringLiteral("rongque"), QStringLiteral("--due"), due.toString(Qt::ISODate),
            QStringLiteral("--operator"), QStringLiteral("clerk-1")});
    move(gw, receipt, QStringLiteral("correction"),
         {QStringLiteral("--materials"), photo, QStringLiteral("--due"), due.toString(Qt::ISODate),
          QStringLiteral("--reason"), QStringLiteral("缺少照片")});
    REQUIRE(k.syncd() == 0);
    // 查进度 has what to bring and by when; the board lists the case with the kiosk's receipt.
    CaseStatus s = statusOf(k, receipt);
    CHECK(s.stage == QLatin1String("correction"));
    CHECK(s.materials == QStringList{photo});
    CHECK(s.materialsDue == due);
    auto row = boardRow(board, receipt);
    REQUIRE(row.has_value());
    CHECK(row->correction);
    CHECK(row->kioskReceipt == OutboxStore(*k.db).sealed(uuid)->receipt);
    REQUIRE(row->dueSoon.size() == 1);
    CHECK(row->dueSoon.at(0).name == photo);

    // The citizen brings the photo to the point: staff record it; the board says so until the
    // case update comes back.
    auto received = board.materialReceived(receipt, photo, QStringLiteral("rongque"), staff);
    INFO(received.error().message.toStdString());
    REQUIRE(received.ok());
    CHECK(boardRow(board, receipt)->recorded == QStringList{photo});
    REQUIRE(k.syncd() == 0);
    CHECK(k.state(received.value()) == QLatin1String("accepted"));
    const QList<QByteArray> materials = materialLines(gw, receipt);
    REQUIRE(materials.size() == 1);
    CHECK(materials.at(0).contains("received"));
    CHECK(materials.at(0).contains("150525203000-01"));
    s = statusOf(k, receipt);
    CHECK(s.pending.isEmpty());
    row = boardRow(board, receipt);
    REQUIRE(row.has_value()); // still 待补正 until the clerk accepts it
    CHECK(row->recorded.isEmpty());
    CHECK(row->dueSoon.isEmpty());
    const QString actor = QStringLiteral("device:%1/staff:0001").arg(k.deviceId);
    const QString caseNumber = QStringLiteral("BJ") + receipt.mid(2);
    CHECK(centralAudit(gw, caseNumber)
              .contains(qMakePair(actor, QStringLiteral("case.material.receive"))));

    // 已受理 → 审查中 → 办结 准予 → 待领取: the board lists the result waiting here.
    move(gw, receipt, QStringLiteral("accepted"));
    move(gw, receipt, QStringLiteral("review"));
    move(gw, receipt, QStringLiteral("approved"));
    REQUIRE(k.syncd() == 0);
    CHECK(statusOf(k, receipt).stage == QLatin1String("approved"));
    CHECK_FALSE(boardRow(board, receipt).has_value());
    move(gw, receipt, QStringLiteral("ready_for_pickup"));
    REQUIRE(k.syncd() == 0);
    row = boardRow(board, receipt);
    REQUIRE(row.has_value());
    CHECK(row->pickup);

    // Handed over at the point: 已送达 at central, and off the board.
    auto handed = board.handedOver(receipt, staff);
    REQUIRE(handed.ok());
    CHECK(boardRow(board, receipt)->handOverRecorded);
    REQUIRE(k.syncd() == 0);
    CHECK(k.state(handed.value()) == QLatin1String("accepted"));
    CHECK(statusOf(k, receipt).stage == QLatin1String("delivered"));
    CHECK_FALSE(boardRow(board, receipt).has_value());
    CHECK(centralAudit(gw, caseNumber).contains(qMakePair(actor, QStringLiteral("case.move"))));

    // Refusals. Another point's case: a second kiosk at another township's point applies.
    Kiosk other;
    const QString otherToken =
        QString::fromLatin1(gw.cli({QStringLiteral("token"), QStringLiteral("create"),
                                    QStringLiteral("--point"), QStringLiteral("150525101000-01")})
                                .trimmed()
                                .split('\n')
                                .last());
    other.enroll(gw.url(), otherToken, gw.pin());
    REQUIRE(
        other.store->setSetting(QStringLiteral("point"), QStringLiteral("150525101000-01")).ok());
    const QString otherUuid = other.queue(1).first();
    REQUIRE(other.syncd() == 0);
    const QString otherReceipt = other.accepted().value(otherUuid);
    REQUIRE(otherReceipt.startsWith(QLatin1String("NM")));
    addOperator(gw, {QStringLiteral("clerk-2"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525101")});
    move(gw, otherReceipt, QStringLiteral("accepted"), {}, QStringLiteral("clerk-2"));
    move(gw, otherReceipt, QStringLiteral("review"));
    move(gw, otherReceipt, QStringLiteral("approved"));
    move(gw, otherReceipt, QStringLiteral("ready_for_pickup"));

    // A second application of this point, at 待领取; a central clerk hands it over at the window
    // while the kiosk's own hand-over is still queued (the stage moved on meanwhile).
    const QString second = k.queue(1).first();
    REQUIRE(k.syncd() == 0);
    const QString secondReceipt = k.accepted().value(second);
    for (const char *stage : {"accepted", "review", "approved", "ready_for_pickup"})
        move(gw, secondReceipt, QString::fromLatin1(stage));
    REQUIRE(k.syncd() == 0);
    REQUIRE(boardRow(board, secondReceipt).has_value());
    auto late = board.handedOver(secondReceipt, staff);
    REQUIRE(late.ok());
    move(gw, secondReceipt, QStringLiteral("delivered"));
    const QString foreign = queueEvent(k, otherReceipt, statusOf(k, secondReceipt).item,
                                       {{QStringLiteral("action"), QStringLiteral("handed_over")}});
    // And an application queued behind both: refusals never hold up the rest.
    const QString behind = k.queue(1).first();
    const int storedBefore = int(gw.submissions().size());
    REQUIRE(k.syncd() == 0);
    CHECK(k.state(late.value()) == QLatin1String("rejected"));
    CHECK(k.state(foreign) == QLatin1String("rejected"));
    CHECK(k.state(behind) == QLatin1String("accepted"));
    CHECK(int(gw.submissions().size()) == storedBefore + 3);
    const QString lateReason = OutboxStore(*k.db).sealed(late.value())->reason;
    INFO(lateReason.toStdString());
    CHECK(lateReason.contains(QStringLiteral("已送达")));
    const QString foreignReason = OutboxStore(*k.db).sealed(foreign)->reason;
    INFO(foreignReason.toStdString());
    CHECK(foreignReason.contains(QStringLiteral("本服务点没有")));
    // Another point's case is untouched, and says nothing of its stage to this device.
    CHECK_FALSE(foreignReason.contains(QStringLiteral("待领取")));
    bool otherStillWaiting = false;
    for (const QByteArray &line :
         gw.cli({QStringLiteral("case"), QStringLiteral("show"), otherReceipt}).split('\n'))
        otherStillWaiting = otherStillWaiting || line.contains("ready_for_pickup");
    CHECK(otherStillWaiting);
    // Sent again (a lost answer), a refused record is answered the same, never applied later.
    REQUIRE(k.db->exec("UPDATE outbox SET state = 'pending' WHERE kind = 'case_event'"
                       " AND state = 'rejected'")
                .ok());
    REQUIRE(k.syncd() == 0);
    CHECK(k.state(late.value()) == QLatin1String("rejected"));
    CHECK(k.state(foreign) == QLatin1String("rejected"));
    CHECK(statusOf(k, secondReceipt).stage == QLatin1String("delivered"));

    // Every record was stored once; central's audit chain and the kiosk's verify.
    QHash<QString, int> times;
    for (const StoredRow &r : gw.submissions())
        ++times[r.uuid];
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        CHECK(it.value() == 1);
    QByteArray verify;
    CHECK(run(GatewayProcess::exe(),
              {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--data-dir"),
               gw.dir()},
              &verify) == 0);
    INFO(verify.toStdString());
    CHECK(AuditLog(*k.db).verify().ok);
}
