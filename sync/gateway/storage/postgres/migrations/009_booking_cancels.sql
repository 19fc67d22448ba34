-- Bookings of kiosks cancelled at central: as SQLite's 009_booking_cancels.sql.
CREATE TABLE booking_cancel_requests(
    device TEXT NOT NULL,
    booking TEXT NOT NULL,
    slot TEXT NOT NULL,
    slot_start BIGINT NOT NULL,
    reason TEXT NOT NULL,
    operator TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    PRIMARY KEY(device, booking));
CREATE INDEX booking_cancel_requests_by_slot ON booking_cancel_requests(slot);
CREATE TABLE device_features(
    device TEXT NOT NULL,
    feature TEXT NOT NULL,
    first_at BIGINT NOT NULL,
    PRIMARY KEY(device, feature));
