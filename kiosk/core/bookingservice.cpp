#include "bookingservice.h"
#include "bookingattendance.h"

#include "cataloguestore.h"
#include "database.h"
#include "formschema.h"
#include "outboxstore.h"
#include "receiptnumber.h"
#include "slots.h"
#include "submissionservice.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <openssl/crypto.h>

namespace jiujin {

namespace {
// Slot days are local days in China (UTC+8, no DST), as central counts them.
using protocol::chinaDate;
using protocol::chinaMidnight;

void wipe(QString &s)
{
    s.fill(QChar(0));
    s.clear();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach();
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

/** The ticket number in what was typed or scanned (the QR may carry more than the number). */
std::optional<QString> ticketIn(const QString &typedOrScanned)
{
    if (auto n = receipt::normalise(typedOrScanned))
        return n;
    static const QRegularExpression number(QStringLiteral("\\d{5}-?\\d{6}-?\\d"));
    const auto m = number.match(typedOrScanned);
    return m.hasMatch() ? receipt::normalise(m.captured(0)) : std::nullopt;
}

} // namespace

void BookingForm::wipe()
{
    jiujin::wipe(name);
    jiujin::wipe(phone);
    jiujin::wipe(idNumber);
}

BookingService::BookingService(Database &db, SubmissionService &submissions, Clock clock)
    : m_db(db), m_submissions(submissions), m_clock(std::move(clock)), m_store(db)
{
}

QDateTime BookingService::centralNow()
{
    // Written by jiujin-syncd (SyncEngine/LeaseKeeper): central time minus kiosk time.
    const qint64 offset =
        CatalogueStore(m_db).setting(QLatin1String(syncsetting::clockOffset)).toLongLong();
    return m_clock().toUTC().addSecs(offset);
}

QString BookingService::point()
{
    return CatalogueStore(m_db).setting(QLatin1String(kiosksetting::point));
}

BookingSlot BookingService::view(const SlotSeats &s, const QDateTime &central) const
{
    BookingSlot v;
    v.id = s.slot.id;
    v.start = s.slot.start;
    v.end = s.slot.end;
    v.capacity = s.slot.capacity;
    v.poolFree = s.slot.free;
    v.leaseOpen =
        s.lease && !s.lease->settled() && central.addSecs(marginSeconds) < s.lease->expiresAt;
    v.seatsHere = v.leaseOpen ? qMax(0, s.lease->seats - s.used) : 0;
    return v;
}

QList<BookingDay> BookingService::days()
{
    const QDateTime central = centralNow();
    // Seven working days fit in 15 calendar days even round the Spring Festival's week off.
    const auto rows = m_store.slotsBetween(central, chinaMidnight(chinaDate(central).addDays(15)));
    QList<BookingDay> strip;
    for (const SlotSeats &row : rows) {
        const QDate day = chinaDate(row.slot.start);
        if (strip.isEmpty() || strip.last().date != day) {
            if (strip.size() == stripDays)
                break;
            strip.append(BookingDay{day});
        }
        const BookingSlot v = view(row, central);
        ++strip.last().slotCount;
        strip.last().seatsHere += v.seatsHere;
        strip.last().poolFree += v.poolFree;
    }
    return strip;
}

QList<BookingSlot> BookingService::daySlots(QDate date)
{
    const QDateTime central = centralNow();
    const QDateTime from = qMax(central, chinaMidnight(date));
    QList<BookingSlot> list;
    for (const SlotSeats &row : m_store.slotsBetween(from, chinaMidnight(date.addDays(1))))
        if (row.slot.start > central)
            list.append(view(row, central));
    return list;
}

QStringList BookingService::servedGroups()
{
    return m_store.slotGroups();
}

bool BookingService::servesDepartment(const QString &department)
{
    const QStringList groups = servedGroups();
    return groups.isEmpty() || groups.contains(department);
}

std::optional<QString> BookingService::departmentOf(const QString &itemCode)
{
    if (itemCode.isEmpty())
        return std::nullopt;
    const auto guide = CatalogueStore(m_db).guide(itemCode);
    if (!guide)
        return std::nullopt;
    return QJsonDocument::fromJson(*guide).object().value(QLatin1String("department")).toString();
}

bool BookingService::servesItem(const QString &itemCode)
{
    const auto department = departmentOf(itemCode);
    return department && servesDepartment(*department);
}

namespace {
QString notServedMessage()
{
    return QCoreApplication::translate("jiujin::BookingService", "本服务点不受理该事项的预约");
}
} // namespace

QHash<QString, QString> BookingService::check(const BookingForm &form)
{
    QHash<QString, QString> problems;
    const auto department = departmentOf(form.itemCode);
    if (!department)
        problems.insert(QStringLiteral("item"),
                        QCoreApplication::translate("jiujin::BookingService",
                                                    "找不到这个事项，请返回重新选择"));
    else if (!servesDepartment(*department))
        problems.insert(QStringLiteral("item"), notServedMessage());
    if (form.slot.isEmpty())
        problems.insert(QStringLiteral("slot"),
                        QCoreApplication::translate("jiujin::BookingService", "请选择预约时段"));
    const QDate today = chinaDate(m_clock());
    const QHash<QString, QString> values{{QStringLiteral("name"), form.name},
                                         {QStringLiteral("phone"), form.phone},
                                         {QStringLiteral("id_number"), form.idNumber}};
    for (const FieldSpec &f : validation::bookingFields()) {
        const QString message = validation::check(f, values.value(f.id), today);
        if (!message.isEmpty())
            problems.insert(f.id, message);
    }
    return problems;
}

Result<BookingTicket> BookingService::queueBooking(const BookingForm &form, bool onLease)
{
    if (const QString problem = m_submissions.readinessProblem(); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    // Central would turn a request down ("item"); a lease booking it would take, but the point
    // does not serve the item, so none is made here either.
    if (const auto department = departmentOf(form.itemCode);
        department && !servesDepartment(*department))
        return Error{Error::Invalid, notServedMessage()};
    if (const auto problems = check(form); !problems.isEmpty())
        return Error{Error::Invalid, problems.cbegin().value()};

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // Read inside the transaction (BEGIN IMMEDIATE): jiujin-syncd cannot settle or change the
    // lease between this check and the commit.
    const QDateTime central = centralNow();
    const auto slot = m_store.slot(form.slot);
    if (!slot)
        return Error{Error::NotFound,
                     QCoreApplication::translate("jiujin::BookingService",
                                                 "这个时段已不能预约，请重新选择时段")};
    if (slot->slot.start <= central)
        return Error{Error::Invalid,
                     QCoreApplication::translate("jiujin::BookingService",
                                                 "这个时段已经开始，请选择其他时段")};
    const BookingSlot seats = view(slot.value(), central);
    if (onLease && !seats.leaseOpen)
        return Error{
            Error::Full,
            QCoreApplication::translate(
                "jiujin::BookingService",
                "这个时段本机已不能当场确认。请选择其他时段，或提交预约申请（联网后确认）")};
    if (onLease && seats.seatsHere <= 0)
        return Error{Error::Full,
                     QCoreApplication::translate(
                         "jiujin::BookingService",
                         "这个时段本机的名额已约满。请选择其他时段，或提交预约申请（联网后确认）")};
    if (!onLease && !seats.canRequest())
        return Error{Error::Full, QCoreApplication::translate("jiujin::BookingService",
                                                              "这个时段已约满，请选择其他时段")};

    auto ticket = m_submissions.nextReceiptNumber();
    if (!ticket)
        return ticket.error();
    const QDateTime now = m_clock();
    OutboxRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = QStringLiteral("booking");
    record.receipt = ticket.value();
    record.itemCode = form.itemCode;
    record.pointCode = point();
    record.createdAt = now;
    record.staffId = form.staffId;
    record.authorisation = form.staffId.isEmpty() ? QString() : QStringLiteral("in_person");
    QJsonObject payload{{QStringLiteral("item"), form.itemCode},
                        {QStringLiteral("name"), form.name.trimmed()},
                        {QStringLiteral("phone"), validation::normaliseMobile(form.phone)},
                        {QStringLiteral("from_card"), form.fromCard}};
    if (!form.idNumber.trimmed().isEmpty())
        payload.insert(QStringLiteral("id_number"), validation::normaliseIdNumber(form.idNumber));
    QByteArray plaintext = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QJsonObject meta{{QStringLiteral("slot"), form.slot},
                           {QStringLiteral("ticket"), ticket.value()},
                           {QStringLiteral("lease"), onLease}};
    auto queued = m_submissions.queueSealed(
        record, plaintext,
        form.staffId.isEmpty() ? QStringLiteral("kiosk") : QStringLiteral("staff:") + form.staffId,
        meta);
    wipe(plaintext);
    if (!queued)
        return queued.error();

    Booking b;
    b.uuid = record.uuid;
    b.ticket = ticket.value();
    b.slot = form.slot;
    b.itemCode = form.itemCode;
    b.slotStart = slot->slot.start;
    b.slotEnd = slot->slot.end;
    b.lease = onLease;
    b.state = onLease ? QStringLiteral("confirmed") : QStringLiteral("requested");
    b.createdAt = now;
    if (auto r = m_store.insert(b); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return BookingTicket{b.uuid, b.ticket, b.slot, b.itemCode, b.slotStart, b.slotEnd, b.state};
}

Result<BookingTicket> BookingService::book(const BookingForm &form)
{
    return queueBooking(form, true);
}

Result<BookingTicket> BookingService::request(const BookingForm &form)
{
    return queueBooking(form, false);
}

namespace {
/** Why a booking in @p state cannot be cancelled or moved, or empty. */
QString notCancellable(const Booking &b, const QDateTime &central)
{
    if (b.state != QLatin1String("confirmed") && b.state != QLatin1String("requested"))
        return QCoreApplication::translate("jiujin::BookingService",
                                           "这个预约已经取消、签到或未约上，不能再取消或改约");
    if (b.slotStart <= central)
        return QCoreApplication::translate("jiujin::BookingService",
                                           "预约时间已到，不能再取消或改约");
    return {};
}
} // namespace

Result<void> BookingService::cancel(const QString &typed)
{
    const auto number = ticketIn(typed);
    const auto booking = number ? m_store.byTicket(*number) : std::nullopt;
    if (!booking)
        return Error{Error::NotFound,
                     QCoreApplication::translate("jiujin::BookingService", "没有找到这个预约号")};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto current = m_store.byUuid(booking->uuid); // as of this transaction
    if (const QString why = notCancellable(current.value(), centralNow()); !why.isEmpty())
        return Error{Error::Invalid, why};
    if (auto r = queueCancel(current.value()); !r)
        return r;
    return tx.commit();
}

Result<void> BookingService::queueCancel(const Booking &booking, const QString &replacedBy,
                                         const QString &actor)
{
    OutboxRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = QStringLiteral("booking_cancel");
    record.refersTo = booking.uuid;
    record.itemCode = booking.itemCode;
    record.pointCode = point();
    record.createdAt = m_clock();
    if (auto r = m_submissions.queueSealed(record, QByteArrayLiteral("{}"), QStringLiteral("kiosk"),
                                           QJsonObject{{QStringLiteral("slot"), booking.slot}});
        !r)
        return r;
    // The seat is back on the lease at once: seats here count only seat-holding bookings.
    return m_store.setState(booking.uuid, QStringLiteral("cancelled"), record.createdAt, actor,
                            record.uuid, replacedBy);
}

Result<bool> BookingService::cancelFromCentral(const protocol::BookingCancel &cancel)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto booking = m_store.byUuid(cancel.booking);
    if (!booking)
        return false; // not made here (or long gone): nothing to cancel
    if (booking->slot != cancel.slot)
        return Error{
            Error::Invalid,
            QStringLiteral("booking %1 is not of slot %2").arg(cancel.booking, cancel.slot)};
    // Already cancelled (here or by an earlier list), checked in, declined or a no-show: a
    // citizen who came keeps the seat, and a repeated list changes nothing.
    if (booking->state != QLatin1String("confirmed") &&
        booking->state != QLatin1String("requested"))
        return false;
    // A move at central names the new number and slot: kept so that 查进度 for the old ticket
    // says where the booking went (the number as replaced_by, as a reschedule here keeps it).
    if (auto r = queueCancel(*booking, cancel.movedTo.number, QStringLiteral("central")); !r)
        return r.error();
    if (auto r = m_store.setCancelReason(booking->uuid, cancel.reason, cancel.movedTo.slot); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<BookingTicket> BookingService::reschedule(const QString &typed, const BookingForm &form)
{
    const auto number = ticketIn(typed);
    const auto old = number ? m_store.byTicket(*number) : std::nullopt;
    if (!old)
        return Error{Error::NotFound,
                     QCoreApplication::translate("jiujin::BookingService", "没有找到这个预约号")};
    if (old->slot == form.slot)
        return Error{Error::Invalid, QCoreApplication::translate("jiujin::BookingService",
                                                                 "这就是您现在预约的时段")};
    BookingForm moved = form;
    if (moved.itemCode.isEmpty())
        moved.itemCode = old->itemCode;
    Result<BookingTicket> made = Error{Error::Io, QString()};
    {
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        if (const QString why = notCancellable(m_store.byUuid(old->uuid).value(), centralNow());
            !why.isEmpty()) {
            moved.wipe();
            return Error{Error::Invalid, why};
        }
        // The new booking first, so a slot without seats leaves the old one as it was; both
        // commit together or not at all.
        made = queueBooking(moved, true);
        moved.wipe();
        if (!made)
            return made.error();
        if (auto r = queueCancel(*old, made->ticket); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return made;
}

QString BookingService::stateText(const QString &state)
{
    if (state == QLatin1String("confirmed"))
        return QCoreApplication::translate("jiujin::BookingService", "已预约");
    if (state == QLatin1String("requested"))
        return QCoreApplication::translate("jiujin::BookingService", "预约申请已提交，联网后确认");
    if (state == QLatin1String("declined"))
        return QCoreApplication::translate("jiujin::BookingService",
                                           "未约上：该时段已满，请改约其他时段");
    if (state == QLatin1String("cancelled"))
        return QCoreApplication::translate("jiujin::BookingService", "已取消");
    if (state == QLatin1String("checked_in"))
        return QCoreApplication::translate("jiujin::BookingService", "已签到");
    if (state == QLatin1String("no_show"))
        return QCoreApplication::translate("jiujin::BookingService", "已过时未到");
    return state;
}

QString BookingService::cancelReasonText(const QString &code)
{
    if (code == QLatin1String("applicant_request"))
        return QCoreApplication::translate("jiujin::BookingService", "申请人要求取消");
    if (code == QLatin1String("point_closed"))
        return QCoreApplication::translate("jiujin::BookingService", "服务点临时停办");
    if (code == QLatin1String("duplicate"))
        return QCoreApplication::translate("jiujin::BookingService", "重复预约");
    if (code == QLatin1String("other"))
        return QCoreApplication::translate("jiujin::BookingService", "其他原因");
    return code;
}

QString BookingService::stateText(const Booking &b)
{
    // Moved at central (DESIGN §13i): not cancelled for the citizen, who holds a new number.
    if (b.state == QLatin1String("cancelled") && !b.cancelReason.isEmpty() &&
        !b.replacedBy.isEmpty())
        return QCoreApplication::translate("jiujin::BookingService",
                                           "已改约：工作人员已为您改到新的时段");
    if (b.state == QLatin1String("cancelled") && !b.cancelReason.isEmpty())
        return QCoreApplication::translate("jiujin::BookingService",
                                           "已取消：工作人员已为您取消（%1）")
            .arg(cancelReasonText(b.cancelReason));
    return stateText(b.state);
}

BookingStatus BookingService::statusOf(const Booking &b)
{
    BookingStatus s{b, stateText(b), QString()};
    if (const auto record = OutboxStore(m_db).byReceipt(b.ticket))
        s.delivery = record->state;
    return s;
}

QList<BookingStatus> BookingService::today(QDate date)
{
    QList<BookingStatus> list;
    for (const Booking &b : m_store.between(chinaMidnight(date), chinaMidnight(date.addDays(1))))
        list.append(statusOf(b));
    return list;
}

Result<BookingStatus> BookingService::checkIn(const QString &typedOrScanned, const QString &staffId)
{
    const auto number = ticketIn(typedOrScanned);
    if (!number || !m_store.byTicket(*number))
        return Error{Error::NotFound,
                     QCoreApplication::translate("jiujin::BookingService", "没有找到这个预约号")};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const Booking b = m_store.byTicket(*number).value();
    if (b.state == QLatin1String("checked_in"))
        return Error{Error::Invalid,
                     QCoreApplication::translate("jiujin::BookingService", "这个预约已经签到过了")};
    if (b.state != QLatin1String("confirmed"))
        return Error{Error::Invalid, stateText(b.state)};
    const QDateTime central = centralNow();
    if (chinaDate(b.slotStart) != chinaDate(central))
        return Error{Error::Invalid,
                     QCoreApplication::translate("jiujin::BookingService", "只能在预约当天签到")};
    const QDateTime at = m_clock();
    const QString actor = QStringLiteral("staff:") + staffId;
    if (auto r = m_store.setState(b.uuid, QStringLiteral("checked_in"), at, actor); !r)
        return r.error();
    if (auto r =
            queueAttendance(b, QLatin1String(protocol::attendanceCheckedIn), at, staffId, actor);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return statusOf(m_store.byUuid(b.uuid).value());
}

Result<int> BookingService::markNoShows(const QDateTime &now, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto overdue = m_store.confirmedEndedBefore(now.addSecs(-noShowAfterSeconds));
    for (const Booking &b : overdue) {
        if (auto r = m_store.setState(b.uuid, QStringLiteral("no_show"), now, actor); !r)
            return r.error();
        // The staff number when a person marked them (actor "staff:N"), else none.
        const QString staff = actor.startsWith(QLatin1String("staff:")) ? actor.mid(6) : QString();
        if (auto r =
                queueAttendance(b, QLatin1String(protocol::attendanceNoShow), now, staff, actor);
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(overdue.size());
}

Result<void> BookingService::queueAttendance(const Booking &booking, const QString &state,
                                             const QDateTime &at, const QString &staffId,
                                             const QString &actor)
{
    OutboxRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = QLatin1String(protocol::bookingAttendanceKind);
    record.refersTo = booking.uuid;
    record.itemCode = booking.itemCode;
    record.pointCode = point();
    record.createdAt = at; // the attendance's time: central judges a no-show by it
    record.staffId = staffId;
    // Nothing personal to seal: the state rides in the metadata, authenticated as the
    // associated data of an empty sealed payload (as a booking_cancel's).
    return m_submissions.queueSealed(
        record, QByteArrayLiteral("{}"), actor,
        protocol::attendanceMetaFields({booking.uuid, booking.slot, state, at}));
}

std::optional<BookingStatus> BookingService::status(const QString &typedOrScanned)
{
    const auto number = ticketIn(typedOrScanned);
    const auto b = number ? m_store.byTicket(*number) : std::nullopt;
    if (!b)
        return std::nullopt;
    return statusOf(*b);
}

} // namespace jiujin
