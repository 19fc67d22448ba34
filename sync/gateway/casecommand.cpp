#include "casecommand.h"

#include "auditchain.h"
#include "caseservice.h"
#include "commandoutput.h"
#include "numberargument.h"
#include "operatorrecords.h"
#include "operatorroles.h"
#include "workcalendar.h"

#include <QTextStream>

#include <algorithm>
#include <limits>

namespace jiujin::gateway {

namespace {

using cli::fail;
using cli::out;

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString dateOrDash(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString timeOrDash(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

/** "5 days left", "overdue 2", "paused (5 left)" or "-" (no limit, not accepted, decided). */
QString clockText(const CaseService::Clock &c)
{
    if (!c.daysLeft)
        return QStringLiteral("-");
    if (c.paused)
        return QStringLiteral("paused (%1 left)").arg(*c.daysLeft);
    if (c.overdue)
        return QStringLiteral("overdue %1").arg(-*c.daysLeft);
    return QStringLiteral("%1 left").arg(*c.daysLeft);
}

} // namespace

int caseCommand(const QCommandLineParser &parser, const CaseOptions &o, const QStringList &args,
                CentralStorage &storage, const QDateTime &now)
{
    const QString command = args.value(0), verb = args.value(1);
    if (command == QLatin1String("audit") && verb == QLatin1String("verify") && args.size() == 2) {
        auto v = AuditChain(storage).verify();
        if (!v)
            return fail(QStringLiteral("audit log unreadable: ") + v.error().message);
        if (v->brokenAt)
            return fail(QStringLiteral("audit chain broken at entry %1: %2 (%3 entries before it "
                                       "verify)")
                            .arg(*v->brokenAt)
                            .arg(v->why)
                            .arg(v->entries));
        out() << "audit chain verifies: " << v->entries << " entries" << Qt::endl;
        return 0;
    }
    if (command != QLatin1String("case"))
        return -1;
    CaseService cases(storage);
    // The operator named must exist, be enabled, and have the role and scope for what is asked
    // of case @p receipt (OperatorRoles); "" when allowed or the case is unknown (the service
    // then says so), else why not.
    const auto refusal = [&](const QString &operatorId, const QString &receipt,
                             auto allowed) -> QString {
        if (operatorId.isEmpty())
            return {}; // the service refuses a move without an operator
        auto who = storage.operators().operatorById(operatorId);
        if (!who)
            return who.error().message;
        if (!who.value() || !who.value()->enabled)
            return QStringLiteral("no enabled operator %1 (jiujin-gateway operator list)")
                .arg(operatorId);
        auto found = cases.find(receipt);
        if (!found)
            return found.error().message;
        if (found.value() && !allowed(*who.value(), *found.value()))
            return QStringLiteral("operator %1 (%2) may not do that with case %3")
                .arg(operatorId, who.value()->role, receipt);
        return {};
    };

    if (verb == QLatin1String("list") && args.size() == 2) {
        CaseFilter filter;
        filter.stage = parser.value(o.stage);
        if (!filter.stage.isEmpty() && CaseService::stageText(filter.stage).isEmpty())
            return fail(QStringLiteral("--stage: one of %1")
                            .arg(CaseService::stages().join(QLatin1String(", "))));
        filter.point = parser.value(QStringLiteral("point"));
        if (parser.isSet(o.overdue))
            filter.overdueOn = WorkCalendar::chinaDate(now);
        auto rows = cases.list(filter);
        if (!rows)
            return fail(rows.error().message);
        out() << "receipt\tcase\tstage\titem\tpoint\tdepartment\taccepted\tdue\ttime_limit"
              << Qt::endl;
        for (const CaseRow &c : rows.value())
            out() << c.receipt << '\t' << c.number << '\t' << c.stage << ' '
                  << CaseService::stageText(c.stage) << '\t' << c.item << '\t' << c.point << '\t'
                  << orDash(c.department) << '\t' << timeOrDash(c.acceptedAt) << '\t'
                  << dateOrDash(c.dueDate) << '\t' << clockText(cases.clock(c, now)) << Qt::endl;
        if (rows->size() == filter.limit)
            QTextStream(stderr) << "jiujin-gateway: the newest " << filter.limit
                                << " shown; narrow with --stage or --point" << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("show") && args.size() == 3) {
        auto found = cases.find(args.at(2));
        if (!found)
            return fail(found.error().message);
        if (!found.value())
            return fail(QStringLiteral("no case with receipt %1").arg(args.at(2)));
        const CaseRow &c = *found.value();
        auto events = cases.timeline(c.id);
        if (!events)
            return fail(events.error().message);
        auto materials = storage.cases().materials(c.id);
        if (!materials)
            return fail(materials.error().message);
        // Metadata and the timeline only: the application itself stays sealed.
        out() << "case\t" << c.number << Qt::endl
              << "receipt\t" << c.receipt << Qt::endl
              << "stage\t" << c.stage << ' ' << CaseService::stageText(c.stage) << Qt::endl
              << "item\t" << c.item << Qt::endl
              << "department\t" << orDash(c.department) << Qt::endl
              << "point\t" << c.point << Qt::endl
              << "device\t" << c.device << Qt::endl
              << "submitted\t" << c.createdAt.toString(Qt::ISODate) << Qt::endl
              << "accepted\t" << timeOrDash(c.acceptedAt) << Qt::endl
              << "promised_days\t"
              << (c.promisedDays ? QString::number(*c.promisedDays) : QStringLiteral("-"))
              << Qt::endl
              << "paused_days\t" << c.pausedDays << Qt::endl
              << "due\t" << dateOrDash(c.dueDate) << Qt::endl
              << "time_limit\t" << clockText(cases.clock(c, now)) << Qt::endl;
        if (c.stage == CaseService::correction)
            out() << "correction\t" << c.correctionMaterials.join(QLatin1String(", ")) << " by "
                  << dateOrDash(c.correctionDue) << Qt::endl;
        if (!c.result.isEmpty())
            out() << "result\t" << c.result << Qt::endl;
        for (const CaseMaterialRow &m : materials.value())
            out() << "material\t" << m.id << '\t' << m.kind << '\t' << m.name << "\tdue "
                  << dateOrDash(m.dueDate) << '\t' << m.state << ' ' << timeOrDash(m.receivedAt)
                  << ' ' << orDash(m.receivedPoint) << Qt::endl;
        out() << "timeline:" << Qt::endl;
        for (const CaseEventRow &e : events.value())
            out() << e.at.toString(Qt::ISODate) << '\t' << orDash(e.fromStage) << " -> "
                  << e.toStage << ' ' << CaseService::stageText(e.toStage) << '\t' << e.operatorId
                  << '\t' << orDash(e.reason) << '\t'
                  << (e.materials.isEmpty() ? QStringLiteral("-")
                                            : e.materials.join(QLatin1String(", ")))
                  << '\t' << dateOrDash(e.dueDate) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("move") && args.size() == 4) {
        CaseService::Move m;
        m.stage = args.at(3);
        m.operatorId = parser.value(o.operatorId);
        m.reason = parser.value(o.reason);
        m.materials = parser.value(o.materials).split(u',', Qt::SkipEmptyParts);
        m.result = parser.value(o.result);
        if (parser.isSet(o.due)) {
            m.due = QDate::fromString(parser.value(o.due), QStringLiteral("yyyy-MM-dd"));
            if (!m.due.isValid())
                return fail(QStringLiteral("--due: expected YYYY-MM-DD"));
        }
        if (const QString why = refusal(m.operatorId, args.at(2),
                                        [&](const auto &op, const auto &c) {
                                            return OperatorRoles::mayMove(op, c, m.stage);
                                        });
            !why.isEmpty())
            return fail(why);
        auto moved = cases.move(args.at(2), m, now);
        if (!moved)
            return fail(moved.error().message);
        out() << moved->receipt << ' ' << moved->stage << ' '
              << CaseService::stageText(moved->stage) << " due " << dateOrDash(moved->dueDate)
              << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("promise") && args.size() == 3) {
        const QDate due = QDate::fromString(parser.value(o.due), QStringLiteral("yyyy-MM-dd"));
        if (!due.isValid())
            return fail(QStringLiteral("--due: expected YYYY-MM-DD"));
        if (const QString why =
                refusal(parser.value(o.operatorId), args.at(2), &OperatorRoles::mayHandleMaterials);
            !why.isEmpty())
            return fail(why);
        auto promised =
            cases.promiseMaterial(args.at(2), parser.value(o.material), parser.value(o.kind), due,
                                  parser.value(o.operatorId), now);
        if (!promised)
            return fail(promised.error().message);
        out() << "material " << promised->id << ' ' << promised->kind << " due "
              << dateOrDash(promised->dueDate) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("receive") && args.size() == 4) {
        const auto material =
            NumberArgument::parse(args.at(3), 1, std::numeric_limits<qint64>::max());
        if (!material)
            return fail(QStringLiteral("case receive: MATERIAL is the number case show lists"));
        const qint64 id = *material;
        const QString point = parser.value(QStringLiteral("point"));
        if (point.isEmpty())
            return fail(QStringLiteral("case receive: --point names where it was handed in"));
        if (const QString why =
                refusal(parser.value(o.operatorId), args.at(2), &OperatorRoles::mayHandleMaterials);
            !why.isEmpty())
            return fail(why);
        if (auto r = cases.receiveMaterial(args.at(2), id, point, parser.value(o.operatorId), now);
            !r)
            return fail(r.error().message);
        out() << "material " << id << " received at " << point << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("sweep") && args.size() == 2) {
        auto swept = cases.sweepOverdue(now);
        if (!swept)
            return fail(swept.error().message);
        out() << "overdue materials " << swept->overdue << ", moved to correction "
              << swept->toCorrection << ", left for the next sweep " << swept->failed << Qt::endl;
        return swept->failed > 0 ? 1 : 0;
    }
    return fail(QStringLiteral(
        "usage: case list [--stage S] [--point P] [--overdue] | case show RECEIPT | case move "
        "RECEIPT STAGE --operator ID [--reason TEXT] [--materials a,b] [--due YYYY-MM-DD] "
        "[--result NUMBER] | case promise RECEIPT --material NAME --kind rongque|chengnuo --due "
        "YYYY-MM-DD --operator ID | case receive RECEIPT MATERIAL --point P --operator ID | case "
        "sweep | audit verify"));
}

} // namespace jiujin::gateway
