#include "gatewayfixture.h"
#include "kioskfixture.h"

#include "auditchain.h"
#include "casefeedrecords.h"
#include "database.h"
#include "envelope.h"
#include "intakeservice.h"
#include "outboxstore.h"
#include "pgcentralstorage.h"
#include "pgconnection.h"
#include "pgdatabase.h"
#include "submissionservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <functional>
#include <thread>

using namespace jiujin;
using protocol::Outcome;
using protocol::Suite;

namespace {

/** A kiosk database sealing to the gateway's central key of @p suite, at the tests' fixed time. */
struct GatewayKiosk : TestKiosk
{
    GatewayKiosk(const TestGateway &gateway, Suite suite) : TestKiosk(suite)
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
        INFO((queued.ok() ? QString() : queued.error().message).toStdString());
        REQUIRE(queued.ok());
        receipts.append(queued->receipt);
        return queued->uuid;
    }

    protocol::WireRecord wire(const QString &uuid)
    {
        const auto sealed = OutboxStore(*db).sealed(uuid);
        REQUIRE(sealed.has_value());
        return {sealed->uuid,      sealed->meta,    sealed->suite,
                sealed->keyHeader, sealed->payload, sealed->attachments};
    }
    QList<QByteArray> attachments(const QString &uuid)
    {
        const auto sealed = OutboxStore(*db).sealed(uuid);
        REQUIRE(sealed.has_value());
        return sealed->attachments;
    }
    /** Uploads every sealed attachment of @p uuid, as the kiosk does before sending it. */
    void upload(const TestGateway &gateway, const TestDevice &device, const QString &uuid)
    {
        const QList<QByteArray> parts = attachments(uuid);
        for (int i = 0; i < parts.size(); ++i) {
            const HttpReply r = device.upload(gateway, uuid, i, parts.at(i), gateway.nowSecs);
            INFO(r.error.toStdString() << r.body.toStdString());
            REQUIRE(r.status == 204);
        }
    }

    std::unique_ptr<SubmissionService> service;
    QStringList receipts;
};

/** A record sealed by hand to the gateway's central key (see craftRecord()). */
protocol::WireRecord craft(const TestGateway &gateway, Suite suite, const QString &kind,
                           const QJsonObject &payload)
{
    return craftRecord(gateway.keys->centralKey(suite), suite, kind, payload);
}

protocol::BatchResult results(const HttpReply &reply)
{
    INFO(reply.error.toStdString() << " " << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto decoded = protocol::decodeBatchResult(reply.body);
    REQUIRE(decoded.ok());
    return decoded.value();
}

/** A certificate's subject CN and its validity period. */
struct CertificateFacts
{
    QString cn;
    QDateTime notBefore, notAfter;
};

QDateTime asDateTime(const ASN1_TIME *t)
{
    std::tm tm{};
    REQUIRE(ASN1_TIME_to_tm(t, &tm) == 1);
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

CertificateFacts certificateFacts(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    REQUIRE(cert);
    return {pki::commonName(cert.get()), asDateTime(X509_get0_notBefore(cert.get())),
            asDateTime(X509_get0_notAfter(cert.get()))};
}

/** The bytes central holds for an upload (a file on SQLite, rows on PostgreSQL; empty when
 *  there are none). */
QByteArray uploadedFile(const TestGateway &gateway, const QString &device, const QString &uuid,
                        int index)
{
    auto bytes = gateway.storage->intake().attachmentBytes(device, uuid, index);
    REQUIRE(bytes.ok());
    return bytes.value();
}

QByteArray errorOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QLatin1String("error"))
        .toString()
        .toUtf8();
}

} // namespace

TEST_CASE("Enrollment: a token is single-use, a re-run with the same key gets the same answer",
          "[gateway-http]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    TestGateway gateway;
    const QString token = gateway.token(protocol::suiteName(suite));
    auto signing = protocol::Key::generateSigning(suite);
    REQUIRE(signing.ok());
    const auto [keyPem, csrPem] = makeCsr();
    const QByteArray request =
        protocol::encode(protocol::EnrollRequest{token, csrPem, signing->publicPem()});

    const HttpReply first = gateway.post("/v1/enroll", request, {});
    INFO(first.error.toStdString() << first.body.toStdString());
    REQUIRE(first.status == 200);
    CHECK(first.headers.contains("date"));
    auto answer = protocol::decodeEnrollResponse(first.body);
    REQUIRE(answer.ok());
    CHECK(answer->point == QLatin1String("150525203000-01"));
    CHECK(answer->suite == protocol::suiteName(suite));
    CHECK(answer->centralKeyPem == gateway.keys->centralKey(suite).publicPem());
    CHECK(answer->receiptKeyPem == gateway.keys->receiptKey(suite).publicPem());
    CHECK(answer->caPem == gateway.keys->caPem());
    const CertificateFacts cert = certificateFacts(answer->certificatePem);
    CHECK(cert.cn == answer->deviceId);
    // Valid from a day before issue (a kiosk's clock a little behind central's still takes it),
    // for a year.
    CHECK(cert.notBefore == gateway.now().addDays(-1));
    CHECK(cert.notAfter == gateway.now().addYears(1));
    auto device = gateway.storage->devices().device(answer->deviceId);
    REQUIRE(device.ok());
    REQUIRE(device->has_value());
    CHECK(device.value()->signingKeyPem == signing->publicPem());

    SECTION("the same token and CSR key again: the same answer, no second device")
    {
        const HttpReply again = gateway.post("/v1/enroll", request, {});
        REQUIRE(again.status == 200);
        auto second = protocol::decodeEnrollResponse(again.body);
        REQUIRE(second.ok());
        CHECK(second.value() == answer.value());
        CHECK(gateway.storage->devices().devices().value().size() == 1);
    }
    SECTION("the used token with another key: 403 token")
    {
        const auto [otherKey, otherCsr] = makeCsr();
        const HttpReply other = gateway.post(
            "/v1/enroll",
            protocol::encode(protocol::EnrollRequest{token, otherCsr, signing->publicPem()}), {});
        CHECK(other.status == 403);
        CHECK(errorOf(other) == "token");
        CHECK(gateway.storage->devices().devices().value().size() == 1);
    }
    SECTION("an unknown token: 403 token")
    {
        const HttpReply unknown =
            gateway.post("/v1/enroll",
                         protocol::encode(protocol::EnrollRequest{QStringLiteral("not-a-token"),
                                                                  csrPem, signing->publicPem()}),
                         {});
        CHECK(unknown.status == 403);
        CHECK(errorOf(unknown) == "token");
    }
    SECTION("an expired token: 403 token")
    {
        const QString late = gateway.token(protocol::suiteName(suite));
        gateway.nowSecs += qint64(EnrollmentService::tokenValidityDays) * 86400 + 1;
        const auto [lateKey, lateCsr] = makeCsr();
        const HttpReply expired = gateway.post(
            "/v1/enroll",
            protocol::encode(protocol::EnrollRequest{late, lateCsr, signing->publicPem()}), {});
        CHECK(expired.status == 403);
    }
}

