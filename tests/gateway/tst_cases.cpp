// The case (办件) at central: migration, stage machine, time limits on the working calendar,
// one case per accepted application through real intake, the audit chain, and the CLI verbs.
#include "gatewayfixture.h"
#include "kioskfixture.h"

#include "auditchain.h"
#include "caseservice.h"
#include "cataloguepublisher.h"
#include "database.h"
#include "migrations.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "outboxstore.h"
#include "pgcentralstorage.h"
#include "pgdatabase.h"
#include "sqlitecentralstorage.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using gateway::AuditChain;
using gateway::CaseFilter;
using gateway::CaseRow;
using gateway::CaseService;
using protocol::Outcome;
using protocol::Suite;

namespace {

const char *const centralMigrations = ":/jiujin/central/sqlite/migrations";
/** The seed's 城乡居民基本养老保险待遇申领: promised 10 working days. */
const char *const pensionItem = "11150525MB0SB0001A415111010200001";

/** A China (UTC+8) date at 10:00 there, as a UTC time. */
QDateTime at(QDate day)
{
    return QDateTime(day, QTime(2, 0), Qt::UTC);
}

/** Central's storage in a temporary directory with the seed catalogue published. */
struct CaseDb
{
    CaseDb()
    {
        REQUIRE(dir.isValid());
        auto opened = openTestCentral(dir.filePath(QStringLiteral("c.db")));
        REQUIRE(opened.ok());
        storage = std::move(opened.value());
        REQUIRE(CataloguePublisher(*storage).publish(seedCatalogue(), testNow()).ok());
    }

    /** Opens the case of an accepted application of @p item with receipt number @p n. */
    CaseRow open(int n, const QString &item = QString::fromLatin1(pensionItem),
                 const QDateTime &now = testNow())
    {
        SubmissionRow s;
        s.device = QStringLiteral("dev-1");
        s.uuid = QStringLiteral("uuid-%1").arg(n);
        s.kind = QStringLiteral("submission");
        s.item = item;
        s.point = QStringLiteral("150525203000-01");
        s.status = QStringLiteral("accepted");
        s.receipt = QStringLiteral("NM20261128%1").arg(n, 6, 10, QLatin1Char('0'));
        auto c = CaseService(*storage).open(s, now);
        INFO((c.ok() ? QString() : c.error().message).toStdString());
        REQUIRE(c.ok());
        return c.value();
    }

    Result<CaseRow> move(const QString &receipt, const QString &stage, const QDateTime &now,
                         const QString &reason = {}, const QStringList &materials = {},
                         const QDate &due = {}, const QString &result = {})
    {
        return CaseService(*storage).move(
            receipt, {stage, QStringLiteral("op-7"), reason, materials, due, result}, now);
    }

    QTemporaryDir dir;
    std::unique_ptr<gateway::CentralStorage> storage;
};

/** A kiosk database sealing to the gateway's central key (as tst_gatewayhttp's). */
struct CaseKiosk : TestKiosk
{
    CaseKiosk(const TestGateway &gateway, Suite suite) : TestKiosk(suite)
    {
        REQUIRE(store
                    ->setSetting(QStringLiteral("central.public_key"),
                                 QString::fromLatin1(gateway.keys->centralKey(suite).publicPem()))
                    .ok());
        service = std::make_unique<SubmissionService>(*db, [] { return testNow(); });
    }
    QString apply(const QString &name)
    {
        auto queued = service->submit(unemployment(name));
        REQUIRE(queued.ok());
        return queued->uuid;
    }
    protocol::WireRecord wire(const QString &uuid)
    {
        const auto sealed = OutboxStore(*db).sealed(uuid);
        REQUIRE(sealed.has_value());
        return {sealed->uuid,      sealed->meta,    sealed->suite,
                sealed->keyHeader, sealed->payload, sealed->attachments};
    }
    void upload(const TestGateway &gateway, const TestDevice &device, const QString &uuid)
    {
        const auto sealed = OutboxStore(*db).sealed(uuid);
        REQUIRE(sealed.has_value());
        for (int i = 0; i < sealed->attachments.size(); ++i)
            REQUIRE(device.upload(gateway, uuid, i, sealed->attachments.at(i), gateway.nowSecs)
                        .status == 204);
    }
    std::unique_ptr<SubmissionService> service;
};

/** Runs @p sqlite or @p postgres, whichever engine @p storage is (a fault planted by a test). */
void execOn(gateway::CentralStorage &storage, const char *sqlite, const char *postgres)
{
    if (auto *pg = dynamic_cast<gateway::PgCentralStorage *>(&storage)) {
        auto r = pg->database().exec(postgres);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return;
    }
    auto r = sqliteDatabase(storage).exec(sqlite);
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
}

/** The subjects (case numbers) of the case.open entries of @p rows, oldest first. */
QStringList openedCases(const QList<gateway::AuditRow> &rows)
{
    QStringList out;
    for (const gateway::AuditRow &r : rows)
        if (r.action == QLatin1String("case.open"))
            out.append(r.subject);
    return out;
}

QStringList stagesOf(const QList<CaseRow> &rows)
{
    QStringList out;
    for (const CaseRow &r : rows)
        out.append(r.stage);
    return out;
}

} // namespace

TEST_CASE("Cases: a central database at version 1 with rows in it is upgraded, keeping them",
          "[gateway-cases][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gateway.db"));
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(migrate(*raw.value(), 1, QLatin1String(centralMigrations)).ok());
        REQUIRE(raw.value()->schemaVersion() == 1);
        REQUIRE(
            raw.value()
                ->exec("INSERT INTO devices(id, point, suite, signing_key, certificate, csr_key,"
                       " enrolled_at) VALUES ('dev-1', '150525203000-01', 'intl', 'k', 'c', 'x',"
                       " 1)")
                .ok());
        REQUIRE(raw.value()
                    ->exec("INSERT INTO submissions(device, uuid, kind, item, point, suite, status,"
                           " receipt, accepted_at, received_at, record) VALUES ('dev-1', 'u-1',"
                           " 'submission', 'item', '150525203000-01', 'intl', 'accepted',"
                           " 'NM20261128000001', '2026-11-28T02:00:00Z', 2, x'7b7d')")
                    .ok());
    }
    auto storage = gateway::SqliteCentralStorage::open(path);
    REQUIRE(storage.ok());
    // Brought to the newest schema (cases came with 2; later migrations add to it).
    CHECK(storage.value()->schemaVersion().value() ==
          gateway::SqliteCentralStorage::latestVersion());
    CHECK(gateway::SqliteCentralStorage::latestVersion() >= 2);
    auto kept =
        storage.value()->intake().submission(QStringLiteral("dev-1"), QStringLiteral("u-1"));
    REQUIRE(kept.ok());
    REQUIRE(kept.value().has_value());
    CHECK(kept.value()->receipt == QLatin1String("NM20261128000001"));
    REQUIRE(storage.value()->devices().device(QStringLiteral("dev-1")).value().has_value());
    // The new tables are there and empty.
    CHECK(storage.value()->cases().cases({}).value().isEmpty());
    CHECK_FALSE(storage.value()->auditLog().last().value().has_value());
}

