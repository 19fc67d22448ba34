#pragma once

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
};

/** What the gateway made of this device. */
struct Enrolled
{
    QString deviceId, point, suite;
};

/**
 * Enrolls this kiosk with the gateway: makes (or reuses) its TLS and signing keys, sends a CSR with
 * the one-time token over a pinned connection and stores the certificate, CA, central's keys and
 * the gateway's address. Running it again with the same token gives the same answer.
 */
class EnrollmentService
{
public:
    explicit EnrollmentService(Database &db) : m_db(db) {}
    Result<Enrolled> enroll(const EnrollOptions &options);

private:
    Database &m_db;
};

/** Writes @p data to @p path with mode 0600 atomically (temporary file, fsync, rename). */
Result<void> writePrivateFile(const QString &path, const QByteArray &data);

} // namespace jiujin
