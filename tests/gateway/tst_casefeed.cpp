// Case updates down to the kiosks (PROTOCOL.md, "Cases"): central's per-point sequence written
// with every case change, the change list since a sequence (paged, with "more"), and
// GET /v1/cases/changes over real TLS, signed by the receipt key of the device's suite.
#include "gatewayfixture.h"

#include "casechanges.h"
#include "casefeed.h"
#include "casefeedrecords.h"
#include "caseservice.h"
#include "sqlitecentralstorage.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using gateway::CaseFeed;
using gateway::CaseFeedAnswer;
using gateway::CaseService;
using protocol::Suite;

namespace {

const char *const pensionItem = "11150525MB0SB0001A415111010200001"; // promised 10 working days
const QString pointA = QStringLiteral("150525203000-01");
const QString pointB = QStringLiteral("150525100000-01");

QString receiptOf(int n)
{
    return QStringLiteral("NM20261128%1").arg(n, 6, 10, QLatin1Char('0'));
}

/** Opens the case of accepted application @p n at @p point. */
void openCase(gateway::CentralStorage &storage, int n, const QString &point)
{
    SubmissionRow s;
    s.device = QStringLiteral("dev-1");
    s.uuid = QStringLiteral("uuid-%1").arg(n);
    s.kind = QStringLiteral("submission");
    s.item = QString::fromLatin1(pensionItem);
    s.point = point;
    s.status = QStringLiteral("accepted");
    s.receipt = receiptOf(n);
    auto c = CaseService(storage).open(s, testNow());
    INFO((c.ok() ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
}

void move(gateway::CentralStorage &storage, int n, const QString &stage, const QString &reason = {},
          const QStringList &materials = {}, const QDate &due = {})
{
    auto moved = CaseService(storage).move(
        receiptOf(n), {stage, QStringLiteral("op-7"), reason, materials, due, {}}, testNow());
    INFO((moved.ok() ? QString() : moved.error().message).toStdString());
    REQUIRE(moved.ok());
}

QStringList receipts(const protocol::CaseChangeSet &set)
{
    QStringList out;
    for (const auto &c : set.cases)
        out.append(c.receipt);
    return out;
}

} // namespace

TEST_CASE("Case feed: one sequence per point, written with every case change", "[gateway-casefeed]")
{
    QTemporaryDir dir;
    auto opened = openTestCentral(dir.filePath(QStringLiteral("c.db")));
    REQUIRE(opened.ok());
    auto &storage = *opened.value();
    REQUIRE(CataloguePublisher(storage).publish(seedCatalogue(), testNow()).ok());
    CaseFeed feed(storage);

    // Nothing yet: up to date at 0, and a kiosk ahead of central is sent back to 0.
    REQUIRE(feed.changesSince(pointA, 0)->kind == CaseFeedAnswer::Kind::UpToDate);
    REQUIRE(feed.changesSince(pointA, 1)->kind == CaseFeedAnswer::Kind::Ahead);

    openCase(storage, 1, pointA);
    openCase(storage, 2, pointA);
    openCase(storage, 3, pointA);
    openCase(storage, 4, pointB);
    CHECK(storage.caseFeed().current(pointA).value() == 3);
    CHECK(storage.caseFeed().current(pointB).value() == 1);

    auto all = feed.changesSince(pointA, 0);
    REQUIRE(all.ok());
    REQUIRE(all->kind == CaseFeedAnswer::Kind::Changes);
    CHECK(all->changes.point == pointA);
    CHECK(all->changes.from == 0);
    CHECK(all->changes.seq == 3);
    CHECK_FALSE(all->changes.more);
    // Another point's case never reaches this point's kiosks.
    CHECK(receipts(all->changes) == QStringList{receiptOf(1), receiptOf(2), receiptOf(3)});
    CHECK(all->changes.cases.at(0).stage == QLatin1String("submitted"));
    CHECK(all->changes.cases.at(0).item == QLatin1String(pensionItem));
    CHECK(feed.changesSince(pointA, 3)->kind == CaseFeedAnswer::Kind::UpToDate);
    CHECK(feed.changesSince(pointA, 4)->kind == CaseFeedAnswer::Kind::Ahead);

    // A move: that case alone comes again, with its new stage, due date and the time of it.
    move(storage, 1, CaseService::accepted);
    auto moved = feed.changesSince(pointA, 3);
    REQUIRE(moved->kind == CaseFeedAnswer::Kind::Changes);
    REQUIRE(receipts(moved->changes) == QStringList{receiptOf(1)});
    const protocol::CaseChange accepted = moved->changes.cases.at(0);
    CHECK(accepted.seq == 4);
    CHECK(accepted.stage == QLatin1String("accepted"));
    CHECK(accepted.due.isValid()); // 10 working days from acceptance
    CHECK(accepted.stageAt == testNow());
    CHECK_FALSE(accepted.paused);

    // 待补正 after acceptance: what to bring, by when, the reason; the clock stands still.
    const QDate due = testNow().date().addDays(10);
    move(storage, 1, CaseService::correction, QStringLiteral("户口簿复印件不清晰"),
         {QStringLiteral("户口簿复印件")}, due);
    auto correction = feed.changesSince(pointA, 4);
    REQUIRE(correction->changes.cases.size() == 1);
    const protocol::CaseChange asked = correction->changes.cases.at(0);
    CHECK(asked.stage == QLatin1String("correction"));
    CHECK(asked.materials == QStringList{QStringLiteral("户口簿复印件")});
    CHECK(asked.materialsDue == due);
    CHECK(asked.reason == QStringLiteral("户口簿复印件不清晰"));
    CHECK(asked.paused);

    // A 容缺 material promised and then received: each is a change of the case.
    REQUIRE(CaseService(storage)
                .promiseMaterial(receiptOf(2), QStringLiteral("结婚证"), QStringLiteral("rongque"),
                                 due, QStringLiteral("op-7"), testNow())
                .ok());
    auto promised = feed.changesSince(pointA, 5);
    REQUIRE(receipts(promised->changes) == QStringList{receiptOf(2)});
    REQUIRE(promised->changes.cases.at(0).pending.size() == 1);
    CHECK(promised->changes.cases.at(0).pending.at(0) ==
          protocol::CasePendingMaterial{QStringLiteral("结婚证"), QStringLiteral("rongque"), due});
    const qint64 material = storage.cases()
                                .materials(storage.cases().caseByReceipt(receiptOf(2)).value()->id)
                                .value()
                                .at(0)
                                .id;
    REQUIRE(CaseService(storage)
                .receiveMaterial(receiptOf(2), material, pointA, QStringLiteral("op-7"), testNow())
                .ok());
    auto received = feed.changesSince(pointA, 6);
    REQUIRE(receipts(received->changes) == QStringList{receiptOf(2)});
    CHECK(received->changes.cases.at(0).pending.isEmpty());

    // 不予受理 carries its reason; 待领取 says the result waits at this point.
    move(storage, 3, CaseService::refused, QStringLiteral("不属于本事项受理范围"));
    move(storage, 1, CaseService::review);
    move(storage, 1, CaseService::approved);
    move(storage, 1, CaseService::readyForPickup);
    auto latest = feed.changesSince(pointA, 7);
    REQUIRE(receipts(latest->changes) == QStringList{receiptOf(3), receiptOf(1)});
    CHECK(latest->changes.cases.at(0).reason == QStringLiteral("不属于本事项受理范围"));
    CHECK(latest->changes.cases.at(1).stage == QLatin1String("ready_for_pickup"));
    CHECK(latest->changes.cases.at(1).pickupHere);
    CHECK(latest->changes.seq == 11);

    // Pages: at most `limit` cases, "more" while others follow; each page goes on from the last.
    auto first = feed.changesSince(pointA, 0, 2);
    REQUIRE(first->changes.cases.size() == 2);
    CHECK(first->changes.more);
    auto second = feed.changesSince(pointA, first->changes.seq, 2);
    REQUIRE(second->changes.cases.size() == 1);
    CHECK_FALSE(second->changes.more);
    CHECK(second->changes.seq == 11);
    QStringList paged = receipts(first->changes) + receipts(second->changes);
    paged.sort();
    CHECK(paged == QStringList{receiptOf(1), receiptOf(2), receiptOf(3)});

    // The figures hook: what central fills in later travels in the change set, and round-trips.
    feed.setFiguresProvider(
        [](const QString &point) -> Result<QMap<QString, protocol::CaseFigure>> {
            if (point != pointA)
                return QMap<QString, protocol::CaseFigure>();
            return QMap<QString, protocol::CaseFigure>{
                {QStringLiteral("satisfaction_90d"), protocol::CaseFigure{0.97, 120}}};
        });
    auto withFigures = feed.changesSince(pointA, 0);
    CHECK(withFigures->changes.figures.value(QStringLiteral("satisfaction_90d")) ==
          protocol::CaseFigure{0.97, 120});
    auto decoded = protocol::decodeCaseChangeSet(protocol::encode(withFigures->changes));
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == withFigures->changes);
}

TEST_CASE("Case changes codec: strict about what it applies", "[gateway-casefeed]")
{
    protocol::CaseChange c;
    c.seq = 3;
    c.receipt = QStringLiteral("NM20261128000001");
    c.item = QString::fromLatin1(pensionItem);
    c.stage = QStringLiteral("correction");
    c.stageAt = testNow();
    c.materials = {QStringLiteral("户口簿")};
    c.materialsDue = QDate(2026, 12, 8);
    protocol::CaseChangeSet set{pointA, 2, 3, false, {c}, {}};
    const QByteArray text = protocol::encode(set);
    REQUIRE(protocol::decodeCaseChangeSet(text).value() == set);

    const auto refused = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray bad = text;
        REQUIRE(bad.contains(from));
        bad.replace(from, to);
        return !protocol::decodeCaseChangeSet(bad).ok();
    };
    CHECK(refused("\"stage\":\"correction\"", "\"stage\":\"lost\""));
    CHECK(refused("\"seq\":3,", "\"seq\":4,"));         // the last case is not at seq
    CHECK(refused("\"from\":2", "\"from\":3"));         // seq not after from
    CHECK(refused("2026-12-08", "2026-13-08"));         // not a date
    CHECK(refused("\"NM20261128000001\"", "\"nm 1\"")); // not a receipt
    CHECK(refused("\"cases\":[{", "\"cases\":[7,{"));   // not an object
    CHECK(refused("\"paused\":false", "\"paused\":0"));

