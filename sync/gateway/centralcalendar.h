#pragma once

#include "calendardocument.h"
#include "result.h"
#include "workcalendar.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace jiujin::gateway {

class CentralStorage;

/**
 * The working calendar central counts on and publishes (DESIGN §5b, PROTOCOL.md "Calendar"): the
 * compiled-in years (WorkCalendar::china()) with each imported year in place of its own. An
 * import is checked whole, stored and audited (`calendar.import`) in one transaction; kiosks get
 * the same calendar, signed, from GET /v1/calendar. Reads fail closed: a year central cannot read
 * is an error, never "no holidays".
 */
class CentralCalendar
{
public:
    explicit CentralCalendar(CentralStorage &storage) : m_storage(storage) {}

    /** What an import did. */
    struct Imported
    {
        protocol::CalendarYear year;
        bool changed = false;  ///< false: the same year was already published
        bool replaced = false; ///< an imported year of that number was there before
    };
    /** Imports one year (the JSON of PROTOCOL.md "Calendar", a year object) as @p actor. */
    Result<Imported> import(QByteArrayView file, const QString &actor, const QDateTime &now);

    /** The imported years alone. */
    Result<protocol::CalendarDocument> imported();
    /** The calendar in force: compiled-in, overlaid with the imported years. */
    Result<WorkCalendar> effective();

    /** The document kiosks get: its text (every year central has a list for) and version. */
    struct Document
    {
        QByteArray text;
        QByteArray version; ///< protocol::calendarVersion(text): the ETag
    };
    Result<Document> document();
    /** The document of @p calendar (every year it has a list for). */
    static Document documentOf(const WorkCalendar &calendar);

    /** Makes @p live the calendar in force (thread-safe for those counting on it); returns the
     *  version it now has. */
    Result<QByteArray> refresh(WorkCalendar &live);

private:
    CentralStorage &m_storage;
};

/**
 * The calendar every central service of this process counts on by default (CaseService,
 * BookingService, RatingService): the compiled-in one until refreshed from the storage
 * (CentralCalendar::refresh) by jiujin-gateway at start, hourly while serving and whenever
 * GET /v1/calendar finds a newer version.
 */
WorkCalendar &liveCalendar();

} // namespace jiujin::gateway
