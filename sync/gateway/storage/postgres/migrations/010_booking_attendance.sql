-- Attendance of kiosk bookings: as SQLite's 010_booking_attendance.sql.
CREATE TABLE booking_attendance(
    device TEXT NOT NULL,
    booking TEXT NOT NULL,
    slot TEXT NOT NULL,
    slot_start BIGINT NOT NULL,
    state TEXT NOT NULL CHECK(state IN ('checked_in', 'no_show')),
    marked_at BIGINT NOT NULL,
    record TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY(device, booking));
CREATE INDEX booking_attendance_by_start ON booking_attendance(slot_start);
