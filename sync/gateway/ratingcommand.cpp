#include "ratingcommand.h"

#include "chinatime.h"
#include "commandoutput.h"
#include "numberargument.h"
#include "operatorrecords.h"
#include "ratingexport.h"
#include "ratingservice.h"
#include "workcalendar.h"

#include <QFile>
#include <QTextStream>

#include <limits>

namespace jiujin::gateway {

namespace {

using cli::fail;
using cli::out;

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString timeOrDash(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

/** The start of China day @p d, as a UTC time. */
QDateTime dayStart(const QDate &d)
{
    return chinaMidnight(d);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

/** --point, --from and --to as a filter (days are China days, --to inclusive); "" or why not. */
QString periodFilter(const QCommandLineParser &parser, const RatingOptions &o, RatingFilter *f)
{
    f->point = parser.value(QStringLiteral("point"));
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("from"), parser.value(QStringLiteral("from"))},
          std::pair{QStringLiteral("to"), parser.value(o.to)}}) {
        if (value.isEmpty())
            continue;
        const QDate d = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid())
            return QStringLiteral("--%1: a date YYYY-MM-DD").arg(name);
        if (name == QLatin1String("from"))
            f->from = dayStart(d);
        else
            f->to = dayStart(d.addDays(1));
    }
    return {};
}

QString levels(const RatingRow &r)
{
    auto one = [](int l) { return l > 0 ? QString::number(l) : QStringLiteral("-"); };
    return QStringLiteral("%1 e%2 c%3 a%4")
        .arg(r.level)
        .arg(one(r.efficiency), one(r.competence), one(r.attitude));
}

void printGroup(const QString &label, const RatingService::Group &g)
{
    const RatingService::Satisfaction &s = g.satisfaction;
    const RatingService::Rectification &r = g.rectification;
    out() << label << '\t' << percent(s.rate()) << '\t' << s.satisfied << '/' << s.total
          << "\trectification " << percent(r.rate()) << '\t' << r.closedInTime << '/' << r.bad
          << Qt::endl;
}

int followupCommand(const QCommandLineParser &parser, const RatingOptions &o,
                    const QStringList &args, CentralStorage &storage, RatingService &ratings,
                    const QDateTime &now)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("list") && args.size() == 2) {
        RatingFilter filter;
        filter.followUpOnly = true;
        filter.openOnly = parser.isSet(o.openOnly);
        filter.point = parser.value(QStringLiteral("point"));
        auto rows = ratings.list(filter);
        if (!rows)
            return fail(rows.error().message);
        out() << "id\tstate\tdue\tdepartment\tcase\tpoint\tlevels\topened\tcalled\treached\toverdue"
              << Qt::endl;
        for (const RatingEntry &e : rows.value()) {
            const FollowUpRow &f = *e.followUp;
            const bool late = ratings.overdue(f, now);
            if (parser.isSet(QStringLiteral("overdue")) && !late)
                continue;
            out() << f.id << '\t' << f.state << ' ' << RatingService::stateText(f.state) << '\t'
                  << f.dueDate.toString(Qt::ISODate) << '\t' << orDash(f.department) << '\t'
                  << orDash(e.rating.caseNumber) << '\t' << e.rating.point << '\t'
                  << levels(e.rating) << '\t' << f.openedAt.toString(Qt::ISODate) << '\t'
                  << timeOrDash(f.calledAt) << '\t'
                  << (f.calledAt ? (f.reached ? "yes" : "no") : "-") << '\t'
                  << (late ? "overdue" : "-") << Qt::endl;
        }
        return 0;
    }
    if (args.size() != 3)
        return -1;
    if (verb != QLatin1String("callback") && verb != QLatin1String("rectify") &&
        verb != QLatin1String("close"))
        return -1;
    const auto number = NumberArgument::read(QStringLiteral("followup %1: ID").arg(verb),
                                             args.at(2), 1, std::numeric_limits<qint64>::max());
    if (!number.value)
        return fail(number.problem + QStringLiteral(" (see followup list)"));
    const qint64 id = *number.value;
    // The operator named must be an enabled account; what it may do is RatingService's check
    // (OperatorRoles), the same as for the operator API.
    const QString operatorId = parser.value(QStringLiteral("operator"));
    if (operatorId.isEmpty())
        return fail(QStringLiteral("followup %1: --operator ID needed").arg(verb));
    auto who = storage.operators().operatorById(operatorId);
    if (!who)
        return fail(who.error().message);
    if (!who.value() || !who.value()->enabled)
        return fail(QStringLiteral("no enabled operator %1 (jiujin-gateway operator list)")
                        .arg(operatorId));
    const OperatorRow &by = *who.value();
    Result<FollowUpRow> done = Error{Error::Invalid, QString()};
    if (verb == QLatin1String("callback")) {
        const QString reached = parser.value(o.reached);
        if (reached != QLatin1String("yes") && reached != QLatin1String("no"))
            return fail(QStringLiteral("followup callback: --reached yes|no needed"));
        done = ratings.callBack(id, by, reached == QLatin1String("yes"),
                                parser.value(QStringLiteral("note")), now, now);
    } else if (verb == QLatin1String("rectify")) {
        done = ratings.rectify(id, by, parser.value(o.cause), parser.value(o.action), now);
    } else {
        done = ratings.close(id, by, now);
    }
    if (!done)
        return fail(done.error().message);
    out() << "followup " << id << ": " << done->state << ' '
          << RatingService::stateText(done->state) << " (due "
          << done->dueDate.toString(Qt::ISODate) << ')' << Qt::endl;
    return 0;
}

} // namespace

