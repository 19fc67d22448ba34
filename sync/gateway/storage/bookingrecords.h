#pragma once

namespace jiujin::gateway {

/**
 * Central's booking data (DESIGN 4.6): point plans and their groups, materialised days and
 * slots, leases, bookings of kiosks and other channels.
 */
class BookingRecords
{
public:
    virtual ~BookingRecords() = default;
};

} // namespace jiujin::gateway
