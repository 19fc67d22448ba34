#!/bin/sh
# Writes tests/gateway/data/central-vN.sql: a central SQLite database as the jiujin-gateway build
# at hand writes it (N = its schema version), with a row in every table, as plain SQL text.
# Run it once with each release whose central schema changed (a new migration), and commit the
# file: tst_centralstorage.cpp upgrades every snapshot to the newest schema and reads it back.
#   tests/gateway/data/make-snapshot.sh build/dev/sync/gateway/jiujin-gateway
# Rows the command line cannot make (an enrolled device, its records, uploads, bookings) are
# written as the gateway writes them, with sample values (no personal data: records are sealed).
set -eu
gw=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
seed="$here/../../../db/seed/catalogue.json"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$gw" init --data-dir "$dir" >/dev/null
"$gw" token create --point 150525203000-01 --data-dir "$dir" >/dev/null
"$gw" catalogue publish "$seed" --data-dir "$dir" >/dev/null
"$gw" channel-token create --point 150525203000-01 --note "SAMPLE 12345 hotline" --data-dir "$dir" >/dev/null
"$gw" plan set --point 150525203000-01 --capacity 3 --day-plan 08:30-12:00 --slot-minutes 30 \
    --groups shebao --data-dir "$dir" >/dev/null
"$gw" slots --point 150525203000-01 --from 2026-12-07 --days 1 --data-dir "$dir" >/dev/null
db="$dir/gateway.db"
version=$(sqlite3 "$db" "PRAGMA user_version")
slot=$(sqlite3 "$db" "SELECT id FROM booking_slots ORDER BY start LIMIT 1")
sqlite3 "$db" <<SQL
INSERT INTO devices(id, point, suite, signing_key, certificate, csr_key, enrolled_at)
    VALUES ('jj-00000000000000a1', '150525203000-01', 'intl', 'SAMPLE-SIGNING-KEY',
            'SAMPLE-CERTIFICATE', 'SAMPLE-CSR-KEY', 1796000000);
INSERT INTO device_certificates(device, certificate, csr_key, issued_at)
    VALUES ('jj-00000000000000a1', 'SAMPLE-CERTIFICATE-2', 'SAMPLE-CSR-KEY-2', 1796100000);
INSERT INTO heartbeats(device, received_at, body)
    VALUES ('jj-00000000000000a1', 1796100100, '{"app":"SAMPLE"}');
INSERT INTO nonces(nonce, device, seen_at) VALUES ('SAMPLE-NONCE', 'jj-00000000000000a1', 1796100100);
INSERT INTO submissions(device, uuid, kind, item, point, suite, status, reason, receipt,
    accepted_at, signature, received_at, record)
    VALUES ('jj-00000000000000a1', '00000000-0000-4000-8000-000000000001', 'submission',
            '150525-shebao-0001', '150525203000-01', 'intl', 'accepted', '',
            'NM20261207000001', '2026-12-07T01:00:00Z', x'00', 1796100200, '{"sealed":"SAMPLE"}');
INSERT INTO submissions(device, uuid, kind, item, point, suite, status, reason, received_at, record)
    VALUES ('jj-00000000000000a1', '00000000-0000-4000-8000-000000000002', 'submission',
            '150525-shebao-0001', '150525203000-01', 'intl', 'rejected', 'SAMPLE reason',
            1796100300, '{"sealed":"SAMPLE"}');
INSERT INTO receipt_days(day, last) VALUES ('20261207', 1);
INSERT INTO uploads(device, uuid, idx, length, sha256, received, created_at)
    VALUES ('jj-00000000000000a1', '00000000-0000-4000-8000-000000000003', 0, 6, x'00', 3, 1796100400);
INSERT INTO device_usage(device, day, records, bytes) VALUES ('jj-00000000000000a1', '20261207', 2, 900);
INSERT INTO booking_leases(device, slot, seats, expires_at, created_at)
    VALUES ('jj-00000000000000a1', '$slot', 1, 1796200000, 1796100500);
INSERT INTO booking_bookings(id, slot, source, device, ref, ticket, created_at)
    VALUES ('00000000-0000-4000-8000-000000000004', '$slot', 'kiosk-lease', 'jj-00000000000000a1',
            '00000000-0000-4000-8000-000000000004', 'A001', 1796100600);
INSERT INTO booking_channel_tokens(hash, created_at) VALUES ('SAMPLE-LEGACY-HASH', 1795000000);
-- A few published entries of each kind are enough to read back (the file stays small).
DELETE FROM published_entries WHERE kind <> 'departments' AND position >= 2;
SQL
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'cases'")" ]; then
    # A case as intake opens it (its case.open audit entry is left out), a 容缺 material, and
    # one move made by the command line, which writes its event and a chained audit entry.
    sqlite3 "$db" <<SQL
INSERT INTO cases(number, device, uuid, receipt, item, point, department, stage, created_at,
    updated_at, promised_days)
    VALUES ('BJ20261207000001', 'jj-00000000000000a1', '00000000-0000-4000-8000-000000000001',
            'NM20261207000001', '150525-shebao-0001', '150525203000-01', 'shebao', 'submitted',
            1796100200, 1796100200, 5);
INSERT INTO case_events(case_id, from_stage, to_stage, operator, at)
    VALUES (1, '', 'submitted', 'intake', 1796100200);
