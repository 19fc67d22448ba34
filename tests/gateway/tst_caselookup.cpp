// 查进度 for a receipt from another point (PROTOCOL.md "Case lookup"): POST /v1/cases/lookup over
// real TLS from a device of another point. Matched on the last four of the phone or of the ID
// number in the sealed form (opened at central), one answer for "no such receipt" and "wrong
// digits", nothing personal in any answer, every lookup on central's audit chain without the
// digits, and the limits (per device, per receipt) counted from central's database, so that they
// hold across a restart.
#include "gatewayfixture.h"
#include "kioskfixture.h"

#include "auditchain.h"
#include "caselookup.h"
#include "caselookuprecords.h"
#include "caselookupservice.h"
#include "caseservice.h"
#include "database.h"
#include "devicerecords.h"
#include "outboxstore.h"
#include "receiptnumber.h"
#include "sqlitecentralstorage.h"
#include "submissionservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace jiujin;
using gateway::CaseService;
using protocol::Suite;

namespace {

const QString pointA = QStringLiteral("150525203000-01");
const QString pointB = QStringLiteral("150525100000-01");

/** Kiosk A: seals to the gateway's central key as jiujin-kiosk does. */
struct LookupKiosk : TestKiosk
{
    LookupKiosk(const TestGateway &gateway, Suite suite) : TestKiosk(suite)
    {
        REQUIRE(store
                    ->setSetting(QStringLiteral("central.public_key"),
                                 QString::fromLatin1(gateway.keys->centralKey(suite).publicPem()))
                    .ok());
        service = std::make_unique<SubmissionService>(*db, [] { return testNow(); });
    }
    /** Applies and pushes through @p device; the kiosk receipt and central's receipt. */
    std::pair<QString, QString> apply(const TestGateway &gateway, const TestDevice &device)
    {
        auto queued = service->submit(unemployment());
        REQUIRE(queued.ok());
        const auto sealed = OutboxStore(*db).sealed(queued->uuid);
        REQUIRE(sealed.has_value());
        for (int i = 0; i < sealed->attachments.size(); ++i)
            REQUIRE(
                device.upload(gateway, queued->uuid, i, sealed->attachments.at(i), gateway.nowSecs)
                    .status == 204);
        const protocol::WireRecord wire{sealed->uuid,      sealed->meta,    sealed->suite,
                                        sealed->keyHeader, sealed->payload, sealed->attachments};
        const HttpReply reply =
            device.push(gateway, "/v1/submissions",
                        protocol::encode(protocol::SubmissionBatch{{wire}}), gateway.nowSecs);
        REQUIRE(reply.status == 200);
        auto result = protocol::decodeBatchResult(reply.body);
        REQUIRE(result.ok());
        REQUIRE(result->results.size() == 1);
        REQUIRE(result->results.at(0).status == protocol::Outcome::Accepted);
        return {queued->receipt, result->results.at(0).receipt};
    }
    std::unique_ptr<SubmissionService> service;
};

HttpReply ask(const TestGateway &gateway, const TestDevice &device, const QString &receipt,
              const QString &last4, const QString &id = QStringLiteral("ask-1"))
{
    return device.send(gateway, "POST", "/v1/cases/lookup",
                       protocol::encode(protocol::CaseLookupRequest{id, receipt, last4}),
                       gateway.nowSecs);
}

/** Central's storage through a connection of its own, as another process (the CLI) would. */
std::unique_ptr<gateway::CentralStorage> otherConnection(const TestGateway &gateway)
{
    auto other = gateway::openGatewayStorage(gateway.dir.path());
    REQUIRE(other.ok());
    return std::move(other.value());
}

QList<gateway::AuditRow> lookupsAudited(gateway::CentralStorage &storage)
{
    QList<gateway::AuditRow> out;
    auto all = storage.auditLog().entries(0, 100000);
    REQUIRE(all.ok());
    for (const auto &row : all.value())
        if (row.action == QLatin1String("case.lookup"))
            out.append(row);
    return out;
}

} // namespace

