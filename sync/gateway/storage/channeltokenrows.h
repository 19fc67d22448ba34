#pragma once

#include "channeltokenrecords.h"
#include "rows.h"

/**
 * ChannelTokenRecords' rows as both engines read them (templates over the statement type, see
 * rows.h). A token's points are stored as comma-separated point codes, "*" for every point.
 */
namespace jiujin::gateway::channeltokenrows {

/** @p points as stored: "*" for none (every point). */
inline QString pointsText(const QStringList &points)
{
    return points.isEmpty() ? QStringLiteral("*") : points.join(u',');
}

/** hash, points, created_at, expires_at, revoked_at, rate_per_minute, note, legacy. */
template <class Row> ChannelTokenRecord tokenFrom(const Row &s)
{
    ChannelTokenRecord t;
    t.hash = s.text(0);
    const QString points = s.text(1);
    if (points != QLatin1String("*"))
        t.points = points.split(u',', Qt::SkipEmptyParts);
    t.createdAt = rows::zonedTime(s, 2);
    t.expiresAt = rows::optionalZonedTime(s, 3);
    t.revokedAt = rows::optionalZonedTime(s, 4);
    t.ratePerMinute = int(s.integer(5));
    t.note = s.text(6);
    t.legacy = s.integer(7) != 0;
    return t;
}

} // namespace jiujin::gateway::channeltokenrows
