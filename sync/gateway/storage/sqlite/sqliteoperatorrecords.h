#pragma once

#include "operatorrecords.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** OperatorRecords in central's SQLite database (migration 003_operators.sql). */
class SqliteOperatorRecords final : public OperatorRecords
{
public:
    explicit SqliteOperatorRecords(Database &db) : m_db(&db) {}

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
    Database *m_db;
};

} // namespace jiujin::gateway
