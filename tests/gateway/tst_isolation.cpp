// No enrolled device can take central down for the others (issue 13): receipts that never run
// out, per-device quotas answered per record, bookings keyed by (device, uuid), attachments kept
// as files with central's memory bounded, and a per-device lease cap.
#include "gatewayfixture.h"
#include "sqlitecentralstorage.h"

#include "bookingservice.h"
#include "database.h"
#include "envelope.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace jiujin;
using protocol::Outcome;
using protocol::Suite;

namespace {

const QString point = QStringLiteral("150525203000-01");
// Monday 2026-11-30 08:30 local; the tests' "now" is Saturday 2026-11-28 10:00 local.
const QString monday0830 = point + QStringLiteral("/2026-11-30T08:30");

protocol::BatchResult results(const HttpReply &reply)
{
    INFO(reply.error.toStdString() << " " << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto decoded = protocol::decodeBatchResult(reply.body);
    REQUIRE(decoded.ok());
    return decoded.value();
}

QByteArray errorOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QLatin1String("error"))
        .toString()
        .toLatin1();
}

protocol::WireRecord rating(const TestGateway &gw, Suite suite)
{
    return craftRecord(gw.keys->centralKey(suite), suite, QStringLiteral("rating"),
                       {{QStringLiteral("level"), 5}});
}

/** A booking request (not on a lease) of monday0830 with record uuid @p uuid. */
protocol::WireRecord booking(const TestGateway &gw, Suite suite, const QString &uuid)
{
    const QJsonObject person{{QStringLiteral("item"), QLatin1String(unemploymentItem)},
                             {QStringLiteral("name"), QStringLiteral("张三")},
                             {QStringLiteral("phone"), QStringLiteral("13812345678")}};
    protocol::WireRecord r =
        craftRecord(gw.keys->centralKey(suite), suite, QStringLiteral("booking"), person, testNow(),
                    {{QStringLiteral("uuid"), uuid},
                     {QStringLiteral("slot"), monday0830},
                     {QStringLiteral("ticket"), uuid.left(8)},
                     {QStringLiteral("lease"), false}});
    r.uuid = uuid;
    return r;
}

bool receiptVerifies(const TestDevice &device, const protocol::RecordResult &r)
{
    auto key = protocol::Key::fromPem(device.enrolled.receiptKeyPem);
    REQUIRE(key.ok());
    return protocol::verify(
        key.value(),
        protocol::receiptSigningInput(device.enrolled.deviceId, r.uuid, r.receipt, r.acceptedAt),
        r.signature);
}

/** A submission of the seed's unemployment form with @p sizes.size() attachments of those
 *  plaintext sizes, sealed by hand (the kiosk caps pictures at 8 MiB; central must cope with
 *  whatever a device sends). */
struct SealedRecord
{
    protocol::WireRecord wire;
    QList<QByteArray> attachments; ///< sealed
};

SealedRecord withAttachments(const TestGateway &gw, Suite suite, const QList<qsizetype> &sizes)
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject m{{QStringLiteral("v"), 1},
                  {QStringLiteral("uuid"), uuid},
                  {QStringLiteral("kind"), QStringLiteral("submission")},
                  {QStringLiteral("receipt"), QString()},
                  {QStringLiteral("refers_to"), QString()},
                  {QStringLiteral("item"), QLatin1String(unemploymentItem)},
                  {QStringLiteral("point"), point},
                  {QStringLiteral("created"), testNow().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("staff"), QString()},
                  {QStringLiteral("authorisation"), QString()},
                  {QStringLiteral("suite"), protocol::suiteName(suite)},
                  {QStringLiteral("attachments"), int(sizes.size())}};
    const QByteArray meta = QJsonDocument(m).toJson(QJsonDocument::Compact);
    auto sealer = protocol::RecordSealer::create(gw.keys->centralKey(suite), meta);
    REQUIRE(sealer.ok());
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("fields"), unemploymentFields()}})
            .toJson(QJsonDocument::Compact);
    auto sealed = sealer->seal(payload, meta);
    REQUIRE(sealed.ok());
    SealedRecord out;
    out.wire = {uuid,
                meta,
                protocol::suiteName(suite),
                sealer->keyHeader(),
                sealed.value(),
                QList<protocol::AttachmentRef>{}};
    for (int i = 0; i < sizes.size(); ++i) {
        auto part = sealer->seal(QByteArray(sizes.at(i), char('a' + i)),
                                 meta + "#attachment" + QByteArray::number(i));
        REQUIRE(part.ok());
        out.wire.attachments.append(protocol::AttachmentRef::of(part.value()));
        out.attachments.append(part.value());
    }
    return out;
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    FAIL("no " << field << " in /proc/self/status");
    return -1;
}

} // namespace

