#include "bookingservice.h"

#include "centralstorage.h"
#include "gatewaylog.h"
#include "validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace jiujin::gateway {

namespace {

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

struct Period
{
    QTime from, to;
};

std::optional<QList<Period>> parseDayPlan(const QString &text)
{
    QList<Period> out;
    for (const QString &part : text.split(u',')) {
        const QStringList ends = part.trimmed().split(u'-');
        if (ends.size() != 2)
            return std::nullopt;
        const QTime from = QTime::fromString(ends.at(0).trimmed(), QStringLiteral("HH:mm"));
        const QTime to = QTime::fromString(ends.at(1).trimmed(), QStringLiteral("HH:mm"));
        if (!from.isValid() || !to.isValid() || to <= from)
            return std::nullopt;
        if (!out.isEmpty() && from < out.last().to)
            return std::nullopt;
        out.append({from, to});
    }
    return out;
}

} // namespace

std::optional<QList<std::pair<QTime, QTime>>> dayPlanPeriods(const QString &dayPlan)
{
    const auto periods = parseDayPlan(dayPlan);
    if (!periods)
        return std::nullopt;
    QList<std::pair<QTime, QTime>> out;
    for (const Period &p : *periods)
        out.append({p.from, p.to});
    return out;
}

namespace {

// What a lease keeps out of the pool. Unsettled: all it was granted (the kiosk may have confirmed
// bookings central has not seen yet). Settled: the kiosk's used count; when it also sent the
// confirmed count, cancels that arrive later give seats back (PROTOCOL.md, "Booking").
int holdOf(int seats, const std::optional<int> &used, const std::optional<int> &confirmed,
           bool settled, const LeaseSeen &seen)
{
    if (!settled)
        return seats;
    int hold = std::min(seats, used.value_or(0));
    if (confirmed)
        hold = std::min(hold, std::max(*confirmed, seen.booked) - seen.cancelled);
    return std::max(hold, 0);
}

int holdOf(const LeaseAccount &a)
{
    return holdOf(a.lease.seats, a.lease.used, a.lease.confirmed, a.lease.settledAt.has_value(),
                  a.seen);
}

} // namespace

BookingService::BookingService(CentralStorage &storage, const WorkCalendar &calendar)
    : m_storage(storage), m_calendar(calendar)
{
}

BookingRecords &BookingService::records() const
{
    return m_storage.bookings();
}

bool BookingService::handles(const QString &kind)
{
    return kind == QLatin1String("booking") || kind == QLatin1String("booking_cancel");
}

QString BookingService::payloadProblem(const QString &kind, const QJsonObject &meta,
                                       const QJsonObject &payload, QDate today)
{
    if (kind != QLatin1String("booking"))
        return {};
    const QJsonValue item = payload.value(QLatin1String("item"));
    const QString metaItem = meta.value(QLatin1String("item")).toString();
    if (!item.isString() || item.toString().isEmpty() ||
        (!metaItem.isEmpty() && item.toString() != metaItem))
        return QCoreApplication::translate("jiujin::gateway::BookingService",
                                           "预约内容的事项与元数据不符");
    for (const FieldSpec &f : validation::bookingFields()) {
        const QJsonValue v = payload.value(f.id);
        if (!v.isUndefined() && !v.isString())
            return QCoreApplication::translate("jiujin::gateway::BookingService",
                                               "预约字段 %1 的值不是文本")
                .arg(f.id);
        const QString message = validation::check(f, v.toString(), today);
        if (!message.isEmpty())
            return QCoreApplication::translate("jiujin::gateway::BookingService",
                                               "预约字段 %1 不符合要求：%2")
                .arg(f.id, message);
    }
    return {};
}

