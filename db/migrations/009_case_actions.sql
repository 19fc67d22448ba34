-- Staff actions on this point's cases (issue 14, the staff board): "材料已收到" (a 容缺/告知承诺
-- material handed in here) and "已交给申请人" (the result handed over: 送达). Each travels to
-- central as a sealed outbox record of kind 'case_event' (RECORD.md); this table keeps what the
-- board needs to show the row as "已记录，待同步" until central's case update comes back, or the
-- refusal. No personal data: central's receipt, the action, a material's name, the staff number.
CREATE TABLE case_actions (
    uuid          TEXT PRIMARY KEY,                 -- the outbox record (kind 'case_event')
    receipt       TEXT NOT NULL,                    -- central's receipt of the case (NM…)
    action        TEXT NOT NULL CHECK (action IN ('material_received', 'handed_over')),
    material      TEXT NOT NULL DEFAULT '',         -- material_received: the material's name
    material_kind TEXT NOT NULL DEFAULT '',         -- material_received: rongque | chengnuo
    staff         TEXT NOT NULL,                    -- the logged-in staff member's number
    case_seq      INTEGER NOT NULL,                 -- the case's update sequence when recorded
    created_at    TEXT NOT NULL                     -- UTC, ISO 8601 with milliseconds
) WITHOUT ROWID;
CREATE INDEX case_actions_by_receipt ON case_actions (receipt, created_at);

-- The outbox learns the kind 'case_event'. As in 005, SQLite cannot change a CHECK in place, so
-- the table is rebuilt with its rows (same ids), the attachment table with it (foreign keys on:
-- dropping the old outbox would cascade-delete attachments), and the indexes.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('submission', 'rating', 'booking', 'booking_cancel',
                                    'case_event')),
    receipt         TEXT UNIQUE,                    -- 受理编号, or a booking's ticket
    refers_to       TEXT,                           -- a rating's receipt; a cancel's booking uuid;
                                                    -- a case_event's central receipt
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
