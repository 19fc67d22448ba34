#pragma once

#include "submissionlog.h"

namespace jiujin::gateway {

class PgDatabase;

/** SubmissionLog over central's PostgreSQL table submissions (migration 001). */
class PgSubmissionLog final : public SubmissionLog
{
public:
    explicit PgSubmissionLog(PgDatabase &db) : m_db(db) {}

    Result<SubmissionPage> listSubmissions(const QString &device, std::optional<qint64> after,
                                           int limit) override;

private:
    PgDatabase &m_db;
};

} // namespace jiujin::gateway
