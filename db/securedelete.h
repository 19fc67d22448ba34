#pragma once

#include "result.h"

namespace jiujin {

class Database;

/**
 * Wipes what the statements run during its life delete or overwrite: PRAGMA secure_delete is on
 * for the connection while it lives (its previous setting comes back afterwards), so SQLite
 * zeroes a freed cell or page instead of leaving its bytes for reuse. For rows that held personal
 * data, such as case_lookups' four digits (docs/DESIGN.md §13f); the rest of the database keeps
 * the cheaper default.
 */
class SecureDelete
{
public:
    explicit SecureDelete(Database &db);
    ~SecureDelete();
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

    /**
     * Writes the wiped pages into the database file and empties the WAL, whose older frames
     * still hold the deleted bytes (PRAGMA wal_checkpoint(TRUNCATE)). Outside a transaction
     * only. Waits up to the busy timeout for readers; a reader still on an older snapshot keeps
     * the WAL (Error::Busy): its frames are then overwritten as the WAL is reused.
     */
    Result<void> flushWal();

private:
    Database &m_db;
    int m_previous = -1; ///< the connection's secure_delete before; -1: unknown (left on)
};

} // namespace jiujin