TEST_CASE("Cases: the stage machine refuses what a stage does not allow and records every move",
          "[gateway-cases]")
{
    CaseDb db;
    const CaseRow opened = db.open(1);
    CHECK(opened.stage == CaseService::submitted);
    CHECK(opened.number == QLatin1String("BJ20261128000001"));
    CHECK(opened.department == QLatin1String("shebao"));
    REQUIRE(opened.promisedDays.has_value());
    CHECK(*opened.promisedDays == 10);
    // Opening it again (intake's retry) keeps the one case.
    CHECK(db.open(1).id == opened.id);
    CHECK(db.storage->cases().cases({}).value().size() == 1);

    const QString receipt = opened.receipt;
    const QDateTime now = testNow();

    // Every (from, to) pair not in the table is refused, and nothing changes.
    const QStringList all = CaseService::stages();
    for (const QString &from : all) {
        for (const QString &to : all) {
            if (CaseService::next(from).contains(to))
                continue;
            CaseRow row = opened;
            row.stage = from;
            REQUIRE(db.storage->cases().updateCase(row).ok());
            const int events = db.storage->cases().events(opened.id).value().size();
            auto r = db.move(receipt, to, now, QStringLiteral("why"), {QStringLiteral("a")},
                             WorkCalendar::chinaDate(now).addDays(5));
            INFO(from.toStdString() << " -> " << to.toStdString());
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == Error::Invalid);
            CHECK(db.storage->cases().caseByReceipt(receipt).value()->stage == from);
            CHECK(db.storage->cases().events(opened.id).value().size() == events);
        }
    }
    CaseRow reset = opened;
    REQUIRE(db.storage->cases().updateCase(reset).ok());
    const qint64 auditBefore = db.storage->auditLog().last().value()->seq;

    // What the rules require.
    auto noReason = db.move(receipt, CaseService::refused, now);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.contains(QStringLiteral("理由")));
    auto noMaterials = db.move(receipt, CaseService::correction, now, {}, {},
                               WorkCalendar::chinaDate(now).addDays(5));
    REQUIRE_FALSE(noMaterials.ok());
    auto noDue = db.move(receipt, CaseService::correction, now, {}, {QStringLiteral("户口簿")});
    REQUIRE_FALSE(noDue.ok());
    auto pastDue = db.move(receipt, CaseService::correction, now, {}, {QStringLiteral("户口簿")},
                           WorkCalendar::chinaDate(now).addDays(-1));
    REQUIRE_FALSE(pastDue.ok());
    auto unknown = db.move(receipt, QStringLiteral("archived"), now);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Invalid);
    auto nobody =
        CaseService(*db.storage).move(receipt, {CaseService::accepted, {}, {}, {}, {}, {}}, now);
    REQUIRE_FALSE(nobody.ok());
    auto missing = db.move(QStringLiteral("NM20261128999999"), CaseService::accepted, now);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::NotFound);
    CHECK(db.storage->auditLog().last().value()->seq == auditBefore); // refusals change nothing

    // 不予受理 with its reason is final.
    const CaseRow other = db.open(2);
    auto refused =
        db.move(other.receipt, CaseService::refused, now, QStringLiteral("不属于本事项"));
    REQUIRE(refused.ok());
    CHECK(refused->closedAt.has_value());
    CHECK_FALSE(db.move(other.receipt, CaseService::accepted, now).ok());

    // The full path: 已提交 → 待补正 → 已受理 → 审查中 → 办结（准予）→ 待领取 → 已送达.
    const QDate due = WorkCalendar::chinaDate(now).addDays(7);
    REQUIRE(db.move(receipt, CaseService::correction, now, QStringLiteral("材料不清"),
                    {QStringLiteral("户口簿"), QStringLiteral("解除劳动合同证明")}, due)
                .ok());
    // Before acceptance the clock has not started: no pause.
    CHECK_FALSE(db.storage->cases().caseByReceipt(receipt).value()->pausedSince.isValid());
    CHECK_FALSE(db.move(receipt, CaseService::review, now).ok()); // never accepted: not review
    REQUIRE(db.move(receipt, CaseService::accepted, now).ok());
    REQUIRE(db.move(receipt, CaseService::review, now).ok());
    auto denyNoReason = db.move(receipt, CaseService::denied, now);
    REQUIRE_FALSE(denyNoReason.ok());
    auto approved =
        db.move(receipt, CaseService::approved, now, {}, {}, {}, QStringLiteral("ZS-2026-0001"));
    REQUIRE(approved.ok());
    CHECK(approved->result == QLatin1String("ZS-2026-0001"));
    REQUIRE(db.move(receipt, CaseService::readyForPickup, now).ok());
    REQUIRE(db.move(receipt, CaseService::delivered, now).ok());
    CHECK(CaseService::next(CaseService::delivered).isEmpty());

    const auto events = db.storage->cases().events(opened.id).value();
    QStringList path;
    for (const auto &e : events)
        path.append(e.toStage);
    CHECK(path == QStringList{CaseService::submitted, CaseService::correction,
                              CaseService::accepted, CaseService::review, CaseService::approved,
                              CaseService::readyForPickup, CaseService::delivered});
    CHECK(events.at(1).fromStage == CaseService::submitted);
    CHECK(events.at(1).operatorId == QLatin1String("op-7"));
    CHECK(events.at(1).reason == QStringLiteral("材料不清"));
    CHECK(events.at(1).materials ==
          QStringList{QStringLiteral("户口簿"), QStringLiteral("解除劳动合同证明")});
    CHECK(events.at(1).dueDate == due);
    CHECK(events.at(1).at == now);
    // Each move is one audit entry, and the chain verifies.
    auto verified = AuditChain(*db.storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
    CHECK(verified->entries == 2 /* opened */ + 1 /* refused */ + 7 - 1 /* path moves */);
}

