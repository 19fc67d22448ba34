#pragma once

#include "result.h"

#include <QByteArray>

namespace jiujin {

class Database;
class SyncEngine;

/**
 * Pulls the working calendar central counts on (PROTOCOL.md, "Calendar": GET /v1/calendar) once a
 * day and after enrollment (nothing asked yet), with the version held as If-None-Match so that an
 * unchanged calendar costs a 304. The signature is verified and the whole document checked before
 * CalendarStore keeps it; a bad or unsigned document changes nothing and is noted in
 * sync.last_error. CalendarProvider (kiosk/core) lays the years it holds over the compiled-in ones.
 */
class CalendarPuller
{
public:
    /** How often central is asked (the State Council publishes once a year, in November). */
    static constexpr qint64 everySeconds = 24 * 3600;

    CalendarPuller(Database &db, SyncEngine &engine) : m_db(db), m_engine(engine) {}

    /** What a run did. */
    struct Pulled
    {
        bool asked = false;   ///< false: asked less than a day ago
        bool changed = false; ///< a new document was stored
        QByteArray version;   ///< the version held afterwards ("" = none)
    };
    /** Asks central when a day has passed since the last answer, or always with @p force. */
    Result<Pulled> run(bool force = false);

private:
    Result<Pulled> pull(bool force);
    Database &m_db;
    SyncEngine &m_engine;
};

} // namespace jiujin
