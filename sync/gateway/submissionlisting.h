#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** One stored record as `jiujin-gateway submissions` lists it: readable metadata only. */
struct SubmissionSummary
{
    qint64 number = 0; ///< the row's number in central's store (increasing; for --after)
    QString uuid, device, item, status, receipt, reason;
    QDateTime receivedAt;
};

/** A page of the stored records and how many it leaves out. */
struct SubmissionPage
{
    QList<SubmissionSummary> rows;
    qint64 leftOut = 0; ///< rows that match but are not on this page
};

/**
 * The stored records of @p device (empty: every device), at most @p limit of them. Without
 * @p after: the newest, newest first; with it: those numbered above it, oldest first (the next
 * page starts after the last number shown). Never reads the sealed records themselves.
 */
Result<SubmissionPage> listSubmissions(Database &db, const QString &device,
                                       std::optional<qint64> after, int limit);

} // namespace jiujin::gateway