TEST_CASE("Two devices sending the same booking uuid are each answered per record",
          "[gateway-isolation]")
{
    const Suite suite = Suite::Intl;
    TestGateway gw(suite);
    const TestDevice a(gw, gw.token(), suite);
    const TestDevice b(gw, gw.token(), suite);
    const qint64 created = gw.now().toSecsSinceEpoch();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);

    protocol::SubmissionBatch fromA{{booking(gw, suite, uuid)}};
    const auto first = results(a.push(gw, "/v1/submissions", protocol::encode(fromA), created));
    REQUIRE(first.results.size() == 1);
    CHECK(first.results.at(0).status == Outcome::Accepted);

    // The same uuid from another kiosk (a clone, a bug, or chance): its own booking, its own
    // answer; before, its whole batch failed with 503 for ever.
    protocol::SubmissionBatch fromB{{booking(gw, suite, uuid), rating(gw, suite)}};
    const auto second = results(b.push(gw, "/v1/submissions", protocol::encode(fromB), created));
    REQUIRE(second.results.size() == 2);
    CHECK(second.results.at(0).status == Outcome::Accepted);
    CHECK(second.results.at(1).status == Outcome::Accepted);
    CHECK(receiptVerifies(b, second.results.at(0)));
    CHECK(second.results.at(0).receipt != first.results.at(0).receipt);

    gateway::BookingService service(*gw.storage);
    auto listed = service.bookings(point, QDate(2026, 11, 30));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).device != listed->at(1).device);

    // A cancel from B frees B's booking only.
    const QString cancelUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    protocol::WireRecord cancel = craftRecord(
        gw.keys->centralKey(suite), suite, QStringLiteral("booking_cancel"), QJsonObject{},
        testNow(), {{QStringLiteral("uuid"), cancelUuid}, {QStringLiteral("refers_to"), uuid}});
    cancel.uuid = cancelUuid;
    const auto cancelled = results(b.push(
        gw, "/v1/submissions", protocol::encode(protocol::SubmissionBatch{{cancel}}), created));
    REQUIRE(cancelled.results.size() == 1);
    CHECK(cancelled.results.at(0).status == Outcome::Accepted);
    listed = service.bookings(point, QDate(2026, 11, 30));
    REQUIRE(listed.ok());
    for (const gateway::BookingInfo &info : listed.value())
        CHECK(info.cancelledAt.has_value() == (info.device == b.enrolled.deviceId));
}

