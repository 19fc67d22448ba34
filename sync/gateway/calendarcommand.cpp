#include "calendarcommand.h"

#include "centralcalendar.h"
#include "commandoutput.h"
#include "numberargument.h"

#include <QFile>
#include <QTextStream>

namespace jiujin::gateway {

namespace {

using cli::fail;
using cli::out;

int holidayDays(const protocol::CalendarYear &y)
{
    int days = 0;
    for (const protocol::CalendarHoliday &h : y.holidays)
        days += int(h.from.daysTo(h.to)) + 1;
    return days;
}

} // namespace

int calendarCommand(const QCommandLineParser &parser, const QStringList &args,
                    CentralStorage &storage, const QDateTime &now)
{
    if (args.value(0) != QLatin1String("calendar"))
        return -1;
    CentralCalendar calendar(storage);
    const QString verb = args.value(1);
    if (verb == QLatin1String("import") && args.size() == 3) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(args.at(2), file.errorString()));
        const QByteArray text = file.read(protocol::maxCalendarText + 1);
        const QString actor = parser.isSet(QStringLiteral("operator"))
                                  ? parser.value(QStringLiteral("operator"))
                                  : QStringLiteral("cli");
        auto imported = calendar.import(text, actor, now);
        if (!imported)
            return fail(QStringLiteral("calendar refused, nothing changed: ") +
                        imported.error().message);
        const protocol::CalendarYear &y = imported->year;
        if (!imported->changed)
            out() << "unchanged: " << y.year << " is already published as given" << Qt::endl;
        else
            out() << (imported->replaced ? "replaced " : "imported ") << y.year << " ("
                  << protocol::calendarSourceName(y.source) << "): " << y.holidays.size()
                  << " holidays, " << holidayDays(y) << " days closed, " << y.makeUpDays.size()
                  << " make-up working days; kiosks get it at their next daily pull" << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("show") && args.size() <= 3) {
        auto imported = calendar.imported();
        if (!imported)
            return fail(imported.error().message);
        auto document = calendar.document();
        if (!document)
            return fail(document.error().message);
        auto effective = protocol::decodeCalendarDocument(document->text);
        if (!effective)
            return fail(effective.error().message);
        QList<int> importedYears;
        for (const protocol::CalendarYear &y : imported->years)
            importedYears.append(y.year);
        if (args.size() == 3) {
            const auto year =
                NumberArgument::read(QStringLiteral("calendar show: YEAR"), args.at(2), 1, 9999);
            if (!year.value)
                return fail(year.problem);
            // The imported year as imported (with its notice), else the compiled-in one.
            for (const protocol::CalendarYear &y : imported->years + effective->years)
                if (y.year == *year.value) {
                    // The import format: edit it and import it again.
                    out() << protocol::encode(y) << Qt::endl;
                    return 0;
                }
            return fail(
                QStringLiteral("no list for %1: only weekends are closed").arg(*year.value));
        }
        out() << "# version " << document->version << Qt::endl;
        out() << "year\tsource\tfrom\tholidays\tdays_closed\tmakeup_workdays" << Qt::endl;
        for (const protocol::CalendarYear &y : effective->years)
            out() << y.year << '\t' << protocol::calendarSourceName(y.source) << '\t'
                  << (importedYears.contains(y.year) ? "imported" : "compiled-in") << '\t'
                  << y.holidays.size() << '\t' << holidayDays(y) << '\t' << y.makeUpDays.size()
                  << Qt::endl;
        return 0;
    }
    return fail(
        QStringLiteral("usage: calendar import FILE [--operator ID] | calendar show [YEAR]"));
}

} // namespace jiujin::gateway