Result<void> PointPlan::check() const
{
    if (point.isEmpty() || point.size() > protocol::maxPointCode || point.contains(u'/'))
        return Error{Error::Invalid, QStringLiteral("point: not a point code")};
    if (capacity < 0 || capacity > protocol::maxSlotCapacity)
        return Error{Error::Invalid,
                     QStringLiteral("capacity: 0 to %1").arg(protocol::maxSlotCapacity)};
    if (slotMinutes < 5 || slotMinutes > 240)
        return Error{Error::Invalid, QStringLiteral("slot minutes: 5 to 240")};
    const auto periods = parseDayPlan(dayPlan);
    if (!periods)
        return Error{
            Error::Invalid,
            QStringLiteral("day plan: expected HH:MM-HH:MM,... in order, not overlapping")};
    for (const Period &p : *periods) {
        if (p.from.secsTo(p.to) < slotMinutes * 60)
            return Error{Error::Invalid,
                         QStringLiteral("day plan: a period shorter than one slot")};
    }
    return protocol::checkGroups(groups);
}

Result<void> BookingService::setPlan(const PointPlan &plan, const QDateTime &now)
{
    if (auto r = plan.check(); !r)
        return r;
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    if (auto r = records().putPlan({plan.point, plan.capacity, plan.dayPlan, plan.slotMinutes}); !r)
        return r;
    if (auto r = records().setGroups(plan.point, plan.groups); !r)
        return r;
    // Slots already made and not yet started take the new capacity, but never below what is
    // held on them: a smaller capacity cannot take back leased or booked seats.
    auto future = records().slotsAfter(plan.point, now);
    if (!future)
        return future.error();
    for (const SlotRow &slot : future.value()) {
        auto free = freeSeats(slot);
        if (!free)
            return free.error();
        const int held = slot.capacity - free.value();
        if (auto r = records().setSlotCapacity(slot.id, std::max(plan.capacity, held)); !r)
            return r;
        if (auto r = checkInvariant(slot.id); !r)
            return r;
    }
    return tx.value()->commit();
}

Result<PointPlan> BookingService::plan(const QString &point)
{
    PointPlan plan;
    plan.point = point;
    auto stored = records().plan(point);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        plan.capacity = stored->value().capacity;
        plan.dayPlan = stored->value().dayPlan;
        plan.slotMinutes = stored->value().slotMinutes;
    }
    auto groups = records().groups(point);
    if (!groups)
        return groups.error();
    plan.groups = groups.value();
    return plan;
}

Result<bool> BookingService::servesItem(const QString &point, const QString &item)
{
    auto groups = records().groups(point);
    if (!groups)
        return groups.error();
    if (groups->isEmpty())
        return true;
    if (item.isEmpty())
        return false;
    auto department = records().publishedDepartmentOf(item);
    if (!department)
        return department.error();
    // Nothing published: central cannot tell the item's group, and the kiosks check it against
    // their own catalogue; a request is not refused for what central does not know.
    if (!department->has_value()) {
        auto published = records().cataloguePublished();
        if (!published)
            return published.error();
        return !published.value();
    }
    return groups->contains(department->value());
}

Result<void> BookingService::materialise(const QString &point, QDate day, const QDateTime &now)
{
    const QDate today = WorkCalendar::chinaDate(now);
    if (day < today.addDays(-1) || day > today.addDays(horizonDays))
        return {};
    auto marked = records().markDay(point, day);
    if (!marked)
        return marked.error();
    if (!marked.value() || !m_calendar.isOpen(day))
        return {};
    auto p = plan(point);
    if (!p)
        return p.error();
    const auto periods = parseDayPlan(p->dayPlan);
    if (!periods)
        return Error{Error::Corrupt, QStringLiteral("day plan of %1").arg(point)};
    for (const Period &period : *periods) {
        for (QTime t = period.from; t.isValid() && t.secsTo(period.to) >= p->slotMinutes * 60;
             t = t.addSecs(p->slotMinutes * 60)) {
            const QDateTime start = protocol::chinaTime(day, t);
            const QDateTime end = start.addSecs(p->slotMinutes * 60);
            if (auto r = records().addSlot(
                    {protocol::slotId(point, start), point, start, end, p->capacity});
                !r)
                return r;
            if (t.addSecs(p->slotMinutes * 60) < t) // wrapped past midnight
                break;
        }
    }
    return {};
}

