#include "bookingservice.h"

#include "database.h"
#include "gatewaylog.h"
#include "sqlitepublishedcatalogue.h"
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

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS booking_plans("
    " point TEXT PRIMARY KEY, capacity INTEGER NOT NULL CHECK(capacity >= 0),"
    " day_plan TEXT NOT NULL, slot_minutes INTEGER NOT NULL)",
    // Days whose slots were made (a closed day too): a later plan change affects only new days.
    "CREATE TABLE IF NOT EXISTS booking_days(point TEXT NOT NULL, day TEXT NOT NULL,"
    " PRIMARY KEY(point, day))",
    "CREATE TABLE IF NOT EXISTS booking_slots("
    " id TEXT PRIMARY KEY, point TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " capacity INTEGER NOT NULL CHECK(capacity >= 0))",
    "CREATE INDEX IF NOT EXISTS booking_slots_by_point ON booking_slots(point, start)",
    // seats: granted (frozen when settled); used/confirmed: the settle's counts (NULL before).
    "CREATE TABLE IF NOT EXISTS booking_leases("
    " device TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),"
    " seats INTEGER NOT NULL CHECK(seats >= 0), used INTEGER, confirmed INTEGER,"
    " expires_at INTEGER NOT NULL, created_at INTEGER NOT NULL, settled_at INTEGER,"
    " PRIMARY KEY(device, slot))",
    "CREATE INDEX IF NOT EXISTS booking_leases_by_slot ON booking_leases(slot)",
    // ref: the record uuid (kiosk) or the caller's idempotency key (channel).
    // Keyed by (device, id): a kiosk booking's id is its record uuid, unique only per device.
    "CREATE TABLE IF NOT EXISTS booking_bookings("
    " id TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),"
    " source TEXT NOT NULL CHECK(source IN ('channel','kiosk-lease','kiosk-request')),"
    " device TEXT NOT NULL, ref TEXT NOT NULL, ticket TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL, cancelled_at INTEGER, PRIMARY KEY(device, id),"
    " UNIQUE(device, ref))",
    "CREATE INDEX IF NOT EXISTS booking_bookings_by_slot ON booking_bookings(slot)",
    "CREATE TABLE IF NOT EXISTS booking_channel_tokens(hash TEXT PRIMARY KEY,"
    " created_at INTEGER NOT NULL)",
    // A table of its own (not a column of booking_plans): older gateway databases need no ALTER.
    // No rows for a point: every department.
    "CREATE TABLE IF NOT EXISTS booking_plan_groups(point TEXT NOT NULL, department TEXT NOT NULL,"
    " position INTEGER NOT NULL, PRIMARY KEY(point, department))",
};

// Gateway databases made before bookings were keyed by (device, id) had `id TEXT PRIMARY KEY`:
// a second device's booking with the same record uuid failed its whole batch. The table is
// rebuilt once with the new key (SQLite cannot change a primary key in place).
const char *const rekeyBookings[] = {
    "CREATE TABLE booking_bookings_rekeyed("
    " id TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),"
    " source TEXT NOT NULL CHECK(source IN ('channel','kiosk-lease','kiosk-request')),"
    " device TEXT NOT NULL, ref TEXT NOT NULL, ticket TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL, cancelled_at INTEGER, PRIMARY KEY(device, id),"
    " UNIQUE(device, ref))",
    "INSERT INTO booking_bookings_rekeyed(id, slot, source, device, ref, ticket, created_at,"
    " cancelled_at) SELECT id, slot, source, device, ref, ticket, created_at, cancelled_at"
    " FROM booking_bookings",
    "DROP TABLE booking_bookings",
    "ALTER TABLE booking_bookings_rekeyed RENAME TO booking_bookings",
    "CREATE INDEX IF NOT EXISTS booking_bookings_by_slot ON booking_bookings(slot)",
};