TEST_CASE("A gateway database made before bookings were keyed by device is migrated",
          "[gateway-isolation][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gateway.db"));
    {
        {
            auto store = gateway::SqliteCentralStorage::open(path);
            REQUIRE(store.ok());
        }
        // As gateways left their database before central's schema had versions: user_version
        // 0, tables made at each open, and this table keyed by id alone.
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        Database &db = *raw.value();
        REQUIRE(db.exec("PRAGMA user_version = 0; DROP TABLE booking_bookings").ok());
        REQUIRE(db.exec("CREATE TABLE booking_bookings("
                        " id TEXT PRIMARY KEY, slot TEXT NOT NULL REFERENCES booking_slots(id),"
                        " source TEXT NOT NULL CHECK(source IN ('channel','kiosk-lease',"
                        "'kiosk-request')), device TEXT NOT NULL, ref TEXT NOT NULL,"
                        " ticket TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,"
                        " cancelled_at INTEGER, UNIQUE(device, ref))")
                    .ok());
        REQUIRE(db.exec("INSERT INTO booking_slots VALUES('150525203000-01/2026-11-30T08:30',"
                        " '150525203000-01', 1796006000, 1796007800, 4)")
                    .ok());
        REQUIRE(db.exec("INSERT INTO booking_bookings VALUES('u-1',"
                        " '150525203000-01/2026-11-30T08:30', 'kiosk-request', 'jj-a', 'u-1',"
                        " 'T1', 1795000000, NULL)")
                    .ok());
    }
    auto store = gateway::SqliteCentralStorage::open(path);
    REQUIRE(store.ok());
    gateway::BookingService service(*store.value());
    auto listed = service.bookings(QString(), QDate());
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).id == QLatin1String("u-1"));
    CHECK(listed->at(0).ticket == QLatin1String("T1"));
    Statement s =
        sqliteDatabase(*store.value())
            .prepare(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'booking_bookings'");
    REQUIRE(s.step());
    CHECK(s.text(0).contains(QLatin1String("PRIMARY KEY(device, id)")));
    // The same id from another device now fits.
    REQUIRE(store.value()
                ->database()
                .exec("INSERT INTO booking_bookings(id, slot, source, device, ref, created_at)"
                      " VALUES('u-1', '150525203000-01/2026-11-30T08:30', 'kiosk-request',"
                      " 'jj-b', 'u-1', 1795000001)")
                .ok());
}

TEST_CASE("Receipt numbers go on past 999,999 a day and still verify",
          "[gateway-isolation][sqlite]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    TestGateway gw(suite);
    const TestDevice device(gw, gw.token(), suite);
    const qint64 created = gw.now().toSecsSinceEpoch();
    const QString day = IntakeService::serviceDay(gw.now());
    CHECK(day == QLatin1String("20261128"));
    // Near the end of the old 6-digit space, without pushing a million records.
    Statement s = sqliteDatabase(*gw.storage)
                      .prepare("INSERT INTO receipt_days(day, last) VALUES (?, 999998)");
    s.bind(1, day);
    REQUIRE(s.run().ok());

    protocol::SubmissionBatch batch{{rating(gw, suite), rating(gw, suite), rating(gw, suite)}};
    const auto out = results(device.push(gw, "/v1/submissions", protocol::encode(batch), created));
    REQUIRE(out.results.size() == 3);
    const QStringList expected{QStringLiteral("NM20261128999999"),
                               QStringLiteral("NM202611281000000"),
                               QStringLiteral("NM202611281000001")};
    for (int i = 0; i < 3; ++i) {
        CHECK(out.results.at(i).status == Outcome::Accepted);
        CHECK(out.results.at(i).receipt == expected.at(i));
        CHECK(receiptVerifies(device, out.results.at(i)));
    }
    // The old format is unchanged below a million.
    CHECK(IntakeService::receiptNumber(QDate(2026, 11, 28), 42) ==
          QLatin1String("NM20261128000042"));
}

