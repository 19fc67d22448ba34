#include "deviceconfig.h"

#include "cataloguestore.h"

#include <QDir>
#include <QFileInfo>

namespace jiujin {

QString DeviceConfig::file(const char *name) const
{
    return QDir(keysDir).filePath(QString::fromLatin1(name));
}

Result<DeviceConfig> DeviceConfig::load(CatalogueStore &settings, const QString &keysDirOverride)
{
    DeviceConfig c;
    c.deviceId = settings.setting(QLatin1String(syncsetting::deviceId));
    c.gateway = settings.setting(QLatin1String(syncsetting::gateway));
    if (c.deviceId.isEmpty() || c.gateway.isEmpty())
        return Error{Error::NotFound,
                     QStringLiteral("this kiosk is not enrolled; run: jiujinctl enroll --gateway "
                                    "URL --token T --pin sha256//...")};
    c.suite = settings.setting(QLatin1String(syncsetting::suite));
    c.point = settings.setting(QLatin1String(syncsetting::point));
    c.keysDir = keysDirOverride.isEmpty() ? settings.setting(QLatin1String(syncsetting::keysDir))
                                          : keysDirOverride;
    c.receiptKeyPem = settings.setting(QLatin1String(syncsetting::receiptKey));
    c.pins = settings.setting(QLatin1String(syncsetting::pins))
                 .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    c.clockOffsetS = settings.setting(QLatin1String(syncsetting::clockOffset)).toLongLong();
    for (const char *name :
         {keyfile::tlsKey, keyfile::signingKey, keyfile::certificate, keyfile::ca}) {
        if (!QFileInfo::exists(c.file(name)))
            return Error{Error::NotFound, QStringLiteral("%1 is missing from %2; enroll again")
                                              .arg(QLatin1String(name), c.keysDir)};
    }
    return c;
}

QString defaultKeysDir(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("keys"));
}

} // namespace jiujin
