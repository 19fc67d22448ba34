-- 好差评 at central (issue 14): a row per rating record, linked to the case of the application it
-- rates; the follow-up (回访整改) of every 差评. Levels are GB/T 39734's, 1 非常满意 … 5 非常不满意,
-- 0 for an indicator not rated. Times are Unix seconds (UTC); dates China dates as YYYY-MM-DD.
-- IF NOT EXISTS: a database whose user_version was set back to 0 comes through here again.

-- A rating names the application by the kiosk's receipt (RECORD.md `refers_to`), which central
-- keeps only inside the stored record's metadata: this index of it is filled by intake for
-- every accepted application, and here for those stored before this migration.
CREATE TABLE IF NOT EXISTS kiosk_receipts(
    device TEXT NOT NULL, receipt TEXT NOT NULL, uuid TEXT NOT NULL,
    PRIMARY KEY(device, receipt));
-- CASE, not AND: SQLite does not promise to test json_valid first.
INSERT OR IGNORE INTO kiosk_receipts(device, receipt, uuid)
    SELECT device, receipt, uuid FROM (
        SELECT device, uuid, CASE WHEN json_valid(meta) THEN json_extract(meta, '$.receipt') END
            AS receipt
        FROM (SELECT device, uuid, CASE WHEN json_valid(CAST(record AS TEXT))
                  THEN json_extract(CAST(record AS TEXT), '$.meta') END AS meta
              FROM submissions WHERE status = 'accepted' AND kind = 'submission'))
    WHERE typeof(receipt) = 'text' AND receipt <> '';

CREATE TABLE IF NOT EXISTS ratings(
    id INTEGER PRIMARY KEY,
    device TEXT NOT NULL, uuid TEXT NOT NULL,   -- the rating record
    point TEXT NOT NULL, item TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',        -- the case's (the item's until linked)
    refers_to TEXT NOT NULL,                    -- the kiosk receipt of the application rated
    case_id INTEGER REFERENCES cases(id),       -- NULL until that application's case is here
    level INTEGER NOT NULL CHECK(level BETWEEN 1 AND 5),
    efficiency INTEGER NOT NULL DEFAULT 0 CHECK(efficiency BETWEEN 0 AND 5),
    competence INTEGER NOT NULL DEFAULT 0 CHECK(competence BETWEEN 0 AND 5),
    attitude INTEGER NOT NULL DEFAULT 0 CHECK(attitude BETWEEN 0 AND 5),
    reasons TEXT NOT NULL DEFAULT '[]',         -- JSON array of reason codes
    rated_at INTEGER NOT NULL,                  -- the kiosk's clock
    received_at INTEGER NOT NULL,               -- central's: periods count from here
    UNIQUE(device, uuid));
CREATE INDEX IF NOT EXISTS ratings_by_received ON ratings(received_at);
CREATE INDEX IF NOT EXISTS ratings_by_point ON ratings(point, received_at);
CREATE INDEX IF NOT EXISTS ratings_unlinked ON ratings(device, refers_to) WHERE case_id IS NULL;

CREATE TABLE IF NOT EXISTS rating_followups(
    id INTEGER PRIMARY KEY,
    rating_id INTEGER NOT NULL UNIQUE REFERENCES ratings(id),
    department TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK(state IN ('open','called','rectified','closed')),
    opened_at INTEGER NOT NULL,
    due_date TEXT NOT NULL,                     -- 15 working days after the rating arrived
    called_at INTEGER, called_by TEXT NOT NULL DEFAULT '', reached INTEGER NOT NULL DEFAULT 0,
    call_note TEXT NOT NULL DEFAULT '', call_attempts INTEGER NOT NULL DEFAULT 0,
    rectified_at INTEGER, rectified_by TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '',
    closed_at INTEGER, closed_by TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS rating_followups_open_due ON rating_followups(due_date)
    WHERE state <> 'closed';
