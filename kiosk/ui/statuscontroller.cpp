#include "statuscontroller.h"

#include "bookingservice.h"
#include "caseinquiryservice.h"
#include "casestatustext.h"
#include "catalogueservice.h"
#include "devices.h"
#include "kiosksession.h"
#include "localtext.h"
#include "receiptnumber.h"
#include "slots.h"
#include "staffcontroller.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QLocale>

namespace jiujin {

StatusController::StatusController(CatalogueService &catalogue, SubmissionService &service,
                                   KioskSession &session, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_service(service), m_session(session)
{
    connect(&session, &KioskSession::sessionEnded, this, &StatusController::clear);
    m_poll = new QTimer(this);
    m_poll->setInterval(inquiryPollMs);
    connect(m_poll, &QTimer::timeout, this, &StatusController::pollInquiry);
    connect(&session, &KioskSession::languageChanged, this, [this] {
        // The home screen shows the figure while its language is switched.
        refreshPointFigure();
        if (found() && !m_remote)
            lookup(m_receipt);
        else if (m_remote)
            Q_EMIT resultChanged(); // the words are made when read
    });
}

void StatusController::setQrScanner(QrScanner *qr)
{
    if (qr)
        connect(qr, &QrScanner::scanned, this, &StatusController::scanned);
}

void StatusController::setBookings(BookingService *bookings)
{
    m_bookings = bookings;
}

QString StatusController::itemNameOf(const QString &code)
{
    // Mongolian: the item's Mongolian name where the catalogue has one (查进度 and 评价 lay it
    // out in columns), else the Chinese.
    if (m_session.mongolian())
        if (const QString mn = m_catalogue.mongolianItemName(code); !mn.isEmpty())
            return mn;
    // An item the catalogue no longer has (it changed since) is shown by its code.
    const QString name = m_catalogue.itemName(code, m_session.english());
    return name.isEmpty() ? code : name;
}

bool StatusController::lookupBooking(const QString &typed)
{
    const auto status = m_bookings ? m_bookings->status(typed) : std::nullopt;
    if (!status)
        return false;
    const Booking &b = status->booking;
    m_receipt = b.ticket;
    m_itemName = itemNameOf(b.itemCode);
    m_submittedAt = localtext::momentInWords(b.createdAt, m_session.language());
    m_state = status->delivery;
    m_bookingState = b.state;
    m_bookingText = status->stateText;
    m_bookingTime = localtext::slotInWords(b.slotStart, b.slotEnd, m_session.language());
    m_replacedBy = b.replacedBy;
    m_movedAtCentral = !b.cancelReason.isEmpty() && !b.replacedBy.isEmpty();
    if (const auto moved = protocol::parseSlotId(b.movedSlot); m_movedAtCentral && moved)
        m_movedTime = localtext::momentInWords(moved->startUtc, m_session.language());
    m_canChangeBooking =
        (b.state == QLatin1String("confirmed") || b.state == QLatin1String("requested")) &&
        b.slotStart > m_bookings->centralNow();
    m_canRate = false;
    return true;
}

bool StatusController::cancelBooking()
{
    if (!isBooking() || !m_bookings)
        return false;
    const QString ticket = m_receipt;
    const auto cancelled = m_bookings->cancel(ticket);
    lookup(ticket);
    if (!cancelled) {
        m_bookingMessage = cancelled.error().message;
        m_bookingMessageGood = false;
    } else {
        m_bookingMessage = QCoreApplication::translate("jiujin::StatusController",
                                                       "预约已取消，名额已让给其他群众。");
        m_bookingMessageGood = true;
    }
    Q_EMIT resultChanged();
    return bool(cancelled);
}

QString StatusController::stateLabel() const
{
    if (isBooking())
        return m_bookingText;
    if (m_case)
        return casetext::stageLabel(*m_case);
    return found() ? outboxStateLabel(m_state) : QString();
}

QString StatusController::stateTone() const
{
    // The case's stage once central has one; the outbox state before that.
    const QString stage = m_case ? m_case->stage : QString();
    if (stage == QLatin1String("refused") || stage == QLatin1String("denied") ||
        stage == QLatin1String("correction"))
        return QStringLiteral("warning");
    if (stage == QLatin1String("approved") || stage == QLatin1String("ready_for_pickup") ||
        stage == QLatin1String("delivered"))
        return QStringLiteral("good");
    if (m_case)
        return {};
    if (m_state == QLatin1String("rejected") || m_state == QLatin1String("needs_attention"))
        return QStringLiteral("warning");
    return m_state == QLatin1String("accepted") ? QStringLiteral("good") : QString();
}

QString StatusController::stateDetail() const
{
    if (isBooking()) {
        if (m_bookingState == QLatin1String("confirmed"))
            return QCoreApplication::translate(
                "jiujin::StatusController",
                "请提前10分钟到达，携带身份证。来不了的话请取消预约，把名额让给别人。");
        if (m_bookingState == QLatin1String("requested"))
            return QCoreApplication::translate(
                "jiujin::StatusController",
                "本机联网后，平台会确认是否约上，请稍后再来查询，或留意电话通知。");
        // Moved from the console (the citizen phoned): the number and time the clerk gave,
        // as central's list named them; the clerk's word stands if they differ.
        if (m_bookingState == QLatin1String("cancelled") && m_movedAtCentral)
            return m_movedTime.isEmpty()
                       ? QCoreApplication::translate(
                             "jiujin::StatusController",
                             "已改约，新的预约号是 %1，请以工作人员告知为准。")
                             .arg(m_replacedBy)
                       : QCoreApplication::translate(
                             "jiujin::StatusController",
                             "已改约，新的预约号是 %1，时间是 %2。请凭新预约号到窗口办理，"
                             "以工作人员告知为准。")
                             .arg(m_replacedBy, m_movedTime);
        if (m_bookingState == QLatin1String("cancelled") && !m_replacedBy.isEmpty())
            return QCoreApplication::translate("jiujin::StatusController",
                                               "已改约，新的预约号是 %1。")
                .arg(m_replacedBy);
        return {};
    }
    if (m_case)
        return casetext::stageDetail(*m_case, m_session.language());
    if (m_state == QLatin1String("pending") || m_state == QLatin1String("sending"))
        return QCoreApplication::translate(
            "jiujin::StatusController",
            "申请已安全保存在本机，网络通畅时会自动提交到旗政务服务平台，不需要您再跑一趟。");
    if (m_state == QLatin1String("accepted"))
        return QCoreApplication::translate(
                   "jiujin::StatusController",
                   "已提交到旗政务服务平台（平台受理号 %1），请等待办理结果通知。")
            .arg(m_central);
    if (m_state == QLatin1String("rejected"))
        return QCoreApplication::translate("jiujin::StatusController",
                                           "申请被退回：%1。请带上材料到服务点找工作人员。")
            .arg(m_reason);
    if (m_state == QLatin1String("needs_attention"))
        return QCoreApplication::translate(
            "jiujin::StatusController", "提交到平台时遇到问题，工作人员正在处理，请留意电话通知。");
    return {};
}

void StatusController::forgetAnswer()
{
    endInquiry();
    m_inquiry.clear();
    m_remote = false;
    m_pickupAt.clear();
    m_message.clear();
    m_bookingState.clear();
    m_bookingTime.clear();
    m_bookingText.clear();
    m_replacedBy.clear();
    m_movedTime.clear();
    m_movedAtCentral = false;
    m_bookingMessage.clear();
    m_canChangeBooking = false;
    m_case.reset();
}

bool StatusController::lookup(const QString &typed)
{
    forgetAnswer();
    if (lookupBooking(typed)) {
        Q_EMIT resultChanged();
        return true;
    }
    const auto record = m_service.status(typed);
    if (!record) {
        m_receipt.clear();
        m_canRate = false;
        QString digits;
        for (const QChar c : typed)
            if (c.isDigit())
                digits += c;
        // A well-formed number this kiosk does not know was most likely given at another kiosk.
        if (digits.size() != 12)
            m_message = QCoreApplication::translate("jiujin::StatusController",
                                                    "受理编号是12位数字，请对照回执输入");
        else if (const auto canonical = receipt::normalise(typed); canonical && m_inquiries) {
            // Another point's receipt: central is asked, once the citizen gives the last four
            // characters of the phone or ID number written in the application.
            m_inquiry = QStringLiteral("digits");
            m_inquiryReceipt = *canonical;
        } else if (canonical)
            m_message = QCoreApplication::translate(
                "jiujin::StatusController",
                "本机没有这个受理编号。如果是在别的服务点办的，请到那里查询或拨打回执上的电话。");
        else
            m_message = QCoreApplication::translate("jiujin::StatusController",
                                                    "这个受理编号不对，请核对回执上的12位数字");
        Q_EMIT resultChanged();
        return false;
    }
    m_receipt = record->receipt;
    m_itemName = itemNameOf(record->itemCode);
    m_submittedAt = localtext::momentInWords(record->createdAt, m_session.language());
    m_state = record->state;
    m_reason = record->reason;
    m_central = record->centralReceipt;
    m_canRate = !m_service.rated(m_receipt);
    m_case.reset();
    if (!m_central.isEmpty()) {
        // A read error shows what the outbox knows (已提交), never a stage the kiosk cannot vouch
        // for.
        if (auto held = m_service.caseStatus(m_central); held)
            m_case = held.value();
        else
            qWarning("case status of a receipt not read: %s", qPrintable(held.error().message));
    }
    Q_EMIT resultChanged();
    return true;
}

QStringList StatusController::casePending() const
{
    QStringList out;
    if (m_case)
        for (const PendingMaterial &m : m_case->pending)
            out.append(casetext::pendingText(m, m_session.language()));
    return out;
}

QString StatusController::caseDaysLeft() const
{
    if (!m_case)
        return {};
    // The kiosk's one calendar (compiled-in with what central sent down); unreadable: no count.
    auto calendar = m_service.calendar();
    return calendar ? casetext::daysLeftText(*m_case, WorkCalendar::chinaDate(m_clock()),
                                             calendar.value())
                    : QString();
}

bool StatusController::rate(int level, const QStringList &reasons, const QVariantMap &indicators)
{
    if (!found() || !m_canRate)
        return false;
    auto rated =
        m_service.rate(m_receipt, level, reasons, SubmissionService::indicatorLevels(indicators));
    if (!rated) {
        m_message = rated.error().message;
        Q_EMIT resultChanged();
        return false;
    }
    m_canRate = false;
    Q_EMIT resultChanged();
    return true;
}

QString StatusController::inquiryMessage() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("jiujin::StatusController", text);
    };
    if (m_inquiry == QLatin1String("digits"))
        return tr("这个受理编号不是本机办理的。请输入申请时填写的手机号或身份证号的后四位，向旗政务"
                  "服务平台查询。");
    if (m_inquiry == QLatin1String("waiting"))
        return tr("正在查询…");
    if (m_inquiry == QLatin1String("not_found"))
        return tr("没有找到。请核对受理编号和后四位，或到窗口查询。");
    if (m_inquiry == QLatin1String("limited"))
        return tr("查询次数太多，请稍后再试或到窗口查询。");
    if (m_inquiry == QLatin1String("offline"))
        return tr("暂时无法连接旗平台，请稍后再试或到窗口查询。");
    return {};
}

