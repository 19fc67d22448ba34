#include "keysdir.h"

#include "uniquefd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/rand.h>

#include <cerrno>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace jiujin {

namespace {

constexpr qsizetype maxKeyFile = 64 * 1024;

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

Error untrusted(const QString &what)
{
    return Error{Error::Invalid, what};
}

} // namespace

KeysOwner expectedKeysOwner(const char *user)
{
    // getpwnam only as root: nobody else can give files away, and a checkout has no such user.
    if (::geteuid() == 0) {
        if (const passwd *pw = ::getpwnam(user))
            return {pw->pw_uid, pw->pw_gid};
    }
    return {::geteuid(), ::getegid()};
}

KeysDir::KeysDir(QString path, KeysOwner owner) : m_path(QDir(path).absolutePath()), m_owner(owner)
{
}

QString KeysDir::file(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

Result<void> KeysDir::check() const
{
    const QByteArray dir = QFile::encodeName(m_path);
    struct stat st
    {
    };
    if (::lstat(dir.constData(), &st) != 0)
        return Error{Error::NotFound, QStringLiteral("%1 is missing").arg(m_path)};
    if (!S_ISDIR(st.st_mode))
        return untrusted(QStringLiteral("%1 is not a directory (a link or a file): not trusted "
                                        "with keys; move it away")
                             .arg(m_path));
    if (st.st_uid != m_owner.uid)
        return untrusted(QStringLiteral("%1 is owned by uid %2, not by uid %3 (the keys' owner): "
                                        "someone else made it; move it away")
                             .arg(m_path)
                             .arg(st.st_uid)
                             .arg(m_owner.uid));
    if (st.st_mode & 0077)
        return untrusted(QStringLiteral("%1 is mode %2: others can reach the keys (chmod 0700)")
                             .arg(m_path, octal(st.st_mode)));
    // Whoever may write the parent can rename this folder away and put their own in its place.
    const QByteArray parent = QFile::encodeName(QFileInfo(m_path).absolutePath());
    struct stat up
    {
    };
    if (::stat(parent.constData(), &up) != 0)
        return Error{Error::Io,
                     QStringLiteral("cannot read %1").arg(QString::fromLocal8Bit(parent))};
    const bool othersWrite = (up.st_mode & 0022) != 0 && (up.st_mode & S_ISVTX) == 0;
    if ((up.st_uid != 0 && up.st_uid != m_owner.uid) || othersWrite)
        return untrusted(QStringLiteral("%1 is in %2 (uid %3, mode %4), where others can rename "
                                        "it away and plant their own: keys belong in a folder "
                                        "only root or their owner can write")
                             .arg(m_path, QString::fromLocal8Bit(parent))
                             .arg(up.st_uid)
                             .arg(octal(up.st_mode)));
    return {};
}

Result<void> KeysDir::ensure() const
{
    const QByteArray dir = QFile::encodeName(m_path);
    struct stat st
    {
    };
    if (::lstat(dir.constData(), &st) != 0) {
        if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
            return Error{Error::Io, QStringLiteral("cannot make %1").arg(m_path)};
        if (::mkdir(dir.constData(), 0700) != 0)
            return Error{Error::Io, QStringLiteral("cannot make %1").arg(m_path)};
        // Made by root for jiujin-sync: handed over before anything is put in it.
        if (::lstat(dir.constData(), &st) == 0 && st.st_uid != m_owner.uid &&
            ::lchown(dir.constData(), m_owner.uid, m_owner.gid) != 0)
            return Error{Error::Io, QStringLiteral("cannot give %1 to its owner").arg(m_path)};
        ::chmod(dir.constData(), 0700);
    }
    return check();
}

Result<void> KeysDir::checkFile(const QString &name) const
{
    const QString path = file(name);
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return Error{Error::NotFound, QStringLiteral("%1 is missing").arg(path)};
    if (!S_ISREG(st.st_mode) || st.st_nlink != 1)
        return untrusted(QStringLiteral("%1 is not a plain file (a link?): not trusted; move it "
                                        "away")
                             .arg(path));
    if (st.st_uid != m_owner.uid)
        return untrusted(QStringLiteral("%1 is owned by uid %2, not by uid %3 (the keys' owner): "
                                        "left by someone else; move it away")
                             .arg(path)
                             .arg(st.st_uid)
                             .arg(m_owner.uid));
    if (st.st_mode & 0077)
        return untrusted(QStringLiteral("%1 is mode %2: readable by others (chmod 0600)")
                             .arg(path, octal(st.st_mode)));
    return {};
}

Result<QByteArray> KeysDir::read(const QString &name) const
{
    if (auto r = checkFile(name); !r)
        return r.error();
    // O_NOFOLLOW: the file checked is the file read, even if the name changed meanwhile.
    UniqueFd fd(
        ::open(QFile::encodeName(file(name)).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    struct stat st
    {
    };
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0 || st.st_uid != m_owner.uid ||
        !S_ISREG(st.st_mode) || st.st_size > maxKeyFile)
        return untrusted(QStringLiteral("cannot read %1 safely").arg(file(name)));
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd.get(), data.data() + done, size_t(data.size() - done));
        if (n <= 0)
            return Error{Error::Io, QStringLiteral("cannot read %1").arg(file(name))};
        done += n;
    }
    return data;
}

