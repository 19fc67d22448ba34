-- Settings of this kiosk that outlive a catalogue import, e.g. which service point it stands at.
CREATE TABLE kiosk_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
