#include "centralstorage.h"

#include "gatewaykeys.h"
#include "pgcentralstorage.h"
#include "sqlitecentralstorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace jiujin::gateway {

namespace {

QString &databaseOverride()
{
    static QString location;
    return location;
}

int &poolSize()
{
    static int connections = 8;
    return connections;
}

} // namespace

void setDatabasePoolSize(int connections)
{
    poolSize() = std::max(1, connections);
}

int databasePoolSize()
{
    return poolSize();
}

void setDatabaseOverride(const QString &location)
{
    databaseOverride() = location;
}

Result<std::unique_ptr<CentralStorage>> openCentralStorage(const QString &location,
                                                           const QString &dataDir)
{
    if (location.startsWith(QLatin1String("postgresql://")) ||
        location.startsWith(QLatin1String("postgres://"))) {
        // Attachment bytes are in the database (migration 008), reached by every instance;
        // DIR/attachments is read only for bytes an instance kept there before (DESIGN §11c).
        auto opened = PgCentralStorage::open(location, dataDir, poolSize());
        if (!opened)
            return opened.error();
        return std::unique_ptr<CentralStorage>(std::move(opened.value()));
    }
    QString path = location;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    else if (path.contains(QLatin1String("://")))
        return Error{Error::Invalid,
                     QStringLiteral("unknown storage %1: give sqlite:PATH, postgresql://... or a"
                                    " file path")
                         .arg(location.section(QLatin1String("://"), 0, 0))};
    auto opened = SqliteCentralStorage::open(path);
    if (!opened)
        return opened.error();
    return std::unique_ptr<CentralStorage>(std::move(opened.value()));
}

Result<QString> centralStorageLocation(const QString &dataDir)
{
    if (!databaseOverride().isEmpty())
        return databaseOverride();
    QFile file(QDir(dataDir).filePath(QStringLiteral("database")));
    if (!file.exists())
        return GatewayKeys::databasePath(dataDir);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read %1").arg(file.fileName())};
    const QString location = QString::fromUtf8(file.readAll()).trimmed();
    if (location.isEmpty())
        return Error{Error::Invalid, QStringLiteral("%1 is empty").arg(file.fileName())};
    return location;
}

Result<void> rememberDatabase(const QString &dataDir, const QString &location)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("database")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(location.toUtf8() + '\n') < 0 || !file.flush())
        return Error{Error::Io, QStringLiteral("cannot write %1").arg(file.fileName())};
    return {};
}

Result<std::unique_ptr<CentralStorage>> openGatewayStorage(const QString &dataDir)
{
    auto location = centralStorageLocation(dataDir);
    if (!location)
        return location.error();
    return openCentralStorage(location.value(), dataDir);
}

} // namespace jiujin::gateway
