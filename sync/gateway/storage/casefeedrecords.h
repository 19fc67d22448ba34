#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace jiujin::gateway {

/** A case's place in its point's feed. */
struct CaseFeedEntry
{
    qint64 seq = 0;  ///< the point's sequence at the case's last change (> 0)
    QString receipt; ///< the case's receipt (CaseRecords::caseByReceipt reads the rest)
};

/**
 * The per-service-point sequence of case updates kiosks pull (GET /v1/cases/changes). Reads fail
 * closed: a storage error is an Error, never "nothing new". Writes belong to the caller's open
 * transaction (the change they record).
 */
class CaseFeedRecords
{
public:
    virtual ~CaseFeedRecords() = default;

    /** Takes the next sequence of @p point and gives it to case @p caseId; returns it, or 0
     *  when the engine takes it as the write transaction commits (PostgreSQL, DESIGN §11c). */
    virtual Result<qint64> touch(qint64 caseId, const QString &point) = 0;
    /** The newest sequence of @p point; 0 when none of its cases ever changed. */
    virtual Result<qint64> current(const QString &point) = 0;
    /** The cases of @p point whose sequence is above @p since, by sequence, at most @p limit. */
    virtual Result<QList<CaseFeedEntry>> changedSince(const QString &point, qint64 since,
                                                      int limit) = 0;
};

} // namespace jiujin::gateway
