#include "staffcontroller.h"

#include "bookingservice.h"
#include "catalogueservice.h"
#include "chinatime.h"
#include "kiosksession.h"
#include "localtext.h"
#include "staffboardservice.h"
#include "staffservice.h"
#include "syncerrortext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace jiujin {

QString outboxStateLabel(const QString &state)
{
    if (state == QLatin1String("pending"))
        return QCoreApplication::translate("jiujin::StaffController", "待提交");
    if (state == QLatin1String("sending"))
        return QCoreApplication::translate("jiujin::StaffController", "正在提交");
    if (state == QLatin1String("accepted"))
        return QCoreApplication::translate("jiujin::StaffController", "已提交");
    if (state == QLatin1String("rejected"))
        return QCoreApplication::translate("jiujin::StaffController", "被退回");
    return QCoreApplication::translate("jiujin::StaffController", "需要处理");
}

namespace {
/** A length of time in words: minutes under an hour, hours under two days, else days. */
QString durationText(qint64 seconds)
{
    // Counts are worked out first: Qt 6.4's lupdate hangs on '/' or '*' inside translate()'s
    // arguments.
    const int minutes = int(seconds / 60);
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (minutes < 60)
        return QCoreApplication::translate("jiujin::StaffController", "%n 分钟", nullptr, minutes);
    if (hours < 48)
        return QCoreApplication::translate("jiujin::StaffController", "%n 小时", nullptr, hours);
    return QCoreApplication::translate("jiujin::StaffController", "%n 天", nullptr, days);
}

/** "网络中断或信号弱：检查 4G 信号 [curl 28]": the words, then the code a technician asks for. */
QString problemWithCode(const SyncHealth &sync)
{
    const QString code = SyncErrorText::code(sync.lastError);
    return code.isEmpty() ? sync.problem() : sync.problem() + QStringLiteral(" [%1]").arg(code);
}
} // namespace

