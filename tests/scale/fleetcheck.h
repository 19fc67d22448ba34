#pragma once

#include "simdevice.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <vector>

namespace jiujin::gateway {
class CentralStorage;
}

namespace jiujin::scale {

/** What the fleet's end state says; problems name devices and uuids, never record contents. */
struct FleetVerdict
{
    QStringList problems;
    qint64 stored = 0;   ///< records central holds for the fleet's devices
    qint64 accepted = 0; ///< of them, accepted (with a receipt)
    qint64 rejected = 0;
};

/**
 * The outage test's judge, reading central's storage directly (never through the gateway it
 * judges):
 * - exactlyOnce: per device, the set of (uuid, status, receipt) central stores equals the set
 *   the device holds acknowledgements for, the device's outbox is empty, and no receipt number
 *   was given twice in the whole fleet (instances share one numbering).
 * - capacity: for every slot of @p point starting in [from, to), the seats held (unsettled
 *   leases' seats + bookings outside leases) are at most the capacity, and no lease has more
 *   bookings than seats: the invariant recomputed here from the rows, not asked of the service.
 */
class FleetCheck
{
public:
    static FleetVerdict exactlyOnce(gateway::CentralStorage &storage,
                                    const std::vector<std::unique_ptr<SimDevice>> &devices);
    static QStringList capacity(gateway::CentralStorage &storage, const QString &point,
                                const QDateTime &from, const QDateTime &to);
};

} // namespace jiujin::scale
