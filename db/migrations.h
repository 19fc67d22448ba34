#pragma once

#include "result.h"

#include <QString>

namespace jiujin {

class Database;

/** Where the kiosk's migrations are embedded (db/migrations). */
inline constexpr const char *kioskMigrations = ":/jiujin/db/migrations";

/** The schema version this build writes: the number of NNN_name.sql files in @p resourceDir. */
int latestSchemaVersion(const QString &resourceDir = QLatin1String(kioskMigrations));

/**
 * Applies the migrations of @p resourceDir (a Qt resource folder of NNN_name.sql files, applied
 * in name order) after the database's version (PRAGMA user_version), each in its own transaction,
 * up to @p target (default: the latest). A database newer than this build is refused untouched.
 * The kiosk's database and central's SQLite database each have their own folder.
 */
Result<void> migrate(Database &db, int target = -1,
                     const QString &resourceDir = QLatin1String(kioskMigrations));

} // namespace jiujin
