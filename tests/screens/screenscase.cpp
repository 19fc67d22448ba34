// A SAMPLE application of the screen tour's database that central has made a case of, in 待补正
// (materials to bring by a date, a 容缺 material still due, the clock paused), as jiujin-syncd
// would leave it: so that the tour shows 查进度 with a case, in each language and elder mode.
// The receipt is the tour's (kiosk/app/walk.cpp, "17a-status-case"). No personal data: the record
// holds metadata only.
#include "caseboardservice.h"
#include "casestatusstore.h"
#include "database.h"
#include "outboxstore.h"
#include "receiptnumber.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QCoreApplication>

#include <cstdio>

using namespace jiujin;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATABASE ITEM_CODE\n", argv[0]);
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const QDateTime at(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC);
    OutboxRecord r;
    r.uuid = QStringLiteral("00000000-0000-4000-8000-00000000ca5e");
    r.kind = QStringLiteral("submission");
    r.receipt = receipt::format(u"20301", 900001); // point 150525203000-01, kiosk 01
    r.itemCode = QString::fromLocal8Bit(argv[2]);
    r.pointCode = QStringLiteral("150525203000-01");
    r.createdAt = r.updatedAt = at;
    const QString central = QStringLiteral("NM20261207000001");
    r.meta = "{}";
    r.suite = QStringLiteral("intl");
    r.keyHeader = r.payload = "SAMPLE"; // dropped once accepted, as for every record
    CaseStatus c;
    c.receipt = central;
    c.seq = 1;
    c.item = r.itemCode;
    c.stage = QStringLiteral("correction");
    c.stageAt = at;
    c.reason = QStringLiteral("示例：复印件不清晰");
    c.materials = {QStringLiteral("户口簿首页及本人页复印件"),
                   QStringLiteral("解除或终止劳动合同证明")};
    c.materialsDue = QDate(2099, 12, 18); // SAMPLE: far ahead, so the screen never shows it past
    c.pending = {{QStringLiteral("近期免冠照片"), QStringLiteral("rongque"), QDate(2099, 12, 11)}};
    c.due = QDate(2099, 12, 31);
    c.paused = true;
    Transaction tx(*db.value());
    if (!tx.begun() || !OutboxStore(*db.value()).insert(r) || !tx.commit() ||
        !OutboxStore(*db.value())
             .setState(r.uuid, QStringLiteral("accepted"), QString(), central, at,
                       QStringLiteral("jiujin-screens-case"))) {
        std::fprintf(stderr, "SAMPLE record not written\n");
        return 1;
    }
    // The staff board's other cases waiting for the citizen (applied at other kiosks of the
    // point: no outbox row here): a result waiting for pickup, one whose hand-over is recorded
    // and waits for sync, and a case with a 容缺 material overdue (a date always past) and one
    // due on the next working day (relative to the day the database is made).
    const QDate today = WorkCalendar::chinaDate(QDateTime::currentDateTimeUtc());
    CaseStatus pickup;
    pickup.receipt = QStringLiteral("NM20261207000002");
    pickup.seq = 2;
    pickup.item = r.itemCode;
    pickup.stage = QStringLiteral("ready_for_pickup");
    pickup.stageAt = at;
    pickup.pickupHere = true;
    CaseStatus materials;
    materials.receipt = QStringLiteral("NM20261207000003");
    materials.seq = 3;
    materials.item = r.itemCode;
    materials.stage = QStringLiteral("review");
    materials.stageAt = at;
    materials.pending = {
        {QStringLiteral("近期免冠照片"), QStringLiteral("rongque"), today.addDays(-5)},
        {QStringLiteral("居住证或常住地居住证明"), QStringLiteral("chengnuo"),
         WorkCalendar::china().addWorkingDays(today, 1)}};
    materials.due = QDate(2099, 12, 31);
    CaseStatus handed = pickup;
    handed.receipt = QStringLiteral("NM20261207000004");
    handed.seq = 4;
    // With the point's SAMPLE public figure, so that the home screen shows it (GB/T 39734).
    const QString figures = QStringLiteral(R"({"satisfaction_90d":{"rate":0.985,"count":326}})");
    auto applied = CaseStatusStore(*db.value())
                       .apply({0, 4, {c, pickup, materials, handed}, figures},
                              QStringLiteral("jiujin-screens-case"), at);
    if (!applied) {
        std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
        return 1;
    }
    SubmissionService submissions(*db.value());
    auto recorded = CaseBoardService(*db.value(), submissions)
                        .handedOver(handed.receipt, QStringLiteral("0001"));
    if (!recorded) {
        std::fprintf(stderr, "%s\n", qPrintable(recorded.error().message));
        return 1;
    }
    return 0;
}
