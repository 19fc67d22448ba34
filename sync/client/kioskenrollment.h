#pragma once

#include "keysdir.h"
#include "result.h"
#include "suite.h"

#include <QString>
#include <QStringList>

namespace jiujin {

class Database;

/** What `jiujinctl enroll` was asked to do. */
struct EnrollOptions
{
    QString gateway; ///< https://host[:port]
    QString token;   ///< the one-time enrollment token
    QStringList
        pins; ///< sha256//BASE64 of central's SPKI; empty only if the system CA store vouches
    QString keysDir; ///< the keys' folder (0700, files 0600; jiujin-sync's when run as root)
    protocol::Suite suite = protocol::Suite::Intl; ///< the signing key's suite (Ed25519 or SM2)
    KeysOwner owner = expectedKeysOwner();         ///< who must own the keys folder and key files
};

/** What the gateway made of this device. */
struct Enrolled
{
    QString deviceId, point, suite;
};

/**
 * The kiosk's side of enrollment (central's side is the gateway's EnrollmentService). Enrolls this
 * kiosk with the gateway: makes (or reuses, when they are this device's own) its TLS
 * and signing keys, sends a CSR with the one-time token over a pinned connection and stores the
 * certificate, CA, central's keys and the gateway's address. Running it again with the same token
 * gives the same answer. A keys folder or key file not owned by the keys' owner is refused (never
 * reused), and an existing signing key is never overwritten.
 */
class KioskEnrollment
{
public:
    explicit KioskEnrollment(Database &db) : m_db(db) {}
    Result<Enrolled> enroll(const EnrollOptions &options);

private:
    Database &m_db;
};

/** Writes @p data to @p path with mode 0600 atomically (a fresh O_EXCL temporary, fsync,
 *  rename), owned by the keys' owner. */
Result<void> writePrivateFile(const QString &path, const QByteArray &data);

} // namespace jiujin
