-- The townships a service point serves besides its own (9-digit division codes, space-separated),
-- e.g. a 派出所 or 市场监管所 whose area covers several 苏木乡镇. Routing names the nearest point
-- that handles an item: the kiosk's own township first, then a point that serves it.
ALTER TABLE points ADD COLUMN serves TEXT NOT NULL DEFAULT '';
-- The department whose office the point is (gongan for a 派出所, shichang for a 市场监管所); empty for
-- a 便民服务中心 or 服务点. Routing prefers the office of the item's department within a township.
ALTER TABLE points ADD COLUMN office TEXT NOT NULL DEFAULT '';
