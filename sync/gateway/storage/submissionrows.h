#pragma once

#include "rows.h"
#include "submissionlog.h"

/**
 * SubmissionLog's page rules and rows as both engines use them (templates over the statement
 * type, see rows.h).
 */
namespace jiujin::gateway::submissionrows {

/** Whether a page of @p limit rows after row @p after may be asked for (else Invalid). */
inline Result<void> checkPage(std::optional<qint64> after, int limit)
{
    if (limit < 1)
        return Error{Error::Invalid, QStringLiteral("limit: at least 1")};
    if (after && *after < 0)
        return Error{Error::Invalid, QStringLiteral("after: a row number (0 or more)")};
    return {};
}

/** id, uuid, device, item, status, receipt, reason, received_at. */
template <class Row> SubmissionSummary summaryFrom(const Row &s)
{
    SubmissionSummary r;
    r.number = s.integer(0);
    r.uuid = s.text(1);
    r.device = s.text(2);
    r.item = s.text(3);
    r.status = s.text(4);
    r.receipt = s.isNull(5) ? QString() : s.text(5);
    r.reason = s.text(6);
    r.receivedAt = rows::zonedTime(s, 7);
    return r;
}

} // namespace jiujin::gateway::submissionrows
