#include "pgmigrations.h"

#include "gatewaylog.h"
#include "pgdatabase.h"

#include <QDir>
#include <QFile>

namespace jiujin::gateway {

namespace {

const char *const migrationsDir = ":/jiujin/central/postgres/migrations";
/** The advisory lock key of migrations ("jjmigr" in ASCII). */
constexpr qint64 migrationLockKey = 0x6a6a6d696772;

QStringList migrationFiles()
{
    QStringList files =
        QDir(QLatin1String(migrationsDir)).entryList({QStringLiteral("*.sql")}, QDir::Files);
    files.sort();
    return files;
}

Result<int> readVersion(PgDatabase &db)
{
    PgStatement s = db.prepare("SELECT version FROM schema_version");
    if (!s.step())
        return s.error() ? *s.error()
                         : Error{Error::Corrupt, QStringLiteral("schema_version has no row")};
    return int(s.integer(0));
}

} // namespace

int PgMigrations::latestVersion()
{
    return int(migrationFiles().size());
}

Result<int> PgMigrations::currentVersion(PgDatabase &db)
{
    PgStatement exists = db.prepare("SELECT to_regclass('schema_version') IS NOT NULL");
    if (!exists.step())
        return exists.error() ? *exists.error() : Error{Error::Io, QStringLiteral("no row")};
    if (!exists.integer(0))
        return 0;
    return readVersion(db);
}

Result<void> PgMigrations::migrate(PgDatabase &db)
{
    const QStringList files = migrationFiles();
    const int latest = int(files.size());
    for (;;) {
        PgScopedTransaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        PgStatement lock = db.prepare("SELECT pg_advisory_xact_lock(?)");
        lock.bind(1, migrationLockKey);
        if (auto r = lock.run(); !r)
            return r;
        if (auto r = db.exec("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL,"
                             " one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK(one));"
                             " INSERT INTO schema_version(version) VALUES (0)"
                             " ON CONFLICT DO NOTHING");
            !r)
            return r;
        auto version = readVersion(db);
        if (!version)
            return version.error();
        const int v = version.value();
        if (v > latest)
            return Error{Error::TooNew,
                         QStringLiteral("central's PostgreSQL schema is at version %1, newer than"
                                        " this build's %2: use a newer jiujin-gateway")
                             .arg(v)
                             .arg(latest)};
        if (v == latest)
            return tx.commit();
        QFile file(QLatin1String(migrationsDir) + QLatin1Char('/') + files.at(v));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Io, QStringLiteral("cannot read migration %1").arg(files.at(v))};
        const QByteArray sql = file.readAll();
        if (auto r = db.exec(sql.constData()); !r)
            return Error{r.error().code,
                         QStringLiteral("migration %1: %2").arg(files.at(v), r.error().message)};
        PgStatement set = db.prepare("UPDATE schema_version SET version = ?");
        set.bind(1, qint64(v + 1));
        if (auto r = set.run(); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        qCInfo(lcGateway) << "central PostgreSQL schema migrated to" << v + 1;
    }
}

} // namespace jiujin::gateway
