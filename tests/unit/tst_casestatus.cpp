// The kiosk's case statuses (PROTOCOL.md, "Cases"): a case finished (已送达, 不予受理, 办结·不予)
// more than CaseStatusStore::keepFinishedDays ago is dropped in the transaction of the next page
// applied; running cases and recently finished ones stay, whatever their age.
#include "casestatusstore.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

CaseStatus caseOf(qint64 seq, const QString &stage, const QDateTime &at)
{
    CaseStatus c;
    c.receipt = QStringLiteral("NM20261128%1").arg(seq, 6, 10, QLatin1Char('0'));
    c.seq = seq;
    c.item = QStringLiteral("11150525MB0SB0001A415111010600001");
    c.stage = stage;
    c.stageAt = at;
    return c;
}

bool held(Database &db, qint64 seq)
{
    auto s = CaseStatusStore(db).status(
        QStringLiteral("NM20261128%1").arg(seq, 6, 10, QLatin1Char('0')));
    REQUIRE(s.ok());
    return s.value().has_value();
}

} // namespace

TEST_CASE("case statuses: finished cases older than the keep period are dropped at the next apply",
          "[cases]")
{
    TestDb t(false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int keep = CaseStatusStore::keepFinishedDays;
    const QDateTime old = now.addDays(-keep - 1), recent = now.addDays(-keep + 1);
    CaseStatusStore store(*t.db);
    QList<CaseStatus> cases{caseOf(1, QStringLiteral("delivered"), old),
                            caseOf(2, QStringLiteral("refused"), old),
                            caseOf(3, QStringLiteral("denied"), old),
                            caseOf(4, QStringLiteral("delivered"), recent),
                            caseOf(5, QStringLiteral("accepted"), old.addDays(-300)),
                            caseOf(6, QStringLiteral("approved"), old),
                            caseOf(7, QStringLiteral("ready_for_pickup"), old)};
    // Applied a while ago: nothing had finished long enough then.
    REQUIRE(store.apply({0, 7, cases, QString()}, QStringLiteral("test"), old.addDays(-1)).ok());
    for (qint64 n = 1; n <= 7; ++n)
        CHECK(held(*t.db, n));

    // The next page, today: the three finished long ago go, in its transaction.
    REQUIRE(store
                .apply({7, 8, {caseOf(8, QStringLiteral("submitted"), now)}, QString()},
                       QStringLiteral("test"), now)
                .ok());
    CHECK_FALSE(held(*t.db, 1));
    CHECK_FALSE(held(*t.db, 2));
    CHECK_FALSE(held(*t.db, 3));
    for (qint64 n : {4, 5, 6, 7, 8})
        CHECK(held(*t.db, n));
    CHECK(store.sequence().value() == 8);
    auto audit = t.db->prepare(
        "SELECT detail FROM audit_log WHERE action = 'cases.apply' ORDER BY rowid DESC LIMIT 1");
    REQUIRE(audit.step());
    CHECK(audit.text(0).contains(QStringLiteral("3 finished dropped")));
}
