#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace jiujin {

/** Who must own the device's keys folder and key files. */
struct KeysOwner
{
    uid_t uid = 0;
    gid_t gid = 0;
    friend bool operator==(const KeysOwner &, const KeysOwner &) = default;
};

/** jiujin-sync (or @p user) when this process is root and that user exists, else this process's
 *  own user: the only one that may have made the keys. */
KeysOwner expectedKeysOwner(const char *user = "jiujin-sync");

/**
 * The folder of the device's private keys, trusted only when nobody but its owner (and root) can
 * have put anything in it: a real directory (not a symbolic link) owned by the owner with no
 * access for group or others, in a parent where nobody else can rename it away and plant another
 * (owned by root or the owner, and not writable by group or others unless sticky); and files
 * that are regular, singly linked, the owner's, 0600 or stricter. Every file is written through a
 * fresh temporary created with O_EXCL (never one found there), given to the owner, synced, then
 * renamed into place (or linked, never replacing what is there).
 */
class KeysDir
{
public:
    KeysDir(QString path, KeysOwner owner);

    QString path() const { return m_path; }
    QString file(const QString &name) const;

    /** Error::Invalid naming what is wrong; Error::NotFound when the folder is missing. */
    Result<void> check() const;
    /** Makes the folder (0700, the owner's) when it is missing, then check(). */
    Result<void> ensure() const;

    /** Error::NotFound when @p name is absent, Error::Invalid when it is not to be trusted. */
    Result<void> checkFile(const QString &name) const;
    /** The bytes of a file that passes checkFile() (a key file is a few KB: at most 64 KiB). */
    Result<QByteArray> read(const QString &name) const;

    enum class Write {
        Replace,  ///< the new file takes the name's place (atomic rename)
        NoReplace ///< Error::Busy when @p name exists: an existing key is never overwritten
    };
    Result<void> write(const QString &name, const QByteArray &data, Write mode) const;
    /** Renames @p from to @p to inside the folder (atomic), then syncs the folder. */
    Result<void> rename(const QString &from, const QString &to) const;
    /** Removes @p name when present. */
    Result<void> remove(const QString &name) const;

private:
    Result<void> syncDir() const;

    QString m_path;
    KeysOwner m_owner;
};

} // namespace jiujin
