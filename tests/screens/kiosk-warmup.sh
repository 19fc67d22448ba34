#!/bin/sh
# The home screen's text is shaped while the screens compile, from what the last start showed
# (kiosk/app/fontwarmup.h; docs/DESIGN.md §9c, eighth part). Checked by order of events, not
# time: a first start writes first-frame-text into its state folder; at the second, Qt's font
# database is filled (its "Adding font" lines) before the stage that shapes that text ends, that
# is before the window is made, where the first start filled it while making the home screen.
# Usage: kiosk-warmup.sh KIOSK DATABASE.
set -eu
kiosk=$1
db=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start() { # LOG: one start to the first frame, Qt's font database log and the stages in LOG
    QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.text.font.db=true' JIUJIN_STARTUP_TRACE=1 \
        "$kiosk" --db "$db" --state "$tmp" --first-frame >/dev/null 2>"$1" || {
        cat "$1"; echo "jiujin-kiosk --first-frame failed"; exit 1; }
}
# The line number of the first line of LOG matching PATTERN (0: none).
first() { grep -n -m1 -E "$2" "$1" | cut -d: -f1 || true; }
start "$tmp/first.log"
[ -s "$tmp/first-frame-text" ] || { echo "the first start wrote no first-frame-text"; exit 1; }
lines=$(grep -c "$(printf '\t')" "$tmp/first-frame-text" || true)
[ "$lines" -ge 5 ] || { cat "$tmp/first-frame-text"; echo "first-frame-text holds $lines texts, expected the home screen's"; exit 1; }
made=$(first "$tmp/first.log" '^startup: QML: making the window')
filled=$(first "$tmp/first.log" '^qt.text.font.db: Adding font')
[ -n "$made" ] && [ -n "$filled" ] || { cat "$tmp/first.log"; echo "no stage or font database line in the log"; exit 1; }
start "$tmp/second.log"
shaped=$(first "$tmp/second.log" '^startup: text: ')
filled=$(first "$tmp/second.log" '^qt.text.font.db: Adding font')
[ -n "$shaped" ] && [ -n "$filled" ] || { cat "$tmp/second.log"; echo "no warm-up stage or font database line"; exit 1; }
if [ "$filled" -gt "$shaped" ]; then
    grep -n -E '^startup:|Adding font' "$tmp/second.log" | head -20
    echo "the second start filled the font database after the warm-up stage: the home screen's text waited for the window"
    exit 1
fi
echo "second start: font database filled at log line $filled, warm-up ended at $shaped ($lines texts)"
