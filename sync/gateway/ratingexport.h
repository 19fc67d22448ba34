#pragma once

#include "ratingrecords.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace jiujin::gateway {

/**
 * Ratings for the region's 好差评 system (sync/protocol/RATINGS.md): one record per rating with
 * exactly fields(), as a JSON array or as CSV (RFC 4180, UTF-8 with a BOM for Excel and WPS).
 */
class RatingExport
{
public:
    /** The field names, in column order (RATINGS.md's table). */
    static QStringList fields();
    /** The channel every kiosk rating comes through. */
    static QString channel();
    static QByteArray json(const QList<RatingEntry> &entries);
    static QByteArray csv(const QList<RatingEntry> &entries);
};

} // namespace jiujin::gateway