TEST_CASE("A device over its daily quota is answered retry per record; the others go on",
          "[gateway-isolation]")
{
    const Suite suite = Suite::Intl;
    TestGateway gw(suite);
    const TestDevice greedy(gw, gw.token(), suite);
    const TestDevice other(gw, gw.token(), suite);
    DeviceQuotas quotas;
    quotas.recordsPerDay = 3;
    quotas.openUploads = 2;
    quotas.recordAttachmentBytes = 64 * 1024;
    gw.intake->setQuotas(quotas);
    const qint64 created = gw.now().toSecsSinceEpoch();

    protocol::SubmissionBatch five;
    for (int i = 0; i < 5; ++i)
        five.records.append(rating(gw, suite));
    const auto out = results(greedy.push(gw, "/v1/submissions", protocol::encode(five), created));
    REQUIRE(out.results.size() == 5);
    for (int i = 0; i < 3; ++i)
        CHECK(out.results.at(i).status == Outcome::Accepted);
    for (int i = 3; i < 5; ++i) {
        // Not lost: the kiosk keeps it pending and staff see why.
        CHECK(out.results.at(i).status == Outcome::Retry);
        CHECK(out.results.at(i).reason.contains(QStringLiteral("限额")));
        CHECK_FALSE(gw.storage->intake()
                        .submission(greedy.enrolled.deviceId, five.records.at(i).uuid)
                        .value());
    }
    // Another device is untouched by it.
    protocol::SubmissionBatch two{{rating(gw, suite), rating(gw, suite)}};
    const auto others = results(other.push(gw, "/v1/submissions", protocol::encode(two), created));
    REQUIRE(others.results.size() == 2);
    CHECK(others.results.at(0).status == Outcome::Accepted);
    CHECK(others.results.at(1).status == Outcome::Accepted);
    // What was stored answers duplicate as ever, whatever the quota.
    const auto again = results(greedy.push(
        gw, "/v1/submissions",
        protocol::encode(protocol::SubmissionBatch{{five.records.at(0), five.records.at(4)}}),
        created));
    CHECK(again.results.at(0).status == Outcome::Duplicate);
    CHECK(again.results.at(1).status == Outcome::Retry);

    SECTION("the next service day the waiting records are taken")
    {
        gw.nowSecs += 24 * 3600;
        const qint64 tomorrow = gw.now().toSecsSinceEpoch();
        const auto later = results(greedy.push(
            gw, "/v1/submissions",
            protocol::encode(protocol::SubmissionBatch{{five.records.at(3), five.records.at(4)}}),
            tomorrow));
        CHECK(later.results.at(0).status == Outcome::Accepted);
        CHECK(later.results.at(1).status == Outcome::Accepted);
        CHECK(later.results.at(0).receipt.startsWith(QLatin1String("NM20261129")));
    }
    SECTION("open uploads: a device holding too many waits (429), the others do not")
    {
        const QByteArray create = protocol::encode(protocol::UploadCreate{10, QByteArray(32, 'x')});
        const QString u = QUuid::createUuid().toString(QUuid::WithoutBraces);
        CHECK(greedy.send(gw, "POST", protocol::uploadPath(u, 0), create, created).status == 201);
        CHECK(greedy.send(gw, "POST", protocol::uploadPath(u, 1), create, created).status == 201);
        // The same upload again is not a new one.
        CHECK(greedy.send(gw, "POST", protocol::uploadPath(u, 1), create, created).status == 200);
        const HttpReply third =
            greedy.send(gw, "POST", protocol::uploadPath(u, 2), create, created);
        CHECK(third.status == 429);
        CHECK(errorOf(third) == "quota");
        CHECK(third.headers.value("retry-after").toInt() >= 60);
        CHECK(other.send(gw, "POST", protocol::uploadPath(u, 0), create, created).status == 201);
    }
    SECTION("a record's attachments over the per-record cap: 413 for that record alone")
    {
        const QString u = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray half =
            protocol::encode(protocol::UploadCreate{40 * 1024, QByteArray(32, 'x')});
        CHECK(other.send(gw, "POST", protocol::uploadPath(u, 0), half, created).status == 201);
        const HttpReply over = other.send(gw, "POST", protocol::uploadPath(u, 1), half, created);
        CHECK(over.status == 413);
        CHECK(errorOf(over) == "record_too_large");
        // Intake refuses such a record for good (it can never fit), with a reason.
        SealedRecord big = withAttachments(gw, suite, {40 * 1024, 40 * 1024});
        const auto refused =
            results(other.push(gw, "/v1/submissions",
                               protocol::encode(protocol::SubmissionBatch{{big.wire}}), created));
        CHECK(refused.results.at(0).status == Outcome::Rejected);
        CHECK(refused.results.at(0).reason.contains(QStringLiteral("上限")));
    }
}