TEST_CASE("Cases: the time limit counts working days on the calendar, across 2026's holidays",
          "[gateway-cases]")
{
    // Dates are the rule-bearing days of WorkCalendar's own 2026 table (Official), passed as
    // `now`: the test does not depend on the day it runs.
    REQUIRE(WorkCalendar::china().source(2026) == WorkCalendar::Source::Official);
    CaseDb db;

    // 春节 02-15..23 closed, 02-14 and 02-28 (Saturdays) worked: accepted Thursday 02-12,
    // 10 working days: 13, 14(调休), 24, 25, 26, 27, 28(调休), 03-02, 03, 04.
    const CaseRow spring = db.open(1);
    auto s = db.move(spring.receipt, CaseService::accepted, at(QDate(2026, 2, 12)));
    REQUIRE(s.ok());
    CHECK(s->dueDate == QDate(2026, 3, 4));
    CaseService service(*db.storage);
    CHECK(service.clock(s.value(), at(QDate(2026, 2, 20))).daysLeft == 8); // mid-holiday
    CHECK(service.clock(s.value(), at(QDate(2026, 3, 4))).daysLeft == 0);
    CHECK_FALSE(service.clock(s.value(), at(QDate(2026, 3, 4))).overdue);
    CHECK(service.clock(s.value(), at(QDate(2026, 3, 5))).overdue);
    CHECK(service.clock(s.value(), at(QDate(2026, 3, 5))).daysLeft == -1);

    // 国庆节 10-01..07 closed, 10-10 (Saturday) worked: accepted Wednesday 09-30: 10-08, 09,
    // 10(调休), 12, 13, 14, 15, 16, 19, 20.
    const CaseRow national = db.open(2);
    auto n = db.move(national.receipt, CaseService::accepted, at(QDate(2026, 9, 30)));
    REQUIRE(n.ok());
    CHECK(n->dueDate == QDate(2026, 10, 20));
    // 中秋节 09-25..27 and the 09-20 (Sunday) make-up day: accepted Friday 09-18 with 10 days:
    // 20(调休), 21, 22, 23, 24, 28, 29, 30, 10-08, 09.
    const CaseRow autumn = db.open(3);
    auto a = db.move(autumn.receipt, CaseService::accepted, at(QDate(2026, 9, 18)));
    REQUIRE(a.ok());
    CHECK(a->dueDate == QDate(2026, 10, 9));

    // Overdue listing: running cases due before the day asked.
    CaseFilter overdue;
    overdue.overdueOn = QDate(2026, 10, 12);
    const auto late = db.storage->cases().cases(overdue).value();
    REQUIRE(late.size() == 2); // spring (03-04) and autumn (10-09); national is due 10-20
    CHECK(late.at(0).receipt == autumn.receipt);
    CHECK(late.at(1).receipt == spring.receipt);
    // A decided case is no longer overdue.
    REQUIRE(db.move(spring.receipt, CaseService::review, at(QDate(2026, 10, 12))).ok());
    REQUIRE(db.move(spring.receipt, CaseService::denied, at(QDate(2026, 10, 12)),
                    QStringLiteral("不符合条件"))
                .ok());
    CHECK(db.storage->cases().cases(overdue).value().size() == 1);
    CHECK_FALSE(service
                    .clock(db.storage->cases().caseByReceipt(spring.receipt).value().value(),
                           at(QDate(2026, 10, 12)))
                    .daysLeft.has_value());
}

TEST_CASE("Cases: 待补正 after acceptance stops the clock; the days spent there are added back",
          "[gateway-cases]")
{
    CaseDb db;
    CaseService service(*db.storage);
    const CaseRow c = db.open(1);
    // Accepted Monday 2026-11-02, 10 working days: due Monday 11-16.
    auto accepted = db.move(c.receipt, CaseService::accepted, at(QDate(2026, 11, 2)));
    REQUIRE(accepted.ok());
    CHECK(accepted->dueDate == QDate(2026, 11, 16));
    REQUIRE(db.move(c.receipt, CaseService::review, at(QDate(2026, 11, 3))).ok());
    // 待补正 on Wednesday 11-04, supplied Monday 11-09: 04, 05, 06 spent (3 working days).
    auto paused =
        db.move(c.receipt, CaseService::correction, at(QDate(2026, 11, 4)),
                QStringLiteral("签字缺失"), {QStringLiteral("申请表签字")}, QDate(2026, 11, 20));
    REQUIRE(paused.ok());
    CHECK(paused->pausedSince == QDate(2026, 11, 4));
    CHECK(paused->correctionDue == QDate(2026, 11, 20));
    const auto whilePaused = service.clock(paused.value(), at(QDate(2026, 11, 20)));
    CHECK(whilePaused.paused);
    CHECK_FALSE(whilePaused.overdue); // the count stands still, even past the old due date
    CHECK(whilePaused.daysLeft == 8);
    CaseFilter overdue;
    overdue.overdueOn = QDate(2026, 11, 18);
    CHECK(db.storage->cases().cases(overdue).value().isEmpty());
    CHECK_FALSE(db.move(c.receipt, CaseService::accepted, at(QDate(2026, 11, 9))).ok());
    auto resumed = db.move(c.receipt, CaseService::review, at(QDate(2026, 11, 9)));
    REQUIRE(resumed.ok());
    CHECK(resumed->pausedDays == 3);
    CHECK_FALSE(resumed->pausedSince.isValid());
    CHECK(resumed->dueDate == QDate(2026, 11, 19));
    CHECK(service.clock(resumed.value(), at(QDate(2026, 11, 9))).daysLeft == 8);
    CHECK_FALSE(service.clock(resumed.value(), at(QDate(2026, 11, 19))).overdue);
    CHECK(service.clock(resumed.value(), at(QDate(2026, 11, 20))).overdue);
    overdue.overdueOn = QDate(2026, 11, 20);
    CHECK(db.storage->cases().cases(overdue).value().size() == 1);
    // 即办 (promised 0): due the day it is accepted.
    const CaseRow now = db.open(2, QString::fromLatin1(unemploymentItem));
    auto instant = db.move(now.receipt, CaseService::accepted, at(QDate(2026, 11, 2)));
    REQUIRE(instant.ok());
    CHECK(instant->dueDate == QDate(2026, 11, 2));
}

TEST_CASE("Cases: 容缺 and 告知承诺 materials are kept with their due date and state",
          "[gateway-cases]")
{
    CaseDb db;
    CaseService service(*db.storage);
    const CaseRow c = db.open(1);
    auto later = service.promiseMaterial(c.receipt, QStringLiteral("解除劳动合同证明"),
                                         QStringLiteral("rongque"), QDate(2026, 12, 10),
                                         QStringLiteral("op-7"), testNow());
    REQUIRE(later.ok());
    CHECK_FALSE(service
                    .promiseMaterial(c.receipt, QStringLiteral("x"), QStringLiteral("other"),
                                     QDate(2026, 12, 10), QStringLiteral("op-7"), testNow())
                    .ok());
    REQUIRE(service
                .receiveMaterial(c.receipt, later->id, QStringLiteral("150525203000-01"),
                                 QStringLiteral("op-7"), testNow())
                .ok());
    CHECK_FALSE(service
                    .receiveMaterial(c.receipt, later->id, QStringLiteral("150525203000-01"),
                                     QStringLiteral("op-7"), testNow())
                    .ok());
    const auto materials = db.storage->cases().materials(c.id).value();
    REQUIRE(materials.size() == 1);
    CHECK(materials.at(0).state == QLatin1String("received"));
    CHECK(materials.at(0).receivedPoint == QLatin1String("150525203000-01"));
    CHECK(materials.at(0).dueDate == QDate(2026, 12, 10));
    CHECK_FALSE(AuditChain(*db.storage).verify().value().brokenAt.has_value());
}