QString localTimeText(const QDateTime &t)
{
    return inChina(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

StaffController::StaffController(CatalogueService &catalogue, StaffService &service,
                                 StaffBoardService &board, KioskSession &session,
                                 std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_service(service), m_board(board),
      m_session(session), m_clock(std::move(clock))
{
    connect(&session, &KioskSession::sessionEnded, this, &StaffController::logout);
    connect(&session, &KioskSession::sessionEnded, this, [this] {
        m_today.reset({}, {});
        setBookingMessage(QString(), false);
    });
    connect(&session, &KioskSession::languageChanged, this, [this] {
        if (m_today.count() > 0)
            refreshToday();
    });
}

void StaffController::setBookings(BookingService *bookings)
{
    m_bookings = bookings;
}

QDate StaffController::localToday() const
{
    // Central's day: bookings are central's, and the kiosk's clock may be off (BookingService).
    return m_bookings ? chinaDate(m_bookings->centralNow()) : QDate();
}

QString StaffController::todayText() const
{
    const bool en = m_session.english();
    return localtext::locale(en).toString(localToday(), en ? QStringLiteral("ddd d MMMM yyyy")
                                                           : QStringLiteral("yyyy年M月d日 ddd"));
}

void StaffController::refreshToday()
{
    if (!m_bookings)
        return;
    const QList<BookingStatus> list = m_bookings->today(localToday());
    int count = 0, waiting = 0;
    for (const BookingStatus &s : list) {
        if (s.booking.state != QLatin1String("cancelled") &&
            s.booking.state != QLatin1String("declined"))
            ++count;
        if (s.booking.state == QLatin1String("confirmed"))
            ++waiting;
    }
    m_today.reset(list, m_catalogue.itemNames(m_session.english()));
    m_todayCount = count;
    m_todayWaiting = waiting;
    Q_EMIT todayChanged();
}

bool StaffController::checkIn(const QString &ticketOrQr)
{
    if (!loggedIn() || !m_bookings)
        return false;
    auto done = m_bookings->checkIn(ticketOrQr, m_staffId);
    if (!done) {
        setBookingMessage(done.error().message, false);
        return false;
    }
    const QString item = m_catalogue.itemNames(m_session.english())
                             .value(done->booking.itemCode, done->booking.itemCode);
    setBookingMessage(
        QCoreApplication::translate("jiujin::StaffController", "✓ 已签到：%1 · %2 · %3")
            .arg(done->booking.ticket,
                 localtext::timeRange(done->booking.slotStart, done->booking.slotEnd), item),
        true);
    refreshToday();
    return true;
}

int StaffController::markNoShows()
{
    if (!loggedIn() || !m_bookings)
        return 0;
    auto marked = m_bookings->markNoShows(m_bookings->now(), QStringLiteral("staff:") + m_staffId);
    if (!marked) {
        setBookingMessage(marked.error().message, false);
        return 0;
    }
    setBookingMessage(QCoreApplication::translate("jiujin::StaffController",
                                                  "已把 %n 个过时未到的预约标记为爽约", nullptr,
                                                  marked.value()),
                      true);
    refreshToday();
    return marked.value();
}

void StaffController::clearBookingMessage()
{
    setBookingMessage(QString(), false);
}

void StaffController::setBookingMessage(const QString &message, bool good)
{
    if (m_bookingMessage == message && m_bookingMessageGood == good)
        return;
    m_bookingMessage = message;
    m_bookingMessageGood = good;
    Q_EMIT bookingMessageChanged();
}

QString StaffController::oldestWaiting() const
{
    if (!m_counts.oldestWaiting)
        return {};
    return durationText(m_counts.oldestWaiting->secsTo(m_clock()));
}

void StaffController::setAlert(const QString &alert)
{
    if (m_alert == alert)
        return;
    m_alert = alert;
    Q_EMIT alertChanged();
}

bool StaffController::login(const QString &staffId, const QString &pin)
{
    const LoginResult result = m_service.login(staffId.trimmed(), pin);
    switch (result.outcome) {
    case LoginResult::Ok:
        m_staffId = result.staffId;
        m_displayName = result.displayName;
        setMessage(QString());
        refresh();
        Q_EMIT loggedInChanged();
        return true;
    case LoginResult::Wrong:
        setMessage(QCoreApplication::translate("jiujin::StaffController",
                                               "工号或密码不对，还可以再试 %n 次", nullptr,
                                               result.attemptsLeft));
        return false;
    case LoginResult::Locked:
        setMessage(QCoreApplication::translate("jiujin::StaffController",
                                               "连续输错次数太多，已锁定到 %1，请稍后再试")
                       .arg(inChina(result.lockedUntil).toString(QStringLiteral("HH:mm"))));
        return false;
    }
    return false;
}

void StaffController::logout()
{
    setMessage(QString());
    if (m_staffId.isEmpty())
        return;
    m_staffId.clear();
    m_displayName.clear();
    m_records.setRecords({}, {});
    Q_EMIT loggedInChanged();
}

void StaffController::refresh()
{
    if (!loggedIn())
        return;
    m_counts = m_board.counts();
    m_records.setRecords(m_board.board(200), m_catalogue.itemNames(m_session.english()));
    // Written by jiujin-syncd into the shared database (this process never touches the network).
    const SyncHealth sync = m_board.syncHealth();
    const QDateTime &success = sync.lastSuccess;
    const QDateTime &failure = sync.lastErrorAt;
    const bool skewKnown = sync.clockSkewS.has_value();
    const qint64 skew = sync.clockSkewS.value_or(0);
    const bool clockWrong = sync.clockWrong;
    if (!sync.enrolled)
        m_syncState = QCoreApplication::translate(
            "jiujin::StaffController",
            "本机还没有接入旗政务服务平台，申请会先保存在本机。请技术人员运行 jiujinctl enroll。");
    else if (clockWrong && sync.failing())
        m_syncState =
            (skewKnown
                 ? QCoreApplication::translate(
                       "jiujin::StaffController",
                       "本机时钟比平台%1 %2，所以连不上平台。请技术人员校准本机时间（jiujinctl "
                       "doctor 会说明）；申请先保存在本机，时间校准后会自动提交到平台。")
                       .arg(skew > 0 ? QCoreApplication::translate("jiujin::StaffController", "慢")
                                     : QCoreApplication::translate("jiujin::StaffController", "快"),
                            durationText(qAbs(skew)))
                 : QCoreApplication::translate(
                       "jiujin::StaffController",
                       "本机时钟不对，所以连不上平台。请技术人员校准本机时间（jiujinctl doctor "
                       "会说明）；申请先保存在本机，时间校准后会自动提交到平台。"));
    else if (sync.failing())
        // What it means and what to do, with libcurl's or central's code for the technician
        // (SyncErrorText), never libcurl's English sentence.
        m_syncState =
            QCoreApplication::translate(
                "jiujin::StaffController",
                "暂时连不上平台（%1，%2），网络恢复后会自动提交。上次提交：%3")
                .arg(problemWithCode(sync), localTimeText(failure),
                     success.isValid()
                         ? localTimeText(success)
                         : QCoreApplication::translate("jiujin::StaffController", "还没有"));
    else if (success.isValid())
        m_syncState =
            QCoreApplication::translate("jiujin::StaffController", "网络正常，上次提交：%1")
                .arg(localTimeText(success));
    else
        m_syncState =
            QCoreApplication::translate("jiujin::StaffController", "已接入平台，还没有提交过记录");
    Q_EMIT boardChanged();
}

void StaffController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace jiujin
