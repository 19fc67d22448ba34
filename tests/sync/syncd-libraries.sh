#!/bin/sh
# jiujin-syncd loads only what it uses (DESIGN §6b, its memory): Qt Core, SQLite, OpenSSL,
# libcurl, ICU (the catalogue's pinyin) and systemd. Fails when its NEEDED entries name Qt Gui or
# what Gui drags in (qrencode, fontconfig, freetype, harfbuzz, X11, EGL/GL), or when they cannot
# be read at all.
# usage: syncd-libraries.sh READELF JIUJIN-SYNCD
set -u
readelf="$1"
exe="$2"
needed=$("$readelf" -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p') || exit 1
if [ -z "$needed" ] || ! echo "$needed" | grep -q '^libQt6Core\.'; then
    echo "cannot read the NEEDED entries of $exe" >&2
    exit 1
fi
echo "$needed"
unwanted=$(echo "$needed" |
    grep -E '^lib(Qt6(Gui|Qml|Quick|Multimedia|Widgets)|qrencode|fontconfig|freetype|harfbuzz|X11|xcb|EGL|GL|OpenGL|cups|espeak)') || true
if [ -n "$unwanted" ]; then
    echo "jiujin-syncd links what it does not use:" >&2
    echo "$unwanted" >&2
    exit 1
fi
