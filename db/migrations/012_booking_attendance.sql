-- A booking's attendance reaches central (issue 15, PROTOCOL.md "Booking"): a check-in (已到) or a
-- no-show mark (未到) queues a sealed record of kind 'booking_attendance' in the transaction of the
-- booking's state change. No personal data: the booking's uuid, its slot, the state and the time.
-- As in 009, SQLite cannot change a CHECK in place, so the outbox is rebuilt with its rows (same
-- ids), the attachment table with it (foreign keys on: dropping the old outbox would
-- cascade-delete attachments), and the indexes. A booking has at most one attendance record.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('submission', 'rating', 'booking', 'booking_cancel',
                                    'case_event', 'booking_attendance')),
    receipt         TEXT UNIQUE,                    -- 受理编号, or a booking's ticket
    refers_to       TEXT,                           -- a rating's receipt; a cancel's booking uuid;
                                                    -- a case_event's central receipt;
                                                    -- an attendance's booking uuid
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
ALTER TABLE outbox_new RENAME TO outbox;
ALTER TABLE attachment_new RENAME TO attachment;
CREATE INDEX outbox_by_state ON outbox (state, created_at);
CREATE UNIQUE INDEX outbox_one_rating ON outbox (refers_to) WHERE kind = 'rating';
CREATE UNIQUE INDEX outbox_one_cancel ON outbox (refers_to) WHERE kind = 'booking_cancel';
CREATE UNIQUE INDEX outbox_one_attendance ON outbox (refers_to) WHERE kind = 'booking_attendance';