TEST_CASE("Submissions: sealed kiosk records are accepted once, with signed central receipts",
          "[gateway-http][sqlite]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(protocol::suiteName(suite)), suite);
    GatewayKiosk kiosk(gateway, suite);
    const QString a = kiosk.apply(QStringLiteral("巴特尔"));
    const QString b = kiosk.apply(QStringLiteral("其其格"));
    auto rated = kiosk.service->rate(kiosk.receipts.first(), 1, {});
    REQUIRE(rated.ok());
    const protocol::SubmissionBatch batch{
        {kiosk.wire(a), kiosk.wire(b), kiosk.wire(rated.value())}};
    REQUIRE(batch.records.at(0).attachments.size() == 1); // the card scan travels sealed too
    kiosk.upload(gateway, device, a);
    kiosk.upload(gateway, device, b);

    const qint64 now = gateway.nowSecs;
    const protocol::BatchResult first =
        results(device.push(gateway, "/v1/submissions", protocol::encode(batch), now));
    REQUIRE(first.results.size() == 3);
    auto receiptKey = protocol::Key::fromPem(device.enrolled.receiptKeyPem);
    REQUIRE(receiptKey.ok());
    for (int i = 0; i < 3; ++i) {
        const protocol::RecordResult &r = first.results.at(i);
        INFO(r.reason.toStdString());
        CHECK(r.uuid == batch.records.at(i).uuid);
        CHECK(r.status == Outcome::Accepted);
        CHECK(r.receipt == QStringLiteral("NM20261128%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        CHECK(r.acceptedAt == QLatin1String("2026-11-28T02:00:00Z"));
        CHECK(protocol::verify(receiptKey.value(),
                               protocol::receiptSigningInput(device.enrolled.deviceId, r.uuid,
                                                             r.receipt, r.acceptedAt),
                               r.signature));
        // A signature is bound to its record: it does not verify for another uuid.
        CHECK_FALSE(protocol::verify(receiptKey.value(),
                                     protocol::receiptSigningInput(device.enrolled.deviceId,
                                                                   r.uuid + QLatin1Char('x'),
                                                                   r.receipt, r.acceptedAt),
                                     r.signature));
    }

    SECTION("the same batch again (its answer was lost): duplicates with the same receipts")
    {
        gateway.nowSecs += 60;
        const protocol::BatchResult again =
            results(device.push(gateway, "/v1/submissions", protocol::encode(batch), now + 60));
        REQUIRE(again.results.size() == 3);
        for (int i = 0; i < 3; ++i) {
            CHECK(again.results.at(i).status == Outcome::Duplicate);
            CHECK(again.results.at(i).receipt == first.results.at(i).receipt);
            CHECK(again.results.at(i).acceptedAt == first.results.at(i).acceptedAt);
            CHECK(again.results.at(i).signature == first.results.at(i).signature);
        }
        CHECK(gateway.storage->intake().submissions(device.enrolled.deviceId).value().size() == 3);
    }
    SECTION("stored sealed as sent, with only the outcome in the clear")
    {
        const auto row = gateway.storage->intake().submission(device.enrolled.deviceId, a).value();
        REQUIRE(row.has_value());
        CHECK(row->status == QLatin1String("accepted"));
        CHECK(row->item == QLatin1String("11150525MB0SB0001A415111010600001"));
        const QJsonObject stored = QJsonDocument::fromJson(row->record).object();
        CHECK(
            QByteArray::fromBase64(stored.value(QLatin1String("payload")).toString().toLatin1()) ==
            batch.records.at(0).payload);
        // The attachment its upload brought is kept with the record; the upload rows are gone.
        // Named by file (never inline in a row), with its SHA-256 and length.
        const QJsonArray parts = stored.value(QLatin1String("attachments")).toArray();
        REQUIRE(parts.size() == 1);
        CHECK(parts.at(0).toObject().value(QLatin1String("file")).toString() ==
              gateway::IntakeRecords::attachmentPath(device.enrolled.deviceId, a, 0));
        auto part = gateway.storage->intake().storedAttachment(*row, 0);
        REQUIRE(part.ok());
        CHECK(part.value() == kiosk.attachments(a).at(0));
        CHECK_FALSE(
            gateway.storage->intake().upload(device.enrolled.deviceId, a, 0).value().has_value());
        QFile file(GatewayKeys::databasePath(gateway.dir.path()));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray everything = file.readAll();
        QFile wal(GatewayKeys::databasePath(gateway.dir.path()) + QLatin1String("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            everything += wal.readAll();
        CHECK_FALSE(everything.contains("11010519491231002X"));
        CHECK_FALSE(everything.contains(QStringLiteral("巴特尔").toUtf8()));
        CHECK_FALSE(everything.contains("13947512386"));
    }
}

TEST_CASE("Submissions: a bad record is rejected with a reason and never holds up the others",
          "[gateway-http]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(protocol::suiteName(suite)), suite);
    GatewayKiosk kiosk(gateway, suite);
    protocol::WireRecord good = kiosk.wire(kiosk.apply(QStringLiteral("巴特尔")));
    protocol::WireRecord flipped = kiosk.wire(kiosk.apply(QStringLiteral("其其格")));
    flipped.payload[flipped.payload.size() / 2] =
        char(flipped.payload.at(flipped.payload.size() / 2) ^ 0x01);
    const protocol::WireRecord badForm =
        craft(gateway, suite, QStringLiteral("submission"),
              {{QStringLiteral("fields"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("巴特尔")},
                            // check character wrong: 11010519491231002X is the valid one
                            {QStringLiteral("id_number"), QStringLiteral("110105194912310021")},
                            {QStringLiteral("phone"), QStringLiteral("13947512386")},
                            {QStringLiteral("address"), QStringLiteral("内蒙古通辽市奈曼旗")},
                            {QStringLiteral("reason"), QStringLiteral("contract_end")},
                            {QStringLiteral("education"), QStringLiteral("senior")}}}});
    const protocol::WireRecord badRating =
        craft(gateway, suite, QStringLiteral("rating"),
              {{QStringLiteral("level"), 7}, {QStringLiteral("reasons"), QJsonArray()}});
    const protocol::WireRecord goodRating =
        craft(gateway, suite, QStringLiteral("rating"),
              {{QStringLiteral("level"), 5}, {QStringLiteral("reasons"), QJsonArray()}});
    protocol::WireRecord wrongPoint = kiosk.wire(kiosk.apply(QStringLiteral("乌云")));
    for (const protocol::WireRecord *w : {&good, &flipped, &wrongPoint})
        kiosk.upload(gateway, device, w->uuid);
    {
        // Metadata edited after sealing: it is the AAD, so the record no longer matches.
        wrongPoint.meta.replace("150525203000-01", "150525203000-02");
    }

    const protocol::SubmissionBatch batch{
        {flipped, good, badForm, badRating, goodRating, wrongPoint}};
    const protocol::BatchResult out =
        results(device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs));
    REQUIRE(out.results.size() == 6);
    CHECK(out.results.at(0).status == Outcome::Rejected);
    CHECK_FALSE(out.results.at(0).reason.isEmpty());
    CHECK(out.results.at(0).receipt.isEmpty());
    CHECK(out.results.at(1).status == Outcome::Accepted);
    CHECK(out.results.at(1).receipt == QLatin1String("NM20261128000001"));
    CHECK(out.results.at(2).status == Outcome::Rejected);
    CHECK(out.results.at(2).reason.contains(QLatin1String("id_number")));
    CHECK_FALSE(out.results.at(2).reason.contains(QLatin1String("110105194912310021")));
    CHECK(out.results.at(3).status == Outcome::Rejected);
    CHECK_FALSE(out.results.at(3).reason.isEmpty());
    CHECK(out.results.at(4).status == Outcome::Accepted);
    CHECK(out.results.at(4).receipt == QLatin1String("NM20261128000002"));
    CHECK(out.results.at(5).status == Outcome::Rejected);

    SECTION("a rejection is permanent: sent again, the original reason comes back")
    {
        flipped.payload = kiosk.wire(flipped.uuid).payload; // even repaired
        const protocol::BatchResult again = results(
            device.push(gateway, "/v1/submissions",
                        protocol::encode(protocol::SubmissionBatch{{flipped}}), gateway.nowSecs));
        REQUIRE(again.results.size() == 1);
        CHECK(again.results.at(0).status == Outcome::Duplicate);
        CHECK(again.results.at(0).reason == out.results.at(0).reason);
        CHECK(again.results.at(0).receipt.isEmpty());
    }
}

TEST_CASE("Submissions v2: one receipt signature per batch; a lost answer comes back duplicate "
          "with the first receipts; v1 senders are answered as before",
          "[gateway-http]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(protocol::suiteName(suite)), suite);
    GatewayKiosk kiosk(gateway, suite);
    const QString a = kiosk.apply(QStringLiteral("巴特尔"));
    const QString b = kiosk.apply(QStringLiteral("其其格"));
    kiosk.upload(gateway, device, a);
    kiosk.upload(gateway, device, b);
    protocol::WireRecord flipped = kiosk.wire(kiosk.apply(QStringLiteral("乌云")));
    kiosk.upload(gateway, device, flipped.uuid);
    flipped.payload[flipped.payload.size() / 2] =
        char(flipped.payload.at(flipped.payload.size() / 2) ^ 0x01);
    protocol::SubmissionBatch batch{{kiosk.wire(a), flipped, kiosk.wire(b)}};
    batch.version = protocol::receiptsV2;
    auto receiptKey = protocol::Key::fromPem(device.enrolled.receiptKeyPem);
    REQUIRE(receiptKey.ok());
    const QString id = device.enrolled.deviceId;

    const HttpReply firstReply =
        device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs);
    const protocol::BatchResult first = results(firstReply);
    CHECK(QJsonDocument::fromJson(firstReply.body).object().value(QLatin1String("v")).toInt() == 2);
    CHECK(first.version == protocol::receiptsV2);
    REQUIRE(first.results.size() == 3);
    CHECK(first.results.at(0).status == Outcome::Accepted);
    CHECK(first.results.at(1).status == Outcome::Rejected); // one bad record, alone
    CHECK(first.results.at(2).status == Outcome::Accepted);
    CHECK(first.results.at(0).receipt == QLatin1String("NM20261128000001"));
    CHECK(first.results.at(2).receipt == QLatin1String("NM20261128000002"));
    for (const protocol::RecordResult &r : first.results)
        CHECK(r.signature.isEmpty()); // no signature per receipt in v2
    CHECK(protocol::verify(receiptKey.value(),
                           protocol::batchReceiptsSigningInput(id, first.results),
                           first.signature));
    {
        // The signature covers every receipt, bound to the device: change one, it fails.
        QList<protocol::RecordResult> altered = first.results;
        altered[2].receipt = QStringLiteral("NM20261128000003");
        CHECK_FALSE(protocol::verify(
            receiptKey.value(), protocol::batchReceiptsSigningInput(id, altered), first.signature));
        CHECK_FALSE(protocol::verify(
            receiptKey.value(),
            protocol::batchReceiptsSigningInput(id + QLatin1Char('x'), first.results),
            first.signature));
    }
    // Stored once each, without a per-receipt signature.
    CHECK(gateway.storage->intake().submissions(id).value().size() == 3);

    SECTION("the v2 batch again (its answer was lost): duplicates with the first receipts")
    {
        gateway.nowSecs += 60;
        const protocol::BatchResult again = results(
            device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs));
        REQUIRE(again.results.size() == 3);
        CHECK(again.version == protocol::receiptsV2);
        for (int i = 0; i < 3; ++i) {
            CHECK(again.results.at(i).status == Outcome::Duplicate);
            CHECK(again.results.at(i).receipt == first.results.at(i).receipt);
            CHECK(again.results.at(i).acceptedAt == first.results.at(i).acceptedAt);
            CHECK(again.results.at(i).reason == first.results.at(i).reason);
        }
        CHECK(protocol::verify(receiptKey.value(),
                               protocol::batchReceiptsSigningInput(id, again.results),
                               again.signature));
        CHECK(gateway.storage->intake().submissions(id).value().size() == 3);
    }
    SECTION("records accepted in v2, asked again by a v1 sender: each receipt signed as in v1")
    {
        protocol::SubmissionBatch v1 = batch;
        v1.version = protocol::receiptsV1;
        const HttpReply reply =
            device.push(gateway, "/v1/submissions", protocol::encode(v1), gateway.nowSecs);
        const protocol::BatchResult again = results(reply);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        CHECK_FALSE(body.contains(QLatin1String("v")));
        CHECK_FALSE(body.contains(QLatin1String("signature")));
        REQUIRE(again.results.size() == 3);
        for (int i : {0, 2}) {
            const protocol::RecordResult &r = again.results.at(i);
            CHECK(r.status == Outcome::Duplicate);
            CHECK(r.receipt == first.results.at(i).receipt);
            CHECK(protocol::verify(
                receiptKey.value(),
                protocol::receiptSigningInput(id, r.uuid, r.receipt, r.acceptedAt), r.signature));
        }
    }
    SECTION("a sender asking for a newer version than central speaks is answered v2")
    {
        const QString c = kiosk.apply(QStringLiteral("娜仁"));
        kiosk.upload(gateway, device, c);
        protocol::SubmissionBatch newer{{kiosk.wire(c)}};
        newer.version = 7;
        const protocol::BatchResult out = results(
            device.push(gateway, "/v1/submissions", protocol::encode(newer), gateway.nowSecs));
        CHECK(out.version == protocol::receiptsV2);
        REQUIRE(out.results.size() == 1);
        CHECK(out.results.at(0).status == Outcome::Accepted);
        CHECK(protocol::verify(receiptKey.value(),
                               protocol::batchReceiptsSigningInput(id, out.results),
                               out.signature));
    }
}

