// Staff actions from a kiosk on a case (records of kind case_event, RECORD.md) through central's
// real intake over TLS: each applied by CaseService when the case is the device's point's and its
// stage allows it, audited with the device and the staff number; malformed or not allowed ones
// rejected alone, with a reason, the rest of the batch stored.
#include "gatewayfixture.h"

#include "auditchain.h"
#include "caseservice.h"
#include "sqlitecentralstorage.h"
#include "workcalendar.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace jiujin;
using gateway::AuditChain;
using gateway::CaseService;
using protocol::Outcome;
using protocol::Suite;

namespace {

protocol::BatchResult push(const TestGateway &gateway, const TestDevice &device,
                           const QList<protocol::WireRecord> &records)
{
    const HttpReply reply =
        device.push(gateway, "/v1/submissions",
                    protocol::encode(protocol::SubmissionBatch{records}), gateway.nowSecs);
    REQUIRE(reply.status == 200);
    auto result = protocol::decodeBatchResult(reply.body);
    REQUIRE(result.ok());
    return result.value();
}

protocol::WireRecord event(const TestGateway &gateway, const QString &receipt,
                           const QJsonObject &meta, const QJsonObject &payload = {})
{
    QJsonObject m{{QStringLiteral("refers_to"), receipt}, {QStringLiteral("staff"), "0001"}};
    for (auto it = meta.begin(); it != meta.end(); ++it)
        m.insert(it.key(), it.value());
    return craftRecord(gateway.keys->centralKey(Suite::Intl), Suite::Intl,
                       QStringLiteral("case_event"), payload, testNow(), m);
}

} // namespace

TEST_CASE("Case events: a point's staff action moves its case, audited with device and staff; "
          "anything else is refused alone",
          "[gateway-caseevents]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    // An application without attachments' uploads: the seed form's fields, crafted.
    const auto application = craftRecord(
        gateway.keys->centralKey(Suite::Intl), Suite::Intl, QStringLiteral("submission"),
        QJsonObject{{QStringLiteral("fields"), unemploymentFields()}});
    const auto stored = push(gateway, device, {application});
    REQUIRE(stored.results.at(0).status == Outcome::Accepted);
    const QString receipt = stored.results.at(0).receipt;

    auto opened = gateway::openGatewayStorage(gateway.dir.path());
    REQUIRE(opened.ok());
    gateway::CentralStorage &storage = *opened.value();
    CaseService cases(storage);
    const QDate due = WorkCalendar::chinaDate(testNow()).addDays(10);
    REQUIRE(cases
                .promiseMaterial(receipt, QStringLiteral("近期免冠照片"), QStringLiteral("rongque"),
                                 due, QStringLiteral("clerk-1"), testNow())
                .ok());

    const QJsonObject photo{{QStringLiteral("action"), QStringLiteral("material_received")},
                            {QStringLiteral("material"), QStringLiteral("近期免冠照片")},
                            {QStringLiteral("material_kind"), QStringLiteral("rongque")}};
    const QJsonObject handOver{{QStringLiteral("action"), QStringLiteral("handed_over")}};
    QJsonObject noKind = photo;
    noKind.remove(QStringLiteral("material_kind"));
    QJsonObject noStaff = photo;
    noStaff.insert(QStringLiteral("staff"), QString());
    QJsonObject otherItem = photo;
    otherItem.insert(QStringLiteral("item"), QStringLiteral("11150525MB0SB0001A415111010100001"));
    const auto result =
        push(gateway, device,
             {event(gateway, receipt, {{QStringLiteral("action"), QStringLiteral("lost_it")}}),
              event(gateway, receipt, photo, {{QStringLiteral("name"), QStringLiteral("巴特尔")}}),
              event(gateway, receipt, noKind), event(gateway, receipt, noStaff),
              event(gateway, receipt, otherItem),
              event(gateway, QStringLiteral("NM19990101000001"), handOver),
              event(gateway, receipt, handOver), // not at 待领取
              event(gateway, receipt, photo)});
    QList<Outcome> outcomes;
    for (const auto &r : result.results)
        outcomes.append(r.status);
    CHECK(outcomes == QList{Outcome::Rejected, Outcome::Rejected, Outcome::Rejected,
                            Outcome::Rejected, Outcome::Rejected, Outcome::Rejected,
                            Outcome::Rejected, Outcome::Accepted});
    for (const auto &r : result.results)
        CHECK((r.status == Outcome::Accepted || !r.reason.isEmpty()));
    CHECK(result.results.at(6).reason.contains(CaseService::stageText(CaseService::submitted)));

    // The material is received at the device's point, by the device and staff number.
    const auto found = cases.find(receipt);
    REQUIRE(found.ok());
    const auto materials = storage.cases().materials(found.value()->id);
    REQUIRE(materials.ok());
    REQUIRE(materials.value().size() == 1);
    CHECK(materials.value().at(0).state == QStringLiteral("received"));
    CHECK(materials.value().at(0).receivedPoint == QStringLiteral("150525203000-01"));
    const auto entries = storage.auditLog().entries(0, 1000);
    REQUIRE(entries.ok());
    bool audited = false;
    for (const auto &e : entries.value())
        audited = audited ||
                  (e.action == QStringLiteral("case.material.receive") &&
                   e.actor == QStringLiteral("device:%1/staff:0001").arg(device.enrolled.deviceId));
    CHECK(audited);
    // The same material again (the window took it meanwhile): refused, nothing changes.
    const auto again = push(gateway, device, {event(gateway, receipt, photo)});
    CHECK(again.results.at(0).status == Outcome::Rejected);

    // 待领取: the hand-over moves it to 已送达; a second one is refused (the stage moved on).
    for (const QString &stage : {CaseService::accepted, CaseService::review, CaseService::approved,
                                 CaseService::readyForPickup}) {
        CaseService::Move m;
        m.stage = stage;
        m.operatorId = QStringLiteral("officer-1");
        REQUIRE(cases.move(receipt, m, testNow()).ok());
    }
    const auto handed = push(
        gateway, device, {event(gateway, receipt, handOver), event(gateway, receipt, handOver)});
    CHECK(handed.results.at(0).status == Outcome::Accepted);
    CHECK(handed.results.at(1).status == Outcome::Rejected);
    CHECK(cases.find(receipt).value()->stage == CaseService::delivered);
    const auto chain = AuditChain(storage).verify();
    REQUIRE(chain.ok());
    CHECK_FALSE(chain.value().brokenAt.has_value());
}
