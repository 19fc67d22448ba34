// The staff board's cases waiting for the citizen (CaseBoardService) and the staff actions on
// them, each a sealed case_event record queued with its audit entries in one transaction.
#include "auditlog.h"
#include "caseactionstore.h"
#include "caseboardservice.h"
#include "casestatusstore.h"
#include "kioskfixture.h"
#include "migrations.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace jiujin;

namespace {

const QString item = QStringLiteral("11150525MB0SB0001A415111010600001");

/** The board's clock: a Monday far from any holiday, so working days are plain. */
QDateTime boardNow()
{
    return QDateTime(QDate(2030, 3, 4), QTime(2, 0), Qt::UTC); // 10:00 in China
}

CaseStatus status(const QString &receipt, qint64 seq, const QString &stage)
{
    CaseStatus c;
    c.receipt = receipt;
    c.seq = seq;
    c.item = item;
    c.stage = stage;
    c.stageAt = boardNow().addDays(-1);
    return c;
}

struct Board : TestKiosk
{
    SubmissionService submissions{*db, [] { return boardNow(); }};
    CaseBoardService service{*db, submissions, [] { return boardNow(); }};

    void apply(qint64 from, qint64 seq, const QList<CaseStatus> &cases)
    {
        auto r = CaseStatusStore(*db).apply({from, seq, cases, QString()}, QStringLiteral("test"),
                                            boardNow());
        INFO(r.error().message.toStdString());
        REQUIRE(r.ok());
    }
    QList<BoardCase> rows()
    {
        auto b = service.board();
        INFO(b.error().message.toStdString());
        REQUIRE(b.ok());
        return b.value();
    }
    std::optional<BoardCase> row(const QString &receipt)
    {
        for (const BoardCase &b : rows())
            if (b.status.receipt == receipt)
                return b;
        return std::nullopt;
    }
    void setState(const QString &uuid, const QString &state, const QString &reason = {})
    {
        REQUIRE(
            OutboxStore(*db)
                .setState(uuid, state, reason,
                          state == QLatin1String("accepted") ? QStringLiteral("NM1") : QString(),
                          boardNow(), QStringLiteral("test"))
                .ok());
    }
};

} // namespace

TEST_CASE("staff board: the point's cases waiting for the citizen, overdue first", "[caseboard]")
{
    Board k;
    const QDate today = WorkCalendar::chinaDate(boardNow());
    CaseStatus correction =
        status(QStringLiteral("NM20300301000001"), 1, QStringLiteral("correction"));
    correction.materials = {QStringLiteral("户口簿复印件")};
    correction.materialsDue = today.addDays(7);
    CaseStatus pickup =
        status(QStringLiteral("NM20300301000002"), 2, QStringLiteral("ready_for_pickup"));
    pickup.pickupHere = true;
    CaseStatus elsewhere =
        status(QStringLiteral("NM20300301000003"), 3, QStringLiteral("ready_for_pickup"));
    CaseStatus later = status(QStringLiteral("NM20300301000004"), 4, QStringLiteral("review"));
    later.pending = {
        {QStringLiteral("近期免冠照片"), QStringLiteral("rongque"), today.addDays(20)}};
    CaseStatus overdue = status(QStringLiteral("NM20300301000005"), 5, QStringLiteral("accepted"));
    overdue.pending = {
        {QStringLiteral("居住证明"), QStringLiteral("chengnuo"), today.addDays(-1)},
        {QStringLiteral("近期免冠照片"), QStringLiteral("rongque"), today.addDays(30)}};
    CaseStatus soon = status(QStringLiteral("NM20300301000006"), 6, QStringLiteral("submitted"));
    soon.pending = {{QStringLiteral("近期免冠照片"), QStringLiteral("rongque"),
                     WorkCalendar::china().addWorkingDays(today, CaseBoardService::horizonDays)}};
    CaseStatus finished = status(QStringLiteral("NM20300301000007"), 7, QStringLiteral("denied"));
    finished.pending = soon.pending;
    k.apply(0, 7, {correction, pickup, elsewhere, later, overdue, soon, finished});

    const QList<BoardCase> rows = k.rows();
    QStringList order;
    for (const BoardCase &b : rows)
        order.append(b.status.receipt);
    // Overdue first; then by the date that matters (pickup since yesterday, 容缺 due in 3
    // working days, 补正 in a week). Not listed: a pickup elsewhere, materials due later, a
    // decided case.
    CHECK(order == QStringList{overdue.receipt, pickup.receipt, soon.receipt, correction.receipt});
    CHECK(rows.at(0).overdue);
    REQUIRE(rows.at(0).dueSoon.size() == 1); // the one due in 30 days is not for today's board
    CHECK(rows.at(0).dueSoon.at(0).name == QStringLiteral("居住证明"));
    CHECK(rows.at(1).pickup);
    CHECK_FALSE(rows.at(1).overdue);
    CHECK(rows.at(3).correction);
    CHECK(rows.at(3).status.materials == correction.materials);
    CHECK(rows.at(3).kioskReceipt.isEmpty()); // applied at another kiosk of the point
}

