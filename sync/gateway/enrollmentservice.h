#pragma once

#include "centralstorage.h"
#include "result.h"
#include "suite.h"
#include "wire.h"

#include <QDateTime>
#include <QString>

namespace jiujin {

class GatewayKeys;

/** Issues single-use enrollment tokens and turns a token + CSR into a device certificate. */
class EnrollmentService
{
public:
    /** How long a new token can be used. */
    static constexpr int tokenValidityDays = 14;

    /** @p defaultSuite applies to tokens created without a suite. */
    EnrollmentService(gateway::CentralStorage &storage, const GatewayKeys &keys,
                      protocol::Suite defaultSuite);

    /** A fresh token bound to service point @p point ("NNNNNNNNNNNN-NN"); only its hash is
     *  stored. An empty @p suite leaves the choice to the serving gateway. */
    Result<QString> createToken(const QString &point, const QString &suite, const QDateTime &now);

    /** Error::NotFound for an unknown, used (with another CSR key) or expired token (403
     *  {"error": "token"}), Error::Invalid for a bad CSR or signing key (400). The same token
     *  with the same CSR key again gives the first answer, but with another signing key it is
     *  Error::Busy "signing_key" (409): that device's requests could never be signed. */
    Result<protocol::EnrollResponse> enroll(const protocol::EnrollRequest &request,
                                            const QDateTime &now);

private:
    protocol::EnrollResponse answerFor(const QString &deviceId);

    gateway::CentralStorage &m_storage;
    const GatewayKeys &m_keys;
    protocol::Suite m_defaultSuite;
};

/** SHA-256 hex of an enrollment token: the only form the database keeps. */
QString tokenHash(const QString &token);

} // namespace jiujin
