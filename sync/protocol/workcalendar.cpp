#include "workcalendar.h"

#include "chinatime.h"
#include <QTimeZone>

#include <algorithm>

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

WorkCalendar::WorkCalendar() : m_tables(std::make_shared<const Tables>()) {}

WorkCalendar::WorkCalendar(const WorkCalendar &other) : m_tables(other.tables()) {}

WorkCalendar &WorkCalendar::operator=(const WorkCalendar &other)
{
    if (this != &other) {
        auto tables = other.tables();
        std::lock_guard lock(m_mutex);
        m_tables = std::move(tables);
    }
    return *this;
}

std::shared_ptr<const WorkCalendar::Tables> WorkCalendar::tables() const
{
    std::lock_guard lock(m_mutex);
    return m_tables;
}

template <typename Change> void WorkCalendar::edit(Change change)
{
    std::lock_guard lock(m_mutex);
    auto copy = std::make_shared<Tables>(*m_tables);
    change(*copy);
    m_tables = std::move(copy);
}

const WorkCalendar &WorkCalendar::china()
{
    static const WorkCalendar calendar = build();
    return calendar;
}

QDate WorkCalendar::chinaDate(const QDateTime &t)
{
    return jiujin::chinaDate(t);
}

namespace {

WorkCalendar::Day dayIn(const QHash<QDate, QString> &holidays, const QHash<QDate, bool> &makeUp,
                        QDate date)
{
    if (holidays.contains(date))
        return WorkCalendar::Day::Holiday;
    if (makeUp.contains(date))
        return WorkCalendar::Day::MakeUpWorkday;
    return date.dayOfWeek() >= 6 ? WorkCalendar::Day::Weekend : WorkCalendar::Day::Workday;
}

} // namespace

WorkCalendar::Day WorkCalendar::day(QDate date) const
{
    const auto t = tables();
    return dayIn(t->holidays, t->makeUp, date);
}

QDate WorkCalendar::addWorkingDays(QDate from, int days) const
{
    const auto t = tables(); // one calendar for the whole count, even while it is replaced
    QDate date = from;
    while (date.isValid() && days > 0) {
        date = date.addDays(1);
        const Day d = dayIn(t->holidays, t->makeUp, date);
        if (d == Day::Workday || d == Day::MakeUpWorkday)
            --days;
    }
    return date;
}

QString WorkCalendar::holidayName(QDate date) const
{
    return tables()->holidays.value(date);
}

WorkCalendar::Source WorkCalendar::source(int year) const
{
    return tables()->sources.value(year, Source::None);
}

bool WorkCalendar::officialThrough(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return false;
    const auto t = tables();
    for (int y = std::min(from.year(), to.year()); y <= std::max(from.year(), to.year()); ++y)
        if (t->sources.value(y, Source::None) != Source::Official)
            return false;
    return true;
}

QList<int> WorkCalendar::years() const
{
    const auto t = tables();
    QList<int> out;
    for (auto it = t->sources.begin(); it != t->sources.end(); ++it)
        if (it.value() != Source::None)
            out.append(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

QList<std::pair<QDate, QString>> WorkCalendar::holidays(int year) const
{
    const auto t = tables();
    QList<std::pair<QDate, QString>> out;
    for (auto it = t->holidays.begin(); it != t->holidays.end(); ++it)
        if (it.key().year() == year)
            out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QList<QDate> WorkCalendar::makeUpDays(int year) const
{
    const auto t = tables();
    QList<QDate> out;
    for (auto it = t->makeUp.begin(); it != t->makeUp.end(); ++it)
        if (it.key().year() == year)
            out.append(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

void WorkCalendar::addHoliday(QDate date, const QString &name)
{
    edit([&](Tables &t) {
        t.makeUp.remove(date);
        t.holidays.insert(date, name);
    });
}

void WorkCalendar::addMakeUpDay(QDate date)
{
    edit([&](Tables &t) {
        t.holidays.remove(date);
        t.makeUp.insert(date, true);
    });
}

void WorkCalendar::setSource(int year, Source source)
{
    edit([&](Tables &t) { t.sources.insert(year, source); });
}

void WorkCalendar::clearYear(int year)
{
    edit([&](Tables &t) {
        t.holidays.removeIf([year](const auto &it) { return it.key().year() == year; });
        t.makeUp.removeIf([year](const auto &it) { return it.key().year() == year; });
        t.sources.remove(year);
    });
}

} // namespace jiujin
