#include "pointrouting.h"

#include <algorithm>

namespace jiujin::pointrouting {

Nearness nearness(const PointRow &point, const QString &here)
{
    if (point.code == here)
        return Nearness::Here;
    // Division codes: digits 1-6 the banner, 7-9 the township, 10-12 the 嘎查村 (000 for the
    // township itself); the banner centre's is 150525000000.
    const QString village = here.left(12), township = here.left(9);
    const bool atVillage = point.level == QLatin1String("village");
    if (atVillage && point.code.left(12) == village && !village.endsWith(QLatin1String("000")))
        return Nearness::SameVillage;
    if (!atVillage && point.level != QLatin1String("banner") &&
        (point.code.startsWith(township) || point.serves.contains(township)))
        return Nearness::Township;
    if (point.level == QLatin1String("banner"))
        return Nearness::Banner;
    return Nearness::Elsewhere;
}

QList<PointRow> byNearness(QList<PointRow> points, const QString &here, const QString &department)
{
    const auto key = [&](const PointRow &p) {
        return std::pair(nearness(p, here), department.isEmpty() || p.office != department);
    };
    std::stable_sort(points.begin(), points.end(),
                     [&key](const PointRow &a, const PointRow &b) { return key(a) < key(b); });
    return points;
}

std::optional<PointRow> nearestOther(const QList<PointRow> &points, const QString &here,
                                     const QString &department)
{
    // Another village's point serves that village only; another township's centre or office is
    // named only when nothing nearer handles the item.
    std::optional<PointRow> fallback;
    for (const PointRow &p : byNearness(points, here, department)) {
        const Nearness n = nearness(p, here);
        if (n == Nearness::Here ||
            (n == Nearness::Elsewhere && p.level == QLatin1String("village")))
            continue;
        if (n != Nearness::Elsewhere)
            return p;
        if (!fallback)
            fallback = p;
    }
    return fallback;
}

} // namespace jiujin::pointrouting
