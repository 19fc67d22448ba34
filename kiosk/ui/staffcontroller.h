#pragma once

#include "boardmodel.h"
#include "bookinglistmodel.h"
#include "published.h"
#include "staffservice.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace jiujin {

class BookingService;
class CatalogueService;
class KioskSession;
class StaffBoardService;

/** An outbox state (pending, accepted, ...) in words for the screen. */
QString outboxStateLabel(const QString &state);
/** A moment as the kiosk's clock on the wall shows it: Asia/Shanghai, yyyy-MM-dd HH:mm. */
QString localTimeText(const QDateTime &t);

/** Staff login (PIN), the queue board, today's bookings with check-in and no-shows, and the
 *  kiosk's alerts for staff. */
class StaffController : public QObject, public Published<StaffController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Staff)
    QML_SINGLETON
    Q_PROPERTY(int pinLength READ pinLength CONSTANT) ///< digits in a staff PIN
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY loggedInChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY loggedInChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY loggedInChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged) ///< why the last login failed
    Q_PROPERTY(jiujin::BoardModel *records READ records CONSTANT)
    Q_PROPERTY(int pending READ pending NOTIFY boardChanged) ///< pending + sending
    Q_PROPERTY(int accepted READ accepted NOTIFY boardChanged)
    Q_PROPERTY(int rejected READ rejected NOTIFY boardChanged)
    Q_PROPERTY(int needsAttention READ needsAttention NOTIFY boardChanged)
    Q_PROPERTY(
        QString oldestWaiting READ oldestWaiting NOTIFY boardChanged) ///< age in words, or empty
    Q_PROPERTY(QString alert READ alert NOTIFY alertChanged) ///< e.g. the database was quarantined
    Q_PROPERTY(QString syncState READ syncState NOTIFY
                   boardChanged) ///< last delivery and last error, in words
    Q_PROPERTY(jiujin::BookingListModel *today READ today CONSTANT) ///< today's bookings
    Q_PROPERTY(int todayCount READ todayCount NOTIFY todayChanged) ///< booked today (not cancelled)
    Q_PROPERTY(
        int todayWaiting READ todayWaiting NOTIFY todayChanged)      ///< confirmed, not checked in
    Q_PROPERTY(QString todayText READ todayText NOTIFY todayChanged) ///< the date in words
    /** The outcome of the last check-in or no-show marking, in words; bookingMessageGood: it
     *  went through. */
    Q_PROPERTY(QString bookingMessage READ bookingMessage NOTIFY bookingMessageChanged)
    Q_PROPERTY(bool bookingMessageGood READ bookingMessageGood NOTIFY bookingMessageChanged)
public:
    StaffController(CatalogueService &catalogue, StaffService &service, StaffBoardService &board,
                    KioskSession &session,
                    std::function<QDateTime()> clock = &QDateTime::currentDateTimeUtc,
                    QObject *parent = nullptr);

    static int pinLength() { return StaffService::pinDigits; }
    bool loggedIn() const { return !m_staffId.isEmpty(); }
    QString staffId() const { return m_staffId; }
    QString displayName() const { return m_displayName; }
    QString message() const { return m_message; }
    BoardModel *records() { return &m_records; }
    int pending() const { return m_counts.pending + m_counts.sending; }
    int accepted() const { return m_counts.accepted; }
    int rejected() const { return m_counts.rejected; }
    int needsAttention() const { return m_counts.needsAttention; }
    QString oldestWaiting() const;
    QString alert() const { return m_alert; }
    QString syncState() const { return m_syncState; }
    void setAlert(const QString &alert);
    /** Today's bookings are read, checked in and marked through @p bookings (its clock: central's
     *  day); null: none. */
    void setBookings(BookingService *bookings);
    BookingListModel *today() { return &m_today; }
    int todayCount() const { return m_todayCount; }
    int todayWaiting() const { return m_todayWaiting; }
    QString todayText() const;
    QString bookingMessage() const { return m_bookingMessage; }
    bool bookingMessageGood() const { return m_bookingMessageGood; }

    Q_INVOKABLE bool login(const QString &staffId, const QString &pin);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void refresh();
    /** Reloads today's bookings (and marks nothing). */
    Q_INVOKABLE void refreshToday();
    /** Checks in a typed or scanned ticket (logged in only). */
    Q_INVOKABLE bool checkIn(const QString &ticketOrQr);
    /** Marks today's overdue confirmed bookings as no-shows (logged in only); how many. */
    Q_INVOKABLE int markNoShows();
    Q_INVOKABLE void clearBookingMessage();

Q_SIGNALS:
    void loggedInChanged();
    void messageChanged();
    void boardChanged();
    void alertChanged();
    void todayChanged();
    void bookingMessageChanged();

private:
    void setMessage(const QString &message);
    void setBookingMessage(const QString &message, bool good);
    QDate localToday() const;
    CatalogueService &m_catalogue;
    StaffService &m_service;
    StaffBoardService &m_board;
    KioskSession &m_session;
    std::function<QDateTime()> m_clock;
    BoardModel m_records;
    OutboxCounts m_counts;
    QString m_staffId, m_displayName, m_message, m_alert, m_syncState;
    BookingService *m_bookings = nullptr;
    BookingListModel m_today;
    int m_todayCount = 0, m_todayWaiting = 0;
    QString m_bookingMessage;
    bool m_bookingMessageGood = false;
};

} // namespace jiujin