TEST_CASE("Submissions: a record whose writes fail is answered retry alone; the rest of the "
          "batch is stored",
          "[gateway-http][sqlite]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    GatewayKiosk kiosk(gateway, Suite::Intl);
    const QString a = kiosk.apply(QStringLiteral("巴特尔"));
    const QString b = kiosk.apply(QStringLiteral("其其格"));
    const QString c = kiosk.apply(QStringLiteral("乌云"));
    for (const QString &u : {a, b, c})
        kiosk.upload(gateway, device, u);
    // A real storage failure for b alone: the database refuses its row.
    auto raw = Database::openRaw(GatewayKeys::databasePath(gateway.dir.path()));
    REQUIRE(raw.ok());
    const QByteArray trigger = "CREATE TRIGGER refuse_b BEFORE INSERT ON submissions WHEN "
                               "NEW.uuid = '" +
                               b.toLatin1() +
                               "' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END";
    REQUIRE(raw.value()->exec(trigger.constData()).ok());

    const QString id = device.enrolled.deviceId;
    for (const int version : {protocol::receiptsV1, protocol::receiptsV2}) {
        INFO("v" << version);
        protocol::SubmissionBatch batch{{kiosk.wire(a), kiosk.wire(b), kiosk.wire(c)}};
        batch.version = version;
        const protocol::BatchResult out = results(
            device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs));
        REQUIRE(out.results.size() == 3);
        CHECK(out.results.at(0).status ==
              (version == protocol::receiptsV1 ? Outcome::Accepted : Outcome::Duplicate));
        CHECK(out.results.at(1).status == Outcome::Retry);
        CHECK_FALSE(out.results.at(1).reason.isEmpty());
        CHECK(out.results.at(1).receipt.isEmpty());
        CHECK(out.results.at(2).status ==
              (version == protocol::receiptsV1 ? Outcome::Accepted : Outcome::Duplicate));
        // Receipts are numbered without a gap where b's was rolled back.
        CHECK(out.results.at(0).receipt == QLatin1String("NM20261128000001"));
        CHECK(out.results.at(2).receipt == QLatin1String("NM20261128000002"));
        CHECK_FALSE(gateway.storage->intake().submission(id, b).value().has_value());
        CHECK(gateway.storage->intake().submissions(id).value().size() == 2);
        // Its upload is still there for the next try.
        CHECK(gateway.storage->intake().upload(id, b, 0).value().has_value());
    }

    REQUIRE(raw.value()->exec("DROP TRIGGER refuse_b").ok());
    protocol::SubmissionBatch again{{kiosk.wire(b)}};
    again.version = protocol::receiptsV2;
    const protocol::BatchResult out =
        results(device.push(gateway, "/v1/submissions", protocol::encode(again), gateway.nowSecs));
    REQUIRE(out.results.size() == 1);
    CHECK(out.results.at(0).status == Outcome::Accepted);
    CHECK(out.results.at(0).receipt == QLatin1String("NM20261128000003"));
}

namespace {

/** A sound 失业登记 application without attachments, sealed by hand (opened ahead of the store
 *  by central: IntakeService's helper thread). */
protocol::WireRecord plainApplication(const TestGateway &gateway, Suite suite, const QString &name)
{
    QJsonObject fields = unemploymentFields();
    fields.insert(QStringLiteral("name"), name);
    return craft(gateway, suite, QStringLiteral("submission"),
                 {{QStringLiteral("fields"), fields}});
}

} // namespace

TEST_CASE("Submissions opened ahead of the store: a bad record mid-batch is refused alone, and "
          "the batch again is answered duplicate with the same receipts",
          "[gateway-http]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(protocol::suiteName(suite)), suite);
    QList<protocol::WireRecord> records;
    for (const char *name : {"巴特尔", "其其格", "乌云", "娜仁", "图雅", "阿拉坦"})
        records.append(plainApplication(gateway, suite, QString::fromUtf8(name)));
    // Third: its seal tampered with. Fifth: metadata edited after sealing (it is the AAD).
    records[2].payload[records[2].payload.size() / 2] =
        char(records[2].payload.at(records[2].payload.size() / 2) ^ 0x01);
    records[4].meta.replace("\"v\":1", "\"v\":1 ");
    protocol::SubmissionBatch batch{records};
    batch.version = protocol::receiptsV2;
    const protocol::BatchResult out =
        results(device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs));
    REQUIRE(out.results.size() == 6);
    const QList<Outcome> expected{Outcome::Accepted, Outcome::Accepted, Outcome::Rejected,
                                  Outcome::Accepted, Outcome::Rejected, Outcome::Accepted};
    const QString day = out.results.at(0).receipt.left(10); // "NM" + the service day
    int number = 0;
    for (qsizetype i = 0; i < 6; ++i) {
        INFO("record " << i);
        CHECK(out.results.at(i).uuid == records.at(i).uuid);
        CHECK(out.results.at(i).status == expected.at(i));
        if (expected.at(i) == Outcome::Accepted) {
            // Numbered in the batch's order, without a gap where a record was refused.
            CHECK(out.results.at(i).receipt ==
                  day + QStringLiteral("%1").arg(++number, 6, 10, QLatin1Char('0')));
        } else {
            CHECK(out.results.at(i).receipt.isEmpty());
            CHECK_FALSE(out.results.at(i).reason.isEmpty());
        }
    }
    const QString id = device.enrolled.deviceId;
    CHECK(gateway.storage->intake().submissions(id).value().size() == 6);
    // Every accepted application has its case, once.
    for (qsizetype i : {0, 1, 3, 5}) {
        INFO("record " << i);
        const auto opened = gateway.storage->cases().caseOf(id, records.at(i).uuid);
        REQUIRE(opened.ok());
        REQUIRE(opened.value().has_value());
        CHECK(opened.value()->receipt == out.results.at(i).receipt);
    }
    CHECK_FALSE(gateway.storage->cases().caseOf(id, records.at(2).uuid).value().has_value());

    // The answer lost: the batch again, with a new record in the middle.
    records.insert(3, plainApplication(gateway, suite, QStringLiteral("萨仁")));
    protocol::SubmissionBatch again{records};
    again.version = protocol::receiptsV2;
    const protocol::BatchResult second =
        results(device.push(gateway, "/v1/submissions", protocol::encode(again), gateway.nowSecs));
    REQUIRE(second.results.size() == 7);
    for (qsizetype i = 0; i < 7; ++i) {
        INFO("record " << i);
        if (i == 3) {
            CHECK(second.results.at(i).status == Outcome::Accepted);
            CHECK(second.results.at(i).receipt ==
                  day + QStringLiteral("%1").arg(++number, 6, 10, QLatin1Char('0')));
            continue;
        }
        const protocol::RecordResult &first = out.results.at(i < 3 ? i : i - 1);
        CHECK(second.results.at(i).status == Outcome::Duplicate);
        CHECK(second.results.at(i).receipt == first.receipt);
        CHECK(second.results.at(i).reason == first.reason);
    }
    CHECK(gateway.storage->intake().submissions(id).value().size() == 7);
}

