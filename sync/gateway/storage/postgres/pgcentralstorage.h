#pragma once

#include "centralstorage.h"

#include <memory>

namespace jiujin::gateway {

class PgAuditLog;
class PgBookingRecords;
class PgCalendarRecords;
class PgCaseFeedRecords;
class PgCaseLookupRecords;
class PgCaseRecords;
class PgChannelTokenRecords;
class PgDatabase;
class PgDeviceRecords;
class PgIntakeRecords;
class PgOperatorRecords;
class PgPublishedCatalogue;
class PgRatingRecords;
class PgSubmissionLog;

/**
 * Central's storage in PostgreSQL (a province: several gateway instances on one database):
 * a connection pool, migrations from sync/gateway/storage/postgres/migrations. The only place
 * central's PostgreSQL SQL is written. Several threads may use it at once, each with its own
 * transaction (DESIGN "Two engines"); several processes may share the database.
 */
class PgCentralStorage final : public CentralStorage
{
public:
    /**
     * Connects to @p conninfo (postgresql://...) and migrates; attachment bytes are kept in the
     * database, @p attachmentDir is only read for those kept there before migration 008. A
     * schema newer than this build is Error::TooNew. At most @p maxConnections (--db-pool).
     */
    static Result<std::unique_ptr<PgCentralStorage>>
    open(const QString &conninfo, const QString &attachmentDir, int maxConnections = 8);
    ~PgCentralStorage() override;

    /** This build's central schema version on PostgreSQL. */
    static int latestVersion();

    QString engine() const override { return QStringLiteral("postgresql"); }
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

    /** The pool itself: for tests that look at the database directly (services never see it). */
    PgDatabase &database() { return *m_db; }

private:
    PgCentralStorage(std::unique_ptr<PgDatabase> db, QString attachmentDir);
    std::unique_ptr<PgDatabase> m_db;
    QString m_attachmentDir;
    std::unique_ptr<PgDeviceRecords> m_devices;
    std::unique_ptr<PgIntakeRecords> m_intake;
    std::unique_ptr<PgBookingRecords> m_bookings;
    std::unique_ptr<PgPublishedCatalogue> m_catalogue;
    std::unique_ptr<PgChannelTokenRecords> m_channelTokens;
    std::unique_ptr<PgSubmissionLog> m_submissionLog;
    std::unique_ptr<PgCaseRecords> m_cases;
    std::unique_ptr<PgAuditLog> m_auditLog;
    std::unique_ptr<PgOperatorRecords> m_operators;
    std::unique_ptr<PgCaseFeedRecords> m_caseFeed;
    std::unique_ptr<PgRatingRecords> m_ratings;
    std::unique_ptr<PgCaseLookupRecords> m_caseLookups;
    std::unique_ptr<PgCalendarRecords> m_calendar;
};

} // namespace jiujin::gateway
