-- The working calendar central publishes: as SQLite's 007_calendar.sql (json_valid there; here
-- the cast to jsonb refuses a document that is not JSON).
CREATE TABLE calendar_years(
    year BIGINT PRIMARY KEY CHECK(year BETWEEN 2000 AND 2099),
    document TEXT NOT NULL CHECK((document::jsonb) IS NOT NULL),
    imported_at BIGINT NOT NULL);
