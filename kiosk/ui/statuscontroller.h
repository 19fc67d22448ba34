#pragma once

#include "casestatusstore.h"
#include "published.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace jiujin {

class BookingService;
class CaseInquiryService;
class CatalogueService;
class KioskSession;
class QrScanner;
class SubmissionService;

/** 查进度 and later 评价: looks up a typed or scanned receipt number or booking ticket in this
 *  kiosk's outbox; a booking can be cancelled from here. */
class StatusController : public QObject, public Published<StatusController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Status)
    QML_SINGLETON
    Q_PROPERTY(bool found READ found NOTIFY resultChanged)
    Q_PROPERTY(QString receipt READ receipt NOTIFY resultChanged)
    Q_PROPERTY(QString itemName READ itemName NOTIFY resultChanged)
    Q_PROPERTY(QString submittedAt READ submittedAt NOTIFY resultChanged) ///< local time in words
    Q_PROPERTY(QString state READ state NOTIFY
                   resultChanged) ///< pending|sending|accepted|rejected|needs_attention
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY resultChanged)
    Q_PROPERTY(
        QString stateDetail READ stateDetail NOTIFY resultChanged) ///< what happens next, in words
    Q_PROPERTY(QString stateTone READ stateTone NOTIFY
                   resultChanged) ///< "warning", "good" or "" (neutral)
    Q_PROPERTY(bool canRate READ canRate NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged) ///< not found / malformed number
    Q_PROPERTY(
        bool isBooking READ isBooking NOTIFY resultChanged) ///< the number is a booking ticket
    Q_PROPERTY(QString bookingTime READ bookingTime NOTIFY resultChanged) ///< its slot in words
    Q_PROPERTY(bool canChangeBooking READ canChangeBooking NOTIFY
                   resultChanged) ///< 取消预约 / 改约 offered
    Q_PROPERTY(
        QString bookingMessage READ bookingMessage NOTIFY resultChanged) ///< outcome of 取消预约
    Q_PROPERTY(bool bookingMessageGood READ bookingMessageGood NOTIFY resultChanged)
    // Where the application stands at central (its 办件), from the case updates jiujin-syncd
    // pulled: shown offline too. caseStage is "" until central's first update names it.
    Q_PROPERTY(QString caseStage READ caseStage NOTIFY resultChanged) ///< stage code
    Q_PROPERTY(QStringList caseMaterials READ caseMaterials NOTIFY
                   resultChanged) ///< 待补正: what to bring
    Q_PROPERTY(QStringList casePending READ casePending NOTIFY
                   resultChanged) ///< 容缺/告知承诺 still due, one line each
    Q_PROPERTY(QString caseDaysLeft READ caseDaysLeft NOTIFY
                   resultChanged) ///< working days left, in words
    Q_PROPERTY(bool casePickupHere READ casePickupHere NOTIFY
                   resultChanged) ///< the result waits at this point
    // A receipt of another point, asked of central through jiujin-syncd (the database):
    // "" (none), "digits" (the last four of the phone or ID are asked for), "waiting" (正在查询…),
    // "found" (the result above, worded as a local case), "not_found", "limited" or "offline"
    // (inquiryMessage says what to do).
    Q_PROPERTY(QString inquiry READ inquiry NOTIFY resultChanged)
    Q_PROPERTY(QString inquiryMessage READ inquiryMessage NOTIFY resultChanged)
    Q_PROPERTY(bool remote READ remote NOTIFY resultChanged) ///< the result is another point's
    Q_PROPERTY(
        QString casePickupAt READ casePickupAt NOTIFY resultChanged) ///< another point's name
    /** The point's public figure for the home screen ("本点近90天满意率 98.5%（326次评价）"),
     *  "" when central sent none or too few ratings stand behind it. */
    Q_PROPERTY(QString pointFigure READ pointFigure NOTIFY pointFigureChanged)
