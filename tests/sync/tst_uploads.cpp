// Resumable attachment uploads (PROTOCOL.md) end to end: jiujin-syncd and the engine against the
// real jiujin-gateway, through jiujin-faultproxy where a connection is cut mid-PATCH. What the
// gateway received is read from its own database (a counting trigger the test installs on the
// uploads' offsets), so "nothing resent" is judged on the gateway's side.
#include "attachmentuploader.h"
#include "database.h"
#include "envelope.h"
#include "liveharness.h"
#include "requestsigning.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace jiujin;
using namespace live;

namespace {

constexpr qint64 chunk = protocol::maxUploadChunk;

/** A kiosk enrolled with a real gateway, reaching it through a fault proxy. */
struct UploadCase
{
    UploadCase() : gw(k.dir.filePath(QStringLiteral("gateway")))
    {
        gw.start(0);
        proxy = std::make_unique<FaultProxy>(gw.port(), 7);
        k.enroll(proxy->url(), gw.token(), gw.pin());
    }

    /** Client bytes of a run that sends nothing but says hello (and its heartbeat). */
    long calibrate()
    {
        const qsizetype before = proxy->log().size();
        REQUIRE(k.syncd() == 0);
        const QByteArray log = proxy->log().mid(before);
        const qsizetype at = log.lastIndexOf(" closed up=");
        INFO(log.toStdString());
        REQUIRE(at >= 0);
        handshakeUp = log.mid(at + 11).split(' ').first().toLong();
        REQUIRE(handshakeUp > 0);
        return handshakeUp;
    }

    /** Queues one application whose card material carries pictures of @p sizes bytes (random,
     *  seeded: nothing to compress); its uuid. */
    QString queuePictures(const QList<qsizetype> &sizes)
    {
        SubmissionService service(
            *k.db, [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); });
        Application app = TestKiosk::unemployment();
        app.materials[0].images.clear();
        QList<QByteArray> plain;
        for (const qsizetype size : sizes) {
            QByteArray picture(size, Qt::Uninitialized);
            for (qsizetype i = 0; i < size; ++i)
                picture[i] = char(random.bounded(256));
            app.materials[0].images.append({picture, QStringLiteral("image/jpeg")});
            plain.append("image/jpeg\n" + picture);
        }
        auto q = service.submit(app);
        INFO(q.error().message.toStdString());
        REQUIRE(q.ok());
        k.queued.append(q->uuid);
        pictures.insert(q->uuid, plain);
        return q->uuid;
    }

    QString dbPath() const { return QDir(gw.dir()).filePath(QStringLiteral("gateway.db")); }
    std::unique_ptr<Database> gatewayDb() const
    {
        auto db = Database::openRaw(dbPath());
        REQUIRE(db.ok());
        return std::move(db.value());
    }
    /** From now on the gateway's database counts every chunk it stores. */
    void countChunks() const
    {
        auto db = gatewayDb();
        REQUIRE(db->exec("CREATE TABLE jj_test_chunks(uuid TEXT, idx INTEGER, n INTEGER)").ok());
        // The bytes are in files; each PATCH the gateway stores advances its upload's offset.
        REQUIRE(db->exec("CREATE TRIGGER jj_test_count AFTER UPDATE OF received ON uploads"
                         " WHEN NEW.received > OLD.received BEGIN"
                         " INSERT INTO jj_test_chunks VALUES (NEW.uuid, NEW.idx,"
                         " NEW.received - OLD.received); END")
                    .ok());
    }
    /** Bytes the gateway stored for attachment @p index of @p uuid, restarts included. */
    qint64 receivedBytes(const QString &uuid, int index) const
    {
        auto db = gatewayDb();
        Statement s = db->prepare("SELECT coalesce(sum(n), 0) FROM jj_test_chunks"
                                  " WHERE uuid = ? AND idx = ?");
        s.bind(1, uuid).bind(2, qint64(index));
        REQUIRE(s.step());
        return s.integer(0);
    }
    /** The gateway's offset of an upload; -1 when it has none. */
    qint64 gatewayOffset(const QString &uuid, int index) const
    {
        auto db = gatewayDb();
        Statement s = db->prepare("SELECT received FROM uploads WHERE uuid = ? AND idx = ?");
        s.bind(1, uuid).bind(2, qint64(index));
        return s.step() ? s.integer(0) : -1;
    }
    int uploadRows() const
    {
        auto db = gatewayDb();
        Statement s = db->prepare("SELECT (SELECT count(*) FROM uploads) +"
                                  " (SELECT count(*) FROM upload_chunks)");
        REQUIRE(s.step());
        return int(s.integer(0));
    }

