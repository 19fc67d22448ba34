#include "localtext.h"

#include "chinatime.h"

namespace jiujin::localtext {

QLocale locale(bool english)
{
    return english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                   : QLocale(QLocale::Chinese, QLocale::China);
}

QString timeRange(const QDateTime &start, const QDateTime &end)
{
    return inChina(start).toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           inChina(end).toString(QStringLiteral("HH:mm"));
}

QString slotInWords(const QDateTime &start, const QDateTime &end, bool english)
{
    return locale(english).toString(chinaDate(start), english
                                                          ? QStringLiteral("ddd d MMMM yyyy")
                                                          : QStringLiteral("yyyy年M月d日 ddd")) +
           QLatin1Char(' ') + timeRange(start, end);
}

QString mongolianDate(const QDate &d, DatePart part)
{
    switch (part) {
    case DatePart::MonthDay:
        return locale(false).toString(d, QStringLiteral("M月d日"));
    case DatePart::Weekday:
        return locale(false).toString(d, QStringLiteral("ddd"));
    case DatePart::DateWithWeekday:
        break;
    }
    return locale(false).toString(d, QStringLiteral("yyyy年M月d日 ddd"));
}

} // namespace jiujin::localtext