TEST_CASE("Submissions opened ahead of the store: a record whose writes fail is answered retry "
          "alone; the others are stored",
          "[gateway-http][sqlite]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    QList<protocol::WireRecord> records;
    for (const char *name : {"巴特尔", "其其格", "乌云", "娜仁"})
        records.append(plainApplication(gateway, Suite::Intl, QString::fromUtf8(name)));
    // A real storage failure for the second record alone: the database refuses its case.
    auto raw = Database::openRaw(GatewayKeys::databasePath(gateway.dir.path()));
    REQUIRE(raw.ok());
    const QByteArray trigger = "CREATE TRIGGER refuse_case BEFORE INSERT ON cases WHEN "
                               "NEW.uuid = '" +
                               records.at(1).uuid.toLatin1() +
                               "' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END";
    REQUIRE(raw.value()->exec(trigger.constData()).ok());
    protocol::SubmissionBatch batch{records};
    batch.version = protocol::receiptsV2;
    const protocol::BatchResult out =
        results(device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs));
    REQUIRE(out.results.size() == 4);
    const QString id = device.enrolled.deviceId;
    CHECK(out.results.at(0).status == Outcome::Accepted);
    CHECK(out.results.at(1).status == Outcome::Retry);
    CHECK(out.results.at(1).receipt.isEmpty());
    CHECK(out.results.at(2).status == Outcome::Accepted);
    CHECK(out.results.at(3).status == Outcome::Accepted);
    // Nothing of the failed record stays: no row, no case; the rest have theirs.
    CHECK_FALSE(gateway.storage->intake().submission(id, records.at(1).uuid).value().has_value());
    CHECK(gateway.storage->intake().submissions(id).value().size() == 3);
    for (qsizetype i : {0, 2, 3})
        CHECK(gateway.storage->cases().caseOf(id, records.at(i).uuid).value().has_value());
    CHECK(out.results.at(2).receipt.right(6) == QLatin1String("000002"));
}

TEST_CASE("Signed requests: certificate, freshness, nonce and signature are enforced",
          "[gateway-http]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QByteArray path = "/v1/heartbeat";
    const QByteArray beat = protocol::encode(protocol::Heartbeat{
        QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), 3, 120, 2048, QString()});
    const QByteArray body = protocol::gzip(beat);
    const qint64 now = gateway.nowSecs;

    SECTION("a sound heartbeat: 204, stored, with a Date header")
    {
        const HttpReply r =
            gateway.post(path, body, device.sign(path, body, now, true), device.cert());
        INFO(r.error.toStdString() << r.body.toStdString());
        CHECK(r.status == 204);
        CHECK(r.headers.value("date") == "Sat, 28 Nov 2026 02:00:00 GMT");
        const auto stored = gateway.storage->devices().heartbeat(device.enrolled.deviceId).value();
        REQUIRE(stored.has_value());
        auto decoded = protocol::decodeHeartbeat(*stored);
        REQUIRE(decoded.ok());
        CHECK(decoded->queueDepth == 3);
    }
    SECTION("no client certificate: 401 device")
    {
        const HttpReply r = gateway.post(path, body, device.sign(path, body, now, true));
        CHECK(r.status == 401);
        CHECK(errorOf(r) == "device");
    }
    SECTION("another device's certificate: 401 device")
    {
        const TestDevice other(gateway, gateway.token(), Suite::Intl);
        const HttpReply r =
            gateway.post(path, body, device.sign(path, body, now, true), other.cert());
        CHECK(r.status == 401);
        CHECK(errorOf(r) == "device");
    }
    SECTION("created more than 300 s off: 401 stale, with central's Date to correct from")
    {
        const HttpReply r =
            gateway.post(path, body, device.sign(path, body, now - 301, true), device.cert());
        CHECK(r.status == 401);
        CHECK(errorOf(r) == "stale");
        CHECK(r.headers.value("date") == "Sat, 28 Nov 2026 02:00:00 GMT");
        const HttpReply ahead =
            gateway.post(path, body, device.sign(path, body, now + 301, true), device.cert());
        CHECK(errorOf(ahead) == "stale");
        const HttpReply within =
            gateway.post(path, body, device.sign(path, body, now - 299, true), device.cert());
        CHECK(within.status == 204);
    }
    SECTION("the same nonce again: 401 replay")
    {
        const QList<QByteArray> headers = device.sign(path, body, now, true);
        CHECK(gateway.post(path, body, headers, device.cert()).status == 204);
        const HttpReply replay = gateway.post(path, body, headers, device.cert());
        CHECK(replay.status == 401);
        CHECK(errorOf(replay) == "replay");
    }
    SECTION("a body that is not the signed one: 401 signature")
    {
        const QList<QByteArray> headers = device.sign(path, body, now, true);
        const QByteArray other = protocol::gzip(protocol::encode(protocol::Heartbeat{
            QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), 0, 0, 2048, QString()}));
        const HttpReply r = gateway.post(path, other, headers, device.cert());
        CHECK(r.status == 401);
        CHECK(errorOf(r) == "signature");
    }
    SECTION("a revoked device: 401 device")
    {
        REQUIRE(gateway.storage->devices().revoke(device.enrolled.deviceId, gateway.now()).ok());
        const HttpReply r =
            gateway.post(path, body, device.sign(path, body, now, true), device.cert());
        CHECK(r.status == 401);
        CHECK(errorOf(r) == "device");
    }
    SECTION("a gzip bomb is cut off at the body limit: 413")
    {
        const QByteArray bomb = protocol::gzip(QByteArray(protocol::maxBodyBytes + 1, ' '));
        const HttpReply r =
            gateway.post("/v1/submissions", bomb, device.sign("/v1/submissions", bomb, now, true),
                         device.cert());
        CHECK(r.status == 413);
    }
}

TEST_CASE("Nonces are remembered for 600 s, then pruned", "[gateway-http]")
{
    TestGateway gateway;
    const QDateTime t = testNow();
    const QString device = QStringLiteral("jj-0000000000000000");
    auto first = gateway.storage->devices().rememberNonce(QStringLiteral("n1"), device, t, 600);
    REQUIRE(first.ok());
    CHECK(first.value());
    CHECK_FALSE(gateway.storage->devices()
                    .rememberNonce(QStringLiteral("n1"), device, t.addSecs(600), 600)
                    .value());
    CHECK(gateway.storage->devices()
              .rememberNonce(QStringLiteral("n1"), device, t.addSecs(601), 600)
              .value());
}

TEST_CASE("A nonce older than the window counts as new before the minute's prune drops it",
          "[gateway-http]")
{
    // Old nonces are pruned once a minute, not per request (DESIGN §11d); one seen longer ago
    // than the window must still be taken again in between, and one inside it refused.
    TestGateway gateway;
    const QDateTime t = testNow();
    const QString device = QStringLiteral("jj-0000000000000000");
    auto &devices = gateway.storage->devices();
    REQUIRE(devices.rememberNonce(QStringLiteral("n2"), device, t, 10).value()); // prunes now
    CHECK_FALSE(devices.rememberNonce(QStringLiteral("n2"), device, t.addSecs(10), 10).value());
    CHECK(devices.rememberNonce(QStringLiteral("n2"), device, t.addSecs(11), 10).value());
    CHECK_FALSE(devices.rememberNonce(QStringLiteral("n2"), device, t.addSecs(12), 10).value());
}