    /** Opens the record the gateway stored with central's key, as the platform would: its
     *  attachments' plaintexts. */
    QList<QByteArray> storedAttachments(const QString &uuid) const
    {
        auto db = gatewayDb();
        Statement s = db->prepare("SELECT record FROM submissions WHERE uuid = ?");
        s.bind(1, uuid);
        REQUIRE(s.step());
        const QJsonObject record = QJsonDocument::fromJson(s.blob(0)).object();
        QFile keyFile(QDir(gw.dir()).filePath(QStringLiteral("central-intl.key")));
        REQUIRE(keyFile.open(QIODevice::ReadOnly));
        auto central = protocol::Key::fromPem(keyFile.readAll());
        REQUIRE(central.ok());
        const QByteArray meta = record.value(QLatin1String("meta")).toString().toUtf8();
        auto opener = protocol::RecordOpener::open(
            central.value(),
            QByteArray::fromBase64(record.value(QLatin1String("key_header")).toString().toLatin1()),
            meta);
        REQUIRE(opener.ok());
        QList<QByteArray> out;
        const QJsonArray parts = record.value(QLatin1String("attachments")).toArray();
        for (int i = 0; i < parts.size(); ++i) {
            // Central keeps each attachment as a file the record names (relative to its data
            // directory), never inline.
            QFile file(QDir(gw.dir()).filePath(
                parts.at(i).toObject().value(QLatin1String("file")).toString()));
            REQUIRE(file.open(QIODevice::ReadOnly));
            auto part = opener->open(file.readAll(), meta + "#attachment" + QByteArray::number(i));
            REQUIRE(part.ok());
            out.append(part.value());
        }
        return out;
    }

    /** A client of this kiosk's identity that signs what the test itself sends. */
    std::unique_ptr<SyncClient> client(const QString &url)
    {
        auto config = DeviceConfig::load(*k.store);
        REQUIRE(config.ok());
        QFile keyFile(config->file(keyfile::signingKey));
        REQUIRE(keyFile.open(QIODevice::ReadOnly));
        auto key = protocol::Key::fromPem(keyFile.readAll());
        REQUIRE(key.ok());
        signing = std::make_shared<protocol::Key>(std::move(key.value()));
        TlsSettings tls;
        tls.gateway = url;
        tls.pins = config->pins;
        tls.caFile = config->file(keyfile::ca);
        tls.certFile = config->file(keyfile::certificate);
        tls.keyFile = config->file(keyfile::tlsKey);
        auto c = std::make_unique<SyncClient>(tls);
        c->setSigner(deviceSigner(*signing, config->deviceId, &QDateTime::currentSecsSinceEpoch));
        return c;
    }

    Kiosk k;
    GatewayProcess gw;
    std::unique_ptr<FaultProxy> proxy;
    long handshakeUp = 0;
    QRandomGenerator random{20261128};
    QHash<QString, QList<QByteArray>> pictures; ///< uuid -> "MIME\nbytes" of each attachment
    std::shared_ptr<protocol::Key> signing;
};

HttpRequest patchAt(const QString &uuid, qint64 offset, const QByteArray &bytes)
{
    return {"PATCH", protocol::uploadPath(uuid, 0),
            bytes,   "application/offset+octet-stream",
            false,   {"Upload-Offset: " + QByteArray::number(offset)}};
}

