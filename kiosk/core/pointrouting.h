#pragma once

#include "cataloguestore.h"

#include <QList>
#include <QString>

#include <optional>

namespace jiujin {

/**
 * Which of the points that handle an item is nearest to a citizen at service point @p here (a
 * point code, 12-digit division code + serial): by township, as the catalogue knows no distances.
 */
namespace pointrouting {

/** How near @p point is to @p here, nearest first: */
enum class Nearness {
    Here = 0,    ///< the point itself
    SameVillage, ///< another point of the same 嘎查村 (same 12-digit division)
    Township,    ///< a centre or office (not a village point) in the township or serving it
    Banner,      ///< a banner-level point
    Elsewhere,   ///< another township's point, or another village's point
};

Nearness nearness(const PointRow &point, const QString &here);
/** @p points ordered nearest first; within a rank, the office of @p department (PointRow::office)
 *  first, else stable. */
QList<PointRow> byNearness(QList<PointRow> points, const QString &here,
                           const QString &department = {});
/** Where to send a citizen at @p here for an item not handled there: the nearest of @p points up
 *  to the banner centre, else another township's centre or office; never another village's point
 *  (nullopt when only those handle it). Within a rank the office of the item's @p department
 *  (派出所, 市场监管所) comes before a service centre. */
std::optional<PointRow> nearestOther(const QList<PointRow> &points, const QString &here,
                                     const QString &department = {});

} // namespace pointrouting
} // namespace jiujin