public:
    StatusController(CatalogueService &catalogue, SubmissionService &service, KioskSession &session,
                     QObject *parent = nullptr);
    void setQrScanner(QrScanner *qr);
    /** Booking tickets are looked up (and cancelled) through @p bookings; null: receipts only. */
    void setBookings(BookingService *bookings);

    bool found() const { return !m_receipt.isEmpty(); }
    QString receipt() const { return m_receipt; }
    QString itemName() const { return m_itemName; }
    QString submittedAt() const { return m_submittedAt; }
    QString state() const { return m_state; }
    QString stateLabel() const;
    QString stateDetail() const;
    QString stateTone() const;
    bool canRate() const { return m_canRate; }
    QString message() const { return m_message; }
    bool isBooking() const { return !m_bookingState.isEmpty(); }
    QString bookingTime() const { return m_bookingTime; }
    bool canChangeBooking() const { return m_canChangeBooking; }
    QString bookingMessage() const { return m_bookingMessage; }
    bool bookingMessageGood() const { return m_bookingMessageGood; }
    QString caseStage() const { return m_case ? m_case->stage : QString(); }
    QStringList caseMaterials() const { return m_case ? m_case->materials : QStringList(); }
    QStringList casePending() const;
    QString caseDaysLeft() const;
    bool casePickupHere() const { return m_case && m_case->pickupHere; }
    /** Receipts of other points are asked of central through @p inquiries (jiujin-syncd answers
     *  through the database); null: this kiosk's receipts only. */
    void setInquiries(CaseInquiryService *inquiries) { m_inquiries = inquiries; }
    QString inquiry() const { return m_inquiry; }
    QString inquiryMessage() const;
    bool remote() const { return m_remote; }
    QString casePickupAt() const { return m_pickupAt; }
    /** How long a citizen waits for central's answer before being told it cannot be reached. */
    static constexpr int inquiryWaitMs = 8000;
    /** How often the answer is looked for meanwhile (a read of one row). */
    static constexpr int inquiryPollMs = 150;
    /** The kiosk's clock for the days left (tests); the system clock by default. */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /** Looks up a receipt number as typed (spaces, dashes, full-width digits are fine). */
    Q_INVOKABLE bool lookup(const QString &typed);
    /** 好差评 of the service found. */
    /** @p indicators: RECORD.md's optional indicator levels by code (0 or absent: not rated). */
    Q_INVOKABLE bool rate(int level, const QStringList &reasons,
                          const QVariantMap &indicators = {});
    /** Cancels the booking found (returns its seat); see bookingMessage. */
    Q_INVOKABLE bool cancelBooking();
    /** With inquiry "digits": asks central about the receipt with the last four characters of
     *  the applicant's phone or ID (X for an ID's check character); false when malformed. */
    Q_INVOKABLE bool askCentral(const QString &last4);
    Q_INVOKABLE void clear();
    /** Reads the point's figures again (the home screen calls it when it is shown). */
    Q_INVOKABLE void refreshPointFigure();
    QString pointFigure() const { return m_pointFigure; }

Q_SIGNALS:
    void resultChanged();
    void pointFigureChanged();
    /** A receipt QR code was scanned while this screen was open. */
    void scanned(const QString &text);

private:
    CatalogueService &m_catalogue;
    SubmissionService &m_service;
    KioskSession &m_session;
    QString m_receipt, m_itemName, m_submittedAt, m_state, m_reason, m_central, m_message;
    bool m_canRate = false;
    bool lookupBooking(const QString &typed);
    /** The item's name in the screen's language; its code when the catalogue has no such item. */
    QString itemNameOf(const QString &code);
    BookingService *m_bookings = nullptr;
    QString m_bookingState, m_bookingTime, m_bookingText, m_replacedBy, m_bookingMessage;
    /** A booking moved at central: the new booking's time in words ("" when not known). */
    QString m_movedTime;
    bool m_movedAtCentral = false; ///< cancelled by central with a new number (DESIGN §13i)
    bool m_canChangeBooking = false, m_bookingMessageGood = false;
    std::optional<CaseStatus> m_case;
    QString m_pointFigure;
    std::function<QDateTime()> m_clock = &QDateTime::currentDateTimeUtc;
    void pollInquiry();
    void endInquiry();
    /** Forgets what the last lookup answered (booking, case, inquiry, message) and stops asking
     *  central; the receipt found stays until clear(). */
    void forgetAnswer();
    CaseInquiryService *m_inquiries = nullptr;
    QString m_inquiry, m_inquiryReceipt, m_inquiryId, m_pickupAt;
    bool m_remote = false;
    QTimer *m_poll = nullptr;
    QElapsedTimer m_waited;
};

} // namespace jiujin