qint64 offsetOf(const HttpReply &r)
{
    REQUIRE(r.headers.contains("upload-offset"));
    return r.headers.value("upload-offset").toLongLong();
}

} // namespace

TEST_CASE("Uploads: records with 1-3 pictures of 100-700 KB are delivered; the gateway's records "
          "open with every attachment byte-equal",
          "[sync-uploads]")
{
    UploadCase c;
    const QString one = c.queuePictures({100 * 1024});
    const QString two = c.queuePictures({300 * 1024, 700 * 1024});
    const QString three = c.queuePictures({100 * 1024, 450 * 1024, 700 * 1024});
    c.k.queue(1); // and the ordinary record with its small card scan
    c.countChunks();

    CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);
    for (const QString &uuid : {one, two, three}) {
        INFO(uuid.toStdString());
        const QList<QByteArray> opened = c.storedAttachments(uuid);
        REQUIRE(opened.size() == c.pictures.value(uuid).size());
        for (int i = 0; i < opened.size(); ++i) {
            CHECK(opened.at(i) == c.pictures.value(uuid).at(i));
            // Each sealed part went up once: its plaintext plus the part's 28 bytes of framing.
            CHECK(c.receivedBytes(uuid, i) == opened.at(i).size() + 28);
        }
    }
    // Stored records keep their attachments; the upload rows are gone.
    CHECK(c.uploadRows() == 0);
    // A second run sends nothing.
    CHECK(c.k.syncd() == 0);
    CHECK(c.gw.submissions().size() == 4);
}

TEST_CASE("Uploads: a connection cut in the middle of a PATCH resumes from the gateway's offset; "
          "nothing is sent again from 0 and the record arrives once",
          "[sync-uploads]")
{
    UploadCase c;
    c.calibrate();
    const QString uuid = c.queuePictures({700 * 1024});
    const qint64 length = OutboxStore(*c.k.db).sealed(uuid)->attachments.at(0).size();
    c.countChunks();

    // Half-way into the second chunk: the first is stored, the second is on the wire.
    c.proxy->command("freeze " + QByteArray::number(c.handshakeUp + chunk + chunk / 2) + " x1");
    {
        SyncdRun syncd(c.k.path());
        REQUIRE(c.proxy->waitFor("freeze"));
        for (int i = 0; i < 100 && c.gatewayOffset(uuid, 0) < chunk; ++i)
            QThread::msleep(50);
        // The link stays down for the rest of this run (curl would otherwise reconnect at once
        // and resume within the run).
        c.proxy->command("reset");
        c.proxy->command("abort");
        const int rc = syncd.finish();
        INFO(c.proxy->log().toStdString() << syncd.output.toStdString());
        CHECK(rc == 3);
    }
    CHECK(c.k.state(uuid) == QLatin1String("pending"));
    CHECK(c.gw.submissions().isEmpty());
    const qint64 before = c.gatewayOffset(uuid, 0);
    INFO("the gateway held " << before << " of " << length << " bytes when the link was cut");
    REQUIRE(before >= chunk); // so a restart from 0 would show below
    REQUIRE(before < length);

    c.proxy->command("pass");
    CHECK(c.k.syncd() == 0);
    // Everything the gateway stored for this upload, over both runs: the part once, and never a
    // second pass from 0 (that would be at least length + one chunk).
    const qint64 received = c.receivedBytes(uuid, 0);
    CHECK(received < length + chunk);
    CHECK(received == length);
    requireExactlyOnce(c.k, c.gw, true);
    CHECK(c.storedAttachments(uuid) == c.pictures.value(uuid));
    CHECK(c.uploadRows() == 0);
}