TEST_CASE("Daily bytes quota: uploads of a device over it wait (429), another's go on",
          "[gateway-isolation]")
{
    const Suite suite = Suite::Intl;
    TestGateway gw(suite);
    const TestDevice greedy(gw, gw.token(), suite);
    const TestDevice other(gw, gw.token(), suite);
    DeviceQuotas quotas;
    quotas.bytesPerDay = 300 * 1024;
    gw.intake->setQuotas(quotas);
    const qint64 created = gw.now().toSecsSinceEpoch();

    SealedRecord first = withAttachments(gw, suite, {200 * 1024});
    REQUIRE(greedy.upload(gw, first.wire.uuid, 0, first.attachments.at(0), created).status == 204);
    SealedRecord second = withAttachments(gw, suite, {200 * 1024});
    const HttpReply over =
        greedy.upload(gw, second.wire.uuid, 0, second.attachments.at(0), created);
    CHECK(over.status == 429);
    CHECK(errorOf(over) == "quota");
    // The record whose bytes are in is still taken today (its inline bytes fit), the other
    // device's uploads are not held up.
    const auto out = results(greedy.push(
        gw, "/v1/submissions", protocol::encode(protocol::SubmissionBatch{{first.wire}}), created));
    CHECK(out.results.at(0).status == Outcome::Accepted);
    SealedRecord theirs = withAttachments(gw, suite, {200 * 1024});
    CHECK(other.upload(gw, theirs.wire.uuid, 0, theirs.attachments.at(0), created).status == 204);
}

TEST_CASE("Attachments are streamed to files: central's memory stays bounded, rows stay small",
          "[gateway-attachments][sqlite]")
{
    const Suite suite = Suite::Intl;
    TestGateway gw(suite);
    const TestDevice device(gw, gw.token(), suite);
    DeviceQuotas quotas;
    quotas.recordAttachmentBytes = 0; // off: 3 x 16 MiB is past the kiosk's cap on purpose
    gw.intake->setQuotas(quotas);
    const qint64 created = gw.now().toSecsSinceEpoch();

    constexpr qsizetype part = protocol::maxUploadLength - 4096; // room for sealing
    SealedRecord record = withAttachments(gw, suite, {part, part, part});
    for (const QByteArray &a : record.attachments)
        REQUIRE(a.size() <= protocol::maxUploadLength);

    // The peak resident size from here on (clear_refs 5 resets VmHWM to the current RSS).
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        REQUIRE(clear.open(QIODevice::WriteOnly));
        REQUIRE(clear.write("5") == 1);
    }
    const qint64 before = statusKiB("VmRSS:");
    for (int i = 0; i < record.attachments.size(); ++i) {
        const HttpReply r =
            device.upload(gw, record.wire.uuid, i, record.attachments.at(i), created);
        INFO(r.body.toStdString());
        REQUIRE(r.status == 204);
    }
    const auto out =
        results(device.push(gw, "/v1/submissions",
                            protocol::encode(protocol::SubmissionBatch{{record.wire}}), created));
    const qint64 peakMiB = (statusKiB("VmHWM:") - before) / 1024;
    REQUIRE(out.results.size() == 1);
    CHECK(out.results.at(0).status == Outcome::Accepted);
    // 48 MiB of attachments: before, intake held them all, their base64 and its UTF-16 copy
    // in the JSON of one row (~350 MB measured for 4 x 16 MiB). Now one attachment at a time
    // (sealed and opened) is the most held: ~40 MiB measured, whatever the count.
    INFO("peak RSS growth " << peakMiB << " MiB for 48 MiB of attachments");
    CHECK(peakMiB < 96);
    WARN("peak RSS growth while uploading and storing 3 x 16 MiB: " << peakMiB << " MiB");

    // Stored as files the record names, byte for byte as uploaded; the database stays small.
    const auto row =
        gw.storage->intake().submission(device.enrolled.deviceId, record.wire.uuid).value();
    REQUIRE(row.has_value());
    CHECK(row->record.size() < 64 * 1024);
    for (int i = 0; i < record.attachments.size(); ++i) {
        auto stored = gw.storage->intake().storedAttachment(*row, i);
        REQUIRE(stored.ok());
        CHECK(stored.value() == record.attachments.at(i));
    }
    CHECK(QFileInfo(GatewayKeys::databasePath(gw.dir.path())).size() < 4 * 1024 * 1024);
    CHECK_FALSE(gw.storage->intake()
                    .upload(device.enrolled.deviceId, record.wire.uuid, 0)
                    .value()
                    .has_value());
}

