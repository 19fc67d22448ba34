#pragma once

#include "bookingcancels.h"
#include "bookingstore.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace jiujin {

class Database;
class SubmissionService;

/** One day of the date strip. */
struct BookingDay
{
    QDate date;        ///< local (UTC+8)
    int slotCount = 0; ///< slots still ahead that day
    int seatsHere = 0; ///< seats this kiosk can confirm now, summed over the day
    int poolFree = 0;  ///< seats in central's pool when last fetched, summed over the day
};

/** One slot as the booking screen shows it. */
struct BookingSlot
{
    QString id;
    QDateTime start, end; ///< UTC
    int capacity = 0;
    int seatsHere = 0;      ///< lease seats - bookings on it here; 0 when the lease is closed
    int poolFree = 0;       ///< central's pool when last fetched (for a request)
    bool leaseOpen = false; ///< an unexpired (central time, with margin), unsettled lease
    bool canBook() const { return seatsHere > 0; }
    bool canRequest() const { return poolFree > 0; }
};

/** What the citizen gives to book: held in memory only, sealed into the record. */
struct BookingForm
{
    QString itemCode, slot;
    QString name, phone, idNumber; ///< idNumber optional
    bool fromCard = false;         ///< name and number read from the ID card
    QString staffId;               ///< a staff member booking for the citizen; empty otherwise

    /** Overwrites the personal fields before dropping them. */
    void wipe();
};

/** The ticket the booking screen shows and prints (number + QR of the number). */
struct BookingTicket
{
    QString uuid, ticket, slot, itemCode;
    QDateTime start, end; ///< UTC
    QString state;        ///< confirmed (on the lease) or requested (confirmed when online)
};

/** A booking as 查进度 and the staff list show it. */
struct BookingStatus
{
    Booking booking;
    QString stateText; ///< the state in words (Chinese source string, translated)
    QString delivery;  ///< the outbox record's state (pending..accepted), empty once expired
};

/**
 * Appointment booking at the kiosk (DESIGN 4.6): the date strip and slots from the cached slot
 * list, offline confirmation only against this kiosk's unexpired, unsettled lease (judged on
 * central time) in the same transaction that queues the sealed booking, requests confirmed when
 * online, cancel/reschedule by ticket, and the staff's day list, check-in and no-shows.
 */
class BookingService
{
public:
    using Clock = std::function<QDateTime()>;
    /** Offline confirmation stops this long before the lease's expires_at (central time). */
    static constexpr qint64 marginSeconds = 120;
    /** A confirmed booking not checked in this long after its slot ended is a no-show. */
    static constexpr qint64 noShowAfterSeconds = 30 * 60;
    /** How many working days the date strip offers. */
    static constexpr int stripDays = 7;

    /** @p submissions seals and queues the records (its central key, prepared seal and receipt
     *  numbers); @p clock is the kiosk's clock (UTC), corrected by sync.clock_offset_s. */
    BookingService(Database &db, SubmissionService &submissions,
                   Clock clock = &QDateTime::currentDateTimeUtc);

    /** The kiosk's clock (UTC), as injected. */
    QDateTime now() const { return m_clock(); }
    /** Central's time as this kiosk knows it: kiosk clock + learned offset. */
    QDateTime centralNow();

    /** The next stripDays local dates with slots still ahead (closed days have none). */
    QList<BookingDay> days();
    /** The slots of local date @p date still ahead, by start time. */
    QList<BookingSlot> daySlots(QDate date);

    /** The item groups (catalogue department codes) central takes bookings for at this point,
     *  as the last slot list said; empty = every department. */
    QStringList servedGroups();
    /** Whether bookings of items of @p department are taken here (always without groups). */
    bool servesDepartment(const QString &department);
    /** Whether bookings of @p itemCode are taken here: false for an item not in the catalogue
     *  or of a department outside servedGroups(). */
    bool servesItem(const QString &itemCode);

