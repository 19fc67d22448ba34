#pragma once

#include "submissionlog.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** SubmissionLog over central's SQLite table submissions (migration 001). */
class SqliteSubmissionLog final : public SubmissionLog
{
public:
    explicit SqliteSubmissionLog(Database &db) : m_db(db) {}

    Result<SubmissionPage> listSubmissions(const QString &device, std::optional<qint64> after,
                                           int limit) override;

private:
    Database &m_db;
};

} // namespace jiujin::gateway
