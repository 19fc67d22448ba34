#pragma once

#include "cataloguestore.h"
#include "guide.h"
#include "result.h"

#include <QDateTime>
#include <QString>

namespace jiujin {

/** Writes an item's one-time notice (一次性告知书) as an A4 PDF a citizen can take home. */
class NoticeWriter
{
public:
    /**
     * @param points where the item is handled, nearest first; @p here is this kiosk's point (may be
     * empty).
     * @param sampleCodes marks the item code as a sample value.
     */
    static Result<void> write(const QString &path, const Guide &guide,
                              const QList<PointRow> &points, const QString &here, bool english,
                              bool sampleCodes, const QDateTime &now);
    /** The HTML the PDF is made from (also what tests read). */
    static QString html(const Guide &guide, const QList<PointRow> &points, const QString &here,
                        bool english, bool sampleCodes, const QDateTime &now);
};

} // namespace jiujin
