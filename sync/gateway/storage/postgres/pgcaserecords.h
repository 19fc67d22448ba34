#pragma once

#include "caserecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** CaseRecords in central's PostgreSQL database (migration 002_cases). */
class PgCaseRecords final : public CaseRecords
{
public:
    explicit PgCaseRecords(PgDatabase &db) : m_db(&db) {}

    Result<qint64> insertCase(const CaseRow &row) override;
    Result<void> updateCase(const CaseRow &row) override;
    Result<std::optional<CaseRow>> caseByReceipt(const QString &receipt) override;
    Result<std::optional<CaseRow>> caseOf(const QString &device, const QString &uuid) override;
    Result<QList<std::pair<QString, QString>>> acceptedWithoutCase(int limit) override;
    Result<QList<CaseRow>> cases(const CaseFilter &filter) override;
    Result<qint64> countCases(const CaseFilter &filter, qint64 cap) override;
    Result<void> insertEvent(const CaseEventRow &event) override;
    Result<QList<CaseEventRow>> events(qint64 caseId) override;
    Result<qint64> insertMaterial(const CaseMaterialRow &material) override;
    Result<void> updateMaterial(const CaseMaterialRow &material) override;
    Result<QList<CaseMaterialRow>> materials(qint64 caseId) override;
    Result<QList<std::pair<QString, CaseMaterialRow>>> pendingDueBefore(const QDate &day,
                                                                        int limit) override;

private:
    Result<std::optional<CaseRow>> one(const char *where, const QString &a, const QString &b);
    /** " WHERE ..." for @p filter (without its cursor), its values appended to @p values. */
    static QByteArray whereOf(const CaseFilter &filter, QList<QString> &values);
    PgDatabase *m_db;
};

/** AuditLog in central's PostgreSQL database (append-only by trigger). */
class PgAuditLog final : public AuditLog
{
public:
    explicit PgAuditLog(PgDatabase &db) : m_db(&db) {}

    Result<std::optional<AuditRow>> last() override;
    Result<void> append(const QList<AuditRow> &rows) override;
    Result<QList<AuditRow>> entries(qint64 afterSeq, int limit) override;

private:
    PgDatabase *m_db;
};

} // namespace jiujin::gateway