TEST_CASE("POST /v1/cases/lookup: by receipt and the last four of the phone or ID",
          "[gateway-caselookup]")
{
    for (const Suite suite : {Suite::Intl, Suite::Gm}) {
        TestGateway gateway(suite);
        TestDevice deviceA(gateway, gateway.token(), suite);
        auto tokenB = gateway.enrollment->createToken(pointB, {}, gateway.now());
        REQUIRE(tokenB.ok());
        TestDevice deviceB(gateway, tokenB.value(), suite);
        LookupKiosk kiosk(gateway, suite);
        const auto applied = kiosk.apply(gateway, deviceA);
        const QString receipt = applied.first, central = applied.second;
        CHECK(receipt::normalise(receipt).has_value());
        {
            auto other = otherConnection(gateway);
            REQUIRE(CaseService(*other)
                        .move(central,
                              {CaseService::accepted, QStringLiteral("op-7"), {}, {}, {}, {}},
                              gateway.now())
                        .ok());
        }

        // The phone's last four (typed with spaces at the kiosk A), and the ID's with its X.
        for (const QString &four : {QStringLiteral("2386"), QStringLiteral("002X")}) {
            const HttpReply found =
                ask(gateway, deviceB, receipt, four, QStringLiteral("ask-") + four);
            REQUIRE(found.status == 200);
            auto answer =
                protocol::openCaseLookupAnswer(gateway.keys->receiptKey(suite), found.body);
            INFO((answer.ok() ? QString() : answer.error().message).toStdString());
            REQUIRE(answer.ok());
            CHECK(answer->ask == QStringLiteral("ask-") + four);
            CHECK(answer->receipt == receipt);
            CHECK(answer->point == pointA);
            CHECK(answer->found.receipt == central);
            CHECK(answer->found.stage == QLatin1String("accepted"));
            CHECK_FALSE(answer->found.pickupHere);
            // Nothing personal: not the name, the ID, the phone or the address.
            for (const char *pii :
                 {"巴特尔", "11010519491231002X", "13947512386", "4751", "黄花塔拉"})
                CHECK_FALSE(found.body.contains(pii));
        }

        // Wrong digits and a receipt that does not exist: the same answer, byte for byte.
        const HttpReply wrong = ask(gateway, deviceB, receipt, QStringLiteral("1234"));
        const HttpReply unknown =
            ask(gateway, deviceB, receipt::format(u"20399", 7), QStringLiteral("2386"));
        CHECK(wrong.status == 404);
        CHECK(unknown.status == 404);
        CHECK(wrong.body == unknown.body);
        CHECK(wrong.body == R"({"error":"not_found"})");
        // A receipt with a wrong check digit exists nowhere either.
        QString badCheck = receipt;
        badCheck[13] = QChar(u'0' + (badCheck.at(13).digitValue() + 1) % 10);
        CHECK(ask(gateway, deviceB, badCheck, QStringLiteral("2386")).status == 404);

        // Malformed, too large, unsigned: refused before anything is looked up.
        CHECK(ask(gateway, deviceB, receipt, QStringLiteral("12a4")).status == 400);
        CHECK(
            ask(gateway, deviceB, QStringLiteral("2039900000070"), QStringLiteral("2386")).status ==
            400);
        CHECK(deviceB
                  .send(gateway, "POST", "/v1/cases/lookup",
                        R"({"ask":"a","receipt":")" + QByteArray(2000, '1') + R"(","last4":"1"})",
                        gateway.nowSecs)
                  .status == 413);
        CHECK(httpsPost(gateway.port, gateway.keys->serverPin(), "/v1/cases/lookup",
                        protocol::encode(protocol::CaseLookupRequest{QStringLiteral("x"), receipt,
                                                                     QStringLiteral("2386")}),
                        {}, deviceB.cert())
                  .status == 401);

        // Audited as the device's access, with the outcome and never the digits.
        auto other = otherConnection(gateway);
        const auto audited = lookupsAudited(*other);
        REQUIRE(audited.size() == 5); // two found, wrong, unknown, bad check digit
        int found = 0;
        for (const auto &row : audited) {
            CHECK(row.actor == deviceB.enrolled.deviceId);
            for (const char *digits : {"2386", "002X", "1234"}) {
                CHECK_FALSE(row.detail.contains(QLatin1String(digits)));
                CHECK_FALSE(row.subject.contains(QLatin1String(digits)));
            }
            if (row.detail.contains(QLatin1String("\"outcome\":\"found\""))) {
                ++found;
                CHECK(row.subject.startsWith(QLatin1String("BJ")));
            }
        }
        CHECK(found == 2);
        CHECK(gateway::AuditChain(*other).verify()->brokenAt == std::nullopt);

        // 待领取 at point A: "here" only for a device of point A.
        REQUIRE(CaseService(*other)
                    .move(central, {CaseService::review, QStringLiteral("op-7"), {}, {}, {}, {}},
                          gateway.now())
                    .ok());
        REQUIRE(CaseService(*other)
                    .move(central, {CaseService::approved, QStringLiteral("op-7"), {}, {}, {}, {}},
                          gateway.now())
                    .ok());
        REQUIRE(CaseService(*other)
                    .move(central,
                          {CaseService::readyForPickup, QStringLiteral("op-7"), {}, {}, {}, {}},
                          gateway.now())
                    .ok());
        const auto pickup = [&](const TestDevice &device) {
            const HttpReply r = ask(gateway, device, receipt, QStringLiteral("2386"));
            REQUIRE(r.status == 200);
            return protocol::openCaseLookupAnswer(gateway.keys->receiptKey(suite), r.body)
                .value()
                .found;
        };
        CHECK(pickup(deviceB).stage == QLatin1String("ready_for_pickup"));
        CHECK_FALSE(pickup(deviceB).pickupHere);
        CHECK(pickup(deviceA).pickupHere);
    }
}

