-- Where each application of this service point stands at central (its 办件 stage), as central's
-- signed case updates said last (GET /v1/cases/changes): what 查进度 shows, offline too. No
-- personal data: central's receipt, item and stage codes, dates, reasons, material names.
-- kiosk_settings: cases.seq (central's sequence of the point's case updates applied last),
-- cases.figures (the point's published figures, JSON).
CREATE TABLE case_statuses (
    receipt TEXT PRIMARY KEY,                 -- central's receipt (NM…)
    seq INTEGER NOT NULL,                     -- the point's sequence at the case's last change
    item TEXT NOT NULL,
    stage TEXT NOT NULL,                      -- stage code (PROTOCOL.md, "Cases")
    stage_at TEXT NOT NULL,                   -- ISO 8601 UTC
    reason TEXT NOT NULL DEFAULT '',
    materials TEXT NOT NULL DEFAULT '[]',     -- 待补正: JSON array of what to bring
    materials_due TEXT,                       -- 待补正: by when (YYYY-MM-DD)
    pending TEXT NOT NULL DEFAULT '[]',       -- 容缺/告知承诺 still due: [{"name","kind","due"}]
    due_date TEXT,                            -- the case's due date (YYYY-MM-DD)
    paused INTEGER NOT NULL DEFAULT 0,        -- 1: the time limit stands still (待补正)
    pickup_here INTEGER NOT NULL DEFAULT 0    -- 1: the result waits at this service point
) WITHOUT ROWID;
