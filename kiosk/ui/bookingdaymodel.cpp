#include "bookingdaymodel.h"

#include "localtext.h"
#include "mongoliandate.h"

#include <QCoreApplication>

namespace jiujin {

void BookingDayModel::reset(QList<BookingDay> days, QDate today, bool english, bool mongolian)
{
    const int before = count();
    beginResetModel();
    m_days = std::move(days);
    m_today = today;
    m_english = english;
    m_mongolian = mongolian;
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

int BookingDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BookingDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BookingDay &d = m_days.at(index.row());
    switch (role) {
    case DateRole:
        return d.date.toString(Qt::ISODate);
    case LabelRole:
        if (d.date == m_today)
            return QCoreApplication::translate("jiujin::BookingController", "今天");
        if (d.date == m_today.addDays(1))
            return QCoreApplication::translate("jiujin::BookingController", "明天");
        if (m_mongolian)
            return MongolianDate::monthDay(d.date);
        return localtext::locale(m_english).toString(d.date, m_english ? QStringLiteral("d MMM")
                                                                       : QStringLiteral("M月d日"));
    case WeekdayRole:
        if (m_mongolian)
            return MongolianDate::weekday(d.date);
        return localtext::locale(m_english).toString(d.date, QStringLiteral("ddd"));
    case SeatsHereRole:
        return d.seatsHere;
    case PoolFreeRole:
        return d.poolFree;
    case ToneRole:
        return tone(d);
    }
    return {};
}

QHash<int, QByteArray> BookingDayModel::roleNames() const
{
    return {{DateRole, "date"},           {LabelRole, "label"},       {WeekdayRole, "weekday"},
            {SeatsHereRole, "seatsHere"}, {PoolFreeRole, "poolFree"}, {ToneRole, "tone"}};
}

QString BookingDayModel::tone(const BookingDay &day)
{
    if (day.seatsHere > 0)
        return QStringLiteral("good");
    return day.poolFree > 0 ? QStringLiteral("warning") : QStringLiteral("muted");
}

} // namespace jiujin
