#pragma once

#include "result.h"
#include "settingkeys.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jiujin {

class CatalogueStore;

/** Names of the files enrollment writes into the keys directory (all 0600). */
namespace keyfile {
inline constexpr char tlsKey[] = "tls.key";         ///< P-256 private key of the client certificate
inline constexpr char signingKey[] = "signing.key"; ///< Ed25519 or SM2 request-signing key
inline constexpr char certificate[] = "device.crt";
inline constexpr char ca[] = "ca.crt";
/** A renewal in progress: the next TLS key (made before the request) and its certificate (written
 *  before the switch); see IdentityKeeper. */
inline constexpr char nextTlsKey[] = "tls.key.next";
inline constexpr char nextCertificate[] = "device.crt.next";
} // namespace keyfile

/** What enrollment left on this device: where the gateway is and how to reach it. */
struct DeviceConfig
{
    QString deviceId, gateway, suite, point, keysDir, receiptKeyPem;
    QStringList pins;
    qint64 clockOffsetS = 0;

    QString file(const char *name) const;
    /** The enrolled configuration; Error::NotFound when this kiosk is not enrolled, Error::Invalid
     *  when the keys folder or a key file is not to be trusted (KeysDir: someone else's). */
    static Result<DeviceConfig> load(CatalogueStore &settings, const QString &keysDirOverride = {});
};

/** The keys directory used when none is given: `keys/` beside the database file. */
QString defaultKeysDir(const QString &databasePath);

/** The system user jiujin-syncd runs as on an installed kiosk: the only reader of the keys. */
inline constexpr char keysOwner[] = "jiujin-sync";

/**
 * Makes @p keysDir 0700 and its files 0600 and, when running as root and @p owner exists, hands
 * them all to @p owner (and its group). Safe to run again; symbolic links are not followed.
 */
Result<void> secureKeysDir(const QString &keysDir, const char *owner = keysOwner);

} // namespace jiujin