TEST_CASE("Uploads: a wrong offset is answered 409 with the stored one; altered bytes fail the "
          "checksum (422) and the upload starts again from 0",
          "[sync-uploads]")
{
    UploadCase c;
    const QString uuid = c.queuePictures({300 * 1024});
    const QByteArray sealed = OutboxStore(*c.k.db).sealed(uuid)->attachments.at(0);
    const protocol::AttachmentRef ref = protocol::AttachmentRef::of(sealed);
    auto client = c.client(c.gw.url());
    const QByteArray path = protocol::uploadPath(uuid, 0);

    auto created =
        client->post(path, protocol::encode(protocol::UploadCreate{ref.length, ref.sha256}));
    REQUIRE(created.ok());
    REQUIRE(created->status == 201);
    CHECK(offsetOf(created.value()) == 0);

    auto first = client->send(patchAt(uuid, 0, sealed.left(chunk)));
    REQUIRE(first.ok());
    REQUIRE(first->status == 204);
    CHECK(offsetOf(first.value()) == chunk);

    // The same chunk again (as after a lost answer): nothing appended, the stored offset back.
    auto wrong = client->send(patchAt(uuid, 0, sealed.left(chunk)));
    REQUIRE(wrong.ok());
    CHECK(wrong->status == 409);
    CHECK(offsetOf(wrong.value()) == chunk);
    CHECK(c.gatewayOffset(uuid, 0) == chunk);

    QByteArray altered = sealed.mid(chunk);
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x01);
    auto last = client->send(patchAt(uuid, chunk, altered));
    REQUIRE(last.ok());
    CHECK(last->status == 422);
    CHECK(QJsonDocument::fromJson(last->body).object().value(QLatin1String("error")) ==
          QLatin1String("checksum"));
    CHECK(offsetOf(last.value()) == 0);
    auto head = client->send({"HEAD", path, {}, "application/json", false, {}});
    REQUIRE(head.ok());
    CHECK(head->status == 200);
    CHECK(offsetOf(head.value()) == 0);
    CHECK(head->headers.value("upload-length") == QByteArray::number(sealed.size()));
    CHECK(c.gatewayOffset(uuid, 0) == 0);

    // The kiosk finds the upload at 0 and delivers the record, its attachment intact.
    CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);
    CHECK(c.storedAttachments(uuid) == c.pictures.value(uuid));
}

TEST_CASE("Uploads: a batch whose record's upload is missing gets retry; the record goes back to "
          "pending and is delivered by the next drain",
          "[sync-uploads]")
{
    UploadCase c;
    const QString uuid = c.queuePictures({200 * 1024});
    const QString other = c.k.queue(1).first();
    {
        // Once, the first request after an upload finished makes the gateway forget it: the batch
        // then names an attachment central does not have.
        auto db = c.gatewayDb();
        REQUIRE(db->exec("CREATE TABLE jj_test_forget(n INTEGER)").ok());
        REQUIRE(db->exec("INSERT INTO jj_test_forget VALUES (1)").ok());
        REQUIRE(
            db->exec(QByteArray("CREATE TRIGGER jj_test_forget_upload AFTER INSERT ON nonces"
                                " WHEN (SELECT n FROM jj_test_forget) > 0 AND EXISTS (SELECT 1 FROM"
                                " uploads WHERE received = length AND uuid = '" +
                                uuid.toLatin1() +
                                "') BEGIN UPDATE jj_test_forget SET n = n - 1;"
                                " DELETE FROM upload_chunks WHERE uuid = '" +
                                uuid.toLatin1() + "'; DELETE FROM uploads WHERE uuid = '" +
                                uuid.toLatin1() + "'; END")
                         .constData())
                .ok());
    }
    auto engine = SyncEngine::open(*c.k.db);
    REQUIRE(engine.ok());
    const DrainResult first = engine.value()->drain();
    CHECK_FALSE(first.complete);
    CHECK(first.requeued == 1);
    CHECK(first.rejected == 0);
    CHECK(first.needsAttention == 0);
    CHECK_FALSE(first.error.isEmpty());
    CHECK(c.k.state(uuid) == QLatin1String("pending"));
    CHECK_FALSE(OutboxStore(*c.k.db).sealed(uuid)->reason.isEmpty());
    CHECK(c.k.state(other) == QLatin1String("accepted")); // the rest of the batch was not held up
    CHECK(c.gw.accepted().size() == 1);
    requireExactlyOnce(c.k, c.gw, false);

    const DrainResult second = engine.value()->drain();
    CHECK(second.complete);
    CHECK(second.accepted == 1);
    const auto delivered = OutboxStore(*c.k.db).sealed(uuid);
    CHECK(delivered->state == QLatin1String("accepted"));
    CHECK(delivered->attempts == 2);
    requireExactlyOnce(c.k, c.gw, true);
    CHECK(c.storedAttachments(uuid) == c.pictures.value(uuid));
}