int ratingCommand(const QCommandLineParser &parser, const RatingOptions &o, const QStringList &args,
                  CentralStorage &storage, const QDateTime &now)
{
    const QString command = args.value(0), verb = args.value(1);
    if (command != QLatin1String("rating") && command != QLatin1String("followup"))
        return -1;
    RatingService ratings(storage);
    if (command == QLatin1String("followup"))
        return followupCommand(parser, o, args, storage, ratings, now);
    if (args.size() != 2)
        return -1;

    RatingFilter filter;
    if (const QString why = periodFilter(parser, o, &filter); !why.isEmpty())
        return fail(why);
    if (verb == QLatin1String("list")) {
        auto rows = ratings.list(filter);
        if (!rows)
            return fail(rows.error().message);
        out() << "received\tpoint\titem\tcase\treceipt\tlevels\treasons\tfollowup" << Qt::endl;
        for (const RatingEntry &e : rows.value()) {
            const RatingRow &r = e.rating;
            out() << r.receivedAt.toString(Qt::ISODate) << '\t' << r.point << '\t' << r.item << '\t'
                  << orDash(r.caseNumber) << '\t' << orDash(r.refersTo) << '\t' << levels(r) << '\t'
                  << orDash(r.reasons.join(QLatin1Char(','))) << '\t'
                  << (e.followUp
                          ? QStringLiteral("%1 %2").arg(e.followUp->id).arg(e.followUp->state)
                          : QStringLiteral("-"))
                  << Qt::endl;
        }
        return 0;
    }
    if (verb == QLatin1String("stats")) {
        const QString month = parser.value(o.month);
        if (!month.isEmpty()) {
            const QDate first =
                QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
            if (!first.isValid() || !filter.from.isNull() || !filter.to.isNull())
                return fail(QStringLiteral("--month YYYY-MM (without --from/--to)"));
            filter.from = dayStart(first);
            filter.to = dayStart(first.addMonths(1));
        }
        auto figures = ratings.figures(filter, now);
        if (!figures)
            return fail(figures.error().message);
        const RatingService::Rectification &r = figures->all.rectification;
        printGroup(QStringLiteral("satisfaction"), figures->all);
        for (auto it = figures->byPoint.begin(); it != figures->byPoint.end(); ++it)
            printGroup(QStringLiteral("point ") + it.key(), it.value());
        for (auto it = figures->byDepartment.begin(); it != figures->byDepartment.end(); ++it)
            printGroup(QStringLiteral("department ") + orDash(it.key()), it.value());
        for (auto it = figures->byMonth.begin(); it != figures->byMonth.end(); ++it)
            printGroup(QStringLiteral("month ") + it.key(), it.value());
        out() << "rectification_rate\t" << percent(r.rate()) << '\t' << r.closedInTime << '/'
              << r.bad << Qt::endl
              << "bad\t" << r.bad << Qt::endl
              << "closed_in_time\t" << r.closedInTime << Qt::endl
              << "closed_late\t" << r.closedLate << Qt::endl
              << "open\t" << r.open << Qt::endl
              << "overdue\t" << r.overdue << Qt::endl;
        if (!filter.point.isEmpty()) {
            auto pub = ratings.pointSatisfaction(filter.point, now);
            if (!pub)
                return fail(pub.error().message);
            out() << "public_90_days\t"
                  << (pub->count > 0 ? percent(pub->rate) : QStringLiteral("-")) << '\t'
                  << pub->count << Qt::endl;
        }
        return 0;
    }
    if (verb == QLatin1String("export")) {
        const QString format = parser.value(o.format);
        if (format != QLatin1String("json") && format != QLatin1String("csv"))
            return fail(QStringLiteral("rating export: --format json|csv needed"));
        auto rows = ratings.list(filter);
        if (!rows)
            return fail(rows.error().message);
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(QStringLiteral("stdout: ") + stdoutFile.errorString());
        const QByteArray bytes = format == QLatin1String("json") ? RatingExport::json(rows.value())
                                                                 : RatingExport::csv(rows.value());
        if (stdoutFile.write(bytes) != bytes.size() || !stdoutFile.flush())
            return fail(QStringLiteral("stdout: ") + stdoutFile.errorString());
        return 0;
    }
    return -1;
}

} // namespace jiujin::gateway
