-- The working calendar central publishes (issue 14, DESIGN §5b): one row per imported year, the
-- year's holidays and 调休 make-up working days as the compact JSON of PROTOCOL.md "Calendar".
-- An imported year replaces the compiled-in year of the same number, at central and (once they
-- pull GET /v1/calendar) on every kiosk. Times are Unix seconds (UTC).
CREATE TABLE IF NOT EXISTS calendar_years(
    year INTEGER PRIMARY KEY CHECK(year BETWEEN 2000 AND 2099),
    document TEXT NOT NULL CHECK(json_valid(document)),
    imported_at INTEGER NOT NULL);
