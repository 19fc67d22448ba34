#pragma once

#include "caselookuprecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** CaseLookupRecords in central's PostgreSQL database (migration 006_case_lookups). */
class PgCaseLookupRecords final : public CaseLookupRecords
{
public:
    explicit PgCaseLookupRecords(PgDatabase &db) : m_db(&db) {}

    Result<QList<std::pair<QString, QString>>> applications(const QString &receipt,
                                                            int limit) override;
    Result<qint64> feedSequence(qint64 caseId) override;
    Result<void> record(const QString &device, const QString &receipt, const QDateTime &at,
                        const QString &outcome) override;
    Result<LookupWindow> byDevice(const QString &device, const QDateTime &since) override;
    Result<LookupWindow> failuresByDevice(const QString &device, const QDateTime &since) override;
    Result<LookupWindow> failuresOfReceipt(const QString &receipt, const QDateTime &since) override;
    Result<int> forgetBefore(const QDateTime &before) override;

private:
    PgDatabase *m_db;
};

} // namespace jiujin::gateway
