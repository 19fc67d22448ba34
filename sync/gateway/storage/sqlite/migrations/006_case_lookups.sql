-- 查进度 for a receipt from another point (issue 14, PROTOCOL.md "Case lookup"): a kiosk asks
-- central with the kiosk receipt and the last four characters of the applicant's phone or ID.
-- One row per lookup answered, from which the rate limits are counted (so they hold across
-- restarts): the device, the kiosk receipt asked (not personal data), central's time, the outcome
-- (not_found also when the digits did not match: one answer for both). The digits themselves are
-- never stored. Rows older than a day are dropped.
CREATE TABLE IF NOT EXISTS case_lookups(
    id INTEGER PRIMARY KEY,
    device TEXT NOT NULL,
    receipt TEXT NOT NULL,                     -- the kiosk receipt asked about (KKKKK-SSSSSS-C)
    at INTEGER NOT NULL,                       -- Unix seconds, central's clock
    outcome TEXT NOT NULL CHECK(outcome IN ('found', 'not_found', 'locked')));
CREATE INDEX IF NOT EXISTS case_lookups_by_device ON case_lookups(device, at);
CREATE INDEX IF NOT EXISTS case_lookups_failed_by_receipt ON case_lookups(receipt, at)
    WHERE outcome = 'not_found';
CREATE INDEX IF NOT EXISTS case_lookups_by_time ON case_lookups(at);
-- A lookup names the application by its kiosk receipt alone (the asking kiosk is another one):
-- kiosk_receipts (migration 005) is keyed by (device, receipt).
CREATE INDEX IF NOT EXISTS kiosk_receipts_by_receipt ON kiosk_receipts(receipt);
