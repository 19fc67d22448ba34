-- Operator accounts at central and their sessions: as SQLite's 003_operators.sql.
CREATE TABLE operators(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK(role IN ('clerk','officer','supervisor','technician')),
    scope TEXT NOT NULL DEFAULT '[]',
    enabled BIGINT NOT NULL DEFAULT 1 CHECK(enabled IN (0, 1)),
    password TEXT NOT NULL,
    totp_secret BYTEA,
    totp_last_step BIGINT NOT NULL DEFAULT -1,
    failed_logins BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL);

CREATE TABLE operator_sessions(
    token_hash TEXT PRIMARY KEY,
    operator TEXT NOT NULL REFERENCES operators(id),
    created_at BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    ended_at BIGINT);
CREATE INDEX operator_sessions_open ON operator_sessions(operator) WHERE ended_at IS NULL;
