-- Attachment bytes in the database (issue 16, DESIGN §11c): every instance on this database
-- reaches every upload, where files under one instance's data directory reached only that one.
-- One row per accepted PATCH, the sealed bytes exactly as the kiosk sent them (at most
-- protocol's maxUploadChunk each), at their offset in the attachment; an upload's rows and its
-- `received` offset change in one transaction. A stored record keeps the rows of its
-- attachments (its JSON still names them by attachmentPath).
CREATE TABLE attachment_chunks(
    device TEXT NOT NULL,
    uuid TEXT NOT NULL,
    idx INTEGER NOT NULL CHECK(idx >= 0),
    at BIGINT NOT NULL CHECK(at >= 0),
    data BYTEA NOT NULL CHECK(length(data) > 0),
    PRIMARY KEY(device, uuid, idx, at));
-- Uploads in progress kept their bytes in files until now: they restart from 0 (a kiosk resumes
-- from central's offset). Stored records' files are still read where no rows are.
UPDATE uploads SET received = 0 WHERE received > 0;
