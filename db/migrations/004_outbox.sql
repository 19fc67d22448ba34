-- The outbox: applications and ratings queued for the central platform, sealed to its public key.
-- Only metadata staff need is readable here; every citizen's entry is in `payload`/`attachment`,
-- encrypted with a key the kiosk does not keep.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,           -- idempotency key for life
    kind            TEXT NOT NULL CHECK (kind IN ('submission', 'rating')),
    receipt         TEXT UNIQUE,                    -- 受理编号 of a submission; NULL for a rating
    refers_to       TEXT,                           -- a rating's submission receipt
    item_code       TEXT NOT NULL,
    point_code      TEXT NOT NULL,
    created_at      TEXT NOT NULL,                  -- UTC, ISO 8601 with milliseconds
    updated_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'accepted', 'rejected', 'needs_attention')),
    reason          TEXT,                           -- why rejected / needs attention (never PII)
    central_receipt TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    staff_id        TEXT,                           -- 代办: the staff member who applied
    authorisation   TEXT,                           -- 代办: how the citizen authorised it
    follow_up       INTEGER NOT NULL DEFAULT 0,     -- a rating that needs a follow-up call
    meta            TEXT NOT NULL,                  -- canonical metadata JSON: the sealing's associated data
    suite           TEXT NOT NULL,
    key_header      BLOB NOT NULL,
    payload         BLOB NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, created_at);
CREATE UNIQUE INDEX outbox_one_rating ON outbox (refers_to) WHERE kind = 'rating';

CREATE TABLE attachment (
    record_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    sealed    BLOB NOT NULL,                        -- image and its type, sealed with the record key
    PRIMARY KEY (record_id, position)
) WITHOUT ROWID;

-- Hash-chained audit log: hash = SHA-256(prev_hash, seq, at, actor, action, subject, detail).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

-- Staff who may log in on this kiosk. The PIN is kept only as a slow KDF hash.
CREATE TABLE staff (
    id           TEXT PRIMARY KEY,                  -- staff number, e.g. 0001
    display_name TEXT NOT NULL,
    pin_hash     BLOB NOT NULL,
    salt         BLOB NOT NULL,
    kdf          TEXT NOT NULL,                     -- e.g. scrypt:N=16384,r=8,p=1
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT                               -- UTC ISO 8601; NULL when not locked
) WITHOUT ROWID;
