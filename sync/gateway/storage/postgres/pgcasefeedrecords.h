#pragma once

#include "casefeedrecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** CaseFeedRecords in central's PostgreSQL database (migration 004_case_feed). */
class PgCaseFeedRecords final : public CaseFeedRecords
{
public:
    explicit PgCaseFeedRecords(PgDatabase &db) : m_db(&db) {}

    Result<qint64> touch(qint64 caseId, const QString &point) override;
    Result<qint64> current(const QString &point) override;
    Result<QList<CaseFeedEntry>> changedSince(const QString &point, qint64 since,
                                              int limit) override;

private:
    Result<qint64> takeNext(qint64 caseId, const QString &point);
    PgDatabase *m_db;
};

} // namespace jiujin::gateway
