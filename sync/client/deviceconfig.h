#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jiujin {

class CatalogueStore;

/** Kiosk setting keys the sync client owns (in kiosk_settings, beside central.public_key). */
namespace syncsetting {
inline constexpr char deviceId[] = "sync.device_id";
inline constexpr char gateway[] = "sync.gateway";
inline constexpr char pins[] =
    "sync.pins"; ///< "sha256//A;sha256//B", as CURLOPT_PINNEDPUBLICKEY takes them
inline constexpr char suite[] = "sync.suite";
inline constexpr char point[] = "sync.point";
inline constexpr char keysDir[] = "sync.keys_dir";
inline constexpr char receiptKey[] = "sync.receipt_key";
inline constexpr char centralKey[] = "central.public_key";
inline constexpr char clockOffset[] =
    "sync.clock_offset_s"; ///< central time minus kiosk time, seconds
inline constexpr char lastSuccess[] =
    "sync.last_success";                               ///< ISO 8601 UTC of the last good exchange
inline constexpr char lastError[] = "sync.last_error"; ///< no PII: transport or server error text
inline constexpr char lastErrorAt[] = "sync.last_error_at";
/** Central's time minus the kiosk's, seconds, while the last failure is a certificate that is not
 *  valid at the kiosk's time (its clock is wrong); empty otherwise. The staff board reads it by
 *  this literal name. */
inline constexpr char clockSkew[] = "sync.clock_skew_s";
/** ISO 8601 UTC of the last "sync now" request (staff's button, jiujinctl sync now): a change
 *  ends jiujin-syncd's backoff. The kiosk writes it by this literal name (it links no sync code). */
inline constexpr char nudgedAt[] = "sync.nudge_at";
} // namespace syncsetting

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
