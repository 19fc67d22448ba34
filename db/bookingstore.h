#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin {

class Database;

/** One slot of this kiosk's service point as central last published it. */
struct CachedSlot
{
    QString id; ///< "P/YYYY-MM-DDTHH:MM"
    QString point;
    QDateTime start, end; ///< UTC
    int capacity = 0;
    int free = 0;        ///< seats in central's pool when fetched
    QDateTime fetchedAt; ///< central's generated_at
};

/** This kiosk's lease on one slot. Seats used are counted from the bookings, never stored. */
struct Lease
{
    QString slot;
    int seats = 0;
    QDateTime expiresAt;         ///< central time, UTC
    QDateTime serverTimeAtGrant; ///< central's clock at the last grant
    QDateTime settledAt;         ///< kiosk time it stopped confirming on it; invalid = in use
    int settledUsed = -1;        ///< the used count reported in the settle; -1 before settling
    bool settleAcked = false;    ///< central answered the settle
    bool settled() const { return settledAt.isValid(); }
};

/** A slot with this kiosk's lease on it and the seats bookings here already use. */
struct SlotSeats
{
    CachedSlot slot;
    std::optional<Lease> lease;
    int used = 0; ///< lease bookings on it that hold a seat (confirmed, checked in, no-show)
};

/** A booking made at this kiosk: metadata only (the citizen's details are in the sealed record). */
struct Booking
{
    QString uuid; ///< = its outbox record's uuid
    QString ticket, slot, itemCode;
    QDateTime slotStart, slotEnd; ///< UTC
    bool lease = false;           ///< confirmed on this kiosk's lease; false for a request
    QString state;                ///< confirmed|requested|declined|cancelled|checked_in|no_show
    QDateTime createdAt, stateAt;
    QString cancelUuid; ///< the booking_cancel record, once cancelled
    QString replacedBy; ///< ticket of the booking a reschedule made
    /** Central's reason code when an operator cancelled it at central (PROTOCOL.md "Bookings
     *  cancelled at central"); empty when cancelled here. */
    QString cancelReason;
    /** When central moved it (DESIGN §13i): the new booking's slot id; its number is
     *  replacedBy. Empty otherwise. */
    QString movedSlot;
};

/** A lease's entry for POST /v1/leases: seats wanted (want) or the final used count (settle). */
struct LeaseEntry
{
    QString slot;
    int seats = 0;
    friend bool operator==(const LeaseEntry &, const LeaseEntry &) = default;
};

/** What jiujin-syncd should ask central for its leases next. */
struct LeasePlan
{
    QList<LeaseEntry> want;   ///< seats in total per slot (only growth is asked for)
    QList<LeaseEntry> settle; ///< used counts of leases this kiosk no longer confirms on
    /** Per slot in @c settle: every lease booking ever confirmed on it, cancelled ones included
     *  ("confirmed" of the settle: lets central free seats of bookings cancelled after it). */
    QHash<QString, int> confirmed;
};

/** Owns booking data: the slot cache, this kiosk's leases and the bookings made here. */
class BookingStore
{
public:
    /** Bookings whose state holds a seat of their slot. */
    static constexpr const char *seatHoldingStates = "('confirmed', 'checked_in', 'no_show')";
    /** Leases are settled this long before their expiry (central time), seconds. */
    static constexpr qint64 settleLeadSeconds = 30 * 60;
    /** Spare seats (beyond leaseKeep()) go back to central this long before their slot starts
     *  (central time), seconds: a kiosk that goes offline after that strands none of them. */
    static constexpr qint64 releaseLeadSeconds = 24 * 60 * 60;

    explicit BookingStore(Database &db) : m_db(db) {}

    /** Replaces the whole slot cache with @p list in one transaction. */
    Result<void> replaceSlots(const QList<CachedSlot> &list);
    /** The same, and stores @p groups (the slot list's item groups, department codes; empty =
     *  every department) in the same transaction, as the kiosk setting slotGroupsSetting. */
    Result<void> replaceSlots(const QList<CachedSlot> &list, const QStringList &groups);
    /** The item groups of the last slot list stored with them; empty = every department. */
    QStringList slotGroups();
    /** kiosk_settings key of slotGroups(): the codes joined by ','. */
    static constexpr const char *slotGroupsSetting = "booking.groups";
    /** Cached slots starting in [@p from, @p to), each with its lease and seats used here. */
    QList<SlotSeats> slotsBetween(const QDateTime &from, const QDateTime &to);
    std::optional<SlotSeats> slot(const QString &id);

    std::optional<Lease> lease(const QString &slot);
    /** Lease bookings on @p slot that hold a seat. */
    int usedSeats(const QString &slot);
    /** Records central's answer for one lease (seats, expiry, settled) at @p serverTime. */
    Result<void> applyLease(const QString &slot, int seats, const QDateTime &expiresAt,
                            bool settled, const QDateTime &serverTime);
    /**
     * Settles (locally, at once: nothing more is confirmed on them) the unsettled leases expiring
     * within settleLeadSeconds of @p centralNow, lowers (locally, at once) the leases of slots
     * starting within releaseLeadSeconds to leaseKeep(), and plans the next POST /v1/leases:
     * every settle not yet answered, those returns, and a top-up to leaseTarget() for each
     * cached slot further ahead. In one transaction.
     */
    Result<LeasePlan> planLeases(const QDateTime &centralNow, const QDateTime &kioskNow);
    /**
     * The seats to hold on a slot: the most seats taken here in the same weekday and time over
     * the last 4 weeks (or used now, if more) plus one, at least 1, at most half the capacity
     * (at least 1), and never below @p usedNow.
     */
    static int leaseTarget(int recentMax, int usedNow, int capacity);
    /** The seats to keep on a slot within releaseLeadSeconds of its start: the recent demand
     *  without a spare (at most half the capacity), never below @p usedNow; may be 0. */
    static int leaseKeep(int recentMax, int usedNow, int capacity);
    /** The most bookings (not cancelled) made here in one of the 4 weeks before @p slotStart,
     *  for slots starting at the same weekday and time. */
    int recentDemand(const QDateTime &slotStart);

    /** Inserts a booking; call inside the transaction that queues its record. */
    Result<void> insert(const Booking &booking);
    /** Moves a booking to @p state with its audit entry; call inside a transaction. */
    Result<void> setState(const QString &uuid, const QString &state, const QDateTime &at,
                          const QString &actor, const QString &cancelUuid = {},
                          const QString &replacedBy = {});
    /** Notes central's reason code of a booking it cancelled and, when central moved it, the
     *  new booking's slot id (@p movedSlot; its number is the booking's replacedBy); call
     *  inside a transaction. */
    Result<void> setCancelReason(const QString &uuid, const QString &reason,
                                 const QString &movedSlot = {});
    std::optional<Booking> byTicket(const QString &ticket);
    std::optional<Booking> byUuid(const QString &uuid);
    /** Bookings whose slot starts in [@p from, @p to), by start time then ticket. */
    QList<Booking> between(const QDateTime &from, const QDateTime &to);
    /** Confirmed bookings whose slot ended before @p endedBefore. */
    QList<Booking> confirmedEndedBefore(const QDateTime &endedBefore);

    /**
     * The hook OutboxStore calls when sync writes a record's outcome (inside its transaction):
     * a request (booking without lease) becomes confirmed when accepted and declined when
     * rejected; anything else is left alone.
     */
    Result<void> recordOutcome(const QString &uuid, const QString &recordState, const QDateTime &at,
                               const QString &actor);

private:
    Database &m_db;
};

} // namespace jiujin
