-- Case updates down to the kiosks: as SQLite's 004_case_feed.sql. The counter row is bumped by an
-- upsert whose UPDATE locks it, so two instances never hand out one number twice.
CREATE TABLE case_feed_points(
    point TEXT PRIMARY KEY,
    seq BIGINT NOT NULL CHECK(seq > 0));
CREATE TABLE case_feed(
    case_id BIGINT PRIMARY KEY REFERENCES cases(id),
    point TEXT NOT NULL,
    seq BIGINT NOT NULL CHECK(seq > 0),
    UNIQUE(point, seq));
INSERT INTO case_feed(case_id, point, seq)
    SELECT id, point, ROW_NUMBER() OVER (PARTITION BY point ORDER BY id) FROM cases
    ON CONFLICT DO NOTHING;
INSERT INTO case_feed_points(point, seq)
    SELECT point, MAX(seq) FROM case_feed GROUP BY point
    ON CONFLICT DO NOTHING;