TEST_CASE("POST /v1/cases/lookup: limited per receipt and per device, across restarts",
          "[gateway-caselookup]")
{
    TestGateway gateway(Suite::Intl);
    TestDevice deviceA(gateway, gateway.token(), Suite::Intl);
    auto tokenB = gateway.enrollment->createToken(pointB, {}, gateway.now());
    REQUIRE(tokenB.ok());
    TestDevice deviceB(gateway, tokenB.value(), Suite::Intl);
    auto tokenC = gateway.enrollment->createToken(pointB, {}, gateway.now());
    REQUIRE(tokenC.ok());
    TestDevice deviceC(gateway, tokenC.value(), Suite::Intl);
    LookupKiosk kiosk(gateway, Suite::Intl);
    const QString receipt = kiosk.apply(gateway, deviceA).first;

    // Five wrong answers for one receipt (from two devices) lock it, the right digits included.
    for (int i = 0; i < gateway::CaseLookupService::failuresPerReceipt; ++i)
        REQUIRE(ask(gateway, i % 2 ? deviceB : deviceC, receipt, QStringLiteral("%1").arg(1000 + i))
                    .status == 404);
    const HttpReply locked = ask(gateway, deviceB, receipt, QStringLiteral("2386"));
    CHECK(locked.status == 429);
    CHECK(locked.body == R"({"error":"rate"})");
    const int wait = locked.headers.value("retry-after").toInt();
    CHECK(wait > 23 * 3600);
    CHECK(wait <= 24 * 3600);

    // The limit is central's data, not a server's memory: another connection (a restarted
    // gateway) finds the receipt locked too.
    {
        auto other = otherConnection(gateway);
        auto device = other->devices().device(deviceB.enrolled.deviceId);
        REQUIRE(device.ok());
        REQUIRE(device.value().has_value());
        auto outcome =
            gateway::CaseLookupService(*other, *gateway.keys)
                .lookup(*device.value(), {QStringLiteral("x"), receipt, QStringLiteral("2386")},
                        gateway.now());
        REQUIRE(outcome.ok());
        CHECK(outcome->kind == gateway::CaseLookupOutcome::Kind::Limited);
    }

    // Per device: 20 lookups a minute, whatever the receipts; the 21st waits for the window.
    int asked = 2; // device B: two wrong answers above, one locked and the one through storage
    asked += 2;
    while (asked < gateway::CaseLookupService::perDevicePerMinute) {
        REQUIRE(ask(gateway, deviceB, receipt::format(u"20398", asked), QStringLiteral("0000"))
                    .status == 404);
        ++asked;
    }
    const HttpReply busy =
        ask(gateway, deviceB, receipt::format(u"20398", 99), QStringLiteral("0"));
    CHECK(busy.status == 400); // malformed is refused before the rate is counted
    const HttpReply limited =
        ask(gateway, deviceB, receipt::format(u"20398", 99), QStringLiteral("0000"));
    CHECK(limited.status == 429);
    CHECK(limited.headers.value("retry-after").toInt() >= 1);
    CHECK(limited.headers.value("retry-after").toInt() <= 60);
    // Another device is not held up by it.
    CHECK(ask(gateway, deviceA, receipt::format(u"20398", 99), QStringLiteral("0000")).status ==
          404);

    // A minute on: device B may ask again. A day on: the receipt is open again.
    gateway.nowSecs += 61;
    CHECK(ask(gateway, deviceB, receipt::format(u"20398", 98), QStringLiteral("0000")).status ==
          404);
    CHECK(ask(gateway, deviceB, receipt, QStringLiteral("2386")).status == 429);
    gateway.nowSecs += 24 * 3600;
    CHECK(ask(gateway, deviceB, receipt, QStringLiteral("2386")).status == 200);
}

TEST_CASE("Central's SQLite: a forgotten lookup leaves no bytes in the file",
          "[gateway-caselookup][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("central.db"));
    auto opened = gateway::SqliteCentralStorage::open(path);
    REQUIRE(opened.ok());
    gateway::SqliteCentralStorage &storage = *opened.value();
    Database &db = storage.database();
    // As a SQLite built without SECURE_DELETE would be (Debian's has it on by default).
    REQUIRE(db.exec("PRAGMA secure_delete = OFF").ok());
    const auto onDisk = [&](const QByteArray &marker) {
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
                return true;
        }
        return false;
    };
    const QByteArray marker = "device-canary-5e1f";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto tx = storage.begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        REQUIRE(storage.caseLookups()
                    .record(QString::fromLatin1(marker), receipt::format(u"20399", 3),
                            now.addDays(-2), QStringLiteral("not_found"))
                    .ok());
        REQUIRE(tx.value()->commit().ok());
    }
    REQUIRE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    REQUIRE(onDisk(marker));
    {
        auto tx = storage.begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        REQUIRE(storage.caseLookups().forgetBefore(now.addDays(-1)).value() == 1);
        REQUIRE(tx.value()->commit().ok());
    }
    // Once the pages reach the file, the row's bytes are zeros.
    REQUIRE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    CHECK_FALSE(onDisk(marker));
    auto setting = db.prepare("PRAGMA secure_delete");
    REQUIRE(setting.step());
    CHECK(setting.integer(0) == 0);
}