Result<void> migrateBookingsKey(Database &db)
{
    bool old = false;
    {
        Statement s = db.prepare(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'booking_bookings'");
        if (!s.step()) {
            if (s.error())
                return *s.error();
            return {};
        }
        old = s.text(0).contains(QLatin1String("id TEXT PRIMARY KEY"));
    }
    if (!old)
        return {};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const char *sql : rekeyBookings)
        if (auto r = db.exec(sql); !r)
            return r;
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcGateway) << "booking_bookings rekeyed by (device, id)";
    return {};
}

const QString sourceChannel = QStringLiteral("channel");
const QString sourceLease = QStringLiteral("kiosk-lease");
const QString sourceRequest = QStringLiteral("kiosk-request");

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

/** The counts of one lease's bookings central has seen. */
struct Seen
{
    int booked = 0;    ///< lease bookings ever received
    int cancelled = 0; ///< of those, cancelled
    int active() const { return booked - cancelled; }
};

} // namespace

struct BookingService::SlotRow
{
    QString id, point;
    QDateTime start, end;
    int capacity = 0;
};

struct BookingService::LeaseRow
{
    QString device, slot;
    int seats = 0;
    std::optional<int> used, confirmed;
    QDateTime expiresAt, createdAt;
    std::optional<QDateTime> settledAt;
};

namespace {

// What a lease keeps out of the pool. Unsettled: all it was granted (the kiosk may have confirmed
// bookings central has not seen yet). Settled: the kiosk's used count; when it also sent the
// confirmed count, cancels that arrive later give seats back (PROTOCOL.md, "Booking").
int holdOf(int seats, const std::optional<int> &used, const std::optional<int> &confirmed,
           bool settled, const Seen &seen)
{
    if (!settled)
        return seats;
    int hold = std::min(seats, used.value_or(0));
    if (confirmed)
        hold = std::min(hold, std::max(*confirmed, seen.booked) - seen.cancelled);
    return std::max(hold, 0);
}

} // namespace

BookingService::BookingService(Database &db, const WorkCalendar &calendar)
    : m_db(db), m_calendar(calendar)
{
}

