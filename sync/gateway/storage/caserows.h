#pragma once

#include "caserecords.h"
#include "rows.h"

/**
 * CaseRecords' and AuditLog's rows as both engines read and bind them (templates over the
 * statement type, see rows.h). Dates are stored as "yyyy-MM-dd" text (NULL: none), lists as a
 * JSON array of strings. Each mapper names the columns it expects, in their order.
 */
namespace jiujin::gateway::caserows {

inline const char *const isoDate = "yyyy-MM-dd";

/** @p d as stored; "" for an invalid (absent) date. */
inline QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QLatin1String(isoDate)) : QString();
}

template <class Row> QDate dateOf(const Row &s, int column)
{
    return s.isNull(column) ? QDate() : QDate::fromString(s.text(column), QLatin1String(isoDate));
}

/** Binds @p d at @p index, NULL for an invalid (absent) date. */
template <class Row> Row &bindDate(Row &s, int index, const QDate &d)
{
    return d.isValid() ? s.bind(index, dateText(d)) : s.bindNull(index);
}

/** id, number, device, uuid, receipt, item, point, department, stage, created_at, updated_at,
 *  accepted_at, closed_at, promised_days, due_date, paused_since, paused_days, correction_due,
 *  correction_materials, result. */
template <class Row> CaseRow caseFrom(const Row &s)
{
    CaseRow c;
    c.id = s.integer(0);
    c.number = s.text(1);
    c.device = s.text(2);
    c.uuid = s.text(3);
    c.receipt = s.text(4);
    c.item = s.text(5);
    c.point = s.text(6);
    c.department = s.text(7);
    c.stage = s.text(8);
    c.createdAt = rows::time(s, 9);
    c.updatedAt = rows::time(s, 10);
    c.acceptedAt = rows::optionalTime(s, 11);
    c.closedAt = rows::optionalTime(s, 12);
    if (!s.isNull(13))
        c.promisedDays = int(s.integer(13));
    c.dueDate = dateOf(s, 14);
    c.pausedSince = dateOf(s, 15);
    c.pausedDays = int(s.integer(16));
    c.correctionDue = dateOf(s, 17);
    c.correctionMaterials = rows::listOf(s.text(18));
    c.result = s.text(19);
    return c;
}

/** Binds the mutable columns of @p c from @p first on, in this order: department, stage,
 *  updated_at, accepted_at, closed_at, promised_days, due_date, paused_since, paused_days,
 *  correction_due, correction_materials, result. */
template <class Row> void bindMutable(Row &s, int first, const CaseRow &c)
{
    s.bind(first, c.department).bind(first + 1, c.stage);
    s.bind(first + 2, c.updatedAt.toSecsSinceEpoch());
    rows::bindOptionalTime(s, first + 3, c.acceptedAt);
    rows::bindOptionalTime(s, first + 4, c.closedAt);
    if (c.promisedDays)
        s.bind(first + 5, qint64(*c.promisedDays));
    else
        s.bindNull(first + 5);
    bindDate(s, first + 6, c.dueDate);
    bindDate(s, first + 7, c.pausedSince);
    s.bind(first + 8, qint64(c.pausedDays));
    bindDate(s, first + 9, c.correctionDue);
    s.bind(first + 10, rows::listJson(c.correctionMaterials)).bind(first + 11, c.result);
}

/** id, case_id, from_stage, to_stage, operator, at, reason, materials, due_date. */
template <class Row> CaseEventRow eventFrom(const Row &s)
{
    CaseEventRow e;
    e.id = s.integer(0);
    e.caseId = s.integer(1);
    e.fromStage = s.text(2);
    e.toStage = s.text(3);
    e.operatorId = s.text(4);
    e.at = rows::time(s, 5);
    e.reason = s.text(6);
    e.materials = rows::listOf(s.text(7));
    e.dueDate = dateOf(s, 8);
    return e;
}

/** id, case_id, name, kind, due_date, state, received_at, received_point. */
template <class Row> CaseMaterialRow materialFrom(const Row &s)
{
    CaseMaterialRow m;
    m.id = s.integer(0);
    m.caseId = s.integer(1);
    m.name = s.text(2);
    m.kind = s.text(3);
    m.dueDate = dateOf(s, 4);
    m.state = s.text(5);
    m.receivedAt = rows::optionalTime(s, 6);
    m.receivedPoint = s.text(7);
    return m;
}

/** seq, at, actor, action, subject, detail, prev_hash, hash. */
template <class Row> AuditRow auditFrom(const Row &s)
{
    AuditRow a;
    a.seq = s.integer(0);
    a.at = rows::time(s, 1);
    a.actor = s.text(2);
    a.action = s.text(3);
    a.subject = s.text(4);
    a.detail = s.text(5);
    a.prevHash = s.text(6);
    a.hash = s.text(7);
    return a;
}

} // namespace jiujin::gateway::caserows
