#include "searchmissstore.h"
#include "testdb.h"

using namespace jiujin;

namespace {
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

TEST_CASE("search misses: counted per local day, folded, never with an ID- or phone-like number")
{
    TestDb t;
    QDateTime now = at("2026-12-06T15:30:00Z"); // 23:30 in Naiman Banner
    CatalogueService service(*t.store, [&] { return now; });
    SearchMissStore log(*t.db);
    CHECK_FALSE(service.recordMiss(QStringLiteral("骆驼证"))); // no log set: nothing kept
    service.setMissLog(&log);

    CHECK(service.recordMiss(QStringLiteral("骆驼证")));
    CHECK(service.recordMiss(QStringLiteral(" 駱駝證 "))); // the same, traditional and spaced
    now = at("2026-12-06T16:30:00Z");                      // 00:30 the next local day
    CHECK(service.recordMiss(QStringLiteral("骆驼证")));
    CHECK(service.recordMiss(QStringLiteral("草场补贴咋领")));

    // Never kept: ID numbers, mobile numbers, and any run of 6 digits (a number being typed).
    for (const char *q :
         {"11010519491231002X", "110105194912310", "13912345678 低保", "我的电话1391234", "650000"})
        CHECK_FALSE(service.recordMiss(QString::fromUtf8(q)));
    CHECK_FALSE(service.recordMiss(QStringLiteral("   ")));

    const QList<SearchMiss> misses = log.since(QDate(2026, 12, 1));
    REQUIRE(misses.size() == 2);
    CHECK(misses.at(0).query == QStringLiteral("骆驼证"));
    CHECK(misses.at(0).count == 3);
    CHECK(misses.at(0).days == 2);
    CHECK(misses.at(0).last == QDate(2026, 12, 7));
    CHECK(misses.at(1).query == QStringLiteral("草场补贴咋领"));
    CHECK(misses.at(1).count == 1);
    CHECK(log.since(QDate(2026, 12, 7)).size() == 2);
    CHECK(log.since(QDate(2026, 12, 8)).isEmpty());

    // Nothing of the forbidden kind reached the table, in any form.
    auto s = t.db->prepare("SELECT group_concat(query, '|') FROM search_misses");
    REQUIRE(s.step());
    CHECK_FALSE(s.text(0).contains(QStringLiteral("1391234")));
    CHECK_FALSE(s.text(0).contains(QStringLiteral("110105")));
}

TEST_CASE("search misses: a day keeps a bounded number of queries; old days are forgotten")
{
    TestDb t(false);
    SearchMissStore log(*t.db);
    const QDate day(2026, 12, 6);
    for (int i = 0; i < SearchMissStore::maxQueriesPerDay + 20; ++i)
        REQUIRE(log.record(QStringLiteral("词%1").arg(i), day).ok());
    REQUIRE(log.record(QStringLiteral("词0"), day).ok()); // a known one is still counted
    const QList<SearchMiss> all = log.since(day);
    CHECK(all.size() == SearchMissStore::maxQueriesPerDay);
    CHECK(all.front().query == QStringLiteral("词0"));
    CHECK(all.front().count == 2);
    REQUIRE(log.record(QStringLiteral("后来"), day.addDays(SearchMissStore::keepDays + 1)).ok());
    CHECK(log.since(day).size() == 1);
}
