-- Bookings of kiosks cancelled at central (issue 15, PROTOCOL.md "Bookings cancelled at
-- central"). A clerk or technician cancels a kiosk's booking in the console; the kiosk learns it
-- from the signed list GET /v1/bookings/cancels and cancels the booking itself, its usual
-- booking_cancel record freeing the seat at central. A row stays after that (the console shows
-- the reason beside the cancelled booking); it is listed to the kiosk while central still holds
-- the booking as booked. No personal data: codes, ids, times.
CREATE TABLE IF NOT EXISTS booking_cancel_requests(
    device TEXT NOT NULL,
    booking TEXT NOT NULL,                     -- the booking's id (the kiosk's record uuid)
    slot TEXT NOT NULL,
    slot_start INTEGER NOT NULL,               -- Unix seconds: listed only before the slot starts
    reason TEXT NOT NULL,                      -- a code (applicant_request, point_closed, ...)
    operator TEXT NOT NULL,
    requested_at INTEGER NOT NULL,             -- Unix seconds, central's clock
    PRIMARY KEY(device, booking));
CREATE INDEX IF NOT EXISTS booking_cancel_requests_by_slot ON booking_cancel_requests(slot);
-- What a device has shown it understands, by asking for it: an old kiosk that never asked for
-- the cancellations list keeps its bookings cancellable at the kiosk only (the console says so).
CREATE TABLE IF NOT EXISTS device_features(
    device TEXT NOT NULL,
    feature TEXT NOT NULL,
    first_at INTEGER NOT NULL,
    PRIMARY KEY(device, feature));
