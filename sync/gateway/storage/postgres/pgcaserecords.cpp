#include "pgcaserecords.h"

#include "caserows.h"
#include "pgdatabase.h"

#include <algorithm>

namespace jiujin::gateway {

using caserows::auditFrom;
using caserows::bindDate;
using caserows::bindMutable;
using caserows::caseFrom;
using caserows::dateText;
using caserows::eventFrom;
using caserows::materialFrom;
using rows::bindOptionalTime;
using rows::listJson;
using rows::onlyInteger;

namespace {

const char *const caseColumns =
    "SELECT id, number, device, uuid, receipt, item, point, department, stage, created_at,"
    " updated_at, accepted_at, closed_at, promised_days, due_date, paused_since, paused_days,"
    " correction_due, correction_materials, result FROM cases";

} // namespace

Result<qint64> PgCaseRecords::insertCase(const CaseRow &c)
{
    PgStatement s = m_db->cached(
        "INSERT INTO cases(number, device, uuid, receipt, item, point, created_at, department,"
        " stage, updated_at, accepted_at, closed_at, promised_days, due_date, paused_since,"
        " paused_days, correction_due, correction_materials, result)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(device, uuid) DO NOTHING RETURNING id");
    s.bind(1, c.number).bind(2, c.device).bind(3, c.uuid).bind(4, c.receipt).bind(5, c.item);
    s.bind(6, c.point).bind(7, c.createdAt.toSecsSinceEpoch());
    bindMutable(s, 8, c);
    return onlyInteger(s, Error{Error::Busy, QStringLiteral("the submission already has a case")});
}

Result<void> PgCaseRecords::updateCase(const CaseRow &c)
{
    PgStatement s = m_db->prepare(
        "UPDATE cases SET department = ?, stage = ?, updated_at = ?, accepted_at = ?,"
        " closed_at = ?, promised_days = ?, due_date = ?, paused_since = ?, paused_days = ?,"
        " correction_due = ?, correction_materials = ?, result = ? WHERE id = ?");
    bindMutable(s, 1, c);
    s.bind(13, c.id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::NotFound, QStringLiteral("no case %1").arg(c.id)};
    return {};
}

Result<std::optional<CaseRow>> PgCaseRecords::one(const char *where, const QString &a,
                                                  const QString &b)
{
    // In a write transaction the case row is held until commit (DESIGN §11c): two officers
    // moving one case take turns, and the second judges the stage the first left.
    PgStatement s = m_db->cached(
        (QByteArray(caseColumns) + " WHERE " + where + (m_db->writing() ? " FOR UPDATE" : ""))
            .constData());
    s.bind(1, a);
    if (!b.isNull())
        s.bind(2, b);
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not "no case"
        return std::optional<CaseRow>();
    }
    return std::optional<CaseRow>(caseFrom(s));
}

Result<std::optional<CaseRow>> PgCaseRecords::caseByReceipt(const QString &receipt)
{
    return one("receipt = ?", receipt, QString());
}

Result<std::optional<CaseRow>> PgCaseRecords::caseOf(const QString &device, const QString &uuid)
{
    return one("device = ? AND uuid = ?", device, uuid);
}

Result<QList<std::pair<QString, QString>>> PgCaseRecords::acceptedWithoutCase(int limit)
{
    PgStatement s =
        m_db->prepare("SELECT s.device, s.uuid FROM submissions s WHERE s.status = 'accepted'"
                      " AND s.kind = 'submission' AND NOT EXISTS (SELECT 1 FROM cases c"
                      " WHERE c.device = s.device AND c.uuid = s.uuid) ORDER BY s.id LIMIT ?");
    s.bind(1, qint64(limit));
    return rows::all(s, [](const PgStatement &row) {
        return std::pair<QString, QString>(row.text(0), row.text(1));
    });
}

