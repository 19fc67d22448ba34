#pragma once

#include "calendarrecords.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** CalendarRecords in central's SQLite database (table calendar_years, migration 006). */
class SqliteCalendarRecords final : public CalendarRecords
{
public:
    explicit SqliteCalendarRecords(Database &db) : m_db(db) {}

    Result<QList<CalendarYearRow>> years() override;
    Result<void> put(const CalendarYearRow &row) override;

private:
    Database &m_db;
};

} // namespace jiujin::gateway
