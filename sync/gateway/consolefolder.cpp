#include "consolefolder.h"

#include <QFile>
#include <QTextStream>

namespace jiujin::gateway {

QString consoleFolder(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString fromEnv = qEnvironmentVariable("JIUJIN_CONSOLE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed = QStringLiteral("/usr/share/jiujin-gateway/console");
    if (QFile::exists(installed + QStringLiteral("/index.html")))
        return installed;
    QTextStream(stderr) << "jiujin-gateway: no web console found (--console DIR): /console/ is "
                           "not served"
                        << Qt::endl;
    return {};
}

} // namespace jiujin::gateway
