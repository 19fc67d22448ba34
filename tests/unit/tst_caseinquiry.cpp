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
