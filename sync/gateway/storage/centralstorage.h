#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <memory>

namespace jiujin::gateway {

class AuditLog;
class BookingRecords;
class CalendarRecords;
class CaseFeedRecords;
class CaseLookupRecords;
class CaseRecords;
class ChannelTokenRecords;
class DeviceRecords;
class IntakeRecords;
class OperatorRecords;
class PublishedCatalogue;
class RatingRecords;
class SubmissionLog;

/** What a central transaction may do. */
enum class Access {
    Write,    ///< reads and writes, all or nothing, isolated from other writers
    Snapshot, ///< reads only, all of one consistent state; never waits for a writer
};

/** An open central transaction: rolled back when destroyed before commit(). */
class CentralTransaction
{
public:
    virtual ~CentralTransaction() = default;
    virtual Result<void> commit() = 0;
};

/**
 * Central's storage (DESIGN §11): everything jiujin-gateway keeps, behind one interface. Services
 * see these record interfaces, never a database handle or SQL; each engine (SQLite today,
 * PostgreSQL for a province) implements all of them, with its own versioned migrations: a
 * schema newer than the build is refused untouched, each migration is one transaction.
 *
 * Transactions: begin() opens one for the calling thread; record calls made on that thread
 * while it is open belong to it; begin() inside an open one nests (its work commits or rolls
 * back with the outer one). One storage object serves many threads at once (the gateway has no
 * request mutex): each thread's calls run on a connection of its own (SQLite: one per thread;
 * PostgreSQL: pooled), and record references are the calling thread's, so services ask the
 * storage for them each time rather than keep one (DESIGN §11c).
 */
class CentralStorage
{
public:
    virtual ~CentralStorage() = default;

    /** "sqlite" (or "postgresql"): for logs and `doctor`. */
    virtual QString engine() const = 0;
    /** Where the data is, without secrets (a path, or host/database). */
    virtual QString location() const = 0;
    /** The schema version the data is at (the number of migrations applied). */
    virtual Result<int> schemaVersion() = 0;

    virtual Result<std::unique_ptr<CentralTransaction>> begin(Access access = Access::Write) = 0;
    /**
     * Runs @p step as the last work of this thread's write transaction, just before it commits
     * (steps in the order given): for a record every writer takes in turn, such as the audit
     * chain's head, so that it is held for the commit alone and always after the transaction's
     * row locks (one lock order, DESIGN §11c). A step given inside a nested transaction that is
     * rolled back goes with it; a step's error fails the commit. Without an open write
     * transaction, or on an engine whose writers take turns anyway (SQLite), it runs at once.
     */
    virtual Result<void> beforeCommit(std::function<Result<void>()> step) = 0;

    virtual DeviceRecords &devices() = 0;
    virtual IntakeRecords &intake() = 0;
    virtual BookingRecords &bookings() = 0;
    virtual PublishedCatalogue &catalogue() = 0;
    virtual ChannelTokenRecords &channelTokens() = 0;
    virtual SubmissionLog &submissionLog() = 0;
    virtual CaseRecords &cases() = 0;
    virtual AuditLog &auditLog() = 0;
    virtual OperatorRecords &operators() = 0;
    virtual CaseFeedRecords &caseFeed() = 0;
    virtual RatingRecords &ratings() = 0;
    virtual CaseLookupRecords &caseLookups() = 0;
    virtual CalendarRecords &calendar() = 0;
};

/**
 * Opens central's storage at @p location: "sqlite:PATH" or a plain path (SQLite, the embedded
 * default), or "postgresql://..." (libpq's URI; PostgreSQL, for a province), whose attachments
 * go under @p dataDir. The schema is migrated to this build's; a newer one is Error::TooNew,
 * untouched.
 */
Result<std::unique_ptr<CentralStorage>> openCentralStorage(const QString &location,
                                                           const QString &dataDir = {});

/**
 * Where the gateway whose data directory is @p dataDir keeps central's storage: the location
 * given with --database (setDatabaseOverride), else the one line of DIR/database (written by
 * `init --database`), else DIR/gateway.db (SQLite). An unreadable DIR/database is an error.
 */
Result<QString> centralStorageLocation(const QString &dataDir);
/** Opens the storage of the gateway at @p dataDir (centralStorageLocation, then open). */
Result<std::unique_ptr<CentralStorage>> openGatewayStorage(const QString &dataDir);
/** The --database option: takes precedence over DIR/database for this process. */
void setDatabaseOverride(const QString &location);
/** The --db-pool option: at most @p connections to PostgreSQL for this process (SQLite opens one
 *  per thread that uses it). `serve` defaults to its request threads + 2 (DESIGN §11c); other
 *  commands to 8. */
void setDatabasePoolSize(int connections);
/** The pool size setDatabasePoolSize() set, else 8. */
int databasePoolSize();
/** Writes @p location as DIR/database (mode 0600: it may hold a password), for later commands. */
Result<void> rememberDatabase(const QString &dataDir, const QString &location);

} // namespace jiujin::gateway
