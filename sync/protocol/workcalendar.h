#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <utility>

namespace jiujin {

/** China's working calendar for service points: weekends and public holidays closed, the State
 *  Council's 调休 make-up weekend days open; days in China Standard Time (UTC+8). One calendar for
 *  both ends: central's booking slots and the kiosk's due dates (容缺 materials) count on it.
 *  The compiled-in years (china()) are overlaid with the years central publishes
 *  (calendardocument.h). Reads and assignment are thread-safe: a long-lived calendar that services
 *  hold by reference can be replaced while they count on it (each call sees one whole calendar). */
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

    WorkCalendar();
    WorkCalendar(const WorkCalendar &other);
    /** Replaces this calendar by @p other as a whole (thread-safe). */
    WorkCalendar &operator=(const WorkCalendar &other);

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
    /** Whether every year from @p from to @p to (in either order) has an official list: false
     *  when a date between them is counted on weekends only or on a SAMPLE list (an estimate). */
    bool officialThrough(QDate from, QDate to) const;
    /** The years that have a list (source not None), ascending. */
    QList<int> years() const;
    /** The public holidays of @p year with their names, by date. */
    QList<std::pair<QDate, QString>> holidays(int year) const;
    /** The 调休 make-up working days of @p year, by date. */
    QList<QDate> makeUpDays(int year) const;

    /** Adds a closed day (a public holiday named @p name). */
    void addHoliday(QDate date, const QString &name);
    /** Adds an open weekend day (调休 make-up working day). */
    void addMakeUpDay(QDate date);
    void setSource(int year, Source source);
    /** Forgets everything about @p year (its days count as weekends only, source None). */
    void clearYear(int year);

private:
    struct Tables
    {
        QHash<QDate, QString> holidays;
        QHash<QDate, bool> makeUp;
        QHash<int, Source> sources;
    };
    std::shared_ptr<const Tables> tables() const;
    /** Copy-on-write: @p change edits a copy that then replaces the tables. */
    template <typename Change> void edit(Change change);

    mutable std::mutex m_mutex; // guards m_tables (the pointer; the tables are immutable)
    std::shared_ptr<const Tables> m_tables;
};

} // namespace jiujin
