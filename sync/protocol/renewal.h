#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QStringList>

namespace jiujin::protocol {

class Key;

/** Request body of POST /v1/renew: a CSR for the device's next TLS key (P-256). */
struct RenewRequest
{
    QByteArray csrPem; ///< PKCS#10 PEM, a new P-256 key made on the device
    friend bool operator==(const RenewRequest &, const RenewRequest &) = default;
};

/** Response body of a successful POST /v1/renew: the new certificate, same device id. */
struct RenewResponse
{
    QByteArray certificatePem;
    QByteArray caPem;
    friend bool operator==(const RenewResponse &, const RenewResponse &) = default;
};

QByteArray encode(const RenewRequest &request);
/** Checks the PEM for size and armour only; the gateway parses it. */
Result<RenewRequest> decodeRenewRequest(QByteArrayView json);
QByteArray encode(const RenewResponse &response);
Result<RenewResponse> decodeRenewResponse(QByteArrayView json);

/** The most pins a kiosk keeps, and central announces: the current server key and the next. */
inline constexpr int maxPins = 2;

/** True for "sha256//" + canonical base64 of 32 bytes. */
bool isPin(QByteArrayView pin);

/** The signed text of GET /v1/pins: the server keys a kiosk should pin, current first. */
struct PinAnnouncement
{
    QStringList pins;   ///< 1..maxPins distinct "sha256//…"
    QDateTime issuedAt; ///< central's clock, UTC, whole seconds
    friend bool operator==(const PinAnnouncement &, const PinAnnouncement &) = default;
};

/** Encodes @p announcement and signs it with central's receipt key (private): the 200 body
 *  {"pins": "<text>", "signature": "base64"}. */
Result<QByteArray> signPinAnnouncement(const Key &receiptKey, const PinAnnouncement &announcement);
/** Verifies a 200 body of GET /v1/pins with central's receipt key before it decodes the text.
 *  Error::Corrupt when the signature does not verify, Error::Invalid for anything malformed. */
Result<PinAnnouncement> openPinAnnouncement(const Key &receiptKey, QByteArrayView body);

} // namespace jiujin::protocol
