#include "workcalendar.h"

#include "chinatime.h"
#include <QTimeZone>

namespace jiujin {

namespace {

struct Span
{
    int month, firstDay, lastDay;
    const char16_t *name;
};

void addSpans(WorkCalendar &c, int year, std::initializer_list<Span> spans)
{
    for (const Span &s : spans) {
        for (int d = s.firstDay; d <= s.lastDay; ++d)
            c.addHoliday(QDate(year, s.month, d), QString::fromUtf16(s.name));
    }
}

WorkCalendar build()
{
    WorkCalendar c;
    // 2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电, 2025-11-04, Xinhua; as
    // printed by gmw.cn and others). Verified.
    addSpans(c, 2026,
             {{1, 1, 3, u"元旦"},
              {2, 15, 23, u"春节"},
              {4, 4, 6, u"清明节"},
              {5, 1, 5, u"劳动节"},
              {6, 19, 21, u"端午节"},
              {9, 25, 27, u"中秋节"},
              {10, 1, 7, u"国庆节"}});
    for (const QDate d : {QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28),
                          QDate(2026, 5, 9), QDate(2026, 9, 20), QDate(2026, 10, 10)})
        c.addMakeUpDay(d);
    c.setSource(2026, WorkCalendar::Source::Official);

    // 2027: SAMPLE. The notice is published late in 2026 and could not be checked: these are the
    // statutory days only (元旦 1, 春节 除夕 to 初三, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3) on
    // their 2027 dates, without the bridging days and 调休 Saturdays/Sundays the notice will add.
    // Replace with the notice's list when it is out.
    addSpans(c, 2027,
             {{1, 1, 1, u"元旦"},
              {2, 5, 8, u"春节"},
              {4, 5, 5, u"清明节"},
              {5, 1, 2, u"劳动节"},
              {6, 9, 9, u"端午节"},
              {9, 15, 15, u"中秋节"},
              {10, 1, 3, u"国庆节"}});
    c.setSource(2027, WorkCalendar::Source::Sample);
    return c;
}

} // namespace

const WorkCalendar &WorkCalendar::china()
{
    static const WorkCalendar calendar = build();
    return calendar;
}

QDate WorkCalendar::chinaDate(const QDateTime &t)
{
    return jiujin::chinaDate(t);
}

WorkCalendar::Day WorkCalendar::day(QDate date) const
{
    if (m_holidays.contains(date))
        return Day::Holiday;
    if (m_makeUp.contains(date))
        return Day::MakeUpWorkday;
    return date.dayOfWeek() >= 6 ? Day::Weekend : Day::Workday;
}

QDate WorkCalendar::addWorkingDays(QDate from, int days) const
{
    QDate date = from;
    while (date.isValid() && days > 0) {
        date = date.addDays(1);
        if (isOpen(date))
            --days;
    }
    return date;
}

QString WorkCalendar::holidayName(QDate date) const
{
    return m_holidays.value(date);
}

WorkCalendar::Source WorkCalendar::source(int year) const
{
    return m_sources.value(year, Source::None);
}

void WorkCalendar::addHoliday(QDate date, const QString &name)
{
    m_makeUp.remove(date);
    m_holidays.insert(date, name);
}

void WorkCalendar::addMakeUpDay(QDate date)
{
    m_holidays.remove(date);
    m_makeUp.insert(date, true);
}

} // namespace jiujin
