#include "operatorroles.h"

#include "caseservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jiujin::gateway {

QStringList OperatorRoles::roles()
{
    return {clerk, officer, supervisor, technician};
}

QString OperatorRoles::roleText(const QString &role)
{
    const char *context = "jiujin::gateway::OperatorRoles";
    if (role == clerk)
        return QCoreApplication::translate(context, "窗口受理员");
    if (role == officer)
        return QCoreApplication::translate(context, "部门审批员");
    if (role == supervisor)
        return QCoreApplication::translate(context, "督办员");
    if (role == technician)
        return QCoreApplication::translate(context, "运维");
    return {};
}

QString OperatorRoles::township(const QString &point)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{9})\\d{3}-\\d{2}$"));
    const auto m = shape.match(point);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool OperatorRoles::validScope(const QString &role, const QStringList &scope)
{
    static const QRegularExpression townshipCode(QStringLiteral("^\\d{9}$"));
    static const QRegularExpression departmentCode(QStringLiteral("^[a-z]{1,32}$"));
    if (role == clerk || role == officer) {
        if (scope.isEmpty())
            return false;
        for (const QString &code : scope)
            if (!(role == clerk ? townshipCode : departmentCode).match(code).hasMatch())
                return false;
        return true;
    }
    return (role == supervisor || role == technician) && scope.isEmpty();
}

bool OperatorRoles::inScope(const OperatorRow &op, const CaseRow &c)
{
    if (!op.enabled)
        return false;
    if (op.role == clerk) {
        const QString t = township(c.point);
        return !t.isEmpty() && op.scope.contains(t);
    }
    if (op.role == officer)
        return !c.department.isEmpty() && op.scope.contains(c.department);
    return false;
}

void OperatorRoles::narrow(const OperatorRow &op, CaseFilter &filter)
{
    if (op.role == clerk)
        filter.townships = op.scope;
    else if (op.role == officer)
        filter.departments = op.scope;
}

bool OperatorRoles::listsCases(const OperatorRow &op)
{
    return op.enabled && (op.role == clerk || op.role == officer || op.role == supervisor);
}

bool OperatorRoles::reads(const OperatorRow &op, const CaseRow &c)
{
    if (!op.enabled)
        return false;
    if (op.role == supervisor)
        return true;       // the whole banner
    return inScope(op, c); // technician: never
}

bool OperatorRoles::mayMove(const OperatorRow &op, const CaseRow &c, const QString &stage)
{
    if (!inScope(op, c))
        return false;
    if (op.role == clerk)
        return stage == CaseService::accepted || stage == CaseService::refused ||
               stage == CaseService::correction ||
               // the hand-over at the window: a result waiting at the point reaches the applicant
               (stage == CaseService::delivered && c.stage == CaseService::readyForPickup);
    if (op.role == officer)
        return stage == CaseService::review || stage == CaseService::approved ||
               stage == CaseService::denied || stage == CaseService::readyForPickup ||
               stage == CaseService::delivered || stage == CaseService::correction;
    return false;
}

bool OperatorRoles::mayHandleMaterials(const OperatorRow &op, const CaseRow &c)
{
    return op.role == clerk && inScope(op, c);
}

bool OperatorRoles::mayOpenForm(const OperatorRow &op, const CaseRow &c)
{
    // A supervisor reads every case, the form too, but masked only (mayReveal).
    return reads(op, c);
}

bool OperatorRoles::mayReveal(const OperatorRow &op, const CaseRow &c)
{
    return (op.role == clerk || op.role == officer) && inScope(op, c);
}

bool OperatorRoles::readsRatings(const OperatorRow &op)
{
    return op.enabled && (op.role == clerk || op.role == officer || op.role == supervisor);
}

bool OperatorRoles::readsRating(const OperatorRow &op, const RatingRow &r)
{
    if (!op.enabled)
        return false;
    if (op.role == supervisor)
        return true;
    if (op.role == officer)
        return !r.department.isEmpty() && op.scope.contains(r.department);
    if (op.role == clerk) {
        const QString t = township(r.point);
        return !t.isEmpty() && op.scope.contains(t);
    }
    return false;
}

bool OperatorRoles::readsFollowUpTexts(const OperatorRow &op, const RatingEntry &e)
{
    if (!op.enabled || !e.followUp)
        return false;
    if (op.role == supervisor)
        return true;
    return op.role == officer && !e.followUp->department.isEmpty() &&
           op.scope.contains(e.followUp->department);
}

bool OperatorRoles::mayFollowUp(const OperatorRow &op, const RatingEntry &e, const QString &action)
{
    if (!op.enabled || !e.followUp)
        return false;
    if (action == QLatin1String("callback") || action == QLatin1String("rectify"))
        return op.role == officer && !e.followUp->department.isEmpty() &&
               op.scope.contains(e.followUp->department);
    if (action == QLatin1String("close"))
        return op.role == supervisor;
    return false;
}

bool OperatorRoles::exportsRatings(const OperatorRow &op)
{
    return op.enabled && (op.role == officer || op.role == supervisor);
}

void OperatorRoles::narrow(const OperatorRow &op, RatingFilter &filter)
{
    if (op.role == clerk)
        filter.townships = op.scope;
    else if (op.role == officer)
        filter.departments = op.scope;
}

bool OperatorRoles::readsFleet(const OperatorRow &op)
{
    return op.enabled && (op.role == technician || op.role == supervisor);
}

bool OperatorRoles::managesFleet(const OperatorRow &op)
{
    return op.enabled && op.role == technician;
}

bool OperatorRoles::readsBookings(const OperatorRow &op)
{
    return op.enabled && roles().contains(op.role);
}

bool OperatorRoles::readsBookingsAt(const OperatorRow &op, const QString &point)
{
    if (!readsBookings(op))
        return false;
    if (op.role == clerk)
        return !township(point).isEmpty() && op.scope.contains(township(point));
    return true;
}

bool OperatorRoles::editsBookingPlans(const OperatorRow &op)
{
    return op.enabled && op.role == technician;
}

} // namespace jiujin::gateway
