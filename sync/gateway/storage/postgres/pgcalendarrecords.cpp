#include "pgcalendarrecords.h"

#include "pgdatabase.h"

#include <QTimeZone>

namespace jiujin::gateway {

Result<QList<CalendarYearRow>> PgCalendarRecords::years()
{
    PgStatement s =
        m_db.prepare("SELECT year, document, imported_at FROM calendar_years ORDER BY year");
    QList<CalendarYearRow> out;
    while (s.step())
        out.append({int(s.integer(0)), s.text(1).toUtf8(),
                    QDateTime::fromSecsSinceEpoch(s.integer(2), QTimeZone::utc())});
    if (s.error())
        return *s.error();
    return out;
}

Result<void> PgCalendarRecords::put(const CalendarYearRow &row)
{
    PgStatement s =
        m_db.prepare("INSERT INTO calendar_years(year, document, imported_at)"
                     " VALUES (?, ?, ?) ON CONFLICT(year) DO UPDATE SET"
                     " document = excluded.document, imported_at = excluded.imported_at");
    s.bind(1, qint64(row.year))
        .bind(2, QString::fromUtf8(row.document))
        .bind(3, row.importedAt.toSecsSinceEpoch());
    return s.run();
}

} // namespace jiujin::gateway
