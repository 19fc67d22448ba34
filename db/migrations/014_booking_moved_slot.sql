-- Bookings moved at central (DESIGN §13i): a clerk moves a kiosk's booking to another slot in
-- the console; central's cancel list names where it went (`moved_to`: the new number, kept in
-- bookings.replaced_by, and the new slot, kept here), so that 查进度 for the old ticket tells the
-- citizen the new number and time. NULL for every other booking. No personal data.
ALTER TABLE bookings ADD COLUMN moved_slot TEXT;