TEST_CASE("Cases: an overdue 容缺 material moves its case to 待补正; one failing case holds up "
          "no other",
          "[gateway-cases][sqlite]")
{
    CaseDb db;
    CaseService service(*db.storage);
    const QDateTime now = testNow();
    const QDate today = WorkCalendar::chinaDate(now);
    const QString op = QStringLiteral("op-7");
    const auto promise = [&](const CaseRow &c, const QString &name, const char *kind) {
        auto m = service.promiseMaterial(c.receipt, name, QString::fromLatin1(kind),
                                         today.addDays(2), op, now);
        REQUIRE(m.ok());
        return m.value();
    };
    CHECK_FALSE(service
                    .promiseMaterial(db.open(9).receipt, QStringLiteral("x"),
                                     QStringLiteral("rongque"), today.addDays(-1), op, now)
                    .ok()); // a due date already past is refused

    // Accepted and waiting: the overdue 容缺 material sends it to 待补正.
    const CaseRow accepted = db.open(1);
    REQUIRE(db.move(accepted.receipt, CaseService::accepted, now).ok());
    promise(accepted, QStringLiteral("解除劳动合同证明"), "rongque");
    // Already in 待补正: the material joins what is asked, the stage stays.
    const CaseRow waiting = db.open(2);
    REQUIRE(db.move(waiting.receipt, CaseService::correction, now, QStringLiteral("缺户口簿"),
                    {QStringLiteral("户口簿")}, today.addDays(20))
                .ok());
    promise(waiting, QStringLiteral("结婚证"), "rongque");
    // 告知承诺 broken: marked and audited, the department decides.
    const CaseRow committed = db.open(3);
    REQUIRE(db.move(committed.receipt, CaseService::accepted, now).ok());
    promise(committed, QStringLiteral("无犯罪记录承诺"), "chengnuo");
    // Decided already: marked only.
    const CaseRow closed = db.open(4);
    promise(closed, QStringLiteral("身份证复印件"), "rongque");
    REQUIRE(
        db.move(closed.receipt, CaseService::refused, now, QStringLiteral("不属于本事项")).ok());
    // Handed in on time: untouched.
    const CaseRow onTime = db.open(5);
    const auto handed = promise(onTime, QStringLiteral("银行卡"), "rongque");
    REQUIRE(service.receiveMaterial(onTime.receipt, handed.id, onTime.point, op, now).ok());
    // One whose write fails (a storage fault on its material): the others still go through.
    const CaseRow faulty = db.open(6);
    REQUIRE(db.move(faulty.receipt, CaseService::accepted, now).ok());
    const auto broken = promise(faulty, QStringLiteral("房产证"), "rongque");
    REQUIRE(sqliteDatabase(*db.storage)
                .exec(QStringLiteral("CREATE TRIGGER fault BEFORE UPDATE ON case_materials WHEN "
                                     "OLD.id = %1 BEGIN SELECT RAISE(ABORT, 'disk fault'); END")
                          .arg(broken.id)
                          .toUtf8()
                          .constData())
                .ok());

    // On the due day nothing is overdue yet.
    auto early = service.sweepOverdue(at(today.addDays(2)));
    REQUIRE(early.ok());
    CHECK(early->overdue == 0);

    const QDateTime later = at(today.addDays(3));
    auto swept = service.sweepOverdue(later);
    REQUIRE(swept.ok());
    CHECK(swept->overdue == 4);
    CHECK(swept->toCorrection == 1);
    CHECK(swept->failed == 1);

    const CaseRow a = service.find(accepted.receipt).value().value();
    CHECK(a.stage == CaseService::correction);
    CHECK(a.correctionMaterials == QStringList{QStringLiteral("解除劳动合同证明")});
    CHECK(a.correctionDue ==
          WorkCalendar::china().addWorkingDays(WorkCalendar::chinaDate(later),
                                               CaseService::overdueCorrectionDays));
    CHECK(a.pausedSince.isValid()); // accepted: the clock stops while the citizen is awaited
    const auto events = service.timeline(a.id).value();
    CHECK(events.last().operatorId == QLatin1String("system"));
    CHECK(events.last().reason == QStringLiteral("容缺材料逾期未补交"));

    const CaseRow w = service.find(waiting.receipt).value().value();
    CHECK(w.stage == CaseService::correction);
    CHECK(w.correctionMaterials ==
          (QStringList{QStringLiteral("户口簿"), QStringLiteral("结婚证")}));
    CHECK(w.correctionDue == today.addDays(20));

    CHECK(service.find(committed.receipt).value()->stage == CaseService::accepted);
    CHECK(db.storage->cases().materials(committed.id).value().at(0).state ==
          QLatin1String("overdue"));
    CHECK(service.find(closed.receipt).value()->stage == CaseService::refused);
    CHECK(db.storage->cases().materials(closed.id).value().at(0).state == QLatin1String("overdue"));
    CHECK(db.storage->cases().materials(onTime.id).value().at(0).state ==
          QLatin1String("received"));
    CHECK(service.find(faulty.receipt).value()->stage == CaseService::accepted);
    CHECK(db.storage->cases().materials(faulty.id).value().at(0).state == QLatin1String("pending"));

    // Once the fault is gone, the next sweep takes the one left; the rest are not done twice.
    REQUIRE(sqliteDatabase(*db.storage).exec("DROP TRIGGER fault").ok());
    auto again = service.sweepOverdue(later);
    REQUIRE(again.ok());
    CHECK(again->overdue == 1);
    CHECK(again->toCorrection == 1);
    CHECK(again->failed == 0);
    CHECK(service.find(faulty.receipt).value()->stage == CaseService::correction);

    // Late is better than never: an overdue material can still be handed in.
    const auto late = db.storage->cases().materials(accepted.id).value().at(0);
    REQUIRE(service.receiveMaterial(accepted.receipt, late.id, accepted.point, op, later).ok());
    CHECK_FALSE(AuditChain(*db.storage).verify().value().brokenAt.has_value());
}

