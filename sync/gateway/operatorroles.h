#pragma once

#include "caserecords.h"
#include "operatorrecords.h"

#include <QString>
#include <QStringList>

namespace jiujin::gateway {

/**
 * What each operator role may do with which case: the one place the rules live (docs/DESIGN.md,
 * "Operators and roles"). The command line (`case move --operator`) and the operator API both
 * ask here.
 * - clerk (窗口受理员): cases at points of its townships; 受理, 不予受理, 待补正,
 *   容缺 materials promised and received, and the hand-over 待领取 → 已送达.
 * - officer (部门审批员): cases of its departments; 审查中, 准予, 不予, 待领取,
 *   已送达, and 待补正.
 * - supervisor (督办员): reads every case of the banner, moves none.
 * - technician (运维): no case data at all.
 */
class OperatorRoles
{
public:
    static inline const QString clerk = QStringLiteral("clerk");
    static inline const QString officer = QStringLiteral("officer");
    static inline const QString supervisor = QStringLiteral("supervisor");
    static inline const QString technician = QStringLiteral("technician");

    static QStringList roles();
    /** The Chinese display text of @p role ("" for an unknown one). */
    static QString roleText(const QString &role);

    /** The township (9-digit division code) of service point @p point ("150525203000-01" ->
     *  "150525203"); "" when @p point is not shaped like a point code. */
    static QString township(const QString &point);
    /** Whether @p scope suits @p role: clerk one or more 9-digit township codes, officer one or
     *  more department codes ([a-z]+), supervisor and technician none (the banner). */
    static bool validScope(const QString &role, const QStringList &scope);

    /** Whether @p op (enabled) sees case @p c at all: its metadata, timeline and materials. */
    static bool reads(const OperatorRow &op, const CaseRow &c);
    /** Whether @p op may move @p c to @p stage (the stage machine is CaseService's). */
    static bool mayMove(const OperatorRow &op, const CaseRow &c, const QString &stage);
    /** Whether @p op may record 容缺 / 告知承诺 materials of @p c, promised or received. */
    static bool mayHandleMaterials(const OperatorRow &op, const CaseRow &c);
    /** Whether @p op may open the application form of @p c (masked): whoever reads it. */
    static bool mayOpenForm(const OperatorRow &op, const CaseRow &c);
    /** Whether @p op may see its ID numbers and phones unmasked. */
    static bool mayReveal(const OperatorRow &op, const CaseRow &c);
    /** Whether @p op may list cases at all (a list is then filtered by reads()). */
    static bool listsCases(const OperatorRow &op);
    /** Narrows @p filter to the scope of @p op (a clerk's townships, an officer's departments),
     *  so a list holds the newest cases the operator may read, not the newest of the banner. */
    static void narrow(const OperatorRow &op, CaseFilter &filter);

private:
    static bool inScope(const OperatorRow &op, const CaseRow &c);
};

} // namespace jiujin::gateway
