#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace jiujin::gateway {

/** One year of the working calendar as central publishes it. */
struct CalendarYearRow
{
    int year = 0;
    QByteArray document;  ///< the year as compact JSON (protocol::encode(CalendarYear))
    QDateTime importedAt; ///< whole seconds, UTC
};

/**
 * The calendar years central publishes (`jiujin-gateway calendar import`), each replacing the
 * compiled-in year of the same number (DESIGN §5b). Reads fail closed: a storage error is an
 * Error, never "no years". Writes belong to the caller's open transaction.
 */
class CalendarRecords
{
public:
    virtual ~CalendarRecords() = default;

    /** Every imported year, ascending. */
    virtual Result<QList<CalendarYearRow>> years() = 0;
    /** Stores @p row in place of the year's row, if any. */
    virtual Result<void> put(const CalendarYearRow &row) = 0;
};

} // namespace jiujin::gateway
