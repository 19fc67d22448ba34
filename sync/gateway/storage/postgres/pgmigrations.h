#pragma once

#include "result.h"

namespace jiujin::gateway {

class PgDatabase;

/**
 * Central's PostgreSQL migrations (:/jiujin/central/postgres/migrations/NNN_name.sql): the
 * version is the one row of schema_version; each migration runs in its own transaction holding
 * an advisory lock, so instances starting together migrate once; a newer schema is refused
 * untouched (Error::TooNew).
 */
class PgMigrations
{
public:
    static int latestVersion();
    static Result<int> currentVersion(PgDatabase &db);
    static Result<void> migrate(PgDatabase &db);
};

} // namespace jiujin::gateway
