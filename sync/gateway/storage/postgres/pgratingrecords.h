#pragma once

#include "ratingrecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** RatingRecords in central's PostgreSQL database (migration 005_ratings). */
class PgRatingRecords final : public RatingRecords
{
public:
    explicit PgRatingRecords(PgDatabase &db) : m_db(&db) {}

    Result<void> noteReceipt(const QString &device, const QString &receipt,
                             const QString &uuid) override;
    Result<std::optional<RatedCase>> caseOfReceipt(const QString &device,
                                                   const QString &receipt) override;
    Result<int> link(const QString &device, const QString &receipt,
                     const RatedCase &linked) override;
    Result<qint64> insertRating(const RatingRow &row) override;
    Result<qint64> insertFollowUp(const FollowUpRow &row) override;
    Result<void> updateFollowUp(const FollowUpRow &row) override;
    Result<std::optional<RatingEntry>> followUp(qint64 id) override;
    Result<QList<RatingEntry>> ratings(const RatingFilter &filter) override;
    Result<std::optional<RatingEntry>> rating(qint64 id) override;
    Result<QList<RatingCounts>> figureCounts(const RatingFilter &filter,
                                             const QDate &today) override;
    Result<std::pair<qint64, qint64>> satisfaction(const QString &point,
                                                   const QDateTime &since) override;

private:
    PgDatabase *m_db;
};

} // namespace jiujin::gateway