bool StatusController::askCentral(const QString &last4)
{
    if (m_inquiry != QLatin1String("digits") && m_inquiry != QLatin1String("not_found") &&
        m_inquiry != QLatin1String("offline"))
        return false;
    if (!m_inquiries || m_inquiryReceipt.isEmpty())
        return false;
    const QString four = last4.trimmed().toUpper();
    if (!CaseInquiryService::validLast4(four))
        return false;
    endInquiry();
    auto asked = m_inquiries->ask(m_inquiryReceipt, four);
    if (!asked) {
        qWarning("case lookup not written: %s", qPrintable(asked.error().message));
        m_inquiry = QStringLiteral("offline");
        Q_EMIT resultChanged();
        return false;
    }
    m_inquiryId = asked.value();
    m_inquiry = QStringLiteral("waiting");
    m_waited.start();
    m_poll->start();
    Q_EMIT resultChanged();
    return true;
}

void StatusController::endInquiry()
{
    m_poll->stop();
    if (!m_inquiryId.isEmpty() && m_inquiries)
        if (auto r = m_inquiries->forget(m_inquiryId); !r)
            qWarning("case lookup not wiped: %s", qPrintable(r.error().message));
    m_inquiryId.clear();
}

void StatusController::pollInquiry()
{
    if (m_inquiryId.isEmpty() || !m_inquiries) {
        m_poll->stop();
        return;
    }
    auto answer = m_inquiries->answer(m_inquiryId);
    using State = CaseInquiryService::Answer::State;
    if (answer && answer->state == State::Waiting && m_waited.elapsed() < inquiryWaitMs)
        return;
    // Read once: the row (and the four characters) goes now.
    endInquiry();
    if (!answer || answer->state == State::Waiting || answer->state == State::Offline) {
        m_inquiry = QStringLiteral("offline");
    } else if (answer->state == State::NotFound) {
        m_inquiry = QStringLiteral("not_found");
    } else if (answer->state == State::Limited) {
        m_inquiry = QStringLiteral("limited");
    } else {
        m_inquiry = QStringLiteral("found");
        m_remote = true;
        m_case = answer->found;
        m_receipt = m_inquiryReceipt;
        m_itemName = itemNameOf(m_case->item);
        m_submittedAt.clear();
        m_state = QStringLiteral("accepted");
        m_central = m_case->receipt;
        m_canRate = false;
        m_pickupAt.clear();
        if (m_case->stage == QLatin1String("ready_for_pickup") && !m_case->pickupHere) {
            m_pickupAt = answer->point;
            if (const auto p = m_catalogue.point(answer->point))
                m_pickupAt = m_session.english() ? p->nameEn : p->nameZh;
        }
    }
    Q_EMIT resultChanged();
}

void StatusController::refreshPointFigure()
{
    auto figures = m_service.pointFigures();
    // Unreadable: shown as nothing rather than a stale or made-up figure.
    const QString text =
        figures ? casetext::satisfactionText(figures.value(), m_session.english()) : QString();
    if (text == m_pointFigure)
        return;
    m_pointFigure = text;
    Q_EMIT pointFigureChanged();
}

void StatusController::clear()
{
    forgetAnswer();
    m_inquiryReceipt.clear();
    m_receipt.clear();
    m_itemName.clear();
    m_submittedAt.clear();
    m_state.clear();
    m_reason.clear();
    m_central.clear();
    m_canRate = false;
    Q_EMIT resultChanged();
}

} // namespace jiujin
