#include "bookingsapi.h"

#include "auditchain.h"
#include "bookingcancels.h"
#include "bookingrecords.h"
#include "bookingservice.h"
#include "centralcalendar.h"
#include "chinatime.h"
#include "devicerecords.h"
#include "intakerecords.h"
#include "kioskcancels.h"
#include "operatorhttp.h"
#include "operatorroles.h"
#include "planchange.h"
#include "publishedcatalogue.h"
#include "slots.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <httplib.h>

#include <algorithm>

namespace jiujin::gateway {

namespace {

const QString invalid = QStringLiteral("invalid");
const QString forbidden = QStringLiteral("forbidden");

const QRegularExpression &pointShape()
{
    static const QRegularExpression shape(QStringLiteral("^\\d{12}-\\d{2}$"));
    return shape;
}

QString param(const httplib::Request &req, const char *name)
{
    return QString::fromStdString(req.get_param_value(name));
}

QString hhmm(const QDateTime &t)
{
    return inChina(t).toString(QStringLiteral("HH:mm"));
}

/** 400 with the field the problem is in, for the console to show beside it. */
void fieldError(httplib::Response &res, const QString &field, const QString &message)
{
    OperatorHttp::reply(res, 400,
                        {{QStringLiteral("error"), invalid},
                         {QStringLiteral("field"), field},
                         {QStringLiteral("message"), message}});
}

} // namespace

BookingsApi::BookingsApi(CentralStorage &storage, OperatorService &operators)
    : m_storage(storage), m_operators(operators),
      m_booking(std::make_unique<BookingService>(storage))
{
}

BookingsApi::~BookingsApi() = default;

void BookingsApi::addRoutes(httplib::Server &server, std::function<QDateTime()> clock)
{
    using Handler = void (BookingsApi::*)(OperatorRequest &);
    const auto route = [&](Handler h, bool withBody) {
        return OperatorHttp::route(
            m_operators, clock, [this, h](OperatorRequest &r) { (this->*h)(r); }, withBody);
    };
    server.Get("/v1/operator/bookings/points", route(&BookingsApi::points, false));
    server.Get("/v1/operator/bookings/day", route(&BookingsApi::day, false));
    server.Get("/v1/operator/bookings/week", route(&BookingsApi::week, false));
    server.Post(R"(/v1/operator/bookings/plans/(\d{12}-\d{2}))",
                route(&BookingsApi::setPlan, true));
    server.Post("/v1/operator/bookings/cancel", route(&BookingsApi::cancel, true));
    server.Post("/v1/operator/bookings/move", route(&BookingsApi::move, true));
}

QString BookingsApi::fieldOf(const QString &message)
{
    if (message.startsWith(QLatin1String("capacity")))
        return QStringLiteral("capacity");
    if (message.startsWith(QLatin1String("slot minutes")))
        return QStringLiteral("slot_minutes");
    if (message.startsWith(QLatin1String("day plan")))
        return QStringLiteral("day_plan");
    if (message.startsWith(QLatin1String("groups")))
        return QStringLiteral("groups");
    return QStringLiteral("point");
}

QJsonObject BookingsApi::planJson(const PointPlan &plan)
{
    return PlanChange::planJson(plan);
}

Result<bool> BookingsApi::knownPoint(const QString &point)
{
    auto known = m_storage.bookings().knownPoint(point);
    if (!known || known.value())
        return known;
    auto published = m_storage.catalogue().liveEntry(CatalogueKind::Points, point);
    if (!published)
        return published.error();
    return published->has_value();
}

void BookingsApi::points(OperatorRequest &r)
{
    if (!OperatorRoles::readsBookings(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    auto tx = m_storage.begin(Access::Snapshot);
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    // The points of the published catalogue and those with an enrolled kiosk.
    QMap<QString, int> devices;
    auto published = m_storage.catalogue().live(CatalogueKind::Points);
    if (!published)
        return OperatorHttp::unavailable(r.res, published.error());
    for (const PublishedEntry &e : published.value())
        devices.insert(e.code, 0);
    auto enrolled = m_storage.devices().devices();
    if (!enrolled)
        return OperatorHttp::unavailable(r.res, enrolled.error());
    for (const DeviceRow &d : enrolled.value())
        if (!d.revokedAt)
            devices[d.point] += 1;
    QJsonArray list;
    for (auto it = devices.cbegin(); it != devices.cend(); ++it) {
        if (!pointShape().match(it.key()).hasMatch() ||
            !OperatorRoles::readsBookingsAt(r.session.row, it.key()))
            continue;
        list.append(QJsonObject{{QStringLiteral("point"), it.key()},
                                {QStringLiteral("kiosks"), it.value()}});
    }
    OperatorHttp::reply(
        r.res, 200,
        {{QStringLiteral("points"), list},
         {QStringLiteral("today"), chinaDate(r.now).toString(Qt::ISODate)},
         {QStringLiteral("may_edit_plans"), OperatorRoles::editsBookingPlans(r.session.row)}});
}

std::optional<std::pair<QString, QDate>>
BookingsApi::askedPointDays(OperatorRequest &r, const char *dateParam, int days)
{
    if (!OperatorRoles::readsBookings(r.session.row)) {
        OperatorHttp::error(r.res, 403, forbidden);
        return std::nullopt;
    }
    const QString point = param(r.req, "point");
    if (!pointShape().match(point).hasMatch()) {
        OperatorHttp::error(r.res, 400, invalid,
                            QStringLiteral("point: a service point (150525203000-01)"));
        return std::nullopt;
    }
    const QDate today = chinaDate(r.now);
    const QString dateText = param(r.req, dateParam);
    const QDate first = dateText.isEmpty()
                            ? today
                            : QDate::fromString(dateText.left(10), QStringLiteral("yyyy-MM-dd"));
    const int ahead = BookingService::horizonDays - (days - 1); // the last day within the horizon
    if (!first.isValid() || dateText.size() > 10 || first < today.addDays(-maxPastDays) ||
        first > today.addDays(ahead)) {
        OperatorHttp::error(r.res, 400, invalid,
                            QStringLiteral("%1: YYYY-MM-DD, %2 days back to %3 ahead")
                                .arg(QLatin1String(dateParam))
                                .arg(maxPastDays)
                                .arg(ahead));
        return std::nullopt;
    }
    if (!OperatorRoles::readsBookingsAt(r.session.row, point)) {
        OperatorHttp::error(r.res, 403, forbidden);
        return std::nullopt;
    }
    return std::pair{point, first};
}

std::optional<PointPlan> BookingsApi::readPlan(OperatorRequest &r, const QString &point)
{
    auto known = knownPoint(point);
    if (!known) {
        OperatorHttp::unavailable(r.res, known.error());
        return std::nullopt;
    }
    if (!known.value()) {
        OperatorHttp::error(r.res, 404, QStringLiteral("point"));
        return std::nullopt;
    }
    auto plan = m_booking->plan(point);
    if (!plan) {
        OperatorHttp::unavailable(r.res, plan.error());
        return std::nullopt;
    }
    return plan.value();
}

void BookingsApi::day(OperatorRequest &r)
{
    const auto asked = askedPointDays(r, "date", 1);
    if (!asked)
        return;
    const auto &[point, date] = *asked;
    auto tx = m_storage.begin(Access::Snapshot);
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    auto plan = readPlan(r, point);
    if (!plan)
        return;
    // Slots central made already (a kiosk's or channel's first look at the day makes them);
    // reading here makes none, so a plan change still reaches days nobody has looked at.
    auto stats = m_booking->stats(point, date, 1, r.now);
    if (!stats)
        return OperatorHttp::unavailable(r.res, stats.error());
    auto bookings = m_booking->bookings(point, date);
    if (!bookings)
        return OperatorHttp::unavailable(r.res, bookings.error());

    struct Counts
    {
        int kiosk = 0, channel = 0;
    };
    QMap<QString, Counts> bySlot;
    QJsonArray listed;
    const bool mayCancel = cancelsAt(r.session.row, point);
    // Kiosk bookings cancelled here and not yet cancelled back by their kiosk (PROTOCOL.md
    // "Bookings cancelled at central"), and which kiosks understand such a cancellation.
    auto requests = m_storage.bookings().cancelRequestsStarting(point, chinaMidnight(date),
                                                                chinaMidnight(date.addDays(1)));
    if (!requests)
        return OperatorHttp::unavailable(r.res, requests.error());
    QHash<QString, QString> requestedReason; // device + '/' + booking -> reason code
    for (const CancelRequestRow &q : requests.value())
        requestedReason.insert(q.device + u'/' + q.booking, q.reason);
    // Check-ins and no-shows the kiosks sent (booking_attendance records).
    auto attended = m_storage.bookings().attendancesStarting(point, chinaMidnight(date),
                                                             chinaMidnight(date.addDays(1)));
    if (!attended)
        return OperatorHttp::unavailable(r.res, attended.error());
    QHash<QString, QString> attendance; // device + '/' + booking -> checked_in | no_show
    for (const AttendanceRow &a : attended.value())
        attendance.insert(a.device + u'/' + a.booking, a.state);
    int noShows = 0, checkedIn = 0;
    QHash<QString, bool> understands;
    int total = 0, cancelled = 0, undelivered = 0;
    const QDateTime dayEnd = chinaMidnight(date.addDays(1));
    for (const BookingInfo &b : bookings.value()) {
        auto slot = protocol::parseSlotId(b.slot);
        if (!slot)
            continue; // not a slot id central makes: never stored (BookingService checks)
        if (slot->startUtc >= dayEnd)
            break; // by slot start
        const bool kiosk = b.source != QLatin1String("channel");
        const bool moved = b.device == QLatin1String(BookingService::movedDevice);
        ++total;
        if (b.cancelledAt)
            ++cancelled;
        else
            (kiosk ? bySlot[b.slot].kiosk : bySlot[b.slot].channel) += 1;
        const QString attendedAs = kiosk ? attendance.value(b.device + u'/' + b.id) : QString();
        noShows += attendedAs == u"no_show";
        checkedIn += attendedAs == u"checked_in";
        if (listed.size() >= maxListedBookings)
            continue;
        // The item of a kiosk's booking is in its record's clear metadata; a channel's booking
        // names none central keeps.
        QJsonValue item = QJsonValue::Null;
        // A booking moved here names the kiosk booking it replaced (its reference, "device/uuid"):
        // the item is that record's, and the old number is shown beside the new one.
        const qsizetype cut = moved ? b.ref.indexOf(u'/') : -1;
        const QString recordDevice = cut > 0 ? b.ref.left(cut) : b.device;
        const QString recordId = cut > 0 ? b.ref.mid(cut + 1) : b.id;
        QJsonValue movedFrom = QJsonValue::Null;
        if (kiosk || cut > 0) {
            auto record = m_storage.intake().submission(recordDevice, recordId);
            if (!record)
                return OperatorHttp::unavailable(r.res, record.error());
            if (record->has_value() && !record->value().item.isEmpty())
                item = record->value().item;
        }
        if (cut > 0) {
            auto old = m_storage.bookings().booking(recordDevice, recordId);
            if (!old)
                return OperatorHttp::unavailable(r.res, old.error());
            if (old->has_value())
                movedFrom = old->value().ticket.isEmpty() ? old->value().id : old->value().ticket;
        }
        const QString reason = kiosk ? requestedReason.value(b.device + u'/' + b.id) : QString();
        // The booking a move made in its place, wherever it is.
        QJsonValue movedTo = QJsonValue::Null;
        if (reason == QLatin1String(KioskCancels::movedReason)) {
            auto to = m_storage.bookings().bookingByRef(QLatin1String(BookingService::movedDevice),
                                                        b.device + u'/' + b.id);
            if (!to)
                return OperatorHttp::unavailable(r.res, to.error());
            if (to->has_value()) {
                auto toSlot = protocol::parseSlotId(to->value().slot);
                if (toSlot)
                    movedTo = QJsonObject{
                        {QStringLiteral("number"), to->value().ticket},
                        {QStringLiteral("slot"), to->value().slot},
                        {QStringLiteral("date"), chinaDate(toSlot->startUtc).toString(Qt::ISODate)},
                        {QStringLiteral("time"), hhmm(toSlot->startUtc)}};
            }
        }
        bool newKiosk = !kiosk;
        if (kiosk) {
            if (!understands.contains(b.device)) {
                auto has =
                    m_storage.bookings().hasFeature(b.device, QLatin1String(KioskCancels::feature));
                if (!has)
                    return OperatorHttp::unavailable(r.res, has.error());
                understands.insert(b.device, has.value());
            }
            newKiosk = understands.value(b.device);
        }
        // A kiosk's booking cancelled here reads "cancelling" until its kiosk cancels it back;
        // once its slot has started the kiosk is no longer asked (the list stops there), so a
        // request still unanswered was not delivered: the clerk must tell the citizen.
        const QString state = b.cancelledAt       ? QStringLiteral("cancelled")
                              : !reason.isEmpty() ? cancelRequestState(slot->startUtc, r.now)
                                                  : QStringLiteral("booked");
        if (state == u"cancel_undelivered")
            ++undelivered;
        listed.append(QJsonObject{
            {QStringLiteral("number"), b.ticket.isEmpty() ? b.id : b.ticket},
            {QStringLiteral("slot"), b.slot},
            {QStringLiteral("time"), hhmm(slot->startUtc)},
            {QStringLiteral("channel"), kiosk   ? QStringLiteral("kiosk")
                                        : moved ? QStringLiteral("console")
                                                : QStringLiteral("other")},
            {QStringLiteral("source"), b.source},
            {QStringLiteral("item"), item},
            {QStringLiteral("state"), state},
            {QStringLiteral("cancel_reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason)},
            {QStringLiteral("moved_from"), movedFrom},
            {QStringLiteral("moved_to"), movedTo},
            // 已到 / 未到 as the kiosk sent it; null when it sent none (yet, or a kiosk before it).
            {QStringLiteral("attendance"),
             attendedAs.isEmpty() ? QJsonValue() : QJsonValue(attendedAs)},
            // A kiosk that never asked for GET /v1/bookings/cancels would not learn of it.
            {QStringLiteral("kiosk_too_old"), kiosk && !newKiosk},
            // Not started yet; another channel's, or a kiosk's whose kiosk will learn of it.
            {QStringLiteral("may_cancel"),
             mayCancel && newKiosk && state == u"booked" && slot->startUtc > r.now},
            // A kiosk's booking moved to another slot (move()): cancelled at its kiosk, a new
            // booking from central's pool.
            {QStringLiteral("may_move"),
             mayCancel && kiosk && newKiosk && state == u"booked" && slot->startUtc > r.now},
            {QStringLiteral("created_at"), b.createdAt.toUTC().toString(Qt::ISODate)}});
    }

    QJsonArray slotRows;
    QJsonObject totals;
    int capacity = 0, leased = 0, used = 0, other = 0, free = 0, stranded = 0, atKiosks = 0,
        channel = 0;
    for (const SlotStats &s : stats.value()) {
        const Counts c = bySlot.value(s.id);
        slotRows.append(
            QJsonObject{{QStringLiteral("id"), s.id},
                        {QStringLiteral("time"), hhmm(s.start) + u'-' + hhmm(s.end)},
                        {QStringLiteral("start"), s.start.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("end"), s.end.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("made"), true},
                        {QStringLiteral("capacity"), s.capacity},
                        {QStringLiteral("leased"), s.leased},
                        {QStringLiteral("used"), s.used},
                        {QStringLiteral("kiosk_booked"), c.kiosk},
                        {QStringLiteral("other"), c.channel},
                        {QStringLiteral("pool_other"), s.other},
                        {QStringLiteral("free"), s.free},
                        {QStringLiteral("stranded"), s.stranded},
                        {QStringLiteral("full"), s.free == 0}});
        capacity += s.capacity;
        leased += s.leased;
        used += s.used;
        other += s.other;
        free += s.free;
        stranded += s.stranded;
        atKiosks += c.kiosk;
        channel += c.channel;
    }
    const bool open = liveCalendar().isOpen(date);
    // Nothing made yet: the slots the plan would make, so the day can be judged before any
    // kiosk asks for it.
    if (stats->isEmpty() && open) {
        auto planned = plannedSlots(plan.value(), date);
        if (!planned)
            return OperatorHttp::unavailable(r.res, planned.error());
        for (const auto &[start, end] : planned.value())
            slotRows.append(QJsonObject{{QStringLiteral("id"), protocol::slotId(point, start)},
                                        {QStringLiteral("time"), hhmm(start) + u'-' + hhmm(end)},
                                        {QStringLiteral("start"), start.toString(Qt::ISODate)},
                                        {QStringLiteral("end"), end.toString(Qt::ISODate)},
                                        {QStringLiteral("made"), false},
                                        {QStringLiteral("capacity"), plan->capacity},
                                        {QStringLiteral("leased"), 0},
                                        {QStringLiteral("used"), 0},
                                        {QStringLiteral("kiosk_booked"), 0},
                                        {QStringLiteral("other"), 0},
                                        {QStringLiteral("pool_other"), 0},
                                        {QStringLiteral("free"), plan->capacity},
                                        {QStringLiteral("stranded"), 0},
                                        {QStringLiteral("full"), plan->capacity == 0}});
    }
    OperatorHttp::reply(
        r.res, 200,
        {{QStringLiteral("point"), point},
         {QStringLiteral("date"), date.toString(Qt::ISODate)},
         {QStringLiteral("open"), open},
         {QStringLiteral("made"), !stats->isEmpty()},
         {QStringLiteral("plan"), planJson(plan.value())},
         {QStringLiteral("slots"), slotRows},
         {QStringLiteral("totals"), QJsonObject{{QStringLiteral("capacity"), capacity},
                                                {QStringLiteral("leased"), leased},
                                                {QStringLiteral("used"), used},
                                                {QStringLiteral("kiosk_booked"), atKiosks},
                                                {QStringLiteral("other"), channel},
                                                {QStringLiteral("free"), free},
                                                {QStringLiteral("stranded"), stranded},
                                                {QStringLiteral("bookings"), total},
                                                {QStringLiteral("cancelled"), cancelled}}},
         {QStringLiteral("bookings"), listed},
         {QStringLiteral("bookings_total"), total},
         {QStringLiteral("cancel_undelivered"), undelivered},
         // What the kiosks sent of the day's bookings (§6d); kiosks before it send nothing.
         {QStringLiteral("no_shows"), noShows},
         {QStringLiteral("checked_in"), checkedIn},
         {QStringLiteral("may_edit_plan"), OperatorRoles::editsBookingPlans(r.session.row)},
         {QStringLiteral("may_cancel"), mayCancel}});
}

Result<QList<std::pair<QDateTime, QDateTime>>> BookingsApi::plannedSlots(const PointPlan &plan,
                                                                         QDate date)
{
    const auto periods = dayPlanPeriods(plan.dayPlan);
    if (!periods)
        return Error{Error::Corrupt, QStringLiteral("day plan of %1").arg(plan.point)};
    QList<std::pair<QDateTime, QDateTime>> out;
    const int length = plan.slotMinutes * 60;
    for (const auto &[from, to] : *periods)
        for (QTime t = from; t.isValid() && t.secsTo(to) >= length; t = t.addSecs(length)) {
            const QDateTime start = chinaTime(date, t);
            out.append({start, start.addSecs(length)});
            if (t.addSecs(length) < t)
                break;
        }
    return out;
}

void BookingsApi::week(OperatorRequest &r)
{
    // The whole week within what the day view reads: 366 days back, the horizon ahead.
    const auto asked = askedPointDays(r, "from", weekDays);
    if (!asked)
        return;
    const auto &[point, from] = *asked;
    const QDate today = chinaDate(r.now);
    auto tx = m_storage.begin(Access::Snapshot);
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    auto plan = readPlan(r, point);
    if (!plan)
        return;
    // Existing slots only, as the day view: reading makes none.
    auto stats = m_booking->stats(point, from, weekDays, r.now);
    if (!stats)
        return OperatorHttp::unavailable(r.res, stats.error());
    QMap<QDate, QList<SlotStats>> byDay;
    for (const SlotStats &s : stats.value())
        byDay[chinaDate(s.start)].append(s);

    QJsonArray days;
    for (int i = 0; i < weekDays; ++i) {
        const QDate date = from.addDays(i);
        const bool open = liveCalendar().isOpen(date);
        const QList<SlotStats> made = byDay.value(date);
        QJsonArray slotCells;
        int capacity = 0, held = 0, free = 0, full = 0;
        for (const SlotStats &s : made) {
            // Occupancy: what the slot holds (leases as they count against the pool, and
            // bookings outside them), as the capacity floor counts it.
            const int holds = s.leased + s.other;
            slotCells.append(QJsonObject{{QStringLiteral("id"), s.id},
                                         {QStringLiteral("time"), hhmm(s.start)},
                                         {QStringLiteral("capacity"), s.capacity},
                                         {QStringLiteral("held"), holds},
                                         {QStringLiteral("free"), s.free},
                                         {QStringLiteral("full"), s.free == 0}});
            capacity += s.capacity;
            held += holds;
            free += s.free;
            full += s.free == 0 ? 1 : 0;
        }
        if (made.isEmpty() && open) {
            auto planned = plannedSlots(plan.value(), date);
            if (!planned)
                return OperatorHttp::unavailable(r.res, planned.error());
            for (const auto &[start, end] : planned.value()) {
                slotCells.append(QJsonObject{{QStringLiteral("id"), protocol::slotId(point, start)},
                                             {QStringLiteral("time"), hhmm(start)},
                                             {QStringLiteral("capacity"), plan->capacity},
                                             {QStringLiteral("held"), 0},
                                             {QStringLiteral("free"), plan->capacity},
                                             {QStringLiteral("full"), plan->capacity == 0}});
                capacity += plan->capacity;
                free += plan->capacity;
                full += plan->capacity == 0 ? 1 : 0;
            }
        }
        days.append(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                {QStringLiteral("open"), open},
                                {QStringLiteral("made"), !made.isEmpty()},
                                {QStringLiteral("capacity"), capacity},
                                {QStringLiteral("held"), held},
                                {QStringLiteral("free"), free},
                                {QStringLiteral("full_slots"), full},
                                {QStringLiteral("slots"), slotCells}});
    }
    OperatorHttp::reply(r.res, 200,
                        {{QStringLiteral("point"), point},
                         {QStringLiteral("from"), from.toString(Qt::ISODate)},
                         {QStringLiteral("today"), today.toString(Qt::ISODate)},
                         {QStringLiteral("plan"), planJson(plan.value())},
                         {QStringLiteral("days"), days}});
}

bool BookingsApi::cancelsAt(const OperatorRow &op, const QString &point)
{
    if (!OperatorRoles::readsBookingsAt(op, point))
        return false;
    return op.role == OperatorRoles::clerk || op.role == OperatorRoles::technician;
}

const QStringList &BookingsApi::cancelReasons()
{
    return protocol::bookingCancelReasons(); // the kiosk words them: one list
}

std::optional<BookingsApi::NamedBooking> BookingsApi::namedBooking(OperatorRequest &r,
                                                                   const char *extra)
{
    const QJsonObject &b = r.body;
    for (const QString &key : b.keys())
        if (key != QLatin1String("slot") && key != QLatin1String("number") &&
            key != QLatin1String(extra)) {
            fieldError(r.res, key.left(32), QStringLiteral("unknown field"));
            return std::nullopt;
        }
    const QString slotId = b.value(QLatin1String("slot")).toString();
    const QString number = b.value(QLatin1String("number")).toString();
    auto slot = protocol::parseSlotId(slotId.left(64));
    if (!slot || slotId.size() > 64 || !pointShape().match(slot->point).hasMatch()) {
        fieldError(r.res, QStringLiteral("slot"), QStringLiteral("slot: a slot id"));
        return std::nullopt;
    }
    if (!cancelsAt(r.session.row, slot->point)) {
        OperatorHttp::error(r.res, 403, forbidden);
        return std::nullopt;
    }
    if (number.isEmpty() || number.size() > 64) {
        fieldError(r.res, QStringLiteral("number"), QStringLiteral("number: the booking's number"));
        return std::nullopt;
    }
    return NamedBooking{slot.value(), slotId, number};
}

void BookingsApi::cancel(OperatorRequest &r)
{
    const auto named = namedBooking(r, "reason");
    if (!named)
        return;
    const auto &[slot, slotId, number] = *named;
    const QString reason = r.body.value(QLatin1String("reason")).toString();
    // A code, not free text: the audit log holds no personal data. The move's reason is the
    // move's own (move()).
    if (reason == QLatin1String(KioskCancels::movedReason) || !cancelReasons().contains(reason))
        return fieldError(r.res, QStringLiteral("reason"),
                          QStringLiteral("reason: one of ") + cancelReasons().join(u", "));

    auto tx = m_storage.begin();
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    const std::optional<BookingInfo> found = findBooking(r, *named);
    if (!found)
        return;
    if (found->cancelledAt || slot.startUtc <= r.now)
        return OperatorHttp::reply(r.res, 409,
                                   {{QStringLiteral("error"), QStringLiteral("not_cancellable")},
                                    {QStringLiteral("message"),
                                     found->cancelledAt ? QStringLiteral("already cancelled")
                                                        : QStringLiteral("the slot has started")}});
    const QJsonObject detail{{QStringLiteral("point"), slot.point},
                             {QStringLiteral("slot"), slotId},
                             {QStringLiteral("number"), number},
                             {QStringLiteral("reason"), reason}};
    const QString detailText =
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    if (found->source != QLatin1String("channel")) {
        // A kiosk's booking lives on the kiosk (made offline on its lease, checked in there):
        // central asks the kiosk, which cancels it and sends its booking_cancel record; the seat
        // is freed then, on both sides (PROTOCOL.md "Bookings cancelled at central").
        if (!kioskTakesCancels(r, found->device,
                               QStringLiteral("this kiosk's software cannot learn of a "
                                              "cancellation from central: the booking is "
                                              "cancelled at the kiosk")))
            return;
        auto added = m_storage.bookings().addCancelRequest(CancelRequestRow{
            found->device, found->id, slotId, slot.startUtc, reason, r.session.row.id, r.now});
        if (!added)
            return OperatorHttp::unavailable(r.res, added.error());
        if (added.value()) {
            auto audited = AuditChain(m_storage).append(r.session.row.id,
                                                        QStringLiteral("booking.cancel.request"),
                                                        found->id, detailText, r.now);
            if (!audited)
                return OperatorHttp::unavailable(r.res, audited.error());
            if (auto committed = tx.value()->commit(); !committed)
                return OperatorHttp::unavailable(r.res, committed.error());
        }
        return OperatorHttp::reply(r.res, 202,
                                   {{QStringLiteral("slot"), slotId},
                                    {QStringLiteral("number"), number},
                                    {QStringLiteral("state"), QStringLiteral("cancelling")}});
    }
    auto done = m_booking->channelCancel(found->device, found->id, r.now);
    if (!done)
        return OperatorHttp::unavailable(r.res, done.error());
    if (!done.value())
        return OperatorHttp::error(r.res, 404, QStringLiteral("booking"));
    auto audited = AuditChain(m_storage).append(r.session.row.id, QStringLiteral("booking.cancel"),
                                                found->id, detailText, r.now);
    if (!audited)
        return OperatorHttp::unavailable(r.res, audited.error());
    if (auto committed = tx.value()->commit(); !committed)
        return OperatorHttp::unavailable(r.res, committed.error());
    OperatorHttp::reply(r.res, 200,
                        {{QStringLiteral("slot"), slotId},
                         {QStringLiteral("number"), number},
                         {QStringLiteral("state"), QStringLiteral("cancelled")}});
}

QString BookingsApi::cancelRequestState(const QDateTime &slotStart, const QDateTime &now)
{
    return slotStart <= now ? QStringLiteral("cancel_undelivered") : QStringLiteral("cancelling");
}

std::optional<BookingInfo> BookingsApi::findBooking(OperatorRequest &r, const NamedBooking &named)
{
    auto bookings = m_booking->bookings(named.slot.point, chinaDate(named.slot.startUtc));
    if (!bookings) {
        OperatorHttp::unavailable(r.res, bookings.error());
        return std::nullopt;
    }
    for (const BookingInfo &info : bookings.value())
        if (info.slot == named.slotId &&
            (info.ticket.isEmpty() ? info.id : info.ticket) == named.number)
            return info;
    OperatorHttp::error(r.res, 404, QStringLiteral("booking"));
    return std::nullopt;
}

bool BookingsApi::kioskTakesCancels(OperatorRequest &r, const QString &device,
                                    const QString &message)
{
    auto understood = m_storage.bookings().hasFeature(device, QLatin1String(KioskCancels::feature));
    if (!understood) {
        OperatorHttp::unavailable(r.res, understood.error());
        return false;
    }
    if (!understood.value())
        OperatorHttp::reply(r.res, 409,
                            {{QStringLiteral("error"), QStringLiteral("kiosk_booking")},
                             {QStringLiteral("message"), message}});
    return understood.value();
}

Result<QString> BookingsApi::movedTicket(const protocol::SlotIdParts &to, const QString &toSlot)
{
    // A short number the clerk reads out: the slot's time and the moves into it so far.
    auto bookings = m_booking->bookings(to.point, chinaDate(to.startUtc));
    if (!bookings)
        return bookings.error();
    int n = 0;
    for (const BookingInfo &info : bookings.value())
        if (info.slot == toSlot && info.device == QLatin1String(BookingService::movedDevice))
            ++n;
    return QStringLiteral("G%1-%2")
        .arg(inChina(to.startUtc).toString(QStringLiteral("HHmm")))
        .arg(n + 1, 2, 10, QLatin1Char('0'));
}

void BookingsApi::move(OperatorRequest &r)
{
    const auto named = namedBooking(r, "to_slot");
    if (!named)
        return;
    const auto &[slot, slotId, number] = *named;
    const QString toId = r.body.value(QLatin1String("to_slot")).toString();
    auto to = protocol::parseSlotId(toId.left(64));
    if (!to || toId.size() > 64 || to->point != slot.point || toId == slotId)
        return fieldError(r.res, QStringLiteral("to_slot"),
                          QStringLiteral("to_slot: another slot of the same point"));
    if (to->startUtc <= r.now)
        return fieldError(r.res, QStringLiteral("to_slot"),
                          QStringLiteral("to_slot: the slot has started"));

    // One transaction: the seat in the new slot is taken with the old booking's cancel request
    // and the audit entry, or nothing is (capacity holds whatever the kiosk does meanwhile: the
    // old seat stays held until the kiosk's booking_cancel record frees it).
    auto tx = m_storage.begin();
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    const std::optional<BookingInfo> found = findBooking(r, *named);
    if (!found)
        return;
    const auto refuse = [&](const char *error, const QString &message) {
        OperatorHttp::reply(r.res, 409,
                            {{QStringLiteral("error"), QLatin1String(error)},
                             {QStringLiteral("message"), message}});
    };
    if (found->source == QLatin1String("channel"))
        return refuse("not_movable", QStringLiteral("only a kiosk's booking is moved here; "
                                                    "another channel's is cancelled and booked "
                                                    "again by its channel"));
    if (found->cancelledAt || slot.startUtc <= r.now)
        return refuse("not_cancellable", found->cancelledAt
                                             ? QStringLiteral("already cancelled")
                                             : QStringLiteral("the slot has started"));
    if (!kioskTakesCancels(r, found->device,
                           QStringLiteral("this kiosk's software cannot learn of a cancellation "
                                          "from central: the booking is moved at the kiosk")))
        return;
    // An earlier request for this booking: the same move again answers as before; a cancel
    // already asked for is not turned into a move.
    auto requests = m_storage.bookings().cancelRequestsStarting(slot.point, slot.startUtc,
                                                                slot.startUtc.addSecs(1));
    if (!requests)
        return OperatorHttp::unavailable(r.res, requests.error());
    for (const CancelRequestRow &q : requests.value())
        if (q.device == found->device && q.booking == found->id &&
            q.reason != QLatin1String(KioskCancels::movedReason))
            return refuse("cancelling", QStringLiteral("a cancellation was asked already"));
    auto record = m_storage.intake().submission(found->device, found->id);
    if (!record)
        return OperatorHttp::unavailable(r.res, record.error());
    const QString item = record->has_value() ? record->value().item : QString();
    // The new slot's point is locked first (PostgreSQL: its advisory lock and the slot row, as
    // every capacity check does), so two moves into one slot count each other's numbers.
    if (auto locked = m_storage.bookings().slot(toId); !locked)
        return OperatorHttp::unavailable(r.res, locked.error());
    auto ticket = movedTicket(to.value(), toId);
    if (!ticket)
        return OperatorHttp::unavailable(r.res, ticket.error());
    auto booked =
        m_booking->moveBook(toId, found->device + u'/' + found->id, item, ticket.value(), r.now);
    if (!booked)
        return OperatorHttp::unavailable(r.res, booked.error());
    switch (booked->kind) {
    case ChannelAnswer::Kind::Booked:
        break;
    case ChannelAnswer::Kind::Full:
        return refuse("full", QStringLiteral("the new slot has no free seat"));
    case ChannelAnswer::Kind::Item:
        return refuse("item", QStringLiteral("the new slot's point does not serve the item"));
    case ChannelAnswer::Kind::NoSlot:
        return fieldError(r.res, QStringLiteral("to_slot"),
                          QStringLiteral("to_slot: no such slot on a working day"));
    }
    auto added = m_storage.bookings().addCancelRequest(
        CancelRequestRow{found->device, found->id, slotId, slot.startUtc,
                         QLatin1String(KioskCancels::movedReason), r.session.row.id, r.now});
    if (!added)
        return OperatorHttp::unavailable(r.res, added.error());
    auto newSlot = protocol::parseSlotId(booked->slot);
    if (!newSlot)
        return OperatorHttp::unavailable(r.res, newSlot.error());
    if (added.value()) {
        const QJsonObject detail{{QStringLiteral("point"), slot.point},
                                 {QStringLiteral("slot"), slotId},
                                 {QStringLiteral("number"), number},
                                 {QStringLiteral("to_slot"), booked->slot},
                                 {QStringLiteral("new_number"), booked->ticket}};
        auto audited = AuditChain(m_storage).append(
            r.session.row.id, QStringLiteral("booking.move"), found->id,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), r.now);
        if (!audited)
            return OperatorHttp::unavailable(r.res, audited.error());
        if (auto committed = tx.value()->commit(); !committed)
            return OperatorHttp::unavailable(r.res, committed.error());
    }
    OperatorHttp::reply(
        r.res, 202,
        {{QStringLiteral("slot"), slotId},
         {QStringLiteral("number"), number},
         {QStringLiteral("state"), QStringLiteral("cancelling")},
         {QStringLiteral("to_slot"), booked->slot},
         {QStringLiteral("to_date"), chinaDate(newSlot->startUtc).toString(Qt::ISODate)},
         {QStringLiteral("to_time"), hhmm(newSlot->startUtc)},
         {QStringLiteral("new_number"), booked->ticket}});
}

void BookingsApi::setPlan(OperatorRequest &r)
{
    if (!OperatorRoles::editsBookingPlans(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    const QString point = QString::fromStdString(r.req.matches[1]);

    // Types first; a field left out keeps its value (as `plan set` without the option).
    const QJsonObject &b = r.body;
    for (const QString &key : b.keys())
        if (key != QLatin1String("capacity") && key != QLatin1String("day_plan") &&
            key != QLatin1String("slot_minutes") && key != QLatin1String("groups"))
            return fieldError(r.res, key.left(32), QStringLiteral("unknown field"));
    const QJsonValue capacity = b.value(QLatin1String("capacity"));
    const QJsonValue dayPlan = b.value(QLatin1String("day_plan"));
    const QJsonValue slotMinutes = b.value(QLatin1String("slot_minutes"));
    const QJsonValue groups = b.value(QLatin1String("groups"));
    const auto wholeNumber = [](const QJsonValue &v) {
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    };
    if (!capacity.isUndefined() && !wholeNumber(capacity))
        return fieldError(r.res, QStringLiteral("capacity"),
                          QStringLiteral("capacity: a whole number of seats"));
    if (!slotMinutes.isUndefined() && !wholeNumber(slotMinutes))
        return fieldError(r.res, QStringLiteral("slot_minutes"),
                          QStringLiteral("slot minutes: a whole number of minutes"));
    if (!dayPlan.isUndefined() && (!dayPlan.isString() || dayPlan.toString().size() > 200))
        return fieldError(r.res, QStringLiteral("day_plan"),
                          QStringLiteral("day plan: expected HH:MM-HH:MM,..."));
    QStringList groupList;
    if (!groups.isUndefined()) {
        if (!groups.isArray())
            return fieldError(r.res, QStringLiteral("groups"),
                              QStringLiteral("groups: a list of department codes"));
        for (const QJsonValue &g : groups.toArray()) {
            if (!g.isString())
                return fieldError(r.res, QStringLiteral("groups"),
                                  QStringLiteral("groups: a list of department codes"));
            groupList.append(g.toString());
        }
    }

    auto tx = m_storage.begin();
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    auto known = knownPoint(point);
    if (!known)
        return OperatorHttp::unavailable(r.res, known.error());
    if (!known.value())
        return OperatorHttp::error(r.res, 404, QStringLiteral("point"));
    auto old = m_booking->plan(point);
    if (!old)
        return OperatorHttp::unavailable(r.res, old.error());
    PointPlan plan = old.value();
    if (!capacity.isUndefined())
        plan.capacity = int(std::clamp(capacity.toDouble(), -1.0, 1e6));
    if (!slotMinutes.isUndefined())
        plan.slotMinutes = int(std::clamp(slotMinutes.toDouble(), -1.0, 1e6));
    if (!dayPlan.isUndefined())
        plan.dayPlan = dayPlan.toString().trimmed();
    if (!groups.isUndefined())
        plan.groups = groupList;
    // The rules of `jiujin-gateway plan set`: the same PlanChange, so the console and the shell
    // check, refuse and audit alike.
    auto outcome =
        PlanChange(m_storage, *m_booking).apply(r.session.row.id, old.value(), plan, r.now);
    if (!outcome)
        return OperatorHttp::unavailable(r.res, outcome.error());
    switch (outcome->kind) {
    case PlanChangeOutcome::Kind::Invalid:
        return fieldError(r.res, fieldOf(outcome->message), outcome->message);
    case PlanChangeOutcome::Kind::OverCapacity:
        return OperatorHttp::reply(r.res, 409,
                                   {{QStringLiteral("error"), QStringLiteral("over_capacity")},
                                    {QStringLiteral("field"), QStringLiteral("capacity")},
                                    {QStringLiteral("message"), outcome->message},
                                    {QStringLiteral("min_capacity"), outcome->minCapacity},
                                    {QStringLiteral("slot"), outcome->slot}});
    case PlanChangeOutcome::Kind::Changed:
        if (auto committed = tx.value()->commit(); !committed)
            return OperatorHttp::unavailable(r.res, committed.error());
        break;
    case PlanChangeOutcome::Kind::Unchanged:
        break;
    }
    const bool changed = outcome->kind == PlanChangeOutcome::Kind::Changed;
    OperatorHttp::reply(r.res, 200,
                        {{QStringLiteral("point"), point},
                         {QStringLiteral("plan"), planJson(plan)},
                         {QStringLiteral("changed"), changed},
                         {QStringLiteral("future_slots"), changed ? outcome->futureSlots : 0}});
}

} // namespace jiujin::gateway
