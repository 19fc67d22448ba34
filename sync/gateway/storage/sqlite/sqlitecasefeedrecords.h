#pragma once

#include "casefeedrecords.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** CaseFeedRecords in central's SQLite database (migration 004_case_feed). */
class SqliteCaseFeedRecords final : public CaseFeedRecords
{
public:
    explicit SqliteCaseFeedRecords(Database &db) : m_db(&db) {}

    Result<qint64> touch(qint64 caseId, const QString &point) override;
    Result<qint64> current(const QString &point) override;
    Result<QList<CaseFeedEntry>> changedSince(const QString &point, qint64 since,
                                              int limit) override;

private:
    Database *m_db;
};

} // namespace jiujin::gateway
