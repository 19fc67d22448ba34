-- Bookings cancelled at central (PROTOCOL.md "Bookings cancelled at central"): a township clerk
-- cancels a booking in the console (a citizen phoned); jiujin-syncd learns it from central's signed
-- list and cancels the booking here as the kiosk's own cancel does (booking_cancel record, seat
-- back on the lease). The reason is central's code, shown to staff and at 查进度; NULL for a
-- booking cancelled at the kiosk. No personal data.
ALTER TABLE bookings ADD COLUMN cancel_reason TEXT;
