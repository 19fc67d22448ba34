#pragma once

#include "chinatime.h"
#include "protocollimits.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/*
 * Appointment booking (PROTOCOL.md, "Booking"): GET /v1/slots (a signed slot list), POST
 * /v1/leases (escrowed seats per slot) and POST /v1/channel/bookings (other channels). Central
 * signs the slots text as sent (no canonicalisation); the 200 body carries the text as a JSON
 * string beside the signature. Decoders take bytes from the network: bounded, strict, and an
 * Error{Error::Invalid, "field: what is wrong"} (the field, never its value) instead of a crash.
 * Unknown keys are ignored. Times on the wire are ISO 8601 UTC ("2026-03-02T00:30:00Z"); slot ids
 * carry the local start time in China Standard Time (UTC+8, no DST).
 */
namespace jiujin::protocol {

class Key;

/** The prefix of the bytes central signs: the slots text follows it. */
inline constexpr char slotsSigningContext[] = "jiujin-slots-v1\n";
/** Most days one GET /v1/slots may ask for. */
inline constexpr int maxSlotDays = 14;
/** Most slots in one slots text (15-minute slots round the clock for maxSlotDays). */
inline constexpr qsizetype maxSlotsListed = maxSlotDays * 96;
/** Most seats of one slot (and so of one lease or one settle count). */
inline constexpr int maxSlotCapacity = 1000;
/** Most entries in each list of a lease request (and so 2x in its answer). */
inline constexpr qsizetype maxLeaseEntries = 512;
/** A lease's cutoff: it expires this long before its slot starts. */
inline constexpr qint64 leaseCutoffSeconds = 2 * 3600;
/** Margin the kiosk keeps before expires_at (judged on central time) when confirming offline. */
inline constexpr qint64 leaseSafetyMarginSeconds = 120;
using jiujin::chinaUtcOffsetSeconds; // chinatime.h
/** Longest point code in a slot id (codes are "NNNNNNNNNNNN-NN"). */
inline constexpr qsizetype maxPointCode = 64;
/** Longest item group code (a catalogue department code such as "shebao"). */
inline constexpr qsizetype maxGroupCode = 32;
/** Most item groups one service point lists. */
inline constexpr qsizetype maxGroups = 32;
/** Longest item code a channel booking may name. */
inline constexpr qsizetype maxItemCode = 64;

/** Error::Invalid ("groups: ...") unless @p groups holds at most maxGroups distinct codes, each
 *  1..maxGroupCode characters of [a-z0-9_-]. Empty is valid: every group. */
Result<void> checkGroups(const QStringList &groups);

/** "P/YYYY-MM-DDTHH:MM": point @p point, local (UTC+8) start of @p startUtc; empty when invalid. */
QString slotId(const QString &point, const QDateTime &startUtc);
/** The parts of a slot id; Error::Invalid unless it is exactly "P/YYYY-MM-DDTHH:MM" with a
 *  point of printable ASCII without '/' or spaces. */
struct SlotIdParts
{
    QString point;
    QDateTime startUtc; ///< UTC
};
Result<SlotIdParts> parseSlotId(const QString &id);
/** The lease cutoff of a slot starting at @p startUtc: startUtc - leaseCutoffSeconds. */
QDateTime leaseExpiry(const QDateTime &startUtc);
/** ISO 8601 UTC with seconds, "YYYY-MM-DDTHH:MM:SSZ" (milliseconds dropped). */
QString isoUtc(const QDateTime &t);
// Slot days are local days (chinatime.h).
using jiujin::chinaDate;
using jiujin::chinaMidnight;
using jiujin::chinaTime;

/** One bookable period of a service point. */
struct SlotInfo
{
    QString id;       ///< slotId(point, start)
    QDateTime start;  ///< UTC
    QDateTime end;    ///< UTC, after start
    int capacity = 0; ///< seats, 0..maxSlotCapacity
    int free = 0;     ///< seats still in central's pool: capacity - leased - other bookings
    friend bool operator==(const SlotInfo &, const SlotInfo &) = default;
};

/** The slots text: the working slots of @c days days from @c from (closed days have none). */
struct SlotList
{
    QString point;
    QDate from;              ///< local (UTC+8) date, "YYYY-MM-DD" on the wire
    int days = 0;            ///< 1..maxSlotDays
    QDateTime generatedAt;   ///< UTC
    QList<SlotInfo> entries; ///< "slots" on the wire; distinct ids, all of @c point
    /** Item groups (catalogue department codes) the point takes bookings for; empty = all (and
     *  then left out on the wire). Valid by checkGroups(). */
    QStringList groups;
    friend bool operator==(const SlotList &, const SlotList &) = default;
};

/** The 200 body of GET /v1/slots: the slots text exactly as signed, and the raw signature. */
struct SignedSlots
{
    QByteArray text;      ///< compact JSON text of a SlotList (UTF-8): "slots" on the wire
    QByteArray signature; ///< raw (base64 on the wire); Ed25519 or SM2 by central's receipt key
    friend bool operator==(const SignedSlots &, const SignedSlots &) = default;
};

/** The slots text (compact JSON) as central signs and sends it. */
QByteArray encode(const SlotList &list);
/** Refuses a text over maxSlotsText, more than maxSlotsListed slots, days outside 1..maxSlotDays,
 *  ids that are not slotId(point, start), end <= start, free outside 0..capacity, repeated ids,
 *  and a "groups" that is not an array of codes valid by checkGroups(). */
Result<SlotList> decodeSlotList(QByteArrayView text);

QByteArray encode(const SignedSlots &body);
/** The 200 body: checks its shape and sizes only (verify the signature with openSlots). */
Result<SignedSlots> decodeSignedSlots(QByteArrayView body);

/** slotsSigningContext followed by @p slotsText. */
QByteArray slotsSigningInput(QByteArrayView slotsText);
/** Encodes @p list and signs the text with central's receipt key (private). */
Result<SignedSlots> signSlots(const Key &receiptKey, const SlotList &list);
/** Decodes a 200 body, verifies it with central's receipt key and only then decodes the text.
 *  Error::Corrupt when the signature does not verify; Error::Invalid when malformed. */
Result<SlotList> openSlots(const Key &receiptKey, QByteArrayView body);

/** "want" entry: the kiosk's lease on @c slot should hold @c seats in total. */
struct LeaseWant
{
    QString slot;
    int seats = 0; ///< 0..maxSlotCapacity
    friend bool operator==(const LeaseWant &, const LeaseWant &) = default;
};

/** "settle" entry: the kiosk's final used count on its lease of @c slot. */
struct LeaseSettle
{
    QString slot;
    int used = 0; ///< 0..maxSlotCapacity: lease bookings holding a seat now (cancelled ones not)
    /** Optional ("confirmed" on the wire, -1 = absent): every booking ever confirmed on the lease,
     *  cancelled ones included. With it central can give back the seat of a booking cancelled
     *  after the settle when its cancel record arrives; without it such seats stay held. */
    int confirmed = -1;
    friend bool operator==(const LeaseSettle &, const LeaseSettle &) = default;
};

/** Request body of POST /v1/leases; a slot appears at most once in each list (both may be empty).
 */
struct LeaseRequest
{
    QList<LeaseWant> want;
    QList<LeaseSettle> settle;
    friend bool operator==(const LeaseRequest &, const LeaseRequest &) = default;
};

QByteArray encode(const LeaseRequest &request);
Result<LeaseRequest> decodeLeaseRequest(QByteArrayView json);

/** Central's state of the device's lease on one slot after the request. */
struct LeaseState
{
    QString slot;
    int seats = 0;       ///< seats held (after settling: the used count)
    QDateTime expiresAt; ///< UTC: slot start - leaseCutoffSeconds
    bool settled = false;
    /** "" normally; "settled": a settle with another count after settling (nothing changed);
     *  "slot": not a bookable slot of the device's point (seats 0). */
    QString error;
    friend bool operator==(const LeaseState &, const LeaseState &) = default;
};

/** Response body of POST /v1/leases: one entry per slot mentioned, in request order (want first,
 *  then settle). */
struct LeaseResponse
{
    QDateTime serverTime; ///< UTC, central's clock
    QList<LeaseState> leases;
    friend bool operator==(const LeaseResponse &, const LeaseResponse &) = default;
};

QByteArray encode(const LeaseResponse &response);
Result<LeaseResponse> decodeLeaseResponse(QByteArrayView json);

/** Request body of POST /v1/channel/bookings. */
struct ChannelBookingRequest
{
    QString slot;
    QString ref; ///< the caller's idempotency key, 1..128 printable ASCII characters
    /** Optional: the catalogue item booked for, 1..maxItemCode printable ASCII; "" = not given
     *  (left out on the wire). */
    QString item = {};
    friend bool operator==(const ChannelBookingRequest &, const ChannelBookingRequest &) = default;
};

/** Response body of 201 POST /v1/channel/bookings. */
struct ChannelBookingResponse
{
    QString booking; ///< central's booking id (for DELETE /v1/channel/bookings/{id})
    QString slot;
    friend bool operator==(const ChannelBookingResponse &,
                           const ChannelBookingResponse &) = default;
};

QByteArray encode(const ChannelBookingRequest &request);
Result<ChannelBookingRequest> decodeChannelBookingRequest(QByteArrayView json);
QByteArray encode(const ChannelBookingResponse &response);
Result<ChannelBookingResponse> decodeChannelBookingResponse(QByteArrayView json);

} // namespace jiujin::protocol
