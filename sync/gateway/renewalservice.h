#pragma once

#include "centralstorage.h"
#include "renewal.h"
#include "result.h"

#include <QDateTime>

namespace jiujin {

class GatewayKeys;

struct DeviceRow;

/**
 * Renews an enrolled device's certificate (POST /v1/renew): a CSR for a new P-256 key, sent over
 * the device's current certificate and signed with its signing key, gets a certificate with the
 * same device id; the device keeps everything central knows of it (records, leases, bookings).
 */
class RenewalService
{
public:
    RenewalService(gateway::CentralStorage &storage, const GatewayKeys &keys)
        : m_storage(storage), m_keys(keys)
    {
    }

    /** Error::Invalid for a CSR that does not verify or holds no P-256 key (400), Error::NotFound
     *  when the device was revoked meanwhile; the device's suite, point and signing key stay. */
    Result<protocol::RenewResponse>
    renew(const DeviceRow &device, const protocol::RenewRequest &request, const QDateTime &now);

private:
    gateway::CentralStorage &m_storage;
    const GatewayKeys &m_keys;
};

} // namespace jiujin