TEST_CASE("Uploads: the uploader resumes from 409, restarts after 422 at most twice, and fails "
          "the batch on a transport error",
          "[sync-uploads]")
{
    // A scripted central: bytes are appended to what it holds, and the test decides the answers.
    const QByteArray sealed = QByteArray(600 * 1024, 'z');
    QByteArray held;
    QList<QByteArray> calls;
    int corrupt = 0;       // the next N completions fail their checksum
    int skewNextPatch = 0; // the next PATCH is answered 409 as if central held N more bytes
    bool dropNext = false; // the next request fails in transport
    AttachmentUploader uploader([&](const HttpRequest &r) -> Result<HttpReply> {
        calls.append(r.method + ' ' + r.headers.value(0));
        if (dropNext) {
            dropNext = false;
            return Error{Error::Io, QStringLiteral("cannot reach the gateway: reset")};
        }
        HttpReply reply;
        if (r.method == "POST") {
            reply.status = held.isEmpty() ? 201 : 200;
        } else {
            const qint64 at = r.headers.value(0).mid(15).toLongLong();
            if (skewNextPatch > 0) {
                held += sealed.mid(held.size(), skewNextPatch);
                skewNextPatch = 0;
            }
            if (at != held.size()) {
                reply.status = 409;
            } else {
                held += r.body;
                reply.status = 204;
                if (held.size() == sealed.size() && corrupt > 0) {
                    --corrupt;
                    held.clear();
                    reply.status = 422;
                }
            }
        }
        reply.headers.insert("upload-offset", QByteArray::number(held.size()));
        return reply;
    });

    SECTION("409: go on from central's offset, sending nothing twice")
    {
        skewNextPatch = 1000;
        const UploadResult r = uploader.uploadOne(QStringLiteral("u"), 0, sealed);
        CHECK(r.status == UploadResult::Status::Complete);
        CHECK(held == sealed);
        CHECK(calls.size() == 1 + 1 + 3); // POST, the refused PATCH, three from 1000
    }
    SECTION("422 twice: restarted from 0 each time, then complete")
    {
        corrupt = 2;
        const UploadResult r = uploader.uploadOne(QStringLiteral("u"), 0, sealed);
        CHECK(r.status == UploadResult::Status::Complete);
        CHECK(held == sealed);
        CHECK(r.bytesSent == 3 * sealed.size());
    }
    SECTION("422 three times: the record is given up with an error")
    {
        corrupt = 3;
        const UploadResult r = uploader.uploadOne(QStringLiteral("u"), 0, sealed);
        CHECK(r.status == UploadResult::Status::RecordFailed);
        CHECK(r.error.contains(QLatin1String("checksum")));
    }
    SECTION("a transport error fails the batch; the next attempt resumes where central is")
    {
        held = sealed.left(chunk);
        dropNext = false;
        calls.clear();
        // First attempt: POST answers the offset, the next PATCH is cut.
        bool first = true;
        AttachmentUploader cut([&](const HttpRequest &r) -> Result<HttpReply> {
            if (r.method == "PATCH" && first) {
                first = false;
                return Error{Error::Io, QStringLiteral("cannot reach the gateway: reset")};
            }
            calls.append(r.method + ' ' + r.headers.value(0));
            HttpReply reply;
            if (r.method == "POST") {
                reply.status = 200;
            } else {
                REQUIRE(r.headers.value(0).mid(15).toLongLong() == held.size());
                held += r.body;
                reply.status = 204;
            }
            reply.headers.insert("upload-offset", QByteArray::number(held.size()));
            return reply;
        });
        const UploadResult broken = cut.uploadOne(QStringLiteral("u"), 0, sealed);
        CHECK(broken.status == UploadResult::Status::BatchFailed);
        CHECK(held.size() == chunk);
        calls.clear();
        const UploadResult resumed = cut.uploadOne(QStringLiteral("u"), 0, sealed);
        CHECK(resumed.status == UploadResult::Status::Complete);
        CHECK(held == sealed);
        CHECK(resumed.bytesSent == sealed.size() - chunk);
        CHECK(calls.first() == "POST ");
        CHECK(calls.at(1) == "PATCH Upload-Offset: " + QByteArray::number(chunk));
    }
}