    /** Problems by field ("item", "slot", "name", "phone", "id_number"); empty if fine. An item
     *  whose department is not served here is an "item" problem. */
    QHash<QString, QString> check(const BookingForm &form);
    /**
     * Confirms on this kiosk's lease: validates (Error::Invalid for an item not served here, see
     * servesItem()), then in one transaction checks the lease
     * (unexpired on central time with marginSeconds, unsettled, a seat left), queues the sealed
     * record (kind booking, lease true) and inserts the booking. Error::Full when no seat can be
     * confirmed here: offer other slots or request().
     */
    Result<BookingTicket> book(const BookingForm &form);
    /** A request confirmed when online (kind booking, lease false, state requested). Error::Full
     *  when central's pool was empty at the last fetch; Error::Invalid for an item not served
     *  here, as book(). */
    Result<BookingTicket> request(const BookingForm &form);
    /** Cancels a confirmed or requested booking by its (typed or scanned) ticket: queues the
     *  booking_cancel record and frees the seat here, in one transaction. */
    Result<void> cancel(const QString &ticket);
    /** Cancel + book on @p newSlot's lease, atomically (the citizen's details are needed again:
     *  the kiosk cannot read the sealed ones). The old ticket is replaced by the new one. */
    Result<BookingTicket> reschedule(const QString &ticket, const BookingForm &form);

    /**
     * Cancels the booking central cancelled (an operator in the console, PROTOCOL.md "Bookings
     * cancelled at central") as cancel() does, in one transaction: the booking_cancel record
     * queued, the seat back on the lease, central's reason kept for staff and 查进度. True when
     * cancelled now; false when there is nothing to do (already cancelled, checked in, declined,
     * or no such booking here): applying the same list twice changes nothing. Error::Invalid
     * when the entry names another slot than the booking's.
     */
    Result<bool> cancelFromCentral(const protocol::BookingCancel &cancel);

    /** Bookings of local date @p date (all states), by start time. */
    QList<BookingStatus> today(QDate date);
    /** Checks in a confirmed booking on its slot's day; not twice. Queues its booking_attendance
     *  record (checked_in) in the same transaction, for central's bookings page. */
    Result<BookingStatus> checkIn(const QString &ticketOrQr, const QString &staffId);
    /** Marks confirmed bookings whose slot ended more than noShowAfterSeconds before @p now as
     *  no-shows, each audited and each with its booking_attendance record (no_show), all in one
     *  transaction; returns how many. */
    Result<int> markNoShows(const QDateTime &now, const QString &actor = QStringLiteral("kiosk"));
    /** The booking of a typed or scanned ticket, for 查进度. */
    std::optional<BookingStatus> status(const QString &ticketOrQr);

    /** The state in words for the citizen (translated, context "jiujin::BookingService"). */
    static QString stateText(const QString &state);
    /** The same for @p booking: a booking central cancelled says why. */
    static QString stateText(const Booking &booking);
    /** Central's cancel reason code in words; the code itself when unknown. */
    static QString cancelReasonText(const QString &code);

private:
    Result<BookingTicket> queueBooking(const BookingForm &form, bool onLease);
    /** Queues a booking_cancel of @p booking and marks it cancelled, in the caller's transaction;
     *  @p replacedBy: the new ticket of a reschedule, or empty. */
    Result<void> queueCancel(const Booking &booking, const QString &replacedBy = {},
                             const QString &actor = QStringLiteral("kiosk"));
    /** Queues @p booking's booking_attendance record (@p state: checked_in or no_show, at
     *  @p at), in the caller's transaction (PROTOCOL.md "Booking"). */
    Result<void> queueAttendance(const Booking &booking, const QString &state, const QDateTime &at,
                                 const QString &staffId, const QString &actor);
    BookingSlot view(const SlotSeats &s, const QDateTime &centralNow) const;
    BookingStatus statusOf(const Booking &b);
    /** The department of @p itemCode in the kiosk's catalogue; nullopt when it has no such item. */
    std::optional<QString> departmentOf(const QString &itemCode);
    QString point();

    Database &m_db;
    SubmissionService &m_submissions;
    Clock m_clock;
    BookingStore m_store;
};

} // namespace jiujin
