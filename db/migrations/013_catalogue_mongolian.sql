-- The Mongolian (traditional script) of a service point's name, address and hours and of a
-- department's agency, from the bundle's optional `mn` (FORMAT.md). Empty when the bundle has
-- none: a Mongolian screen then shows the Chinese (cataloguebundle.h textIn), never a blank.
ALTER TABLE points ADD COLUMN name_mn TEXT NOT NULL DEFAULT '';
ALTER TABLE points ADD COLUMN address_mn TEXT NOT NULL DEFAULT '';
ALTER TABLE points ADD COLUMN hours_mn TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN agency_mn TEXT NOT NULL DEFAULT '';
