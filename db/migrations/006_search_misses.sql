-- Searches that found nothing, for the catalogue team to grow the synonym table
-- (db/seed/synonyms.tsv; `jiujinctl catalogue misses`). No personal data: only the query text as
-- search read it, never one holding an ID- or phone-like number, and no time finer than the day.
CREATE TABLE search_misses (
    day   TEXT NOT NULL,                    -- local date (UTC+8), YYYY-MM-DD
    query TEXT NOT NULL,                    -- folded as search reads it (QueryAnalyzer::fold)
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, query)
) WITHOUT ROWID;
