#!/bin/sh
# The kiosk loads before main() only what its first frame needs (docs/DESIGN.md §9c): libcups and
# libespeak-ng (and what they pull in: GnuTLS, Avahi, pcaudio) are opened on first use, and ALSA
# (libasound) only with the audio plugin on the first sound, never as ELF NEEDED entries of
# jiujin-kiosk; Qt Multimedia and PulseAudio are not used at all. With a second argument, a
# pattern of more libraries opened on first call (lazylib: crypto|qrencode), those too.
# Usage: kiosk-links.sh BINARY [LAZY]. Exits 77 (skipped) without readelf.
set -eu
bin=$1
command -v readelf >/dev/null 2>&1 || { echo "readelf not found"; exit 77; }
[ -x "$bin" ] || { echo "no executable at $bin"; exit 1; }
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\].*/\1/p')
[ -n "$needed" ] || { echo "readelf found no NEEDED entry in $bin"; exit 1; }
lazy=${2:+|$2}
bad=$(printf '%s\n' "$needed" | grep -E "^lib(cups|espeak-ng|gnutls|avahi|pcaudio|asound|Qt6Multimedia|pulse$lazy)[.-]" || true)
if [ -n "$bad" ]; then
    echo "$bin loads at start what it should open on first use:"
    printf '  %s\n' $bad
    exit 1
fi
echo "$bin links: $(printf '%s ' $needed)"
