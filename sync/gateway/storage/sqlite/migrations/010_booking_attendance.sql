-- Attendance of kiosk bookings (issue 15, PROTOCOL.md "Booking"): staff at the point checked the
-- citizen in (已到) or marked the booking a no-show (未到), and the kiosk sent it as a record of
-- kind booking_attendance. One row per booking, from its first accepted record; the console's
-- bookings page shows it per booking and counts the day's no-shows. No personal data: ids, the
-- state and times.
CREATE TABLE IF NOT EXISTS booking_attendance(
    device TEXT NOT NULL,
    booking TEXT NOT NULL,                     -- the booking's id (the kiosk's record uuid)
    slot TEXT NOT NULL,
    slot_start INTEGER NOT NULL,               -- Unix seconds: the page reads a day by it
    state TEXT NOT NULL CHECK(state IN ('checked_in', 'no_show')),
    marked_at INTEGER NOT NULL,                -- Unix seconds, kiosk clock: when staff marked it
    record TEXT NOT NULL,                      -- the booking_attendance record's uuid
    received_at INTEGER NOT NULL,              -- Unix seconds, central's clock
    PRIMARY KEY(device, booking));
CREATE INDEX IF NOT EXISTS booking_attendance_by_start ON booking_attendance(slot_start);
