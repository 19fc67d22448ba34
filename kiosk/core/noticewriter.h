#pragma once

#include "cataloguestore.h"
#include "guide.h"
#include "result.h"

#include <QDateTime>
#include <QString>

namespace jiujin {

/**
 * Writes an item's one-time notice (一次性告知书) as an A4 PDF a citizen can take home: Mongolian
 * above, then Chinese, whatever the screen language (docs/DESIGN.md §9f).
 */
class NoticeWriter
{
public:
    /**
     * @param guide the item's guide in Chinese (Guide::from with english false).
     * @param nameMn the item's Mongolian name (bundle `name.mn`); empty: the Chinese name.
     * @param points where the item is handled, nearest first; @p here is this kiosk's point (may be
     * empty).
     * @param sampleCodes marks the item code as a sample value.
     */
    static Result<void> write(const QString &path, const Guide &guide, const QString &nameMn,
                              const QList<PointRow> &points, const QString &here, bool sampleCodes,
                              const QDateTime &now);
    /** The Chinese HTML the PDF is made from (also what tests read). */
    static QString html(const Guide &guide, const QList<PointRow> &points, const QString &here,
                        bool sampleCodes, const QDateTime &now);
};

} // namespace jiujin