TEST_CASE("Uploads: a record central will not take is set aside alone; the 200 behind it arrive",
          "[sync-uploads]")
{
    UploadCase c;
    auto delivered = [&c](const QStringList &uuids) {
        const auto stored = c.gw.accepted();
        int n = 0;
        for (const QString &uuid : uuids)
            n += (c.k.state(uuid) == QLatin1String("accepted") && stored.contains(uuid)) ? 1 : 0;
        return n;
    };

    SECTION("more pictures than central takes, at the head of the queue")
    {
        const QString poisoned = c.k.queueScans(1, 512, int(protocol::maxAttachments) + 1).first();
        const QStringList good = c.k.queue(200);
        auto engine = SyncEngine::open(*c.k.db);
        REQUIRE(engine.ok());
        const DrainResult r = engine.value()->drain();
        CHECK(r.complete);
        CHECK(r.accepted == 200);
        CHECK(r.needsAttention == 1);
        CHECK(delivered(good) == 200);
        const auto aside = OutboxStore(*c.k.db).sealed(poisoned);
        CHECK(aside->state == QLatin1String("needs_attention"));
        CHECK(aside->reason.contains(QStringLiteral("more than 64 pictures")));
        CHECK_FALSE(c.gw.accepted().contains(poisoned));
    }

    SECTION("a record central refuses at the batch level is found and set aside alone")
    {
        const QString poisoned = c.k.queue(1).first();
        const QStringList good = c.k.queue(150);
        // Damaged on the kiosk: a suite no central knows. The whole batch is refused (400).
        REQUIRE(c.k.db
                    ->exec(QByteArray("UPDATE outbox SET suite = 'xx' WHERE uuid = '") +
                           poisoned.toLatin1() + "'")
                    .ok());
        auto engine = SyncEngine::open(*c.k.db);
        REQUIRE(engine.ok());
        const DrainResult r = engine.value()->drain();
        CHECK(r.complete);
        CHECK(r.accepted == 150);
        CHECK(r.needsAttention == 1);
        CHECK(delivered(good) == 150);
        const auto aside = OutboxStore(*c.k.db).sealed(poisoned);
        CHECK(aside->state == QLatin1String("needs_attention"));
        CHECK(aside->reason.startsWith(QStringLiteral("central refused this record: HTTP 400")));
        // Nothing left to hold up a later drain.
        const DrainResult again = engine.value()->drain();
        CHECK(again.complete);
        CHECK(again.batches == 0);
    }

    SECTION("central's own refusal of the 65th upload is for that record alone")
    {
        // An independent client sends attachment index 64: refused as too many, not "unknown".
        const QString uuid = c.k.queue(1).first();
        auto engine = SyncEngine::open(*c.k.db);
        REQUIRE(engine.ok());
        const QByteArray create = protocol::encode(protocol::UploadCreate{10, QByteArray(64, 'a')});
        auto reply = engine.value()->send({"POST",
                                           protocol::uploadPath(uuid, protocol::maxAttachments),
                                           create,
                                           "application/json",
                                           true,
                                           {}});
        REQUIRE(reply.ok());
        CHECK(reply->status == 413);
        CHECK(reply->body.contains("too_many"));
    }
}