QByteArray PgCaseRecords::whereOf(const CaseFilter &f, QList<QString> &values)
{
    // Each filter is an indexed lookup: (stage, point, id), (point, id), or the partial index of
    // running cases by due date. The item has no index of its own: its cases are found walking
    // the id order of the others (a page stops at its limit, a count at its cap).
    QByteArrayList where;
    if (!f.stage.isEmpty()) {
        where << "stage = ?";
        values << f.stage;
    }
    if (!f.point.isEmpty()) {
        where << "point = ?";
        values << f.point;
    }
    if (!f.item.isEmpty()) {
        where << "item = ?";
        values << f.item;
    }
    if (f.overdueOn.isValid()) {
        where << "stage IN ('accepted','review') AND due_date < ?";
        values << dateText(f.overdueOn);
    }
    if (!f.townships.isEmpty()) {
        // A point's code starts with its township's: a range on the point index per township.
        QByteArrayList any;
        for (const QString &t : f.townships) {
            // Byte order whatever the database's collation (0x7f is an upper bound in "C" only).
            any << "(point COLLATE \"C\" >= ? AND point COLLATE \"C\" < ?)";
            values << t << t + QChar(0x7f);
        }
        where << "(" + any.join(" OR ") + ")";
    }
    if (!f.departments.isEmpty()) {
        QByteArrayList marks;
        for (const QString &d : f.departments) {
            marks << "?";
            values << d;
        }
        where << "department IN (" + marks.join(", ") + ")";
    }
    return where.isEmpty() ? QByteArray() : " WHERE " + where.join(" AND ");
}

Result<QList<CaseRow>> PgCaseRecords::cases(const CaseFilter &f)
{
    QList<QString> values;
    QByteArray sql = caseColumns + whereOf(f, values);
    if (f.beforeId > 0) // the keyset cursor: the id index continues where the last page ended
        sql += values.isEmpty() ? " WHERE id < ?" : " AND id < ?";
    sql += " ORDER BY id DESC LIMIT ?";
    PgStatement s = m_db->prepare(sql.constData());
    int i = 1;
    for (const QString &v : values)
        s.bind(i++, v);
    if (f.beforeId > 0)
        s.bind(i++, f.beforeId);
    s.bind(i, qint64(f.limit));
    return rows::all(s, caseFrom<PgStatement>);
}

Result<qint64> PgCaseRecords::countCases(const CaseFilter &f, qint64 cap)
{
    // Counting stops at the cap: the inner LIMIT bounds the rows read, whatever the scope holds.
    QList<QString> values;
    const QByteArray sql =
        "SELECT count(*) FROM (SELECT 1 FROM cases" + whereOf(f, values) + " LIMIT ?) AS capped";
    PgStatement s = m_db->prepare(sql.constData());
    int i = 1;
    for (const QString &v : values)
        s.bind(i++, v);
    s.bind(i, cap);
    return onlyInteger(s, Error{Error::Io, QStringLiteral("count returned no row")});
}

