-- Appointment booking (DESIGN 4.6, PROTOCOL.md "Booking"): central's slots as last fetched, this
-- kiosk's leases (seats held in escrow per slot) and the bookings made here. No personal data:
-- the citizen's name, phone and ID number travel only in the sealed outbox payload.

-- Slots of this kiosk's service point, replaced as a whole on each signed fetch.
CREATE TABLE slots (
    id         TEXT PRIMARY KEY,                   -- "P/YYYY-MM-DDTHH:MM" (local start, UTC+8)
    point      TEXT NOT NULL,
    start_at   TEXT NOT NULL,                      -- UTC, ISO 8601
    end_at     TEXT NOT NULL,                      -- UTC, ISO 8601
    capacity   INTEGER NOT NULL CHECK (capacity >= 0),
    free       INTEGER NOT NULL CHECK (free >= 0), -- seats in central's pool when fetched
    fetched_at TEXT NOT NULL                       -- central's generated_at
) WITHOUT ROWID;
CREATE INDEX slots_by_start ON slots (point, start_at);

-- This kiosk's lease per slot. Seats used are not stored: they are the bookings confirmed on it.
CREATE TABLE leases (
    slot                 TEXT PRIMARY KEY,
    seats                INTEGER NOT NULL CHECK (seats >= 0),
    expires_at           TEXT NOT NULL,            -- central time, UTC: slot start - 2 h
    server_time_at_grant TEXT NOT NULL,            -- central's clock when it last granted
    settled_at           TEXT,                     -- kiosk time the kiosk stopped using it; NULL = in use
    settled_used         INTEGER,                  -- the final used count reported in the settle
    settle_acked         INTEGER NOT NULL DEFAULT 0 -- central answered the settle
) WITHOUT ROWID;

CREATE TABLE bookings (
    uuid         TEXT PRIMARY KEY,                 -- the outbox record's uuid
    ticket       TEXT NOT NULL UNIQUE,             -- receipt-style number on the ticket
    slot         TEXT NOT NULL,
    slot_start   TEXT NOT NULL,                    -- UTC; kept here, the slot cache moves on
    slot_end     TEXT NOT NULL,
    item_code    TEXT NOT NULL,
    lease        INTEGER NOT NULL CHECK (lease IN (0, 1)), -- confirmed on this kiosk's lease
    state        TEXT NOT NULL CHECK (state IN ('confirmed', 'requested', 'declined', 'cancelled',
                                                'checked_in', 'no_show')),
    created_at   TEXT NOT NULL,
    state_at     TEXT NOT NULL,
    cancel_uuid  TEXT,                             -- the booking_cancel outbox record
    replaced_by  TEXT                              -- ticket of the booking a reschedule made
);
CREATE INDEX bookings_by_slot ON bookings (slot, state);
CREATE INDEX bookings_by_start ON bookings (slot_start);

-- The outbox learns the kinds 'booking' and 'booking_cancel'. SQLite cannot change a CHECK in
-- place, so the table is rebuilt with its rows (same ids) and indexes. The attachment table is
-- rebuilt too: with foreign keys on, dropping the old outbox would cascade-delete attachments.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('submission', 'rating', 'booking', 'booking_cancel')),
    receipt         TEXT UNIQUE,                    -- 受理编号, or a booking's ticket
    refers_to       TEXT,                           -- a rating's receipt; a cancel's booking uuid
    item_code       TEXT NOT NULL,
    point_code      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'accepted', 'rejected', 'needs_attention')),
    reason          TEXT,
    central_receipt TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    staff_id        TEXT,
    authorisation   TEXT,
    follow_up       INTEGER NOT NULL DEFAULT 0,
    meta            TEXT NOT NULL,
    suite           TEXT NOT NULL,
    key_header      BLOB NOT NULL,
    payload         BLOB NOT NULL
);
INSERT INTO outbox_new (id, uuid, kind, receipt, refers_to, item_code, point_code, created_at,
                        updated_at, state, reason, central_receipt, attempts, staff_id,
                        authorisation, follow_up, meta, suite, key_header, payload)
    SELECT id, uuid, kind, receipt, refers_to, item_code, point_code, created_at, updated_at,
           state, reason, central_receipt, attempts, staff_id, authorisation, follow_up, meta,
           suite, key_header, payload
    FROM outbox;
CREATE TABLE attachment_new (
    record_id INTEGER NOT NULL REFERENCES outbox_new (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    sealed    BLOB NOT NULL,
    PRIMARY KEY (record_id, position)
) WITHOUT ROWID;
INSERT INTO attachment_new (record_id, position, sealed)
    SELECT record_id, position, sealed FROM attachment;
DROP TABLE attachment;
DROP TABLE outbox;
-- Renaming also points attachment_new's foreign key at the new name.
ALTER TABLE outbox_new RENAME TO outbox;
ALTER TABLE attachment_new RENAME TO attachment;
CREATE INDEX outbox_by_state ON outbox (state, created_at);
CREATE UNIQUE INDEX outbox_one_rating ON outbox (refers_to) WHERE kind = 'rating';
CREATE UNIQUE INDEX outbox_one_cancel ON outbox (refers_to) WHERE kind = 'booking_cancel';
