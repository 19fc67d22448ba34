#include "localtext.h"

#include "chinatime.h"
#include "mongoliandate.h"

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

QString slotInWords(const QDateTime &start, const QDateTime &end, const QString &language)
{
    if (language == QLatin1String("mn"))
        return MongolianDate::dateWithWeekday(chinaDate(start)) + QLatin1Char(' ') +
               timeRange(start, end);
    return slotInWords(start, end, language == QLatin1String("en"));
}

QString dateInWords(const QDate &d, const QString &language)
{
    if (!d.isValid())
        return {};
    if (language == QLatin1String("mn"))
        return MongolianDate::date(d);
    if (language == QLatin1String("en"))
        return locale(true).toString(d, QStringLiteral("d MMMM yyyy"));
    return locale(false).toString(d, QStringLiteral("yyyy年M月d日"));
}

QString momentInWords(const QDateTime &t, const QString &language)
{
    if (!t.isValid())
        return {};
    if (language == QLatin1String("mn"))
        return MongolianDate::date(chinaDate(t)) + QLatin1Char(' ') +
               inChina(t).toString(QStringLiteral("HH:mm"));
    return inChina(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace jiujin::localtext
