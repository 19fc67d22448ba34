#include "sqlitecentralstorage.h"

#include "database.h"
#include "gatewaylog.h"
#include "heartbeatbuffer.h"
#include "migrations.h"
#include "sqlitebookingrecords.h"
#include "sqlitecalendarrecords.h"
#include "sqlitecasefeedrecords.h"
#include "sqlitecaselookuprecords.h"
#include "sqlitecaserecords.h"
#include "sqlitechanneltokenrecords.h"
#include "sqlitedevicerecords.h"
#include "sqliteintakerecords.h"
#include "sqliteoperatorrecords.h"
#include "sqlitepublishedcatalogue.h"
#include "sqliteratingrecords.h"
#include "sqlitesubmissionlog.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <vector>

#include <stdexcept>

namespace jiujin::gateway {

namespace {

const char *const migrationsDir = ":/jiujin/central/sqlite/migrations";

/** The work a connection's write transaction runs just before it commits (beforeCommit()), and
 *  how deep its transactions are nested, so that a step given in a savepoint that rolls back
 *  goes with it. */
struct CommitSteps
{
    struct Step
    {
        int depth; // the transaction it was given in (0: the outer one)
        std::function<Result<void>()> run;
    };
    int open = 0;         // transactions begun through the storage and not yet ended
    bool writing = false; // the outer one is a write transaction
    bool running = false; // the steps are running (a step given now runs at once)
    std::vector<Step> steps;
};

class SqliteTransaction final : public CentralTransaction
{
public:
    SqliteTransaction(Database &db, CommitSteps &steps, Access access)
        : m_db(db), m_steps(steps), m_depth(steps.open),
          m_tx(db, access == Access::Write ? Transaction::Mode::Write : Transaction::Mode::Snapshot)
    {
        ++m_steps.open;
        if (m_depth == 0) {
            m_steps.writing = access == Access::Write;
            m_steps.steps.clear();
        }
    }
    ~SqliteTransaction() override
    {
        if (!m_ended) // rolled back (by m_tx): what was given in it goes with it
            std::erase_if(m_steps.steps,
                          [this](const CommitSteps::Step &s) { return s.depth >= m_depth; });
        end();
    }
    const Result<void> &begun() const { return m_tx.begun(); }
    Result<void> commit() override
    {
        if (m_ended)
            return Error{Error::Invalid, QStringLiteral("transaction already ended")};
        if (m_depth == 0 && !m_steps.steps.empty()) {
            // SQLite ends a transaction by itself on some errors: the steps must not then run
            // outside it (their writes would stay while the rest is gone).
            if (sqlite3_get_autocommit(m_db.handle()) != 0)
                return Error{Error::Io, QStringLiteral("the transaction was ended by an error")};
            std::vector<CommitSteps::Step> steps = std::move(m_steps.steps);
            m_steps.steps.clear();
            m_steps.running = true;
            for (CommitSteps::Step &step : steps) {
                if (auto r = step.run(); !r) {
                    m_steps.running = false;
                    return r; // still open: the destructor rolls it back
                }
            }
            m_steps.running = false;
        }
        auto r = m_tx.commit();
        if (!r)
            return r;
        if (m_depth > 0) // released: its steps now belong to the enclosing transaction
            for (CommitSteps::Step &s : m_steps.steps)
                s.depth = std::min(s.depth, m_depth - 1);
        m_ended = true;
        end();
        return r;
    }

private:
    void end()
    {
        if (m_counted) {
            m_counted = false;
            --m_steps.open;
            if (m_depth == 0)
                m_steps.steps.clear();
        }
    }
    Database &m_db;
    CommitSteps &m_steps;
    int m_depth;
    Transaction m_tx;
    bool m_ended = false;
    bool m_counted = true;
};

Result<bool> exists(Database &db, const char *sql)
{
    Statement s = db.prepare(sql);
    if (!s.step())
        return s.error() ? Result<bool>(*s.error()) : Result<bool>(false);
    return s.integer(0) != 0;
}

Result<void> execAll(Database &db, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements)
        if (auto r = db.exec(sql); !r)
            return r;
    return {};
}

/**
 * A database from before central's schema had versions (user_version 0 with tables in it) had its
 * tables made at each open; two of them may have older shapes than migration 1 expects. Both
 * changes run in one transaction, before migration 1 adopts the rest.
 */
Result<void> adoptUnversioned(Database &db)
{
    auto legacy = exists(
        db,
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'devices')");
    if (!legacy)
        return legacy.error();
    if (!legacy.value())
        return {};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // Bookings once had `id TEXT PRIMARY KEY`: a second device's booking with the same record
    // uuid failed its whole batch. Rebuilt with the (device, id) key (SQLite cannot change a
    // primary key in place).
    auto oldBookings =
        exists(db, "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table'"
                   " AND name = 'booking_bookings' AND sql LIKE '%id TEXT PRIMARY KEY%')");
    if (!oldBookings)
        return oldBookings.error();
    if (oldBookings.value()) {
        if (auto r = execAll(
                db,
                {"CREATE TABLE booking_bookings_rekeyed("
                 " id TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),"
                 " source TEXT NOT NULL CHECK(source IN ('channel','kiosk-lease','kiosk-request')),"
                 " device TEXT NOT NULL, ref TEXT NOT NULL, ticket TEXT NOT NULL DEFAULT '',"
                 " created_at INTEGER NOT NULL, cancelled_at INTEGER, PRIMARY KEY(device, id),"
                 " UNIQUE(device, ref))",
                 "INSERT INTO booking_bookings_rekeyed(id, slot, source, device, ref, ticket,"
                 " created_at, cancelled_at) SELECT id, slot, source, device, ref, ticket,"
                 " created_at, cancelled_at FROM booking_bookings",
                 "DROP TABLE booking_bookings",
                 "ALTER TABLE booking_bookings_rekeyed RENAME TO booking_bookings"});
            !r)
            return r;
        qCInfo(lcGateway) << "booking_bookings rekeyed by (device, id)";
    }
    // Upload bytes were once rows of upload_chunks; those uploads restart from 0 (the kiosk
    // resumes from central's offset) and the rows go.
    auto chunks = exists(db, "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table'"
                             " AND name = 'upload_chunks')");
    if (!chunks)
        return chunks.error();
    if (chunks.value()) {
        if (auto r = execAll(
                db, {"UPDATE uploads SET received = 0 WHERE received > 0 AND EXISTS (SELECT 1"
                     " FROM upload_chunks c WHERE c.device = uploads.device AND c.uuid ="
                     " uploads.uuid AND c.idx = uploads.idx)",
                     "DELETE FROM upload_chunks"});
            !r)
            return r;
    }
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcGateway) << "central database from before versioned migrations adopted";
    return {};
}

} // namespace

