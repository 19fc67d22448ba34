-- The townships a service point serves besides its own (9-digit division codes, space-separated),
-- e.g. a 派出所 or 市场监管所 whose area covers several 苏木乡镇. Routing names the nearest point
-- that handles an item: the kiosk's own township first, then a point that serves it.
ALTER TABLE points ADD COLUMN serves TEXT NOT NULL DEFAULT '';