    // The signature covers the text as sent: one changed byte and it is refused.
    auto key = protocol::Key::generateSigning(Suite::Intl);
    REQUIRE(key.ok());
    auto signedSet = protocol::signCaseChanges(key.value(), set);
    REQUIRE(signedSet.ok());
    CHECK(protocol::openCaseChanges(key.value(), protocol::encode(signedSet.value())).value() ==
          set);
    protocol::SignedCaseChanges tampered = signedSet.value();
    tampered.changes.replace("户口簿", "身份证");
    auto opened = protocol::openCaseChanges(key.value(), protocol::encode(tampered));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == Error::Corrupt);
}

TEST_CASE("GET /v1/cases/changes: the device's point, signed by the receipt key of its suite",
          "[gateway-http]")
{
    for (const Suite suite : {Suite::Intl, Suite::Gm}) {
        TestGateway gateway(suite);
        TestDevice device(gateway, gateway.token(), suite);
        const qint64 now = gateway.now().toSecsSinceEpoch();
        const auto get = [&](const QByteArray &since) {
            return device.send(gateway, "GET", "/v1/cases/changes?since=" + since, {}, now);
        };
        CHECK(get("0").status == 204); // no case at the point yet
        {
            // Cases are made by central's officers through another connection, as the CLI does.
            auto other = gateway::openGatewayStorage(gateway.dir.path());
            REQUIRE(other.ok());
            openCase(*other.value(), 1, pointA);
            openCase(*other.value(), 2, pointB);
            move(*other.value(), 1, CaseService::refused, QStringLiteral("不属于受理范围"));
        }
        const HttpReply reply = get("0");
        REQUIRE(reply.status == 200);
        auto opened = protocol::openCaseChanges(gateway.keys->receiptKey(suite), reply.body);
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        CHECK(opened->point == pointA); // the device's point from its enrollment
        CHECK(receipts(opened.value()) == QStringList{receiptOf(1)});
        CHECK(opened->cases.at(0).stage == QLatin1String("refused"));
        CHECK(opened->seq == 2);
        CHECK(get("2").status == 204);
        const HttpReply ahead = get("3");
        CHECK(ahead.status == 410);
        CHECK(ahead.body.contains("snapshot"));
        CHECK(get("x1").status == 400);
        CHECK(get("-1").status == 400);
        // Unsigned: refused before anything is read.
        CHECK(httpsSend(gateway.port, gateway.keys->serverPin(), "GET", "/v1/cases/changes?since=0",
                        {}, {}, device.cert())
                  .status == 401);
    }
}
