-- PostgreSQL's 008 moves attachment bytes into the database so that several instances reach
-- them (DESIGN §11c). One SQLite file serves one instance: its attachments stay files under the
-- data directory (IntakeRecords::attachmentPath). Nothing changes here; the number keeps the two
-- engines' schema versions alike.
SELECT 1;
