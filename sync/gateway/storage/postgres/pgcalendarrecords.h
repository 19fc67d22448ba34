#pragma once

#include "calendarrecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** CalendarRecords in central's PostgreSQL database (table calendar_years, migration 006). */
class PgCalendarRecords final : public CalendarRecords
{
public:
    explicit PgCalendarRecords(PgDatabase &db) : m_db(db) {}

    Result<QList<CalendarYearRow>> years() override;
    Result<void> put(const CalendarYearRow &row) override;

private:
    PgDatabase &m_db;
};

} // namespace jiujin::gateway