TEST_CASE("staff board: actions are sealed case_event records, audited, shown until the update "
          "comes back",
          "[caseboard]")
{
    Board k;
    const QDate today = WorkCalendar::chinaDate(boardNow());
    CaseStatus pickup =
        status(QStringLiteral("NM20300301000002"), 1, QStringLiteral("ready_for_pickup"));
    pickup.pickupHere = true;
    CaseStatus materials =
        status(QStringLiteral("NM20300301000005"), 2, QStringLiteral("accepted"));
    materials.pending = {{QStringLiteral("居住证明"), QStringLiteral("chengnuo"), today}};
    k.apply(0, 2, {pickup, materials});
    const int auditBefore = int(AuditLog(*k.db).verify().entries);

    // Refused here, nothing queued: not waiting for that, not logged in, not this point's case.
    CHECK(k.service.handedOver(materials.receipt, QStringLiteral("0001")).error().code ==
          Error::Invalid);
    CHECK(k.service
              .materialReceived(materials.receipt, QStringLiteral("户口簿"),
                                QStringLiteral("rongque"), QStringLiteral("0001"))
              .error()
              .code == Error::Invalid);
    CHECK_FALSE(k.service.handedOver(pickup.receipt, QString()).ok());
    CHECK(k.service.handedOver(QStringLiteral("NM19990101000001"), QStringLiteral("0001"))
              .error()
              .code == Error::NotFound);
    CHECK(OutboxStore(*k.db).counts().pending == 0);

    auto handed = k.service.handedOver(pickup.receipt, QStringLiteral("0001"));
    INFO(handed.error().message.toStdString());
    REQUIRE(handed.ok());
    auto received = k.service.materialReceived(materials.receipt, QStringLiteral("居住证明"),
                                               QStringLiteral("chengnuo"), QStringLiteral("0001"));
    REQUIRE(received.ok());

    // The record: kind case_event, the action in the metadata (the sealing's associated data),
    // an empty sealed payload, the staff number; queued with its audit entries.
    const auto record = OutboxStore(*k.db).sealed(handed.value());
    REQUIRE(record.has_value());
    CHECK(record->kind == QStringLiteral("case_event"));
    CHECK(record->state == QStringLiteral("pending"));
    CHECK(record->refersTo == pickup.receipt);
    CHECK(record->staffId == QStringLiteral("0001"));
    const QJsonObject meta = QJsonDocument::fromJson(record->meta).object();
    CHECK(meta.value(QLatin1String("kind")).toString() == QStringLiteral("case_event"));
    CHECK(meta.value(QLatin1String("action")).toString() == QStringLiteral("handed_over"));
    CHECK(meta.value(QLatin1String("refers_to")).toString() == pickup.receipt);
    CHECK(meta.value(QLatin1String("item")).toString() == item);
    CHECK(meta.value(QLatin1String("staff")).toString() == QStringLiteral("0001"));
    CHECK_FALSE(meta.contains(QLatin1String("material")));
    CHECK(k.open(handed.value()).first.isEmpty());
    const QJsonObject materialMeta =
        QJsonDocument::fromJson(OutboxStore(*k.db).sealed(received.value())->meta).object();
    CHECK(materialMeta.value(QLatin1String("action")).toString() ==
          QStringLiteral("material_received"));
    CHECK(materialMeta.value(QLatin1String("material")).toString() == QStringLiteral("居住证明"));
    CHECK(materialMeta.value(QLatin1String("material_kind")).toString() ==
          QStringLiteral("chengnuo"));
    const auto audit = AuditLog(*k.db).verify();
    CHECK(audit.ok);
    CHECK(int(audit.entries) == auditBefore + 4); // record.queued and case.action, each

    // Recorded: shown as waiting for sync, and not offered (or taken) a second time.
    CHECK(k.row(pickup.receipt)->handOverRecorded);
    CHECK(k.row(materials.receipt)->recorded == QStringList{QStringLiteral("居住证明")});
    CHECK(k.service.handedOver(pickup.receipt, QStringLiteral("0002")).error().code ==
          Error::Invalid);
    CHECK(OutboxStore(*k.db).counts().pending == 2);

    // Central took them, but their case update is not back: still waiting for sync.
    k.setState(handed.value(), QStringLiteral("accepted"));
    CHECK(k.row(pickup.receipt)->handOverRecorded);
    // Central refused the material (received at the window meanwhile): the reason is shown and
    // the action may be recorded again.
    k.setState(received.value(), QStringLiteral("rejected"), QStringLiteral("已在别处收到"));
    auto refused = k.row(materials.receipt);
    CHECK(refused->recorded.isEmpty());
    CHECK(refused->refusal.contains(QStringLiteral("已在别处收到")));

    // The update comes back: the case was delivered (no longer listed).
    CaseStatus delivered = pickup;
    delivered.seq = 3;
    delivered.stage = QStringLiteral("delivered");
    delivered.pickupHere = false;
    k.apply(2, 3, {delivered});
    CHECK_FALSE(k.row(pickup.receipt).has_value());
    CHECK(k.row(materials.receipt).has_value());
}

