#include "calendarprovider.h"

#include "calendardocument.h"
#include "calendarstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace jiujin {

Result<WorkCalendar> CalendarProvider::calendar()
{
    auto held = CalendarStore(m_db).held();
    if (!held)
        return held.error();
    if (m_loaded && held->version == m_seen)
        return m_calendar;
    m_calendar = WorkCalendar::china();
    m_version.clear();
    if (!held->text.isEmpty()) {
        // syncd verified it before storing; here it is only read back.
        auto document = protocol::decodeCalendarDocument(held->text);
        if (document) {
            m_calendar = protocol::overlay(WorkCalendar::china(), document.value());
            m_version = held->version;
        } else {
            qCWarning(lcCore) << "received calendar" << held->version
                              << "does not decode, compiled-in used:" << document.error().message;
        }
    }
    m_loaded = true;
    m_seen = held->version; // one that did not decode is not read again until another is stored
    return m_calendar;
}

} // namespace jiujin
