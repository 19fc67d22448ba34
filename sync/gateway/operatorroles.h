#pragma once

#include "caserecords.h"
#include "operatorrecords.h"
#include "ratingrecords.h"

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
 * 好差评 (docs/DESIGN.md §13c): an officer reads the ratings of its departments and records the
 * call-back, cause and rectification of their follow-ups; a supervisor reads every rating and
 * closes follow-ups; a clerk reads the ratings of its townships' points read-only, without the
 * officers' texts; a technician none.
 * Fleet (§13h): a technician reads and manages the banner's kiosks (tokens, revocation); a
 * supervisor reads them; a clerk or officer nothing of the fleet.
 * Bookings (§13i): a clerk reads the slots and bookings of its townships' points; an officer, a
 * supervisor and a technician those of every point; only a technician changes a point's plan.
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

    /** Whether @p op may read ratings at all (a list is then narrowed and filtered). */
    static bool readsRatings(const OperatorRow &op);
    /** Whether @p op reads rating @p r: a supervisor all, an officer its departments', a clerk
     *  those taken at points of its townships. */
    static bool readsRating(const OperatorRow &op, const RatingRow &r);
    /** Whether @p op reads the officers' texts of @p e's follow-up (call note, cause, action):
     *  a supervisor, or an officer of its department; never a clerk (the 差评 may be of the
     *  window itself). */
    static bool readsFollowUpTexts(const OperatorRow &op, const RatingEntry &e);
    /** Whether @p op may take follow-up step @p action ("callback", "rectify", "close") on
     *  @p e: call-back and rectification an officer of the follow-up's department, close a
     *  supervisor. */
    static bool mayFollowUp(const OperatorRow &op, const RatingEntry &e, const QString &action);
    /** Whether @p op may export ratings (RATINGS.md, with the officers' texts): a supervisor,
     *  or an officer (narrowed to its departments). */
    static bool exportsRatings(const OperatorRow &op);
    /** Narrows @p filter to the ratings @p op reads (a clerk's townships, an officer's
     *  departments). */
    static void narrow(const OperatorRow &op, RatingFilter &filter);

    /** Whether @p op reads the fleet (devices, their heartbeats and certificates, enrollment
     *  tokens without their secrets): a technician or a supervisor (docs/DESIGN.md §13h). */
    static bool readsFleet(const OperatorRow &op);
    /** Whether @p op may change the fleet (create enrollment tokens, revoke devices): a
     *  technician only. */
    static bool managesFleet(const OperatorRow &op);

    /** Whether @p op reads bookings at all (slots, bookings, plans; never personal data). */
    static bool readsBookings(const OperatorRow &op);
    /** Whether @p op reads the bookings of service point @p point: a clerk those of its
     *  townships, an officer, supervisor or technician every point's. */
    static bool readsBookingsAt(const OperatorRow &op, const QString &point);
    /** Whether @p op may change a point's booking plan (capacity, periods, groups): a
     *  technician only. */
    static bool editsBookingPlans(const OperatorRow &op);

private:
    static bool inScope(const OperatorRow &op, const CaseRow &c);
};

} // namespace jiujin::gateway