TEST_CASE("Cases: a list narrowed to an operator's scope holds its newest cases, not the banner's",
          "[gateway-cases]")
{
    CaseDb db;
    CaseService service(*db.storage);
    const auto openAt = [&](int n, const char *point) {
        SubmissionRow s;
        s.device = QStringLiteral("dev-1");
        s.uuid = QStringLiteral("scope-%1").arg(n);
        s.kind = QStringLiteral("submission");
        s.item = QString::fromLatin1(pensionItem);
        s.point = QString::fromLatin1(point);
        s.status = QStringLiteral("accepted");
        s.receipt = QStringLiteral("NM20261129%1").arg(n, 6, 10, QLatin1Char('0'));
        REQUIRE(service.open(s, testNow()).ok());
        return s.receipt;
    };
    // Two cases at points of one township (150525203), then many newer ones at the town's.
    const QString first = openAt(1, "150525203000-01");
    const QString second = openAt(2, "150525203000-02");
    for (int n = 3; n < 13; ++n)
        openAt(n, "150525100000-01");

    gateway::OperatorRow clerk;
    clerk.id = QStringLiteral("clerk-203");
    clerk.role = gateway::OperatorRoles::clerk;
    clerk.scope = {QStringLiteral("150525203")};
    CaseFilter filter;
    filter.limit = 5;
    gateway::OperatorRoles::narrow(clerk, filter);
    auto mine = service.list(filter);
    REQUIRE(mine.ok());
    QStringList receipts;
    for (const CaseRow &c : mine.value())
        receipts.append(c.receipt);
    CHECK(receipts == (QStringList{second, first})); // newest first, and none of the town's

    // An officer's departments: the pension item's department has them all; another has none.
    const QString department = service.find(first).value()->department;
    REQUIRE_FALSE(department.isEmpty());
    gateway::OperatorRow officer;
    officer.role = gateway::OperatorRoles::officer;
    officer.scope = {department};
    CaseFilter byDepartment;
    gateway::OperatorRoles::narrow(officer, byDepartment);
    CHECK(service.list(byDepartment).value().size() == 12);
    officer.scope = {QStringLiteral("nosuchdept")};
    CaseFilter none;
    gateway::OperatorRoles::narrow(officer, none);
    CHECK(service.list(none).value().isEmpty());

    // A supervisor is not narrowed: the banner's newest.
    gateway::OperatorRow supervisor;
    supervisor.role = gateway::OperatorRoles::supervisor;
    CaseFilter all;
    all.limit = 5;
    gateway::OperatorRoles::narrow(supervisor, all);
    CHECK(service.list(all).value().size() == 5);
}

TEST_CASE("Cases: the list pages by a keyset cursor that newer cases never shift, and counts "
          "up to a cap",
          "[gateway-cases]")
{
    CaseDb db;
    CaseService service(*db.storage);
    const QString otherItem = QStringLiteral("11150525MB0SB0001A415111010200999");
    int n = 0;
    const auto openAt = [&](const char *point, const QString &item) {
        SubmissionRow s;
        s.device = QStringLiteral("dev-1");
        s.uuid = QStringLiteral("page-%1").arg(++n);
        s.kind = QStringLiteral("submission");
        s.item = item;
        s.point = QString::fromLatin1(point);
        s.status = QStringLiteral("accepted");
        s.receipt = QStringLiteral("NM20261129%1").arg(n, 6, 10, QLatin1Char('0'));
        REQUIRE(service.open(s, testNow()).ok());
        return s.receipt;
    };
    // 23 cases in township 150525203 (every third of another item), 5 in the town's, interleaved.
    QStringList mine;
    for (int i = 0; i < 23; ++i) {
        mine.prepend(openAt(i % 2 ? "150525203000-01" : "150525203000-02",
                            i % 3 ? QString::fromLatin1(pensionItem) : otherItem));
        if (i % 5 == 0)
            openAt("150525100000-01", QString::fromLatin1(pensionItem));
    }

    gateway::OperatorRow clerk;
    clerk.id = QStringLiteral("clerk-203");
    clerk.role = gateway::OperatorRoles::clerk;
    clerk.scope = {QStringLiteral("150525203")};
    CaseFilter filter;
    filter.limit = 10;
    gateway::OperatorRoles::narrow(clerk, filter);
    CHECK(service.count(filter).value() == 23);

    const auto page = [&](CaseFilter f) {
        QStringList receipts;
        qint64 last = 0;
        auto rows = service.list(f);
        REQUIRE(rows.ok());
        for (const CaseRow &c : rows.value()) {
            receipts.append(c.receipt);
            last = c.id;
        }
        return std::pair{receipts, last};
    };
    auto [first, cursor] = page(filter);
    CHECK(first == mine.mid(0, 10));
    // A case opened between two pages lands before the first, not in the next.
    const QString newer = openAt("150525203000-01", QString::fromLatin1(pensionItem));
    filter.beforeId = cursor;
    auto [second, cursor2] = page(filter);
    CHECK(second == mine.mid(10, 10));
    filter.beforeId = cursor2;
    auto [third, cursor3] = page(filter);
    CHECK(third == mine.mid(20)); // the last 3
    filter.beforeId = cursor3;
    CHECK(page(filter).first.isEmpty());
    filter.beforeId = 0;
    CHECK(page(filter).first.first() == newer);
    CHECK(service.count(filter).value() == 24); // the count ignores the cursor and the limit

    // The item filter pages and counts at central too.
    CaseFilter byItem = filter;
    byItem.item = otherItem;
    byItem.limit = 100;
    const QStringList others = page(byItem).first;
    CHECK(others.size() == 8); // i = 0, 3, ..., 21
    CHECK(service.count(byItem).value() == 8);
    for (const QString &r : others)
        CHECK(mine.contains(r));

    // The cap: counting stops there, whatever the scope holds.
    CHECK(db.storage->cases().countCases(filter, 5).value() == 5);
    gateway::OperatorRow supervisor;
    supervisor.role = gateway::OperatorRoles::supervisor;
    CaseFilter all;
    gateway::OperatorRoles::narrow(supervisor, all);
    CHECK(service.count(all).value() == 29);
    all.stage = QStringLiteral("closed");
    CHECK(service.count(all).value() == 0);
}

TEST_CASE("Cases: the audit chain verifies, and an edited or removed entry is found",
          "[gateway-cases][sqlite]")
{
    CaseDb db;
    for (int i = 1; i <= 4; ++i)
        db.open(i);
    REQUIRE(db.move(QStringLiteral("NM20261128000002"), CaseService::accepted, testNow()).ok());
    auto ok = AuditChain(*db.storage).verify();
    REQUIRE(ok.ok());
    CHECK(ok->entries == 5);
    CHECK_FALSE(ok->brokenAt.has_value());

    Database &raw = sqliteDatabase(*db.storage);
    // Append-only: the database itself refuses an edit or a removal.
    CHECK_FALSE(raw.exec("UPDATE audit_log SET actor = 'x' WHERE seq = 3").ok());
    CHECK_FALSE(raw.exec("DELETE FROM audit_log WHERE seq = 3").ok());

    SECTION("an entry edited behind the triggers' back")
    {
        REQUIRE(raw.exec("DROP TRIGGER audit_log_no_update").ok());
        REQUIRE(raw.exec("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3").ok());
        auto broken = AuditChain(*db.storage).verify();
        REQUIRE(broken.ok());
        CHECK(broken->brokenAt == 3);
        CHECK(broken->entries == 2);
    }
    SECTION("an entry edited with its hash recomputed: the next one does not chain")
    {
        REQUIRE(raw.exec("DROP TRIGGER audit_log_no_update").ok());
        auto third = db.storage->auditLog().entries(2, 1).value().at(0);
        third.actor = QStringLiteral("someone-else");
        Statement s = raw.prepare("UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 3");
        s.bind(1, third.actor).bind(2, AuditChain::entryHash(third));
        REQUIRE(s.run().ok());
        auto broken = AuditChain(*db.storage).verify();
        REQUIRE(broken.ok());
        CHECK(broken->brokenAt == 4);
    }
    SECTION("an entry removed")
    {
        REQUIRE(raw.exec("DROP TRIGGER audit_log_no_delete").ok());
        REQUIRE(raw.exec("DELETE FROM audit_log WHERE seq = 2").ok());
        auto broken = AuditChain(*db.storage).verify();
        REQUIRE(broken.ok());
        CHECK(broken->brokenAt == 3);
    }
}

