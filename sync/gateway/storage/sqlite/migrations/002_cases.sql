-- The case (办件) at central (issue 14): every accepted application becomes one case, moved through
-- its stages by officers; every transition is kept, and central's own audit log is hash-chained.
-- Stage codes are stable ASCII (docs/DESIGN.md, "The case at central"); dates (due, pause) are
-- China dates as YYYY-MM-DD text (they sort as dates); times are Unix seconds (UTC).
-- IF NOT EXISTS: a database whose user_version was set back to 0 (as the adoption tests do) is
-- brought through 001 and here again without failing.

CREATE TABLE IF NOT EXISTS cases(
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,            -- the case number: "BJ" + the receipt's day and sequence
    device TEXT NOT NULL, uuid TEXT NOT NULL, -- the stored submission it comes from
    receipt TEXT NOT NULL UNIQUE,
    item TEXT NOT NULL, point TEXT NOT NULL, department TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL CHECK(stage IN ('submitted','accepted','refused','correction','review',
        'approved','denied','ready_for_pickup','delivered')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    accepted_at INTEGER,                    -- the clock starts at acceptance
    closed_at INTEGER,                      -- refused, or decided (approved / denied)
    promised_days INTEGER,                  -- the item's 承诺时限 in working days; NULL: not in the catalogue
    due_date TEXT,                          -- acceptance + promised + paused working days
    paused_since TEXT,                      -- 待补正 after acceptance: the day the clock stopped
    paused_days INTEGER NOT NULL DEFAULT 0, -- working days spent in 待补正, added to the limit
    correction_due TEXT,                    -- 待补正: by when the applicant supplies what is asked
    correction_materials TEXT NOT NULL DEFAULT '[]', -- JSON array of what is asked
    result TEXT NOT NULL DEFAULT '',        -- 办结 准予: a certificate number, where the item gives one
    UNIQUE(device, uuid));
-- Officers' lists: by stage and point, newest first; overdue running cases by due date.
CREATE INDEX IF NOT EXISTS cases_by_stage_point ON cases(stage, point, id);
CREATE INDEX IF NOT EXISTS cases_by_point ON cases(point, id);
CREATE INDEX IF NOT EXISTS cases_running_due ON cases(due_date) WHERE stage IN ('accepted','review');

-- Every transition of a case (the first: delivered at intake, from_stage '').
CREATE TABLE IF NOT EXISTS case_events(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    from_stage TEXT NOT NULL, to_stage TEXT NOT NULL,
    operator TEXT NOT NULL, at INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '', materials TEXT NOT NULL DEFAULT '[]',
    due_date TEXT);
CREATE INDEX IF NOT EXISTS case_events_by_case ON case_events(case_id, id);

-- 容缺 (materials accepted as missing, supplied later) and 告知承诺 (promised by the applicant).
CREATE TABLE IF NOT EXISTS case_materials(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('rongque','chengnuo')),
    due_date TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending','received','overdue')),
    received_at INTEGER, received_point TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS case_materials_by_case ON case_materials(case_id);
CREATE INDEX IF NOT EXISTS case_materials_pending_due ON case_materials(due_date) WHERE state = 'pending';

-- Central's audit log: append-only; each entry's hash is SHA-256 over the previous entry's hash
-- and this entry (AuditChain::entryHash), so a verifier recomputes the chain from the first.
CREATE TABLE IF NOT EXISTS audit_log(
    seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    subject TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
