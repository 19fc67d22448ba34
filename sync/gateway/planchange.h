#pragma once

#include "bookingservice.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace jiujin::gateway {

class CentralStorage;

/** What a plan change came to (PlanChange::apply). */
struct PlanChangeOutcome
{
    enum class Kind {
        Changed,      ///< stored and audited
        Unchanged,    ///< the plan asked for is the plan there: nothing stored, nothing audited
        Invalid,      ///< message: PointPlan::check()'s, or a group that is no department
        OverCapacity, ///< capacity below what a future slot holds: slot, minCapacity
    };
    Kind kind = Kind::Invalid;
    QString message;     ///< Invalid and OverCapacity: English, codes and numbers only
    QString slot;        ///< OverCapacity: the fullest future slot
    int minCapacity = 0; ///< OverCapacity: the least capacity that keeps what it holds
    int futureSlots = 0; ///< Changed: future slots whose capacity changes
};

/**
 * One change of a point's booking plan, the same from the console (BookingsApi) and the command
 * line (`jiujin-gateway plan set`): checked (PointPlan::check, groups among the published
 * catalogue's departments), refused below what any future slot holds instead of silently kept
 * higher there by BookingService::setPlan, stored and audited (`booking.plan.set`, detail
 * {old, new, future_slots}) in the caller's transaction, which commits it.
 */
class PlanChange
{
public:
    /** Both borrowed. */
    PlanChange(CentralStorage &storage, BookingService &booking);

    /** Replaces @p old (the point's plan as read in this transaction) with @p plan for
     *  @p actor (an operator id or "cli:<user>"). An Error only for storage failures. */
    Result<PlanChangeOutcome> apply(const QString &actor, const PointPlan &old,
                                    const PointPlan &plan, const QDateTime &now);

    /** {capacity, day_plan, slot_minutes, groups}: the API's and the audit entry's form. */
    static QJsonObject planJson(const PointPlan &plan);

private:
    CentralStorage &m_storage;
    BookingService &m_booking;
};

} // namespace jiujin::gateway