TEST_CASE("Cases: a case.open entry's detail is the JSON document's text, whatever the item says",
          "[gateway-cases][sqlite]")
{
    // The detail is written straight to bytes; the entry's hash covers it, so it must stay what
    // QJsonDocument wrote (keys sorted, compact, its escapes), or old chains and new would differ.
    CaseDb db;
    QString controls;
    for (int c = 1; c < 0x20; ++c)
        controls += QChar(c);
    const QStringList items = {
        QString::fromLatin1(pensionItem), QStringLiteral("a \"quoted\" \\ back/slash"), controls,
        QStringLiteral("失业登记 ᠮᠣᠩᠭᠣᠯ 😀"), QStringLiteral("lone ") + QChar(0xd800)};
    int n = 0;
    for (const QString &item : items) {
        const CaseRow opened = db.open(++n, item);
        auto entries = db.storage->auditLog().entries(n - 1, 1);
        REQUIRE(entries.ok());
        REQUIRE(entries->size() == 1);
        const gateway::AuditRow &entry = entries->at(0);
        CHECK(entry.action == QStringLiteral("case.open"));
        const QJsonObject expected{{QStringLiteral("receipt"), opened.receipt},
                                   {QStringLiteral("device"), opened.device},
                                   {QStringLiteral("uuid"), opened.uuid},
                                   {QStringLiteral("item"), item},
                                   {QStringLiteral("point"), opened.point}};
        INFO("item " << n);
        CHECK(entry.detail ==
              QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
    }
    auto verified = AuditChain(*db.storage).verify();
    REQUIRE(verified.ok());
    CHECK(verified->entries == items.size());
    CHECK_FALSE(verified->brokenAt.has_value());

    // The entry's hash is written straight to bytes too: the same as hashing the document's.
    auto byDocument = [](const gateway::AuditRow &r) {
        const QJsonArray fields{r.prevHash,
                                QString::number(r.seq),
                                QString::number(r.at.toSecsSinceEpoch()),
                                r.actor,
                                r.action,
                                r.subject,
                                r.detail};
        return QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex());
    };
    auto stored = db.storage->auditLog().entries(0, 100);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == items.size());
    for (const gateway::AuditRow &r : stored.value())
        CHECK(r.hash == byDocument(r));
    gateway::AuditRow odd = stored->at(0);
    for (const QString &text : items) {
        odd.actor = text;
        odd.detail = text + QStringLiteral(" \u2028 \x7f");
        odd.subject = QString(text).append(QChar(0xdc00));
        CHECK(AuditChain::entryHash(odd) == byDocument(odd));
    }
}

TEST_CASE("Cases: every accepted application from a kiosk becomes one case, through real intake",
          "[gateway-cases][sqlite]")
{
    TestGateway gateway;
    gateway.publish(seedCatalogue());
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    CaseKiosk kiosk(gateway, Suite::Intl);
    const QString a = kiosk.apply(QStringLiteral("巴特尔"));
    const QString b = kiosk.apply(QStringLiteral("其其格"));
    kiosk.upload(gateway, device, a);
    kiosk.upload(gateway, device, b);
    protocol::SubmissionBatch batch{{kiosk.wire(a), kiosk.wire(b)}};
    // A rating is accepted but is no application: no case.
    const QJsonObject rating{{QStringLiteral("level"), 5}};
    batch.records.append(craftRecord(gateway.keys->centralKey(Suite::Intl), Suite::Intl,
                                     QStringLiteral("rating"), rating));
    const qint64 now = gateway.nowSecs;
    HttpReply reply = device.push(gateway, "/v1/submissions", protocol::encode(batch), now);
    REQUIRE(reply.status == 200);
    auto first = protocol::decodeBatchResult(reply.body);
    REQUIRE(first.ok());
    REQUIRE(first->results.size() == 3);
    for (const auto &r : first->results)
        REQUIRE(r.status == Outcome::Accepted);
    // The same batch again: duplicates, and still one case each.
    gateway.nowSecs += 60;
    reply = device.push(gateway, "/v1/submissions", protocol::encode(batch), now + 60);
    REQUIRE(reply.status == 200);
    CHECK(protocol::decodeBatchResult(reply.body).value().results.at(0).status ==
          Outcome::Duplicate);

    // Officers work on their own connection, as the CLI does.
    auto storage = gateway::openGatewayStorage(gateway.dir.path());
    REQUIRE(storage.ok());
    auto cases = storage.value()->cases().cases({}).value();
    REQUIRE(cases.size() == 2);
    const auto caseA = storage.value()->cases().caseOf(device.enrolled.deviceId, a).value();
    REQUIRE(caseA.has_value());
    CHECK(caseA->receipt == first->results.at(0).receipt);
    CHECK(caseA->stage == CaseService::submitted);
    CHECK(caseA->point == QLatin1String("150525203000-01"));
    CHECK(caseA->device == device.enrolled.deviceId);
    CHECK(caseA->item == QLatin1String(unemploymentItem));
    CHECK(caseA->department == QLatin1String("shebao"));
    CHECK(caseA->promisedDays == 0);

    // 已提交 → 待补正 → 已受理 → 审查中 → 办结（准予）→ 待领取 → 已送达.
    CaseService service(*storage.value());
    const QDateTime t = gateway.now();
    const QString receipt = caseA->receipt;
    const auto step = [&](const QString &stage, const QString &reason = {},
                          const QStringList &materials = {}, const QDate &due = {}) {
        auto r = service.move(receipt,
                              {stage, QStringLiteral("clerk-1"), reason, materials, due, {}}, t);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value();
    };
    step(CaseService::correction, QStringLiteral("证明不清晰"),
         {QStringLiteral("解除劳动合同证明")},
         WorkCalendar::china().addWorkingDays(WorkCalendar::chinaDate(t), 5));
    step(CaseService::accepted);
    step(CaseService::review);
    step(CaseService::approved);
    step(CaseService::readyForPickup);
    CHECK(step(CaseService::delivered).stage == CaseService::delivered);
    // 不予受理 for the other one.
    const QString other = first->results.at(1).receipt;
    CHECK_FALSE(
        service.move(other, {CaseService::refused, QStringLiteral("clerk-1"), {}, {}, {}, {}}, t)
            .ok());
    REQUIRE(service
                .move(other,
                      {CaseService::refused,
                       QStringLiteral("clerk-1"),
                       QStringLiteral("非本旗户籍"),
                       {},
                       {},
                       {}},
                      t)
                .ok());
    CHECK(stagesOf(storage.value()->cases().cases({}).value()) ==
          QStringList{CaseService::refused, CaseService::delivered});
    auto verified = AuditChain(*storage.value()).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
    CHECK(verified->entries == 2 + 6 + 1 + 1); // and the 非常不满意's follow-up opening
    // Nothing personal in central's case tables or audit log.
    Statement s =
        sqliteDatabase(*storage.value()).prepare("SELECT group_concat(detail, '|') FROM audit_log");
    REQUIRE(s.step());
    CHECK_FALSE(s.text(0).contains(QStringLiteral("巴特尔")));
    CHECK_FALSE(s.text(0).contains(QStringLiteral("11010519491231002X")));
}

