-- Operator accounts at central (issue 14): clerks, officers, supervisors and technicians who act
-- through the operator API, and their sessions. Only hashes are kept: the password as a
-- self-describing scrypt string, the session token as its SHA-256; the TOTP secret is sealed with
-- the data directory's operator-seal.key (docs/DESIGN.md, "Operators"). Times are Unix seconds.

CREATE TABLE IF NOT EXISTS operators(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',           -- display name (an operator's own, not a citizen's)
    role TEXT NOT NULL CHECK(role IN ('clerk','officer','supervisor','technician')),
    scope TEXT NOT NULL DEFAULT '[]',        -- JSON array: township codes (clerk), department codes (officer)
    enabled INTEGER NOT NULL DEFAULT 1 CHECK(enabled IN (0, 1)),
    password TEXT NOT NULL,                  -- "$scrypt$ln=N,r=R,p=P$salt$hash" (base64)
    totp_secret BLOB,                        -- sealed (AES-256-GCM); NULL: no second factor
    totp_last_step INTEGER NOT NULL DEFAULT -1, -- the newest 30 s step used: never accepted again
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,                    -- after 5 failures: refused until then
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS operator_sessions(
    token_hash TEXT PRIMARY KEY,             -- lower-case hex SHA-256 of the bearer token
    operator TEXT NOT NULL REFERENCES operators(id),
    created_at INTEGER NOT NULL,             -- absolute expiry counts from here
    last_seen INTEGER NOT NULL,              -- idle expiry counts from here
    ended_at INTEGER);                       -- logout, expiry noticed, or the operator disabled
CREATE INDEX IF NOT EXISTS operator_sessions_open ON operator_sessions(operator)
    WHERE ended_at IS NULL;
