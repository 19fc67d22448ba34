#pragma once

#include "keys.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace jiujin::protocol {

/** The signed-request headers (PROTOCOL.md "Signed requests"), as header values. */
struct SignedHeaders
{
    QByteArray device;        ///< X-JJ-Device: device id, UTF-8
    QByteArray created;       ///< X-JJ-Created: Unix seconds, decimal
    QByteArray nonce;         ///< X-JJ-Nonce: 16 random bytes, base64url without padding
    QByteArray contentDigest; ///< Content-Digest: "sha-256=:BASE64:"
    QByteArray signature;     ///< X-JJ-Signature: standard base64 with padding
    /** The five headers as lines to send ("X-JJ-Device: …", …), in the order above. */
    QList<QByteArray> lines() const;
    friend bool operator==(const SignedHeaders &, const SignedHeaders &) = default;
};

/** Content-Digest value "sha-256=:BASE64:" of the body as sent (after gzip; "" for no body). */
QByteArray contentDigest(QByteArrayView body);

/** "jiujin-v1", method (upper-cased here), path with query, device, created, nonce, content
 *  digest, '\n' separated, no trailing newline; the signature is not part of it. */
QByteArray canonicalString(QByteArrayView method, QByteArrayView pathAndQuery,
                           const SignedHeaders &h);

/** Signs with the device's signing key (Ed25519, or SM2 with the standard ID); fresh nonce.
 *  @p createdUnix is the kiosk's clock corrected by its learned offset. Error::Invalid if the key
 *  cannot sign or has no private half, deviceId is not printable ASCII without spaces, or
 *  createdUnix is negative. */
Result<SignedHeaders> signRequest(const Key &signingKey, const QString &deviceId,
                                  QByteArrayView method, QByteArrayView pathAndQuery,
                                  QByteArrayView body, qint64 createdUnix);

/** Why a signed request is refused (401 {"error": …}); None means it passed. Replay is never
 *  returned by checkRequest: the caller keeps the nonce memory. */
enum class Refusal { None, Stale, Replay, Signature, Device };

/** The wire word for a refusal ("stale", "replay", "signature", "device"); "" for None. */
QByteArray refusalName(Refusal refusal);

/** Maximum |server time − created|, seconds. */
inline constexpr qint64 maxClockSkewSeconds = 300;

/** Server side, without the replay memory (the caller checks the nonce): digest matches the body,
 *  created within ±300 s of nowUnix, signature verifies with @p signingPublicKey.
 *  Checked in this order: an empty device header gives Device; a missing or malformed created
 *  gives Signature, one out of range Stale; then a malformed nonce, a digest that is not the
 *  body's, or a signature that does not verify give Signature. The caller has already matched
 *  h.device to the certificate and looked up @p signingPublicKey by it (else Device), and records
 *  h.nonce only once this returns None. */
Refusal checkRequest(const Key &signingPublicKey, QByteArrayView method,
                     QByteArrayView pathAndQuery, QByteArrayView body, const SignedHeaders &h,
                     qint64 nowUnix);

} // namespace jiujin::protocol
