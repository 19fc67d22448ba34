#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace jiujin::gateway {

/** How many lookups fell in a window, and when the oldest of them was (to say when to retry). */
struct LookupWindow
{
    int count = 0;
    QDateTime oldest; ///< invalid when count is 0
};

/**
 * What central keeps about POST /v1/cases/lookup (PROTOCOL.md "Case lookup"): the kiosk receipts
 * of stored applications, and one row per lookup answered (device, the receipt asked, when,
 * its outcome; never the digits) from which the rate limits are counted, so that they
 * hold across restarts. Reads fail closed; writes belong to the caller's open transaction.
 */
class CaseLookupRecords
{
public:
    virtual ~CaseLookupRecords() = default;

    /** (device, uuid) of the stored applications that carry kiosk receipt @p receipt (one, in
     *  practice: kiosk tags are unique in a banner), at most @p limit. */
    virtual Result<QList<std::pair<QString, QString>>> applications(const QString &receipt,
                                                                    int limit) = 0;
    /** The sequence of case @p caseId in its point's feed; 0 when it has none. */
    virtual Result<qint64> feedSequence(qint64 caseId) = 0;

    /** Records a lookup by @p device of @p receipt at @p at with its @p outcome: "found",
     *  "not_found" (no application, or the digits did not match) or "locked". */
    virtual Result<void> record(const QString &device, const QString &receipt, const QDateTime &at,
                                const QString &outcome) = 0;
    /** Lookups by @p device at or after @p since. */
    virtual Result<LookupWindow> byDevice(const QString &device, const QDateTime &since) = 0;
    /** Lookups by @p device at or after @p since answered "not_found". */
    virtual Result<LookupWindow> failuresByDevice(const QString &device,
                                                  const QDateTime &since) = 0;
    /** Lookups of @p receipt (by any device) at or after @p since answered "not_found". */
    virtual Result<LookupWindow> failuresOfReceipt(const QString &receipt,
                                                   const QDateTime &since) = 0;
    /** Forgets lookups before @p before (older than every window); how many. */
    virtual Result<int> forgetBefore(const QDateTime &before) = 0;
};

} // namespace jiujin::gateway
