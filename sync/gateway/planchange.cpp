#include "planchange.h"

#include "auditchain.h"
#include "centralstorage.h"
#include "chinatime.h"
#include "publishedcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jiujin::gateway {

PlanChange::PlanChange(CentralStorage &storage, BookingService &booking)
    : m_storage(storage), m_booking(booking)
{
}

QJsonObject PlanChange::planJson(const PointPlan &plan)
{
    return {{QStringLiteral("capacity"), plan.capacity},
            {QStringLiteral("day_plan"), plan.dayPlan},
            {QStringLiteral("slot_minutes"), plan.slotMinutes},
            {QStringLiteral("groups"), QJsonArray::fromStringList(plan.groups)}};
}

Result<PlanChangeOutcome> PlanChange::apply(const QString &actor, const PointPlan &old,
                                            const PointPlan &plan, const QDateTime &now)
{
    PlanChangeOutcome outcome;
    if (auto checked = plan.check(); !checked) {
        outcome.message = checked.error().message;
        return outcome;
    }
    // A group that is not a department of the published catalogue would silently refuse every
    // booking at the point.
    for (const QString &g : plan.groups) {
        auto department = m_storage.catalogue().liveEntry(CatalogueKind::Departments, g);
        if (!department)
            return department.error();
        if (!department->has_value()) {
            outcome.message =
                QStringLiteral("groups: %1 is not a department of the published catalogue").arg(g);
            return outcome;
        }
    }
    auto future = m_booking.stats(plan.point, chinaDate(now), BookingService::horizonDays + 2, now);
    if (!future)
        return future.error(); // fail closed: an unread slot is not an empty one
    int needed = 0, changed = 0;
    for (const SlotStats &s : future.value()) {
        if (s.start <= now)
            continue; // started: its capacity stays as it was (BookingService::setPlan)
        const int held = s.leased + s.other; // leases as they count against the pool, and the rest
        if (held > needed) {
            needed = held;
            outcome.slot = s.id;
        }
        if (s.capacity != plan.capacity)
            ++changed;
    }
    if (plan.capacity < needed) {
        outcome.kind = PlanChangeOutcome::Kind::OverCapacity;
        outcome.minCapacity = needed;
        outcome.message =
            QStringLiteral(
                "capacity: slot %1 already holds %2 seats (leased or booked); at least %2")
                .arg(outcome.slot)
                .arg(needed);
        return outcome;
    }
    outcome.slot.clear();
    if (plan.capacity == old.capacity && plan.dayPlan == old.dayPlan &&
        plan.slotMinutes == old.slotMinutes && plan.groups == old.groups) {
        outcome.kind = PlanChangeOutcome::Kind::Unchanged;
        return outcome;
    }
    if (auto done = m_booking.setPlan(plan, now); !done) {
        if (done.error().code != Error::Invalid)
            return done.error();
        outcome.message = done.error().message;
        return outcome;
    }
    // Who changed which point's plan from what to what: codes and numbers, nothing personal.
    const QJsonObject detail{{QStringLiteral("old"), planJson(old)},
                             {QStringLiteral("new"), planJson(plan)},
                             {QStringLiteral("future_slots"), changed}};
    auto audited = AuditChain(m_storage).append(
        actor, QStringLiteral("booking.plan.set"), plan.point,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), now);
    if (!audited)
        return audited.error();
    outcome.kind = PlanChangeOutcome::Kind::Changed;
    outcome.futureSlots = changed;
    return outcome;
}

} // namespace jiujin::gateway