TEST_CASE("Cases: case list, show, move and audit verify as a process", "[gateway-cases][sqlite]")
{
    TestGateway gateway;
    gateway.publish(seedCatalogue());
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    CaseKiosk kiosk(gateway, Suite::Intl);
    const QString a = kiosk.apply(QStringLiteral("巴特尔"));
    kiosk.upload(gateway, device, a);
    const protocol::SubmissionBatch batch{{kiosk.wire(a)}};
    const HttpReply reply =
        device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs);
    REQUIRE(reply.status == 200);
    const QString receipt = protocol::decodeBatchResult(reply.body).value().results.at(0).receipt;
    REQUIRE_FALSE(receipt.isEmpty());

    // `case move --operator` names an operator account whose role and scope allow the move.
    REQUIRE(gateway::OperatorService(*gateway.storage)
                .add({QStringLiteral("clerk-1"),
                      {},
                      QStringLiteral("clerk"),
                      {QStringLiteral("150525203")},
                      false},
                     QStringLiteral("window-clerk-2026"), QStringLiteral("test"), gateway.now())
                .ok());
    const QStringList data{QStringLiteral("--data-dir"), gateway.dir.path()};
    const auto cli = [&](const QStringList &args) {
        const CliRun run = gatewayCli(args + data);
        INFO(run.err.toStdString());
        return run;
    };
    CliRun list = cli({QStringLiteral("case"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(receipt.toUtf8()));
    CHECK(list.out.contains("submitted"));
    list = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--stage"),
                QStringLiteral("review")});
    REQUIRE(list.exitCode == 0);
    CHECK_FALSE(list.out.contains(receipt.toUtf8()));

    // The wall clock is the CLI's: the due date is relative to today.
    const QString due =
        WorkCalendar::chinaDate(QDateTime::currentDateTimeUtc()).addDays(20).toString(Qt::ISODate);
    CliRun refused =
        cli({QStringLiteral("case"), QStringLiteral("move"), receipt, QStringLiteral("correction"),
             QStringLiteral("--operator"), QStringLiteral("clerk-1")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("待补正"));
    CliRun moved =
        cli({QStringLiteral("case"), QStringLiteral("move"), receipt, QStringLiteral("correction"),
             QStringLiteral("--operator"), QStringLiteral("clerk-1"), QStringLiteral("--reason"),
             QStringLiteral("证明不清晰"), QStringLiteral("--materials"),
             QStringLiteral("户口簿,解除劳动合同证明"), QStringLiteral("--due"), due});
    REQUIRE(moved.exitCode == 0);
    CliRun notAllowed =
        cli({QStringLiteral("case"), QStringLiteral("move"), receipt, QStringLiteral("delivered"),
             QStringLiteral("--operator"), QStringLiteral("clerk-1")});
    CHECK(notAllowed.exitCode != 0);
    REQUIRE(
        cli({QStringLiteral("case"), QStringLiteral("move"), receipt, QStringLiteral("accepted"),
             QStringLiteral("--operator"), QStringLiteral("clerk-1")})
            .exitCode == 0);

    // 即办 (promised 0): due today, so not overdue; by point and by stage it is listed.
    list = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--overdue")});
    REQUIRE(list.exitCode == 0);
    CHECK_FALSE(list.out.contains(receipt.toUtf8()));
    list = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--stage"),
                QStringLiteral("accepted"), QStringLiteral("--point"),
                QStringLiteral("150525203000-01")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(receipt.toUtf8()));
    CHECK(list.out.contains("0 left"));
    list = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--point"),
                QStringLiteral("150525203000-02")});
    REQUIRE(list.exitCode == 0);
    CHECK_FALSE(list.out.contains(receipt.toUtf8()));
    CHECK(cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--stage"),
               QStringLiteral("archived")})
              .exitCode != 0);

    CliRun show = cli({QStringLiteral("case"), QStringLiteral("show"), receipt});
    REQUIRE(show.exitCode == 0);
    const QString shown = QString::fromUtf8(show.out);
    CHECK(shown.contains(QStringLiteral("已受理")));
    CHECK(shown.contains(QStringLiteral("证明不清晰")));
    CHECK(shown.contains(QStringLiteral("户口簿")));
    CHECK(shown.contains(QStringLiteral("clerk-1")));
    CHECK(shown.contains(due));
    CHECK_FALSE(shown.contains(QStringLiteral("巴特尔"))); // never the sealed payload
    CHECK_FALSE(shown.contains(QStringLiteral("payload")));
    CHECK(cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("NM19990101000001")})
              .exitCode != 0);

    // 容缺 by the command line: promised, handed in at a point; a sweep finds nothing overdue.
    const QString soon =
        WorkCalendar::chinaDate(QDateTime::currentDateTimeUtc()).addDays(3).toString(Qt::ISODate);
    const QStringList promise{
        QStringLiteral("case"),       QStringLiteral("promise"), receipt,
        QStringLiteral("--material"), QStringLiteral("银行卡"),  QStringLiteral("--kind"),
        QStringLiteral("rongque"),    QStringLiteral("--due"),   soon,
        QStringLiteral("--operator"), QStringLiteral("clerk-1")};
    CliRun promised = cli(promise);
    REQUIRE(promised.exitCode == 0);
    const QByteArray material = promised.out.split(' ').value(1);
    CHECK(cli(QStringList(promise).replaceInStrings(QStringLiteral("rongque"),
                                                    QStringLiteral("later")))
              .exitCode != 0);
    const QStringList receive{
        QStringLiteral("case"),        QStringLiteral("receive"), receipt,
        QString::fromLatin1(material), QStringLiteral("--point"), QStringLiteral("150525203000-01"),
        QStringLiteral("--operator"),  QStringLiteral("clerk-1")};
    CHECK(cli(receive).exitCode == 0);
    CHECK(cli(receive).exitCode != 0); // once
    show = cli({QStringLiteral("case"), QStringLiteral("show"), receipt});
    CHECK(show.out.contains("received"));
    CliRun swept = cli({QStringLiteral("case"), QStringLiteral("sweep")});
    CHECK(swept.exitCode == 0);
    CHECK(swept.out.contains("overdue materials 0"));

    CliRun verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    REQUIRE(verify.exitCode == 0);
    CHECK(verify.out.contains("6 entries")); // case.open, operator.add, two moves, promise, receive
    {
        auto raw = Database::openRaw(GatewayKeys::databasePath(gateway.dir.path()));
        REQUIRE(raw.ok());
        REQUIRE(raw.value()->exec("DROP TRIGGER audit_log_no_update").ok());
        REQUIRE(raw.value()->exec("UPDATE audit_log SET detail = '{}' WHERE seq = 2").ok());
    }
    verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.exitCode != 0);
    CHECK(verify.err.contains("entry 2"));
}

