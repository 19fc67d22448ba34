// Central on PostgreSQL (issue 16): migrations, a newer schema refused untouched, transactions
// bound to their thread with savepoints, and the capacity invariant held by the database when
// two storages (as two instances) book one slot from many threads at once. Runs under
// JIUJIN_TEST_ENGINE=postgresql only (ctest gateway-pg-storage).
#include "auditchain.h"
#include "bookingrecords.h"
#include "bookingservice.h"
#include "centralstorage.h"
#include "devicerecords.h"
#include "gatewayfixture.h"
#include "intakerecords.h"
#include "pgcentralstorage.h"
#include "pgconnection.h"
#include "pgdatabase.h"
#include "pgstatement.h"
#include "pgtestserver.h"
#include "slots.h"
#include "sqlitecentralstorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace jiujin;
using jiujin::gateway::PgCentralStorage;
using jiujin::gateway::PgStatement;

namespace {

std::unique_ptr<PgCentralStorage> openPg(const QString &location, const QString &dir)
{
    auto opened = PgCentralStorage::open(location, dir);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

qint64 scalar(gateway::PgDatabase &db, const char *sql)
{
    PgStatement s = db.prepare(sql);
    INFO((s.error() ? s.error()->message : QString()).toStdString());
    REQUIRE(s.step());
    return s.integer(0);
}

} // namespace

TEST_CASE("PostgreSQL placeholders: ? and ?N become $N, quoted text is left alone",
          "[gateway-pg-storage]")
{
    CHECK(PgStatement::numbered("SELECT ?, '?', \"a?\", ?3, ?") ==
          "SELECT $1, '?', \"a?\", $3, $4");
    CHECK(PgStatement::numbered("WHERE substr(h, 1, length(?1)) = ?1") ==
          "WHERE substr(h, 1, length($1)) = $1");
}

TEST_CASE("PostgreSQL storage: migrated to the latest schema, the same number of migrations as "
          "SQLite, a newer schema refused untouched",
          "[gateway-pg-storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString location = PgTestServer::instance().emptyDatabase();
    CHECK(PgCentralStorage::latestVersion() == gateway::SqliteCentralStorage::latestVersion());
    {
        auto storage = openPg(location, dir.path());
        CHECK(storage->engine() == QLatin1String("postgresql"));
        CHECK_FALSE(storage->location().contains(QLatin1String("password")));
        REQUIRE(storage->schemaVersion().ok());
        CHECK(storage->schemaVersion().value() == PgCentralStorage::latestVersion());
        // Opening again changes nothing.
        auto again = openPg(location, dir.path());
        CHECK(again->schemaVersion().value() == PgCentralStorage::latestVersion());
        PgStatement newer = storage->database().prepare("UPDATE schema_version SET version = ?");
        newer.bind(1, qint64(PgCentralStorage::latestVersion() + 1));
        REQUIRE(newer.run().ok());
    }
    auto refused = gateway::openCentralStorage(location, dir.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::TooNew);
    auto conn = gateway::PgConnection::connect(location);
    REQUIRE(conn.ok());
    auto version = conn.value()->execParams("SELECT version FROM schema_version", 0, nullptr,
                                            nullptr, nullptr, nullptr);
    REQUIRE(version.ok());
    // Untouched: still the newer number, and the tables are there.
    auto tables = conn.value()->execParams(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'calendar_years'", 0,
        nullptr, nullptr, nullptr, nullptr);
    REQUIRE(tables.ok());
}

TEST_CASE("PostgreSQL storage: a transaction belongs to its thread, rolls back unless committed, "
          "and a nested one is a savepoint",
          "[gateway-pg-storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto storage = openPg(PgTestServer::instance().freshDatabase(), dir.path());
    auto &db = storage->database();
    const QDateTime now = testNow();
    const auto token = [&](const QString &hash) {
        return TokenRow{hash,
                        QStringLiteral("150525203000-01"),
                        QString(),
                        now,
                        now.addDays(14),
                        std::nullopt,
                        QString(),
                        QString()};
    };
    {
        auto tx = storage->begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        REQUIRE(storage->devices().insertToken(token(QStringLiteral("a"))).ok());
        // Another thread does not see it before the commit.
        std::thread([&] { CHECK(scalar(db, "SELECT count(*) FROM tokens") == 0); }).join();
        {
            auto inner = storage->begin(gateway::Access::Write);
            REQUIRE(inner.ok());
            REQUIRE(storage->devices().insertToken(token(QStringLiteral("b"))).ok());
            // not committed: rolled back to the savepoint
        }
        {
            auto inner = storage->begin(gateway::Access::Write);
            REQUIRE(inner.ok());
            REQUIRE(storage->devices().insertToken(token(QStringLiteral("c"))).ok());
            REQUIRE(inner.value()->commit().ok());
        }
        REQUIRE(tx.value()->commit().ok());
    }
    CHECK(storage->devices().token(QStringLiteral("a")).value().has_value());
    CHECK_FALSE(storage->devices().token(QStringLiteral("b")).value().has_value());
    CHECK(storage->devices().token(QStringLiteral("c")).value().has_value());
    {
        auto tx = storage->begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        REQUIRE(storage->devices().insertToken(token(QStringLiteral("d"))).ok());
    } // destroyed before commit
    CHECK_FALSE(storage->devices().token(QStringLiteral("d")).value().has_value());
    // A failed statement fails closed: the transaction is aborted, nothing of it stays.
    {
        auto tx = storage->begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        REQUIRE(storage->devices().insertToken(token(QStringLiteral("e"))).ok());
        CHECK_FALSE(storage->devices().insertToken(token(QStringLiteral("e"))).ok());
        CHECK_FALSE(tx.value()->commit().ok());
    }
    CHECK_FALSE(storage->devices().token(QStringLiteral("e")).value().has_value());
    // Nonces are taken once, whoever asks.
    auto first =
        storage->devices().rememberNonce(QStringLiteral("n1"), QStringLiteral("jj-x"), now, 600);
    REQUIRE(first.ok());
    CHECK(first.value());
    auto second =
        storage->devices().rememberNonce(QStringLiteral("n1"), QStringLiteral("jj-y"), now, 600);
    REQUIRE(second.ok());
    CHECK_FALSE(second.value());
}

TEST_CASE("PostgreSQL storage: two storages booking one slot from many threads never exceed its "
          "capacity",
          "[gateway-pg-storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString location = PgTestServer::instance().freshDatabase();
    auto one = openPg(location, dir.path());
    auto two = openPg(location, dir.path());
    const QDateTime now = testNow();
    const QString point = QStringLiteral("150525203000-01");
    gateway::BookingService setup(*one);
    gateway::PointPlan plan;
    plan.point = point;
    plan.capacity = 5;
    REQUIRE(setup.setPlan(plan, now).ok());
    // 2026-11-30 is a Monday: open.
    const QString slot = point + QStringLiteral("/2026-11-30T08:30");

    constexpr int threads = 8, each = 4;
    std::atomic<int> booked{0}, full{0}, failed{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            gateway::BookingService service(t % 2 ? *one : *two);
            for (int i = 0; i < each; ++i) {
                auto answer = service.channelBook(QStringLiteral("channel:t"), slot,
                                                  QStringLiteral("r%1-%2").arg(t).arg(i), now);
                if (!answer)
                    ++failed; // e.g. a deadlock or serialization error: refused, never wrong
                else if (answer->kind == gateway::ChannelAnswer::Kind::Booked)
                    ++booked;
                else if (answer->kind == gateway::ChannelAnswer::Kind::Full)
                    ++full;
            }
        });
    for (auto &w : workers)
        w.join();
    CHECK(failed.load() == 0);
    CHECK(booked.load() == plan.capacity);
    CHECK(full.load() == threads * each - plan.capacity);
    auto held = one->bookings().otherBookings(slot);
    REQUIRE(held.ok());
    CHECK(held.value() == plan.capacity);
}

