#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin::gateway {

/** A case (办件) as stored. Dates are China dates; stage is a stable ASCII code (CaseService). */
struct CaseRow
{
    qint64 id = 0;
    QString number, device, uuid, receipt, item, point, department, stage;
    QDateTime createdAt, updatedAt;
    std::optional<QDateTime> acceptedAt, closedAt;
    std::optional<int> promisedDays; ///< nullopt: the item was not in the published catalogue
    QDate dueDate;                   ///< invalid until accepted (or without a limit)
    QDate pausedSince;               ///< valid while 待补正 stops the clock
    int pausedDays = 0;
    QDate correctionDue;
    QStringList correctionMaterials;
    QString result;
};

/** One transition of a case. */
struct CaseEventRow
{
    qint64 id = 0, caseId = 0;
    QString fromStage, toStage, operatorId;
    QDateTime at;
    QString reason;
    QStringList materials;
    QDate dueDate;
};

/** A 容缺 / 告知承诺 material promised for later. */
struct CaseMaterialRow
{
    qint64 id = 0, caseId = 0;
    QString name;
    QString kind; ///< "rongque" or "chengnuo"
    QDate dueDate;
    QString state; ///< "pending", "received" or "overdue"
    std::optional<QDateTime> receivedAt;
    QString receivedPoint;
};

/** What an officer's list asks for; empty fields do not filter. */
struct CaseFilter
{
    QString stage, point, item;
    QDate overdueOn;         ///< valid: only running cases (accepted, review) due before this day
    QStringList townships;   ///< non-empty: only cases at points of these 9-digit townships
    QStringList departments; ///< non-empty: only cases of these department codes
    /// > 0: only cases with a smaller id (the keyset cursor: ids grow with the order cases were
    /// opened, so a page never shifts when newer cases arrive)
    qint64 beforeId = 0;
    int limit = 1000;
};

/**
 * Central's cases, their transitions and promised materials. Reads fail closed: a storage error
 * is an Error, never "not found". Writes belong to the caller's open transaction.
 */
class CaseRecords
{
public:
    virtual ~CaseRecords() = default;

    /** Stores @p row (its id is ignored) and returns its id; Error::Busy when the submission
     *  (device, uuid) already has a case. */
    virtual Result<qint64> insertCase(const CaseRow &row) = 0;
    /** Writes every field but id, number, device, uuid, receipt, item, point and createdAt. */
    virtual Result<void> updateCase(const CaseRow &row) = 0;
    virtual Result<std::optional<CaseRow>> caseByReceipt(const QString &receipt) = 0;
    virtual Result<std::optional<CaseRow>> caseOf(const QString &device, const QString &uuid) = 0;
    /** (device, uuid) of at most @p limit accepted applications that have no case (stored
     *  before cases existed), oldest first. */
    virtual Result<QList<std::pair<QString, QString>>> acceptedWithoutCase(int limit) = 0;
    /** Newest first (id descending), at most filter.limit, below filter.beforeId when set. */
    virtual Result<QList<CaseRow>> cases(const CaseFilter &filter) = 0;
    /** How many cases match @p filter (its beforeId and limit ignored), counting at most
     *  @p cap: a result equal to @p cap means "at least that many". */
    virtual Result<qint64> countCases(const CaseFilter &filter, qint64 cap) = 0;

    virtual Result<void> insertEvent(const CaseEventRow &event) = 0;
    /** Oldest first. */
    virtual Result<QList<CaseEventRow>> events(qint64 caseId) = 0;

    virtual Result<qint64> insertMaterial(const CaseMaterialRow &material) = 0;
    virtual Result<void> updateMaterial(const CaseMaterialRow &material) = 0;
    virtual Result<QList<CaseMaterialRow>> materials(qint64 caseId) = 0;
    /** Materials still pending whose due date is before @p day, with their case's receipt,
     *  earliest due first, at most @p limit. */
    virtual Result<QList<std::pair<QString, CaseMaterialRow>>> pendingDueBefore(const QDate &day,
                                                                                int limit) = 0;
};

/** One entry of central's audit log. */
struct AuditRow
{
    qint64 seq = 0;
    QDateTime at;
    QString actor, action, subject, detail; ///< never personal data
    QString prevHash, hash;                 ///< lower-case hex SHA-256
};

/** Central's append-only audit log (the chain's hashing is AuditChain's). */
class AuditLog
{
public:
    virtual ~AuditLog() = default;
    /** The newest entry; nullopt for an empty log. */
    virtual Result<std::optional<AuditRow>> last() = 0;
    /** Appends @p rows (consecutive seqs, chained, oldest first) in one go, inside the caller's
     *  write transaction; Error::Busy when a seq is taken (the caller then rolls back). */
    virtual Result<void> append(const QList<AuditRow> &rows) = 0;
    /** Entries with seq > @p afterSeq, oldest first, at most @p limit. */
    virtual Result<QList<AuditRow>> entries(qint64 afterSeq, int limit) = 0;
};

} // namespace jiujin::gateway