TEST_CASE("Cases: a batch's audit entries are chained in one go; a record failing mid-batch "
          "leaves no entry of its own",
          "[gateway-cases]")
{
    TestGateway gateway;
    gateway.publish(seedCatalogue());
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    CaseKiosk kiosk(gateway, Suite::Intl);
    QStringList uuids;
    for (const char *name : {"巴特尔", "其其格", "乌云", "娜仁", "苏和"}) {
        uuids.append(kiosk.apply(QString::fromUtf8(name)));
        kiosk.upload(gateway, device, uuids.last());
    }
    const QString failing = uuids.at(2);
    // The database refuses the third record's kiosk receipt index: written after its case is
    // opened and its audit entry given, so the entry is already on its way when the record fails.
    auto storage = openGatewayTestStorage(gateway.dir.path());
    const QByteArray sqliteTrigger = "CREATE TRIGGER refuse_one BEFORE INSERT ON kiosk_receipts "
                                     "WHEN NEW.uuid = '" +
                                     failing.toLatin1() +
                                     "' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END";
    const QByteArray pgTrigger =
        "CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.uuid = "
        "'" +
        failing.toLatin1() +
        "' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;"
        " CREATE TRIGGER refuse_one BEFORE INSERT ON kiosk_receipts FOR EACH ROW"
        " EXECUTE FUNCTION refuse_one()";
    execOn(*storage, sqliteTrigger.constData(), pgTrigger.constData());

    protocol::SubmissionBatch batch;
    batch.version = protocol::receiptsV2;
    for (const QString &u : uuids)
        batch.records.append(kiosk.wire(u));
    HttpReply reply =
        device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs);
    REQUIRE(reply.status == 200);
    const auto first = protocol::decodeBatchResult(reply.body);
    REQUIRE(first.ok());
    REQUIRE(first->results.size() == 5);
    QStringList numbers; // the case numbers of the records stored, in batch order
    for (int i = 0; i < 5; ++i) {
        INFO("record " << i);
        if (i == 2) {
            CHECK(first->results.at(i).status == Outcome::Retry);
            continue;
        }
        REQUIRE(first->results.at(i).status == Outcome::Accepted);
        numbers.append(QStringLiteral("BJ") + first->results.at(i).receipt.mid(2));
    }

    // One entry per stored case, in the batch's order, chained without a gap; none for the
    // record that failed, though its entry had been given before it failed.
    auto verified = AuditChain(*storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
    QList<gateway::AuditRow> rows = auditEntries(gateway.dir.path());
    CHECK(openedCases(rows) == numbers);
    for (const gateway::AuditRow &r : rows)
        CHECK_FALSE(r.detail.contains(failing));
    CHECK_FALSE(storage->cases().caseOf(device.enrolled.deviceId, failing).value().has_value());

    // Sent again once the fault is gone: its case and its entry come now, after the others'.
    execOn(*storage, "DROP TRIGGER refuse_one",
           "DROP TRIGGER refuse_one ON kiosk_receipts; DROP FUNCTION refuse_one()");
    protocol::SubmissionBatch again;
    again.version = protocol::receiptsV2;
    again.records.append(kiosk.wire(failing));
    reply = device.push(gateway, "/v1/submissions", protocol::encode(again), gateway.nowSecs);
    REQUIRE(reply.status == 200);
    const auto second = protocol::decodeBatchResult(reply.body);
    REQUIRE(second.ok());
    REQUIRE(second->results.size() == 1);
    REQUIRE(second->results.at(0).status == Outcome::Accepted);
    numbers.append(QStringLiteral("BJ") + second->results.at(0).receipt.mid(2));
    verified = AuditChain(*storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
    rows = auditEntries(gateway.dir.path());
    CHECK(openedCases(rows) == numbers);
    CHECK(verified->entries == rows.size());
}

TEST_CASE("Cases: audit entries of one transaction are chained at its commit; one given in a "
          "rolled back savepoint goes with it",
          "[gateway-cases]")
{
    CaseDb db;
    gateway::CentralStorage &storage = *db.storage;
    const QDateTime now = testNow();
    const qint64 before = AuditChain(storage).verify().value().entries;
    const auto note = [&](const char *action, const char *subject) {
        REQUIRE(AuditChain(storage)
                    .append(QStringLiteral("t"), QString::fromLatin1(action),
                            QString::fromLatin1(subject), QString(), now)
                    .ok());
    };
    {
        auto tx = storage.begin();
        REQUIRE(tx.ok());
        note("test.one", "1");
        {
            auto inner = storage.begin();
            REQUIRE(inner.ok());
            note("test.dropped", "2");
        } // rolled back
        {
            auto inner = storage.begin();
            REQUIRE(inner.ok());
            note("test.kept", "3");
            REQUIRE(inner.value()->commit().ok());
        }
        // Nothing is written before the commit: the chain's head is taken once, at its end.
        CHECK(storage.auditLog().entries(before, 10).value().isEmpty());
        REQUIRE(tx.value()->commit().ok());
    }
    {
        // A transaction rolled back whole leaves nothing, and nothing of it reaches the next.
        auto tx = storage.begin();
        REQUIRE(tx.ok());
        note("test.dropped", "4");
    }
    note("test.alone", "5");
    const auto rows = storage.auditLog().entries(before, 10).value();
    QStringList actions;
    for (const gateway::AuditRow &r : rows)
        actions.append(r.action);
    CHECK(actions == QStringList{QStringLiteral("test.one"), QStringLiteral("test.kept"),
                                 QStringLiteral("test.alone")});
    const auto verified = AuditChain(storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
    CHECK(verified->entries == before + 3);
}
