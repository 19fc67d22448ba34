#pragma once

#include "bookingdaymodel.h"
#include "bookingservice.h"
#include "bookingslotmodel.h"
#include "formmodel.h"
#include "itemlistmodel.h"
#include "kiosksession.h"
#include "published.h"
#include "visitprintjob.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace jiujin {

class CatalogueService;
class IdCardReader;
class KioskSession;
class Printer;
class QrScanner;
class SubmissionService;

/**
 * Drives the booking screens (item → day and slot → name and phone → confirm → ticket), the
 * reschedule of a ticket found in 查进度 (staff's day of bookings, check-in and no-shows are
 * the StaffController's). What the citizen types lives only in its form model until the booking is
 * sealed; the end of the visit wipes it.
 */
class BookingController : public QObject, public Published<BookingController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Booking)
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY startedChanged)
    Q_PROPERTY(QString itemCode READ itemCode NOTIFY startedChanged)
    Q_PROPERTY(QString itemName READ itemName NOTIFY startedChanged)
    /// Mongolian mode: the item's `name.mn`; empty elsewhere or when the catalogue has none
    Q_PROPERTY(QString mongolianItemName READ mongolianItemName NOTIFY startedChanged)
    Q_PROPERTY(QString rescheduling READ rescheduling NOTIFY
                   startedChanged) ///< the ticket being moved, or empty
    Q_PROPERTY(QString readinessProblem READ readinessProblem NOTIFY
                   startedChanged)                               ///< the kiosk cannot book
    Q_PROPERTY(jiujin::ItemListModel *items READ items CONSTANT) ///< items handled at this point
    Q_PROPERTY(jiujin::BookingDayModel *days READ days CONSTANT)
    Q_PROPERTY(jiujin::BookingSlotModel *daySlots READ daySlots CONSTANT)
    Q_PROPERTY(QString day READ day NOTIFY dayChanged) ///< chosen local date, yyyy-MM-dd
    Q_PROPERTY(bool dayBookableHere READ dayBookableHere NOTIFY
                   dayChanged) ///< a slot of the day can be confirmed here
    Q_PROPERTY(bool dayRequestable READ dayRequestable NOTIFY
                   dayChanged) ///< none here, but central's pool has seats
    Q_PROPERTY(QString slotId READ slotId NOTIFY slotChanged)
    Q_PROPERTY(
        QString slotText READ slotText NOTIFY slotChanged) ///< date, weekday and time in words
    Q_PROPERTY(bool asRequest READ asRequest NOTIFY slotChanged) ///< the chosen slot is a request
    Q_PROPERTY(jiujin::FormModel *fields READ fields CONSTANT)   ///< name, phone, ID number
    Q_PROPERTY(bool cardReaderAvailable READ cardReaderAvailable NOTIFY devicesChanged)
    Q_PROPERTY(bool cardRead READ cardRead NOTIFY cardReadChanged)
    Q_PROPERTY(QString maskedName READ maskedName NOTIFY summaryChanged)
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY summaryChanged)
    Q_PROPERTY(QString maskedIdNumber READ maskedIdNumber NOTIFY summaryChanged)
    Q_PROPERTY(QString placeName READ placeName NOTIFY startedChanged)
    Q_PROPERTY(QString placeAddress READ placeAddress NOTIFY startedChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString ticket READ ticket NOTIFY bookedChanged) ///< empty until queued
    /// confirmed|requested, and declined once central says no
    Q_PROPERTY(QString ticketState READ ticketState NOTIFY bookedChanged)
    /** How the ticket's outcome is shown, for Theme.tone(): "error" (declined), "warning"
     *  (requested, not yet confirmed) or "good". */
    Q_PROPERTY(QString ticketTone READ ticketTone NOTIFY bookedChanged)
    /// a request's answer is being waited for (answerWaitMs at most)
    Q_PROPERTY(bool awaitingAnswer READ awaitingAnswer NOTIFY bookedChanged)
    Q_PROPERTY(QString ticketTime READ ticketTime NOTIFY bookedChanged)
    Q_PROPERTY(QString replacedTicket READ replacedTicket NOTIFY
                   bookedChanged) ///< a reschedule's old ticket
    Q_PROPERTY(QString printStatus READ printStatus NOTIFY printStatusChanged)
