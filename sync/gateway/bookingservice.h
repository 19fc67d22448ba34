#pragma once

#include "bookingrecords.h"
#include "centralcalendar.h"
#include "result.h"
#include "slots.h"
#include "workcalendar.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace jiujin {

// Its own namespace: kiosk/core (linked into the gateway too) has a jiujin::BookingService.
namespace gateway {

class CentralStorage;

/** Of each slot, capacity / poolShareDivisor seats (rounded down) are never leased: they stay in
 *  the pool for the other channels and for kiosks' requests, whatever the kiosks ask. */
inline constexpr int poolShareDivisor = 4;

/** The most seats one device's lease on a slot of @p capacity may hold: half the capacity (at
 *  least 1), the kiosks' own policy (BookingStore::leaseTarget), so no single kiosk can take
 *  most of a slot whatever it asks. */
inline constexpr int maxLeaseSeats(int capacity)
{
    return capacity / 2 > 1 ? capacity / 2 : 1;
}

/** A service point's booking plan: seats per slot and the opening periods of a working day. */
struct PointPlan
{
    QString point;
    int capacity = 4;                                            ///< seats per slot
    QString dayPlan = QStringLiteral("08:30-12:00,14:30-17:30"); ///< "HH:MM-HH:MM,..." local time
    int slotMinutes = 30;
    /** Item groups (catalogue department codes) booked here; empty = every department. */
    QStringList groups;
    /** Error::Invalid unless capacity is 0..maxSlotCapacity, the periods parse, do not overlap,
     *  each holds at least one slot of slotMinutes (5..240), and groups pass
     *  protocol::checkGroups(). */
    Result<void> check() const;
    /** Whether @p department may be booked here (always when groups is empty). */
    bool serves(const QString &department) const
    {
        return groups.isEmpty() || groups.contains(department);
    }
};

/** The opening periods [from, to) of a day plan ("HH:MM-HH:MM,..."), in order; nullopt when it
 *  does not parse (PointPlan::check()'s rule for the periods). */
std::optional<QList<std::pair<QTime, QTime>>> dayPlanPeriods(const QString &dayPlan);

/** Central's accounting of one slot (PROTOCOL.md, "Booking"). */
struct SlotStats
{
    QString id;
    QDateTime start, end; ///< UTC
    int capacity = 0;
    int leased = 0; ///< seats held by leases (unsettled: granted; settled: what is still used)
    int used = 0;   ///< of those, held by lease bookings central has seen
    int other = 0;  ///< active bookings outside leases (channel, kiosk requests)
    int free = 0;   ///< capacity - leased - other: the pool
    int stranded =
        0; ///< leased, never used, and held past the slot's start or still unsettled after expiry
};

/** One booking as the CLI lists it: no personal data (that stays sealed in the record). */
struct BookingInfo
{
    QString id;     ///< kiosk bookings: the record uuid; channel: central's id
    QString ticket; ///< the kiosk's ticket number; "" for the channel
    QString slot;
    QString source; ///< "channel", "kiosk-lease" or "kiosk-request"
    QString device; ///< device id, or "channel:<token id>", or movedDevice
    QDateTime createdAt;
    std::optional<QDateTime> cancelledAt;
    QString ref; ///< kiosk: the record uuid; channel: its key; moved: "device/uuid" it replaced
};

/** What POST /v1/channel/bookings answers. */
struct ChannelAnswer
{
    /** Item: the item given is not of a group the slot's point serves (or is unknown there). */
    enum class Kind { Booked, Full, NoSlot, Item };
    Kind kind = Kind::NoSlot;
    QString booking, slot; ///< Booked
    QString ticket;        ///< Booked by moveBook(): the number the clerk reads out
};

/**
 * Central's side of appointment booking (DESIGN 4.6): point plans, slots materialised lazily from
 * the working calendar, leases (escrowed seats per kiosk and slot), kiosk bookings arriving as
 * sealed records, and bookings of other channels. Every change is one transaction (a savepoint
 * inside the caller's) that checks, before it commits, that no slot it touched holds more than its
 * capacity; all state is in central's storage (its BookingRecords), so any number of instances
 * may share it (one caller at a time, as the storage).
 */
class BookingService
{
public:
    /** Over @p storage (borrowed; it must outlive this). */
    explicit BookingService(CentralStorage &storage, const WorkCalendar &calendar = liveCalendar());

    /** Days a slot list or a booking may reach ahead of today (slots are made only that far). */
    static constexpr int horizonDays = 90;

    /** True for the record kinds this service takes ("booking", "booking_cancel"). */
    static bool handles(const QString &kind);
    /** Why a booking record's opened payload is unfit (translated, no PII), "" when sound:
     *  {"item" (= meta's item), "name", "phone", "id_number" optional} by the kiosk's form rules;
     *  a cancel's payload carries nothing to check. @p today resolves date rules. */
    static QString payloadProblem(const QString &kind, const QJsonObject &meta,
                                  const QJsonObject &payload, QDate today);

    Result<void> setPlan(const PointPlan &plan, const QDateTime &now);
    /** The point's plan, or the default one (capacity 4, 08:30-12:00 and 14:30-17:30 by 30 min). */
    Result<PointPlan> plan(const QString &point);

