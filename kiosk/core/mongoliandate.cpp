#include "mongoliandate.h"

#include "papermongolian.h"

namespace jiujin {

QString MongolianDate::date(const QDate &d)
{
    if (!d.isValid())
        return {};
    // The paper's own form (paper-mn.tsv): a slip and the screen it came from agree.
    return PaperMongolian::text(QStringLiteral("%1年%2月%3日"))
        .arg(d.year())
        .arg(d.month())
        .arg(d.day());
}

QString MongolianDate::monthDay(const QDate &d)
{
    if (!d.isValid())
        return {};
    return PaperMongolian::text(QStringLiteral("%1月%2日")).arg(d.month()).arg(d.day());
}

QString MongolianDate::weekday(const QDate &d)
{
    if (!d.isValid())
        return {};
    static const char *const names[] = {"星期一", "星期二", "星期三", "星期四",
                                        "星期五", "星期六", "星期日"};
    return PaperMongolian::text(QString::fromUtf8(names[d.dayOfWeek() - 1]));
}

QString MongolianDate::dateWithWeekday(const QDate &d)
{
    if (!d.isValid())
        return {};
    return date(d) + QLatin1Char(' ') + weekday(d);
}

} // namespace jiujin
