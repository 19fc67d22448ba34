// CaseFeedPuller against a fake central whose pages the test signs itself: it follows "more"
// page by page from the sequence it applied, and a page that is malformed or for another point
// changes nothing and is noted in sync.last_error (PROTOCOL.md, "Cases").
#include "casechanges.h"
#include "casefeedpuller.h"
#include "casestatusstore.h"
#include "deviceconfig.h"
#include "fakegateway.h"
#include "keys.h"
#include "kioskenrollment.h"
#include "kioskfixture.h"
#include "syncengine.h"

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

const QString point = QStringLiteral("150525203000-01"); // the fake gateway's enrollment point

protocol::CaseChange caseAt(qint64 seq, int n, const QString &stage)
{
    protocol::CaseChange c;
    c.seq = seq;
    c.receipt = QStringLiteral("NM20261128%1").arg(n, 6, 10, QLatin1Char('0'));
    c.item = QStringLiteral("11150525MB0SB0001A415111010600001");
    c.stage = stage;
    c.stageAt = QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC);
    return c;
}

/** The 200 body of @p text signed by @p key as central signs it (the text need not be sound). */
QByteArray signedBody(const protocol::Key &key, const QByteArray &text)
{
    auto signature = protocol::sign(key, protocol::casesSigningInput(text));
    REQUIRE(signature.ok());
    return protocol::encode(protocol::SignedCaseChanges{text, signature.value()});
}

std::optional<CaseStatus> statusOf(Database &db, int n)
{
    auto s =
        CaseStatusStore(db).status(QStringLiteral("NM20261128%1").arg(n, 6, 10, QLatin1Char('0')));
    REQUIRE(s.ok());
    return s.value();
}

} // namespace

TEST_CASE("case updates: pages followed while 'more'; a bad page changes nothing", "[sync]")
{
    TestKiosk k;
    FakeGateway gw;
    auto enrolled =
        KioskEnrollment(*k.db).enroll(EnrollOptions{gw.url(),
                                                    gw.newToken(),
                                                    {gw.pin()},
                                                    k.dir.filePath(QStringLiteral("keys")),
                                                    protocol::Suite::Intl});
    INFO(enrolled.error().message.toStdString());
    REQUIRE(enrolled.ok());
    auto engine = SyncEngine::open(*k.db);
    REQUIRE(engine.ok());

    // Two pages: the second answers the first's seq.
    gw.caseBodies[0] = signedBody(gw.receiptKey, protocol::encode(protocol::CaseChangeSet{
                                                     point,
                                                     0,
                                                     2,
                                                     true,
                                                     {caseAt(1, 1, QStringLiteral("submitted")),
                                                      caseAt(2, 2, QStringLiteral("submitted"))},
                                                     {}}));
    gw.caseBodies[2] =
        signedBody(gw.receiptKey,
                   protocol::encode(protocol::CaseChangeSet{
                       point,
                       2,
                       3,
                       false,
                       {caseAt(3, 1, QStringLiteral("accepted"))},
                       {{QStringLiteral("satisfaction_90d"), protocol::CaseFigure{0.97, 120}}}}));
    auto pulled = CaseFeedPuller(*k.db, *engine.value()).run();
    INFO(pulled.error().message.toStdString());
    REQUIRE(pulled.ok());
    CHECK(pulled->pages == 2);
    CHECK(pulled->cases == 3);
    CHECK(pulled->seq == 3);
    CHECK(gw.caseSinces == QList<qint64>{0, 2});
    CHECK(statusOf(*k.db, 1)->stage == QLatin1String("accepted"));
    CHECK(statusOf(*k.db, 2)->stage == QLatin1String("submitted"));
    CHECK(CaseStatusStore(*k.db).figures().value().contains(QLatin1String("satisfaction_90d")));

    const auto unchanged = [&] {
        CHECK(CaseStatusStore(*k.db).sequence().value() == 3);
        CHECK_FALSE(statusOf(*k.db, 4).has_value());
        CHECK(statusOf(*k.db, 2)->stage == QLatin1String("submitted"));
        CHECK(k.store->setting(QLatin1String(syncsetting::lastError))
                  .startsWith(QLatin1String("cases:")));
    };

    SECTION("one malformed entry fails the whole page")
    {
        QByteArray text = protocol::encode(protocol::CaseChangeSet{
            point,
            3,
            5,
            false,
            {caseAt(4, 4, QStringLiteral("review")), caseAt(5, 2, QStringLiteral("review"))},
            {}});
        // Signed as central would sign it, but the second entry's stage is no stage.
        const qsizetype second = text.lastIndexOf("\"stage\":\"review\"");
        text.replace(second, 16, "\"stage\":\"lost!!\"");
        gw.caseBodies[3] = signedBody(gw.receiptKey, text);
        auto bad = CaseFeedPuller(*k.db, *engine.value()).run();
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QLatin1String("stage")));
        unchanged();
    }
    SECTION("a page of another service point is refused")
    {
        gw.caseBodies[3] = signedBody(gw.receiptKey, protocol::encode(protocol::CaseChangeSet{
                                                         QStringLiteral("150525100000-01"),
                                                         3,
                                                         4,
                                                         false,
                                                         {caseAt(4, 4, QStringLiteral("review"))},
                                                         {}}));
        REQUIRE_FALSE(CaseFeedPuller(*k.db, *engine.value()).run().ok());
        unchanged();
    }
    SECTION("a page that does not follow the sequence held is refused")
    {
        gw.caseBodies[3] = signedBody(
            gw.receiptKey, protocol::encode(protocol::CaseChangeSet{
                               point, 1, 4, false, {caseAt(4, 4, QStringLiteral("review"))}, {}}));
        REQUIRE_FALSE(CaseFeedPuller(*k.db, *engine.value()).run().ok());
        unchanged();
    }
}