Result<std::optional<SlotRow>> BookingService::findSlot(const QString &id, const QDateTime &now)
{
    auto parts = protocol::parseSlotId(id);
    if (!parts)
        return std::optional<SlotRow>{};
    auto found = records().slot(id);
    if (!found || found->has_value())
        return found;
    auto known = records().knownPoint(parts->point);
    if (!known)
        return known.error();
    if (!known.value())
        return std::optional<SlotRow>{};
    const QDate day = WorkCalendar::chinaDate(parts->startUtc);
    if (auto r = materialise(parts->point, day, now); !r)
        return r.error();
    return records().slot(id);
}

// Every count below feeds the capacity invariant: the records fail closed (a read error is an
// error and the transaction aborts, never a count of 0).

Result<int> BookingService::freeSeats(const SlotRow &slot)
{
    auto other = records().otherBookings(slot.id);
    if (!other)
        return other.error();
    auto leases = records().leaseAccounts(slot.id);
    if (!leases)
        return leases.error();
    int held = other.value();
    for (const LeaseAccount &a : leases.value())
        held += holdOf(a);
    return std::max(0, slot.capacity - held);
}

Result<int> BookingService::leaseRoom(const SlotRow &slot)
{
    auto leases = records().leaseAccounts(slot.id);
    if (!leases)
        return leases.error();
    auto free = freeSeats(slot);
    if (!free)
        return free.error();
    int leased = 0;
    for (const LeaseAccount &a : leases.value())
        leased += holdOf(a);
    const int leasable = slot.capacity - slot.capacity / poolShareDivisor;
    return std::max(0, std::min(free.value(), leasable - leased));
}

Result<void> BookingService::checkInvariant(const QString &slot)
{
    auto row = records().slot(slot);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{Error::Corrupt, QStringLiteral("invariant: slot %1 missing").arg(slot)};
    const int capacity = row->value().capacity;
    auto other = records().otherBookings(slot);
    if (!other)
        return other.error();
    auto leases = records().leaseAccounts(slot);
    if (!leases)
        return leases.error();
    int held = other.value();
    for (const LeaseAccount &a : leases.value()) {
        if (a.seen.active() > a.lease.seats || a.seen.active() < 0) {
            qCCritical(lcGateway) << "booking invariant broken: lease of" << a.lease.device << "on"
                                  << slot << "holds" << a.lease.seats << "seats but"
                                  << a.seen.active() << "bookings";
            return Error{
                Error::Corrupt,
                QStringLiteral("invariant: lease of %1 on %2 exceeded").arg(a.lease.device, slot)};
        }
        held += holdOf(a);
    }
    if (held > capacity) {
        qCCritical(lcGateway) << "booking invariant broken:" << slot << "holds" << held << "of"
                              << capacity << "seats";
        return Error{
            Error::Corrupt,
            QStringLiteral("invariant: %1 holds %2 of %3 seats").arg(slot).arg(held).arg(capacity)};
    }
    return {};
}

Result<protocol::SlotList> BookingService::slotList(const QString &point, QDate from, int days,
                                                    const QDateTime &now)
{
    if (days < 1 || days > protocol::maxSlotDays || !from.isValid())
        return Error{Error::Invalid, QStringLiteral("days: 1 to %1").arg(protocol::maxSlotDays)};
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    for (int i = 0; i < days; ++i) {
        if (auto r = materialise(point, from.addDays(i), now); !r)
            return r.error();
    }
    protocol::SlotList list;
    list.point = point;
    list.from = from;
    list.days = days;
    list.generatedAt = fromSecs(now.toSecsSinceEpoch());
    auto rows = slotRows(point, from, days);
    if (!rows)
        return rows.error();
    for (const SlotRow &row : rows.value()) {
        auto free = freeSeats(row);
        if (!free)
            return free.error();
        list.entries.append({row.id, row.start, row.end, row.capacity, free.value()});
    }
    auto groups = records().groups(point);
    if (!groups)
        return groups.error();
    list.groups = groups.value();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return list;
}

