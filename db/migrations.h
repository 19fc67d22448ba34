#pragma once

#include "result.h"

namespace jiujin {

class Database;

/** The schema version this build writes: the number of files in db/migrations. */
int latestSchemaVersion();

/**
 * Applies the migrations after the database's version, each in its own transaction, up to
 * @p target (default: the latest). A database newer than this build is refused untouched.
 */
Result<void> migrate(Database &db, int target = -1);

} // namespace jiujin