    /** The slot list of GET /v1/slots (1..maxSlotDays days from the local date @p from); not
     *  named slots(): that is a Qt macro. */
    Result<protocol::SlotList> slotList(const QString &point, QDate from, int days,
                                        const QDateTime &now);
    /** POST /v1/leases for @p device of @p point: wants first, then settles, in request order. */
    Result<protocol::LeaseResponse> lease(const QString &device, const QString &point,
                                          const QList<protocol::LeaseWant> &wants,
                                          const QList<protocol::LeaseSettle> &settles,
                                          const QDateTime &now);
    /**
     * The effect of an opened, valid booking record (kind "booking" or "booking_cancel", metadata
     * JSON @p meta) of @p device at @p point: "" when accepted, else the rejection reason
     * ("lease exceeded", "no seats", "slot", "item", "unknown booking", "invariant"). "item": a
     * request for an item outside the point's groups (PointPlan::groups) or, with groups set,
     * unknown in the published catalogue; a lease booking of such an item is accepted (the
     * kiosk confirmed it) and logged. An error means
     * nothing was stored (the caller fails the batch). Call inside the intake's transaction.
     */
    Result<QString> intake(const QString &device, const QString &point, const QString &uuid,
                           const QByteArray &meta, const QDateTime &now);

    /** Creates a channel bearer token; returns it (only its SHA-256 is stored). */
    Result<QString> createChannelToken(const QDateTime &now);
    /** The channel a bearer token stands for ("channel:" + 16 hex), or nullopt when unknown. */
    std::optional<QString> channelOf(const QByteArray &token);
    /** Books one seat of @p slot from the pool for @p channel; the same @p ref gives the first
     *  answer again (a Full or Item answer is not remembered). */
    Result<ChannelAnswer> channelBook(const QString &channel, const QString &slot,
                                      const QString &ref, const QDateTime &now);
    /** The same, for @p item ("" = not given: any group, a seat at the hall): Item when the
     *  slot's point has groups and @p item is given but not of one of them. */
    Result<ChannelAnswer> channelBook(const QString &channel, const QString &slot,
                                      const QString &ref, const QString &item,
                                      const QDateTime &now);
    /** The device column of bookings made by moveBook() (DESIGN §13i, a kiosk booking moved). */
    static constexpr const char *movedDevice = "console";
    /** Books one seat of @p slot from the pool for a kiosk booking moved at the console
     *  (device movedDevice, number @p ticket); @p ref ("device/uuid" of the booking it
     *  replaces) gives the first
     *  answer again; Item as channelBook(). Call inside the caller's transaction: the old
     *  booking's cancel request commits with it or not at all. */
    Result<ChannelAnswer> moveBook(const QString &slot, const QString &ref, const QString &item,
                                   const QString &ticket, const QDateTime &now);
    /** Cancels @p channel's booking @p id (true, also when already cancelled); false: unknown. */
    Result<bool> channelCancel(const QString &channel, const QString &id, const QDateTime &now);

    /** Per slot of @p point in the days from @p from (existing slots only, none made). */
    Result<QList<SlotStats>> stats(const QString &point, QDate from, int days,
                                   const QDateTime &now);
    /** Bookings of slots starting on or after local day @p from, of @p point (all when empty). */
    Result<QList<BookingInfo>> bookings(const QString &point, QDate from);
    /** Error::Corrupt naming the first broken rule of @p slot (DESIGN 4.6): for every lease, the
     *  lease bookings seen and not cancelled <= its seats; leased + other <= capacity. */
    Result<void> checkInvariant(const QString &slot);

private:
    Result<std::optional<SlotRow>> findSlot(const QString &id, const QDateTime &now);
    Result<void> materialise(const QString &point, QDate day, const QDateTime &now);
    /** The slots of @p point starting in the @p days local days from @p from, by start. */
    Result<QList<SlotRow>> slotRows(const QString &point, QDate from, int days);
    // Reads behind the capacity invariant fail closed: a read error is an Error, never "none".
    Result<int> freeSeats(const SlotRow &slot);
    /** The seats a lease may still grow by: the free pool, less the share kept from leases. */
    Result<int> leaseRoom(const SlotRow &slot);
    Result<protocol::LeaseState> stateOf(const QString &slot, const std::optional<LeaseRow> &lease,
                                         const QDateTime &expiresAt);
    Result<QString> bookRecord(const QString &device, const QString &point, const QString &uuid,
                               const QJsonObject &meta, const QDateTime &now);
    /** A booking from the pool for @p device (a channel, or movedDevice): @p item judged as
     *  channelBook()'s, @p ticket kept as the booking's number ("" for a channel). */
    Result<ChannelAnswer> poolBook(const QString &device, const QString &slot, const QString &ref,
                                   const QString &item, const QString &ticket,
                                   const QDateTime &now);
    Result<QString> cancelRecord(const QString &device, const QJsonObject &meta,
                                 const QDateTime &now);
    /** Whether @p point's groups take @p item: true when it has none; else false when the item
     *  is "" or unknown in the published catalogue or of another department. */
    Result<bool> servesItem(const QString &point, const QString &item);

    CentralStorage &m_storage;
    /** m_storage's, for the calling thread (SQLite gives each thread its own connection). */
    BookingRecords &records() const;
    const WorkCalendar &m_calendar;
};

} // namespace gateway
} // namespace jiujin