TEST_CASE("Leases: one device never holds more than half a slot, as the kiosks' policy",
          "[gateway-isolation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = openTestCentral(dir.filePath(QStringLiteral("gateway.db")));
    REQUIRE(store.ok());
    gateway::BookingService booking(*store.value());
    gateway::PointPlan plan;
    plan.point = point;
    plan.capacity = GENERATE(4, 10, 1);
    REQUIRE(booking.setPlan(plan, testNow()).ok());
    const int cap = std::max(1, plan.capacity / 2);
    auto want = [&](const QString &device, int seats) {
        auto r = booking.lease(device, point, {{monday0830, seats}}, {}, testNow());
        REQUIRE(r.ok());
        REQUIRE(r->leases.size() == 1);
        return r->leases.first().seats;
    };
    // Before, a device got up to 3/4 of the slot (all but the pool's share).
    const int first = want(QStringLiteral("jj-a"), plan.capacity);
    CHECK(first == std::min(cap, plan.capacity - plan.capacity / gateway::poolShareDivisor));
    CHECK(first <= cap);
    CHECK(want(QStringLiteral("jj-a"), plan.capacity) == first); // asking again gets no more
    // Another device still finds seats where the slot has them.
    if (plan.capacity == 10)
        CHECK(want(QStringLiteral("jj-b"), plan.capacity) == 3); // 8 leasable - 5
    REQUIRE(booking.checkInvariant(monday0830).ok());
}

TEST_CASE("Upload files: bytes past central's offset (a crash) are written over; chunk rows of "
          "an older gateway restart from 0",
          "[gateway-attachments][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gateway.db"));
    const QString device = QStringLiteral("jj-a"),
                  uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto store = gateway::SqliteCentralStorage::open(path);
        REQUIRE(store.ok());
        gateway::IntakeRecords &s = store.value()->intake();
        REQUIRE(store.value()
                    ->devices()
                    .insertDevice({device, point, QStringLiteral("intl"), "k", "c",
                                   QStringLiteral("x"), testNow(), std::nullopt, std::nullopt})
                    .ok());
        UploadRow row;
        row.device = device;
        row.uuid = uuid;
        row.length = 6;
        row.sha256 = QCryptographicHash::hash("abcdef", QCryptographicHash::Sha256);
        row.createdAt = testNow();
        REQUIRE(s.startUpload(row).ok());
        REQUIRE(s.appendChunk(device, uuid, 0, 0, "abc").ok());
        {
            // Written, but the offset never advanced: the process died in between.
            QFile file(s.attachmentFile(device, uuid, 0));
            REQUIRE(file.open(QIODevice::Append));
            REQUIRE(file.write("XYZW") == 4);
        }
        CHECK(s.upload(device, uuid, 0).value()->received == 3);
        REQUIRE(s.appendChunk(device, uuid, 0, 3, "def").ok());
        auto sha = s.uploadSha256(device, uuid, 0);
        REQUIRE(sha.ok());
        CHECK(sha.value() == row.sha256);
        QFile file(s.attachmentFile(device, uuid, 0));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "abcdef");
        // A file that lost bytes it had acknowledged fails like a wrong checksum.
        REQUIRE(QFile::resize(s.attachmentFile(device, uuid, 0), 2));
        CHECK(s.uploadSha256(device, uuid, 0).error().code == Error::Corrupt);

        // As an older gateway left it: bytes in chunk rows, and no schema version.
        REQUIRE(store.value()
                    ->database()
                    .exec("INSERT INTO upload_chunks(device, uuid, idx, at, data)"
                          " SELECT device, uuid, idx, 0, x'616263646566' FROM uploads;"
                          " PRAGMA user_version = 0")
                    .ok());
    }
    auto store = gateway::SqliteCentralStorage::open(path);
    REQUIRE(store.ok());
    CHECK(store.value()->intake().upload(device, uuid, 0).value()->received == 0);
    Statement chunks = sqliteDatabase(*store.value()).prepare("SELECT count(*) FROM upload_chunks");
    REQUIRE(chunks.step());
    CHECK(chunks.integer(0) == 0);
}
