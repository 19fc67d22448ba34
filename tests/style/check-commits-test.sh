#!/bin/sh
# check-commits.sh on a scratch repository: a subject of 72 characters passes (72 Chinese
# characters count 72, not their 216 bytes), one of 73 fails and is named, a commit before the
# cut-off is not judged, and one named in the list of long subjects is let stand.
set -eu
check=$(cd "$(dirname "$0")" && pwd)/check-commits.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
repo=$scratch/repo
mkdir "$repo"
export LC_ALL=C.UTF-8
g() { git -C "$repo" -c user.name=t -c user.email=t@example.invalid -c commit.gpgsign=false "$@"; }
commit() { g commit -q --allow-empty -m "$1"; g rev-parse HEAD; }
g init -q
long73=$(printf '%073d' 0 | tr 0 x)
commit "$long73" >/dev/null # before the cut-off: not judged
cutoff=$(commit "cut-off")
commit "$(printf '%072d' 0 | tr 0 y)" >/dev/null
commit "$(printf '%072d' 0 | sed 's/0/字/g')" >/dev/null
"$check" "$repo" "$cutoff" >/dev/null || { echo "FAIL: 72 characters refused" >&2; exit 1; }

bad=$(commit "$long73")
if "$check" "$repo" "$cutoff" 2>"$scratch/err" >/dev/null; then
    echo "FAIL: a subject of 73 characters passed" >&2
    exit 1
fi
grep -q "^$(echo "$bad" | cut -c1-12): subject of 73 characters" "$scratch/err" ||
    { echo "FAIL: the commit is not named:" >&2; cat "$scratch/err" >&2; exit 1; }

echo "$bad let stand: already on main" >"$scratch/allowed"
JIUJIN_LONG_SUBJECTS=$scratch/allowed "$check" "$repo" "$cutoff" >/dev/null ||
    { echo "FAIL: a listed commit was judged" >&2; exit 1; }

# Not a git checkout: skipped (77), not passed or failed.
rc=0
"$check" "$scratch" "$cutoff" >/dev/null 2>&1 || rc=$?
[ "$rc" = 77 ] || { echo "FAIL: outside a checkout it exited $rc, not 77" >&2; exit 1; }
echo "check-commits.sh: 72 passes, 73 fails and is named, before the cut-off and listed ones are not judged"
