#include "paths.h"

#include <QDir>
#include <QFileInfo>

namespace jiujin {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("JIUJIN_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QFileInfo system(QStringLiteral("/var/lib/jiujin"));
    if (system.isDir() && system.isWritable())
        return QStringLiteral("/var/lib/jiujin/jiujin.db");
    QDir().mkpath(QStringLiteral("var"));
    return QDir::current().absoluteFilePath(QStringLiteral("var/jiujin.db"));
}

} // namespace jiujin
