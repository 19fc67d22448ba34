-- One FTS5 table per ranking tier (name, keyword, guide text) instead of one table with column
-- filters: a search then learns the tier of a match from which table found it, reading only the
-- index (no position lists, no row text). The search text moves over as it is.

CREATE VIRTUAL TABLE item_fts_name USING fts5 (name, name_en, name_py, initials, tokenize = 'trigram');
CREATE VIRTUAL TABLE item_fts_keyword USING fts5 (keywords, keywords_py, tokenize = 'trigram');
CREATE VIRTUAL TABLE item_fts_text USING fts5 (body, tokenize = 'trigram');

INSERT INTO item_fts_name (rowid, name, name_en, name_py, initials)
    SELECT rowid, name, name_en, name_py, initials FROM item_fts;
INSERT INTO item_fts_keyword (rowid, keywords, keywords_py) SELECT rowid, keywords, keywords_py FROM item_fts;
INSERT INTO item_fts_text (rowid, body) SELECT rowid, body FROM item_fts;

DROP TABLE item_fts;
