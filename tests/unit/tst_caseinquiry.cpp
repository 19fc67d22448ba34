// 查进度 of another point's receipt, the kiosk's side of the database (CaseInquiryService over
// case_lookups, kiosk migration 010): what the UI may write, what it reads back from
// jiujin-syncd's answer, and that the four digits do not outlive their use.
#include "caseinquiryservice.h"
#include "caselookup.h"
#include "caselookupstore.h"
#include "receiptnumber.h"
#include "testdb.h"

using namespace jiujin;
using State = CaseInquiryService::Answer::State;

TEST_CASE("Case inquiries: asked, answered, read and wiped", "[case-inquiry]")
{
    TestDb t(false);
    QDateTime now(QDate(2030, 6, 11), QTime(1, 0), Qt::UTC);
    CaseInquiryService inquiries(*t.db, [&now] { return now; });
    CaseLookupStore store(*t.db);
    const QString receipt = receipt::format(u"20399", 5);

    // Only a canonical receipt and four characters of [0-9]{3}[0-9X].
    CHECK_FALSE(inquiries.ask(QStringLiteral("2039900000"), QStringLiteral("2386")).ok());
    CHECK_FALSE(inquiries.ask(receipt, QStringLiteral("238")).ok());
    CHECK_FALSE(inquiries.ask(receipt, QStringLiteral("23X6")).ok());
    CHECK_FALSE(inquiries.ask(receipt, QStringLiteral("002x")).ok());
    CHECK(store.count().value() == 0);

    auto id = inquiries.ask(receipt, QStringLiteral("002X"));
    REQUIRE(id.ok());
    CHECK(inquiries.answer(id.value())->state == State::Waiting);
    REQUIRE(store.waiting()->size() == 1);
    CHECK(store.waiting()->first().last4 == QStringLiteral("002X"));

    // jiujin-syncd's answer: the case, verified; the digits are blanked with it.
    protocol::CaseLookupAnswer a;
    a.ask = id.value();
    a.receipt = receipt;
    a.point = QStringLiteral("150525100000-01");
    a.found.seq = 4;
    a.found.receipt = QStringLiteral("NM20300611000001");
    a.found.item = QStringLiteral("11150525MB0SB0001A415111010600001");
    a.found.stage = QStringLiteral("correction");
    a.found.stageAt = now;
    a.found.materials = {QStringLiteral("户口簿")};
    a.found.materialsDue = QDate(2030, 6, 18);
    REQUIRE(store
                .answer(id.value(), QStringLiteral("found"), QString::fromUtf8(protocol::encode(a)),
                        QString())
                .ok());
    CHECK(store.row(id.value())->value().last4.isEmpty());
    // Answered once: a second answer (a late one) finds nothing waiting.
    CHECK(store.answer(id.value(), QStringLiteral("offline"), QString(), QString()).error().code ==
          Error::NotFound);
    auto found = inquiries.answer(id.value());
    REQUIRE(found.ok());
    CHECK(found->state == State::Found);
    REQUIRE(found->found.has_value());
    CHECK(found->found->stage == QLatin1String("correction"));
    CHECK(found->found->materials == QStringList{QStringLiteral("户口簿")});
    CHECK(found->point == QLatin1String("150525100000-01"));
    REQUIRE(inquiries.forget(id.value()).ok());
    CHECK(inquiries.answer(id.value()).error().code == Error::NotFound);

    // An answer that names another receipt is not shown.
    auto other = inquiries.ask(receipt, QStringLiteral("2386"));
    REQUIRE(other.ok());
    a.ask = other.value();
    a.receipt = receipt::format(u"20399", 6);
    REQUIRE(store
                .answer(other.value(), QStringLiteral("found"),
                        QString::fromUtf8(protocol::encode(a)), QString())
                .ok());
    CHECK_FALSE(inquiries.answer(other.value()).ok());

    // Rows live minutes at most: asking again later wipes what was left.
    now = now.addSecs(CaseInquiryService::keepSeconds + 1);
    auto later = inquiries.ask(receipt, QStringLiteral("2386"));
    REQUIRE(later.ok());
    CHECK(store.count().value() == 1);
    now = now.addSecs(CaseInquiryService::keepSeconds + 1);
    CHECK(inquiries.forgetStale().value() == 1);
    CHECK(store.count().value() == 0);
}

namespace {

/** Whether @p marker is anywhere in the database file at @p path or in its WAL, as bytes. */
bool onDisk(const QString &path, const QByteArray &marker)
{
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Case inquiries: a deleted lookup leaves no bytes in the file", "[case-inquiry]")
{
    TestDb t(false);
    // As a SQLite built without SECURE_DELETE would be (Debian's has it on by default): the
    // wipe must not depend on how the library was compiled.
    REQUIRE(t.db->exec("PRAGMA secure_delete = OFF").ok());
    CaseLookupStore store(*t.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The store takes any text: planted markers stand for the digits, which are too short to
    // be told apart from other bytes of the file.
    const auto plant = [&](const QString &id, const QByteArray &marker, const QDateTime &created) {
        REQUIRE(store
                    .ask({id, receipt::format(u"20399", 7), QString::fromLatin1(marker), created,
                          QString(), QString(), QString()})
                    .ok());
        // As an automatic checkpoint may at any time: the row is in the database file itself.
        REQUIRE(t.db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        REQUIRE(onDisk(t.path(), marker));
    };

    SECTION("answered, then deleted as the UI does once it has read the answer")
    {
        plant(QStringLiteral("lookup-read"), "DIGITS-CANARY-4711", now);
        REQUIRE(store
                    .answer(QStringLiteral("lookup-read"), QStringLiteral("not_found"), QString(),
                            QString())
                    .ok());
        REQUIRE(store.remove(QStringLiteral("lookup-read")).ok());
        CHECK_FALSE(onDisk(t.path(), "DIGITS-CANARY-4711"));
        CHECK_FALSE(onDisk(t.path(), "lookup-read"));
    }
    SECTION("deleted unanswered as stale")
    {
        plant(QStringLiteral("lookup-stale"), "DIGITS-CANARY-0815", now.addSecs(-600));
        REQUIRE(store.removeBefore(now.addSecs(-CaseInquiryService::keepSeconds)).value() == 1);
        CHECK_FALSE(onDisk(t.path(), "DIGITS-CANARY-0815"));
        CHECK_FALSE(onDisk(t.path(), "lookup-stale"));
    }
    // The rest of the database keeps the connection's setting.
    auto setting = t.db->prepare("PRAGMA secure_delete");
    REQUIRE(setting.step());
    CHECK(setting.integer(0) == 0);
}
