#include "sqlitecaserecords.h"

#include "caserows.h"
#include "database.h"

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

Result<qint64> SqliteCaseRecords::insertCase(const CaseRow &c)
{
    auto s = m_db->cached(
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

Result<void> SqliteCaseRecords::updateCase(const CaseRow &c)
{
    Statement s = m_db->prepare(
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

Result<std::optional<CaseRow>> SqliteCaseRecords::one(const char *where, const QString &a,
                                                      const QString &b)
{
    // Prepared once per connection. Database::cached() knows a statement by the address of its
    // text, so each text is made once and kept: a temporary's address is reused by the next
    // temporary, and caseByReceipt() then ran caseOf()'s statement (no case found).
    static const QByteArray byReceipt = QByteArray(caseColumns) + " WHERE receipt = ?";
    static const QByteArray byRecord = QByteArray(caseColumns) + " WHERE device = ? AND uuid = ?";
    const QByteArrayView wanted(where);
    if (wanted != "receipt = ?" && wanted != "device = ? AND uuid = ?")
        return Error{Error::Invalid, QStringLiteral("unknown case lookup")};
    auto s = m_db->cached(wanted == "receipt = ?" ? byReceipt.constData() : byRecord.constData());
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

Result<std::optional<CaseRow>> SqliteCaseRecords::caseByReceipt(const QString &receipt)
{
    return one("receipt = ?", receipt, QString());
}

Result<std::optional<CaseRow>> SqliteCaseRecords::caseOf(const QString &device, const QString &uuid)
{
    return one("device = ? AND uuid = ?", device, uuid);
}

Result<QList<std::pair<QString, QString>>> SqliteCaseRecords::acceptedWithoutCase(int limit)
{
    Statement s =
        m_db->prepare("SELECT s.device, s.uuid FROM submissions s WHERE s.status = 'accepted'"
                      " AND s.kind = 'submission' AND NOT EXISTS (SELECT 1 FROM cases c"
                      " WHERE c.device = s.device AND c.uuid = s.uuid) ORDER BY s.id LIMIT ?");
    s.bind(1, qint64(limit));
    return rows::all(s, [](const Statement &row) {
        return std::pair<QString, QString>(row.text(0), row.text(1));
    });
}

QByteArray SqliteCaseRecords::whereOf(const CaseFilter &f, QList<QString> &values)
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
            any << "(point >= ? AND point < ?)";
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

Result<QList<CaseRow>> SqliteCaseRecords::cases(const CaseFilter &f)
{
    QList<QString> values;
    QByteArray sql = caseColumns + whereOf(f, values);
    if (f.beforeId > 0) // the keyset cursor: the id index continues where the last page ended
        sql += values.isEmpty() ? " WHERE id < ?" : " AND id < ?";
    sql += " ORDER BY id DESC LIMIT ?";
    Statement s = m_db->prepare(sql.constData());
    int i = 1;
    for (const QString &v : values)
        s.bind(i++, v);
    if (f.beforeId > 0)
        s.bind(i++, f.beforeId);
    s.bind(i, qint64(f.limit));
    return rows::all(s, caseFrom<Statement>);
}

Result<qint64> SqliteCaseRecords::countCases(const CaseFilter &f, qint64 cap)
{
    // Counting stops at the cap: the inner LIMIT bounds the rows read, whatever the scope holds.
    QList<QString> values;
    const QByteArray sql =
        "SELECT count(*) FROM (SELECT 1 FROM cases" + whereOf(f, values) + " LIMIT ?) AS capped";
    Statement s = m_db->prepare(sql.constData());
    int i = 1;
    for (const QString &v : values)
        s.bind(i++, v);
    s.bind(i, cap);
    return onlyInteger(s, Error{Error::Io, QStringLiteral("count returned no row")});
}

Result<void> SqliteCaseRecords::insertEvent(const CaseEventRow &e)
{
    auto s = m_db->cached("INSERT INTO case_events(case_id, from_stage, to_stage, operator,"
                          " at, reason, materials, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, e.caseId).bind(2, e.fromStage).bind(3, e.toStage).bind(4, e.operatorId);
    s.bind(5, e.at.toSecsSinceEpoch()).bind(6, e.reason).bind(7, listJson(e.materials));
    bindDate(s, 8, e.dueDate);
    return s.run();
}

Result<QList<CaseEventRow>> SqliteCaseRecords::events(qint64 caseId)
{
    Statement s = m_db->prepare("SELECT id, case_id, from_stage, to_stage, operator, at, reason,"
                                " materials, due_date FROM case_events WHERE case_id = ?"
                                " ORDER BY id");
    s.bind(1, caseId);
    return rows::all(s, eventFrom<Statement>);
}

Result<qint64> SqliteCaseRecords::insertMaterial(const CaseMaterialRow &m)
{
    Statement s = m_db->prepare("INSERT INTO case_materials(case_id, name, kind, due_date, state,"
                                " received_at, received_point) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                " RETURNING id");
    s.bind(1, m.caseId).bind(2, m.name).bind(3, m.kind).bind(4, dateText(m.dueDate));
    s.bind(5, m.state.isEmpty() ? QStringLiteral("pending") : m.state);
    bindOptionalTime(s, 6, m.receivedAt);
    s.bind(7, m.receivedPoint);
    return onlyInteger(s, Error{Error::Io, QStringLiteral("material not stored")});
}

Result<void> SqliteCaseRecords::updateMaterial(const CaseMaterialRow &m)
{
    Statement s = m_db->prepare("UPDATE case_materials SET state = ?, received_at = ?,"
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

Result<QList<CaseMaterialRow>> SqliteCaseRecords::materials(qint64 caseId)
{
    // Once per case the feed describes (every case after a drain): prepared once per connection,
    // its text made once and kept (Database::cached() knows a statement by the text's address).
    static const QByteArray sql =
        QByteArray(materialColumns) + " WHERE m.case_id = ? ORDER BY m.id";
    auto s = m_db->cached(sql.constData());
    s.bind(1, caseId);
    return rows::all(s, materialFrom<Statement>);
}

Result<QList<std::pair<QString, CaseMaterialRow>>>
SqliteCaseRecords::pendingDueBefore(const QDate &day, int limit)
{
    // case_materials_pending_due serves this: pending rows by due date.
    Statement s =
        m_db->prepare((QByteArray(materialColumns) + " WHERE m.state = 'pending' AND m.due_date < ?"
                                                     " ORDER BY m.due_date, m.id LIMIT ?")
                          .constData());
    s.bind(1, dateText(day)).bind(2, qint64(limit));
    return rows::all(s, [](const Statement &row) {
        return std::pair<QString, CaseMaterialRow>(row.text(8), materialFrom(row));
    });
}

namespace {

const char *const auditColumns =
    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log";

} // namespace

Result<std::optional<AuditRow>> SqliteAuditLog::last()
{
    // Once per intake record (every case opened is audited): prepared once per connection.
    auto s = m_db->cached("SELECT seq, at, actor, action, subject, detail, prev_hash, hash"
                          " FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<AuditRow>();
    }
    return std::optional<AuditRow>(auditFrom(s));
}

Result<void> SqliteAuditLog::append(const QList<AuditRow> &rows)
{
    // A statement per row, prepared once per connection: without a round trip, one statement of
    // many rows would save SQLite little.
    auto s = m_db->cached("INSERT INTO audit_log(seq, at, actor, action, subject, detail,"
                          " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT(seq) DO NOTHING");
    for (const AuditRow &a : rows) {
        s.bind(1, a.seq).bind(2, a.at.toSecsSinceEpoch()).bind(3, a.actor).bind(4, a.action);
        s.bind(5, a.subject).bind(6, a.detail).bind(7, a.prevHash).bind(8, a.hash);
        auto r = s.run();
        s.reset();
        if (!r)
            return r;
        if (m_db->changes() != 1)
            return Error{Error::Busy, QStringLiteral("audit entry %1 already written").arg(a.seq)};
    }
    return {};
}

Result<QList<AuditRow>> SqliteAuditLog::entries(qint64 afterSeq, int limit)
{
    Statement s = m_db->prepare(
        (QByteArray(auditColumns) + " WHERE seq > ? ORDER BY seq LIMIT ?").constData());
    s.bind(1, afterSeq).bind(2, qint64(limit));
    return rows::all(s, auditFrom<Statement>);
}

} // namespace jiujin::gateway
