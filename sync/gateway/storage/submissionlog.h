#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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
 * The operator's view of the records central stored: their metadata, never the sealed records.
 * Reads belong to the caller's open transaction (a Snapshot one makes a page and its count agree).
 */
class SubmissionLog
{
public:
    virtual ~SubmissionLog() = default;

    /**
     * The stored records of @p device (empty: every device), at most @p limit (1 or more) of
     * them. Without @p after: the newest, newest first; with it (0 or more): those numbered above
     * it, oldest first. leftOut counts the others that match (older ones, or later ones).
     */
    virtual Result<SubmissionPage> listSubmissions(const QString &device,
                                                   std::optional<qint64> after, int limit) = 0;
};

} // namespace jiujin::gateway
