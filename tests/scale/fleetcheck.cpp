#include "fleetcheck.h"

#include "bookingrecords.h"
#include "centralstorage.h"
#include "intakerecords.h"

#include <QHash>
#include <QSet>

namespace jiujin::scale {

FleetVerdict FleetCheck::exactlyOnce(gateway::CentralStorage &storage,
                                     const std::vector<std::unique_ptr<SimDevice>> &devices)
{
    FleetVerdict v;
    QHash<QString, QString> receiptOwner; // receipt -> device/uuid
    for (const auto &device : devices) {
        const QString id = device->deviceId();
        if (id.isEmpty()) {
            v.problems.append(QStringLiteral("a device never enrolled"));
            continue;
        }
        if (device->backlog() != 0)
            v.problems.append(
                QStringLiteral("%1: %2 records still queued").arg(id).arg(device->backlog()));
        for (const QString &e : device->protocolErrors())
            v.problems.append(id + QStringLiteral(": ") + e);
        auto rows = storage.intake().submissions(id, 1000000);
        if (!rows) { // fail closed: a read error is a failed check, never "nothing stored"
            v.problems.append(id + QStringLiteral(": cannot read: ") + rows.error().message);
            continue;
        }
        const QMap<QString, Acknowledgement> &acks = device->acknowledged();
        QSet<QString> seen;
        for (const SubmissionRow &row : rows.value()) {
            ++v.stored;
            if (seen.contains(row.uuid))
                v.problems.append(QStringLiteral("%1/%2 stored twice").arg(id, row.uuid));
            seen.insert(row.uuid);
            if (row.status == QLatin1String("accepted")) {
                ++v.accepted;
                const QString where = id + QLatin1Char('/') + row.uuid;
                const auto owner = receiptOwner.constFind(row.receipt);
                if (owner != receiptOwner.cend())
                    v.problems.append(QStringLiteral("receipt %1 given to %2 and %3")
                                          .arg(row.receipt, owner.value(), where));
                receiptOwner.insert(row.receipt, where);
            } else {
                ++v.rejected;
            }
            const auto ack = acks.constFind(row.uuid);
            if (ack == acks.cend()) {
                v.problems.append(
                    QStringLiteral("%1/%2 stored but never acknowledged").arg(id, row.uuid));
                continue;
            }
            if (ack->status != row.status || ack->receipt != row.receipt)
                v.problems.append(
                    QStringLiteral("%1/%2 acknowledged %3 %4, stored %5 %6")
                        .arg(id, row.uuid, ack->status, ack->receipt, row.status, row.receipt));
        }
        for (auto it = acks.cbegin(); it != acks.cend(); ++it)
            if (!seen.contains(it.key()))
                v.problems.append(
                    QStringLiteral("%1/%2 acknowledged but not stored (lost)").arg(id, it.key()));
        if (acks.size() != device->recordsMade())
            v.problems.append(QStringLiteral("%1: %2 records made, %3 acknowledged")
                                  .arg(id)
                                  .arg(device->recordsMade())
                                  .arg(acks.size()));
    }
    return v;
}

QStringList FleetCheck::capacity(gateway::CentralStorage &storage, const QString &point,
                                 const QDateTime &from, const QDateTime &to)
{
    QStringList problems;
    auto rows = storage.bookings().slotsStarting(point, from, to);
    if (!rows)
        return {QStringLiteral("cannot read slots: ") + rows.error().message};
    for (const gateway::SlotRow &slot : rows.value()) {
        auto other = storage.bookings().otherBookings(slot.id);
        auto leases = storage.bookings().leaseAccounts(slot.id);
        if (!other || !leases) {
            problems.append(QStringLiteral("%1: cannot read").arg(slot.id));
            continue;
        }
        int held = other.value();
        for (const gateway::LeaseAccount &a : leases.value()) {
            const int active = a.seen.active();
            if (active > a.lease.seats)
                problems.append(QStringLiteral("%1: lease of %2 holds %3 seats but %4 bookings")
                                    .arg(slot.id, a.lease.device)
                                    .arg(a.lease.seats)
                                    .arg(active));
            // Settled leases hold at least what was used (the simulator never settles).
            held += a.lease.settledAt ? std::max(active, a.lease.used.value_or(0)) : a.lease.seats;
        }
        if (held > slot.capacity)
            problems.append(QStringLiteral("%1: %2 seats held of %3")
                                .arg(slot.id)
                                .arg(held)
                                .arg(slot.capacity));
    }
    return problems;
}

} // namespace jiujin::scale