TEST_CASE("PostgreSQL storage: an upload received by one instance is opened by another",
          "[gateway-pg-storage]")
{
    // Two instances, each with its own data directory (no shared disk): the bytes are in the
    // database, so PATCHes landing on either instance make one upload, and the stored record's
    // attachment opens on both.
    QTemporaryDir dirA, dirB;
    REQUIRE(dirA.isValid());
    REQUIRE(dirB.isValid());
    const QString location = PgTestServer::instance().freshDatabase();
    auto a = openPg(location, dirA.path());
    auto b = openPg(location, dirB.path());
    const QDateTime now = testNow();
    const QString device = QStringLiteral("jj-00000000000000a1");
    const QString uuid = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
    REQUIRE(a->devices()
                .insertDevice({device, QStringLiteral("150525203000-01"), QStringLiteral("intl"),
                               "k", "c", QStringLiteral("x"), now, std::nullopt, std::nullopt})
                .ok());
    QByteArray sealed;
    for (int i = 0; i < 3000; ++i)
        sealed.append(QByteArray::number(i * 7919)); // not all alike: offsets matter
    const QByteArray sha = QCryptographicHash::hash(sealed, QCryptographicHash::Sha256);
    UploadRow row;
    row.device = device;
    row.uuid = uuid;
    row.index = 0;
    row.length = sealed.size();
    row.sha256 = sha;
    row.createdAt = now;
    REQUIRE(a->intake().startUpload(row).ok());
    const qsizetype half = sealed.size() / 2;
    REQUIRE(a->intake().appendChunk(device, uuid, 0, 0, QByteArrayView(sealed).first(half)).ok());
    // A PATCH at a stale offset (the other instance already took it) moves nothing.
    auto stale = b->intake().appendChunk(device, uuid, 0, 0, QByteArrayView(sealed).first(half));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == Error::Busy);
    REQUIRE(
        b->intake().appendChunk(device, uuid, 0, half, QByteArrayView(sealed).sliced(half)).ok());
    auto upload = a->intake().upload(device, uuid, 0);
    REQUIRE(upload.ok());
    REQUIRE(upload.value());
    CHECK(upload.value()->finished());
    auto hashA = a->intake().uploadSha256(device, uuid, 0);
    auto hashB = b->intake().uploadSha256(device, uuid, 0);
    REQUIRE(hashA.ok());
    REQUIRE(hashB.ok());
    CHECK(hashA.value() == sha);
    CHECK(hashB.value() == sha);

    // Stored by instance B as intake stores it: the upload row goes, the bytes stay the record's.
    SubmissionRow stored;
    stored.device = device;
    stored.uuid = uuid;
    stored.kind = QStringLiteral("submission");
    stored.item = QLatin1String(unemploymentItem);
    stored.point = QStringLiteral("150525203000-01");
    stored.suite = QStringLiteral("intl");
    stored.status = QStringLiteral("rejected");
    stored.reason = QStringLiteral("test");
    stored.receivedAt = now;
    stored.record =
        QJsonDocument(QJsonObject{{QStringLiteral("attachments"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("file"),
                                        gateway::IntakeRecords::attachmentPath(device, uuid, 0)},
                                       {QStringLiteral("length"), sealed.size()}}}}})
            .toJson(QJsonDocument::Compact);
    {
        auto tx = b->begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        REQUIRE(b->intake().insertSubmission(stored).ok());
        REQUIRE(b->intake().deleteUploads(device, uuid, 1).ok());
        REQUIRE(tx.value()->commit().ok());
    }
    for (gateway::PgCentralStorage *instance : {a.get(), b.get()}) {
        auto row = instance->intake().submission(device, uuid);
        REQUIRE(row.ok());
        REQUIRE(row.value());
        auto part = instance->intake().storedAttachment(*row.value(), 0);
        REQUIRE(part.ok());
        CHECK(part.value() == sealed);
    }
    // Nothing was written to either instance's disk.
    CHECK_FALSE(QDir(dirA.filePath(QStringLiteral("attachments"))).exists());
    CHECK_FALSE(QDir(dirB.filePath(QStringLiteral("attachments"))).exists());
    // Abandoned uploads take their bytes with them; a stored record's stay.
    UploadRow other = row;
    other.uuid = QStringLiteral("00000000-0000-4000-8000-0000000000bb");
    REQUIRE(a->intake().startUpload(other).ok());
    REQUIRE(
        a->intake().appendChunk(device, other.uuid, 0, 0, QByteArrayView(sealed).first(10)).ok());
    auto dropped = b->intake().dropUploadsBefore(now.addSecs(1));
    REQUIRE(dropped.ok());
    CHECK(dropped.value() == 1);
    CHECK(a->intake().attachmentBytes(device, other.uuid, 0).value().isEmpty());
    CHECK(a->intake().attachmentBytes(device, uuid, 0).value() == sealed);
}

