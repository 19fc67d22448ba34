#pragma once

// An in-process jiujin gateway for the booking simulation, behind a narrow interface: its
// implementation is compiled apart because the gateway's and the kiosk's bookingservice.h share a
// file name, so no test file can include both.

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sim {

/** Central's accounting of one slot (gateway::SlotStats). */
struct SlotCount
{
    QString id;
    QDateTime start;
    int capacity = 0, leased = 0, used = 0, other = 0, free = 0, stranded = 0;
    int leasable = 0; ///< the most leases may hold together (the rest stays in the pool)
};

/** One booking as central holds it (gateway::BookingInfo). */
struct CentralBooking
{
    QString id, ticket, slot, source, device;
    bool cancelled = false;
};

/** The first Monday at least @p minDays after @p today from which two weeks' weekdays are all
 *  open at central (its working calendar: public holidays closed), so that a test's week never
 *  depends on the day it runs. */
QDate openMondayAfter(QDate today, int minDays);

/** One stored record (uuid, device, accepted or rejected, reason). */
struct StoredRecord
{
    QString uuid, device, kind, status, reason;
};

/** jiujin-gateway's objects on a temporary data directory, serving TLS on 127.0.0.1 with the
 *  simulation's clock (client certificates judged at it too). */
class SimGateway
{
public:
    SimGateway(const QString &dir, std::function<QDateTime()> clock);
    ~SimGateway();

    int port() const;
    QString url() const;
    QString pin() const; ///< sha256//... of the server key

    QString enrollToken(const QString &point);
    QString channelToken();
    /** POST /v1/channel/bookings over HTTPS: the booking id, or nullopt when full (409). */
    std::optional<QString> channelBook(const QString &token, const QString &slot,
                                       const QString &ref);
    /** DELETE /v1/channel/bookings/{id}: true on 204. */
    bool channelCancel(const QString &token, const QString &id);

    /** Call only while no request is in flight (the simulation is sequential). */
    QList<SlotCount> stats(const QString &point, QDate from, int days);
    /** "" when central's invariant holds for @p slot, else what is broken. */
    QString checkInvariant(const QString &slot);
    QList<CentralBooking> bookings(const QString &point);
    QList<StoredRecord> records();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sim
