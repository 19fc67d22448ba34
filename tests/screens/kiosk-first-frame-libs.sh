#!/bin/sh
# What jiujin-kiosk opens on first call (docs/DESIGN.md §9c, eighth part) is not yet in the
# process when its first frame is drawn: libcrypto (sealing) and libqrencode (the receipt's QR
# code) are opened only when an application is sealed or a receipt printed. Checked by order of
# events, not time: `--first-frame` lists the shared objects mapped when the first frame was
# swapped. Usage: kiosk-first-frame-libs.sh KIOSK DATABASE [LAZY] (LAZY: e.g. "crypto|qrencode";
# without it the kiosk links them, and only the listing itself is checked).
set -eu
kiosk=$1
db=$2
lazy=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$(QT_QPA_PLATFORM=offscreen "$kiosk" --db "$db" --state "$tmp" --first-frame 2>"$tmp/err") || {
    cat "$tmp/err"; echo "jiujin-kiosk --first-frame failed"; exit 1; }
mapped=$(printf '%s\n' "$out" | sed -n 's/^mapped_at_first_frame //p')
# The listing must see what the first frame certainly uses, or it proves nothing.
printf '%s\n' "$mapped" | grep -q '^libQt6Quick\.so' || {
    printf '%s\n' "$out"; echo "no libQt6Quick among the objects mapped at the first frame"; exit 1; }
if [ -n "$lazy" ]; then
    early=$(printf '%s\n' "$mapped" | grep -E "^lib($lazy)[.-]" || true)
    if [ -n "$early" ]; then
        echo "opened before the first frame, though only later screens need them:"
        printf '  %s\n' $early
        exit 1
    fi
fi
echo "mapped at the first frame: $(printf '%s ' $mapped)"
