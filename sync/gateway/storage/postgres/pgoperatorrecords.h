#pragma once

#include "operatorrecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** OperatorRecords in central's PostgreSQL database (migration 003_operators.sql). */
class PgOperatorRecords final : public OperatorRecords
{
public:
    explicit PgOperatorRecords(PgDatabase &db) : m_db(&db) {}

    Result<void> insertOperator(const OperatorRow &row) override;
    Result<void> updateOperator(const OperatorRow &row) override;
    Result<std::optional<OperatorRow>> operatorById(const QString &id) override;
    Result<QList<OperatorRow>> operators() override;
    Result<void> insertSession(const OperatorSessionRow &row) override;
    Result<std::optional<OperatorSessionRow>> session(const QString &tokenHash) override;
    Result<void> touchSession(const QString &tokenHash, const QDateTime &at) override;
    Result<void> endSession(const QString &tokenHash, const QDateTime &at) override;
    Result<int> endSessionsOf(const QString &operatorId, const QDateTime &at) override;

private:
    PgDatabase *m_db;
};

} // namespace jiujin::gateway
