#pragma once

#include "devicerecords.h"
#include "rows.h"

/**
 * DeviceRecords' rows as both engines read them (templates over the statement type, see
 * rows.h). Each mapper names the columns it expects, in their order.
 */
namespace jiujin::gateway::devicerows {

/** id, point, suite, signing_key, certificate, csr_key, enrolled_at, revoked_at, and the last
 *  heartbeat's received_at. */
template <class Row> DeviceRow deviceFrom(const Row &s)
{
    DeviceRow d;
    d.id = s.text(0);
    d.point = s.text(1);
    d.suite = s.text(2);
    d.signingKeyPem = s.text(3).toUtf8();
    d.certificatePem = s.text(4).toUtf8();
    d.csrKey = s.text(5);
    d.enrolledAt = rows::time(s, 6);
    d.revokedAt = rows::optionalTime(s, 7);
    d.lastHeartbeat = rows::optionalTime(s, 8);
    return d;
}

/** hash, point, suite, created_at, expires_at, used_at, device, csr_key. */
template <class Row> TokenRow tokenFrom(const Row &s)
{
    TokenRow t;
    t.hash = s.text(0);
    t.point = s.text(1);
    t.suite = s.text(2);
    t.createdAt = rows::time(s, 3);
    t.expiresAt = rows::time(s, 4);
    t.usedAt = rows::optionalTime(s, 5);
    t.device = s.text(6);
    t.csrKey = s.text(7);
    return t;
}

} // namespace jiujin::gateway::devicerows