Result<std::unique_ptr<SqliteCentralStorage>> SqliteCentralStorage::open(const QString &path)
{
    auto db = Database::openRaw(path);
    if (!db)
        return db.error();
    const int version = db.value()->schemaVersion();
    if (version < 0)
        return db.value()->lastError("read schema version");
    if (version == 0)
        if (auto r = adoptUnversioned(*db.value()); !r)
            return Error{r.error().code, QStringLiteral("%1: %2").arg(path, r.error().message)};
    if (auto r = migrate(*db.value(), -1, QLatin1String(migrationsDir)); !r)
        return r.error();
    return std::unique_ptr<SqliteCentralStorage>(
        new SqliteCentralStorage(std::move(db.value()), QFileInfo(path).absolutePath()));
}

int SqliteCentralStorage::latestVersion()
{
    return latestSchemaVersion(QLatin1String(migrationsDir));
}

struct SqliteCentralStorage::Connection
{
    Connection(std::unique_ptr<Database> opened, const QString &dataDir,
               HeartbeatBuffer *heartbeats)
        : db(std::move(opened)), devices(*db, heartbeats), intake(*db, dataDir), bookings(*db),
          catalogue(*db), channelTokens(*db), submissionLog(*db), cases(*db), auditLog(*db),
          operators(*db), caseFeed(*db), ratings(*db), caseLookups(*db), calendar(*db)
    {
    }
    std::unique_ptr<Database> db;
    SqliteDeviceRecords devices;
    SqliteIntakeRecords intake;
    SqliteBookingRecords bookings;
    SqlitePublishedCatalogue catalogue;
    SqliteChannelTokenRecords channelTokens;
    SqliteSubmissionLog submissionLog;
    SqliteCaseRecords cases;
    SqliteAuditLog auditLog;
    SqliteOperatorRecords operators;
    SqliteCaseFeedRecords caseFeed;
    SqliteRatingRecords ratings;
    SqliteCaseLookupRecords caseLookups;
    SqliteCalendarRecords calendar;
    CommitSteps commitSteps;
};