Result<void> PgCaseRecords::insertEvent(const CaseEventRow &e)
{
    PgStatement s =
        m_db->cached("INSERT INTO case_events(case_id, from_stage, to_stage, operator,"
                     " at, reason, materials, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, e.caseId).bind(2, e.fromStage).bind(3, e.toStage).bind(4, e.operatorId);
    s.bind(5, e.at.toSecsSinceEpoch()).bind(6, e.reason).bind(7, listJson(e.materials));
    bindDate(s, 8, e.dueDate);
    return s.queue();
}

Result<QList<CaseEventRow>> PgCaseRecords::events(qint64 caseId)
{
    PgStatement s = m_db->prepare("SELECT id, case_id, from_stage, to_stage, operator, at, reason,"
                                  " materials, due_date FROM case_events WHERE case_id = ?"
                                  " ORDER BY id");
    s.bind(1, caseId);
    return rows::all(s, eventFrom<PgStatement>);
}

Result<qint64> PgCaseRecords::insertMaterial(const CaseMaterialRow &m)
{
    PgStatement s = m_db->prepare("INSERT INTO case_materials(case_id, name, kind, due_date, state,"
                                  " received_at, received_point) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                  " RETURNING id");
    s.bind(1, m.caseId).bind(2, m.name).bind(3, m.kind).bind(4, dateText(m.dueDate));
    s.bind(5, m.state.isEmpty() ? QStringLiteral("pending") : m.state);
    bindOptionalTime(s, 6, m.receivedAt);
    s.bind(7, m.receivedPoint);
    return onlyInteger(s, Error{Error::Io, QStringLiteral("material not stored")});
}

Result<void> PgCaseRecords::updateMaterial(const CaseMaterialRow &m)
{
    PgStatement s = m_db->prepare("UPDATE case_materials SET state = ?, received_at = ?,"
                                  " received_point = ?, due_date = ? WHERE id = ?");
    s.bind(1, m.state);
    bindOptionalTime(s, 2, m.receivedAt);
    s.bind(3, m.receivedPoint).bind(4, dateText(m.dueDate)).bind(5, m.id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::NotFound, QStringLiteral("no material %1").arg(m.id)};
    return {};
}

namespace {

const char *const materialColumns =
    "SELECT m.id, m.case_id, m.name, m.kind, m.due_date, m.state, m.received_at,"
    " m.received_point, c.receipt FROM case_materials m JOIN cases c ON c.id = m.case_id";

} // namespace

Result<QList<CaseMaterialRow>> PgCaseRecords::materials(qint64 caseId)
{
    // Once per case the feed describes (every case after a drain): prepared once per connection.
    static const QByteArray sql =
        QByteArray(materialColumns) + " WHERE m.case_id = ? ORDER BY m.id";
    PgStatement s = m_db->cached(sql.constData());
    s.bind(1, caseId);
    return rows::all(s, materialFrom<PgStatement>);
}

Result<QList<std::pair<QString, CaseMaterialRow>>> PgCaseRecords::pendingDueBefore(const QDate &day,
                                                                                   int limit)
{
    // case_materials_pending_due serves this: pending rows by due date.
    PgStatement s =
        m_db->prepare((QByteArray(materialColumns) + " WHERE m.state = 'pending' AND m.due_date < ?"
                                                     " ORDER BY m.due_date, m.id LIMIT ?")
                          .constData());
    s.bind(1, dateText(day)).bind(2, qint64(limit));
    return rows::all(s, [](const PgStatement &row) {
        return std::pair<QString, CaseMaterialRow>(row.text(8), materialFrom(row));
    });
}

namespace {

/** The advisory lock key of the audit chain's head ("jjaudit" in ASCII). */
constexpr qint64 auditLockKey = 0x6a6a6175646974;

const char *const auditColumns =
    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log";

} // namespace

Result<std::optional<AuditRow>> PgAuditLog::last()
{
    // The chain has one head: a writer holds the log's lock from reading the head until its
    // transaction ends, so an entry from another instance never forks the chain.
    if (m_db->writing()) {
        PgStatement lock = m_db->cached("SELECT pg_advisory_xact_lock(?)");
        lock.bind(1, auditLockKey);
        if (auto r = lock.run(); !r)
            return r.error();
    }
    PgStatement s =
        m_db->cached((QByteArray(auditColumns) + " ORDER BY seq DESC LIMIT 1").constData());
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<AuditRow>();
    }
    return std::optional<AuditRow>(auditFrom(s));
}

Result<void> PgAuditLog::append(const QList<AuditRow> &rows)
{
    // Many rows a statement: the chain's head is held while they are written (DESIGN §11c), so
    // a batch's entries cost one round trip, not one each.
    constexpr qsizetype perStatement = 500; // 8 values a row, well under PostgreSQL's 65,535
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype n = std::min(perStatement, rows.size() - first);
        QByteArray sql = "INSERT INTO audit_log(seq, at, actor, action, subject, detail,"
                         " prev_hash, hash) VALUES ";
        for (qsizetype i = 0; i < n; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
        sql += " ON CONFLICT(seq) DO NOTHING";
        // The full batch's statement is the common one: prepared once per connection.
        PgStatement s =
            n == perStatement ? m_db->cached(sql.constData()) : m_db->prepare(sql.constData());
        for (qsizetype i = 0; i < n; ++i) {
            const AuditRow &a = rows.at(first + i);
            const int b = int(i) * 8;
            s.bind(b + 1, a.seq).bind(b + 2, a.at.toSecsSinceEpoch()).bind(b + 3, a.actor);
            s.bind(b + 4, a.action).bind(b + 5, a.subject).bind(b + 6, a.detail);
            s.bind(b + 7, a.prevHash).bind(b + 8, a.hash);
        }
        if (auto r = s.run(); !r)
            return r;
        if (m_db->changes() != int(n))
            return Error{
                Error::Busy,
                QStringLiteral("audit entries from %1 already written").arg(rows.at(first).seq)};
    }
    return {};
}

Result<QList<AuditRow>> PgAuditLog::entries(qint64 afterSeq, int limit)
{
    PgStatement s = m_db->prepare(
        (QByteArray(auditColumns) + " WHERE seq > ? ORDER BY seq LIMIT ?").constData());
    s.bind(1, afterSeq).bind(2, qint64(limit));
    return rows::all(s, auditFrom<PgStatement>);
}

} // namespace jiujin::gateway
