#include "deviceconfig.h"

#include "cataloguestore.h"
#include "keysdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

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
    // The private keys are used only from a folder and files nobody else can have planted.
    const KeysDir keys(c.keysDir, expectedKeysOwner());
    if (auto r = keys.check(); !r)
        return Error{Error::Invalid, r.error().message};
    for (const char *name : {keyfile::tlsKey, keyfile::signingKey}) {
        if (auto r = keys.checkFile(QLatin1String(name)); !r)
            return Error{Error::Invalid, r.error().message};
    }
    return c;
}

QString defaultKeysDir(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("keys"));
}

Result<void> secureKeysDir(const QString &keysDir, const char *owner)
{
    const QByteArray dir = QFile::encodeName(QDir(keysDir).absolutePath());
    // getpwnam only when root: nobody else may give files away, and a checkout has no such user.
    const passwd *pw = ::geteuid() == 0 ? ::getpwnam(owner) : nullptr;
    const uid_t uid = pw ? pw->pw_uid : uid_t(-1);
    const gid_t gid = pw ? pw->pw_gid : gid_t(-1);
    struct stat st
    {
    };
    if (::lstat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return Error{Error::NotFound, QStringLiteral("%1 is not a directory").arg(keysDir)};
    if (::chmod(dir.constData(), 0700) != 0 || (pw && ::lchown(dir.constData(), uid, gid) != 0))
        return Error{Error::Io, QStringLiteral("cannot secure the keys directory %1").arg(keysDir)};
    const QStringList names = QDir(keysDir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QByteArray path = dir + '/' + QFile::encodeName(name);
        if (::lstat(path.constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (::chmod(path.constData(), 0600) != 0 ||
            (pw && ::lchown(path.constData(), uid, gid) != 0))
            return Error{Error::Io, QStringLiteral("cannot secure %1 in %2").arg(name, keysDir)};
    }
    return {};
}

} // namespace jiujin
