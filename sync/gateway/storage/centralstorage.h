#pragma once

#include "result.h"

#include <QString>

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
 * back with the outer one). One storage object serves one thread at a time.
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
 * default). The schema is migrated to this build's; a newer one is Error::TooNew, untouched.
 */
Result<std::unique_ptr<CentralStorage>> openCentralStorage(const QString &location);

} // namespace jiujin::gateway
