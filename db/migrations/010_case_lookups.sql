-- 查进度 for a receipt from another point (PROTOCOL.md "Case lookup"): the kiosk UI, which opens no
-- socket, writes a request here; jiujin-syncd (woken by the database file) asks central and writes
-- the answer back; the UI reads it and deletes the row. The four characters of the applicant's
-- phone or ID number are kept only until answered (syncd blanks them with the answer) and the row
-- lives at most a few minutes (the UI deletes it when read or at the session's end; both sides
-- delete rows older than 5 minutes).
CREATE TABLE case_lookups (
    id TEXT PRIMARY KEY,                      -- the request's id (random), sent to central as "ask"
    receipt TEXT NOT NULL,                    -- the kiosk receipt asked about (KKKKK-SSSSSS-C)
    last4 TEXT NOT NULL DEFAULT '',           -- the four characters; '' once answered
    created TEXT NOT NULL,                    -- ISO 8601 UTC, the kiosk's clock
    state TEXT NOT NULL DEFAULT 'asked'
        CHECK (state IN ('asked', 'found', 'not_found', 'limited', 'offline')),
    answer TEXT NOT NULL DEFAULT '',          -- found: central's answer text as verified (no PII)
    error TEXT NOT NULL DEFAULT ''            -- offline/limited: why, for logs (never the digits)
) WITHOUT ROWID;
