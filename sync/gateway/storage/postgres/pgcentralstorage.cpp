#include "pgcentralstorage.h"

#include "gatewaylog.h"
#include "pgbookingrecords.h"
#include "pgcalendarrecords.h"
#include "pgcasefeedrecords.h"
#include "pgcaselookuprecords.h"
#include "pgcaserecords.h"
#include "pgchanneltokenrecords.h"
#include "pgdatabase.h"
#include "pgdevicerecords.h"
#include "pgintakerecords.h"
#include "pgmigrations.h"
#include "pgoperatorrecords.h"
#include "pgpublishedcatalogue.h"
#include "pgratingrecords.h"
#include "pgsubmissionlog.h"
#include "pgtransaction.h"

namespace jiujin::gateway {

Result<std::unique_ptr<PgCentralStorage>>
PgCentralStorage::open(const QString &conninfo, const QString &attachmentDir, int maxConnections)
{
    if (attachmentDir.isEmpty())
        return Error{Error::Invalid,
                     QStringLiteral("postgresql storage needs a folder for attachments")};
    auto db = PgDatabase::open(conninfo, maxConnections);
    if (!db)
        return db.error();
    if (auto r = PgMigrations::migrate(*db.value()); !r)
        return r.error();
    return std::unique_ptr<PgCentralStorage>(
        new PgCentralStorage(std::move(db.value()), attachmentDir));
}

int PgCentralStorage::latestVersion()
{
    return PgMigrations::latestVersion();
}

PgCentralStorage::PgCentralStorage(std::unique_ptr<PgDatabase> db, QString attachmentDir)
    : m_db(std::move(db)), m_attachmentDir(std::move(attachmentDir)),
      m_devices(std::make_unique<PgDeviceRecords>(*m_db)),
      m_intake(std::make_unique<PgIntakeRecords>(*m_db, m_attachmentDir)),
      m_bookings(std::make_unique<PgBookingRecords>(*m_db)),
      m_catalogue(std::make_unique<PgPublishedCatalogue>(*m_db)),
      m_channelTokens(std::make_unique<PgChannelTokenRecords>(*m_db)),
      m_submissionLog(std::make_unique<PgSubmissionLog>(*m_db)),
      m_cases(std::make_unique<PgCaseRecords>(*m_db)),
      m_auditLog(std::make_unique<PgAuditLog>(*m_db)),
      m_operators(std::make_unique<PgOperatorRecords>(*m_db)),
      m_caseFeed(std::make_unique<PgCaseFeedRecords>(*m_db)),
      m_ratings(std::make_unique<PgRatingRecords>(*m_db)),
      m_caseLookups(std::make_unique<PgCaseLookupRecords>(*m_db)),
      m_calendar(std::make_unique<PgCalendarRecords>(*m_db))
{
}

PgCentralStorage::~PgCentralStorage() = default;

QString PgCentralStorage::location() const
{
    return m_db->location();
}

Result<int> PgCentralStorage::schemaVersion()
{
    return PgMigrations::currentVersion(*m_db);
}

Result<std::unique_ptr<CentralTransaction>> PgCentralStorage::begin(Access access)
{
    return m_db->begin(access);
}

Result<void> PgCentralStorage::beforeCommit(std::function<Result<void>()> step)
{
    return PgTransaction::atCommit(*m_db, PgTransaction::Last, QString(), std::move(step));
}

DeviceRecords &PgCentralStorage::devices()
{
    return *m_devices;
}

IntakeRecords &PgCentralStorage::intake()
{
    return *m_intake;
}

BookingRecords &PgCentralStorage::bookings()
{
    return *m_bookings;
}

PublishedCatalogue &PgCentralStorage::catalogue()
{
    return *m_catalogue;
}

ChannelTokenRecords &PgCentralStorage::channelTokens()
{
    return *m_channelTokens;
}

SubmissionLog &PgCentralStorage::submissionLog()
{
    return *m_submissionLog;
}

CaseRecords &PgCentralStorage::cases()
{
    return *m_cases;
}

AuditLog &PgCentralStorage::auditLog()
{
    return *m_auditLog;
}

OperatorRecords &PgCentralStorage::operators()
{
    return *m_operators;
}

CaseFeedRecords &PgCentralStorage::caseFeed()
{
    return *m_caseFeed;
}

RatingRecords &PgCentralStorage::ratings()
{
    return *m_ratings;
}

CaseLookupRecords &PgCentralStorage::caseLookups()
{
    return *m_caseLookups;
}

CalendarRecords &PgCentralStorage::calendar()
{
    return *m_calendar;
}

} // namespace jiujin::gateway