namespace {

/** Another instance of @p gateway's central, as a second `serve` process would be: its keys
 *  loaded from the same data directory, storage opened there anew (its own connections: on
 *  PostgreSQL the same database), its own TLS listener on a free port and the same clock.
 *  Destroying it and making another is a restart of that instance. */
struct OtherInstance
{
    explicit OtherInstance(TestGateway &gateway)
    {
        auto loaded = GatewayKeys::load(gateway.dir.path());
        REQUIRE(loaded.ok());
        keys.emplace(std::move(loaded.value()));
        storage = openGatewayTestStorage(gateway.dir.path());
        enrollment = std::make_unique<EnrollmentService>(*storage, *keys, protocol::Suite::Intl);
        QFile seed(QStringLiteral(JIUJIN_SEED));
        REQUIRE(seed.open(QIODevice::ReadOnly));
        auto forms = IntakeService::formsFromBundle(seed.readAll());
        REQUIRE(forms.ok());
        intake = std::make_unique<IntakeService>(*storage, *keys, forms.value());
        GatewayServer::Options options;
        options.clock = [&gateway] { return gateway.now(); };
        options.certificatesUseClock = true;
        server = std::make_unique<GatewayServer>(*keys, *storage, *enrollment, *intake, options);
        auto bound = server->bind(QStringLiteral("127.0.0.1"), 0);
        REQUIRE(bound.ok());
        port = bound.value();
        thread = std::thread([this] { server->listen(); });
        for (int i = 0; i < 500 && !server->isRunning(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        REQUIRE(server->isRunning());
    }
    ~OtherInstance()
    {
        server->stop();
        thread.join();
    }
    HttpReply post(const QByteArray &path, const QByteArray &body, const QList<QByteArray> &headers,
                   const ClientCert &cert) const
    {
        return httpsPost(port, keys->serverPin(), path, body, headers, cert);
    }

    std::optional<GatewayKeys> keys;
    std::unique_ptr<gateway::CentralStorage> storage;
    std::unique_ptr<EnrollmentService> enrollment;
    std::unique_ptr<IntakeService> intake;
    std::unique_ptr<GatewayServer> server;
    std::thread thread;
    int port = 0;
};

} // namespace

TEST_CASE("A heartbeat's nonce is refused by every instance and after a restart", "[gateway-http]")
{
    // The heartbeat's nonce commits without waiting for the disk (DESIGN §11d); it must still
    // be seen by another instance at once and by an instance started again.
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QByteArray path = "/v1/heartbeat";
    const auto beatOf = [](int queueDepth) {
        return protocol::gzip(protocol::encode(
            protocol::Heartbeat{QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), queueDepth,
                                120, 2048, QString()}));
    };
    const auto queueDepthStored = [&](gateway::CentralStorage &storage) {
        const auto stored = storage.devices().heartbeat(device.enrolled.deviceId);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        auto decoded = protocol::decodeHeartbeat(*stored.value());
        REQUIRE(decoded.ok());
        return decoded->queueDepth;
    };
    const QByteArray first = beatOf(1);
    const QList<QByteArray> firstHeaders = device.sign(path, first, gateway.nowSecs, true);
    const QByteArray second = beatOf(2);
    const QList<QByteArray> secondHeaders = device.sign(path, second, gateway.nowSecs, true);