public:
    /** After a request, how long the ticket screen looks for central's answer (jiujin-syncd
     *  sends it at once when online), and how often. */
    static constexpr int answerWaitMs = 20000, answerLookMs = 500;

    /** The booking screens' clock is @p service's (BookingService::centralNow). */
    BookingController(CatalogueService &catalogue, BookingService &service,
                      SubmissionService &submissions, KioskSession &session, QString ticketDir,
                      QObject *parent = nullptr);
    ~BookingController() override;

    /** What the booking form asks (name, phone, optional ID number), labelled in zh, en and mn. */
    static FormSchema formSchema();

    /** The simulated or vendor devices; either may be null. */
    void setDevices(IdCardReader *reader, QrScanner *qr);
    /** Where tickets go; null means save the PDF only. */
    void setPrinter(Printer *printer);

    bool active() const { return !m_itemCode.isEmpty(); }
    QString itemCode() const { return m_itemCode; }
    QString itemName() const { return m_itemName; }
    QString mongolianItemName() const;
    QString rescheduling() const { return m_oldTicket; }
    QString readinessProblem() const { return m_readinessProblem; }
    ItemListModel *items() { return &m_items; }
    BookingDayModel *days() { return &m_days; }
    BookingSlotModel *daySlots() { return &m_slots; }
    QString day() const;
    bool dayBookableHere() const;
    bool dayRequestable() const;
    QString slotId() const { return m_slot.id; }
    QString slotText() const;
    bool asRequest() const { return m_asRequest; }
    FormModel *fields() { return &m_fields; }
    bool cardReaderAvailable() const;
    bool cardRead() const { return m_cardRead; }
    QString maskedName() const { return m_maskedName; }
    QString maskedPhone() const { return m_maskedPhone; }
    QString maskedIdNumber() const { return m_maskedId; }
    QString placeName() const;
    QString placeAddress() const;
    QString error() const { return m_error; }
    QString ticket() const { return m_ticket.ticket; }
    QString ticketState() const { return m_ticket.state; }
    QString ticketTone() const;
    bool awaitingAnswer() const { return m_answerWatch.isActive(); }
    QString ticketTime() const;
    QString replacedTicket() const { return m_replaced; }
    QString printStatus() const { return m_printStatus; }

    /** Fills `items` with the items handled at this service point whose department it takes
     *  bookings for (BookingService::servesDepartment). */
    Q_INVOKABLE void loadItems();
    /** Starts a booking of the item and loads the date strip (the first day with seats chosen);
     *  false (readinessProblem set) for an unknown item or one not booked here. */
    Q_INVOKABLE bool start(const QString &itemCode);
    /** Starts moving the booking of @p ticket (its item) to another slot. */
    Q_INVOKABLE bool startReschedule(const QString &ticket);
    /** Reloads the date strip and the chosen day's slots (seats change as others book). */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void chooseDay(const QString &isoDate);
    /** True when @p itemCode may be booked at this point (central's item groups for it). */
    Q_INVOKABLE bool bookable(const QString &itemCode) { return m_service.servesItem(itemCode); }
    /** Chooses a slot of the chosen day: to confirm here, or (@p request) to ask central. */
    Q_INVOKABLE bool chooseSlot(const QString &slotId, bool request);
    /** Shows every field's problem; true when the form may go on to the confirmation. */
    Q_INVOKABLE bool checkForm();
    /** Books (or requests, or reschedules); true once it is durable and `ticket` is set. */
    Q_INVOKABLE bool confirm();
    /** Prints (or saves) the ticket without blocking the screen; see printStatus. */
    Q_INVOKABLE void print();
    /** Wipes everything of this booking. */
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void startedChanged();
    void dayChanged();
    void slotChanged();
    void devicesChanged();
    void cardReadChanged();
    void summaryChanged();
    void errorChanged();
    void bookedChanged();
    void printStatusChanged();
    /** A QR code was scanned (staff check-in listens while its page is open). */
    void scanned(const QString &text);

private:
    bool begin(const QString &itemCode);
    void setError(const QString &message);
    void setPrintStatus(const QString &status);
    BookingForm collect() const;
    QString slotWords(const QDateTime &start, const QDateTime &end) const;
    QDate localToday() const;
    void lookForAnswer();

    CatalogueService &m_catalogue;
    BookingService &m_service;
    SubmissionService &m_submissions;
    KioskSession &m_session;
    QString m_ticketDir;
    IdCardReader *m_reader = nullptr;
    Printer *m_printer = nullptr;
    ItemListModel m_items;
    BookingDayModel m_days;
    BookingSlotModel m_slots;
    FormModel m_fields;
    QString m_itemCode, m_itemName, m_oldTicket, m_readinessProblem, m_staffId;
    QDate m_day;
    BookingSlot m_slot;
    bool m_asRequest = false;
    bool m_cardRead = false;
    QString m_maskedName, m_maskedPhone, m_maskedId;
    QString m_error, m_printStatus, m_replaced, m_ticketPath;
    BookingTicket m_ticket;
    QTimer m_answerWatch;
    int m_answerLooksLeft = 0;
    VisitPrintJob m_print;
};

} // namespace jiujin
