#pragma once

#include "ratingrecords.h"
#include "rows.h"

/**
 * RatingRecords' rows as both engines read them (templates over the statement type, see
 * rows.h). Each mapper names the columns it expects, in their order.
 */
namespace jiujin::gateway::ratingrows {

/** r.id, r.device, r.uuid, r.point, r.item, r.department, r.refers_to, r.case_id, the case's
 *  number, r.level, r.efficiency, r.competence, r.attitude, r.reasons, r.rated_at,
 *  r.received_at, then the follow-up (NULL f.id: none): f.id, f.department, f.state,
 *  f.opened_at, f.due_date, f.called_at, f.called_by, f.reached, f.call_note, f.call_attempts,
 *  f.rectified_at, f.rectified_by, f.cause, f.action, f.closed_at, f.closed_by, then the
 *  case's receipt. */
template <class Row> RatingEntry entryFrom(const Row &s)
{
    RatingEntry e;
    RatingRow &r = e.rating;
    r.id = s.integer(0);
    r.device = s.text(1);
    r.uuid = s.text(2);
    r.point = s.text(3);
    r.item = s.text(4);
    r.department = s.text(5);
    r.refersTo = s.text(6);
    if (!s.isNull(7))
        r.caseId = s.integer(7);
    r.caseNumber = s.text(8);
    r.level = int(s.integer(9));
    r.efficiency = int(s.integer(10));
    r.competence = int(s.integer(11));
    r.attitude = int(s.integer(12));
    r.reasons = rows::listOf(s.text(13));
    r.ratedAt = rows::time(s, 14);
    r.receivedAt = rows::time(s, 15);
    r.caseReceipt = s.text(32);
    if (s.isNull(16))
        return e;
    FollowUpRow f;
    f.id = s.integer(16);
    f.ratingId = r.id;
    f.department = s.text(17);
    f.state = s.text(18);
    f.openedAt = rows::time(s, 19);
    f.dueDate = QDate::fromString(s.text(20), QLatin1String("yyyy-MM-dd"));
    f.calledAt = rows::optionalTime(s, 21);
    f.calledBy = s.text(22);
    f.reached = s.integer(23) != 0;
    f.callNote = s.text(24);
    f.callAttempts = int(s.integer(25));
    f.rectifiedAt = rows::optionalTime(s, 26);
    f.rectifiedBy = s.text(27);
    f.cause = s.text(28);
    f.action = s.text(29);
    f.closedAt = rows::optionalTime(s, 30);
    f.closedBy = s.text(31);
    e.followUp = f;
    return e;
}

/** c.id, c.number, c.department. */
template <class Row> RatedCase ratedCaseFrom(const Row &s)
{
    return RatedCase{s.integer(0), s.text(1), s.text(2)};
}

/** point, department, month, then the counts: total, satisfied, bad, closed in time, closed
 *  late, open, overdue. */
template <class Row> RatingCounts countsFrom(const Row &s)
{
    RatingCounts c;
    c.point = s.text(0);
    c.department = s.text(1);
    c.month = s.text(2);
    c.total = s.integer(3);
    c.satisfied = s.integer(4);
    c.bad = s.integer(5);
    c.closedInTime = s.integer(6);
    c.closedLate = s.integer(7);
    c.open = s.integer(8);
    c.overdue = s.integer(9);
    return c;
}

} // namespace jiujin::gateway::ratingrows
