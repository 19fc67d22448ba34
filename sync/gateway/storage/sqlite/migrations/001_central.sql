-- Central's schema as it stood when central's SQLite database got versioned migrations.
-- IF NOT EXISTS throughout: a database written before then (user_version 0, the tables made at
-- each open) is adopted as it is; SqliteCentralStorage first brings its older shapes up to this
-- one (bookings keyed by (device, id), upload bytes as files). Times are Unix seconds (UTC).

-- Enrollment tokens (only their SHA-256) and the kiosks enrolled with them.
CREATE TABLE IF NOT EXISTS tokens(
    hash TEXT PRIMARY KEY, point TEXT NOT NULL, suite TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER,
    device TEXT, csr_key TEXT);
CREATE TABLE IF NOT EXISTS devices(
    id TEXT PRIMARY KEY, point TEXT NOT NULL, suite TEXT NOT NULL CHECK(suite IN ('intl','gm')),
    signing_key TEXT NOT NULL, certificate TEXT NOT NULL, csr_key TEXT NOT NULL,
    enrolled_at INTEGER NOT NULL, revoked_at INTEGER);
-- Every certificate renewal issued (the device row holds the newest): who had which key when.
CREATE TABLE IF NOT EXISTS device_certificates(
    id INTEGER PRIMARY KEY, device TEXT NOT NULL REFERENCES devices(id),
    certificate TEXT NOT NULL, csr_key TEXT NOT NULL, issued_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS heartbeats(
    device TEXT PRIMARY KEY REFERENCES devices(id), received_at INTEGER NOT NULL,
    body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nonces(
    nonce TEXT PRIMARY KEY, device TEXT NOT NULL, seen_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS nonces_seen ON nonces(seen_at);

-- Records received, once per (device, uuid) for ever, and the receipt numbering per day.
CREATE TABLE IF NOT EXISTS submissions(
    id INTEGER PRIMARY KEY, device TEXT NOT NULL REFERENCES devices(id), uuid TEXT NOT NULL,
    kind TEXT NOT NULL, item TEXT NOT NULL, point TEXT NOT NULL, suite TEXT NOT NULL,
    status TEXT NOT NULL CHECK(status IN ('accepted','rejected')),
    reason TEXT NOT NULL DEFAULT '', receipt TEXT, accepted_at TEXT, signature BLOB,
    received_at INTEGER NOT NULL, record BLOB NOT NULL,
    UNIQUE(device, uuid));
CREATE UNIQUE INDEX IF NOT EXISTS submissions_receipt ON submissions(receipt)
    WHERE receipt IS NOT NULL;
CREATE TABLE IF NOT EXISTS receipt_days(day TEXT PRIMARY KEY, last INTEGER NOT NULL);
-- One row per attachment upload; the bytes are files (attachmentPath).
CREATE TABLE IF NOT EXISTS uploads(
    device TEXT NOT NULL REFERENCES devices(id), uuid TEXT NOT NULL, idx INTEGER NOT NULL,
    length INTEGER NOT NULL, sha256 BLOB NOT NULL, received INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL, PRIMARY KEY(device, uuid, idx));
CREATE INDEX IF NOT EXISTS uploads_created ON uploads(created_at);
-- Where the bytes lived before they were files; always empty since (kept for old databases).
CREATE TABLE IF NOT EXISTS upload_chunks(
    device TEXT NOT NULL, uuid TEXT NOT NULL, idx INTEGER NOT NULL, at INTEGER NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY(device, uuid, idx, at));
-- Per device and service day: what quotas are judged on.
CREATE TABLE IF NOT EXISTS device_usage(
    device TEXT NOT NULL, day TEXT NOT NULL, records INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(device, day));

-- The published catalogue: one row per department, point and item ever published, with the
-- sequence of its last change and its object (NULL once removed).
CREATE TABLE IF NOT EXISTS published_entries(
    kind TEXT NOT NULL CHECK(kind IN ('departments','points','items')), code TEXT NOT NULL,
    seq INTEGER NOT NULL, position INTEGER NOT NULL, body TEXT,
    PRIMARY KEY(kind, code));
CREATE INDEX IF NOT EXISTS published_entries_seq ON published_entries(seq);
CREATE TABLE IF NOT EXISTS published_catalogue(
    id INTEGER PRIMARY KEY CHECK(id = 1), seq INTEGER NOT NULL, version TEXT NOT NULL,
    sample INTEGER NOT NULL, published_at INTEGER NOT NULL);

-- Appointment booking (DESIGN 4.6).
CREATE TABLE IF NOT EXISTS booking_plans(
    point TEXT PRIMARY KEY, capacity INTEGER NOT NULL CHECK(capacity >= 0),
    day_plan TEXT NOT NULL, slot_minutes INTEGER NOT NULL);
-- No rows for a point: every department.
CREATE TABLE IF NOT EXISTS booking_plan_groups(point TEXT NOT NULL, department TEXT NOT NULL,
    position INTEGER NOT NULL, PRIMARY KEY(point, department));
-- Days whose slots were made (a closed day too): a later plan change affects only new days.
CREATE TABLE IF NOT EXISTS booking_days(point TEXT NOT NULL, day TEXT NOT NULL,
    PRIMARY KEY(point, day));
CREATE TABLE IF NOT EXISTS booking_slots(
    id TEXT PRIMARY KEY, point TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    capacity INTEGER NOT NULL CHECK(capacity >= 0));
CREATE INDEX IF NOT EXISTS booking_slots_by_point ON booking_slots(point, start);
-- seats: granted (frozen when settled); used/confirmed: the settle's counts (NULL before).
CREATE TABLE IF NOT EXISTS booking_leases(
    device TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),
    seats INTEGER NOT NULL CHECK(seats >= 0), used INTEGER, confirmed INTEGER,
    expires_at INTEGER NOT NULL, created_at INTEGER NOT NULL, settled_at INTEGER,
    PRIMARY KEY(device, slot));
CREATE INDEX IF NOT EXISTS booking_leases_by_slot ON booking_leases(slot);
-- ref: the record uuid (kiosk) or the caller's idempotency key (channel); a kiosk booking's id
-- is its record uuid, unique only per device.
CREATE TABLE IF NOT EXISTS booking_bookings(
    id TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),
    source TEXT NOT NULL CHECK(source IN ('channel','kiosk-lease','kiosk-request')),
    device TEXT NOT NULL, ref TEXT NOT NULL, ticket TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, cancelled_at INTEGER, PRIMARY KEY(device, id),
    UNIQUE(device, ref));
CREATE INDEX IF NOT EXISTS booking_bookings_by_slot ON booking_bookings(slot);
-- Channel bearer tokens from before channel_tokens (taken over as legacy tokens there).
CREATE TABLE IF NOT EXISTS booking_channel_tokens(hash TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL);
-- points: comma-separated point codes, '*' for every point. expires_at NULL: legacy only.
CREATE TABLE IF NOT EXISTS channel_tokens(
    hash TEXT PRIMARY KEY, points TEXT NOT NULL, created_at INTEGER NOT NULL,
    expires_at INTEGER, revoked_at INTEGER,
    rate_per_minute INTEGER NOT NULL CHECK(rate_per_minute > 0),
    note TEXT NOT NULL DEFAULT '', legacy INTEGER NOT NULL DEFAULT 0);
