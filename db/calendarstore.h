#pragma once

#include "result.h"
#include "settingkeys.h" // calendarsetting

#include <QByteArray>
#include <QDateTime>

namespace jiujin {

class Database;

/**
 * Owns the working calendar central sent down (PROTOCOL.md, "Calendar"): the document text as
 * signed, its signature and version, and when central was last asked. jiujin-syncd stores what
 * it verified; CalendarProvider (kiosk/core) reads it. A new document is stored in one
 * transaction with its audit entry `calendar.apply`.
 */
class CalendarStore
{
public:
    explicit CalendarStore(Database &db) : m_db(db) {}

    /** What is held ("" text and version when nothing was received yet). */
    struct Held
    {
        QByteArray text, signature, version;
        QDateTime checkedAt; ///< invalid: never asked
    };
    Result<Held> held();
    /** Stores a verified document (@p signature raw) as @p actor at @p now. */
    Result<void> save(const QByteArray &text, const QByteArray &signature,
                      const QByteArray &version, const QString &actor, const QDateTime &now);
    /** Notes that central answered at @p now (a 304: the calendar held is current). */
    Result<void> checked(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace jiujin
