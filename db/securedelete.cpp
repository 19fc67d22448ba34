#include "securedelete.h"

#include "database.h"

#include <sqlite3.h>

namespace jiujin {

SecureDelete::SecureDelete(Database &db) : m_db(db)
{
    // The pragma answers the setting it leaves in place; the first query reads the current one.
    Statement current = m_db.prepare("PRAGMA secure_delete");
    if (current.step())
        m_previous = int(current.integer(0));
    Statement on = m_db.prepare("PRAGMA secure_delete = ON");
    if (!on.step() || on.integer(0) != 1)
        qCWarning(lcDb) << "secure_delete could not be turned on: deleted rows may stay readable";
}

SecureDelete::~SecureDelete()
{
    if (m_previous == 0)
        m_db.exec("PRAGMA secure_delete = OFF");
}

Result<void> SecureDelete::flushWal()
{
    int walFrames = 0, copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                             &walFrames, &copied);
    if (rc == SQLITE_OK)
        return {};
    return m_db.lastError("wal_checkpoint(TRUNCATE)");
}

} // namespace jiujin