INSERT INTO case_materials(case_id, name, kind, due_date)
    VALUES (1, 'SAMPLE 户口簿', 'rongque', '2026-12-14');
SQL
    if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'operators'")" ]; then
        # case move --operator names an operator allowed to make the move (clerk of the township).
        echo "SAMPLE-password-0001" | "$gw" operator add SAMPLE-clerk --role clerk \
            --township 150525203 --name "SAMPLE 窗口" --data-dir "$dir" >/dev/null
    fi
    "$gw" case move NM20261207000001 accepted --operator SAMPLE-clerk --data-dir "$dir" >/dev/null
fi
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'operators'")" ]; then
    # An officer with TOTP (its secret sealed with this temporary directory's key) and a session.
    echo "SAMPLE-password-0002" | "$gw" operator add SAMPLE-officer --role officer \
        --department shebao --totp --data-dir "$dir" >/dev/null
    sqlite3 "$db" <<SQL
INSERT INTO operator_sessions(token_hash, operator, created_at, last_seen)
    VALUES ('SAMPLE-TOKEN-HASH', 'SAMPLE-clerk', 1796100700, 1796100700);
SQL
fi
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'case_feed'")" ]; then
    # The case feed (004_case_feed): the move above gave the case its point's sequence.
    [ "$(sqlite3 "$db" "SELECT COUNT(*) FROM case_feed")" -gt 0 ] || { echo "no case_feed row" >&2; exit 1; }
    [ "$(sqlite3 "$db" "SELECT COUNT(*) FROM case_feed_points")" -gt 0 ] || { echo "no case_feed_points row" >&2; exit 1; }
fi
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'ratings'")" ]; then
    # 好差评: the application's kiosk receipt, a 非常不满意 rating of it linked to its case, and
    # its follow-up called back (its audit entries are left out, like the case's open).
    sqlite3 "$db" <<SQL
INSERT INTO kiosk_receipts(device, receipt, uuid)
    VALUES ('jj-00000000000000a1', '20301-000001-4', '00000000-0000-4000-8000-000000000001');
INSERT INTO ratings(device, uuid, point, item, department, refers_to, case_id, level, efficiency,
    competence, attitude, reasons, rated_at, received_at)
    VALUES ('jj-00000000000000a1', '00000000-0000-4000-8000-000000000005', '150525203000-01',
            '150525-shebao-0001', 'shebao', '20301-000001-4', 1, 5, 0, 0, 4, '["wait_too_long"]',
            1796100700, 1796100800);
INSERT INTO rating_followups(rating_id, department, state, opened_at, due_date, called_at,
    called_by, reached, call_note, call_attempts)
    VALUES (1, 'shebao', 'called', 1796100800, '2026-12-28', 1796200000, 'SAMPLE-officer', 1,
            'SAMPLE note', 1);
SQL
fi
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'case_lookups'")" ]; then
    # 查进度 from another point (006_case_lookups): one lookup counted per outcome (its audit
    # entries are left out, like the case's open).
    sqlite3 "$db" <<SQL
INSERT INTO case_lookups(device, receipt, at, outcome)
    VALUES ('jj-00000000000000a1', '20301-000001-4', 1796100900, 'found'),
           ('jj-00000000000000a1', '20301-000001-4', 1796100901, 'not_found'),
           ('jj-00000000000000a1', '20301-000001-4', 1796100902, 'locked');
SQL
fi
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'calendar_years'")" ]; then
    # The working calendar (007_calendar): a SAMPLE year imported by the command line, which
    # also writes its calendar.import audit entry.
    cat > "$dir/calendar.json" <<'JSON'
{"year":2028,"source":"sample","notice":"SAMPLE","holidays":[{"name":"元旦","from":"2028-01-01","to":"2028-01-01"}],"makeup_workdays":[]}
JSON
    "$gw" calendar import "$dir/calendar.json" --data-dir "$dir" >/dev/null
fi
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'booking_cancel_requests'")" ]; then
    # A kiosk booking cancelled at central (009_booking_cancels): the request the kiosk will read,
    # and the kiosk's word that it reads the list.
    sqlite3 "$db" <<SQL
INSERT INTO booking_cancel_requests(device, booking, slot, slot_start, reason, operator, requested_at)
    VALUES ('jj-00000000000000a1', '00000000-0000-4000-8000-000000000004', '$slot', 1796200000,
            'point_closed', 'SAMPLE-clerk', 1796101000);
INSERT INTO device_features(device, feature, first_at)
    VALUES ('jj-00000000000000a1', 'booking_cancels', 1796101000);
SQL
fi
if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'booking_attendance'")" ]; then
    # A kiosk booking's attendance (010_booking_attendance): its kiosk reported it a no-show.
    sqlite3 "$db" <<SQL
INSERT INTO booking_attendance(device, booking, slot, slot_start, state, marked_at, record, received_at)
    VALUES ('jj-00000000000000a1', '00000000-0000-4000-8000-000000000004', '$slot', 1796200000,
            'no_show', 1796205400, '00000000-0000-4000-8000-000000000006', 1796205500);
SQL
fi
out="$here/central-v$version.sql"
{
    echo "-- A central database written by jiujin-gateway at schema version $version (make-snapshot.sh)."
    echo "PRAGMA user_version = $version;"
    sqlite3 "$db" .dump
} > "$out"
echo "$out"