TEST_CASE("staff board: material names in English carry the Chinese the papers say", "[caseboard]")
{
    Board k;
    // The case feed names materials in Chinese; the catalogue has the item's in both languages.
    const QString proof = QStringLiteral("与原单位终止或解除劳动关系的证明");
    CHECK(k.service.materialLabel(item, proof, true) ==
          QStringLiteral("Proof that the previous employment contract ended or was terminated "
                         "(与原单位终止或解除劳动关系的证明)"));
    CHECK(k.service.materialLabel(item, QStringLiteral("居住证或常住地居住证明"), true) ==
          QStringLiteral("Residence permit or proof of usual residence (居住证或常住地居住证明)"));
    // In Chinese, as the feed says it.
    CHECK(k.service.materialLabel(item, proof, false) == proof);
    // A 补正 material central named in its own words, or an item the catalogue lacks: as it is.
    const QString ownWords = QStringLiteral("户口簿首页及本人页复印件");
    CHECK(k.service.materialLabel(item, ownWords, true) == ownWords);
    CHECK(k.service.materialLabel(QStringLiteral("11150525MB0SB0001A999999999999999"), proof,
                                  true) == proof);
}

TEST_CASE("staff board: the outbox learns the case_event kind (migration 009)", "[caseboard]")
{
    Board k;
    auto s = k.db->prepare("SELECT sql FROM sqlite_schema WHERE name = 'outbox'");
    REQUIRE(s.step());
    CHECK(s.text(0).contains(QStringLiteral("'case_event'")));
    // The indexes came back with the rebuilt table.
    auto i = k.db->prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name "
                           "= 'outbox' AND name IN ('outbox_by_state', 'outbox_one_rating', "
                           "'outbox_one_cancel')");
    REQUIRE(i.step());
    CHECK(i.integer(0) == 3);
}

TEST_CASE("staff board: migration 009 keeps the queued records and their attachments",
          "[caseboard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.db"));
    REQUIRE(QFile::copy(QStringLiteral(JIUJIN_TEST_DATA "/schema-v8.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(raw.value()->schemaVersion() == 8);
        REQUIRE(
            raw.value()
                ->exec("PRAGMA foreign_keys = ON;"
                       "INSERT INTO outbox (id, uuid, kind, receipt, item_code, point_code,"
                       " created_at, updated_at, meta, suite, key_header, payload)"
                       " VALUES (7, 'u-1', 'submission', '20301-000001-1', 'i', 'p',"
                       " '2026-11-20T01:00:00.000Z', '2026-11-20T01:00:00.000Z', '{}', 'intl',"
                       " x'01', x'02');"
                       "INSERT INTO attachment (record_id, position, sealed) VALUES (7, 0, x'03');")
                .ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == latestSchemaVersion());
    const auto sealed = OutboxStore(*db.value()).sealed(QStringLiteral("u-1"));
    REQUIRE(sealed.has_value());
    CHECK(sealed->receipt == QStringLiteral("20301-000001-1"));
    REQUIRE(sealed->attachments.size() == 1);
    CHECK(sealed->attachments.at(0) == QByteArray("\x03"));
}
