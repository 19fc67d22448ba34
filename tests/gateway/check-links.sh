#!/bin/sh
# Central links only what it uses (docs/DESIGN.md §3): jiujin-gateway needs no GUI, printing,
# QR, speech or audio library. Reads the binary's own ELF NEEDED entries (readelf -d) and the
# libraries they pull in (ldd), and fails naming every library that should not be there.
# ICU is checked among the binary's own entries only: Debian's libQt6Core itself needs ICU, so
# it is in every Qt program's closure; the gateway must not add it (pinyin, word breaks and the
# traditional/simplified transliteration are kiosk/core's, never central's).
# Usage: check-links.sh BINARY. Exits 77 (skipped) when readelf or ldd is missing.
set -eu
bin=$1
for tool in readelf ldd; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found"; exit 77; }
done
[ -x "$bin" ] || { echo "no executable at $bin"; exit 1; }

needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\].*/\1/p')
[ -n "$needed" ] || { echo "readelf found no NEEDED entry in $bin"; exit 1; }
closure=$(ldd "$bin" | awk '{print $1}')
[ -n "$closure" ] || { echo "ldd listed nothing for $bin"; exit 1; }

gui='^lib(Qt6(Gui|Widgets|Qml|Quick|Multimedia|OpenGL|DBus|Network)|cups|qrencode|espeak-ng|pulse|X11|EGL|GL|GLX|OpenGL|fontconfig|freetype|harfbuzz)[.-]'
direct='^libicu'
failed=0
bad=$(printf '%s\n' "$closure" | grep -E "$gui" || true)
if [ -n "$bad" ]; then
    echo "$bin needs libraries central does not use (directly or through another library):"
    printf '  %s\n' $bad
    failed=1
fi
bad=$(printf '%s\n' "$needed" | grep -E "$direct" || true)
if [ -n "$bad" ]; then
    echo "$bin links ICU itself (only the kiosk's search needs it):"
    printf '  %s\n' $bad
    failed=1
fi
[ $failed = 0 ] || exit 1
echo "$bin links: $(printf '%s ' $needed)"
echo "no GUI, printing, QR, speech, audio or ICU library of its own"
