#pragma once

#include "result.h"

namespace jiujin {

class SyncEngine;

/**
 * Pulls the bookings central cancelled for this kiosk (PROTOCOL.md "Bookings cancelled at
 * central": GET /v1/bookings/cancels) and hands each to the engine's BookingCancelApplier
 * (kiosk/core's BookingService::cancelFromCentral), which cancels the booking here and queues its
 * booking_cancel record, the kiosk's answer to central. The signature is verified before anything
 * is parsed; a list for another device changes nothing; one entry that is malformed or cannot be
 * applied is left for the next list (central keeps listing it) and never holds up the others.
 * Asking at all tells central this kiosk understands such cancellations. A failure is noted in
 * sync.last_error and holds up nothing.
 */
class BookingCancelPuller
{
public:
    explicit BookingCancelPuller(SyncEngine &engine) : m_engine(engine) {}

    /** What a run did. */
    struct Pulled
    {
        int listed = 0;    ///< entries central listed (well-formed)
        int cancelled = 0; ///< bookings cancelled here now
        int skipped = 0;   ///< malformed entries, or entries whose cancel failed here
    };
    /** Without an applier (an engine outside the kiosk) it asks nothing. */
    Result<Pulled> run();

private:
    Result<Pulled> pull();
    SyncEngine &m_engine;
};

} // namespace jiujin