Result<QList<SlotRow>> BookingService::slotRows(const QString &point, QDate from, int days)
{
    return records().slotsStarting(point, protocol::chinaMidnight(from),
                                   protocol::chinaMidnight(from.addDays(days)));
}

Result<protocol::LeaseState> BookingService::stateOf(const QString &slot,
                                                     const std::optional<LeaseRow> &lease,
                                                     const QDateTime &expiresAt)
{
    protocol::LeaseState state;
    state.slot = slot;
    state.expiresAt = expiresAt;
    if (lease) {
        auto seen = records().seen(lease->device, slot);
        if (!seen)
            return seen.error();
        state.settled = lease->settledAt.has_value();
        state.seats =
            holdOf(lease->seats, lease->used, lease->confirmed, state.settled, seen.value());
    }
    return state;
}

Result<protocol::LeaseResponse> BookingService::lease(const QString &device, const QString &point,
                                                      const QList<protocol::LeaseWant> &wants,
                                                      const QList<protocol::LeaseSettle> &settles,
                                                      const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    protocol::LeaseResponse out;
    out.serverTime = fromSecs(now.toSecsSinceEpoch());
    QSet<QString> touched;

    for (const protocol::LeaseWant &want : wants) {
        auto slot = findSlot(want.slot, now);
        if (!slot)
            return slot.error();
        auto parts = protocol::parseSlotId(want.slot);
        const QDateTime expiry = parts ? protocol::leaseExpiry(parts->startUtc) : QDateTime();
        if (!slot->has_value() || slot->value().point != point) {
            protocol::LeaseState state;
            state.slot = want.slot;
            state.expiresAt = expiry;
            state.error = QStringLiteral("slot");
            out.leases.append(state);
            continue;
        }
        const SlotRow &row = slot->value();
        const QDateTime expiresAt = protocol::leaseExpiry(row.start);
        auto leaseRead = records().lease(device, row.id);
        if (!leaseRead)
            return leaseRead.error();
        std::optional<LeaseRow> lease = leaseRead.value();
        const bool closed = (lease && lease->settledAt) || now >= expiresAt;
        const int current = lease ? lease->seats : 0;
        if (!closed) {
            // A smaller ask returns seats: the kiosk lowered its own lease before asking, so it
            // confirms no more than that; central never goes below the bookings it has seen.
            int target = current;
            if (want.seats < current) {
                auto seen = records().seen(device, row.id);
                if (!seen)
                    return seen.error();
                target = std::max(want.seats, seen->active());
            } else {
                auto room = leaseRoom(row);
                if (!room)
                    return room.error();
                // Never past the per-device cap, whatever the kiosk asks (a lease granted above
                // it earlier is kept, not taken back).
                target = std::max(current, std::min({want.seats, current + room.value(),
                                                     maxLeaseSeats(row.capacity)}));
            }
            if (target != current) {
                if (auto r = records().setLeaseSeats(device, row.id, target, expiresAt, now); !r)
                    return r.error();
                touched.insert(row.id);
                auto updated = records().lease(device, row.id);
                if (!updated)
                    return updated.error();
                lease = updated.value();
            }
        }
        auto state = stateOf(row.id, lease, expiresAt);
        if (!state)
            return state.error();
        out.leases.append(state.value());
    }

    for (const protocol::LeaseSettle &settle : settles) {
        auto slot = findSlot(settle.slot, now);
        if (!slot)
            return slot.error();
        auto parts = protocol::parseSlotId(settle.slot);
        if (!slot->has_value() || slot->value().point != point) {
            protocol::LeaseState state;
            state.slot = settle.slot;
            state.expiresAt = parts ? protocol::leaseExpiry(parts->startUtc) : QDateTime();
            state.error = QStringLiteral("slot");
            out.leases.append(state);
            continue;
        }
        const SlotRow &row = slot->value();
        const QDateTime expiresAt = protocol::leaseExpiry(row.start);
        auto leaseRead = records().lease(device, row.id);
        if (!leaseRead)
            return leaseRead.error();
        const std::optional<LeaseRow> lease = leaseRead.value();
        const std::optional<int> confirmed =
            settle.confirmed >= 0 ? std::optional<int>(settle.confirmed) : std::nullopt;
        if (lease && lease->settledAt) {
            auto state = stateOf(row.id, lease, expiresAt);
            if (!state)
                return state.error();
            if (lease->used != settle.used || (confirmed && lease->confirmed != confirmed))
                state->error = QStringLiteral("settled");
            out.leases.append(state.value());
            continue;
        }
        if (!lease || settle.used > lease->seats)
            qCWarning(lcGateway) << "device" << device << "settles" << settle.used << "used on"
                                 << row.id << "holding" << (lease ? lease->seats : 0)
                                 << "seats: capped";
        if (auto r = records().settleLease(device, row.id, settle.used, confirmed, expiresAt, now);
            !r)
            return r.error();
        touched.insert(row.id);
        auto settled = records().lease(device, row.id);
        if (!settled)
            return settled.error();
        auto state = stateOf(row.id, settled.value(), expiresAt);
        if (!state)
            return state.error();
        out.leases.append(state.value());
    }

    for (const QString &id : touched) {
        if (auto r = checkInvariant(id); !r)
            return r.error();
    }
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return out;
}