    // Taken by the first instance: the second refuses it, and takes a heartbeat of its own.
    REQUIRE(gateway.post(path, first, firstHeaders, device.cert()).status == 204);
    {
        OtherInstance other(gateway);
        // On SQLite (one instance per file) another process sees a heartbeat and its nonce
        // once the first one's flusher wrote them (a second at most with the file free).
        for (int i = 0; i < 300; ++i) {
            const auto seen = other.storage->devices().heartbeat(device.enrolled.deviceId);
            REQUIRE(seen.ok());
            if (seen->has_value())
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        const HttpReply replay = other.post(path, first, firstHeaders, device.cert());
        CHECK(replay.status == 401);
        CHECK(errorOf(replay) == "replay");
        REQUIRE(other.post(path, second, secondHeaders, device.cert()).status == 204);
        CHECK(queueDepthStored(*other.storage) == 2);
    } // the second instance stops: its connections are closed
    // Taken by the second instance before it stopped: the first refuses it...
    HttpReply replay = gateway.post(path, second, secondHeaders, device.cert());
    CHECK(replay.status == 401);
    CHECK(errorOf(replay) == "replay");
    // ... and so does the second, started again; neither replay changed what is stored.
    OtherInstance restarted(gateway);
    for (const auto &[body, headers] :
         {std::pair{first, firstHeaders}, std::pair{second, secondHeaders}}) {
        replay = restarted.post(path, body, headers, device.cert());
        CHECK(replay.status == 401);
        CHECK(errorOf(replay) == "replay");
    }
    CHECK(queueDepthStored(*restarted.storage) == 2);
    CHECK(queueDepthStored(*gateway.storage) == 2);
}

TEST_CASE("A heartbeat takes its nonce and its row together, and a replay writes nothing",
          "[gateway-http]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QString id = device.enrolled.deviceId;
    auto &devices = gateway.storage->devices();
    const QDateTime t = gateway.now();
    auto taken = devices.takeHeartbeat(QStringLiteral("h1"), id, t, 600, R"({"queue_depth":1})");
    REQUIRE(taken.ok());
    CHECK(taken.value());
    // The same nonce again, from a heartbeat or any other request: refused, nothing replaced.
    taken = devices.takeHeartbeat(QStringLiteral("h1"), id, t.addSecs(5), 600, R"({"x":2})");
    REQUIRE(taken.ok());
    CHECK_FALSE(taken.value());
    CHECK_FALSE(devices.rememberNonce(QStringLiteral("h1"), id, t.addSecs(6), 600).value());
    CHECK(devices.heartbeat(id).value() == std::optional<QByteArray>(R"({"queue_depth":1})"));
    // A nonce a record took first is refused to a heartbeat too.
    REQUIRE(devices.rememberNonce(QStringLiteral("r1"), id, t, 600).value());
    CHECK_FALSE(devices.takeHeartbeat(QStringLiteral("r1"), id, t, 600, "{}").value());
    // Outside the window it counts as new again, as for rememberNonce().
    taken = devices.takeHeartbeat(QStringLiteral("h1"), id, t.addSecs(601), 600, R"({"y":3})");
    REQUIRE(taken.ok());
    CHECK(taken.value());
    CHECK(devices.heartbeat(id).value() == std::optional<QByteArray>(R"({"y":3})"));
    // Inside a caller's transaction it is part of it: rolled back with it.
    {
        auto tx = gateway.storage->begin();
        REQUIRE(tx.ok());
        REQUIRE(devices.takeHeartbeat(QStringLiteral("h2"), id, t, 600, R"({"z":4})").value());
    }
    CHECK(devices.heartbeat(id).value() == std::optional<QByteArray>(R"({"y":3})"));
    CHECK(devices.takeHeartbeat(QStringLiteral("h2"), id, t, 600, R"({"z":5})").value());
}

namespace {

/** POST /v1/uploads/{uuid}/{index} with @p bytes' length and SHA-256. */
HttpReply createUpload(const TestGateway &gateway, const TestDevice &device, const QString &uuid,
                       int index, const QByteArray &bytes)
{
    const protocol::AttachmentRef ref = protocol::AttachmentRef::of(bytes);
    return device.send(gateway, "POST", protocol::uploadPath(uuid, index),
                       protocol::encode(protocol::UploadCreate{ref.length, ref.sha256}),
                       gateway.nowSecs);
}

HttpReply patch(const TestGateway &gateway, const TestDevice &device, const QString &uuid,
                int index, qint64 offset, const QByteArray &chunk)
{
    return device.send(gateway, "PATCH", protocol::uploadPath(uuid, index), chunk, gateway.nowSecs,
                       {"Upload-Offset: " + QByteArray::number(offset)},
                       "application/offset+octet-stream");
}

qint64 offsetOf(const HttpReply &r)
{
    REQUIRE(r.headers.contains("upload-offset"));
    return r.headers.value("upload-offset").toLongLong();
}

QByteArray pseudoRandom(qsizetype n, quint32 seed)
{
    QByteArray out(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i) {
        seed = seed * 1664525u + 1013904223u;
        out[i] = char(seed >> 24);
    }
    return out;
}

} // namespace

TEST_CASE("Uploads: create, resume from the offset, checksum at the end", "[gateway-http]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray bytes = pseudoRandom(600 * 1024, 7);
    const QByteArray path = protocol::uploadPath(uuid, 0);
    const qint64 chunk = 256 * 1024;

    const HttpReply created = createUpload(gateway, device, uuid, 0, bytes);
    INFO(created.error.toStdString() << created.body.toStdString());
    REQUIRE(created.status == 201);
    CHECK(offsetOf(created) == 0);
    CHECK(device.send(gateway, "HEAD", path, {}, gateway.nowSecs).status == 200);

    const HttpReply first = patch(gateway, device, uuid, 0, 0, bytes.left(chunk));
    REQUIRE(first.status == 204);
    CHECK(offsetOf(first) == chunk);

    SECTION("the same POST again: 200 with the current offset (idempotent)")
    {
        const HttpReply again = createUpload(gateway, device, uuid, 0, bytes);
        CHECK(again.status == 200);
        CHECK(offsetOf(again) == chunk);
        const HttpReply head = device.send(gateway, "HEAD", path, {}, gateway.nowSecs);
        CHECK(head.status == 200);
        CHECK(offsetOf(head) == chunk);
        CHECK(head.headers.value("upload-length") == QByteArray::number(bytes.size()));
    }
    SECTION("a PATCH at the wrong offset: 409 with the stored offset, nothing appended")
    {
        const HttpReply wrong = patch(gateway, device, uuid, 0, 0, bytes.left(chunk));
        CHECK(wrong.status == 409);
        CHECK(offsetOf(wrong) == chunk);
        const HttpReply ahead = patch(gateway, device, uuid, 0, 2 * chunk, bytes.mid(2 * chunk));
        CHECK(ahead.status == 409);
        CHECK(offsetOf(ahead) == chunk);
        CHECK(
            gateway.storage->intake().upload(device.enrolled.deviceId, uuid, 0).value()->received ==
            chunk);
    }
    SECTION("past the length: 400; a body over 256 KiB: 413; not offset+octet-stream: 415")
    {
        REQUIRE(patch(gateway, device, uuid, 0, chunk, bytes.mid(chunk, chunk)).status == 204);
        const HttpReply past =
            patch(gateway, device, uuid, 0, 2 * chunk, bytes.mid(2 * chunk) + "x");
        CHECK(past.status == 400);
        CHECK(errorOf(past) == "past_length");
        CHECK(patch(gateway, device, uuid, 0, 2 * chunk, QByteArray(chunk + 1, 'x')).status == 413);
        CHECK(device
                  .send(gateway, "PATCH", path, bytes.mid(2 * chunk, 10), gateway.nowSecs,
                        {"Upload-Offset: " + QByteArray::number(2 * chunk)})
                  .status == 415);
        CHECK(
            gateway.storage->intake().upload(device.enrolled.deviceId, uuid, 0).value()->received ==
            2 * chunk);
    }
    SECTION("the rest: finished, and a different POST for it is refused with 409")
    {
        HttpReply r = patch(gateway, device, uuid, 0, chunk, bytes.mid(chunk, chunk));
        REQUIRE(r.status == 204);
        r = patch(gateway, device, uuid, 0, 2 * chunk, bytes.mid(2 * chunk));
        REQUIRE(r.status == 204);
        CHECK(offsetOf(r) == bytes.size());
        const auto row =
            gateway.storage->intake().upload(device.enrolled.deviceId, uuid, 0).value();
        REQUIRE(row.has_value());
        CHECK(row->finished());
        CHECK(uploadedFile(gateway, device.enrolled.deviceId, uuid, 0) == bytes);
        CHECK(createUpload(gateway, device, uuid, 0, bytes + "more").status == 409);
        CHECK(createUpload(gateway, device, uuid, 0, bytes).status == 200);
    }
    SECTION("altered bytes: 422 checksum at the end, and the upload starts again from 0")
    {
        QByteArray altered = bytes.mid(chunk);
        altered[1000] = char(altered.at(1000) ^ 0x20);
        HttpReply r = patch(gateway, device, uuid, 0, chunk, altered.left(chunk));
        REQUIRE(r.status == 204);
        r = patch(gateway, device, uuid, 0, 2 * chunk, altered.mid(chunk));
        CHECK(r.status == 422);
        CHECK(errorOf(r) == "checksum");
        CHECK(offsetOf(r) == 0);
        const HttpReply head = device.send(gateway, "HEAD", path, {}, gateway.nowSecs);
        CHECK(offsetOf(head) == 0);
        CHECK(uploadedFile(gateway, device.enrolled.deviceId, uuid, 0).isEmpty());
        const HttpReply redo = device.upload(gateway, uuid, 0, bytes, gateway.nowSecs);
        CHECK(redo.status == 204);
        CHECK(gateway.storage->intake()
                  .upload(device.enrolled.deviceId, uuid, 0)
                  .value()
                  ->finished());
    }
    SECTION("a different length or SHA-256 for an unfinished upload restarts it")
    {
        const QByteArray other = pseudoRandom(1000, 9);
        const HttpReply r = createUpload(gateway, device, uuid, 0, other);
        CHECK(r.status == 201);
        CHECK(offsetOf(r) == 0);
        CHECK(gateway.storage->intake().upload(device.enrolled.deviceId, uuid, 0).value()->length ==
              1000);
        CHECK(uploadedFile(gateway, device.enrolled.deviceId, uuid, 0).isEmpty());
    }
}

TEST_CASE("Uploads: refused shapes, unknown uploads, and another device's uploads",
          "[gateway-http]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray path = protocol::uploadPath(uuid, 0);

    CHECK(device.send(gateway, "HEAD", path, {}, gateway.nowSecs).status == 404);
    CHECK(patch(gateway, device, uuid, 0, 0, "abc").status == 404);
    // 16 MiB + 1
    CHECK(device
              .send(gateway, "POST", path,
                    R"({"length":16777217,"sha256":")" + QByteArray(64, 'a') + R"("})",
                    gateway.nowSecs)
              .status == 400);
    CHECK(device
              .send(gateway, "POST", path,
                    R"({"length":10,"sha256":")" + QByteArray(64, 'A') + R"("})", gateway.nowSecs)
              .status == 400);
    // Unsigned: refused like every other endpoint.
    CHECK(httpsSend(gateway.port, gateway.keys->serverPin(), "HEAD", path, {}, {}, device.cert())
              .status == 401);

    REQUIRE(createUpload(gateway, device, uuid, 0, "sealed").status == 201);
    const TestDevice other(gateway, gateway.token(), Suite::Intl);
    // Uploads are per device: another kiosk's same uuid is another upload.
    CHECK(other.send(gateway, "HEAD", path, {}, gateway.nowSecs).status == 404);
}

TEST_CASE("Uploads: a record whose attachment is missing or unfinished is answered retry and not "
          "stored; once uploaded it is accepted",
          "[gateway-http]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    GatewayKiosk kiosk(gateway, Suite::Intl);
    const QString uuid = kiosk.apply(QStringLiteral("巴特尔"));
    const QString other = kiosk.apply(QStringLiteral("其其格"));
    kiosk.upload(gateway, device, other);
    const QByteArray part = kiosk.attachments(uuid).at(0);
    const protocol::SubmissionBatch batch{{kiosk.wire(uuid), kiosk.wire(other)}};

    auto push = [&] {
        return results(
            device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs));
    };
    protocol::BatchResult out = push();
    REQUIRE(out.results.size() == 2);
    CHECK(out.results.at(0).status == Outcome::Retry);
    CHECK_FALSE(out.results.at(0).reason.isEmpty());
    CHECK(out.results.at(0).receipt.isEmpty());
    CHECK(out.results.at(1).status == Outcome::Accepted); // the other record is not held up
    CHECK_FALSE(
        gateway.storage->intake().submission(device.enrolled.deviceId, uuid).value().has_value());

    // Half uploaded: still retry.
    REQUIRE(createUpload(gateway, device, uuid, 0, part).status == 201);
    REQUIRE(patch(gateway, device, uuid, 0, 0, part.left(part.size() / 2)).status == 204);
    out = push();
    CHECK(out.results.at(0).status == Outcome::Retry);
    CHECK(out.results.at(1).status == Outcome::Duplicate);

    REQUIRE(patch(gateway, device, uuid, 0, part.size() / 2, part.mid(part.size() / 2)).status ==
            204);
    out = push();
    CHECK(out.results.at(0).status == Outcome::Accepted);
    CHECK_FALSE(
        gateway.storage->intake().upload(device.enrolled.deviceId, uuid, 0).value().has_value());