Result<void> KeysDir::syncDir() const
{
    UniqueFd dir(::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0 || ::fsync(dir.get()) != 0)
        return Error{Error::Io, QStringLiteral("cannot sync %1").arg(m_path)};
    return {};
}

Result<void> KeysDir::write(const QString &name, const QByteArray &data, Write mode) const
{
    unsigned char random[8];
    if (RAND_bytes(random, sizeof random) != 1)
        return Error{Error::Io, QStringLiteral("no randomness")};
    const QByteArray target = QFile::encodeName(file(name));
    const QByteArray temp =
        target + ".tmp-" +
        QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
    // A fresh name, O_EXCL and O_NOFOLLOW: never a file (or a link) that someone left there.
    UniqueFd fd(
        ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return Error{Error::Io, QStringLiteral("cannot create a file in %1").arg(m_path)};
    bool ok = ::geteuid() != 0 || ::fchown(fd.get(), m_owner.uid, m_owner.gid) == 0;
    ok = ok && ::fchmod(fd.get(), 0600) == 0;
    for (qsizetype done = 0; ok && done < data.size();) {
        const ssize_t n = ::write(fd.get(), data.constData() + done, size_t(data.size() - done));
        ok = n > 0;
        done += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd.get()) == 0;
    ok = ::close(fd.release()) == 0 && ok;
    if (!ok) {
        ::unlink(temp.constData());
        return Error{Error::Io, QStringLiteral("cannot write %1").arg(file(name))};
    }
    if (mode == Write::NoReplace) {
        // link() fails with EEXIST rather than replace what is there.
        const bool linked = ::link(temp.constData(), target.constData()) == 0;
        const int why = errno;
        ::unlink(temp.constData());
        if (!linked)
            return why == EEXIST
                       ? Error{Error::Busy,
                               QStringLiteral("%1 exists: not overwritten").arg(file(name))}
                       : Error{Error::Io, QStringLiteral("cannot write %1").arg(file(name))};
    } else if (::rename(temp.constData(), target.constData()) != 0) {
        ::unlink(temp.constData());
        return Error{Error::Io, QStringLiteral("cannot write %1").arg(file(name))};
    }
    return syncDir();
}

Result<void> KeysDir::rename(const QString &from, const QString &to) const
{
    if (::rename(QFile::encodeName(file(from)).constData(),
                 QFile::encodeName(file(to)).constData()) != 0)
        return Error{Error::Io, QStringLiteral("cannot rename %1 to %2").arg(file(from), to)};
    return syncDir();
}

Result<void> KeysDir::remove(const QString &name) const
{
    if (::unlink(QFile::encodeName(file(name)).constData()) != 0 && errno != ENOENT)
        return Error{Error::Io, QStringLiteral("cannot remove %1").arg(file(name))};
    return syncDir();
}

} // namespace jiujin