Result<QString> BookingService::intake(const QString &device, const QString &point,
                                       const QString &uuid, const QByteArray &meta,
                                       const QDateTime &now)
{
    const QJsonObject m = QJsonDocument::fromJson(meta).object();
    const QString kind = m.value(QLatin1String("kind")).toString();
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto reason = kind == QLatin1String("booking") ? bookRecord(device, point, uuid, m, now)
                                                   : cancelRecord(device, m, now);
    if (!reason)
        return reason.error();
    if (!reason->isEmpty())
        return reason; // nothing changed; the savepoint rolls back
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return reason;
}

Result<QString> BookingService::bookRecord(const QString &device, const QString &point,
                                           const QString &uuid, const QJsonObject &meta,
                                           const QDateTime &now)
{
    const QJsonValue slotValue = meta.value(QLatin1String("slot"));
    const QJsonValue ticket = meta.value(QLatin1String("ticket"));
    const QJsonValue onLease = meta.value(QLatin1String("lease"));
    if (!slotValue.isString() || !ticket.isString() || ticket.toString().size() > 64 ||
        !onLease.isBool())
        return QStringLiteral("slot");
    auto slot = findSlot(slotValue.toString(), now);
    if (!slot)
        return slot.error();
    if (!slot->has_value() || slot->value().point != point)
        return QStringLiteral("slot");
    const SlotRow row = slot->value();
    auto existing = records().bookingByRef(device, uuid);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return QString(); // already counted (the record itself is stored once by the intake)

    const QString item = meta.value(QLatin1String("item")).toString();
    auto served = servesItem(point, item);
    if (!served)
        return served.error();
    if (!served.value()) {
        if (!onLease.toBool())
            return QStringLiteral("item");
        // Confirmed offline against the kiosk's own lease: the citizen holds that seat, and
        // central never takes a confirmed seat back. The kiosk's groups were likely stale.
        qCWarning(lcGateway) << "lease booking of" << device << "on" << row.id << "for item" << item
                             << "outside the point's groups: accepted";
    }

    BookingSource source = BookingSource::KioskRequest;
    if (onLease.toBool()) {
        source = BookingSource::KioskLease;
        auto leaseRead = records().lease(device, row.id);
        if (!leaseRead)
            return leaseRead.error();
        const std::optional<LeaseRow> lease = leaseRead.value();
        auto seenRead = records().seen(device, row.id);
        if (!seenRead)
            return seenRead.error();
        const LeaseSeen seen = seenRead.value();
        // A settled lease takes only bookings confirmed before its settle (the kiosk's count).
        const bool fits =
            lease && seen.active() + 1 <= lease->seats &&
            (!lease->settledAt || !lease->confirmed || seen.booked + 1 <= *lease->confirmed);
        if (!fits) {
            qCWarning(lcGateway) << "booking" << uuid << "of" << device << "on" << row.id
                                 << "exceeds its lease";
            return QStringLiteral("lease exceeded");
        }
    } else if (row.start <= now) {
        return QStringLiteral("no seats");
    } else {
        auto free = freeSeats(row);
        if (!free)
            return free.error();
        if (free.value() <= 0)
            return QStringLiteral("no seats");
    }
    BookingRow booking;
    booking.id = uuid;
    booking.slot = row.id;
    booking.source = source;
    booking.device = device;
    booking.ref = uuid;
    booking.ticket = ticket.toString();
    booking.createdAt = now;
    if (auto r = records().addBooking(booking); !r)
        return r.error();
    if (auto r = checkInvariant(row.id); !r)
        return QStringLiteral("invariant");
    return QString();
}

