#pragma once

namespace jiujin::gateway {

/**
 * The bearer tokens of other booking channels (only their SHA-256), their scope and expiry.
 */
class ChannelTokenRecords
{
public:
    virtual ~ChannelTokenRecords() = default;
};

} // namespace jiujin::gateway
