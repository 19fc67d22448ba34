#include "migrations.h"

#include "database.h"

#include <QDir>
#include <QFile>

namespace jiujin {

namespace {
QStringList migrationFiles(const QString &dir)
{
    // Embedded as NNN_name.sql; the order of the names is the order applied.
    return QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}
} // namespace

int latestSchemaVersion(const QString &resourceDir)
{
    return int(migrationFiles(resourceDir).size());
}

Result<void> migrate(Database &db, int target, const QString &resourceDir)
{
    const QStringList files = migrationFiles(resourceDir);
    if (files.isEmpty())
        return Error{Error::Io, QStringLiteral("no migrations in %1").arg(resourceDir)};
    const int latest = int(files.size());
    if (target < 0 || target > latest)
        target = latest;
    const int current = db.schemaVersion();
    if (current < 0)
        return db.lastError("read schema version");
    if (current > latest) {
        return Error{
            Error::TooNew,
            QStringLiteral("The database %1 has schema version %2, newer than this program "
                           "understands (%3). It was left untouched; install the newer "
                           "JiuJin release or restore a matching backup.")
                .arg(db.path())
                .arg(current)
                .arg(latest)};
    }
    for (int version = current + 1; version <= target; ++version) {
        QFile file(resourceDir + QLatin1Char('/') + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Io,
                         QStringLiteral("missing migration %1").arg(files.at(version - 1))};
        const QByteArray sql =
            file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";";
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        if (auto r = db.exec(sql.constData()); !r)
            return Error{r.error().code, QStringLiteral("migration %1 failed: %2")
                                             .arg(files.at(version - 1), r.error().message)};
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcDb) << "applied migration" << files.at(version - 1);
    }
    return {};
}

} // namespace jiujin