Result<QString> BookingService::cancelRecord(const QString &device, const QJsonObject &meta,
                                             const QDateTime &now)
{
    const QString refersTo = meta.value(QLatin1String("refers_to")).toString();
    if (refersTo.isEmpty())
        return QStringLiteral("unknown booking");
    auto found = records().bookingByRef(device, refersTo);
    if (!found)
        return found.error();
    if (!found->has_value() || found->value().source == BookingSource::Channel)
        return QStringLiteral("unknown booking");
    const BookingRow &booking = found->value();
    if (booking.cancelledAt)
        return QString();
    if (auto r = records().cancelBooking(device, booking.id, now); !r)
        return r.error();
    if (auto r = checkInvariant(booking.slot); !r)
        return QStringLiteral("invariant");
    return QString();
}

namespace {

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<QString> BookingService::createChannelToken(const QDateTime &now)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QByteArray token =
        "jjc_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (auto r = records().addLegacyChannelToken(tokenHash(token), now); !r)
        return r.error();
    return QString::fromLatin1(token);
}

std::optional<QString> BookingService::channelOf(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    const QString hash = tokenHash(token);
    auto known = records().legacyChannelTokenExists(hash);
    if (!known || !known.value()) // a read error lets no token in
        return std::nullopt;
    return QStringLiteral("channel:") + hash.left(16);
}

Result<ChannelAnswer> BookingService::channelBook(const QString &channel, const QString &slot,
                                                  const QString &ref, const QDateTime &now)
{
    return poolBook(channel, slot, ref, QString(), QString(), now);
}

Result<ChannelAnswer> BookingService::channelBook(const QString &channel, const QString &slot,
                                                  const QString &ref, const QString &item,
                                                  const QDateTime &now)
{
    return poolBook(channel, slot, ref, item, QString(), now);
}

Result<ChannelAnswer> BookingService::moveBook(const QString &slot, const QString &ref,
                                               const QString &item, const QString &ticket,
                                               const QDateTime &now)
{
    return poolBook(QLatin1String(movedDevice), slot, ref, item, ticket, now);
}

