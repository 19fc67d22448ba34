#pragma once

namespace jiujin::gateway {

/**
 * Enrollment tokens, enrolled devices, their certificates, heartbeats and request nonces.
 */
class DeviceRecords
{
public:
    virtual ~DeviceRecords() = default;
};

} // namespace jiujin::gateway
