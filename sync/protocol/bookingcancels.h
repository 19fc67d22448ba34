#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/*
 * GET /v1/bookings/cancels (PROTOCOL.md, "Bookings cancelled at central"). Central lists the
 * device's own bookings that an operator cancelled in the console and the kiosk has not yet
 * cancelled back (its booking_cancel record not yet received), as compact JSON text signed as
 * sent, like the slot list. No personal data: booking uuids, slot ids, reason codes, times.
 * Decoders take bytes from the network: bounded and strict. One malformed entry is left out of
 * the list (and counted), never a reason to refuse the others; a malformed document or a
 * signature that does not verify is refused whole.
 */
namespace jiujin::protocol {

class Key;

/** The prefix of the bytes central signs: the list's text follows it. */
inline constexpr char bookingCancelsSigningContext[] = "jiujin-booking-cancels-v1\n";
/** Most entries in one answer; the rest follow once the kiosk has cancelled these. */
inline constexpr qsizetype maxBookingCancels = 200;
/** The signed text of one answer. */
inline constexpr qsizetype maxBookingCancelsText = 128 * 1024;

/** Where a booking moved at central went (the console's move, DESIGN §13i): the number the
 *  clerk gave the citizen and its slot. Both empty when the entry is a plain cancel. */
struct BookingMovedTo
{
    QString number; ///< central's number for the new booking ("G0900-01")
    QString slot;   ///< the new booking's slot id
    friend bool operator==(const BookingMovedTo &, const BookingMovedTo &) = default;
};

/** One booking central asks the kiosk to cancel. */
struct BookingCancel
{
    QString booking;        ///< the booking record's uuid (its outbox uuid on the kiosk)
    QString slot;           ///< the booking's slot id ("P/YYYY-MM-DDTHH:MM")
    QString reason;         ///< a code of bookingCancelReasons()
    QDateTime at;           ///< when the operator cancelled it (UTC, whole seconds)
    BookingMovedTo movedTo; ///< optional `moved_to`: set when the cancel is half of a move
    friend bool operator==(const BookingCancel &, const BookingCancel &) = default;
};

/** One answer: every cancellation still waiting for the device. */
struct BookingCancelList
{
    QString device;               ///< the device it is for
    QDateTime generatedAt;        ///< central's clock (UTC)
    QList<BookingCancel> cancels; ///< 0..maxBookingCancels, distinct bookings
    int malformed = 0;            ///< decoding only: entries left out as malformed
    friend bool operator==(const BookingCancelList &, const BookingCancelList &) = default;
};

/** The 200 body: the text exactly as signed, and the raw signature. */
struct SignedBookingCancels
{
    QByteArray text;
    QByteArray signature;
    friend bool operator==(const SignedBookingCancels &, const SignedBookingCancels &) = default;
};

/** The reason codes (applicant_request 申请人要求取消, point_closed 服务点临时停办, duplicate
 *  重复预约, other 其他原因): codes, so that nothing personal travels or is audited. */
const QStringList &bookingCancelReasons();

QByteArray encode(const BookingCancelList &list);
/** Refuses a text over maxBookingCancelsText, a missing or malformed device, generated_at or
 *  cancels array, and more than maxBookingCancels entries; leaves out (and counts in
 *  @c malformed) an entry with a malformed field, an unknown reason or a repeated booking. A
 *  malformed optional `moved_to` alone is dropped and the cancel kept: the seat is freed all the
 *  same, the kiosk only cannot say where the booking went. */
Result<BookingCancelList> decodeBookingCancelList(QByteArrayView text);

QByteArray encode(const SignedBookingCancels &body);
/** The 200 body: shape and sizes only (verify with openBookingCancels). */
Result<SignedBookingCancels> decodeSignedBookingCancels(QByteArrayView body);

QByteArray bookingCancelsSigningInput(QByteArrayView text);
Result<SignedBookingCancels> signBookingCancels(const Key &receiptKey,
                                                const BookingCancelList &list);
/** Verifies central's signature before anything is parsed; Error::Corrupt when it does not
 *  verify, Error::Invalid for a malformed body or list. */
Result<BookingCancelList> openBookingCancels(const Key &receiptKey, QByteArrayView body);

} // namespace jiujin::protocol
