-- Case updates down to the kiosks (issue 14, PROTOCOL.md "Cases: GET /v1/cases/changes"): each
-- service point has its own sequence of case updates. A case carries the sequence of its point at
-- its last change (open, move, a 容缺/告知承诺 material promised or received); the changes since S
-- are the current state of that point's cases whose sequence is above S. The counter row gives the
-- next number; both are written in the transaction of the change (CaseService).
CREATE TABLE IF NOT EXISTS case_feed_points(
    point TEXT PRIMARY KEY,
    seq INTEGER NOT NULL CHECK(seq > 0));      -- the point's newest sequence
CREATE TABLE IF NOT EXISTS case_feed(
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    point TEXT NOT NULL,                       -- the point that took the application
    seq INTEGER NOT NULL CHECK(seq > 0),       -- the point's sequence at the case's last change
    UNIQUE(point, seq));
-- Cases opened before the feed existed enter it once, in the order they were opened.
INSERT OR IGNORE INTO case_feed(case_id, point, seq)
    SELECT id, point, ROW_NUMBER() OVER (PARTITION BY point ORDER BY id) FROM cases;
INSERT OR IGNORE INTO case_feed_points(point, seq)
    SELECT point, MAX(seq) FROM case_feed GROUP BY point;
