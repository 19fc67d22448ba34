#pragma once

#include "result.h"
#include "workcalendar.h"

#include <QByteArray>

namespace jiujin {

class Database;

/**
 * The one working calendar of the kiosk: the compiled-in years (WorkCalendar::china()) with the
 * years central sent down (CalendarStore, PROTOCOL.md "Calendar") in their place. Everything on
 * the kiosk that counts working days asks here: receipt and 容缺 due dates, 查进度's days left.
 * The stored document is read again only when its version changed. A document that no longer
 * decodes (the database edited by hand) is ignored with a warning: the compiled-in calendar
 * serves, as before any was received; a read error is an error.
 */
class CalendarProvider
{
public:
    explicit CalendarProvider(Database &db) : m_db(db) {}

    /** The calendar in force. */
    Result<WorkCalendar> calendar();
    /** The version of the document laid over the compiled-in years ("" = none). */
    QByteArray version() const { return m_version; }

private:
    Database &m_db;
    bool m_loaded = false;
    QByteArray m_version, m_seen;
    WorkCalendar m_calendar;
};

} // namespace jiujin