SqliteCentralStorage::SqliteCentralStorage(std::unique_ptr<Database> db, QString dataDir)
    : m_path(db->path()), m_dataDir(std::move(dataDir)),
      m_heartbeats(
          std::make_unique<HeartbeatBuffer>([this](const QList<HeartbeatBuffer::Pending> &batch) {
              return connection().devices.writeHeartbeats(batch);
          }))
{
    m_connections.emplace(
        std::this_thread::get_id(),
        std::make_unique<Connection>(std::move(db), m_dataDir, m_heartbeats.get()));
}

SqliteCentralStorage::~SqliteCentralStorage()
{
    m_heartbeats.reset(); // its last write needs the connections
}

SqliteCentralStorage::Connection &SqliteCentralStorage::connection()
{
    const auto self = std::this_thread::get_id();
    {
        std::lock_guard lock(m_lock);
        if (auto it = m_connections.find(self); it != m_connections.end())
            return *it->second;
    }
    // Opened without the lock (no other thread waits for this one's open); already migrated.
    auto opened = Database::openRaw(m_path);
    if (!opened) {
        qCCritical(lcGateway) << "central database: another connection failed:"
                              << opened.error().message;
        throw std::runtime_error("central database connection");
    }
    auto conn =
        std::make_unique<Connection>(std::move(opened.value()), m_dataDir, m_heartbeats.get());
    std::lock_guard lock(m_lock);
    // Only this thread adds its own id: the slot is still free.
    return *m_connections.emplace(self, std::move(conn)).first->second;
}

Database &SqliteCentralStorage::database()
{
    return *connection().db;
}

QString SqliteCentralStorage::location() const
{
    return m_path;
}

Result<int> SqliteCentralStorage::schemaVersion()
{
    Database &db = database();
    const int v = db.schemaVersion();
    if (v < 0)
        return db.lastError("read schema version");
    return v;
}

Result<std::unique_ptr<CentralTransaction>> SqliteCentralStorage::begin(Access access)
{
    Connection &conn = connection();
    auto tx = std::make_unique<SqliteTransaction>(*conn.db, conn.commitSteps, access);
    if (!tx->begun())
        return tx->begun().error();
    return std::unique_ptr<CentralTransaction>(std::move(tx));
}

Result<void> SqliteCentralStorage::beforeCommit(std::function<Result<void>()> step)
{
    // BEGIN IMMEDIATE: one writer at a time in the file, so no lock order to keep; the steps
    // are deferred all the same, so that work gathered over a transaction (the audit chain's
    // entries) is done once, at its end, as on PostgreSQL.
    CommitSteps &steps = connection().commitSteps;
    if (steps.open == 0 || !steps.writing || steps.running)
        return step();
    steps.steps.push_back({steps.open - 1, std::move(step)});
    return {};
}

DeviceRecords &SqliteCentralStorage::devices()
{
    return connection().devices;
}

IntakeRecords &SqliteCentralStorage::intake()
{
    return connection().intake;
}

BookingRecords &SqliteCentralStorage::bookings()
{
    return connection().bookings;
}

PublishedCatalogue &SqliteCentralStorage::catalogue()
{
    return connection().catalogue;
}

ChannelTokenRecords &SqliteCentralStorage::channelTokens()
{
    return connection().channelTokens;
}

SubmissionLog &SqliteCentralStorage::submissionLog()
{
    return connection().submissionLog;
}

CaseRecords &SqliteCentralStorage::cases()
{
    return connection().cases;
}

AuditLog &SqliteCentralStorage::auditLog()
{
    return connection().auditLog;
}

OperatorRecords &SqliteCentralStorage::operators()
{
    return connection().operators;
}

CaseFeedRecords &SqliteCentralStorage::caseFeed()
{
    return connection().caseFeed;
}

RatingRecords &SqliteCentralStorage::ratings()
{
    return connection().ratings;
}

CaseLookupRecords &SqliteCentralStorage::caseLookups()
{
    return connection().caseLookups;
}

CalendarRecords &SqliteCentralStorage::calendar()
{
    return connection().calendar;
}

} // namespace jiujin::gateway