    // Central has the record: creating its upload again asks for nothing more.
    const HttpReply again = createUpload(gateway, device, uuid, 0, part);
    CHECK(again.status == 200);
    CHECK(offsetOf(again) == part.size());
    CHECK_FALSE(
        gateway.storage->intake().upload(device.enrolled.deviceId, uuid, 0).value().has_value());
}

TEST_CASE("Uploads: abandoned ones older than 7 days are dropped when the server starts",
          "[gateway-http]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QString old = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString recent = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(createUpload(gateway, device, old, 0, "sealed bytes").status == 201);
    REQUIRE(patch(gateway, device, old, 0, 0, "sealed").status == 204);
    gateway.nowSecs += 6 * 86400;
    REQUIRE(createUpload(gateway, device, recent, 0, "sealed bytes").status == 201);
    gateway.nowSecs += 86400 + 1; // old: 7 days and 1 s; recent: 1 day

    GatewayServer::Options options;
    options.clock = [&gateway] { return gateway.now(); };
    GatewayServer restarted(*gateway.keys, *gateway.storage, *gateway.enrollment, *gateway.intake,
                            options);
    REQUIRE(restarted.bind(QStringLiteral("127.0.0.1"), 0).ok());
    CHECK_FALSE(
        gateway.storage->intake().upload(device.enrolled.deviceId, old, 0).value().has_value());
    CHECK(uploadedFile(gateway, device.enrolled.deviceId, old, 0).isEmpty());
    CHECK(
        gateway.storage->intake().upload(device.enrolled.deviceId, recent, 0).value().has_value());
}

namespace {

/** The seed bundle with @p edit applied to each item object and each point object. */
QByteArray editedSeed(const std::function<bool(QJsonObject &)> &editItem,
                      const std::function<void(QJsonObject &)> &editPoint = {})
{
    QJsonObject root = QJsonDocument::fromJson(seedCatalogue()).object();
    QJsonArray items;
    for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
        QJsonObject item = v.toObject();
        if (editItem(item))
            items.append(item);
    }
    root.insert(QStringLiteral("items"), items);
    QJsonArray points = root.value(QLatin1String("points")).toArray();
    for (int i = 0; editPoint && i < points.size(); ++i) {
        QJsonObject point = points.at(i).toObject();
        editPoint(point);
        points.replace(i, point);
    }
    root.insert(QStringLiteral("points"), points);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool isUnemployment(const QJsonObject &item)
{
    return item.value(QLatin1String("code")).toString() == QLatin1String(unemploymentItem);
}

/** The seed with the 失业登记 form ending in a required field "village" (所在嘎查村). */
QByteArray seedWithVillage()
{
    return editedSeed([](QJsonObject &item) {
        if (isUnemployment(item)) {
            QJsonArray form = item.value(QLatin1String("form")).toArray();
            form.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("village")},
                            {QStringLiteral("type"), QStringLiteral("text")},
                            {QStringLiteral("label"),
                             QJsonObject{{QStringLiteral("zh"), QStringLiteral("所在嘎查村")},
                                         {QStringLiteral("en"), QStringLiteral("Village")}}},
                            {QStringLiteral("required"), true},
                            {QStringLiteral("max"), 30}});
            item.insert(QStringLiteral("form"), form);
        }
        return true;
    });
}

/** The seed without the 失业登记 item (nor on any point's list). */
QByteArray seedWithoutUnemployment()
{
    return editedSeed([](QJsonObject &item) { return !isUnemployment(item); },
                      [](QJsonObject &point) {
                          QJsonArray kept;
                          for (const QJsonValue &code :
                               point.value(QLatin1String("items")).toArray())
                              if (code.toString() != QLatin1String(unemploymentItem))
                                  kept.append(code);
                          point.insert(QStringLiteral("items"), kept);
                      });
}

QStringList fieldIds(const FormSchema &form)
{
    QStringList ids;
    for (const FieldSpec &f : form.fields)
        ids.append(f.id);
    return ids;
}

} // namespace

TEST_CASE("Submissions: applications are checked against the catalogue central published, "
          "again after each publish without a restart",
          "[gateway-http]")
{
    TestGateway gateway(Suite::Intl, TestGateway::Forms::Published);
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QJsonObject sound{{QStringLiteral("fields"), unemploymentFields()}};
    QJsonObject villageFields = unemploymentFields();
    villageFields.insert(QStringLiteral("village"), QStringLiteral("黄花塔拉嘎查"));
    const QJsonObject withVillage{{QStringLiteral("fields"), villageFields}};
    const QJsonObject rating{{QStringLiteral("level"), 5},
                             {QStringLiteral("reasons"), QJsonArray()}};
    auto send = [&](const QJsonObject &payload,
                    const QString &kind = QStringLiteral("submission")) {
        const protocol::SubmissionBatch batch{{craft(gateway, Suite::Intl, kind, payload)}};
        const protocol::BatchResult out = results(
            device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs));
        REQUIRE(out.results.size() == 1);
        return out.results.at(0);
    };

    // Nothing published: no form to check an application against, so it is sent again later
    // (never refused for good); a rating needs none.
    protocol::RecordResult r = send(sound);
    CHECK(r.status == Outcome::Retry);
    CHECK(r.receipt.isEmpty());
    CHECK(send(rating, QStringLiteral("rating")).status == Outcome::Accepted);

    REQUIRE(gateway.publish(seedCatalogue()).seq == 1);
    auto published = gateway.publisher->forms();
    REQUIRE(published.ok());
    auto bundled = IntakeService::formsFromBundle(seedCatalogue());
    REQUIRE(bundled.ok());
    QStringList publishedCodes = published->keys(), bundledCodes = bundled->keys();
    publishedCodes.sort();
    bundledCodes.sort();
    CHECK(publishedCodes == bundledCodes);
    CHECK(fieldIds(published->value(QLatin1String(unemploymentItem))) ==
          fieldIds(bundled->value(QLatin1String(unemploymentItem))));

    r = send(sound);
    INFO(r.reason.toStdString());
    CHECK(r.status == Outcome::Accepted);
    r = send(withVillage);
    CHECK(r.status == Outcome::Rejected); // the published form has no such field
    CHECK(r.reason.contains(QLatin1String("village")));

    SECTION("a publish whose form gains a required field: applications are checked against it")
    {
        REQUIRE(gateway.publish(seedWithVillage()).seq == 2);
        r = send(withVillage);
        INFO(r.reason.toStdString());
        CHECK(r.status == Outcome::Accepted);
        CHECK_FALSE(r.receipt.isEmpty());
        // Collected under the form published before (a kiosk that has not pulled seq 2 yet):
        // still taken, the citizen's application is not lost for it.
        CHECK(send(sound).status == Outcome::Accepted);
        // One publish later, neither the current nor the previous form takes it.
        REQUIRE(gateway.publish(seedWithoutUnemployment()).seq == 3);
        r = send(sound);
        CHECK(r.status == Outcome::Rejected);
        CHECK(r.reason.contains(QLatin1String(unemploymentItem)));
        CHECK(send(withVillage).status == Outcome::Accepted); // seq 2's form
    }
    SECTION("a publish without the item: refused once no form of the last two publishes has it")
    {
        REQUIRE(gateway.publish(seedWithoutUnemployment()).seq == 2);
        CHECK(send(sound).status == Outcome::Accepted); // seq 1's form
        CHECK(send(rating, QStringLiteral("rating")).status == Outcome::Accepted);
        REQUIRE(gateway.publish(seedWithVillage()).seq == 3);
        r = send(sound);
        CHECK(r.status == Outcome::Rejected);
        CHECK(r.reason.contains(QLatin1String("village")));
    }
}

TEST_CASE("Submissions: a record sealed with another suite than the device's is rejected",
          "[gateway-http]")
{
    // Both directions: a gm point's intl record (central could open it with its intl key) and
    // an intl point's gm record. The metadata and the request agree with each other: only the
    // device's enrolled suite tells them apart.
    const Suite enrolled = GENERATE(Suite::Gm, Suite::Intl);
    const Suite other = enrolled == Suite::Gm ? Suite::Intl : Suite::Gm;
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(protocol::suiteName(enrolled)), enrolled);
    REQUIRE(device.enrolled.suite == protocol::suiteName(enrolled));
    const QJsonObject rating{{QStringLiteral("level"), 1},
                             {QStringLiteral("reasons"), QJsonArray()}};
    const protocol::WireRecord foreign = craft(gateway, other, QStringLiteral("rating"), rating);
    const protocol::WireRecord own = craft(gateway, enrolled, QStringLiteral("rating"), rating);
    const protocol::BatchResult out = results(
        device.push(gateway, "/v1/submissions",
                    protocol::encode(protocol::SubmissionBatch{{foreign, own}}), gateway.nowSecs));
    REQUIRE(out.results.size() == 2);
    CHECK(out.results.at(0).status == Outcome::Rejected);
    CHECK(out.results.at(0).receipt.isEmpty());
    CHECK(out.results.at(0).reason.contains(protocol::suiteName(other)));
    CHECK(out.results.at(0).reason.contains(protocol::suiteName(enrolled)));
    CHECK(out.results.at(1).status == Outcome::Accepted); // the other record goes through
    const auto stored =
        gateway.storage->intake().submission(device.enrolled.deviceId, foreign.uuid).value();
    REQUIRE(stored.has_value());
    CHECK(stored->status == QLatin1String("rejected"));
}

