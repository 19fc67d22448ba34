#include "renewalservice.h"

#include "centralstorage.h"
#include "certificateauthority.h"
#include "devicerecords.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "intakerecords.h"

namespace jiujin {

Result<protocol::RenewResponse> RenewalService::renew(const DeviceRow &device,
                                                      const protocol::RenewRequest &request,
                                                      const QDateTime &now)
{
    const QString csrKey = pki::csrKeyFingerprint(request.csrPem);
    if (csrKey.isEmpty())
        return Error{Error::Invalid, QStringLiteral("csr")};
    // The CN is central's: the device id, whatever the request names.
    auto certificate = m_keys.ca().issueDevice(request.csrPem, device.id, now);
    if (!certificate)
        return Error{Error::Invalid, QStringLiteral("csr")};
    if (auto r = m_storage.devices().renewDevice(device.id, certificate.value(), csrKey, now); !r)
        return r.error();
    qCInfo(lcGateway) << "renewed the certificate of device" << device.id;
    return protocol::RenewResponse{certificate.value(), m_keys.caPem()};
}

} // namespace jiujin
