#pragma once

#include "centralstorage.h"

#include <memory>

namespace jiujin {
class Database;
} // namespace jiujin

namespace jiujin::gateway {

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
 * written. One connection: one caller at a time.
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

    /** The SQLite handle itself: for tools and tests that inspect or damage the file (services
     *  never see it). */
    Database &database() { return *m_db; }

private:
    SqliteCentralStorage(std::unique_ptr<Database> db, QString dataDir);
    std::unique_ptr<Database> m_db;
    QString m_dataDir;
    std::unique_ptr<SqliteDeviceRecords> m_devices;
    std::unique_ptr<SqliteIntakeRecords> m_intake;
    std::unique_ptr<SqliteBookingRecords> m_bookings;
    std::unique_ptr<SqlitePublishedCatalogue> m_catalogue;
    std::unique_ptr<SqliteChannelTokenRecords> m_channelTokens;
    std::unique_ptr<SqliteSubmissionLog> m_submissionLog;
    std::unique_ptr<SqliteCaseRecords> m_cases;
    std::unique_ptr<SqliteAuditLog> m_auditLog;
    std::unique_ptr<SqliteOperatorRecords> m_operators;
    std::unique_ptr<SqliteCaseFeedRecords> m_caseFeed;
    std::unique_ptr<SqliteRatingRecords> m_ratings;
    std::unique_ptr<SqliteCaseLookupRecords> m_caseLookups;
    std::unique_ptr<SqliteCalendarRecords> m_calendar;
};

} // namespace jiujin::gateway
