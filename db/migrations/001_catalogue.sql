-- The 就近办 catalogue: departments, service points, items with their guides, and the search index.
-- Replaced as a whole by an import (one transaction); see db/seed/FORMAT.md.

CREATE TABLE catalogue_meta (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     TEXT NOT NULL,
    imported_at TEXT NOT NULL,          -- UTC, ISO 8601
    sample      INTEGER NOT NULL        -- 1: codes and phone numbers are samples
);

CREATE TABLE departments (
    code      TEXT PRIMARY KEY,
    name_zh   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    agency_zh TEXT NOT NULL,
    agency_en TEXT NOT NULL,
    position  INTEGER NOT NULL
);

CREATE TABLE points (
    code       TEXT PRIMARY KEY,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('banner', 'township', 'village')),
    address_zh TEXT NOT NULL,
    address_en TEXT NOT NULL,
    hours_zh   TEXT NOT NULL,
    hours_en   TEXT NOT NULL,
    phone      TEXT NOT NULL
);

-- rowid is the key of the search tables below.
CREATE TABLE items (
    code       TEXT NOT NULL UNIQUE,
    department TEXT NOT NULL REFERENCES departments (code),
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    guide      TEXT NOT NULL            -- the item object of the bundle, validated, as JSON
);
CREATE INDEX items_by_department ON items (department, position);

CREATE TABLE point_items (
    point TEXT NOT NULL REFERENCES points (code) ON DELETE CASCADE,
    item  TEXT NOT NULL REFERENCES items (code) ON DELETE CASCADE,
    PRIMARY KEY (point, item)
) WITHOUT ROWID;

-- Substring search for queries of 3+ characters (汉字, pinyin, initials, English).
CREATE VIRTUAL TABLE item_fts USING fts5 (
    name, name_en, name_py, initials, keywords, keywords_py, body,
    tokenize = 'trigram'
);

-- Trigram cannot match 1-2 character queries (低保, 医保, yl): their 1- and 2-grams of names and
-- keywords (and initials) are listed here. field: 3 = name, 2 = keyword.
CREATE TABLE item_grams (
    gram  TEXT NOT NULL,
    item  INTEGER NOT NULL,
    field INTEGER NOT NULL,
    PRIMARY KEY (gram, item, field)
) WITHOUT ROWID;
