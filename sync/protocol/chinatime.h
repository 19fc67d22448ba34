#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

/** Service points keep China Standard Time: UTC+8, no daylight saving since 1991, so a fixed offset
 *  is right and needs no tzdata. Every "local day" and "local time" of both ends comes from here.
 */
namespace jiujin {

/** China Standard Time, seconds east of UTC. */
inline constexpr int chinaUtcOffsetSeconds = 8 * 3600;

/** @p t as the clock on a service point's wall shows it. */
inline QDateTime inChina(const QDateTime &t)
{
    return t.toOffsetFromUtc(chinaUtcOffsetSeconds);
}

/** The service point's calendar day at the instant @p t. */
inline QDate chinaDate(const QDateTime &t)
{
    return inChina(t).date();
}

/** The UTC instant of local time @p time on local day @p date. */
inline QDateTime chinaTime(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, chinaUtcOffsetSeconds).toUTC();
}

/** The UTC instant at which local day @p date begins. */
inline QDateTime chinaMidnight(QDate date)
{
    return chinaTime(date, QTime(0, 0));
}

} // namespace jiujin