TEST_CASE("PostgreSQL storage: a pooled connection the server closed is not lent again",
          "[gateway-pg-storage]")
{
    // What a database restart or failover does to every idle connection of every instance: the
    // server end goes away and libpq learns it only on the next use. The next request must not
    // be the one that finds out.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString location = PgTestServer::instance().freshDatabase();
    auto storage = openPg(location, dir.path());
    auto &db = storage->database();
    const qint64 before = scalar(db, "SELECT pg_backend_pid()"); // now idle in the pool

    QTemporaryDir otherDir; // another instance, as the one that ends the backend
    REQUIRE(otherDir.isValid());
    auto other = openPg(location, otherDir.path());
    const QByteArray kill = "SELECT pg_terminate_backend(" + QByteArray::number(before) + ")::int";
    REQUIRE(scalar(other->database(), kill.constData()) == 1);
    // The server ends the backend asynchronously: wait until it is gone.
    const QByteArray alive =
        "SELECT count(*) FROM pg_stat_activity WHERE pid = " + QByteArray::number(before);
    for (int i = 0; i < 300 && scalar(other->database(), alive.constData()) > 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(scalar(other->database(), alive.constData()) == 0);

    // The first statement after it runs on a new connection, and succeeds.
    const qint64 after = scalar(db, "SELECT pg_backend_pid()");
    CHECK(after != before);
}

namespace {

/** The first @p count slots of @p point from @p now on (after its plan was set). */
QStringList slotsOf(gateway::CentralStorage &storage, const QString &point, const QDateTime &now,
                    int count)
{
    // Slots are made when first listed (the week from the next Monday: open).
    const QDate monday = now.date().addDays(8 - now.date().dayOfWeek());
    REQUIRE(gateway::BookingService(storage).slotList(point, monday, 7, now).ok());
    auto found = storage.bookings().slotsStarting(point, now, now.addDays(14));
    REQUIRE(found.ok());
    QStringList ids;
    for (const gateway::SlotRow &s : found.value())
        if (ids.size() < count)
            ids.append(s.id);
    REQUIRE(ids.size() == count);
    return ids;
}

/** Waits (bounded) until @p flag is set; false if it never was. */
bool waitFor(const std::atomic<bool> &flag, std::chrono::seconds bound = std::chrono::seconds(30))
{
    const auto until = std::chrono::steady_clock::now() + bound;
    while (!flag.load()) {
        if (std::chrono::steady_clock::now() > until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

} // namespace

TEST_CASE("PostgreSQL storage: writers keep one lock order and run at once (no global lock)",
          "[gateway-pg-storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString location = PgTestServer::instance().freshDatabase();
    auto one = openPg(location, dir.path());
    auto two = openPg(location, dir.path());
    const QDateTime now = testNow();
    const QString p = QStringLiteral("150525203000-01"), q = QStringLiteral("150525203000-02");
    for (const QString &point : {p, q}) {
        gateway::PointPlan plan;
        plan.point = point;
        REQUIRE(gateway::BookingService(*one).setPlan(plan, now).ok());
    }
    const QStringList atP = slotsOf(*one, p, now, 2);
    const QString atQ = slotsOf(*one, q, now, 1).first();
    auto audit = [](gateway::CentralStorage &s, const QString &what) {
        return gateway::AuditChain(s).append(QStringLiteral("op-test"), what, QStringLiteral("x"),
                                             QStringLiteral("{}"), testNow());
    };

    SECTION("a write on another point commits while the first is still open")
    {
        // With every write taking one lock first (the interim fix), the second would wait here
        // for the first to end.
        std::atomic<bool> aHolds{false}, bDone{false}, bOk{false}, doneWhileAOpen{false};
        std::atomic<bool> aOk{false};
        std::thread a([&] {
            auto tx = one->begin(gateway::Access::Write);
            bool ok = tx.ok() && one->bookings().slot(atP.at(0)).ok() &&
                      audit(*one, QStringLiteral("test.a")).ok();
            aHolds = true;
            waitFor(bDone);
            doneWhileAOpen = bDone.load();
            aOk = ok && tx.value()->commit().ok();
        });
        REQUIRE(waitFor(aHolds));
        {
            auto tx = two->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            bool ok = two->bookings().slot(atQ).ok() &&
                      audit(*two, QStringLiteral("test.b")).ok() &&
                      two->intake().nextReceiptSequence(QStringLiteral("20261130")).ok();
            bOk = ok && tx.value()->commit().ok();
        }
        bDone = true;
        a.join();
        CHECK(aOk.load());
        CHECK(bOk.load());
        CHECK(doneWhileAOpen.load());
    }

    SECTION("the audit chain is taken at commit: a writer holding a row never waits for it "
            "crosswise")
    {
        // A holds a slot and then audits; B audits first and then wants A's slot. Were the
        // chain's head taken when B audits, each would wait for the other (PostgreSQL's deadlock
        // detector would fail one); taken at commit, B waits for A's slot and both commit.
        std::atomic<bool> aHolds{false}, bAudited{false}, aOk{false}, bOk{false};
        std::thread a([&] {
            auto tx = one->begin(gateway::Access::Write);
            bool ok = tx.ok() && one->bookings().slot(atP.at(0)).ok();
            aHolds = true;
            waitFor(bAudited);
            std::this_thread::sleep_for(std::chrono::milliseconds(200)); // B now waits for the slot
            aOk = ok && audit(*one, QStringLiteral("test.a")).ok() && tx.value()->commit().ok();
        });
        REQUIRE(waitFor(aHolds));
        {
            auto tx = two->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            bool ok = audit(*two, QStringLiteral("test.b")).ok();
            bAudited = true;
            ok = ok && two->bookings().slot(atP.at(0)).ok();
            bOk = ok && tx.value()->commit().ok();
        }
        a.join();
        CHECK(aOk.load());
        CHECK(bOk.load());
        auto v = gateway::AuditChain(*one).verify();
        REQUIRE(v.ok());
        CHECK(v->entries == 2);
        CHECK_FALSE(v->brokenAt.has_value());
    }

    SECTION("a point's slots are locked point first: two writers taking its slots in opposite "
            "orders do not deadlock")
    {
        std::atomic<bool> aHolds{false}, bStarting{false}, aOk{false}, bOk{false};
        std::thread a([&] {
            auto tx = one->begin(gateway::Access::Write);
            bool ok = tx.ok() && one->bookings().slot(atP.at(0)).ok();
            aHolds = true;
            waitFor(bStarting);
            std::this_thread::sleep_for(std::chrono::milliseconds(200)); // B now waits
            aOk = ok && one->bookings().slot(atP.at(1)).ok() && tx.value()->commit().ok();
        });
        REQUIRE(waitFor(aHolds));
        {
            auto tx = two->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            bStarting = true;
            bool ok = two->bookings().slot(atP.at(1)).ok();
            ok = ok && two->bookings().slot(atP.at(0)).ok();
            bOk = ok && tx.value()->commit().ok();
        }
        a.join();
        CHECK(aOk.load());
        CHECK(bOk.load());
    }

    SECTION("an audit entry given in a savepoint that rolls back goes with it; one in a "
            "released savepoint stays")
    {
        {
            auto tx = one->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            {
                auto dropped = one->begin(gateway::Access::Write);
                REQUIRE(dropped.ok());
                REQUIRE(audit(*one, QStringLiteral("test.dropped")).ok());
            } // rolled back
            {
                auto kept = one->begin(gateway::Access::Write);
                REQUIRE(kept.ok());
                REQUIRE(audit(*one, QStringLiteral("test.kept")).ok());
                REQUIRE(kept.value()->commit().ok());
            }
            REQUIRE(audit(*one, QStringLiteral("test.outer")).ok());
            REQUIRE(tx.value()->commit().ok());
        }
        auto entries = one->auditLog().entries(0, 10);
        REQUIRE(entries.ok());
        REQUIRE(entries->size() == 2);
        CHECK(entries->at(0).action == QLatin1String("test.kept"));
        CHECK(entries->at(1).action == QLatin1String("test.outer"));
        auto v = gateway::AuditChain(*one).verify();
        REQUIRE(v.ok());
        CHECK_FALSE(v->brokenAt.has_value());
    }

    SECTION("receipt numbers are taken outside the batch's transaction: never shared, a rolled "
            "back one left unused")
    {
        const QString day = QStringLiteral("20261130");
        qint64 first = 0;
        {
            auto tx = one->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            auto n = one->intake().nextReceiptSequence(day);
            REQUIRE(n.ok());
            first = n.value();
            // Another instance numbers at once while this transaction is open...
            auto m = two->intake().nextReceiptSequence(day);
            REQUIRE(m.ok());
            CHECK(m.value() == first + 1);
        } // ...and this one rolls back: its number is not given again
        auto next = one->intake().nextReceiptSequence(day);
        REQUIRE(next.ok());
        CHECK(next.value() == first + 2);
    }
}

TEST_CASE("PostgreSQL storage: writes nobody reads wait for the next statement's round trip; "
          "savepoints and errors keep their meaning",
          "[gateway-pg-storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto storage = openPg(PgTestServer::instance().freshDatabase(), dir.path());
    auto &db = storage->database();
    REQUIRE(db.exec("CREATE TABLE queued_test(k TEXT PRIMARY KEY)").ok());
    const auto put = [&](const char *key) {
        PgStatement s = db.cached("INSERT INTO queued_test(k) VALUES (?)");
        s.bind(1, QString::fromLatin1(key));
        return s.queue();
    };
    const auto has = [&](const char *key) {
        PgStatement s = db.prepare("SELECT count(*) FROM queued_test WHERE k = ?");
        s.bind(1, QString::fromLatin1(key));
        INFO((s.error() ? s.error()->message : QString()).toStdString());
        REQUIRE(s.step());
        return s.integer(0) == 1;
    };
    using gateway::PgConnection;

    // Outside a transaction it runs at once (its connection goes back to the pool).
    REQUIRE(put("alone").ok());
    CHECK(has("alone"));

    SECTION("queued writes and savepoints go with the next statement: one round trip")
    {
        auto tx = storage->begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        const qint64 before = PgConnection::roundTrips();
        REQUIRE(put("a").ok());
        {
            auto inner = storage->begin(gateway::Access::Write); // SAVEPOINT, queued
            REQUIRE(inner.ok());
            REQUIRE(put("b").ok());
            REQUIRE(inner.value()->commit().ok()); // RELEASE, queued
        }
        {
            auto inner = storage->begin(gateway::Access::Write);
            REQUIRE(inner.ok());
            REQUIRE(put("never").ok());
        } // rolled back while its SAVEPOINT was still queued: nothing sent
        {
            auto inner = storage->begin(gateway::Access::Write);
            REQUIRE(inner.ok());
            REQUIRE(inner.value()->commit().ok()); // empty: neither SAVEPOINT nor RELEASE sent
        }
        CHECK(PgConnection::roundTrips() == before);
        CHECK(has("a")); // one round trip: the SELECT with the four queued before it
        CHECK(PgConnection::roundTrips() == before + 1);
        CHECK(has("b"));
        CHECK_FALSE(has("never"));
        {
            auto inner = storage->begin(gateway::Access::Write);
            REQUIRE(inner.ok());
            REQUIRE(put("sent").ok());
            CHECK(has("sent")); // the savepoint and the write are sent now
        } // rolled back on the server: one round trip for ROLLBACK TO and RELEASE
        CHECK_FALSE(has("sent"));
        REQUIRE(put("c").ok());
        const qint64 beforeCommit = PgConnection::roundTrips();
        REQUIRE(tx.value()->commit().ok()); // "c" goes with the COMMIT
        CHECK(PgConnection::roundTrips() == beforeCommit + 1);
        CHECK(has("c"));
        CHECK(has("a"));
        CHECK_FALSE(has("sent"));
    }

    SECTION("a queued write that fails is the error of the statement it went with, and the "
            "transaction is aborted: nothing of it stays")
    {
        {
            auto tx = storage->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            REQUIRE(put("d").ok());
            REQUIRE(put("alone").ok()); // a duplicate key: fails when sent
            REQUIRE(put("e").ok());
            PgStatement s = db.prepare("SELECT count(*) FROM queued_test");
            CHECK_FALSE(s.step());
            REQUIRE(s.error().has_value());
            CHECK(s.error()->message.contains(QLatin1String("23505")));
            CHECK_FALSE(tx.value()->commit().ok());
        }
        CHECK_FALSE(has("d"));
        CHECK_FALSE(has("e"));
    }

    SECTION("flush() sends them alone and answers their error; a failed COMMIT keeps nothing")
    {
        {
            auto tx = storage->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            REQUIRE(put("f").ok());
            REQUIRE(db.flush().ok());
            REQUIRE(put("alone").ok());
            CHECK_FALSE(db.flush().ok());
            CHECK_FALSE(tx.value()->commit().ok());
        }
        CHECK_FALSE(has("f"));
        {
            auto tx = storage->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            REQUIRE(put("g").ok());
            REQUIRE(put("alone").ok());
            CHECK_FALSE(tx.value()->commit().ok()); // sent with the COMMIT, which is not made
        }
        CHECK_FALSE(has("g"));
        // The connection went back to the pool fit for use.
        REQUIRE(put("after").ok());
        CHECK(has("after"));
    }

    SECTION("a savepoint rolled back after its writes were sent keeps the writes before it")
    {
        {
            auto tx = storage->begin(gateway::Access::Write);
            REQUIRE(tx.ok());
            REQUIRE(put("h").ok());
            {
                auto inner = storage->begin(gateway::Access::Write);
                REQUIRE(inner.ok());
                REQUIRE(put("alone").ok()); // fails inside the savepoint
                CHECK_FALSE(db.flush().ok());
            } // ROLLBACK TO the savepoint: the transaction goes on
            REQUIRE(put("i").ok());
            REQUIRE(tx.value()->commit().ok());
        }
        CHECK(has("h"));
        CHECK(has("i"));
    }
}