Result<void> BookingService::ready()
{
    if (m_ready)
        return {};
    // Before the schema: its index statement must find the table as it will stay.
    if (auto r = migrateBookingsKey(m_db); !r)
        return r.error();
    for (const char *sql : schema) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    m_ready = true;
    return {};
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

namespace {

Result<void> writeGroups(Database &db, const PointPlan &plan)
{
    Statement clear = db.prepare("DELETE FROM booking_plan_groups WHERE point = ?");
    clear.bind(1, plan.point);
    if (auto r = clear.run(); !r)
        return r;
    Statement insert =
        db.prepare("INSERT INTO booking_plan_groups(point, department, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < plan.groups.size(); ++i) {
        insert.reset();
        insert.bind(1, plan.point).bind(2, plan.groups.at(i)).bind(3, qint64(i));
        if (auto r = insert.run(); !r)
            return r;
    }
    return {};
}

Result<QStringList> readGroups(Database &db, const QString &point)
{
    Statement s =
        db.prepare("SELECT department FROM booking_plan_groups WHERE point = ? ORDER BY position");
    s.bind(1, point);
    QStringList groups;
    while (s.step())
        groups.append(s.text(0));
    if (s.error())
        return *s.error();
    return groups;
}

} // namespace

Result<void> BookingService::setPlan(const PointPlan &plan, const QDateTime &now)
{
    if (auto r = plan.check(); !r)
        return r;
    if (auto r = ready(); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Statement s = m_db.prepare(
        "INSERT INTO booking_plans(point, capacity, day_plan, slot_minutes) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(point) DO UPDATE SET capacity = excluded.capacity,"
        " day_plan = excluded.day_plan, slot_minutes = excluded.slot_minutes");
    s.bind(1, plan.point)
        .bind(2, qint64(plan.capacity))
        .bind(3, plan.dayPlan)
        .bind(4, qint64(plan.slotMinutes));
    if (auto r = s.run(); !r)
        return r;
    if (auto r = writeGroups(m_db, plan); !r)
        return r;
    // Slots already made and not yet started take the new capacity, but never below what is
    // held on them: a smaller capacity cannot take back leased or booked seats.
    Statement future = m_db.prepare("SELECT id FROM booking_slots WHERE point = ? AND start > ?");
    future.bind(1, plan.point).bind(2, now.toSecsSinceEpoch());
    QStringList ids;
    while (future.step())
        ids.append(future.text(0));
    if (future.error())
        return *future.error();
    for (const QString &id : ids) {
        Statement row =
            m_db.prepare("SELECT id, point, start, end, capacity FROM booking_slots WHERE id = ?");
        row.bind(1, id);
        if (!row.step())
            continue;
        SlotRow slot{row.text(0), row.text(1), fromSecs(row.integer(2)), fromSecs(row.integer(3)),
                     int(row.integer(4))};
        auto free = freeSeats(slot);
        if (!free)
            return free.error();
        const int held = slot.capacity - free.value();
        Statement update = m_db.prepare("UPDATE booking_slots SET capacity = ? WHERE id = ?");
        update.bind(1, qint64(std::max(plan.capacity, held))).bind(2, id);
        if (auto r = update.run(); !r)
            return r;
        if (auto r = checkInvariant(id); !r)
            return r;
    }
    return tx.commit();
}

Result<PointPlan> BookingService::plan(const QString &point)
{
    if (auto r = ready(); !r)
        return r.error();
    PointPlan plan;
    plan.point = point;
    Statement s =
        m_db.prepare("SELECT capacity, day_plan, slot_minutes FROM booking_plans WHERE point = ?");
    s.bind(1, point);
    if (s.step()) {
        plan.capacity = int(s.integer(0));
        plan.dayPlan = s.text(1);
        plan.slotMinutes = int(s.integer(2));
    } else if (s.error()) {
        return *s.error();
    }
    auto groups = readGroups(m_db, point);
    if (!groups)
        return groups.error();
    plan.groups = groups.value();
    return plan;
}

Result<bool> BookingService::servesItem(const QString &point, const QString &item)
{
    auto groups = readGroups(m_db, point);
    if (!groups)
        return groups.error();
    if (groups->isEmpty())
        return true;
    if (item.isEmpty())
        return false;
    // Transitional, while this service holds the database handle: with CentralStorage this is
    // CataloguePublisher(storage).departmentOf(item) and publishedSequence().
    SqlitePublishedCatalogue published(m_db);
    auto entry = published.liveEntry(CatalogueKind::Items, item);
    if (!entry)
        return entry.error();
    const QString department =
        entry->has_value()
            ? QJsonDocument::fromJson(*entry->value().body)
                  .object()
                  .value(QLatin1String("department"))
                  .toString()
            : QString();
    // Nothing published: central cannot tell the item's group, and the kiosks check it against
    // their own catalogue; a request is not refused for what central does not know.
    if (department.isEmpty()) {
        auto header = published.header();
        if (!header)
            return header.error();
        return !header->has_value();
    }
    return groups->contains(department);
}

bool BookingService::knownPoint(const QString &point)
{
    Statement s = m_db.prepare("SELECT 1 FROM booking_plans WHERE point = ?"
                               " UNION ALL SELECT 1 FROM devices WHERE point = ? LIMIT 1");
    s.bind(1, point).bind(2, point);
    return s.step();
}

Result<void> BookingService::materialise(const QString &point, QDate day, const QDateTime &now)
{
    const QDate today = WorkCalendar::chinaDate(now);
    if (day < today.addDays(-1) || day > today.addDays(horizonDays))
        return {};
    Statement mark =
        m_db.prepare("INSERT INTO booking_days(point, day) VALUES (?, ?) ON CONFLICT DO NOTHING");
    mark.bind(1, point).bind(2, day.toString(Qt::ISODate));
    if (auto r = mark.run(); !r)
        return r;
    if (m_db.changes() == 0 || !m_calendar.isOpen(day))
        return {};
    auto p = plan(point);
    if (!p)
        return p.error();
    const auto periods = parseDayPlan(p->dayPlan);
    if (!periods)
        return Error{Error::Corrupt, QStringLiteral("day plan of %1").arg(point)};
    Statement insert = m_db.prepare("INSERT OR IGNORE INTO booking_slots(id, point, start, end,"
                                    " capacity) VALUES (?, ?, ?, ?, ?)");
    for (const Period &period : *periods) {
        for (QTime t = period.from; t.isValid() && t.secsTo(period.to) >= p->slotMinutes * 60;
             t = t.addSecs(p->slotMinutes * 60)) {
            const QDateTime start = protocol::chinaTime(day, t);
            const QDateTime end = start.addSecs(p->slotMinutes * 60);
            insert.reset();
            insert.bind(1, protocol::slotId(point, start))
                .bind(2, point)
                .bind(3, start.toSecsSinceEpoch())
                .bind(4, end.toSecsSinceEpoch())
                .bind(5, qint64(p->capacity));
            if (auto r = insert.run(); !r)
                return r;
            if (t.addSecs(p->slotMinutes * 60) < t) // wrapped past midnight
                break;
        }
    }
    return {};
}

Result<std::optional<BookingService::SlotRow>> BookingService::findSlot(const QString &id,
                                                                        const QDateTime &now)
{
    auto parts = protocol::parseSlotId(id);
    if (!parts)
        return std::optional<SlotRow>{};
    auto lookup = [&]() -> std::optional<SlotRow> {
        Statement s =
            m_db.prepare("SELECT id, point, start, end, capacity FROM booking_slots WHERE id = ?");
        s.bind(1, id);
        if (!s.step())
            return std::nullopt;
        return SlotRow{s.text(0), s.text(1), fromSecs(s.integer(2)), fromSecs(s.integer(3)),
                       int(s.integer(4))};
    };
    if (auto found = lookup())
        return found;
    if (!knownPoint(parts->point))
        return std::optional<SlotRow>{};
    const QDate day = WorkCalendar::chinaDate(parts->startUtc);
    if (auto r = materialise(parts->point, day, now); !r)
        return r.error();
    return lookup();
}

Result<std::optional<BookingService::LeaseRow>>
BookingService::leaseRow(const QString &device, const QString &slot)
{
    Statement s = m_db.prepare("SELECT seats, used, confirmed, expires_at, created_at, settled_at"
                               " FROM booking_leases WHERE device = ? AND slot = ?");
    s.bind(1, device).bind(2, slot);
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is never "no lease"
        return std::optional<LeaseRow>();
    }
    LeaseRow l;
    l.device = device;
    l.slot = slot;
    l.seats = int(s.integer(0));
    if (!s.isNull(1))
        l.used = int(s.integer(1));
    if (!s.isNull(2))
        l.confirmed = int(s.integer(2));
    l.expiresAt = fromSecs(s.integer(3));
    l.createdAt = fromSecs(s.integer(4));
    if (!s.isNull(5))
        l.settledAt = fromSecs(s.integer(5));
    return std::optional<LeaseRow>(l);
}

namespace {

// Every count below feeds the capacity invariant, so a read error is an error (the transaction
// aborts), never a count of 0.

Result<Seen> seenOf(Database &db, const QString &device, const QString &slot)
{
    Statement s = db.prepare("SELECT count(*), count(cancelled_at) FROM booking_bookings"
                             " WHERE slot = ? AND device = ? AND source = 'kiosk-lease'");
    s.bind(1, slot).bind(2, device);
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count: no row")};
    Seen seen;
    seen.booked = int(s.integer(0));
    seen.cancelled = int(s.integer(1));
    return seen;
}

/** Per lease of a slot: its hold and what central has seen of it. */
struct LeaseAccount
{
    QString device;
    int seats = 0, hold = 0;
    Seen seen;
    bool settled = false;
    std::optional<int> used;
    QDateTime expiresAt;
    std::optional<QDateTime> settledAt;
};

Result<QList<LeaseAccount>> accounts(Database &db, const QString &slot)
{
    Statement s = db.prepare(
        "SELECT l.device, l.seats, l.used, l.confirmed, l.settled_at, l.expires_at,"
        " (SELECT count(*) FROM booking_bookings b WHERE b.slot = l.slot AND b.device = l.device"
        "  AND b.source = 'kiosk-lease'),"
        " (SELECT count(b.cancelled_at) FROM booking_bookings b WHERE b.slot = l.slot"
        "  AND b.device = l.device AND b.source = 'kiosk-lease')"
        " FROM booking_leases l WHERE l.slot = ?");
    s.bind(1, slot);
    QList<LeaseAccount> out;
    while (s.step()) {
        LeaseAccount a;
        a.device = s.text(0);
        a.seats = int(s.integer(1));
        if (!s.isNull(2))
            a.used = int(s.integer(2));
        std::optional<int> confirmed;
        if (!s.isNull(3))
            confirmed = int(s.integer(3));
        a.settled = !s.isNull(4);
        if (a.settled)
            a.settledAt = fromSecs(s.integer(4));
        a.expiresAt = fromSecs(s.integer(5));
        a.seen = {int(s.integer(6)), int(s.integer(7))};
        a.hold = holdOf(a.seats, a.used, confirmed, a.settled, a.seen);
        out.append(a);
    }
    if (s.error())
        return *s.error();
    return out;
}

Result<int> otherBookings(Database &db, const QString &slot)
{
    Statement s = db.prepare("SELECT count(*) FROM booking_bookings WHERE slot = ?"
                             " AND source != 'kiosk-lease' AND cancelled_at IS NULL");
    s.bind(1, slot);
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count: no row")};
    return int(s.integer(0));
}

} // namespace

Result<int> BookingService::freeSeats(const SlotRow &slot)
{
    auto other = otherBookings(m_db, slot.id);
    if (!other)
        return other.error();
    auto leases = accounts(m_db, slot.id);
    if (!leases)
        return leases.error();
    int held = other.value();
    for (const LeaseAccount &a : leases.value())
        held += a.hold;
    return std::max(0, slot.capacity - held);
}

Result<int> BookingService::leaseRoom(const SlotRow &slot)
{
    auto leases = accounts(m_db, slot.id);
    if (!leases)
        return leases.error();
    auto free = freeSeats(slot);
    if (!free)
        return free.error();
    int leased = 0;
    for (const LeaseAccount &a : leases.value())
        leased += a.hold;
    const int leasable = slot.capacity - slot.capacity / poolShareDivisor;
    return std::max(0, std::min(free.value(), leasable - leased));
}

Result<void> BookingService::checkInvariant(const QString &slot)
{
    Statement s = m_db.prepare("SELECT capacity FROM booking_slots WHERE id = ?");
    s.bind(1, slot);
    if (!s.step())
        return Error{Error::Corrupt, QStringLiteral("invariant: slot %1 missing").arg(slot)};
    const int capacity = int(s.integer(0));
    auto other = otherBookings(m_db, slot);
    if (!other)
        return other.error();
    auto leases = accounts(m_db, slot);
    if (!leases)
        return leases.error();
    int held = other.value();
    for (const LeaseAccount &a : leases.value()) {
        if (a.seen.active() > a.seats || a.seen.active() < 0) {
            qCCritical(lcGateway) << "booking invariant broken: lease of" << a.device << "on"
                                  << slot << "holds" << a.seats << "seats but" << a.seen.active()
                                  << "bookings";
            return Error{
                Error::Corrupt,
                QStringLiteral("invariant: lease of %1 on %2 exceeded").arg(a.device, slot)};
        }
        held += a.hold;
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
    if (auto r = ready(); !r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
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
    auto groups = readGroups(m_db, point);
    if (!groups)
        return groups.error();
    list.groups = groups.value();
    if (auto r = tx.commit(); !r)
        return r.error();
    return list;
}

Result<QList<BookingService::SlotRow>> BookingService::slotRows(const QString &point, QDate from,
                                                                int days)
{
    Statement s = m_db.prepare("SELECT id, point, start, end, capacity FROM booking_slots"
                               " WHERE point = ? AND start >= ? AND start < ? ORDER BY start");
    s.bind(1, point)
        .bind(2, protocol::chinaMidnight(from).toSecsSinceEpoch())
        .bind(3, protocol::chinaMidnight(from.addDays(days)).toSecsSinceEpoch());
    QList<SlotRow> rows;
    while (s.step())
        rows.append({s.text(0), s.text(1), fromSecs(s.integer(2)), fromSecs(s.integer(3)),
                     int(s.integer(4))});
    if (s.error())
        return *s.error();
    return rows;
}

Result<protocol::LeaseState> BookingService::stateOf(const QString &slot,
                                                     const std::optional<LeaseRow> &lease,
                                                     const QDateTime &expiresAt)
{
    protocol::LeaseState state;
    state.slot = slot;
    state.expiresAt = expiresAt;
    if (lease) {
        auto seen = seenOf(m_db, lease->device, slot);
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
    if (auto r = ready(); !r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    protocol::LeaseResponse out;
    out.serverTime = fromSecs(now.toSecsSinceEpoch());
    QSet<QString> touched;
    const qint64 nowSecs = now.toSecsSinceEpoch();

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
        auto leaseRead = leaseRow(device, row.id);
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
                auto seen = seenOf(m_db, device, row.id);
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
                Statement s = m_db.prepare(
                    "INSERT INTO booking_leases(device, slot, seats, expires_at, created_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT(device, slot) DO UPDATE SET"
                    " seats = excluded.seats");
                s.bind(1, device)
                    .bind(2, row.id)
                    .bind(3, qint64(target))
                    .bind(4, expiresAt.toSecsSinceEpoch())
                    .bind(5, nowSecs);
                if (auto r = s.run(); !r)
                    return r.error();
                touched.insert(row.id);
                auto updated = leaseRow(device, row.id);
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
        auto leaseRead = leaseRow(device, row.id);
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
        Statement s = m_db.prepare(
            "INSERT INTO booking_leases(device, slot, seats, used, confirmed, expires_at,"
            " created_at, settled_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?)"
            " ON CONFLICT(device, slot) DO UPDATE SET used = excluded.used,"
            " confirmed = excluded.confirmed, settled_at = excluded.settled_at");
        s.bind(1, device).bind(2, row.id).bind(3, qint64(settle.used));
        if (confirmed)
            s.bind(4, qint64(*confirmed));
        else
            s.bindNull(4);
        s.bind(5, expiresAt.toSecsSinceEpoch()).bind(6, nowSecs).bind(7, nowSecs);
        if (auto r = s.run(); !r)
            return r.error();
        touched.insert(row.id);
        auto settled = leaseRow(device, row.id);
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
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<QString> BookingService::intake(const QString &device, const QString &point,
                                       const QString &uuid, const QByteArray &meta,
                                       const QDateTime &now)
{
    if (auto r = ready(); !r)
        return r.error();
    const QJsonObject m = QJsonDocument::fromJson(meta).object();
    const QString kind = m.value(QLatin1String("kind")).toString();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto reason = kind == QLatin1String("booking") ? bookRecord(device, point, uuid, m, now)
                                                   : cancelRecord(device, m, now);
    if (!reason)
        return reason.error();
    if (!reason->isEmpty())
        return reason; // nothing changed; the savepoint rolls back
    if (auto r = tx.commit(); !r)
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
    Statement existing =
        m_db.prepare("SELECT 1 FROM booking_bookings WHERE device = ? AND ref = ?");
    existing.bind(1, device).bind(2, uuid);
    if (existing.step())
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

    QString source = sourceRequest;
    if (onLease.toBool()) {
        source = sourceLease;
        auto leaseRead = leaseRow(device, row.id);
        if (!leaseRead)
            return leaseRead.error();
        const std::optional<LeaseRow> lease = leaseRead.value();
        auto seenRead = seenOf(m_db, device, row.id);
        if (!seenRead)
            return seenRead.error();
        const Seen seen = seenRead.value();
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
    Statement insert = m_db.prepare("INSERT INTO booking_bookings(id, slot, source, device, ref,"
                                    " ticket, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, uuid)
        .bind(2, row.id)
        .bind(3, source)
        .bind(4, device)
        .bind(5, uuid)
        .bind(6, ticket.toString())
        .bind(7, now.toSecsSinceEpoch());
    if (auto r = insert.run(); !r)
        return r.error();
    if (auto r = checkInvariant(row.id); !r)
        return QStringLiteral("invariant");
    return QString();
}

Result<QString> BookingService::cancelRecord(const QString &device, const QJsonObject &meta,
                                             const QDateTime &now)
{
    const QString refersTo = meta.value(QLatin1String("refers_to")).toString();
    Statement s = m_db.prepare("SELECT id, slot, cancelled_at FROM booking_bookings"
                               " WHERE device = ? AND ref = ? AND source != 'channel'");
    s.bind(1, device).bind(2, refersTo);
    if (refersTo.isEmpty() || !s.step())
        return QStringLiteral("unknown booking");
    const QString id = s.text(0);
    const QString slot = s.text(1);
    if (!s.isNull(2))
        return QString();
    Statement update =
        m_db.prepare("UPDATE booking_bookings SET cancelled_at = ? WHERE device = ? AND id = ?");
    update.bind(1, now.toSecsSinceEpoch()).bind(2, device).bind(3, id);
    if (auto r = update.run(); !r)
        return r.error();
    if (auto r = checkInvariant(slot); !r)
        return QStringLiteral("invariant");
    return QString();
}

Result<QString> BookingService::createChannelToken(const QDateTime &now)
{
    if (auto r = ready(); !r)
        return r.error();
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QByteArray token =
        "jjc_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Statement s =
        m_db.prepare("INSERT INTO booking_channel_tokens(hash, created_at) VALUES (?, ?)");
    s.bind(1,
           QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()))
        .bind(2, now.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r.error();
    return QString::fromLatin1(token);
}

std::optional<QString> BookingService::channelOf(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 256 || !ready())
        return std::nullopt;
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
    Statement s = m_db.prepare("SELECT 1 FROM booking_channel_tokens WHERE hash = ?");
    s.bind(1, hash);
    if (!s.step())
        return std::nullopt;
    return QStringLiteral("channel:") + hash.left(16);
}

Result<ChannelAnswer> BookingService::channelBook(const QString &channel, const QString &slot,
                                                  const QString &ref, const QDateTime &now)
{
    if (auto r = ready(); !r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    ChannelAnswer answer;
    Statement existing = m_db.prepare("SELECT id, slot FROM booking_bookings WHERE device = ?"
                                      " AND ref = ? AND source = 'channel'");
    existing.bind(1, channel).bind(2, ref);
    if (existing.step()) {
        answer.kind = ChannelAnswer::Kind::Booked;
        answer.booking = existing.text(0);
        answer.slot = existing.text(1);
        return answer;
    }
    auto row = findSlot(slot, now);
    if (!row)
        return row.error();
    if (!row->has_value()) {
        answer.kind = ChannelAnswer::Kind::NoSlot;
        if (auto r = tx.commit(); !r)
            return r.error();
        return answer;
    }
    auto free = row->value().start <= now ? Result<int>(0) : freeSeats(row->value());
    if (!free)
        return free.error();
    if (free.value() <= 0) {
        answer.kind = ChannelAnswer::Kind::Full;
        if (auto r = tx.commit(); !r)
            return r.error();
        return answer;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement insert = m_db.prepare("INSERT INTO booking_bookings(id, slot, source, device, ref,"
                                    " created_at) VALUES (?, ?, 'channel', ?, ?, ?)");
    insert.bind(1, id).bind(2, slot).bind(3, channel).bind(4, ref).bind(5, now.toSecsSinceEpoch());
    if (auto r = insert.run(); !r)
        return r.error();
    if (auto r = checkInvariant(slot); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    answer.kind = ChannelAnswer::Kind::Booked;
    answer.booking = id;
    answer.slot = slot;
    return answer;
}

Result<ChannelAnswer> BookingService::channelBook(const QString &channel, const QString &slot,
                                                  const QString &ref, const QString &item,
                                                  const QDateTime &now)
{
    if (item.isEmpty())
        return channelBook(channel, slot, ref, now);
    if (auto r = ready(); !r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // A ref already booked answers as before, and an unknown slot is NoSlot: only a new booking
    // of a real slot is judged by its item.
    Statement existing = m_db.prepare("SELECT 1 FROM booking_bookings WHERE device = ?"
                                      " AND ref = ? AND source = 'channel'");
    existing.bind(1, channel).bind(2, ref);
    if (!existing.step()) {
        auto row = findSlot(slot, now);
        if (!row)
            return row.error();
        if (row->has_value()) {
            auto served = servesItem(row->value().point, item);
            if (!served)
                return served.error();
            if (!served.value()) {
                if (auto r = tx.commit(); !r)
                    return r.error();
                ChannelAnswer answer;
                answer.kind = ChannelAnswer::Kind::Item;
                return answer;
            }
        }
    }
    auto answer = channelBook(channel, slot, ref, now);
    if (!answer)
        return answer;
    if (auto r = tx.commit(); !r)
        return r.error();
    return answer;
}

Result<bool> BookingService::channelCancel(const QString &channel, const QString &id,
                                           const QDateTime &now)
{
    if (auto r = ready(); !r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Statement s = m_db.prepare("SELECT slot, cancelled_at FROM booking_bookings WHERE id = ?"
                               " AND device = ? AND source = 'channel'");
    s.bind(1, id).bind(2, channel);
    if (!s.step())
        return false;
    const QString slot = s.text(0);
    if (s.isNull(1)) {
        Statement update = m_db.prepare(
            "UPDATE booking_bookings SET cancelled_at = ? WHERE device = ? AND id = ?");
        update.bind(1, now.toSecsSinceEpoch()).bind(2, channel).bind(3, id);
        if (auto r = update.run(); !r)
            return r.error();
        if (auto r = checkInvariant(slot); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<QList<SlotStats>> BookingService::stats(const QString &point, QDate from, int days,
                                               const QDateTime &now)
{
    if (auto r = ready(); !r)
        return r.error();
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
        auto other = otherBookings(m_db, row.id);
        if (!other)
            return other.error();
        auto leases = accounts(m_db, row.id);
        if (!leases)
            return leases.error();
        st.other = other.value();
        for (const LeaseAccount &a : leases.value()) {
            st.leased += a.hold;
            st.used += std::min(a.seen.active(), a.hold);
            const bool expiredUnsettled = !a.settled && now >= a.expiresAt;
            const bool settledLate = a.settledAt && *a.settledAt >= row.start;
            if (expiredUnsettled)
                st.stranded += std::max(0, a.seats - a.seen.active());
            else if (settledLate)
                st.stranded += std::max(0, a.seats - std::min(a.seats, a.used.value_or(0)));
        }
        st.free = std::max(0, st.capacity - st.leased - st.other);
        out.append(st);
    }
    return out;
}

Result<QList<BookingInfo>> BookingService::bookings(const QString &point, QDate from)
{
    if (auto r = ready(); !r)
        return r.error();
    const qint64 since = from.isValid() ? protocol::chinaMidnight(from).toSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::min();
    Statement s = m_db.prepare(
        "SELECT b.id, b.ticket, b.slot, b.source, b.device, b.created_at, b.cancelled_at"
        " FROM booking_bookings b JOIN booking_slots s ON s.id = b.slot"
        " WHERE (? = '' OR s.point = ?) AND s.start >= ? ORDER BY s.start, b.created_at, b.id");
    s.bind(1, point).bind(2, point).bind(3, since);
    QList<BookingInfo> out;
    while (s.step()) {
        BookingInfo b;
        b.id = s.text(0);
        b.ticket = s.text(1);
        b.slot = s.text(2);
        b.source = s.text(3);
        b.device = s.text(4);
        b.createdAt = fromSecs(s.integer(5));
        if (!s.isNull(6))
            b.cancelledAt = fromSecs(s.integer(6));
        out.append(b);
    }
    if (s.error())
        return *s.error();
    return out;
}

} // namespace jiujin::gateway