TEST_CASE("Refusals of the body: each status and error code is the documented one",
          "[gateway-http]")
{
    // Exchanges for contract-openapi (openapi.yaml's responses), asserted here too.
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QByteArray path = "/v1/heartbeat";

    // Over 16 MiB + 64 KiB as sent: the server stops reading and answers 413 with no body.
    const QByteArray huge(protocol::maxBodyBytes + 128 * 1024, 'x');
    HttpReply r =
        gateway.post(path, huge, device.sign(path, huge, gateway.nowSecs, false), device.cert());
    CHECK(r.status == 413);
    CHECK(r.body.isEmpty());

    // Over 16 MiB once inflated: 413 {"error": "too_large"}.
    const QByteArray bomb = protocol::gzip(QByteArray(protocol::maxBodyBytes + 1, ' '));
    r = gateway.post(path, bomb, device.sign(path, bomb, gateway.nowSecs, true), device.cert());
    CHECK(r.status == 413);
    CHECK(errorOf(r) == "too_large");

    // Another Content-Encoding: 415 {"error": "encoding"}.
    const QByteArray body = "{}";
    r = gateway.post(path, body,
                     device.sign(path, body, gateway.nowSecs, false) +
                         QList<QByteArray>{"Content-Encoding: br"},
                     device.cert());
    CHECK(r.status == 415);
    CHECK(errorOf(r) == "encoding");

    // A body that does not decode: 400 {"error": "body", "detail": …}; a broken gzip stream:
    // 400 {"error": "gzip"}.
    r = gateway.post(path, body, device.sign(path, body, gateway.nowSecs, false), device.cert());
    CHECK(r.status == 400);
    CHECK(errorOf(r) == "body");
    const QByteArray broken = "\x1f\x8b not gzip";
    r = gateway.post(path, broken, device.sign(path, broken, gateway.nowSecs, true), device.cert());
    CHECK(r.status == 400);
    CHECK(errorOf(r) == "gzip");

    // Enrollment: a CSR that does not verify is 400 {"error": "csr"}.
    const QByteArray enroll = protocol::encode(
        protocol::EnrollRequest{gateway.token(),
                                "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE "
                                "REQUEST-----\n",
                                device.signing.publicPem()});
    r = gateway.post("/v1/enroll", enroll, {});
    CHECK(r.status == 400);
    CHECK(errorOf(r) == "csr");
}

TEST_CASE("Submissions on PostgreSQL: a batch's writes share round trips; a record the database "
          "refuses mid-batch is answered retry alone, and the batch again gives the first "
          "receipts",
          "[gateway-pg-intake]")
{
    TestGateway gateway;
    auto *pg = dynamic_cast<gateway::PgCentralStorage *>(gateway.storage.get());
    REQUIRE(pg); // JIUJIN_TEST_ENGINE=postgresql (ctest gateway-pg-intake)
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    const QString id = device.enrolled.deviceId;
    constexpr int n = 20;
    const auto batchOf = [&](const QList<protocol::WireRecord> &records) {
        protocol::SubmissionBatch batch{records};
        batch.version = protocol::receiptsV2;
        return protocol::encode(batch);
    };

    // A clean batch: every application stored with its case, feed entry and audit entry, in
    // fewer round trips than statements (DESIGN §11c, "Round trips").
    QList<protocol::WireRecord> clean;
    for (int i = 0; i < n; ++i)
        clean.append(plainApplication(gateway, Suite::Intl, QStringLiteral("巴特尔%1").arg(i)));
    const qint64 before = gateway::PgConnection::roundTrips();
    const protocol::BatchResult first =
        results(device.push(gateway, "/v1/submissions", batchOf(clean), gateway.nowSecs));
    const qint64 trips = gateway::PgConnection::roundTrips() - before;
    REQUIRE(first.results.size() == n);
    for (const protocol::RecordResult &r : first.results)
        CHECK(r.status == Outcome::Accepted);
    // Each statement its own round trip was about 14 a record (the duplicate check, usage, the
    // receipt number, the submission, the case's savepoint, row, event and release, the receipt
    // index, the rating link's two, usage, uploads, the feed's two). Now 4 (the receipt number,
    // the case's row with what was queued before it, the rating link with the case's event and
    // release, the record's settle) and the batch's own: 77 for these 20 here. Above 4.5 a
    // record, the batch's duplicate check or the queued writes are back to one trip each.
    INFO("round trips for " << n << " records: " << trips);
    CHECK(trips <= 9 * n / 2);
    const QString point =
        gateway.storage->intake().submission(id, clean.first().uuid).value()->point;
    const auto feed = gateway.storage->caseFeed().changedSince(point, 0, 1000);
    REQUIRE(feed.ok());
    REQUIRE(feed.value().size() == n); // the feed's one statement per case, sent with COMMIT
    for (int i = 0; i < n; ++i) {
        INFO("record " << i);
        CHECK(feed.value().at(i).seq == i + 1);
        CHECK(feed.value().at(i).receipt == first.results.at(i).receipt);
        CHECK(gateway.storage->cases().caseOf(id, clean.at(i).uuid).value().has_value());
    }

    // The database refuses the case of the 8th record (its writes fail, not its content); the
    // 13th is tampered with (refused for its content).
    QList<protocol::WireRecord> records;
    for (int i = 0; i < n; ++i)
        records.append(plainApplication(gateway, Suite::Intl, QStringLiteral("其其格%1").arg(i)));
    records[12].payload[records[12].payload.size() / 2] =
        char(records[12].payload.at(records[12].payload.size() / 2) ^ 0x01);
    const QByteArray refuse =
        "CREATE FUNCTION refuse_case() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.uuid = "
        "'" +
        records.at(7).uuid.toLatin1() +
        "' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;"
        " CREATE TRIGGER refuse_case BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION"
        " refuse_case()";
    REQUIRE(pg->database().exec(refuse.constData()).ok());
    const protocol::BatchResult out =
        results(device.push(gateway, "/v1/submissions", batchOf(records), gateway.nowSecs));
    REQUIRE(out.results.size() == n);
    QSet<QString> receipts;
    for (int i = 0; i < n; ++i) {
        INFO("record " << i);
        CHECK(out.results.at(i).uuid == records.at(i).uuid);
        if (i == 7) {
            CHECK(out.results.at(i).status == Outcome::Retry);
            CHECK(out.results.at(i).receipt.isEmpty());
        } else if (i == 12) {
            CHECK(out.results.at(i).status == Outcome::Rejected);
        } else {
            CHECK(out.results.at(i).status == Outcome::Accepted);
            receipts.insert(out.results.at(i).receipt);
            CHECK(gateway.storage->cases().caseOf(id, records.at(i).uuid).value().has_value());
        }
    }
    CHECK(receipts.size() == n - 2);
    // Nothing of the refused record stays: no row, no case, no usage counted for it.
    CHECK_FALSE(gateway.storage->intake().submission(id, records.at(7).uuid).value().has_value());
    CHECK_FALSE(gateway.storage->cases().caseOf(id, records.at(7).uuid).value().has_value());
    CHECK(gateway.storage->intake().submissions(id).value().size() == 2 * n - 1);
    const auto used = gateway.storage->intake().usage(id, IntakeService::serviceDay(gateway.now()));
    REQUIRE(used.ok());
    CHECK(used.value().records == 2 * n - 1);
    CHECK(gateway.storage->caseFeed().changedSince(point, 0, 1000).value().size() == 2 * n - 2);

    // The answer lost, the database fixed: the batch again. Each stored record is a duplicate
    // with its first receipt or reason; the refused one is stored now.
    REQUIRE(pg->database().exec("DROP TRIGGER refuse_case ON cases").ok());
    const protocol::BatchResult again =
        results(device.push(gateway, "/v1/submissions", batchOf(records), gateway.nowSecs));
    REQUIRE(again.results.size() == n);
    for (int i = 0; i < n; ++i) {
        INFO("record " << i);
        if (i == 7) {
            CHECK(again.results.at(i).status == Outcome::Accepted);
            CHECK_FALSE(receipts.contains(again.results.at(i).receipt));
            continue;
        }
        CHECK(again.results.at(i).status == Outcome::Duplicate);
        CHECK(again.results.at(i).receipt == out.results.at(i).receipt);
        CHECK(again.results.at(i).reason == out.results.at(i).reason);
    }
    CHECK(gateway.storage->intake().submissions(id).value().size() == 2 * n);
    CHECK(gateway.storage->caseFeed().changedSince(point, 0, 1000).value().size() == 2 * n - 1);
    // One audit entry per case, chained without a gap by the batches stored again.
    auto chain = gateway::AuditChain(*gateway.storage).verify();
    REQUIRE(chain.ok());
    CHECK_FALSE(chain.value().brokenAt.has_value());
    CHECK(chain.value().entries >= 2 * n - 1);
}
