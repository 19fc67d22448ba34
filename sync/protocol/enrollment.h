#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/*
 * POST /v1/enroll (PROTOCOL.md, "Enrollment"): a kiosk trades a single-use token and a CSR for
 * its certificate and central's keys.
 */
namespace jiujin::protocol {

/** Request body of POST /v1/enroll. */
struct EnrollRequest
{
    QString token;            ///< single-use enrollment token
    QByteArray csrPem;        ///< PKCS#10 PEM, P-256 key made on the device
    QByteArray signingKeyPem; ///< SPKI PEM of the device's signing key (Ed25519 or SM2)
    friend bool operator==(const EnrollRequest &, const EnrollRequest &) = default;
};

/** Response body of a successful POST /v1/enroll. */
struct EnrollResponse
{
    QString deviceId; ///< the client certificate's CN; printable ASCII, no spaces
    QByteArray certificatePem;
    QByteArray caPem;
    QString point;            ///< service point code "NNNNNNNNNNNN-NN", e.g. "150525203000-01"
    QString suite;            ///< "intl" or "gm"
    QByteArray centralKeyPem; ///< SPKI PEM: seal records to this
    QByteArray receiptKeyPem; ///< SPKI PEM: verifies central's receipt signatures
    friend bool operator==(const EnrollResponse &, const EnrollResponse &) = default;
};

QByteArray encode(const EnrollRequest &request);
/** Checks the PEM fields only for size and armour; the caller parses them. */
Result<EnrollRequest> decodeEnrollRequest(QByteArrayView json);
QByteArray encode(const EnrollResponse &response);
Result<EnrollResponse> decodeEnrollResponse(QByteArrayView json);

} // namespace jiujin::protocol
