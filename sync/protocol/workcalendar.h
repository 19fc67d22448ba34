#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace jiujin {

/** China's working calendar for service points: weekends and public holidays closed, the State
 *  Council's 调休 make-up weekend days open; days in China Standard Time (UTC+8). One calendar for
 *  both ends: central's booking slots and the kiosk's due dates (容缺 materials) count on it. */
class WorkCalendar
{
public:
    /** What a day is. */
    enum class Day { Workday, Weekend, Holiday, MakeUpWorkday };
    /** Where a year's holiday list comes from. */
    enum class Source {
        Official, ///< transcribed from the State Council's notice
        Sample,   ///< statutory days only, NOT verified against a notice (no 调休 known)
        None      ///< no list: only weekends are closed
    };

    /** The built-in calendar (2026 official, 2027 SAMPLE). */
    static const WorkCalendar &china();
    /** The local (UTC+8) date of @p t. */
    static QDate chinaDate(const QDateTime &t);

    Day day(QDate date) const;
    bool isOpen(QDate date) const
    {
        const Day d = day(date);
        return d == Day::Workday || d == Day::MakeUpWorkday;
    }
    /** The date @p days open days after @p from (closed days skipped: weekends, public holidays;
     *  调休 weekend days count); @p from itself for days <= 0, an invalid date for an invalid one.
     */
    QDate addWorkingDays(QDate from, int days) const;
    /** The holiday's name (Chinese) for a Holiday, "" otherwise. */
    QString holidayName(QDate date) const;
    Source source(int year) const;

    /** Adds a closed day (a public holiday named @p name). */
    void addHoliday(QDate date, const QString &name);
    /** Adds an open weekend day (调休 make-up working day). */
    void addMakeUpDay(QDate date);
    void setSource(int year, Source source) { m_sources.insert(year, source); }

private:
    QHash<QDate, QString> m_holidays;
    QHash<QDate, bool> m_makeUp;
    QHash<int, Source> m_sources;
};

} // namespace jiujin
