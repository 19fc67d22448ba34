#pragma once

#include "centralstorage.h"

#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace jiujin {
class Database;
} // namespace jiujin

namespace jiujin::gateway {

class HeartbeatBuffer;
class SqliteAuditLog;
class SqliteBookingRecords;
class SqliteCalendarRecords;
class SqliteCaseFeedRecords;
class SqliteCaseLookupRecords;
class SqliteCaseRecords;
class SqliteDeviceRecords;
class SqliteIntakeRecords;
class SqliteOperatorRecords;
class SqliteChannelTokenRecords;
class SqlitePublishedCatalogue;
class SqliteRatingRecords;
class SqliteSubmissionLog;

/**
 * Central's storage in one SQLite file (the embedded default for a banner): WAL, synchronous FULL,
 * migrations from sync/gateway/storage/sqlite/migrations. The only place central's SQLite SQL is
 * written. Several threads may use it at once: each gets its own connection (opened on its first
 * call, kept until the storage goes), with its own record objects; writers take turns in the file
 * (BEGIN IMMEDIATE, a busy timeout), readers never wait for them (WAL). DESIGN §11c.
 * Heartbeats take no write lock on the request's path: they wait in a HeartbeatBuffer that a
 * flusher thread of its own writes each second (DESIGN §11d).
 */
class SqliteCentralStorage final : public CentralStorage
{
public:
    /** Opens (creating) @p path and migrates it; a database written before central's schema was
     *  versioned is brought to migration 1's shape first. */
    static Result<std::unique_ptr<SqliteCentralStorage>> open(const QString &path);
    ~SqliteCentralStorage() override;

    /** This build's central schema version. */
    static int latestVersion();

    QString engine() const override { return QStringLiteral("sqlite"); }
    QString location() const override;
    Result<int> schemaVersion() override;
    Result<std::unique_ptr<CentralTransaction>> begin(Access access) override;
    Result<void> beforeCommit(std::function<Result<void>()> step) override;

    DeviceRecords &devices() override;
    IntakeRecords &intake() override;
    BookingRecords &bookings() override;
    PublishedCatalogue &catalogue() override;
    ChannelTokenRecords &channelTokens() override;
    SubmissionLog &submissionLog() override;
    CaseRecords &cases() override;
    AuditLog &auditLog() override;
    OperatorRecords &operators() override;
    CaseFeedRecords &caseFeed() override;
    RatingRecords &ratings() override;
    CaseLookupRecords &caseLookups() override;
    CalendarRecords &calendar() override;

    /** The calling thread's SQLite handle: for tools and tests that inspect or damage the file
     *  (services never see it). */
    Database &database();

private:
    struct Connection;
    SqliteCentralStorage(std::unique_ptr<Database> db, QString dataDir);
    /** The calling thread's connection and records, opened on first use. A connection that
     *  cannot be opened throws std::runtime_error (a request answers 500; nothing is read or
     *  written): the opening thread's own was opened by open(), so housekeeping never does. */
    Connection &connection();
    QString m_path;
    QString m_dataDir;
    std::mutex m_lock; // m_connections only, never held while a statement runs
    std::unordered_map<std::thread::id, std::unique_ptr<Connection>> m_connections;
    /** After m_connections: it goes first, its last write on a connection of its own. */
    std::unique_ptr<HeartbeatBuffer> m_heartbeats;
};

} // namespace jiujin::gateway