Result<ChannelAnswer> BookingService::poolBook(const QString &device, const QString &slot,
                                               const QString &ref, const QString &item,
                                               const QString &ticket, const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    ChannelAnswer answer;
    auto existing = records().bookingByRef(device, ref);
    if (!existing)
        return existing.error();
    if (existing->has_value() && existing->value().source == BookingSource::Channel) {
        answer.kind = ChannelAnswer::Kind::Booked;
        answer.booking = existing->value().id;
        answer.slot = existing->value().slot;
        answer.ticket = existing->value().ticket;
        return answer;
    }
    auto row = findSlot(slot, now);
    if (!row)
        return row.error();
    if (!row->has_value()) {
        answer.kind = ChannelAnswer::Kind::NoSlot;
        if (auto r = tx.value()->commit(); !r)
            return r.error();
        return answer;
    }
    // Only a new booking of a real slot is judged by its item ("" = any group, a seat at the
    // hall).
    if (!item.isEmpty()) {
        auto served = servesItem(row->value().point, item);
        if (!served)
            return served.error();
        if (!served.value()) {
            if (auto r = tx.value()->commit(); !r)
                return r.error();
            answer.kind = ChannelAnswer::Kind::Item;
            return answer;
        }
    }
    auto free = row->value().start <= now ? Result<int>(0) : freeSeats(row->value());
    if (!free)
        return free.error();
    if (free.value() <= 0) {
        answer.kind = ChannelAnswer::Kind::Full;
        if (auto r = tx.value()->commit(); !r)
            return r.error();
        return answer;
    }
    BookingRow booking;
    booking.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    booking.slot = slot;
    booking.source = BookingSource::Channel;
    booking.device = device;
    booking.ref = ref;
    booking.ticket = ticket;
    booking.createdAt = now;
    if (auto r = records().addBooking(booking); !r)
        return r.error();
    if (auto r = checkInvariant(slot); !r)
        return r.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    answer.kind = ChannelAnswer::Kind::Booked;
    answer.booking = booking.id;
    answer.slot = slot;
    answer.ticket = ticket;
    return answer;
}

Result<bool> BookingService::channelCancel(const QString &channel, const QString &id,
                                           const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto found = records().booking(channel, id);
    if (!found)
        return found.error();
    if (!found->has_value() || found->value().source != BookingSource::Channel)
        return false;
    const BookingRow &booking = found->value();
    if (!booking.cancelledAt) {
        if (auto r = records().cancelBooking(channel, id, now); !r)
            return r.error();
        if (auto r = checkInvariant(booking.slot); !r)
            return r.error();
    }
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return true;
}

Result<QList<SlotStats>> BookingService::stats(const QString &point, QDate from, int days,
                                               const QDateTime &now)
{
    auto rows = slotRows(point, from, days);
    if (!rows)
        return rows.error();
    QList<SlotStats> out;
    for (const SlotRow &row : rows.value()) {
        SlotStats st;
        st.id = row.id;
        st.start = row.start;
        st.end = row.end;
        st.capacity = row.capacity;
        auto other = records().otherBookings(row.id);
        if (!other)
            return other.error();
        auto leases = records().leaseAccounts(row.id);
        if (!leases)
            return leases.error();
        st.other = other.value();
        for (const LeaseAccount &a : leases.value()) {
            const int hold = holdOf(a);
            const int active = a.seen.active();
            st.leased += hold;
            st.used += std::min(active, hold);
            const bool expiredUnsettled = !a.lease.settledAt && now >= a.lease.expiresAt;
            const bool settledLate = a.lease.settledAt && *a.lease.settledAt >= row.start;
            if (expiredUnsettled)
                st.stranded += std::max(0, a.lease.seats - active);
            else if (settledLate)
                st.stranded +=
                    std::max(0, a.lease.seats - std::min(a.lease.seats, a.lease.used.value_or(0)));
        }
        st.free = std::max(0, st.capacity - st.leased - st.other);
        out.append(st);
    }
    return out;
}

Result<QList<BookingInfo>> BookingService::bookings(const QString &point, QDate from)
{
    const std::optional<QDateTime> since =
        from.isValid() ? std::optional<QDateTime>(protocol::chinaMidnight(from)) : std::nullopt;
    auto rows = records().bookingsFrom(point, since);
    if (!rows)
        return rows.error();
    QList<BookingInfo> out;
    for (const BookingRow &row : rows.value())
        out.append({row.id, row.ticket, row.slot, sourceName(row.source), row.device, row.createdAt,
                    row.cancelledAt, row.ref});
    return out;
}

} // namespace jiujin::gateway
